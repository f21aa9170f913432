"""A real disk that fills up, and a real folder that is read-only.

The other storage tests make SQLite refuse (``max_page_count``, ``query_only``); here
the kernel does: a small tmpfs is mounted in the test's folder and filled with a file
until SQLite's own writes fail with ENOSPC, or remounted read-only before the desk
starts. Needs the right to mount (root, as in CI); skipped elsewhere.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.desk_screen import open_desk
from tests.helpers.desk_start import start
from tests.robustness import kill_harness
from tests.robustness.test_disk_trouble import FULL, boarding_pass, scan_and_enter
from vipdesk.clock import FakeClock
from vipdesk.domain.pin import PinKey
from vipdesk.domain.vocabulary import Role
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.services import setup, staff
from vipdesk.services.session import Session
from vipdesk.storage.backup import BackupError, backup_to
from vipdesk.storage.database import open_database
from vipdesk.storage.models import AuditEvent, Staff, Visit

DISK_MB = 24


def mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, text=True)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    place = tmp_path / "lounge-disk"
    place.mkdir()
    try:
        mount("-t", "tmpfs", "-o", f"size={DISK_MB}m", "tmpfs", str(place))
    except (OSError, subprocess.CalledProcessError) as refused:
        pytest.skip(f"cannot mount a file system here: {refused}")
    yield place
    subprocess.run(["umount", "-l", str(place)], check=False, capture_output=True)


@pytest.fixture
def desk(qtbot, folder: Path, clock: FakeClock, pin_key: PinKey) -> Iterator[DeskScreen]:
    """The desk on a database in that folder: the kill harness's lounge, its agent signed in."""
    db_path = folder / "vipdesk.sqlite3"
    kill_harness.prepare(db_path)
    db = open_database(db_path)
    session = Session(db=db, clock=clock, pin_key=pin_key)
    session.lounge_id = setup.find_lounge(session).id
    agent = Staff.get(Staff.role == Role.FRONT_DESK)
    assert staff.sign_in(session, agent.id, kill_harness.DESK_PIN).ok
    yield open_desk(qtbot, session)
    db.close()


def fill(folder: Path, leave_bytes: int) -> Path:
    """A file that takes all but ``leave_bytes`` of the disk, as a runaway log would."""
    filler = folder / "someone-elses-big-file"
    stats = os.statvfs(folder)
    size = stats.f_bavail * stats.f_frsize - leave_bytes
    with filler.open("wb") as file:
        file.truncate(0)
        chunk = b"\0" * (1 << 20)
        while size > 0:
            file.write(chunk[: min(len(chunk), size)])
            size -= len(chunk)
    return filler


def test_a_disk_that_really_fills_up_gets_the_message_and_the_check_in_works_once_freed(
        qtbot, desk: DeskScreen, folder: Path) -> None:
    db_path = folder / "vipdesk.sqlite3"
    scan_and_enter(qtbot, desk, boarding_pass(1))
    assert "checked in" in desk.ui.deskMessage.text()
    desk.session.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the WAL must grow again
    filler = fill(folder, leave_bytes=8192)

    for number in range(2, 400):
        visits, audit = Visit.select().count(), AuditEvent.select().count()
        scan_and_enter(qtbot, desk, boarding_pass(number))
        if desk.ui.deskMessage.text().startswith(FULL):
            break
        assert "checked in" in desk.ui.deskMessage.text()
    else:
        pytest.fail("the disk never filled up")
    assert Visit.select().count() == visits and AuditEvent.select().count() == audit
    assert desk.ui.checkInButton.isEnabled(), "the guest is still at the desk, ready to retry"
    with pytest.raises(BackupError):  # nor does a backup fit; it leaves nothing behind
        backup_to(db_path, folder / "backup.sqlite3")
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".vipdesk")) == []

    filler.unlink()  # IT frees space; the agent presses Enter again
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    assert "checked in" in desk.ui.deskMessage.text()
    assert Visit.select().count() == visits + 1
    desk.session.db.execute_sql("PRAGMA wal_checkpoint(FULL)")
    verdict = kill_harness.verify(db_path)
    assert verdict.problems == [] and verdict.integrity == "ok"


def test_a_desk_started_on_a_read_only_folder_says_so_and_changes_nothing(
        qapp: QApplication, folder: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db_path = folder / "vipdesk.sqlite3"
    kill_harness.prepare(db_path)
    before = db_path.read_bytes()
    mount("-o", "remount,ro", str(folder))

    status, seen = start(qapp, db_path, clock, monkeypatch)

    assert status == 1
    err = capsys.readouterr().err
    assert "cannot write its lock file" in err and "read-only" in err and "Traceback" not in err
    assert seen == [err.strip()]
    assert db_path.read_bytes() == before
