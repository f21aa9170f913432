"""Migration 0020: each staff member's language and the lounge's default, on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import engine
from vipdesk.storage import database as storage

BEFORE = "0019_complaint_words"


@pytest.fixture
def empty_target(tmp_path: Path) -> Iterator[str | Path]:
    """An empty database: an SQLite file, or a PostgreSQL database of its own."""
    if not engine.ON_POSTGRES:
        yield tmp_path / "old.sqlite3"
        return
    problem = engine.server_problem()
    if problem:
        pytest.skip(problem)
    name, url = engine.empty_database()
    yield url
    engine.drop(name)


def _old_rows(target: str | Path) -> None:
    """A lounge and one staff member as VIP Desk left them at 0019."""
    old = storage.connect(target)
    storage.upgrade(old, target=BEFORE)
    p = old.param
    old.execute_sql(
        "INSERT INTO lounge (name, airport, timezone, wifi_network, wifi_password,"
        " fatigue_minutes, amber_minutes, escalate_after_minutes, boarding_reminder_minutes,"
        f" idle_lock_minutes, retention_days, created_at) VALUES ('Old Lounge', 'PEK',"
        f" 'Asia/Shanghai', '', '', 15, 10, 5, 20, 5, 90, {p})", ("2025-01-01 00:00:00",))
    old.execute_sql(
        "INSERT INTO staff (lounge_id, name, role, pin_hash, active, failed_pins, created_at)"
        f" VALUES ((SELECT id FROM lounge), 'Wang Admin', 'administrator', NULL, {p}, 0, {p})",
        (True, "2025-01-01 00:00:00"))
    old.close()


def test_an_upgraded_lounge_speaks_english_and_its_staff_chose_none(
        empty_target: str | Path) -> None:
    _old_rows(empty_target)
    upgraded = storage.open_database(empty_target)
    try:
        assert storage.known_migrations()[-1] >= "0020"
        assert upgraded.execute_sql("SELECT language FROM lounge").fetchall() == [("en",)]
        assert upgraded.execute_sql("SELECT language FROM staff").fetchall() == [(None,)]
        # The default is the table's too: a row written by plain SQL speaks English.
        upgraded.execute_sql(
            "INSERT INTO lounge (name, airport, timezone, wifi_network, wifi_password,"
            " fatigue_minutes, amber_minutes, escalate_after_minutes,"
            " boarding_reminder_minutes, idle_lock_minutes, retention_days, created_at)"
            " VALUES ('Plain', 'CPH', 'Europe/Copenhagen', '', '', 15, 10, 5, 20, 5, 90,"
            " '2025-01-01 00:00:00')")
        assert upgraded.execute_sql(
            "SELECT language FROM lounge WHERE name = 'Plain'").fetchall() == [("en",)]
    finally:
        upgraded.close()


def test_the_migration_goes_back_down(empty_target: str | Path) -> None:
    _old_rows(empty_target)
    db = storage.connect(empty_target)
    try:
        storage.upgrade(db)
        assert storage.migration_runner(db).down() == ["0020_languages"]
        assert storage.schema_version(db) == 19
        columns = {c.name for c in db.get_columns("lounge")} | {
            c.name for c in db.get_columns("staff")}
        assert "language" not in columns
    finally:
        db.close()
