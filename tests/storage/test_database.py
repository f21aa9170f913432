"""The database is tuned for durability and upgrades without losing rows."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from peewee import IntegrityError

from tests.helpers import engine
from tests.helpers.old_database import old_lounge, old_staff
from vipdesk.storage import database as storage
from vipdesk.storage import paths
from vipdesk.storage.backup import default_backup_folder, run_scheduled_backup
from vipdesk.storage.models import AuditEvent


def pragma(db: object, name: str) -> object:
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # type: ignore[attr-defined]


def newest() -> int:
    return int(storage.known_migrations()[-1].split("_", 1)[0])


@pytest.mark.skipif(engine.ON_POSTGRES, reason="SQLite's own pragmas; the server keeps its own")
def test_durability_pragmas_are_set(db: object) -> None:
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "synchronous") == 2  # FULL
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "busy_timeout") >= 5000
    assert pragma(db, "secure_delete") == 1


def test_new_database_is_at_the_newest_schema(db: object) -> None:
    assert storage.schema_version(db) == newest()  # type: ignore[arg-type]


def test_path_precedence_is_flag_then_environment_then_default(tmp_path: Path) -> None:
    env = {paths.ENV_VAR: str(tmp_path / "env.sqlite3")}
    assert paths.resolve_target(str(tmp_path / "flag.sqlite3"), env) == tmp_path / "flag.sqlite3"
    assert paths.resolve_target(None, env) == tmp_path / "env.sqlite3"
    assert paths.resolve_target(None, {}) == paths.default_path()
    assert "VIPDesk" in str(paths.default_path())


def test_upgrade_from_the_first_schema_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = storage.connect(path)
    storage.upgrade(old, target="0001_initial")
    assert storage.schema_version(old) == 1
    old_lounge(old, "PEK", "Asia/Shanghai")
    old_staff(old, "Wang Admin", "administrator")
    old.close()

    upgraded = storage.open_database(path)
    assert storage.schema_version(upgraded) == newest()
    assert upgraded.execute_sql("SELECT name FROM lounge").fetchall() == [("Old Lounge",)]
    assert upgraded.execute_sql("SELECT name FROM staff").fetchall() == [("Wang Admin",)]
    assert upgraded.execute_sql("SELECT backup_every_hours FROM lounge").fetchall() == [(4,)], \
        "an upgraded lounge backs up every 4 hours, as before the setting existed"
    assert upgraded.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    rules = upgraded.execute_sql("SELECT name FROM access_rule ORDER BY position").fetchall()
    assert ("Business class",) in rules, "an upgraded lounge starts with an access policy"
    upgraded.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    storage.open_database(path).execute_sql(
        "INSERT INTO schema_migration (name, applied) VALUES ('0999_future', '2030-01-01')")
    with pytest.raises(storage.SchemaError, match="newer VIP Desk"):
        storage.open_database(path)


def test_audit_trail_is_append_only(db: object) -> None:
    event = AuditEvent.create(at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), action="x")
    with pytest.raises(IntegrityError, match="append-only"):
        AuditEvent.update(action="y").where(AuditEvent.id == event.id).execute()
    with pytest.raises(IntegrityError, match="append-only"):
        event.delete_instance()


def test_naive_datetimes_are_refused(db: object) -> None:
    with pytest.raises(ValueError, match="naive"):
        AuditEvent.create(at=dt.datetime(2026, 1, 1), action="x")


def test_times_come_back_in_utc(db: object) -> None:
    cph = dt.timezone(dt.timedelta(hours=1))
    event = AuditEvent.create(at=dt.datetime(2026, 1, 1, 10, 0, tzinfo=cph), action="x")
    stored = AuditEvent.get_by_id(event.id).at
    assert stored == dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)
    assert stored.tzinfo is dt.UTC


def test_a_new_lounge_folder_and_database_are_readable_by_their_owner_only(
        tmp_path: Path) -> None:
    """Guests' personal data: not for every account on the kiosk PC."""
    path = tmp_path / "new" / "VIPDesk" / "vipdesk.sqlite3"
    db = storage.open_database(path)
    db.execute_sql("INSERT INTO audit_event (at, action, entity, detail)"  # something in the
                   " VALUES ('2026-11-23 08:00:00', 'x', '', '')")  # write-ahead log
    wal = path.with_name(path.name + "-wal")
    assert stat.S_IMODE(wal.stat().st_mode) == 0o600, "SQLite copies the database's mode"
    made = run_scheduled_backup(path, default_backup_folder(path),
                                dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC)).made
    db.close()
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (
        path.parent, path, default_backup_folder(path), made)}
    assert modes == {"VIPDesk": 0o700, "vipdesk.sqlite3": 0o600, "backups": 0o700,
                     made.name: 0o600}


def test_an_existing_folder_keeps_the_permissions_it_has(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o750)
    shared.chmod(0o750)
    storage.open_database(shared / "vipdesk.sqlite3").close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o750


def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    """``--db`` pointed at the wrong file: no VIP Desk schema, no WAL, not a byte changed."""
    import sqlite3

    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE moz_places (url TEXT)")
        connection.execute("INSERT INTO moz_places VALUES ('https://example.org')")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(storage.SchemaError, match=r"not a VIP Desk database .*moz_places"):
        storage.open_database(path)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()


def test_a_refused_newer_database_is_closed_again(tmp_path: Path) -> None:
    """So that a restore run straight after the refusal finds nobody holding it."""
    import sqlite3

    from vipdesk.storage.backup import backup_to, restore_from

    good = tmp_path / "good.sqlite3"
    storage.open_database(good).close()
    backup = backup_to(good, tmp_path / "good-backup.sqlite3")
    path = tmp_path / "vipdesk.sqlite3"
    storage.open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO schema_migration (name, applied) "
                           "VALUES ('9999_from_the_future', '2030-01-01')")
    connection.close()
    with pytest.raises(storage.SchemaError) as refused:
        storage.open_database(path)
    assert refused.value.__traceback__ is not None  # the traceback (and its frames) still held
    restore_from(backup, path, dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC))


def test_an_upgraded_lounge_asks_a_pin_for_restore_only(tmp_path: Path) -> None:
    """Migration 0010: a scheduled report or backup keeps running unattended after the upgrade."""
    path = tmp_path / "old.sqlite3"
    old = storage.connect(path)
    storage.upgrade(old, target="0008_backup_interval")
    old_lounge(old, "PEK", "Asia/Shanghai")
    old.close()
    upgraded = storage.open_database(path)
    assert upgraded.execute_sql(
        "SELECT pin_for_report, pin_for_backup, pin_for_restore FROM lounge").fetchall() == [
        (0, 0, 1)]
    upgraded.close()


def test_an_upgrade_keeps_the_first_answer_of_an_alert_acknowledged_before_it(
        tmp_path: Path) -> None:
    """Migration 0011: a wait acknowledged before the upgrade had one answer; it is the first
    (its time and who gave it), so a repeat answered after the upgrade does not replace it."""
    path = tmp_path / "old.sqlite3"
    old = storage.connect(path)
    storage.upgrade(old, target="0010_command_line_pins")
    old_lounge(old, "PEK", "Asia/Shanghai")
    old_staff(old, "Wang Desk", "front_desk")
    old.execute_sql(
        "INSERT INTO guest (surname, given_names, title, language, frequent_flyer_programme,"
        " frequent_flyer_number, frequent_flyer_tier, memberships, preferences, notes,"
        " created_at) VALUES ('Li', 'Wei', 'Mr', 'zh', '', '', '', '', '', '',"
        " '2025-01-01 08:00:00')")
    old.execute_sql(
        "INSERT INTO visit (lounge_id, guest_id, status, arrived_at, carrier, flight_number,"
        " origin, destination, seat, party_size, entitlement, entitlement_rule, amount_paid,"
        " exception_reason, checked_in_by_id) VALUES (1, 1, 'waiting', '2025-01-01 08:00:00',"
        " 'CA', '912', 'PEK', 'CPH', '', 1, 'cabin', '', 0, '', 1)")
    old.execute_sql(
        "INSERT INTO waiting_entry (visit_id, reason, started_at, ended_at, alert_raised_at,"
        " acknowledged_at, acknowledged_by_id, acknowledgement, acknowledged_with)"
        " VALUES (1, 'desk_queue', '2025-01-01 08:00:00', '2025-01-01 08:40:00',"
        " '2025-01-01 08:15:00', '2025-01-01 08:16:00', 1, '', 'drink')")
    old.execute_sql(
        "INSERT INTO waiting_entry (visit_id, reason, started_at, acknowledgement,"
        " acknowledged_with) VALUES (1, 'desk_queue', '2025-01-01 09:00:00', '', '')")
    old.close()

    upgraded = storage.open_database(path)
    assert upgraded.execute_sql(
        "SELECT first_acknowledged_at, first_acknowledged_by_id FROM waiting_entry"
        " ORDER BY id").fetchall() == [("2025-01-01 08:16:00", 1), (None, None)]
    upgraded.close()


@pytest.mark.skipif(not engine.ON_POSTGRES, reason="the complaints search's word table is"
                    " PostgreSQL's (SQLite's FTS5 index is in the SQLite schema check)")
def test_a_server_database_without_the_search_words_is_refused(db_target: str) -> None:
    """complaint_word is no model, yet the search reads it: the schema check names it."""
    storage.open_database(db_target).close()
    db = storage.open_database(db_target)
    db.execute_sql("DROP TABLE complaint_word")
    db.close()
    with pytest.raises(storage.SchemaMismatch, match="lacks the table complaint_word"):
        storage.open_database(db_target)
