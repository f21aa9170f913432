"""Backups are made with the online backup API, checked, rotated, and restore what they hold."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import engine
from vipdesk.storage import backup as backups
from vipdesk.storage.backup import BackupError, BackupPolicy
from vipdesk.storage.database import open_database

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # a Monday
MINUTE, HOUR, DAY = dt.timedelta(minutes=1), dt.timedelta(hours=1), dt.timedelta(days=1)


def new_database(path: Path, lounge: str = "Nordic Lounge") -> Path:
    """A VIP Desk database at the newest schema with one lounge, closed again."""
    db = open_database(path)
    db.execute_sql(
        "INSERT INTO lounge (name, airport, timezone, wifi_network, wifi_password,"
        " fatigue_minutes, amber_minutes, escalate_after_minutes, boarding_reminder_minutes,"
        " idle_lock_minutes, retention_days, created_at)"
        " VALUES (?, 'CPH', 'Europe/Copenhagen', '', '', 15, 10, 5, 20, 5, 90,"
        " '2026-01-01 00:00:00')", (lounge,))
    db.close()
    return path


def lounges(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        names = [name for name, in connection.execute("SELECT name FROM lounge ORDER BY id")]
    connection.close()
    return names


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return new_database(tmp_path / "desk" / "vipdesk.sqlite3")


# --- making a backup ---------------------------------------------------------------------------

def test_a_backup_is_one_checked_file_without_a_write_ahead_log(
        database: Path, tmp_path: Path) -> None:
    out = tmp_path / "copies" / "nightly.sqlite3"
    out.parent.mkdir()
    assert backups.backup_to(database, out) == out

    assert files_in(out.parent) == {"nightly.sqlite3"}  # no temporary file, no -wal, no -shm
    header = out.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert header[18:20] == b"\x01\x01"  # rollback journal: the file alone is the database
    assert integrity(out) == "ok"
    assert lounges(out) == ["Nordic Lounge"]
    backups.check_backup(out)


def test_a_backup_can_be_taken_through_the_desks_own_connection(
        db: object, lounge: object, tmp_path: Path) -> None:
    if engine.ON_POSTGRES:  # the server's own tools, said plainly, and no file left behind
        with pytest.raises(BackupError, match="pg_dump"):
            backups.backup_to(db, tmp_path / "live.sqlite3")  # type: ignore[arg-type]
        assert not (tmp_path / "live.sqlite3").exists()
        return
    out = backups.backup_to(db, tmp_path / "live.sqlite3")  # type: ignore[arg-type]
    assert lounges(out) == ["Nordic Lounge"]


def test_backing_up_what_is_not_a_vip_desk_database_leaves_nothing(tmp_path: Path) -> None:
    stranger = tmp_path / "other.sqlite3"
    with sqlite3.connect(stranger) as connection:
        connection.execute("CREATE TABLE notes (text)")
    connection.close()
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    with pytest.raises(BackupError, match="not a VIP Desk database"):
        backups.backup_to(stranger, out_folder / "x.sqlite3")
    with pytest.raises(BackupError, match="no database at"):
        backups.backup_to(tmp_path / "missing.sqlite3", out_folder / "y.sqlite3")
    with pytest.raises(BackupError, match="does not exist"):
        backups.backup_to(stranger, tmp_path / "nowhere" / "z.sqlite3")
    assert files_in(out_folder) == set()
    assert not (tmp_path / "missing.sqlite3").exists()  # never created by looking


class Writer(threading.Thread):
    """Commits one row after another on its own connection until told to stop."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.committed: list[int] = []
        self.lock = threading.Lock()
        self.warmed_up = threading.Event()
        self.stop = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            connection = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            n = 0
            while not self.stop.is_set():
                n += 1
                connection.execute("BEGIN IMMEDIATE")
                connection.execute(
                    "INSERT INTO audit_event (at, action, entity, entity_id, detail)"
                    " VALUES ('2026-11-23 08:00:00', 'test.write', 'row', ?, ?)", (n, "x" * 200))
                connection.execute("COMMIT")
                with self.lock:
                    self.committed.append(n)
                if n == 200:
                    self.warmed_up.set()
            connection.close()
        except BaseException as error:  # noqa: BLE001  (reported by the test)
            self.error = error
            self.warmed_up.set()

    def snapshot(self) -> list[int]:
        with self.lock:
            return list(self.committed)


@pytest.fixture
def big_database(database: Path) -> Path:
    """About 5 MB, so that a backup takes long enough for many commits to land during it."""
    with sqlite3.connect(database) as connection:
        connection.executemany(
            "INSERT INTO audit_event (at, action, entity, entity_id, detail)"
            " VALUES ('2026-01-01 00:00:00', 'history', 'row', ?, ?)",
            ((n, f"{n:08d}" * 64) for n in range(10_000)))
    connection.close()
    return database


@pytest.fixture
def writer(big_database: Path) -> Iterator[Writer]:
    thread = Writer(big_database)
    thread.start()
    yield thread
    thread.stop.set()
    thread.join(timeout=30)


def test_a_backup_taken_during_heavy_writing_restores_every_row_committed_before_it(
        big_database: Path, writer: Writer, tmp_path: Path) -> None:
    assert writer.warmed_up.wait(timeout=30)
    assert writer.error is None
    committed_before = writer.snapshot()

    out = backups.backup_to(big_database, tmp_path / "during.sqlite3")
    committed_after = writer.snapshot()
    writer.stop.set()
    writer.join(timeout=30)
    assert writer.error is None
    assert len(committed_after) > len(committed_before)  # the desk kept writing meanwhile

    restored = tmp_path / "restored" / "vipdesk.sqlite3"
    assert backups.restore_from(out, restored, NOW) is None  # nothing was there to keep aside
    assert integrity(restored) == "ok"
    connection = sqlite3.connect(restored)
    rows = {n for n, in connection.execute(
        "SELECT entity_id FROM audit_event WHERE action = 'test.write'")}
    history = connection.execute(
        "SELECT COUNT(*) FROM audit_event WHERE action = 'history'").fetchone()[0]
    connection.close()
    assert set(committed_before) <= rows
    assert rows <= set(committed_after)  # and nothing that was never committed
    assert rows == set(range(1, len(rows) + 1))  # a prefix of the commits: one consistent moment
    assert history == 10_000


def test_the_scheduled_backup_runs_on_a_worker_thread_while_the_desk_writes(
        big_database: Path, writer: Writer, tmp_path: Path) -> None:
    assert writer.warmed_up.wait(timeout=30)
    result: list[backups.ScheduledBackup] = []
    worker = threading.Thread(target=lambda: result.append(backups.run_scheduled_backup(
        big_database, backups.default_backup_folder(big_database), NOW)))
    worker.start()
    worker.join(timeout=60)
    assert result and result[0].made is not None
    assert result[0].made.name == "vipdesk-20261123-080000.sqlite3"
    assert result[0].made.parent == big_database.parent / "backups"
    backups.check_backup(result[0].made)


# --- restoring ---------------------------------------------------------------------------------

def test_restore_puts_the_backup_in_place_and_keeps_the_current_database_aside(
        database: Path, tmp_path: Path) -> None:
    saved = backups.backup_to(database, tmp_path / "saved.sqlite3")
    db = open_database(database)  # the desk carries on and writes more
    db.execute_sql("UPDATE lounge SET name = 'Renamed after the backup'")
    db.close()

    aside = backups.restore_from(saved, database, NOW)

    assert aside == database.with_name("vipdesk.before-restore-20261123-080000.sqlite3")
    assert lounges(database) == ["Nordic Lounge"]
    assert lounges(aside) == ["Renamed after the backup"]
    assert integrity(aside) == "ok"
    assert files_in(database.parent) == {"vipdesk.sqlite3", aside.name}
    reopened = open_database(database)  # the desk starts on it as usual
    assert reopened.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    reopened.close()

    # Restoring again in the same second keeps both earlier databases.
    second = backups.restore_from(saved, database, NOW)
    assert second is not None and second != aside and second.exists() and aside.exists()


def _refusal(backup: Path, database: Path, match: str) -> None:
    before = {p.name: p.read_bytes() for p in database.parent.iterdir()}
    with pytest.raises(BackupError, match=match):
        backups.restore_from(backup, database, NOW)
    assert {p.name: p.read_bytes() for p in database.parent.iterdir()} == before


def test_restore_refuses_a_text_file(database: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("Dear lounge, this is not a database.\n" * 50)
    _refusal(text, database, "not an SQLite database")


def test_restore_refuses_a_database_that_is_not_ours(database: Path, tmp_path: Path) -> None:
    stranger = tmp_path / "browser-history.sqlite3"
    with sqlite3.connect(stranger) as connection:
        connection.execute("CREATE TABLE lounge (name)")  # even with a table of the same name
    connection.close()
    _refusal(stranger, database, "not a VIP Desk database")


def test_restore_refuses_a_truncated_backup(database: Path, tmp_path: Path) -> None:
    saved = backups.backup_to(database, tmp_path / "saved.sqlite3")
    data = saved.read_bytes()
    for keep in (len(data) // 2, 100, 20):
        truncated = tmp_path / f"truncated-{keep}.sqlite3"
        truncated.write_bytes(data[:keep])
        _refusal(truncated, database, "not a usable VIP Desk backup|not an SQLite database")


def test_restore_refuses_a_backup_from_a_newer_vip_desk(database: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    new_database(newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("INSERT INTO schema_migration (name, applied) "
                           "VALUES ('9999_from_the_future', '2030-01-01')")
    connection.close()
    _refusal(newer, database, "newer VIP Desk")


def test_restore_refuses_a_missing_file(database: Path, tmp_path: Path) -> None:
    _refusal(tmp_path / "nothing-here.sqlite3", database, "There is no file")


def test_restore_refuses_while_the_desk_has_the_database_open(
        database: Path, tmp_path: Path) -> None:
    saved = backups.backup_to(database, tmp_path / "saved.sqlite3")
    desk = open_database(database)
    try:
        desk.execute_sql("SELECT COUNT(*) FROM lounge").fetchone()
        with pytest.raises(BackupError, match="open in another program"):
            backups.restore_from(saved, database, NOW)
        assert not list(database.parent.glob("*before-restore*"))
        assert not list(database.parent.glob(".vipdesk-copy-*"))
    finally:
        desk.close()


def test_a_damaged_database_is_renamed_aside_with_its_log(database: Path, tmp_path: Path) -> None:
    saved = backups.backup_to(database, tmp_path / "saved.sqlite3")
    database.write_bytes(b"\x00garbage" * 1000)
    Path(f"{database}-wal").write_bytes(b"old log")

    aside = backups.restore_from(saved, database, NOW)

    assert aside is not None and aside.read_bytes() == b"\x00garbage" * 1000
    assert Path(f"{aside}-wal").read_bytes() == b"old log"
    assert not Path(f"{database}-wal").exists()
    assert lounges(database) == ["Nordic Lounge"]


# --- rotation ----------------------------------------------------------------------------------

def every(hours: float, back: dt.timedelta, until: dt.datetime = NOW) -> list[dt.datetime]:
    stamps, moment = [], until
    while moment > until - back:
        stamps.append(moment)
        moment -= dt.timedelta(hours=hours)
    return stamps


def test_rotation_keeps_the_last_day_then_daily_then_weekly() -> None:
    stamps = every(4, 200 * DAY)
    keep = backups.backups_to_keep(stamps, NOW, BackupPolicy())

    assert {s for s in stamps if s > NOW - 24 * HOUR} <= keep
    older = sorted(s for s in keep if s <= NOW - 24 * HOUR)
    days = {s.date() for s in keep}
    # 14 days (today included) each keep their newest; before that, one per ISO week.
    assert {NOW.date() - n * DAY for n in range(14)} <= days
    for day in {NOW.date() - n * DAY for n in range(14)}:
        assert max(s for s in stamps if s.date() == day) in keep
    mondays = {s.date() - dt.timedelta(days=s.weekday()) for s in keep}
    assert mondays == {NOW.date() - dt.timedelta(weeks=n) for n in range(8)}
    oldest_week = NOW.date() - dt.timedelta(weeks=7)
    assert min(keep).date() == oldest_week + dt.timedelta(days=6)  # that Sunday's last backup
    assert max(s for s in stamps if s.date() == oldest_week + dt.timedelta(days=6)) == min(keep)
    # The last 24 h, 12 more days, 5 more weeks, and the 24-hour-old one: the newest seven
    # are kept whatever the schedule says.
    assert len(keep) == 6 + 12 + 5 + 1
    assert all(s in stamps for s in older)


def test_rotation_of_an_empty_or_sparse_history() -> None:
    assert backups.backups_to_keep([], NOW, BackupPolicy()) == set()
    # The desk was switched off for a while: a backup 3 days old and one 40 days old.
    sparse = [NOW - 3 * DAY, NOW - 40 * DAY, NOW - 200 * DAY]
    assert backups.backups_to_keep(sparse, NOW, BackupPolicy(keep_newest=1)) == {
        NOW - 3 * DAY, NOW - 40 * DAY}
    assert backups.backups_to_keep(sparse, NOW, BackupPolicy()) == set(sparse), \
        "the newest seven stay whatever the schedule says"


def test_rotation_never_keeps_a_backup_older_than_the_retention_period() -> None:
    stamps = every(24, 60 * DAY)
    keep = backups.backups_to_keep(stamps, NOW, BackupPolicy(max_age_days=30))
    assert keep and min(keep) >= NOW - 30 * DAY


def test_rotation_keeps_a_backup_dated_in_the_future() -> None:
    """A clock that was wrong once: never delete what we cannot place."""
    assert NOW + 2 * DAY in backups.backups_to_keep([NOW + 2 * DAY], NOW, BackupPolicy())
    assert backups.backup_due([NOW + 2 * DAY], NOW, 4)


@pytest.mark.parametrize("stamps, due", [
    ([], True), ([NOW - 3 * HOUR], False), ([NOW - 4 * HOUR], True),
    ([NOW - 30 * DAY, NOW - HOUR], False), ([NOW - 5 * HOUR, NOW - 9 * HOUR], True),
])
def test_a_backup_is_due_when_the_newest_is_every_hours_old(
        stamps: list[dt.datetime], due: bool) -> None:
    assert backups.backup_due(stamps, NOW, 4) is due


@pytest.mark.parametrize("stamps, due", [
    ([], True), ([NOW - 2 * HOUR], True), ([NOW - 10 * MINUTE], True),
    ([NOW - 5 * MINUTE], False), ([NOW - 2 * HOUR, NOW - 9 * MINUTE], False),
    ([NOW + 2 * DAY], True),
])
def test_at_start_up_a_backup_is_due_unless_one_is_under_ten_minutes_old(
        stamps: list[dt.datetime], due: bool) -> None:
    assert backups.START_UP_GAP == 10 * MINUTE
    assert backups.backup_due(stamps, NOW, 4, at_start_up=True) is due


def test_a_desk_restarted_three_times_in_a_row_makes_one_start_up_backup(
        database: Path) -> None:
    folder = backups.default_backup_folder(database)
    two_hours_ago = backups.run_scheduled_backup(database, folder, NOW - 2 * HOUR).made
    assert backups.run_scheduled_backup(database, folder, NOW).made is None, "not due by the timer"
    made = [backups.run_scheduled_backup(database, folder, NOW + n * 2 * MINUTE,
                                         at_start_up=True).made for n in range(3)]
    assert made == [folder / "vipdesk-20261123-080000.sqlite3", None, None]
    assert set(backups.backups_in(folder).values()) == {two_hours_ago, made[0]}


def test_backup_names_carry_the_utc_time() -> None:
    local = NOW.astimezone(dt.timezone(dt.timedelta(hours=1)))
    assert backups.backup_name(local) == "vipdesk-20261123-080000.sqlite3"
    assert backups.backup_time("vipdesk-20261123-080000.sqlite3") == NOW
    for other in ("vipdesk-20261399-080000.sqlite3", "vipdesk.sqlite3", "notes.txt",
                  "vipdesk-20261123-080000.sqlite3-wal"):
        assert backups.backup_time(other) is None
    with pytest.raises(ValueError):
        backups.backup_name(NOW.replace(tzinfo=None))


def test_two_databases_in_one_folder_keep_their_own_backups(tmp_path: Path) -> None:
    """A training database beside the live one: neither rotates the other's backups away."""
    live, training = tmp_path / "vipdesk.sqlite3", tmp_path / "training.sqlite3"
    new_database(live)
    new_database(training)
    folder = backups.default_backup_folder(live)
    assert folder == backups.default_backup_folder(training)
    made = backups.run_scheduled_backup(training, folder, NOW - 60 * DAY).made
    for n in reversed(range(30)):  # then a month of the live desk's daily backups
        backups.run_scheduled_backup(live, folder, NOW - n * DAY)
    live_backups = backups.backups_in(folder)
    assert len(live_backups) == len(backups.backups_to_keep(live_backups, NOW, BackupPolicy()))
    assert backups.backups_in(folder, "training") == {NOW - 60 * DAY: made}, \
        "the live desk's rotation left the training database's backup alone"
    assert backups.run_scheduled_backup(training, folder, NOW).made is not None
    assert backups.backups_in(folder) == live_backups, "and the other way round"
    assert backups.backup_time(made.name) is None, "not the live desk's"


def test_the_schedule_backs_up_when_due_and_prunes_by_file_name(
        database: Path) -> None:
    folder = backups.default_backup_folder(database)
    assert folder == database.parent / "backups"
    folder.mkdir()
    old = [folder / backups.backup_name(NOW - n * 7 * DAY - 3 * DAY) for n in range(12)]
    for path in old:
        path.write_bytes(b"an old backup")
    (folder / "README.txt").write_text("not ours")
    (folder / ".vipdesk-copy-abc.tmp").write_bytes(b"half a copy from a power cut")
    os.utime(folder / ".vipdesk-copy-abc.tmp", (NOW.timestamp() - 7200,) * 2)
    (folder / ".vipdesk-copy-now.tmp").write_bytes(b"a copy another command is writing")
    os.utime(folder / ".vipdesk-copy-now.tmp", (NOW.timestamp() - 60,) * 2)

    first = backups.run_scheduled_backup(database, folder, NOW)
    assert first.made == folder / "vipdesk-20261123-080000.sqlite3"
    backups.check_backup(first.made)
    assert set(first.deleted) == {p for p in old if p not in first.kept}
    assert len(first.deleted) == 12 - 7  # 8 weeks kept, this week's is the new backup
    assert not (folder / ".vipdesk-copy-abc.tmp").exists()
    assert (folder / ".vipdesk-copy-now.tmp").exists(), "a copy in progress is left alone"
    assert (folder / "README.txt").exists()

    later = backups.run_scheduled_backup(database, folder, NOW + 3 * HOUR)
    assert later.made is None and later.deleted == ()
    due = backups.run_scheduled_backup(database, folder, NOW + 4 * HOUR)
    assert due.made == folder / "vipdesk-20261123-120000.sqlite3"


def test_a_backup_that_would_take_more_than_half_the_free_space_is_refused(
        database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a nearly full disk the copy would leave the desk's check-ins no room."""
    import shutil
    folder = backups.default_backup_folder(database)
    size = database.stat().st_size
    usage = shutil.disk_usage(database.parent)
    monkeypatch.setattr(shutil, "disk_usage",
                        lambda path: usage._replace(free=size + size // 2))
    with pytest.raises(BackupError, match=r"Not enough free space .* Please ask IT"):
        backups.run_scheduled_backup(database, folder, NOW)
    assert backups.backups_in(folder) == {}
    assert not list(folder.glob(".vipdesk-copy-*"))
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage._replace(free=3 * size))
    assert backups.run_scheduled_backup(database, folder, NOW).made is not None


def test_backups_from_before_names_carried_the_database_stay_in_its_rotation(
        tmp_path: Path) -> None:
    """A lounge on cph.sqlite3 upgraded from when every backup was vipdesk-…: its old
    backups still expire with its retention, and the newest is still offered to restore."""
    from vipdesk.storage.open_problem import restore_advice

    database = tmp_path / "cph.sqlite3"
    new_database(database)
    folder = backups.default_backup_folder(database)
    folder.mkdir()
    old = backups.backup_to(database, folder / backups.backup_name(NOW - 200 * DAY))
    recent = backups.backup_to(database, folder / backups.backup_name(NOW - HOUR))
    assert f'restore "{recent}"' in str(restore_advice(database))

    done = backups.run_scheduled_backup(database, folder, NOW + 4 * HOUR,
                                        BackupPolicy(max_age_days=90, keep_newest=2))
    assert done.made == folder / "cph-20261123-120000.sqlite3"
    assert old in done.deleted and not old.exists(), "past retention: gone"
    assert recent.exists()


def test_old_vipdesk_backups_beside_a_vipdesk_database_are_left_to_it(tmp_path: Path) -> None:
    live, training = tmp_path / "vipdesk.sqlite3", tmp_path / "training.sqlite3"
    new_database(live)
    new_database(training)
    folder = backups.default_backup_folder(live)
    folder.mkdir()
    theirs = backups.backup_to(live, folder / backups.backup_name(NOW - 200 * DAY))
    backups.run_scheduled_backup(training, folder, NOW, BackupPolicy(max_age_days=90))
    assert theirs.exists()
