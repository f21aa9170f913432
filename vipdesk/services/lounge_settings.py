"""The lounge's own settings, changed by an administrator: Wi-Fi, thresholds, retention, backups,
and which command-line commands need a staff PIN."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from vipdesk.domain.lounge_settings import PIN_FOR_BACKUP, PIN_FOR_REPORT, PIN_FOR_RESTORE
from vipdesk.domain.lounge_settings import setting_messages as declared_messages
from vipdesk.domain.lounge_setup import LOUNGE_NAME, name_said
from vipdesk.domain.message import Message
from vipdesk.domain.permissions import Permission
from vipdesk.services.actions import Done, action
from vipdesk.services.session import FieldProblems, Session
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
    # Which command-line groups need a staff PIN, with a new lounge's defaults.
    pin_for_report: bool = PIN_FOR_REPORT.default
    pin_for_backup: bool = PIN_FOR_BACKUP.default
    pin_for_restore: bool = PIN_FOR_RESTORE.default


class SettingsRejected(FieldProblems):
    """The settings cannot be saved; ``problems`` are keyed by field for the form."""


def settings_messages(settings: LoungeSettings) -> dict[str, Message]:
    """The lounge name's rule (shared with the first-run set-up), then each declared setting's
    (:mod:`vipdesk.domain.lounge_settings`), as messages for the form to show in the agent's
    language."""
    problems: dict[str, Message | None] = {"name": name_said(settings.name, LOUNGE_NAME)}
    problems |= declared_messages(asdict(settings))
    return {key: message for key, message in problems.items() if message is not None}


def settings_problems(settings: LoungeSettings) -> dict[str, str]:
    """:func:`settings_messages` in English (the command line, the tests)."""
    return {key: str(message) for key, message in settings_messages(settings).items()}


def lounge_settings(session: Session) -> LoungeSettings:
    return _settings_of(session.lounge)


def _settings_of(lounge: Lounge) -> LoungeSettings:
    return LoungeSettings(**{f.name: getattr(lounge, f.name) for f in fields(LoungeSettings)})


@action("lounge.update_settings", permission=Permission.EDIT_SETTINGS)
def update_lounge_settings(session: Session, settings: LoungeSettings
                           ) -> Done[LoungeSettings]:
    if problems := settings_messages(settings):
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
    return Done(_settings_of(lounge), lounge, {"changed": changed})
