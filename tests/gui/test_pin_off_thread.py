"""The PIN is checked on a worker: the desk keeps running while scrypt works, and the sign-in
screen says it is checking. (Before issue 12 the check ran on the GUI thread: the event loop
stood still until the desk was shown.)"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.conftest import DESK_PIN
from vipdesk.gui.main_window import MainWindow
from vipdesk.services import staff as staff_service
from vipdesk.services.session import Session
from vipdesk.storage.models import AuditEvent, Staff


def type_pin_and_enter(qtbot, window: MainWindow, name: str, pin: str) -> None:
    names = window.sign_in.ui.staffList
    names.setCurrentRow(next(i for i in range(names.count())
                             if names.item(i).text().startswith(name)))
    qtbot.keyClicks(window.sign_in.ui.pinEdit, pin)
    qtbot.keyClick(window.sign_in.ui.pinEdit, Qt.Key.Key_Return)


def test_the_event_loop_runs_while_the_pin_is_checked(
        qtbot, monkeypatch: pytest.MonkeyPatch, lounge_session: Session,
        team: dict[str, Staff]) -> None:
    lounge_session.staff = None  # the team fixture signed the administrator in
    window = MainWindow(lounge_session)
    qtbot.addWidget(window)
    window.show()
    # The check is held on the worker until the test lets it go: however busy the machine,
    # the GUI thread must get on with its events meanwhile.
    may_finish = threading.Event()
    check = staff_service.PinToCheck.check

    def held_check(self: staff_service.PinToCheck, pin: str) -> staff_service.CheckedPin:
        assert may_finish.wait(30), "the test never let the check finish"
        return check(self, pin)
    monkeypatch.setattr(staff_service.PinToCheck, "check", held_check)
    ticks: list[bool] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(lounge_session.staff is None))

    type_pin_and_enter(qtbot, window, "Dina Desk", DESK_PIN)
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 3)  # the loop turns while the worker checks
    timer.stop()
    assert all(ticks) and window.sign_in.checking
    assert "Checking your PIN" in window.sign_in.ui.messageLabel.text()
    may_finish.set()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.shell)
    assert lounge_session.staff is not None and lounge_session.staff.name == "Dina Desk"
    assert window.sign_in.ui.messageLabel.text() == ""


def test_a_second_enter_while_checking_is_not_a_second_try(
        qtbot, lounge_session: Session, team: dict[str, Staff]) -> None:
    lounge_session.staff = None
    window = MainWindow(lounge_session)
    qtbot.addWidget(window)
    window.show()
    type_pin_and_enter(qtbot, window, "Dina Desk", "9753")  # wrong
    qtbot.keyClick(window.sign_in.ui.pinEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong PIN" in window.sign_in.ui.messageLabel.text())
    assert Staff.get_by_id(team["desk"].id).failed_pins == 1
    tries = AuditEvent.select().where((AuditEvent.action == "staff.sign_in")
                                      & (AuditEvent.staff == team["desk"].id))
    assert tries.count() == 1
