"""The bounds of each lounge setting an administrator may change, declared once.

The settings service refuses a change outside them; the storage's value check refuses a
database (a backup to restore, the file the desk opens) that holds a value outside them,
as a crafted file could: a retention of 100 000 days keeps personal data for ever.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from vipdesk.domain.retention import MAX_RETENTION_DAYS, MIN_RETENTION_DAYS


class Bounds(NamedTuple):
    """A whole-number setting's lowest and highest values, its name on screen and its unit."""

    low: int
    high: int
    label: str
    unit: str


SETTING_BOUNDS: Final = {
    "amber_minutes": Bounds(1, 120, "amber warning", "minutes"),
    "fatigue_minutes": Bounds(1, 120, "fatigue alert", "minutes"),
    "escalate_after_minutes": Bounds(1, 120, "escalation", "minutes"),
    "boarding_reminder_minutes": Bounds(5, 120, "boarding reminder", "minutes"),
    "idle_lock_minutes": Bounds(1, 60, "idle lock", "minutes"),
    "retention_days": Bounds(MIN_RETENTION_DAYS, MAX_RETENTION_DAYS, "retention", "days"),
    "backup_every_hours": Bounds(1, 24, "backup interval", "hours"),
}

# Settings that are on or off (which command-line groups need a staff PIN).
SWITCHES: Final = ("pin_for_report", "pin_for_backup", "pin_for_restore")
