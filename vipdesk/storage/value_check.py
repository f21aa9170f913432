"""Do the values that steer the desk hold what VIP Desk writes? A file with our schema can
still carry values built to do harm once it is the lounge's database.

Run after :mod:`schema_check` (and, for a backup, the integrity checks), on the same plain
``sqlite3`` connection, before anything is replaced or upgraded. Each rule is declared
where the desk keeps it; this module only reads the file against them:

- a lounge setting outside its bounds (:mod:`vipdesk.domain.lounge_settings`): a retention
  of 100 000 days keeps personal data for ever;
- a staff role outside :class:`~vipdesk.domain.vocabulary.Role` (the desk cannot load the
  row), a PIN hash in no form :mod:`vipdesk.domain.pin` makes;
- a clock mark further after the newest event the file records than the mark ever moves
  (:func:`vipdesk.domain.clock_trust.mark_beyond_events`): a year-9999 mark makes the
  clock disagree for ever and so holds retention;
- an ``sqlite_sequence`` counter above :data:`HIGHEST_SEQUENCE` (every insert would fail).

The first problem found is the answer: one line naming the table, the column and the row by
its id, never a value (it may be personal, or anything its maker chose). The newest event is
read through indexes, a few lookups per lounge, so the check costs well under a millisecond
on a year of history (measured on a demo database; see the README).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from vipdesk.domain.clock_trust import MARK_LEAD, mark_beyond_events
from vipdesk.domain.lounge_settings import NUMBERS, SWITCHES
from vipdesk.domain.pin import known_hash_format
from vipdesk.domain.vocabulary import Role
from vipdesk.storage.models import ClockMark

HIGHEST_SEQUENCE = 2**62  # an AUTOINCREMENT counter above this leaves no room to insert

# The newest event of a lounge: each read through an index, newest first (NULLs sort last).
_NEWEST_OF_LOUNGE = (
    ("lounge", "created_at", "SELECT id, created_at FROM lounge WHERE id = ?"),
    ("visit", "arrived_at", ("SELECT id, arrived_at FROM visit WHERE lounge_id = ?"
                             " ORDER BY arrived_at DESC LIMIT 1")),
    ("visit", "checked_out_at", ("SELECT id, checked_out_at FROM visit WHERE lounge_id = ?"
                                 " ORDER BY checked_out_at DESC LIMIT 1")),
    ("complaint", "created_at", ("SELECT id, created_at FROM complaint WHERE lounge_id = ?"
                                 " ORDER BY created_at DESC LIMIT 1")),
)
_NEWEST_AUDIT = "SELECT id, at FROM audit_event ORDER BY at DESC LIMIT 1"  # no lounge column


def value_problem(connection: sqlite3.Connection) -> str | None:
    """The first value in the file VIP Desk would never write, as a phrase, or None."""
    columns = {table: _columns(connection, table)
               for table in ("lounge", "staff", "clock_mark", "sqlite_sequence")}
    return (_setting_problem(connection, columns["lounge"])
            or _staff_problem(connection, columns["staff"])
            or _clock_mark_problem(connection, columns["clock_mark"])
            or _sequence_problem(connection, columns["sqlite_sequence"]))


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    """The table's columns; none when the file has no such table (an older version)."""
    return {str(row[1]) for row in connection.execute(f'PRAGMA table_info("{table}")')}


def _setting_problem(connection: sqlite3.Connection, columns: set[str]) -> str | None:
    for name, bounds in NUMBERS.items():
        if name in columns and (row := connection.execute(
                f'SELECT id FROM lounge WHERE typeof("{name}") != \'integer\''
                f' OR "{name}" NOT BETWEEN ? AND ? LIMIT 1',
                (bounds.low, bounds.high)).fetchone()):
            return (f"lounge.{name} in row {row[0]} is outside its bounds "
                    f"({bounds.low} to {bounds.high} {bounds.unit})")
    for name in SWITCHES:
        if name in columns and (row := connection.execute(
                f'SELECT id FROM lounge WHERE typeof("{name}") != \'integer\''
                f' OR "{name}" NOT IN (0, 1) LIMIT 1').fetchone()):
            return f"lounge.{name} in row {row[0]} is neither on nor off"
    return None


def _staff_problem(connection: sqlite3.Connection, columns: set[str]) -> str | None:
    if "role" in columns:
        roles = [role.value for role in Role]
        marks = ", ".join("?" * len(roles))
        if row := connection.execute(
                f"SELECT id FROM staff WHERE role IS NULL OR role NOT IN ({marks}) LIMIT 1",
                roles).fetchone():
            return f"staff.role in row {row[0]} is not a role VIP Desk knows"
    if "pin_hash" in columns:
        for staff_id, stored in connection.execute("SELECT id, pin_hash FROM staff"):
            if not known_hash_format(stored):
                return f"staff.pin_hash in row {staff_id} is in no form VIP Desk makes"
    return None


def _clock_mark_problem(connection: sqlite3.Connection, columns: set[str]) -> str | None:
    if not {"lounge_id", "seen_at"} <= columns:
        return None
    audit = _newest(connection, "audit_event", "at", _NEWEST_AUDIT, ())
    if isinstance(audit, str):
        return audit
    for mark_id, lounge_id, raw in connection.execute(
            "SELECT id, lounge_id, seen_at FROM clock_mark"):
        seen_at = _time(raw)
        if seen_at is None:
            return f"clock_mark.seen_at in row {mark_id} is not a time"
        newest = audit
        for table, column, query in _NEWEST_OF_LOUNGE:
            found = _newest(connection, table, column, query, (lounge_id,))
            if isinstance(found, str):
                return found
            newest = max(filter(None, (newest, found)), default=None)
        if newest is None or mark_beyond_events(seen_at, newest):
            hours = MARK_LEAD / dt.timedelta(hours=1)
            return (f"clock_mark.seen_at in row {mark_id} is more than {hours:g} hours after "
                    "the newest event the file records")
    return None


def _newest(connection: sqlite3.Connection, table: str, column: str, query: str,
            args: tuple[Any, ...]) -> dt.datetime | str | None:
    """The time one query finds (None: no row), or a phrase when it is not a time."""
    row = connection.execute(query, args).fetchone()
    if row is None or row[1] is None:
        return None
    return _time(row[1]) or f"{table}.{column} in row {row[0]} is not a time"


def _time(raw: object) -> dt.datetime | None:
    """A stored time read as the desk reads it (UTC, aware); None when it is not one."""
    value = ClockMark.seen_at.python_value(raw) if isinstance(raw, str) else None
    return value if isinstance(value, dt.datetime) else None


def _sequence_problem(connection: sqlite3.Connection, columns: set[str]) -> str | None:
    if "seq" in columns and (row := connection.execute(
            "SELECT rowid FROM sqlite_sequence WHERE seq > ? LIMIT 1",
            (HIGHEST_SEQUENCE,)).fetchone()):
        return (f"sqlite_sequence.seq in row {row[0]} is above "
                f"2**{HIGHEST_SEQUENCE.bit_length() - 1}")
    return None
