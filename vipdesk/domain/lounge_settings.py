"""Every setting a lounge's administrator may change, declared once, one line each.

Each declaration gives the setting's name (the ``Lounge`` column and the field of the
settings service), its type by its class, its default, its bounds, its label and help
text on the Settings screen, and what a message calls it. Everything else reads it:

- the model's defaults (:class:`vipdesk.storage.models.Lounge`);
- validation: :func:`setting_problems` is the one rule, used by the settings service and
  by :func:`vipdesk.domain.waiting.settings_problems`; the storage's value check refuses a
  database holding a number outside its bounds (a crafted file: a retention of
  100 000 days keeps personal data for ever);
- the Settings screen: bounds, labels, units and tooltips of its lounge fields;
- a new setting's migration: its column is :func:`vipdesk.storage.setting_column.column`
  of the declaration, the declared default in the table as well as in the model.

Past migrations do not read this module: they are history, and what an old migration
did to a database must not change when a default changes here later. A changed default
is a new lounge's; whether lounges already set up change too is a new migration's call.

The texts are marked for Qt Linguist (context :data:`CONTEXT`) by the vocabulary's plain
marker (:mod:`vipdesk.domain.labels`: the domain has no Qt); the screen translates them
as it shows them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from vipdesk.domain.labels import QT_TRANSLATE_NOOP
from vipdesk.domain.message import Message

CONTEXT: Final = "LoungeSettings"


@dataclass(frozen=True)
class Number:
    """A whole-number setting from ``low`` to ``high`` (both allowed) in ``unit``.

    ``before``: the name of a setting this one must be strictly below (the amber
    warning comes before the fatigue alert)."""

    name: str
    default: int
    low: int
    high: int
    unit: str  # in messages: "minutes"
    called: str  # in messages: "The {called} must be between ..."
    label: str  # on screen, before the field
    suffix: str  # on screen, after the number
    help: str  # on screen, the field's tooltip
    before: str | None = None


@dataclass(frozen=True)
class Switch:
    """A setting that is on or off."""

    name: str
    default: bool
    label: str
    help: str


@dataclass(frozen=True)
class Text:
    """A line of text of at most ``max_length`` characters, without control characters."""

    name: str
    default: str
    max_length: int
    called: str
    label: str
    help: str


# A setting's name and unit in a message are words of the Messages context, where the
# message itself is translated (setting_messages).
# Picard's options.py, qutebrowser's configdata.yml: one declaration per setting.
MIN: Final = QT_TRANSLATE_NOOP("LoungeSettings", " min")  # after a number of minutes
# The wait thresholds: guests grow visibly tired at about 15 minutes of waiting (DESIGN.md).
AMBER: Final = Number(
    "amber_minutes", 10, 1, 120, QT_TRANSLATE_NOOP("Messages", "minutes"),
    QT_TRANSLATE_NOOP("Messages", "amber warning"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Amber warning after"),
    MIN,
    QT_TRANSLATE_NOOP("LoungeSettings", "A waiting guest's row turns amber this long after the "
                      "wait started: act before the fatigue alert."),
    before="fatigue_minutes")
FATIGUE: Final = Number(
    "fatigue_minutes", 15, 1, 120, QT_TRANSLATE_NOOP("Messages", "minutes"),
    QT_TRANSLATE_NOOP("Messages", "fatigue alert"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Fatigue alert after"),
    MIN,
    QT_TRANSLATE_NOOP("LoungeSettings", "The fatigue alert is raised after this long waiting; "
                      "a guest still waiting this long after it was acknowledged is the duty "
                      "manager's."))
ESCALATE: Final = Number(
    "escalate_after_minutes", 5, 1, 120, QT_TRANSLATE_NOOP("Messages", "minutes"),
    QT_TRANSLATE_NOOP("Messages", "escalation"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Escalate unacknowledged alert after"),
    MIN,
    QT_TRANSLATE_NOOP("LoungeSettings", "A fatigue alert nobody has acknowledged this long after "
                      "it was due goes to the duty manager."))
BOARDING_REMINDER: Final = Number(
    "boarding_reminder_minutes", 20, 5, 120, QT_TRANSLATE_NOOP("Messages", "minutes"),
    QT_TRANSLATE_NOOP("Messages", "boarding reminder"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Boarding reminder"),
    QT_TRANSLATE_NOOP("LoungeSettings", " min before boarding"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Guests whose boarding is this close are shown on the "
                      "board, to be reminded."))
IDLE_LOCK: Final = Number(
    "idle_lock_minutes", 5, 1, 60, QT_TRANSLATE_NOOP("Messages", "minutes"),
    QT_TRANSLATE_NOOP("Messages", "idle lock"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Lock the desk when idle for"),
    MIN,
    QT_TRANSLATE_NOOP("LoungeSettings", "Nothing of one agent's work stays on screen for the "
                      "next: an idle desk locks and asks for a PIN."))
RETENTION: Final = Number(
    "retention_days", 90, 1, 3650, QT_TRANSLATE_NOOP("Messages", "days"),
    QT_TRANSLATE_NOOP("Messages", "retention period"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Keep guests' personal data for"),
    QT_TRANSLATE_NOOP("LoungeSettings", " days"),
    QT_TRANSLATE_NOOP("LoungeSettings", "After this, a guest's personal data is anonymised; "
                      "the reports keep their counts."))
BACKUP_EVERY: Final = Number(
    "backup_every_hours", 4, 1, 24, QT_TRANSLATE_NOOP("Messages", "hours"),
    QT_TRANSLATE_NOOP("Messages", "backup interval"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Back up the database every"),
    QT_TRANSLATE_NOOP("LoungeSettings", " hours"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Hours between scheduled backups of the lounge's "
                      "database."))

# Which command-line groups need a staff PIN (vipdesk.services.command_runs): a scheduled
# report or backup runs unattended; a restore replaces everything, so it asks by default.
PIN_FOR_REPORT: Final = Switch(
    "pin_for_report", False,
    QT_TRANSLATE_NOOP("LoungeSettings", "Reports from the command line need a staff PIN"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Off for a scheduled report job, which runs unattended. "
                      "Every run is in the audit trail either way."))
PIN_FOR_BACKUP: Final = Switch(
    "pin_for_backup", False,
    QT_TRANSLATE_NOOP("LoungeSettings", "Backups from the command line need a staff PIN"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Off for a scheduled backup job, which runs unattended. "
                      "Every run is in the audit trail either way."))
PIN_FOR_RESTORE: Final = Switch(
    "pin_for_restore", True,
    QT_TRANSLATE_NOOP("LoungeSettings",
                      "Restores from the command line need an administrator's PIN"),
    QT_TRANSLATE_NOOP("LoungeSettings", "A restore replaces every guest's record: leave this on."))

WIFI_NETWORK: Final = Text(
    "wifi_network", "", 64, QT_TRANSLATE_NOOP("Messages", "Wi-Fi network"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Wi-Fi network"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Printed on every welcome card."))
WIFI_PASSWORD: Final = Text(
    "wifi_password", "", 64, QT_TRANSLATE_NOOP("Messages", "Wi-Fi password"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Wi-Fi password"),
    QT_TRANSLATE_NOOP("LoungeSettings", "Printed on every welcome card."))

NUMBERS: Final[Mapping[str, Number]] = {s.name: s for s in (
    AMBER, FATIGUE, ESCALATE, BOARDING_REMINDER, IDLE_LOCK, RETENTION, BACKUP_EVERY)}
SWITCHES: Final[Mapping[str, Switch]] = {s.name: s for s in (
    PIN_FOR_REPORT, PIN_FOR_BACKUP, PIN_FOR_RESTORE)}
TEXTS: Final[Mapping[str, Text]] = {s.name: s for s in (WIFI_NETWORK, WIFI_PASSWORD)}
# The thresholds of a wait (vipdesk.domain.waiting.WaitSettings), in its field order.
WAIT_THRESHOLDS: Final = (AMBER, FATIGUE, ESCALATE)


def setting_problems(values: Mapping[str, object]) -> dict[str, str]:
    """What is wrong with the declared settings among ``values``, by name, in English; {}
    when usable. Only the settings present are checked, so the wait thresholds alone can be."""
    return {name: str(problem) for name, problem in setting_messages(values).items()}


def setting_messages(values: Mapping[str, object]) -> dict[str, Message]:
    """:func:`setting_problems` as messages, for a screen to show in the agent's language."""
    problems: dict[str, Message] = {}
    for number in NUMBERS.values():
        if number.name in values and (problem := _number_problem(number, values[number.name])):
            problems[number.name] = problem
    for number in NUMBERS.values():
        later = NUMBERS[number.before] if number.before else None
        if later is None or problems.keys() & {number.name, later.name}:
            continue
        first, then = values.get(number.name), values.get(later.name)
        if isinstance(first, int) and isinstance(then, int) and not first < then:
            problems[number.name] = Message(QT_TRANSLATE_NOOP(
                "Messages", "The {setting} must come before the {later}."),
                {"setting": _word(number.called), "later": _word(later.called)})
    for switch in SWITCHES.values():
        if switch.name in values and not isinstance(values[switch.name], bool):
            problems[switch.name] = Message(QT_TRANSLATE_NOOP(
                "Messages", "The setting {name} is either on or off."), {"name": switch.name})
    for text in TEXTS.values():
        if text.name in values and (problem := _text_problem(text, values[text.name])):
            problems[text.name] = problem
    return problems


def _word(word: str) -> Message:
    """A setting's name or unit inside a message: translated with it."""
    return Message(word)


def _number_problem(number: Number, value: object) -> Message | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "The {setting} must be a whole number of {unit}."),
            {"setting": _word(number.called), "unit": _word(number.unit)})
    if not number.low <= value <= number.high:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "The {setting} must be between {low} and {high} {unit}."),
            {"setting": _word(number.called), "low": number.low, "high": number.high,
             "unit": _word(number.unit)})
    return None


def _text_problem(text: Text, value: object) -> Message | None:
    if (not isinstance(value, str) or len(value) > text.max_length
            or any(ord(ch) < 32 for ch in value)):
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "The {setting} is at most {length} characters, without control "
            "characters."), {"setting": _word(text.called), "length": text.max_length})
    return None
