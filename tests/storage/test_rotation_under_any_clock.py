"""Backup rotation cannot be talked into deleting every copy by a wrong clock (issue 16)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from tests.storage.test_backup import DAY, HOUR, MINUTE, NOW, new_database
from vipdesk.storage import backup as backups
from vipdesk.storage.backup import BackupPolicy

EVERY_4_HOURS_FOR_60_DAYS = [NOW - n * 4 * HOUR for n in range(6 * 60)]
CLOCKS = [NOW - 1000 * DAY, NOW - 30 * DAY, NOW - 2 * HOUR, NOW, NOW + 3 * DAY, NOW + 365 * DAY,
          NOW + 5000 * DAY]
POLICIES = [BackupPolicy(), BackupPolicy(max_age_days=1), BackupPolicy(keep_daily=1, keep_weekly=1)]


@pytest.mark.parametrize("now", CLOCKS)
@pytest.mark.parametrize("policy", POLICIES)
def test_the_newest_seven_are_kept_whatever_the_clock_says(
        now: dt.datetime, policy: BackupPolicy) -> None:
    stamps = EVERY_4_HOURS_FOR_60_DAYS
    keep = backups.backups_to_keep(stamps, now, policy)
    assert set(sorted(stamps)[-7:]) <= keep
    deleted = set(stamps) - keep
    assert not deleted or max(deleted) < max(keep), "nothing newer than the newest kept goes"


def test_backups_dated_in_the_future_do_not_crowd_out_the_real_ones() -> None:
    """A clock a year ahead made a day of backups; the clock is right again."""
    future = [NOW + 365 * DAY + n * 4 * HOUR for n in range(6)]
    real = [NOW - n * DAY for n in range(30)]
    keep = backups.backups_to_keep(future + real, NOW, BackupPolicy(max_age_days=1))
    assert set(future) <= keep, "nobody can tell how old they are"
    assert set(real[:7]) <= keep, "the newest seven real ones stay too"


def test_with_the_clock_in_doubt_a_backup_is_made_and_nothing_deleted(tmp_path: Path) -> None:
    database = new_database(tmp_path / "desk" / "vipdesk.sqlite3")
    folder = backups.default_backup_folder(database)
    made = [backups.run_scheduled_backup(database, folder, NOW - n * DAY).made
            for n in reversed(range(12))]
    leftover = folder / ".vipdesk-copy-abc.tmp"
    leftover.write_bytes(b"another desk's copy, written now by a clock that is right")
    os.utime(leftover, (NOW.timestamp(),) * 2)

    ahead = backups.run_scheduled_backup(database, folder, NOW + 365 * DAY,
                                         BackupPolicy(max_age_days=90), clock_agrees=False)

    assert ahead.made is not None and ahead.deleted == ()
    assert all(path.exists() for path in made) and leftover.exists()
    assert backups.run_scheduled_backup(database, folder, NOW + 365 * DAY + HOUR,
                                        clock_agrees=False).made is None, "not due yet"


def test_a_clock_far_behind_backs_up_on_the_interval_not_at_every_check(tmp_path: Path) -> None:
    """Every real backup is "in the future" to it: they must not make every check due."""
    database = new_database(tmp_path / "desk" / "vipdesk.sqlite3")
    folder = backups.default_backup_folder(database)
    for n in reversed(range(3)):
        backups.run_scheduled_backup(database, folder, NOW - n * DAY)
    behind = NOW - 365 * DAY
    first = backups.run_scheduled_backup(database, folder, behind, clock_agrees=False)
    checks = [backups.run_scheduled_backup(database, folder, behind + n * 10 * MINUTE,
                                           clock_agrees=False).made for n in range(1, 30)]
    assert first.made is not None
    assert [n for n, made in enumerate(checks, 1) if made] == [24], \
        "one more after four hours, not one per check"
    assert len(backups.backups_in(folder)) == 3 + 2
