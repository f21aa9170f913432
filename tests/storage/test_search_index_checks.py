"""The complaints search index (migration 0013) under the schema and restore checks: its
FTS5 table, shadow tables and triggers are ours and accepted; a dropped trigger, another
tokenizer or a damaged index is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.old_database import old_staff
from tests.storage.test_backup import NOW, lounges, new_database
from tests.storage.test_hostile_restore import refused, tampered, with_schema_edited
from vipdesk.storage import backup as backups
from vipdesk.storage.database import SchemaMismatch, connect, open_database


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = new_database(tmp_path / "desk" / "vipdesk.sqlite3")
    db = connect(path)
    old_staff(db, "Mette Desk", "front_desk", "2026-01-01 00:00:00")
    for n in range(40):
        db.execute_sql(
            "INSERT INTO complaint (lounge_id, channel, kind, category, severity, status,"
            " guest_words, guest_expects, apologised, immediate_action, compensation_kind,"
            " compensation_value, department, escalated, promise_how, promise_outcome,"
            " resolution, created_at, created_by_id) VALUES (1, 'in_person', 'complaint',"
            " 'other', 'low', 'new', ?, '', 0, '', '', 0, 'front_desk', 0, '', '', '',"
            " '2026-01-01 08:00:00', 1)", (f"Kaffen på Ærø var kold, nummer {n}",))
    db.close()
    return path


@pytest.fixture
def good_backup(database: Path, tmp_path: Path) -> Path:
    return backups.backup_to(database, tmp_path / "good.sqlite3")


def test_a_database_with_the_search_index_is_accepted_and_restored(
        database: Path, good_backup: Path, tmp_path: Path) -> None:
    backups.check_backup(good_backup)
    restored = tmp_path / "other" / "vipdesk.sqlite3"
    backups.restore_from(good_backup, restored, NOW)
    assert lounges(restored) == ["Nordic Lounge"]
    open_database(restored).close()


def test_a_backup_without_a_search_trigger_is_refused(
        database: Path, good_backup: Path) -> None:
    hostile = tampered(good_backup, "DROP TRIGGER complaint_search_update")
    refused(hostile, database, "the trigger complaint_search_update is missing")


def test_a_backup_whose_index_folds_otherwise_is_refused(
        database: Path, good_backup: Path) -> None:
    edited = with_schema_edited(good_backup, "complaint_search", "remove_diacritics 2",
                                "remove_diacritics 0")
    refused(edited, database, "the table complaint_search is not as VIP Desk makes it")


def test_a_backup_with_a_damaged_search_index_is_refused(
        database: Path, good_backup: Path) -> None:
    """PRAGMA integrity_check finds nothing wrong (the pages are sound); FTS5's own check
    on the copy does, before anything of the desk's folder changes."""
    damaged = tampered(good_backup, "UPDATE complaint_search_data"
                                    " SET block = zeroblob(length(block)) WHERE id > 10")
    backups.check_backup(damaged)  # the read-only checks cannot see into the index
    refused(damaged, database, "could not be restored")


def test_the_desk_refuses_a_database_without_a_search_trigger(database: Path) -> None:
    db = connect(database)
    db.execute_sql("DROP TRIGGER complaint_search_insert")
    db.close()
    with pytest.raises(SchemaMismatch, match="complaint_search_insert is missing"):
        open_database(database)
