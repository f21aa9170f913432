"""A restored file, or the file the desk opens, must be the database our migrations make and
nothing more: the hostile files of issue 16 are refused before anything changes."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from tests.helpers.old_database import old_lounge
from tests.storage.test_backup import NOW, lounges, new_database
from vipdesk.storage import backup as backups
from vipdesk.storage.backup import BackupError
from vipdesk.storage.database import (
    SchemaError,
    connect,
    known_migrations,
    migration_runner,
    open_database,
)
from vipdesk.storage.open_problem import open_problem


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return new_database(tmp_path / "desk" / "vipdesk.sqlite3")


@pytest.fixture
def good_backup(database: Path, tmp_path: Path) -> Path:
    return backups.backup_to(database, tmp_path / "good.sqlite3")


def tampered(backup: Path, *statements: str, name: str = "tampered.sqlite3") -> Path:
    """A copy of a sound backup with the statements run on it (as a hostile tool would)."""
    out = backup.with_name(name)
    out.write_bytes(backup.read_bytes())
    connection = sqlite3.connect(out)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return out


def with_schema_edited(backup: Path, table: str, old: str, new: str, *, rows: int = 0,
                       name: str = "edited.sqlite3") -> Path:
    """A copy whose CREATE text for ``table`` was edited in place (PRAGMA writable_schema),
    as a tool that writes the file directly can; ``rows`` audit rows are added first."""
    out = backup.with_name(name)
    out.write_bytes(backup.read_bytes())
    connection = sqlite3.connect(out)
    try:
        connection.executemany(
            "INSERT INTO audit_event (at, action, entity, detail) VALUES "
            "('2026-11-23 08:00:00', 'x', '', '')", [()] * rows)
        connection.commit()
        connection.execute("PRAGMA writable_schema = ON")
        changed = connection.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?",
            (old, new, table)).rowcount
        assert changed == 1
        connection.commit()
    finally:
        connection.close()
    return out


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def refused(backup: Path, database: Path, *words: str) -> str:
    """Restore refuses, the message has the words, and not a byte of the desk's folder changed."""
    before = files(database.parent)
    with pytest.raises(BackupError) as raised:
        backups.restore_from(backup, database, NOW)
    message = str(raised.value)
    for word in words:
        assert word in message
    assert "\n" not in message
    assert files(database.parent) == before
    return message


# --- the files of the issue ----------------------------------------------------------------

def test_a_backup_without_the_audit_triggers_and_with_triggers_a_view_and_a_table_of_its_own(
        database: Path, good_backup: Path) -> None:
    hostile = tampered(
        good_backup,
        "DROP TRIGGER audit_event_no_update",
        "DROP TRIGGER audit_event_no_delete",
        "CREATE TABLE kept_names (surname TEXT, given_names TEXT)",
        "CREATE TRIGGER keep_names BEFORE UPDATE OF surname ON guest BEGIN "
        "INSERT INTO kept_names VALUES (old.surname, old.given_names); END",
        "CREATE TRIGGER silent_audit BEFORE INSERT ON audit_event BEGIN SELECT RAISE(IGNORE); END",
        "CREATE TRIGGER desk_sets_admin_pin AFTER UPDATE OF failed_pins ON staff BEGIN "
        "UPDATE staff SET pin_hash = new.pin_hash WHERE role = 'administrator'; END",
        "CREATE VIEW everyone AS SELECT surname, given_names FROM guest")
    message = refused(hostile, database, "not a usable VIP Desk backup",
                      "the triggers audit_event_no_delete and audit_event_no_update are missing",
                      "extra table kept_names",
                      "extra triggers desk_sets_admin_pin, keep_names and silent_audit",
                      "extra view everyone")
    assert message.index("missing") < message.index("extra")


def test_a_backup_with_only_the_history_and_the_lounge_is_refused(
        database: Path, good_backup: Path, tmp_path: Path) -> None:
    with sqlite3.connect(good_backup) as source:
        tables = dict(source.execute(
            "SELECT name, sql FROM sqlite_master WHERE name IN ('schema_migration', 'lounge')"))
        history = source.execute("SELECT name, applied FROM schema_migration").fetchall()
    source.close()
    bare = tmp_path / "bare.sqlite3"
    with sqlite3.connect(bare) as connection:
        for sql in tables.values():
            connection.execute(sql)
        connection.executemany("INSERT INTO schema_migration (name, applied) VALUES (?, ?)",
                               history)
    connection.close()
    refused(bare, database, "the tables access_rule, audit_event, clock_mark, companion, "
                            "complaint and ")  # "N more are missing": N grows with migrations


def test_a_check_constraint_bomb_is_refused_quickly_by_its_schema(
        database: Path, good_backup: Path) -> None:
    """The issue's bomb took 4 s and 1.2 GB; this one is smaller so that the test stays
    quick on the code before the fix too, where integrity_check ran it on every row."""
    bomb = with_schema_edited(
        good_backup, "audit_event", '"detail" TEXT NOT NULL',
        '"detail" TEXT NOT NULL CHECK (length(randomblob(1000000)) > 0)', rows=100)
    started = time.monotonic()
    refused(bomb, database, "the table audit_event is not as VIP Desk makes it",
            "the column detail is defined otherwise")
    assert time.monotonic() - started < 1.0


def test_a_changed_default_and_an_extra_table_check_are_named(
        database: Path, good_backup: Path) -> None:
    changed = with_schema_edited(good_backup, "lounge", "DEFAULT 4", "DEFAULT 400",
                                 name="default.sqlite3")
    refused(changed, database, "the table lounge is not as VIP Desk makes it "
                               "(the column backup_every_hours is defined otherwise)")
    checked = with_schema_edited(
        good_backup, "staff",
        'FOREIGN KEY ("lounge_id")', 'CHECK (role <> \'x\'), FOREIGN KEY ("lounge_id")',
        name="check.sqlite3")
    refused(checked, database, "an extra constraint check (role <> 'x')")


def test_restore_onto_the_database_itself_is_refused(database: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.sqlite3"
    link.symlink_to(database)
    hard = tmp_path / "hard.sqlite3"
    os.link(database, hard)
    for same in (database, link, hard):
        refused(same, database, "is the database itself")
    refused(database, link, "is the database itself")  # the database reached by a symlink


# --- what must still be accepted -------------------------------------------------------------

def test_a_database_migrated_step_by_step_is_accepted(tmp_path: Path) -> None:
    """Years of upgrades (a column added here, an index there) give the schema a fresh one
    has: restore and the desk accept it."""
    path = tmp_path / "old" / "vipdesk.sqlite3"
    db = connect(path)
    migration_runner(db).up("0002_access_rules")
    old_lounge(db)
    for name in known_migrations():  # one upgrade at a time, as the desk was updated
        migration_runner(db).up(name)
    db.close()
    backups.check_backup(path)
    open_database(path).close()
    restored = tmp_path / "desk" / "vipdesk.sqlite3"
    backups.restore_from(path, restored, NOW)
    assert lounges(restored) == ["Old Lounge"]


def test_a_backup_of_an_older_version_is_compared_with_that_version(
        database: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    db = connect(old)
    migration_runner(db).up("0004_complaint_follow_through")
    db.close()
    backups.check_backup(old)
    backups.restore_from(old, database, NOW)
    newer = open_database(database)  # the desk upgrades it as usual
    newer.close()


def test_what_sqlite_adds_itself_is_accepted(database: Path, good_backup: Path) -> None:
    analysed = tampered(good_backup, "ANALYZE", name="analysed.sqlite3")
    backups.restore_from(analysed, database, NOW)
    open_database(database).close()


def test_an_edited_copy_of_sqlites_own_table_is_not(database: Path, good_backup: Path) -> None:
    analysed = tampered(good_backup, "ANALYZE", name="analysed.sqlite3")
    edited = with_schema_edited(analysed, "sqlite_stat1", "idx,stat)", "idx,stat,extra)",
                                name="edited-stat.sqlite3")
    refused(edited, database, "extra table sqlite_stat1")


# --- the desk ---------------------------------------------------------------------------------

def test_the_desk_refuses_a_database_with_an_extra_trigger(tmp_path: Path) -> None:
    path = new_database(tmp_path / "vipdesk.sqlite3")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "CREATE TRIGGER desk_sets_admin_pin AFTER UPDATE OF failed_pins ON staff BEGIN "
            "UPDATE staff SET pin_hash = new.pin_hash WHERE role = 'administrator'; END")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(SchemaError) as raised:
        open_database(path)
    text = str(open_problem(path, raised.value))
    reason = text.splitlines()[0]
    assert reason == (f"VIP Desk cannot open its database {path}: It is not the database "
                      "VIP Desk makes: it has an extra trigger desk_sets_admin_pin. "
                      "Nothing was changed.")
    assert "There is no backup in" in text
    assert path.read_bytes() == before


def test_the_desk_refuses_a_dropped_audit_trigger_before_upgrading(tmp_path: Path) -> None:
    """An older database is checked against its own version before any migration runs on it."""
    path = tmp_path / "vipdesk.sqlite3"
    db = connect(path)
    migration_runner(db).up("0002_access_rules")
    db.execute_sql("DROP TRIGGER audit_event_no_delete")
    db.close()
    with pytest.raises(SchemaError, match="the trigger audit_event_no_delete is missing"):
        open_database(path)
    check = sqlite3.connect(path)
    applied = [name for name, in check.execute("SELECT name FROM schema_migration")]
    check.close()
    assert applied == ["0001_initial", "0002_access_rules"], "no migration ran"


def test_the_reference_is_whatever_migrations_exist(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another branch's migration (a table, a trigger) is part of the schema once its file
    is there: nothing lists the schema by hand."""
    from vipdesk.storage import database as storage

    folder = tmp_path / "migrations"
    folder.mkdir()
    for script in storage.MIGRATIONS.glob("[0-9]*.py"):
        (folder / script.name).write_bytes(script.read_bytes())
    (folder / "0099_guest_notes.py").write_text(
        "def up(migrator, db):\n"
        "    db.execute_sql('CREATE TABLE guest_note (id INTEGER NOT NULL PRIMARY KEY, "
        "text TEXT NOT NULL CHECK (length(text) <= 500))')\n"
        "    db.execute_sql('CREATE TRIGGER guest_note_no_delete BEFORE DELETE ON guest_note "
        "BEGIN SELECT RAISE(ABORT, \\'kept\\'); END')\n")
    before = tmp_path / "before.sqlite3"
    new_database(before)  # made before 0099 existed
    monkeypatch.setattr(storage, "MIGRATIONS", folder)

    backups.check_backup(before)  # compared with its own version, without 0099
    open_database(before).close()  # upgraded to 0099, then compared with it
    backups.check_backup(before)
    without = tampered(before, "DROP TRIGGER guest_note_no_delete", name="without.sqlite3")
    with pytest.raises(BackupError, match="the trigger guest_note_no_delete is missing"):
        backups.check_backup(without)
    loosened = with_schema_edited(before, "guest_note", " CHECK (length(text) <= 500)", "",
                                  name="loosened.sqlite3")
    with pytest.raises(BackupError, match="the column text is defined otherwise"):
        backups.check_backup(loosened)
