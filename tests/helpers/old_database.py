"""Rows written straight into a database at an older migration, as an older VIP Desk left
them: the upgrade tests fill one, then open it with today's code."""

from __future__ import annotations

from peewee import Database

CREATED = "2025-01-01 00:00:00"


def old_lounge(db: Database, airport: str = "CPH", timezone: str = "Europe/Copenhagen") -> None:
    """Lounge 1, "Old Lounge", with the columns every schema since 0001 has."""
    db.execute_sql(
        "INSERT INTO lounge (name, airport, timezone, wifi_network, wifi_password,"
        " fatigue_minutes, amber_minutes, escalate_after_minutes, boarding_reminder_minutes,"
        " idle_lock_minutes, retention_days, created_at)"
        " VALUES ('Old Lounge', ?, ?, '', '', 15, 10, 5, 20, 5, 90, ?)",
        (airport, timezone, CREATED))


def old_staff(db: Database, name: str, role: str, created: str = CREATED) -> None:
    """A member of lounge 1's staff with no PIN."""
    db.execute_sql(
        "INSERT INTO staff (lounge_id, name, role, pin_hash, active, failed_pins, created_at)"
        " VALUES (1, ?, ?, NULL, 1, 0, ?)", (name, role, created))
