"""Erasing a guest on request, through the administrator's screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ADMIN_PIN, MANAGER_PIN
from tests.gui.test_main_window import sign_in
from tests.services.test_erasure_search import guest_with_history
from vipdesk.clock import FakeClock
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.erase_guest_screen import EraseGuestScreen
from vipdesk.gui.main_window import MainWindow
from vipdesk.services import staff
from vipdesk.services.session import Session
from vipdesk.storage.models import AuditEvent, Guest, Lounge, Staff


@pytest.fixture
def screen(qtbot, session: Session, team: dict[str, Staff]) -> EraseGuestScreen:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    widget = EraseGuestScreen(session, DeskEvents())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.activate()
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_administrator_finds_sees_confirms_and_erases_a_guest(
        qtbot, screen: EraseGuestScreen, clock: FakeClock, lounge: Lounge,
        team: dict[str, Staff]) -> None:
    chen = guest_with_history(clock, lounge, team["desk"])
    guest_with_history(clock, lounge, team["desk"], surname="Hansen", given="Mette")
    assert not screen.ui.eraseButton.isEnabled()
    qtbot.keyClicks(screen.ui.findEdit, "chen")
    qtbot.keyClick(screen.ui.findEdit, Qt.Key.Key_Return)
    assert [row.name for row in screen.model.rows] == ["Ms Li Chen"]
    assert screen.ui.guestHeading.text() == "Ms Li Chen"
    assert screen.ui.summaryLabel.text() == "On file: 2 visits · 1 feedback item."

    click(qtbot, screen.ui.eraseButton)
    assert "Type your PIN" in screen.ui.messageLabel.text()
    qtbot.keyClicks(screen.ui.pinEdit, "000000")
    click(qtbot, screen.ui.eraseButton)
    assert "Wrong PIN" in screen.ui.messageLabel.text()
    assert Guest.get_by_id(chen.id).anonymised_at is None

    qtbot.keyClicks(screen.ui.pinEdit, ADMIN_PIN)
    click(qtbot, screen.ui.eraseButton)
    assert Guest.get_by_id(chen.id).anonymised_at is not None
    assert Guest.get_by_id(chen.id).surname != "Chen"
    message = screen.ui.messageLabel.text()
    assert message.startswith("Ms Li Chen is erased (2 visits · 1 feedback item).")
    assert screen.ui.messageLabel.property("tone") == "ok"
    assert screen.model.rows == [] and not screen.ui.eraseButton.isEnabled()
    event = AuditEvent.get(AuditEvent.action == "guest.erase")
    assert event.staff_id == team["admin"].id and event.entity_id == chen.id


def test_only_administrators_see_the_erase_screen(qtbot, session: Session,
                                                 team: dict[str, Staff]) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, "Mads Manager", MANAGER_PIN)
    assert not window.nav_buttons["erase"].isVisibleTo(window)
    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, "Astrid Admin", ADMIN_PIN)
    assert window.nav_buttons["erase"].isVisibleTo(window)
    qtbot.mouseClick(window.nav_buttons["erase"], Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen(), EraseGuestScreen)
