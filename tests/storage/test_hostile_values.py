"""A file whose schema is ours can still carry values built to do harm once restored: a
setting outside its bounds, an unknown role, a PIN hash of its maker's choosing, a clock
mark in year 9999, a sequence at its end. Restore and the desk refuse each, naming the table,
the column and the row (no value, no name), and nothing is replaced."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PIN
from tests.storage.test_backup import NOW
from tests.storage.test_hostile_restore import files, refused, tampered
from vipdesk.cli.main import main
from vipdesk.clock import FakeClock
from vipdesk.services.session import Session
from vipdesk.storage import backup as backups
from vipdesk.storage.database import SchemaMismatch, open_database
from vipdesk.storage.models import Staff
from vipdesk.storage.open_problem import open_problem


@pytest.fixture
def desk_db(session: Session, team: dict[str, Staff], db_path: Path) -> Path:
    """A lounge with its team, set up through the services (real PIN hashes, a clock mark
    moved by their actions), closed as when no desk runs."""
    session.db.close()
    return db_path


@pytest.fixture
def good_backup(desk_db: Path, tmp_path: Path) -> Path:
    (tmp_path / "saved").mkdir()
    return backups.backup_to(desk_db, tmp_path / "saved" / "good.sqlite3")


def stored(moment: dt.datetime) -> str:
    """A time as the desk stores it (naive UTC)."""
    return str(moment.astimezone(dt.UTC).replace(tzinfo=None))


def staff_id(path: Path, name: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT id FROM staff WHERE name = ?", (name,)).fetchone()[0])
    finally:
        connection.close()


HOSTILE = {
    "retention_days": (["UPDATE lounge SET retention_days = 100000"],
                       "lounge.retention_days in row 1 is outside its bounds (1 to 3650 days)"),
    "no retention": (["UPDATE lounge SET retention_days = 0"],
                     "lounge.retention_days in row 1 is outside its bounds"),
    "backup interval": (["UPDATE lounge SET backup_every_hours = 0"],
                        "lounge.backup_every_hours in row 1 is outside its bounds (1 to 24 hours)"),
    "a threshold as text": (["UPDATE lounge SET amber_minutes = 'soon'"],
                            "lounge.amber_minutes in row 1 is outside its bounds"),
    "a switch": (["UPDATE lounge SET pin_for_restore = 7"],
                 "lounge.pin_for_restore in row 1 is neither on nor off"),
    "a role": (["UPDATE staff SET role = 'owner' WHERE name = 'Dina Desk'"],
               "staff.role in row {desk} is not a role VIP Desk knows"),
    "a bare PIN": (["UPDATE staff SET pin_hash = '4711' WHERE name = 'Dina Desk'"],
                   "staff.pin_hash in row {desk} is in no form VIP Desk makes"),
    "a PIN hash that costs a gigabyte": (
        [("UPDATE staff SET pin_hash = replace(pin_hash, '$16384$', '$1048576$')"
          " WHERE name = 'Astrid Admin'")],
        "staff.pin_hash in row {admin} is in no form VIP Desk makes"),
    "a clock mark in year 9999": (
        ["UPDATE clock_mark SET seen_at = '9999-12-31 23:59:59'"],
        ("clock_mark.seen_at in row 1 is more than 24 hours after the newest event the file "
         "records")),
    "a clock mark that is not a time": (["UPDATE clock_mark SET seen_at = 'later'"],
                                        "clock_mark.seen_at in row 1 is not a time"),
    "an event that is not a time": (["UPDATE lounge SET created_at = x'00ff'"],
                                    "lounge.created_at in row 1 is not a time"),
    "a sequence at its end": (
        ["CREATE TABLE counted (id INTEGER PRIMARY KEY AUTOINCREMENT)",
         "INSERT INTO counted VALUES (NULL)", "DROP TABLE counted",
         "INSERT INTO sqlite_sequence VALUES ('audit_event', 9223372036854775000)"],
        "sqlite_sequence.seq in row 1 is above 2**62"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_restore_refuses_a_value_vip_desk_never_writes_and_replaces_nothing(
        case: str, desk_db: Path, good_backup: Path) -> None:
    statements, phrase = HOSTILE[case]
    hostile = tampered(good_backup, *statements)
    phrase = phrase.format(desk=staff_id(desk_db, "Dina Desk"),
                           admin=staff_id(desk_db, "Astrid Admin"))
    message = refused(hostile, desk_db, "holds a value VIP Desk never writes", phrase)
    for name in ("Dina Desk", "Astrid Admin", "Nordic Lounge"):
        assert name not in message, "ids only, no personal data"


def test_restore_through_the_command_line_refuses_a_clock_mark_far_ahead(
        desk_db: Path, good_backup: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    hostile = tampered(good_backup, "UPDATE clock_mark SET seen_at = '9999-12-31 23:59:59'")
    before = files(desk_db.parent)
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PIN + "\n"))
    capsys.readouterr()

    status = main(["--db", str(desk_db), "restore", str(hostile),
                   "--staff", "Astrid Admin", "--pin-stdin"])

    err = capsys.readouterr().err
    assert status != 0
    assert err.count("\n") == 1
    assert "clock_mark.seen_at in row 1 is more than 24 hours after the newest event" in err
    assert files(desk_db.parent).keys() == before.keys(), "nothing replaced or kept aside"
    connection = sqlite3.connect(desk_db)
    try:
        seen = connection.execute("SELECT seen_at FROM clock_mark").fetchone()[0]
    finally:
        connection.close()
    assert not seen.startswith("9999")


def test_a_sound_backup_still_restores_through_the_command_line(
        desk_db: Path, good_backup: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PIN + "\n"))
    assert main(["--db", str(desk_db), "restore", str(good_backup),
                 "--staff", "Astrid Admin", "--pin-stdin"]) == 0
    assert list(desk_db.parent.glob("*before-restore*"))


def test_a_mark_a_day_after_the_newest_event_is_sound_a_second_more_is_not(
        desk_db: Path, good_backup: Path, clock: FakeClock) -> None:
    """The team's actions were recorded at the clock's time, the newest event."""
    a_day = tampered(good_backup, "UPDATE clock_mark SET seen_at ="
                     f" '{stored(clock.now() + dt.timedelta(days=1))}'", name="a-day.sqlite3")
    backups.restore_from(a_day, desk_db, NOW)

    later = tampered(good_backup, "UPDATE clock_mark SET seen_at ="
                     f" '{stored(clock.now() + dt.timedelta(days=1, seconds=1))}'",
                     name="later.sqlite3")
    refused(later, desk_db, "clock_mark.seen_at in row 1 is more than 24 hours after")


def test_the_desk_refuses_to_open_a_database_with_a_setting_out_of_bounds(
        desk_db: Path) -> None:
    with sqlite3.connect(desk_db) as connection:
        connection.execute("UPDATE lounge SET retention_days = 100000")
    connection.close()
    before = desk_db.read_bytes()

    with pytest.raises(SchemaMismatch) as raised:
        open_database(desk_db)

    assert str(raised.value) == (
        "It holds a value VIP Desk never writes: lounge.retention_days in row 1 is outside "
        "its bounds (1 to 3650 days).")
    text = str(open_problem(desk_db, raised.value))
    assert text.splitlines()[0] == (
        f"VIP Desk cannot open its database {desk_db}: It holds a value VIP Desk never "
        "writes: lounge.retention_days in row 1 is outside its bounds (1 to 3650 days). "
        "Nothing was changed.")
    assert desk_db.read_bytes() == before


def test_the_desk_refuses_to_open_a_database_with_an_unknown_role(desk_db: Path) -> None:
    desk = staff_id(desk_db, "Dina Desk")
    with sqlite3.connect(desk_db) as connection:
        connection.execute("UPDATE staff SET role = 'owner' WHERE id = ?", (desk,))
    connection.close()
    with pytest.raises(SchemaMismatch, match=f"staff.role in row {desk} is not a role"):
        open_database(desk_db)
