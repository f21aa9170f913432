"""A second desk on the same database brings the first to the front instead of fighting it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.conftest import REPO
from vipdesk.gui.single_instance import SingleInstance, bring_to_front, lock_path, server_name

CRASHED_DESK = """
import os, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
os._exit(0)  # dies holding the lock, as in a power cut
"""

SECOND_DESK = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from vipdesk.gui.single_instance import SingleInstance
second = SingleInstance(Path(sys.argv[1]))
print(second.acquire(), second.ask_first_to_show())
print(second.refusal())
"""


@pytest.fixture
def desk(qtbot) -> Iterator[Callable[[Path], SingleInstance]]:
    made: list[SingleInstance] = []

    def make(db_path: Path) -> SingleInstance:
        made.append(SingleInstance(db_path))
        return made[-1]

    yield make
    for instance in reversed(made):
        instance.release()


def test_a_second_copy_on_the_same_database_asks_the_first_to_show(
        qtbot, desk: Callable[[Path], SingleInstance], tmp_path: Path) -> None:
    db_path = tmp_path / "vipdesk.sqlite3"
    first, second = desk(db_path), desk(db_path)
    assert first.acquire()
    assert lock_path(db_path).exists()

    assert not second.acquire()
    with qtbot.waitSignal(first.activate_requested, timeout=5000):
        assert second.ask_first_to_show()
    message = str(second.refusal())
    assert str(db_path) in message and "already open" in message
    assert "\n" not in message


def test_a_second_desk_process_brings_the_first_forward_and_gets_one_line(
        qtbot, desk: Callable[[Path], SingleInstance], tmp_path: Path) -> None:
    db_path = tmp_path / "vipdesk.sqlite3"
    first = desk(db_path)
    assert first.acquire()
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    with qtbot.waitSignal(first.activate_requested, timeout=20_000):
        second = subprocess.Popen([sys.executable, "-c", SECOND_DESK, str(db_path)], cwd=REPO,
                                  env=environment, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
    out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err
    answer, message = out.splitlines()
    assert answer == "False True"
    assert message.startswith(f"VIP Desk is already open on {db_path} (process ")


def test_a_different_database_is_independent(
        desk: Callable[[Path], SingleInstance], tmp_path: Path) -> None:
    lounge_a, lounge_b = tmp_path / "a" / "vipdesk.sqlite3", tmp_path / "b" / "vipdesk.sqlite3"
    lounge_a.parent.mkdir()
    lounge_b.parent.mkdir()
    assert server_name(lounge_a) != server_name(lounge_b)
    assert server_name(lounge_a) == server_name(tmp_path / "a" / ".." / "a" / "vipdesk.sqlite3")
    first, other = desk(lounge_a), desk(lounge_b)
    assert first.acquire() and other.acquire()
    assert first.is_listening() and other.is_listening()


def test_the_lock_of_a_copy_that_died_is_taken_over(
        desk: Callable[[Path], SingleInstance], tmp_path: Path) -> None:
    db_path = tmp_path / "vipdesk.sqlite3"
    subprocess.run([sys.executable, "-c", CRASHED_DESK, str(lock_path(db_path))],
                   check=True, timeout=60)
    assert lock_path(db_path).exists()  # left behind

    survivor = desk(db_path)
    assert survivor.acquire()
    assert survivor.is_listening()


def test_after_release_the_next_copy_may_start(
        desk: Callable[[Path], SingleInstance], tmp_path: Path) -> None:
    db_path = tmp_path / "vipdesk.sqlite3"
    first = desk(db_path)
    assert first.acquire() and first.acquire()  # asking twice keeps it
    first.release()
    assert not lock_path(db_path).exists()
    assert desk(db_path).acquire()


def test_asking_when_nobody_listens_says_so(
        desk: Callable[[Path], SingleInstance], tmp_path: Path) -> None:
    assert not desk(tmp_path / "vipdesk.sqlite3").ask_first_to_show(timeout_ms=200)


def test_a_lock_that_cannot_be_written_gets_its_own_message(
        desk: Callable[[Path], SingleInstance], tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("a file where the data folder should be")
    nowhere = tmp_path / "a-file" / "vipdesk.sqlite3"
    instance = desk(nowhere)
    assert not instance.acquire()
    assert "lock file" in str(instance.refusal())


def test_the_first_copy_on_a_new_pc_makes_the_data_folder(
        desk: Callable[[Path], SingleInstance], tmp_path: Path) -> None:
    """The per-user data folder does not exist before the desk's first start."""
    instance = desk(tmp_path / "new" / "VIPDesk" / "vipdesk.sqlite3")
    assert instance.acquire()
    assert (tmp_path / "new" / "VIPDesk").is_dir()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_bring_to_front_restores_a_minimised_window(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_to_front(window)
    assert window.isVisible() and not window.isMinimized()


def test_a_database_reached_through_a_symlink_is_still_one_database(
        desk: Callable[[Path], SingleInstance], tmp_path: Path) -> None:
    """Two desks ran on one database reached by two paths: the lock is the file's own."""
    db_path = tmp_path / "lounge" / "vipdesk.sqlite3"
    db_path.parent.mkdir()
    db_path.write_bytes(b"")
    elsewhere = tmp_path / "shortcut"
    elsewhere.mkdir()
    link = elsewhere / "desk.sqlite3"
    link.symlink_to(db_path)
    first, second = desk(db_path), desk(link)
    assert first.acquire()
    assert not second.acquire()
    assert lock_path(link) == lock_path(db_path) == Path(f"{db_path}.lock")
    assert not Path(f"{link}.lock").exists()
    assert server_name(link) == server_name(db_path)


def test_the_lock_file_is_readable_by_its_owner_only(
        desk: Callable[[Path], SingleInstance], tmp_path: Path) -> None:
    db_path = tmp_path / "vipdesk.sqlite3"
    assert desk(db_path).acquire()
    assert stat.S_IMODE(lock_path(db_path).stat().st_mode) == 0o600


SERVER = "postgresql://vipdesk:s3cret@dbhost:5433/lounge"


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's per-user data folder, where a server database's lock lives."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "VIPDesk"


def test_one_desk_per_pc_and_server_database_whatever_password_is_typed(
        qtbot, desk: Callable[[object], SingleInstance], data_home: Path) -> None:
    first = desk(SERVER)
    assert first.acquire()
    assert lock_path(SERVER).parent == data_home / "servers"
    assert "s3cret" not in str(lock_path(SERVER))
    second = desk("postgres://vipdesk@DBHOST:5433/lounge")
    assert not second.acquire()
    with qtbot.waitSignal(first.activate_requested, timeout=5000):
        assert second.ask_first_to_show()
    assert str(second.refusal()).startswith(
        "VIP Desk is already open on postgres://vipdesk@DBHOST:5433/lounge")
    assert "s3cret" not in str(desk(SERVER).refusal())


def test_another_server_database_is_another_desk(
        desk: Callable[[object], SingleInstance], data_home: Path) -> None:
    other = "postgresql://vipdesk:s3cret@dbhost:5433/lounge_b"
    assert server_name(SERVER) != server_name(other)
    assert desk(SERVER).acquire() and desk(other).acquire()
