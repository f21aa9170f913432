"""After every action at the desk, focus is back in the scan field, where the next scan goes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tests.gui.test_desk_screen import boarding_pass, scan
from tests.helpers.desk_screen import open_desk
from vipdesk.domain.vocabulary import VisitStatus
from vipdesk.gui import pdf_preview
from vipdesk.gui.authorise_dialog import AuthoriseDialog
from vipdesk.gui.check_out_dialog import CheckOutDialog
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.gui.manual_entry_dialog import ManualEntryDialog
from vipdesk.services.session import Session
from vipdesk.storage.models import Visit


@pytest.fixture
def desk(qtbot, desk_session: Session) -> DeskScreen:
    return open_desk(qtbot, desk_session)


def in_scan_field(desk: DeskScreen) -> bool:
    """Once the events in flight are delivered (a window's activation comes as one)."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    return QApplication.focusWidget() is desk.ui.scanEdit


def when_open(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Once a window of ``kind`` is up (modal, so it runs its own loop), act on it."""
    def look() -> None:
        window = QApplication.activeModalWidget()
        if not isinstance(window, kind):
            QTimer.singleShot(10, look)
            return
        act(window)
    QTimer.singleShot(10, look)


def checked_in(qtbot, desk: DeskScreen) -> Visit:
    scan(qtbot, desk, boarding_pass())
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    return Visit.get()


def test_after_a_check_in(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    qtbot.mouseClick(desk.ui.checkInButton, Qt.MouseButton.LeftButton)
    assert Visit.select().count() == 1
    assert in_scan_field(desk)


def test_after_a_check_out(qtbot, desk: DeskScreen) -> None:
    checked_in(qtbot, desk)
    desk.ui.inLoungeTable.selectRow(0)
    when_open(CheckOutDialog, lambda dialog: dialog.no_rating_button.click())
    qtbot.mouseClick(desk.ui.checkOutButton, Qt.MouseButton.LeftButton)
    assert Visit.get().status is VisitStatus.CHECKED_OUT
    assert in_scan_field(desk)


def test_after_a_check_out_is_cancelled(qtbot, desk: DeskScreen) -> None:
    checked_in(qtbot, desk)
    desk.ui.inLoungeTable.selectRow(0)
    when_open(CheckOutDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(desk.ui.checkOutButton, Qt.MouseButton.LeftButton)
    assert in_scan_field(desk)


def test_after_the_card_is_printed(qtbot, desk: DeskScreen,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[bytes] = []
    monkeypatch.setattr(pdf_preview, "print_pdf", lambda pdf, _printer: printed.append(pdf))
    checked_in(qtbot, desk)
    qtbot.mouseClick(desk.ui.printCardButton, Qt.MouseButton.LeftButton)
    assert printed and "Welcome card sent" in desk.ui.deskMessage.text()
    assert in_scan_field(desk)


def test_after_the_printer_message_is_dismissed(qtbot, desk: DeskScreen,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_pdf: bytes, _printer: object) -> None:
        raise OSError("The printer could not be started.")

    monkeypatch.setattr(pdf_preview, "print_pdf", refuse)
    checked_in(qtbot, desk)
    seen: list[str] = []
    when_open(QMessageBox, lambda box: (seen.append(box.text()), box.accept()))
    qtbot.mouseClick(desk.ui.printCardButton, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "The printer could not be started." in seen[0]
    assert in_scan_field(desk)


def test_after_the_card_preview_is_closed(qtbot, desk: DeskScreen) -> None:
    checked_in(qtbot, desk)
    when_open(QDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(desk.ui.previewCardButton, Qt.MouseButton.LeftButton)
    assert in_scan_field(desk)


def test_after_manual_entry_is_cancelled_or_used(qtbot, desk: DeskScreen) -> None:
    when_open(ManualEntryDialog, lambda dialog: dialog.reject())
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_F2)
    assert in_scan_field(desk)

    def fill(dialog: ManualEntryDialog) -> None:
        dialog.ui.surnameEdit.setText("Hansen")
        dialog.ui.invitedCheck.setChecked(True)
        dialog.ui.okButton.click()

    when_open(ManualEntryDialog, fill)
    qtbot.mouseClick(desk.ui.manualButton, Qt.MouseButton.LeftButton)
    assert desk.ui.addressLabel.text().endswith("Hansen")
    assert in_scan_field(desk)


def test_after_the_manager_exception_dialog_closes(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass(cabin="Y"))
    when_open(AuthoriseDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(desk.ui.exceptionButton, Qt.MouseButton.LeftButton)
    assert in_scan_field(desk)


@pytest.mark.parametrize("name", ["spaceCombo", "attendantCombo", "languageCombo"])
def test_after_a_choice_in_a_list(qtbot, desk: DeskScreen, name: str) -> None:
    scan(qtbot, desk, boarding_pass())
    combo: QComboBox = getattr(desk.ui, name)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # a choice by keyboard: ``activated``
    assert in_scan_field(desk)


# The offscreen platform cannot raise a list or grab the keyboard for it; X can.
@pytest.mark.qt_log_ignore("This plugin does not support raise",
                           "This plugin does not support grabbing the keyboard")
@pytest.mark.parametrize("name", ["spaceCombo", "attendantCombo", "languageCombo"])
def test_after_a_list_is_opened_and_closed_without_a_choice(qtbot, desk: DeskScreen,
                                                             name: str) -> None:
    combo: QComboBox = getattr(desk.ui, name)
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    assert combo.view().isVisible()
    combo.hidePopup()
    # Looked at at once: the offscreen platform later activates the closed list's window,
    # which no real X server does.
    assert QApplication.focusWidget() is desk.ui.scanEdit


def test_after_a_button_outside_the_desk_is_pressed(qtbot, desk_session: Session) -> None:
    """The shell around the desk (the alert banner's buttons): a button that took focus
    would be pressed by the next scan's space."""
    shell = QWidget()
    qtbot.addWidget(shell)
    layout = QVBoxLayout(shell)
    button = QPushButton("Acknowledge…")
    layout.addWidget(button)
    desk = DeskScreen(desk_session, DeskEvents(), parent=shell)
    layout.addWidget(desk)
    shell.show()
    desk.activate()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert in_scan_field(desk)


def test_after_a_companion_is_added_by_name(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    qtbot.mouseClick(desk.ui.companionEdit, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is desk.ui.companionEdit
    qtbot.keyClicks(desk.ui.companionEdit, "Li Na")
    qtbot.keyClick(desk.ui.companionEdit, Qt.Key.Key_Return)
    assert [c.name for c in desk.companions] == ["Li Na"]
    assert in_scan_field(desk)


def test_find_keeps_every_letter_typed_while_a_row_is_selected(qtbot, desk: DeskScreen) -> None:
    """A selected guest the search no longer matches used to clear the search at each
    letter, so "hansen" became "h", then "a"..."""
    checked_in(qtbot, desk)
    scan(qtbot, desk, boarding_pass("HANSEN/METTE MS", sequence="0026"))
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    desk.select_visit(Visit.get(Visit.id == 1).id)  # Ms Li Chen
    qtbot.mouseClick(desk.ui.searchEdit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(desk.ui.searchEdit, "hansen")
    assert desk.ui.searchEdit.text() == "hansen"
    assert [row.name for row in desk.model.rows] == ["Ms Mette Hansen"]
    assert QApplication.focusWidget() is desk.ui.searchEdit


def test_find_keeps_its_letters_when_the_list_is_read_again(qtbot, desk: DeskScreen) -> None:
    checked_in(qtbot, desk)
    desk.select_visit(Visit.get().id)
    qtbot.mouseClick(desk.ui.searchEdit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(desk.ui.searchEdit, "che")
    desk.events.data_changed.emit("visits")  # another desk checked someone in
    qtbot.keyClicks(desk.ui.searchEdit, "n")
    assert desk.ui.searchEdit.text() == "chen"
    assert desk.selected_visit_id() == Visit.get().id
    assert QApplication.focusWidget() is desk.ui.searchEdit
