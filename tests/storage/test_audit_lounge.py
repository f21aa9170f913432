"""Migration 0017: each audit row says whose lounge it is, rows written before it too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import Database

from tests.helpers import engine
from vipdesk.storage import database as storage

BEFORE = "0016_action_keys"
AT = "2025-01-01 08:00:00"


@pytest.fixture
def target(tmp_path: Path) -> Iterator[str]:
    if engine.ON_POSTGRES:
        name, url = engine.empty_database()
        yield url
        engine.drop(name)
    else:
        yield str(tmp_path / "old.sqlite3")


@pytest.fixture
def old(target: str) -> Iterator[Database]:
    """An empty database of either engine, upgraded as far as 0016."""
    db = storage.connect(target)
    storage.upgrade(db, target=BEFORE)
    yield db
    db.close()


def add_lounge(db: Database, name: str) -> int:
    p = db.param
    db.execute_sql(
        "INSERT INTO lounge (name, airport, timezone, wifi_network, wifi_password,"
        " fatigue_minutes, amber_minutes, escalate_after_minutes, boarding_reminder_minutes,"
        f" idle_lock_minutes, retention_days, created_at) VALUES ({p}, 'CPH',"
        f" 'Europe/Copenhagen', '', '', 15, 10, 5, 20, 5, 90, {p})", (name, AT))
    return int(db.execute_sql("SELECT max(id) FROM lounge").fetchone()[0])


def add_staff(db: Database, lounge: int) -> int:
    p = db.param
    db.execute_sql(
        "INSERT INTO staff (lounge_id, name, role, pin_hash, active, failed_pins, created_at)"
        f" VALUES ({p}, 'Old Hand', 'front_desk', NULL, {p}, 0, {p})", (lounge, True, AT))
    return int(db.execute_sql("SELECT max(id) FROM staff").fetchone()[0])


def add_audit(db: Database, staff: int | None) -> None:
    p = db.param
    db.execute_sql("INSERT INTO audit_event (at, staff_id, action, entity, detail)"
                   f" VALUES ({p}, {p}, 'visit.check_in', '', '')", (AT, staff))


def lounges_of_rows(db: Database) -> list[int | None]:
    return [row[0] for row in
            db.execute_sql("SELECT lounge_id FROM audit_event ORDER BY id").fetchall()]


def test_a_database_of_one_lounge_gives_it_every_old_row(old: Database, target: str) -> None:
    lounge = add_lounge(old, "Old Lounge")
    add_audit(old, add_staff(old, lounge))
    add_audit(old, None)  # a job's row, naming nobody
    storage.upgrade(old)
    assert lounges_of_rows(old) == [lounge, lounge]
    old.close()
    storage.open_database(target).close()  # its schema (the trigger made again) is ours


def test_with_several_lounges_an_old_row_takes_its_staff_members_lounge(old: Database) -> None:
    first, second = add_lounge(old, "First"), add_lounge(old, "Second")
    add_audit(old, add_staff(old, second))
    add_audit(old, add_staff(old, first))
    add_audit(old, None)  # whose it was cannot be told: shown at no lounge
    storage.upgrade(old)
    assert lounges_of_rows(old) == [second, first, None]


def test_the_audit_trail_stays_append_only_after_the_upgrade(old: Database) -> None:
    add_audit(old, add_staff(old, add_lounge(old, "Old Lounge")))
    storage.upgrade(old)
    for statement in ("UPDATE audit_event SET action = 'forged'", "DELETE FROM audit_event"):
        with pytest.raises(Exception, match="append-only"), old.atomic():
            old.execute_sql(statement)
    assert len(lounges_of_rows(old)) == 1
