"""One scheduled backup a day is checked as a restore checks it, and rotation never deletes
the newest backup a restore will accept (issue 12, review finding 2)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tests.storage.test_backup import DAY, HOUR, NOW, database  # noqa: F401 (a fixture)
from vipdesk.storage import backup as backups
from vipdesk.storage.backup import BackupError, BackupPolicy

TIGHT = BackupPolicy(every_hours=4, keep_daily=1, keep_weekly=1, keep_newest=1)


def dangle(path: Path) -> None:
    """A row pointing at a row that is not there: ``quick_check`` passes it, a restore's
    ``foreign_key_check`` does not (a tool, an old version, a bad index page)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(
            "INSERT INTO staff (lounge_id, name, role, active, failed_pins, created_at)"
            " VALUES (999, 'Nobody', 'front_desk', 1, 0, '2026-01-01 00:00:00')")
        connection.commit()
    finally:
        connection.close()


def scheduled(db_file: Path, at: dt.datetime) -> backups.ScheduledBackup:
    return backups.run_scheduled_backup(db_file, db_file.parent / "backups", at, TIGHT)


def test_the_first_backup_of_a_day_is_checked_as_a_restore_checks_it(
        database: Path) -> None:  # noqa: F811
    assert scheduled(database, NOW).made is not None  # sound: checked thoroughly, kept
    dangle(database)

    later = scheduled(database, NOW + 5 * HOUR).made
    assert later is not None, "the same day: quick_check only, which cannot see it"

    with pytest.raises(BackupError, match="did not check out, so it was not kept"):
        scheduled(database, NOW + DAY + HOUR)
    with pytest.raises(BackupError, match="not a usable VIP Desk backup"):  # restore
        backups.check_backup(later)


def test_rotation_never_deletes_the_newest_backup_a_restore_accepts(
        database: Path) -> None:  # noqa: F811
    sound = scheduled(database, NOW).made
    dangle(database)
    folder = database.parent / "backups"
    for hours in (6, 12, 26):  # made by hand ("Back up now"): quick_check only
        moment = NOW + hours * HOUR
        backups.backup_to(database, folder / backups.backup_name(moment))

    done = scheduled(database, NOW + 27 * HOUR)  # not due: rotation only
    assert done.made is None
    assert sound is not None and sound.exists(), "the one backup a restore would accept"
    backups.check_backup(sound)
