"""Lock and sign-out leave nothing of the last agent's work on screen for the next one.

Each test drives the whole shell as a busy shift does: an agent checks a guest in, opens
the card, searches, logs a complaint, starts a shift; then the desk locks (idle, or the
Lock button) or the agent signs out. Nothing naming the guest may then be visible
anywhere, no dialog may be open, and the next agent finds every screen fresh.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.conftest import DESK_PIN, MANAGER_PIN
from tests.gui.test_desk_screen import boarding_pass, scan
from tests.gui.test_main_window import sign_in
from vipdesk.clock import FakeClock
from vipdesk.domain.vocabulary import VisitStatus
from vipdesk.gui.check_out_dialog import CheckOutDialog
from vipdesk.gui.complaints_screen import ComplaintsScreen
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.gui.feedback_dialog import FeedbackDialog
from vipdesk.gui.main_window import MainWindow
from vipdesk.gui.pdf_preview import PdfPreviewDialog
from vipdesk.services import departures
from vipdesk.services.session import Session
from vipdesk.storage.models import Lounge, Staff, Visit

GUEST = "Li Chen"  # "Ms Li Chen" on the desk, the board and the complaint
FLIGHT = "SK 501"
WIFI_PASSWORD = "Orchid-7741"


@pytest.fixture
def window(qtbot, session: Session, team: dict[str, Staff]) -> MainWindow:
    Lounge.update(wifi_network="NordicGuest", wifi_password=WIFI_PASSWORD).execute()
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return main


def visible_texts() -> list[str]:
    """Everything a person walking up can read: window titles, labels, fields, buttons,
    combo boxes and every row of every visible list or table."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for widget in (top, *top.findChildren(QWidget)):
            if not widget.isVisible():
                continue
            if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
                texts.append(widget.text())
            elif isinstance(widget, QComboBox):
                texts.append(widget.currentText())
            elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
                texts.append(widget.toPlainText())
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for row in range(model.rowCount(QModelIndex())):
                    column = 0  # a list model hides columnCount(): walk until no cell
                    while (cell := model.index(row, column)).isValid():
                        texts.append(str(cell.data() or ""))
                        column += 1
    return texts


def open_dialogs() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()]


def choose_text(combo: QComboBox, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text, Qt.MatchFlag.MatchStartsWith))
    combo.activated.emit(combo.currentIndex())


def a_busy_shift(qtbot, window: MainWindow) -> DeskScreen:
    """Dina checks Ms Chen in (Danish card, Ali as attendant), searches for her on the desk
    and the board, logs her complaint and starts a shift; the desk is left on screen."""
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    desk = window.current_screen()
    assert isinstance(desk, DeskScreen)
    scan(qtbot, desk, boarding_pass())
    choose_text(desk.ui.languageCombo, "Dansk")
    choose_text(desk.ui.attendantCombo, "Ali Attendant")
    real_time = window.scanner.now  # Dina's Enter comes a second after the scanner's, not
    window.scanner.now = lambda: real_time() + 1.0  # as a CR+LF scanner's second Enter
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    visit = Visit.get()
    assert visit.status is VisitStatus.SEATED
    assert desk.ui.doneLabel.text() == "Welcome card for Ms Li Chen"

    window.show_screen("complaints")
    complaints = window.current_screen()
    assert isinstance(complaints, ComplaintsScreen)
    dialog = complaints.log_feedback_for(visit.guest_id, visit.id)
    qtbot.keyClicks(dialog.ui.wordsEdit, "The shower in room 2 was cold.")
    qtbot.keyClicks(dialog.ui.expectsEdit, "A hot shower before boarding")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "saved" in complaints.ui.deskMessage.text()
    assert complaints.detail is not None and GUEST in complaints.ui.metaLabel.text()
    qtbot.keyClicks(complaints.ui.searchEdit, "shower")

    window.show_screen("handover")
    handover = window.current_screen()
    qtbot.mouseClick(handover.ui.startShiftButton, Qt.MouseButton.LeftButton)
    assert handover.ui.deskMessage.text() == "Your shift has started."

    window.show_screen("board")
    board = window.current_screen()
    qtbot.keyClicks(board.ui.findEdit, "Chen")
    assert board.found_model.rowCount() == 1
    board.ui.foundTable.selectRow(0)
    board.ui.spacesTable.selectRow(board.spaces_model.row_of(("party", visit.id)))

    window.show_screen("desk")
    qtbot.keyClicks(desk.ui.searchEdit, "Chen")
    desk.ui.inLoungeTable.selectRow(0)
    assert desk.selected_visit_id() == visit.id
    assert any(GUEST in text for text in visible_texts()), "the test sees the guest before"
    return desk


def assert_nothing_of_the_guest(texts: list[str], dialogs: list[str]) -> None:
    assert dialogs == [], "every dialog and preview is closed"
    for secret in (GUEST, FLIGHT, WIFI_PASSWORD):
        shown = [text for text in texts if secret in text]
        assert shown == [], f"{secret!r} is still on screen"


def leftovers_for_the_next_agent(qtbot, window: MainWindow) -> list[str]:
    """Mads signs in at the desk Dina left; what of her work each screen still shows."""
    sign_in(qtbot, window, "Mads Manager", MANAGER_PIN)
    assert window.session.staff is not None and window.session.staff.name == "Mads Manager"
    left: list[str] = []

    def fresh(condition: bool, leftover: str) -> None:
        if not condition:
            left.append(leftover)

    fresh(window.statusBar().currentMessage() == "", "the status bar's last message")
    window.show_screen("desk")
    desk = window.current_screen()
    fresh(desk.ui.doneLabel.text() == "", "desk: the 'Welcome card for …' line")
    fresh(not desk.ui.previewCardButton.isEnabled() and not desk.ui.printCardButton.isEnabled()
          and desk.last_visit_id is None, "desk: the last guest's card (Preview, Print)")
    fresh(desk.ui.languageCombo.currentData() == "en", "desk: the last card's language")
    fresh(desk.ui.attendantCombo.currentData() is None, "desk: the last card's attendant")
    fresh(desk.ui.searchEdit.text() == "", "desk: 'Find by name or flight' text")
    fresh(desk.selected_visit_id() is None, "desk: the selected guest")
    fresh(desk.ui.addressLabel.text() == "Ready for the next guest"
          and GUEST not in desk.ui.deskMessage.text(), "desk: the guest card")

    window.show_screen("board")
    board = window.current_screen()
    fresh(board.ui.findEdit.text() == "" and board.found_model.rowCount() == 0,
          "board: the find text and its results")
    fresh(board.selected_party() is None
          and not board.ui.foundTable.selectionModel().hasSelection(), "board: the selection")

    window.show_screen("complaints")
    complaints = window.current_screen()
    fresh(complaints.detail is None
          and not complaints.ui.complaintsTable.selectionModel().hasSelection(),
          "complaints: the selected complaint")
    fresh(complaints.ui.deskMessage.text() == "", "complaints: the 'saved' message")
    fresh(complaints.ui.searchEdit.text() == "", "complaints: the search text")
    assert complaints.model.rowCount() == 1, "the complaint itself is still listed"

    window.show_screen("handover")
    handover = window.current_screen()
    fresh(handover.ui.deskMessage.text() == "", "handover: the last shift message")
    return left


def test_the_idle_lock_closes_the_card_preview_and_leaves_nothing_of_the_guest(
        qtbot, window: MainWindow, clock: FakeClock) -> None:
    desk = a_busy_shift(qtbot, window)
    seen: dict[str, list[str]] = {}

    def walk_away() -> None:
        preview = QApplication.activeModalWidget()
        if not isinstance(preview, PdfPreviewDialog):
            QTimer.singleShot(10, walk_away)
            return
        seen["before"] = open_dialogs()
        clock.advance(minutes=5)
        window.events.tick.emit()  # the idle lock, while the card is on screen
        seen["dialogs"], seen["texts"] = open_dialogs(), visible_texts()
        if preview.isVisible():  # today's code: close it so the test ends
            preview.reject()

    QTimer.singleShot(0, walk_away)
    desk.preview_card()
    assert seen["before"] == ["Welcome card"]
    assert window.session.locked and window.pages.currentWidget() is window.sign_in
    assert_nothing_of_the_guest(seen["texts"], seen["dialogs"])
    assert_nothing_of_the_guest(visible_texts(), open_dialogs())
    assert leftovers_for_the_next_agent(qtbot, window) == []


@pytest.mark.parametrize("leave", ["lock_button", "sign_out_button"])
def test_lock_and_sign_out_leave_a_fresh_desk(qtbot, window: MainWindow, leave: str) -> None:
    a_busy_shift(qtbot, window)
    qtbot.mouseClick(getattr(window, leave), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.sign_in
    assert_nothing_of_the_guest(visible_texts(), open_dialogs())
    assert leftovers_for_the_next_agent(qtbot, window) == []


def test_a_feedback_form_open_at_the_lock_is_kept_as_a_draft_without_asking(
        qtbot, window: MainWindow, clock: FakeClock) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    window.show_screen("complaints")
    complaints = window.current_screen()
    dialog = complaints.log_feedback_for(None, None)
    qtbot.keyClicks(dialog.ui.wordsEdit, "Nobody answered the phone")
    clock.advance(minutes=5)
    window.events.tick.emit()
    assert open_dialogs() == [], "closed at once, no 'Discard?' question on the lock screen"
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    again = complaints.log_feedback_for(None, None)
    assert isinstance(again, FeedbackDialog)
    assert again.ui.wordsEdit.toPlainText() == "Nobody answered the phone"
    again.put_aside()


def test_a_dialog_closed_by_the_lock_does_nothing_when_its_loop_returns(
        qtbot, window: MainWindow, clock: FakeClock) -> None:
    """The check-out question was open when the desk locked: the guest stays checked in,
    and nothing is said about them on the desk the next agent sees."""
    desk = a_busy_shift(qtbot, window)
    desk.ui.searchEdit.clear()
    desk.ui.inLoungeTable.selectRow(0)
    seen: list[str] = []

    def walk_away() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CheckOutDialog):
            QTimer.singleShot(10, walk_away)
            return
        clock.advance(minutes=5)
        window.events.tick.emit()
        seen.extend(open_dialogs())
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, walk_away)
    desk.check_out_selected()
    assert seen == []
    assert Visit.get().status is VisitStatus.SEATED
    assert_nothing_of_the_guest(visible_texts(), open_dialogs())


def test_the_lock_closes_the_discard_question_and_keeps_the_draft(
        qtbot, window: MainWindow, clock: FakeClock) -> None:
    """Cancel was pressed ("Discard this feedback?" is up) when the desk locked."""
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    window.show_screen("complaints")
    complaints = window.current_screen()
    dialog = complaints.log_feedback_for(None, None)
    qtbot.keyClicks(dialog.ui.wordsEdit, "The lift to gate B is broken")
    asked: list[list[str]] = []

    def walk_away() -> None:
        if QApplication.activeModalWidget() is dialog:
            QTimer.singleShot(10, walk_away)
            return
        asked.append(sorted(open_dialogs()))
        clock.advance(minutes=5)
        window.events.tick.emit()
        asked.append(open_dialogs())
        for left in (w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QDialog) and w.isVisible()):
            left.reject()  # today's code: let the test end

    QTimer.singleShot(0, walk_away)
    dialog.reject()  # Cancel: the question opens
    assert asked == [["Discard this feedback?", "Log feedback"], []]
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    again = complaints.log_feedback_for(None, None)
    assert again.ui.wordsEdit.toPlainText() == "The lift to gate B is broken"
    again.put_aside()


def test_the_print_question_closed_by_the_lock_leaves_no_message_on_the_desk(
        qtbot, window: MainWindow, clock: FakeClock) -> None:
    """"Boarding has begun: print anyway?" was open when the desk locked: the next agent finds
    no "Card not printed" of Dina's on the desk."""
    desk = a_busy_shift(qtbot, window)
    window.show_screen("desk")
    departures.import_departures_csv(
        window.session, "flight,departure,gate,boarding\nSK 501,09:10,A12,08:30\n",
        dt.date(2026, 11, 23))
    asked: list[str] = []

    def walk_away() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, walk_away)
            return
        asked.append(box.text())
        clock.advance(minutes=5)
        window.events.tick.emit()

    QTimer.singleShot(0, walk_away)
    desk.print_card()
    assert asked and "Print it anyway?" in asked[0]
    assert window.session.locked
    assert "Card not printed" not in desk.ui.deskMessage.text()
    assert leftovers_for_the_next_agent(qtbot, window) == []
    assert "Card not printed" not in desk.ui.deskMessage.text()
