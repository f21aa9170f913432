"""An error nobody foresaw, raised behind a button, becomes a message and a log entry."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from vipdesk.desk_log import start_log, stop_log
from vipdesk.gui.safety_net import SafetyNet

RAW_PASS = "M1CHEN/LIMS            EABC123 CPHLHRSK 0501 327J002A0025 100"


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def net(window: QWidget, db_path: Path) -> Iterator[SafetyNet]:
    start_log(db_path)
    safety_net = SafetyNet(window)
    safety_net.install()  # over pytest-qt's own hook, for this test only
    yield safety_net
    safety_net.uninstall()
    stop_log()


def button_that(qtbot, window: QWidget, fails_with: BaseException) -> QPushButton:
    button = QPushButton("Check in", window)

    def check_in() -> None:
        raise fails_with

    button.clicked.connect(check_in)
    return button


def test_a_bug_behind_a_button_is_shown_and_logged_without_guest_data(
        qtbot, window: QWidget, net: SafetyNet, db_path: Path) -> None:
    button = button_that(qtbot, window, ValueError(f"unreadable {RAW_PASS}"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = net.box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text().startswith("Something went wrong, and the last action may not have finished")
    assert box.windowModality() == Qt.WindowModality.WindowModal, "the scanner and timers go on"
    log = db_path.with_suffix(".log").read_text(encoding="utf-8")
    assert "unexpected error" in log and "in check_in" in log
    assert "ABC123" not in log and "CHEN" not in log
    box.accept()


def test_a_database_that_stays_locked_gets_the_storage_message(
        qtbot, window: QWidget, net: SafetyNet) -> None:
    button = button_that(qtbot, window, sqlite3.OperationalError("database is locked"))
    with qtbot.waitSignal(net.caught) as caught:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert caught.args[0].startswith("The database is busy")
    net.box.accept()


def test_a_fault_that_repeats_shows_one_message_at_a_time(
        qtbot, window: QWidget, net: SafetyNet) -> None:
    button = button_that(qtbot, window, RuntimeError("again"))
    for _ in range(5):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and net.unseen == 4
    boxes[0].accept()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert net.box is not boxes[0] and net.box.isVisible(), "after it is read, the next one shows"
    net.box.accept()


def test_uninstalling_gives_the_hook_back(window: QWidget) -> None:
    before = sys.excepthook
    net = SafetyNet(window)
    net.install()
    assert sys.excepthook == net.handle
    net.uninstall()
    assert sys.excepthook is before


def test_an_error_on_a_worker_thread_is_logged_there_and_shown_by_the_gui_thread(
        qtbot, window: QWidget, net: SafetyNet, db_path: Path) -> None:
    import threading

    def work() -> None:
        try:
            raise RuntimeError(f"backup of {RAW_PASS}")
        except RuntimeError:
            net.handle(*sys.exc_info())

    with qtbot.waitSignal(net.caught, timeout=2000):
        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
    assert net.box is not None and net.box.isVisible()
    assert net.box.thread() is window.thread()
    assert "in work" in db_path.with_suffix(".log").read_text(encoding="utf-8")
    net.box.accept()
