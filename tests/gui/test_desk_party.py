"""A party at the desk: a scanned pass is the next guest unless a companion scan was asked
for; adding a companion says so, and the party list shows everyone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication

from tests.gui.test_desk_screen import boarding_pass, scan
from tests.helpers.desk_screen import open_desk
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.services.session import Session
from vipdesk.storage.models import Companion, Visit

NEXT_GUEST = boarding_pass("HANSEN/METTE MS", sequence="0026")


@pytest.fixture
def desk(qtbot, desk_session: Session) -> DeskScreen:
    screen = open_desk(qtbot, desk_session)
    screen.resize(1040, 620)  # the desk's part of a 1280x800 kiosk screen
    return screen


def add_by_name(qtbot, desk: DeskScreen, name: str) -> None:
    """As an agent does: tap "With", type the name, Enter."""
    qtbot.mouseClick(desk.ui.companionEdit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(desk.ui.companionEdit, name)
    qtbot.keyClick(desk.ui.companionEdit, Qt.Key.Key_Return)


def test_the_scan_after_a_companion_by_name_is_the_next_guest(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    add_by_name(qtbot, desk, "Li Na")
    scan(qtbot, desk, NEXT_GUEST)
    assert desk.ui.addressLabel.text() == "Ms Mette Hansen"
    assert desk.companions == [] and desk.ui.partyNames.isHidden()


def test_a_pass_scanned_into_with_is_the_next_guest_too(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    add_by_name(qtbot, desk, NEXT_GUEST)
    assert desk.ui.addressLabel.text() == "Ms Mette Hansen"
    assert desk.companions == []


def test_adding_a_companion_says_so_with_the_party_size(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    add_by_name(qtbot, desk, "Ms Li Na")
    assert desk.ui.deskMessage.text().startswith("Companion added: Ms Li Na — party of 2.")
    add_by_name(qtbot, desk, "Wang Wei")
    assert desk.ui.deskMessage.text().startswith("Companion added: Wang Wei — party of 3.")


def test_a_companion_scan_is_asked_for_and_used_once(qtbot, desk: DeskScreen) -> None:
    assert not desk.ui.companionScanButton.isEnabled(), "no guest yet: no party to join"
    scan(qtbot, desk, boarding_pass())
    qtbot.mouseClick(desk.ui.companionScanButton, Qt.MouseButton.LeftButton)
    assert desk.ui.companionScanButton.isChecked()
    assert desk.ui.companionScanButton.text() == "Cancel companion scan"
    assert "Scan the companion's pass now" in desk.ui.deskMessage.text()
    assert QApplication.focusWidget() is desk.ui.scanEdit
    scan(qtbot, desk, NEXT_GUEST)
    assert desk.ui.addressLabel.text() == "Ms Li Chen", "still the main guest"
    assert [c.name for c in desk.companions] == ["Ms Mette Hansen"]
    assert desk.companions[0].details is not None
    assert desk.ui.deskMessage.text().startswith(
        "Companion added: Ms Mette Hansen — party of 2.")
    assert not desk.ui.companionScanButton.isChecked(), "one scan, then it switches off"
    assert desk.ui.companionScanButton.text() == "Scan companion's pass"
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    assert Visit.get().party_size == 2 and Companion.get().name == "Ms Mette Hansen"
    scan(qtbot, desk, boarding_pass("BERG/ANNA MS", sequence="0027"))
    assert desk.ui.addressLabel.text() == "Ms Anna Berg" and desk.companions == []


def test_the_party_shows_everyone(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass(cabin="F"))
    names = ["Wang Wei", "Zhang Min", "Liu Yang", "Chen Jie", "<b>Ms Li Na</b>"]
    for name in names:
        add_by_name(qtbot, desk, name)
    party = desk.ui.partyNames
    assert party.isVisible()
    shown = QTextDocumentFragment.fromHtml(party.text()).toPlainText()
    assert shown.startswith("Party of 6:")
    for name in names:
        assert name in shown, f"{name} is not on screen"


def test_a_companion_is_taken_out_with_their_cross(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    add_by_name(qtbot, desk, "Li Na")
    add_by_name(qtbot, desk, "Wang Wei")
    desk.ui.partyNames.linkActivated.emit("0")  # the ✕ after Li Na
    assert [c.name for c in desk.companions] == ["Wang Wei"]
    assert desk.ui.deskMessage.text().startswith("Companion removed: Li Na — party of 2.")
    assert QApplication.focusWidget() is desk.ui.scanEdit
