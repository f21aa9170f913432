"""Manual entry: the same checks as a scan, each problem under its field; Tab goes from
field to field; what was typed is kept as a draft for its agent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import DESK_PIN, MANAGER_PIN
from tests.gui.test_main_window import sign_in
from tests.helpers.desk_screen import open_desk
from vipdesk.domain.vocabulary import Cabin
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.gui.main_window import MainWindow
from vipdesk.gui.manual_entry_dialog import ManualEntryDialog
from vipdesk.services import staff
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff

TODAY = dt.date(2026, 11, 23)


def test_problems_are_shown_under_their_fields(qtbot) -> None:
    dialog = ManualEntryDialog("CPH", TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.carrierEdit, "S!")
    qtbot.keyClicks(dialog.ui.flightNumberEdit, "12345")
    qtbot.keyClicks(dialog.ui.seatEdit, "window")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.surnameError.text()
    assert dialog.ui.carrierError.text()
    assert dialog.ui.flightNumberError.text()
    assert dialog.ui.seatError.text()
    assert dialog.details is None, "nothing is handed to the desk"


def test_a_pass_that_will_not_scan_is_typed_in(qtbot) -> None:
    dialog = ManualEntryDialog("CPH", TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.surnameEdit, "Østergård")
    qtbot.keyClicks(dialog.ui.givenNamesEdit, "Åse")
    dialog.ui.titleCombo.setCurrentIndex(dialog.ui.titleCombo.findData("Ms"))
    qtbot.keyClicks(dialog.ui.carrierEdit, "sk")
    qtbot.keyClicks(dialog.ui.flightNumberEdit, "1423")
    qtbot.keyClicks(dialog.ui.destinationEdit, "osl")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    details = dialog.details
    assert details is not None
    assert (details.surname, details.given_names, details.title) == ("Østergård", "Åse", "Ms")
    assert (details.origin, details.carrier, details.flight_number) == ("CPH", "SK", "1423")
    assert details.flight_date == TODAY and details.effective_cabin is Cabin.BUSINESS


def test_an_invited_guest_needs_no_flight(qtbot) -> None:
    dialog = ManualEntryDialog("CPH", TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.surnameEdit, "Al-Hashimi")
    dialog.ui.invitedCheck.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.details is not None and dialog.details.invited
    assert not dialog.details.has_flight


# -- Tab through the form ----------------------------------------------------------------
def test_tab_leaves_the_flight_date_for_the_next_field(qtbot) -> None:
    """Tab inside the date stepped from day to month to year, so the seat typed next
    changed the date."""
    dialog = ManualEntryDialog("CPH", TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    dialog.ui.flightDateEdit.setFocus()
    qtbot.keyClick(dialog.ui.flightDateEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.cabinCombo
    qtbot.keyClick(dialog.ui.cabinCombo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.seatEdit
    qtbot.keyClicks(QApplication.focusWidget(), "12")
    assert dialog.ui.seatEdit.text() == "12"
    assert dialog.ui.flightDateEdit.date() == QDate(2026, 11, 23)
    qtbot.keyClick(dialog.ui.seatEdit, Qt.Key.Key_Backtab)
    qtbot.keyClick(dialog.ui.cabinCombo, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.ui.flightDateEdit
    qtbot.keyClick(dialog.ui.flightDateEdit, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.ui.flightNumberEdit


# -- the draft -----------------------------------------------------------------------------
@pytest.fixture
def desk(qtbot, desk_session: Session) -> DeskScreen:
    return open_desk(qtbot, desk_session)


def when_open(act: Callable[[ManualEntryDialog], None]) -> None:
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ManualEntryDialog):
            QTimer.singleShot(10, look)
            return
        act(dialog)
    QTimer.singleShot(10, look)


def press_f2(qtbot, desk: DeskScreen) -> None:
    """F2 as the agent presses it: a window shortcut, once the desk is active again."""
    qtbot.waitUntil(desk.isActiveWindow, timeout=1000)
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_F2)


def type_and_cancel(dialog: ManualEntryDialog) -> None:
    dialog.ui.surnameEdit.setText("Østergård")
    dialog.ui.seatEdit.setText("2A")
    dialog.ui.cabinCombo.setCurrentIndex(dialog.ui.cabinCombo.findData(Cabin.FIRST))
    dialog.ui.flightDateEdit.setDate(QDate(2026, 11, 24))
    dialog.reject()


def reopened(qtbot, desk: DeskScreen) -> dict[str, object]:
    """Open manual entry again and read what it shows."""
    seen: dict[str, object] = {}

    def read(dialog: ManualEntryDialog) -> None:
        seen.update(surname=dialog.ui.surnameEdit.text(), seat=dialog.ui.seatEdit.text(),
                    cabin=dialog.ui.cabinCombo.currentData(),
                    date=dialog.ui.flightDateEdit.date().toPython())
        dialog.reject()

    when_open(read)
    press_f2(qtbot, desk)
    return seen


TYPED = {"surname": "Østergård", "seat": "2A", "cabin": Cabin.FIRST,
         "date": dt.date(2026, 11, 24)}
BLANK = {"surname": "", "seat": "", "cabin": Cabin.BUSINESS, "date": TODAY}


def test_reopening_manual_entry_keeps_what_was_typed(qtbot, desk: DeskScreen) -> None:
    when_open(type_and_cancel)
    press_f2(qtbot, desk)
    assert reopened(qtbot, desk) == TYPED
    assert reopened(qtbot, desk) == TYPED, "kept however often it is looked at"


def test_the_draft_ends_when_it_is_used(qtbot, desk: DeskScreen) -> None:
    def fill(dialog: ManualEntryDialog) -> None:
        dialog.ui.surnameEdit.setText("Hansen")
        dialog.ui.invitedCheck.setChecked(True)
        dialog.ui.okButton.click()

    when_open(type_and_cancel)
    press_f2(qtbot, desk)
    when_open(fill)
    press_f2(qtbot, desk)
    assert desk.details is not None and desk.details.surname == "Hansen"
    assert reopened(qtbot, desk) == BLANK


def test_the_draft_is_dropped_on_sign_out(qtbot, desk: DeskScreen, desk_session: Session,
                                          team: dict[str, Staff]) -> None:
    when_open(type_and_cancel)
    press_f2(qtbot, desk)
    staff.sign_out(desk_session)
    desk.forget_agent()
    assert staff.sign_in(desk_session, team["desk"].id, DESK_PIN).ok
    desk.activate()
    assert reopened(qtbot, desk) == BLANK


def test_a_locked_desk_keeps_the_draft_for_its_agent_only(
        qtbot, desk: DeskScreen, desk_session: Session, team: dict[str, Staff]) -> None:
    when_open(type_and_cancel)
    press_f2(qtbot, desk)
    staff.lock(desk_session)
    desk.forget_agent()
    assert staff.unlock(desk_session, DESK_PIN).ok
    desk.activate()
    assert reopened(qtbot, desk) == TYPED, "the same agent back: their draft"
    staff.lock(desk_session)
    desk.forget_agent()
    assert staff.sign_in(desk_session, team["manager"].id, MANAGER_PIN).ok
    desk.activate()
    assert reopened(qtbot, desk) == BLANK, "another agent took the desk over"


def test_signing_out_with_manual_entry_open_keeps_no_draft(
        qtbot, session: Session, team: dict[str, Staff]) -> None:
    """The dialog is put away while it is still open; it returns to the desk only after
    the sign-out, and what was typed in it must not wait there for the next agent."""
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    desk = window.current_screen()

    def type_and_sign_out(dialog: ManualEntryDialog) -> None:
        dialog.ui.surnameEdit.setText("Østergård")
        window.sign_out()

    when_open(type_and_sign_out)
    press_f2(qtbot, desk)
    assert desk.manual_draft is None
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    assert reopened(qtbot, desk) == BLANK


def test_a_draft_goes_on_at_the_first_empty_field(qtbot) -> None:
    dialog = ManualEntryDialog("CPH", TODAY)
    qtbot.addWidget(dialog)
    dialog.restore({"surname": "Østergård", "given_names": "Åse", "seat": "2A"})
    with qtbot.waitActive(dialog):
        dialog.show()
    assert QApplication.focusWidget() is dialog.ui.frequentFlyerAirlineEdit


def test_a_long_name_in_the_draft_shows_its_beginning(qtbot) -> None:
    """Seen under Xvfb: a restored long surname showed 'heimer-Vandenberghe', its end."""
    dialog = ManualEntryDialog("CPH", dt.date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.restore({"surname": "Oppenheimer-Vandenberghe-Wolfeschlegelsteinhausen",
                    "given_names": "Christina Magdalena"})
    dialog.show()
    assert dialog.ui.surnameEdit.cursorPosition() == 0
    assert dialog.ui.givenNamesEdit.cursorPosition() == 0
