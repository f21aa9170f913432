"""The lounge's own settings, changed by an administrator: Wi-Fi, thresholds, retention, backups,
and which command-line commands need a staff PIN."""

from __future__ import annotations

from dataclasses import dataclass, fields

from vipdesk.domain.lounge_setup import name_problem
from vipdesk.domain.permissions import Permission
from vipdesk.domain.setting_bounds import SETTING_BOUNDS
from vipdesk.services.actions import Done, action
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import Lounge


@dataclass(frozen=True)
class LoungeSettings:
    name: str
    wifi_network: str
    wifi_password: str
    amber_minutes: int
    fatigue_minutes: int
    escalate_after_minutes: int
    boarding_reminder_minutes: int
    idle_lock_minutes: int
    retention_days: int
    backup_every_hours: int
    # Which command-line groups need a staff PIN (see vipdesk.services.command_runs),
    # with a new lounge's defaults: restore asks, a scheduled report or backup does not.
    pin_for_report: bool = False
    pin_for_backup: bool = False
    pin_for_restore: bool = True


# field: (lowest, highest, what it is called on screen, its unit), declared in the domain
LIMITS = SETTING_BOUNDS


class SettingsRejected(ServiceError):
    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(" ".join(problems.values()))
        self.problems = problems


def settings_problems(settings: LoungeSettings) -> dict[str, str]:
    problems: dict[str, str | None] = {"name": name_problem(settings.name, "lounge name")}
    for key, (low, high, label, unit) in LIMITS.items():
        value = getattr(settings, key)
        if not low <= value <= high:
            problems[key] = f"The {label} must be between {low} and {high} {unit}."
    if settings.amber_minutes >= settings.fatigue_minutes:
        problems["amber_minutes"] = "The amber warning must come before the fatigue alert."
    for key, label in (("wifi_network", "Wi-Fi network"), ("wifi_password", "Wi-Fi password")):
        text = getattr(settings, key)
        if len(text) > 64 or any(ord(ch) < 32 for ch in text):
            problems[key] = f"The {label} is at most 64 characters, without control characters."
    return {key: message for key, message in problems.items() if message}


def lounge_settings(session: Session) -> LoungeSettings:
    lounge = session.lounge
    return LoungeSettings(**{f.name: getattr(lounge, f.name) for f in fields(LoungeSettings)})


@action("lounge.update_settings", permission=Permission.EDIT_SETTINGS)
def update_lounge_settings(session: Session, settings: LoungeSettings) -> Done[Lounge]:
    if problems := settings_problems(settings):
        raise SettingsRejected(problems)
    lounge = session.lounge
    changed = []
    for f in fields(LoungeSettings):
        value = getattr(settings, f.name)
        value = value.strip() if f.name == "name" else value
        if getattr(lounge, f.name) != value:
            setattr(lounge, f.name, value)
            changed.append(f.name)
    lounge.save()
    return Done(lounge, lounge, {"changed": changed})
