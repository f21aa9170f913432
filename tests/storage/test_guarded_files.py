"""The one rule for the files the desk writes and reads: what is refused, what a write leaves."""

from __future__ import annotations

import datetime as dt
import os
import socket
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from vipdesk.storage import backup as backups
from vipdesk.storage.backup import BackupError
from vipdesk.storage.database import open_database
from vipdesk.storage.guarded_files import (
    FileRefused,
    Refusal,
    Replace,
    check_output,
    check_outputs,
    read_small_file,
    write_file,
)

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def refusal(path: Path, replace: Replace = Replace.NOTHING) -> Refusal:
    with pytest.raises(FileRefused) as refused:
        check_output(path, replace)
    assert str(path) in str(refused.value) and "\n" not in str(refused.value)
    return refused.value.refusal


def a_database(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    return path


def test_a_new_file_is_written_whole_and_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "card.pdf"
    assert write_file(target, b"%PDF-1.4 card") == target
    assert target.read_bytes() == b"%PDF-1.4 card"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["card.pdf"], "no temporary file left"


def test_an_existing_file_is_replaced_only_when_allowed(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_text("old")
    target.chmod(0o644)
    assert refusal(target) is Refusal.EXISTS
    with pytest.raises(FileRefused):
        write_file(target, b"new")
    assert target.read_text() == "old"
    write_file(target, b"new", Replace.FILE)
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o600


def test_what_is_no_regular_file_is_refused_whatever_may_be_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "nowhere")
    listening = socket.socket(socket.AF_UNIX)
    sock = tmp_path / "s"
    listening.bind(str(sock))
    try:
        for replace in Replace:
            assert refusal(folder, replace) is Refusal.DIRECTORY
            assert refusal(fifo, replace) is Refusal.FIFO
            assert refusal(link, replace) is Refusal.SYMLINK
            assert refusal(sock, replace) is Refusal.SOCKET
            if Path("/dev/null").exists():
                assert refusal(Path("/dev/null"), replace) is Refusal.DEVICE
    finally:
        listening.close()
    assert refusal(tmp_path / "no" / "x.pdf") is Refusal.NO_FOLDER


def test_a_database_is_refused_unless_it_is_the_rotations_own_and_closed(tmp_path: Path) -> None:
    old = a_database(tmp_path / "vipdesk-20261122-080000.sqlite3")
    assert refusal(old) is Refusal.DATABASE
    assert refusal(old, Replace.FILE) is Refusal.DATABASE
    check_output(old, Replace.OWN_BACKUP)
    Path(f"{old}-wal").write_bytes(b"")  # some desk has it open
    assert refusal(old, Replace.OWN_BACKUP) is Refusal.DATABASE_OPEN


def test_a_database_is_known_by_its_header_whatever_its_name(tmp_path: Path) -> None:
    disguised = a_database(tmp_path / "report.pdf")
    assert refusal(disguised, Replace.FILE) is Refusal.DATABASE


@pytest.mark.parametrize("part", ["-wal", "-shm", "-journal", ".lock"])
def test_a_database_in_use_and_its_side_files_are_refused(tmp_path: Path, part: str) -> None:
    live = tmp_path / "vipdesk.sqlite3"
    live.write_bytes(b"")  # empty: no header yet, but a desk has it open
    side = Path(f"{live}{part}")
    side.write_bytes(b"\x37\x7f\x06\x82")
    assert refusal(live, Replace.OWN_BACKUP) is Refusal.DATABASE_OPEN
    side.unlink()
    a_database(live)
    side.write_bytes(b"")
    assert refusal(side, Replace.FILE) in (Refusal.DATABASE_PART, Refusal.DATABASE_OPEN)


def test_two_outputs_naming_one_file_are_refused(tmp_path: Path) -> None:
    one = tmp_path / "a.pdf"
    with pytest.raises(FileRefused) as refused:
        check_outputs([one, tmp_path / "." / "a.pdf"])
    assert refused.value.refusal is Refusal.SAME_FILE
    one.write_text("x")
    os.link(one, tmp_path / "b.csv")
    with pytest.raises(FileRefused) as refused:
        check_outputs([one, tmp_path / "b.csv"], Replace.FILE)
    assert refused.value.refusal is Refusal.SAME_FILE
    check_outputs([one, tmp_path / "c.csv"], Replace.FILE)


def test_a_file_that_appears_meanwhile_is_not_replaced(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The check passes, then another program writes the name: the link into place fails."""
    from vipdesk.storage import guarded_files
    target = tmp_path / "report.pdf"
    checks = []

    def check_then_race(path: Path, replace: Replace = Replace.NOTHING) -> None:
        checks.append(path)
        if len(checks) == 2:
            target.write_text("theirs")

    monkeypatch.setattr(guarded_files, "check_output", check_then_race)
    with pytest.raises(FileRefused) as refused:
        write_file(target, b"ours")
    assert refused.value.refusal is Refusal.EXISTS
    assert target.read_text() == "theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


# --- backups through the rule ------------------------------------------------------------------

@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "desk" / "vipdesk.sqlite3"
    db = open_database(path)
    db.execute_sql(
        "INSERT INTO lounge (name, airport, timezone, wifi_network, wifi_password,"
        " fatigue_minutes, amber_minutes, escalate_after_minutes, boarding_reminder_minutes,"
        " idle_lock_minutes, retention_days, created_at)"
        " VALUES ('Nordic Lounge', 'CPH', 'Europe/Copenhagen', '', '', 15, 10, 5, 20, 5, 90,"
        " '2026-01-01 00:00:00')")
    db.close()
    return path


def test_the_rotation_replaces_its_own_closed_backup_but_not_an_open_one(
        database: Path, tmp_path: Path) -> None:
    made = backups.run_scheduled_backup(database, backups.default_backup_folder(database), NOW)
    assert made.made is not None and stat.S_IMODE(made.made.stat().st_mode) == 0o600
    folder = backups.default_backup_folder(database)
    name = folder / backups.backup_name(NOW + dt.timedelta(hours=4))
    a_database(name)  # a backup of that very second exists already (another desk's run)
    assert backups.backup_to(database, name, replace=Replace.OWN_BACKUP) == name
    backups.check_backup(name)  # the new copy, not the stranger that had the name
    assert stat.S_IMODE(name.stat().st_mode) == 0o600
    Path(f"{name}-wal").write_bytes(b"")
    with pytest.raises(BackupError, match="open"):
        backups.backup_to(database, name, replace=Replace.OWN_BACKUP)


def test_a_backup_to_a_live_database_is_refused_while_it_is_written(
        database: Path, tmp_path: Path) -> None:
    live = a_database(tmp_path / "live.sqlite3")
    stop, confirmed = threading.Event(), []

    def other_desk() -> None:
        connection = sqlite3.connect(live, isolation_level=None, timeout=10)
        connection.execute("PRAGMA journal_mode=WAL")
        n = 0
        while not stop.is_set() or n < 40:
            n += 1
            connection.execute("INSERT INTO t VALUES (?)", (n,))
            confirmed.append(n)
        connection.close()

    writer = threading.Thread(target=other_desk, daemon=True)
    writer.start()
    try:
        for replace in Replace:
            with pytest.raises(BackupError, match="database"):
                backups.backup_to(database, live, replace=replace)
    finally:
        stop.set()
        writer.join(timeout=30)
    connection = sqlite3.connect(live)
    assert {x for x, in connection.execute("SELECT x FROM t")} == set(confirmed)
    connection.close()


# --- reading -----------------------------------------------------------------------------------

def test_a_small_regular_file_is_read_through_a_link_too(tmp_path: Path) -> None:
    real = tmp_path / "departures.csv"
    real.write_bytes(b"flight,departure\nSK1,09:00\n")
    link = tmp_path / "today.csv"
    link.symlink_to(real)
    assert read_small_file(link, 1000) == real.read_bytes()


def test_a_file_over_the_limit_is_refused_and_says_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(FileRefused) as refused:
        read_small_file(big, 1000)
    assert refused.value.refusal is Refusal.TOO_LARGE and "1,000 bytes" in str(refused.value)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused_before_it_is_read(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    with pytest.raises(FileRefused) as refused:
        read_small_file(Path(device), 1000)
    assert refused.value.refusal is Refusal.DEVICE and refused.value.reading


def test_a_fifo_is_refused_at_once_with_no_writer(tmp_path: Path) -> None:
    """Opening a FIFO for reading waits for a writer: the test's timer is that writer, so a
    reader that opened it would be let go, and the test fails instead of hanging."""
    fifo = tmp_path / "departures.csv"
    os.mkfifo(fifo)
    rescued = threading.Event()

    def rescue() -> None:
        rescued.set()
        handle = os.open(fifo, os.O_WRONLY)
        os.close(handle)

    timer = threading.Timer(10, rescue)
    timer.daemon = True
    timer.start()
    try:
        with pytest.raises(FileRefused) as refused:
            read_small_file(fifo, 1000)
    finally:
        timer.cancel()
    assert not rescued.is_set(), "the read waited on the FIFO"
    assert refused.value.refusal is Refusal.FIFO
