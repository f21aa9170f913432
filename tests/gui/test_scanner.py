"""One scanner path: a scan is the next guest wherever focus is, never typed into a field.

A scanner is a keyboard that types fast and ends with Enter. Each test drives the whole
shell and types real key events into whatever has focus, timed by the scanner path's
injected monotonic clock: a scanner at 2-10 ms a key, a person at 80-200 ms with the odd
25 ms rollover. Nothing sleeps; the scanner path's short timer is stood in for by
``pause()``, which does what the timer does when it fires.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tests.conftest import DESK_PIN, MANAGER_PIN
from tests.gui.test_desk_screen import boarding_pass
from tests.gui.test_hand_back import visible_texts
from tests.gui.test_main_window import sign_in
from tests.services.test_board import arrive
from vipdesk.clock import FakeClock
from vipdesk.domain.vocabulary import Entitlement, SpaceKind, VisitStatus
from vipdesk.gui.alert_banner import AcknowledgeDialog
from vipdesk.gui.authorise_dialog import AuthoriseDialog
from vipdesk.gui.check_out_dialog import CheckOutDialog
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.gui.desk_settings import SCANNER_PREFIX, SCANNER_SUFFIX, DeskSettings
from vipdesk.gui.main_window import MainWindow
from vipdesk.gui.manual_entry_dialog import ManualEntryDialog
from vipdesk.services.session import Session
from vipdesk.storage.models import Space, Staff, Visit, WaitingEntry

# Activating a dialog, as a click on it would, asks the offscreen platform to raise it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

SCANNER_GAPS_MS = (3, 7, 2, 10, 5, 4, 8, 6, 2, 9)
HUMAN_GAPS_MS = (140, 90, 25, 180, 110, 200, 80, 25, 160, 120, 95, 150)
CHEN = boarding_pass()  # Ms Li Chen, SK 501, business
HANSEN = boarding_pass("HANSEN/METTE MS", sequence="0026")
HELD_HANSEN = "Pass of Ms Hansen held: finish or cancel this first"
READ_AFTER_SIGN_IN = "A boarding pass was scanned; it will be read after sign-in"


class KeyTimes:
    """The scanner path's monotonic clock (seconds), moved on by the typing below."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance_ms(self, ms: float) -> None:
        self.now += ms / 1000


@pytest.fixture
def times() -> KeyTimes:
    return KeyTimes()


@pytest.fixture
def window(qtbot, session: Session, team: dict[str, Staff], times: KeyTimes,
           tmp_path: Path) -> MainWindow:
    main = MainWindow(session)
    qtbot.addWidget(main)
    scanner = getattr(main, "scanner", None)
    if scanner is not None:  # the scanner path's clock and this test's own desk settings
        scanner.now = times
        scanner.settings = DeskSettings(
            QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    main.resize(1280, 800)
    main.show()
    qtbot.waitUntil(lambda: main.shell is not None)
    return main


def receiver() -> QWidget:
    """Where a keyboard's keys go now: the focused widget, else the active window."""
    widget = (QApplication.focusWidget() or QApplication.activeModalWidget()
              or QApplication.activeWindow())
    assert widget is not None, "no window has the keyboard"
    return widget


def type_keys(qtbot, times: KeyTimes, text: str, gaps_ms: Sequence[float]) -> None:
    for char, gap in zip(text, itertools.cycle(gaps_ms)):
        times.advance_ms(gap)
        qtbot.keyClick(receiver(), char)


def press_enter(qtbot, times: KeyTimes, gap_ms: float) -> None:
    times.advance_ms(gap_ms)
    qtbot.keyClick(receiver(), Qt.Key.Key_Return)


def scan(qtbot, times: KeyTimes, text: str) -> None:
    """A scanner's burst: the barcode at 2-10 ms a key, then Enter."""
    times.advance_ms(400)  # the agent's last key was a while ago
    type_keys(qtbot, times, text, SCANNER_GAPS_MS)
    press_enter(qtbot, times, 4)


def type_like_a_person(qtbot, window: MainWindow, times: KeyTimes, text: str) -> None:
    times.advance_ms(300)
    type_keys(qtbot, times, text, HUMAN_GAPS_MS)
    pause(window, times)


def pause(window: MainWindow, times: KeyTimes) -> None:
    """The keyboard goes quiet: what the scanner path's short timer does when it fires."""
    times.advance_ms(300)
    scanner = getattr(window, "scanner", None)
    if scanner is not None:
        scanner.flush()


def on_screen(window: MainWindow) -> list[str]:
    """Every text a person can read, the status bar's message included."""
    return [*visible_texts(), window.statusBar().currentMessage()]


def desk_of(window: MainWindow) -> DeskScreen:
    desk = window.screen_for("desk")
    assert isinstance(desk, DeskScreen)
    return desk


def focus(qtbot, widget: QWidget) -> None:
    """Give ``widget`` the keyboard as a click would: its window active, the widget focused."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def while_open(qtbot, kind: type[QWidget],
               act: Callable[[QWidget], None]) -> list[BaseException]:
    """Run ``act`` on the next modal ``kind`` once it is up and has the keyboard (it runs in
    the dialog's own loop); the dialog is cancelled after, if ``act`` left it open. Failures
    come back in the list."""
    failures: list[BaseException] = []
    tries = iter(range(500))

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if next(tries, None) is not None:
                QTimer.singleShot(10, attempt)
            return
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            act(dialog)
        except BaseException as failure:  # noqa: BLE001 (shown by the test, after exec)
            failures.append(failure)
        if dialog.isVisible():
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    QTimer.singleShot(0, attempt)
    return failures


def no_failures(failures: list[BaseException]) -> None:
    if failures:
        raise failures[0]


def check_in_chen(qtbot, window: MainWindow, times: KeyTimes) -> Visit:
    desk = desk_of(window)
    scan(qtbot, times, CHEN)
    assert desk.ui.addressLabel.text() == "Ms Li Chen"
    press_enter(qtbot, times, 900)
    visit = Visit.get()
    assert visit.status is VisitStatus.SEATED
    return visit


def held_then_read(qtbot, window: MainWindow, name: str = "Ms Mette Hansen") -> None:
    """After the dialog closed, the held pass is read on the desk, in front."""
    desk = desk_of(window)
    qtbot.waitUntil(lambda: desk.ui.addressLabel.text() == name)
    assert window.current_screen() is desk
    assert HELD_HANSEN not in on_screen(window)


# -- on the desk and the board -------------------------------------------------------------

def test_a_scan_in_the_scan_field_is_read_as_the_next_guest(
        qtbot, window: MainWindow, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    desk = desk_of(window)
    assert QApplication.focusWidget() is desk.ui.scanEdit
    scan(qtbot, times, CHEN)
    assert desk.ui.addressLabel.text() == "Ms Li Chen"
    assert desk.ui.scanEdit.text() == "" and desk.ui.searchEdit.text() == ""


def test_a_scan_on_the_board_brings_the_desk_to_the_front_with_the_guest(
        qtbot, window: MainWindow, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    window.show_screen("board")
    board = window.current_screen()
    focus(qtbot, board.ui.findEdit)
    scan(qtbot, times, CHEN)
    desk = desk_of(window)
    assert window.current_screen() is desk
    assert desk.ui.addressLabel.text() == "Ms Li Chen"
    assert board.ui.findEdit.text() == ""


def test_a_scan_in_the_companion_field_is_a_new_guest_not_a_companion(
        qtbot, window: MainWindow, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    desk = desk_of(window)
    scan(qtbot, times, CHEN)
    focus(qtbot, desk.ui.companionEdit)
    scan(qtbot, times, HANSEN)
    assert desk.ui.addressLabel.text() == "Ms Mette Hansen"
    assert desk.companions == [] and desk.ui.companionEdit.text() == ""


# -- with a dialog open -----------------------------------------------------------------------

def test_check_out_dialog_is_untouched_and_the_pass_is_read_after_cancel(
        qtbot, window: MainWindow, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    chen = check_in_chen(qtbot, window, times)
    desk = desk_of(window)
    desk.ui.inLoungeTable.selectRow(0)
    seen: dict[str, object] = {}

    def scan_into(dialog: QWidget) -> None:
        scan(qtbot, times, HANSEN)
        seen["open"] = dialog.isVisible()
        seen["texts"] = on_screen(window)

    failures = while_open(qtbot, CheckOutDialog, scan_into)
    qtbot.mouseClick(desk.ui.checkOutButton, Qt.MouseButton.LeftButton)
    no_failures(failures)
    assert seen["open"], "no button of the dialog was pressed"
    assert Visit.get_by_id(chen.id).status is VisitStatus.SEATED, "Ms Chen was not checked out"
    assert HELD_HANSEN in seen["texts"]
    assert desk.ui.searchEdit.text() == ""
    held_then_read(qtbot, window)


def test_acknowledge_dialog_ticks_nothing_and_records_nothing(
        qtbot, window: MainWindow, session: Session, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    Space.update(capacity=0).where(Space.kind == SpaceKind.LOBBY).execute()
    visit = arrive(session, "Chen", wait=True)
    wait = WaitingEntry.get(WaitingEntry.visit == visit.id)
    dialog = AcknowledgeDialog(session, wait.id, "Mrs Karen Chen", window)
    seen: dict[str, object] = {}

    def scan_into(dialog: QWidget) -> None:
        assert isinstance(dialog, AcknowledgeDialog)
        first = next(iter(dialog.checks.values()))
        focus(qtbot, first)
        scan(qtbot, times, HANSEN)
        seen["open"] = dialog.isVisible()
        seen["ticked"] = [code for code, box in dialog.checks.items() if box.isChecked()]
        seen["note"] = dialog.note.toPlainText()
        seen["texts"] = on_screen(window)

    failures = while_open(qtbot, AcknowledgeDialog, scan_into)
    dialog.exec()
    no_failures(failures)
    assert seen["open"] and seen["ticked"] == [] and seen["note"] == ""
    assert WaitingEntry.get_by_id(wait.id).acknowledged_at is None
    assert HELD_HANSEN in seen["texts"]
    held_then_read(qtbot, window)


def test_the_duty_managers_pin_field_never_gets_a_scan(
        qtbot, window: MainWindow, times: KeyTimes, team: dict[str, Staff]) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    desk = desk_of(window)
    scan(qtbot, times, boarding_pass(cabin="Y"))  # not eligible: an exception is asked for
    seen: dict[str, object] = {}

    def scan_then_approve(dialog: QWidget) -> None:
        assert isinstance(dialog, AuthoriseDialog)
        dialog.ui.staffCombo.setCurrentIndex(dialog.ui.staffCombo.findText("Mads Manager"))
        focus(qtbot, dialog.ui.pinEdit)
        scan(qtbot, times, HANSEN)
        seen["pin"] = dialog.ui.pinEdit.text()
        seen["open"] = dialog.isVisible()
        seen["failed"] = Staff.get_by_id(team["manager"].id).failed_pins
        seen["texts"] = on_screen(window)
        focus(qtbot, dialog.ui.reasonEdit)
        type_like_a_person(qtbot, window, times, "Flight delayed")
        focus(qtbot, dialog.ui.pinEdit)
        type_like_a_person(qtbot, window, times, MANAGER_PIN)
        press_enter(qtbot, times, 150)

    failures = while_open(qtbot, AuthoriseDialog, scan_then_approve)
    qtbot.mouseClick(desk.ui.exceptionButton, Qt.MouseButton.LeftButton)
    no_failures(failures)
    assert seen["pin"] == "" and seen["open"] and seen["failed"] == 0
    assert HELD_HANSEN in seen["texts"]
    visit = Visit.get()
    assert visit.entitlement is Entitlement.EXCEPTION and visit.exception_reason == "Flight delayed"
    held_then_read(qtbot, window)


def test_manual_entry_keeps_surname_empty(qtbot, window: MainWindow, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    desk = desk_of(window)
    seen: dict[str, object] = {}

    def scan_into(dialog: QWidget) -> None:
        assert isinstance(dialog, ManualEntryDialog)
        focus(qtbot, dialog.ui.surnameEdit)
        scan(qtbot, times, HANSEN)
        seen["surname"] = dialog.ui.surnameEdit.text()
        seen["open"] = dialog.isVisible()
        seen["texts"] = on_screen(window)

    failures = while_open(qtbot, ManualEntryDialog, scan_into)
    qtbot.mouseClick(desk.ui.manualButton, Qt.MouseButton.LeftButton)
    no_failures(failures)
    assert seen["surname"] == "" and seen["open"]
    assert HELD_HANSEN in seen["texts"]
    held_then_read(qtbot, window)


def test_a_message_box_is_not_closed_by_a_scan(qtbot, window: MainWindow, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    box = QMessageBox(QMessageBox.Icon.Warning, "Card not printed", "The printer is out of paper.",
                      QMessageBox.StandardButton.Ok, window)
    seen: dict[str, object] = {}

    def scan_into(dialog: QWidget) -> None:
        scan(qtbot, times, HANSEN)
        seen["open"] = dialog.isVisible()
        seen["texts"] = on_screen(window)

    failures = while_open(qtbot, QMessageBox, scan_into)
    box.exec()
    no_failures(failures)
    assert seen["open"], "the scan's Enter did not close the message box"
    assert HELD_HANSEN in seen["texts"]
    held_then_read(qtbot, window)


# -- at the lock and sign-in screens ---------------------------------------------------------

def test_three_scans_at_the_lock_screen_are_no_pin_and_are_read_after_unlocking(
        qtbot, window: MainWindow, times: KeyTimes, team: dict[str, Staff]) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    window.lock()
    assert QApplication.focusWidget() is window.sign_in.ui.pinEdit
    for text in (CHEN, HANSEN, boarding_pass("LARSEN/PER MR", sequence="0027")):
        scan(qtbot, times, text)
    assert Staff.get_by_id(team["desk"].id).failed_pins == 0
    assert window.sign_in.ui.pinEdit.text() == "" and window.sign_in.ui.messageLabel.text() == ""
    texts = " ".join(on_screen(window))
    assert READ_AFTER_SIGN_IN in texts
    assert "Larsen" not in texts and "Hansen" not in texts and "Chen" not in texts
    type_like_a_person(qtbot, window, times, DESK_PIN)
    press_enter(qtbot, times, 150)
    qtbot.waitUntil(lambda: not window.sign_in.checking)  # the PIN is checked on a worker
    assert not window.session.locked
    assert desk_of(window).ui.addressLabel.text() == "Mr Per Larsen"  # the last one scanned
    assert READ_AFTER_SIGN_IN not in " ".join(on_screen(window))


def test_a_scan_at_the_sign_in_screen_waits_for_sign_in(
        qtbot, window: MainWindow, times: KeyTimes, team: dict[str, Staff]) -> None:
    assert window.pages.currentWidget() is window.sign_in
    window.sign_in.ui.staffList.setCurrentRow(1)  # Dina Desk
    focus(qtbot, window.sign_in.ui.pinEdit)
    scan(qtbot, times, CHEN)
    assert Staff.get_by_id(team["desk"].id).failed_pins == 0
    assert window.sign_in.ui.pinEdit.text() == ""
    texts = " ".join(on_screen(window))
    assert READ_AFTER_SIGN_IN in texts and "Chen" not in texts
    sign_in(qtbot, window, "Mads Manager", MANAGER_PIN)  # whoever signs in serves the guest
    assert desk_of(window).ui.addressLabel.text() == "Ms Li Chen"


def test_a_scan_left_at_the_locked_desk_is_dropped_after_two_minutes_and_says_so(
        qtbot, window: MainWindow, times: KeyTimes, clock: FakeClock) -> None:
    focus(qtbot, window.sign_in.ui.pinEdit)
    scan(qtbot, times, CHEN)
    clock.advance(minutes=2, seconds=1)
    window.events.tick.emit()
    texts = " ".join(on_screen(window))
    assert READ_AFTER_SIGN_IN not in texts
    assert "was not read" in texts and "Chen" not in texts
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    assert desk_of(window).ui.addressLabel.text() == "Ready for the next guest"


# -- people typing ---------------------------------------------------------------------------

def test_a_person_typing_in_any_field_loses_nothing(
        qtbot, window: MainWindow, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    window.show_screen("board")
    find = window.current_screen().ui.findEdit
    focus(qtbot, find)
    type_like_a_person(qtbot, window, times, "Mette Mm Moller")
    assert find.text() == "Mette Mm Moller"
    find.clear()
    type_like_a_person(qtbot, window, times, "M1CHEN/LI SK0501 m2")  # slowly: not a scan
    assert find.text() == "M1CHEN/LI SK0501 m2"
    assert window.current_screen() is not desk_of(window)


def test_a_quick_rollover_of_a_few_keys_is_still_typing(
        qtbot, window: MainWindow, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    window.show_screen("board")
    find = window.current_screen().ui.findEdit
    focus(qtbot, find)
    times.advance_ms(300)
    type_keys(qtbot, times, "M1AB", (25, 20, 28, 22))  # four keys rolled over, then a pause
    type_keys(qtbot, times, "C", (180,))
    assert find.text() == "M1ABC"
    type_keys(qtbot, times, "M", (150,))
    pause(window, times)
    assert find.text() == "M1ABCM", "a last M alone comes through when the keyboard goes quiet"


def test_a_person_types_their_pin_normally(qtbot, window: MainWindow, times: KeyTimes) -> None:
    window.sign_in.ui.staffList.setCurrentRow(1)  # Dina Desk
    focus(qtbot, window.sign_in.ui.pinEdit)
    type_keys(qtbot, times, DESK_PIN, (25, 140, 25, 90))
    press_enter(qtbot, times, 120)
    qtbot.waitUntil(lambda: not window.sign_in.checking)
    assert window.pages.currentWidget() is window.shell


def test_a_person_writes_a_manual_entry_surname_starting_with_m(
        qtbot, window: MainWindow, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    seen: dict[str, object] = {}

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, ManualEntryDialog)
        focus(qtbot, dialog.ui.surnameEdit)
        type_like_a_person(qtbot, window, times, "McAllister")
        seen["surname"] = dialog.ui.surnameEdit.text()

    failures = while_open(qtbot, ManualEntryDialog, write)
    qtbot.mouseClick(desk_of(window).ui.manualButton, Qt.MouseButton.LeftButton)
    no_failures(failures)
    assert seen["surname"] == "McAllister"


# -- a scanner set to send a prefix and a suffix -------------------------------------------

def test_a_scanner_with_a_prefix_and_suffix_is_read_without_them(
        qtbot, window: MainWindow, times: KeyTimes) -> None:
    window.scanner.settings.set(SCANNER_PREFIX, "~")
    window.scanner.settings.set(SCANNER_SUFFIX, "#")
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    window.show_screen("board")
    find = window.current_screen().ui.findEdit
    focus(qtbot, find)
    scan(qtbot, times, "~" + CHEN + "#")
    desk = desk_of(window)
    assert window.current_screen() is desk and find.text() == ""
    assert desk.ui.addressLabel.text() == "Ms Li Chen"
    assert desk.ui.decisionLabel.text().startswith("Welcome")
    window.show_screen("board")
    focus(qtbot, find)
    type_like_a_person(qtbot, window, times, "~Mette#")
    assert find.text() == "~Mette#"


def test_the_prefix_and_suffix_are_set_in_the_desk_section_of_settings(
        qtbot, session: Session, team: dict[str, Staff], tmp_path: Path, times: KeyTimes) -> None:
    from tests.conftest import ADMIN_PIN
    from vipdesk.gui.desk_events import DeskEvents
    from vipdesk.gui.scanner import ScanDetector
    from vipdesk.gui.settings_screen import SettingsScreen
    from vipdesk.services import staff

    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    desk = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    screen = SettingsScreen(session, DeskEvents(), desk)
    qtbot.addWidget(screen)
    screen.activate()
    form = screen.ui.scannerForm
    assert form.labelForField(screen.ui.scannerPrefixEdit).text() == "Scanner prefix"
    assert form.labelForField(screen.ui.scannerSuffixEdit).text() == "Scanner suffix"
    qtbot.keyClicks(screen.ui.scannerPrefixEdit, "~")
    qtbot.keyClicks(screen.ui.scannerSuffixEdit, "#")
    qtbot.mouseClick(screen.ui.saveDeskButton, Qt.MouseButton.LeftButton)
    assert (desk.get(SCANNER_PREFIX), desk.get(SCANNER_SUFFIX)) == ("~", "#")

    detector = ScanDetector(desk, now=times)
    QApplication.instance().installEventFilter(detector)
    scans: list[str] = []
    detector.scanned.connect(scans.append)
    try:
        screen.show()
        focus(qtbot, screen.ui.wifiNetworkEdit)
        scan(qtbot, times, "~" + CHEN + "#")
    finally:
        QApplication.instance().removeEventFilter(detector)
    assert scans == [CHEN] and screen.ui.wifiNetworkEdit.text() == ""
    screen.activate()
    assert screen.ui.scannerPrefixEdit.text() == "~", "shown again as saved"


def test_the_seat_dialog_keeps_its_choice_and_the_pass_is_not_lost(
        qtbot, window: MainWindow, session: Session, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    lobby = Space.get(Space.kind == SpaceKind.LOBBY)
    capacity = lobby.capacity
    Space.update(capacity=0).where(Space.id == lobby.id).execute()
    arrive(session, "Berg", wait=True)
    Space.update(capacity=capacity).where(Space.id == lobby.id).execute()
    window.show_screen("board")
    board = window.current_screen()
    board.reload()
    board.ui.waitingTable.selectRow(0)
    seen: dict[str, object] = {}

    def scan_into(dialog: QWidget) -> None:
        focus(qtbot, dialog.combo)
        before = dialog.combo.currentIndex()
        scan(qtbot, times, HANSEN)
        seen["kept"] = dialog.combo.currentIndex() == before
        seen["open"] = dialog.isVisible()
        seen["texts"] = on_screen(window)

    failures = while_open(qtbot, QDialog, scan_into)
    qtbot.mouseClick(board.ui.seatButton, Qt.MouseButton.LeftButton)
    no_failures(failures)
    assert seen["open"] and seen["kept"]
    assert HELD_HANSEN in seen["texts"]
    assert Visit.get().status is VisitStatus.WAITING, "nobody was seated by the scan"
    held_then_read(qtbot, window)


def test_when_the_desk_locks_over_a_held_pass_its_name_leaves_the_screen(
        qtbot, window: MainWindow, times: KeyTimes, clock: FakeClock) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    seen: dict[str, object] = {}

    def scan_then_walk_away(dialog: QWidget) -> None:
        scan(qtbot, times, HANSEN)
        seen["held"] = on_screen(window)
        clock.advance(minutes=5)
        window.idle_lock.check()

    failures = while_open(qtbot, ManualEntryDialog, scan_then_walk_away)
    qtbot.mouseClick(desk_of(window).ui.manualButton, Qt.MouseButton.LeftButton)
    no_failures(failures)
    assert HELD_HANSEN in seen["held"]
    assert window.session.locked
    qtbot.waitUntil(lambda: READ_AFTER_SIGN_IN in " ".join(on_screen(window)))
    assert "Hansen" not in " ".join(on_screen(window))
    focus(qtbot, window.sign_in.ui.pinEdit)
    type_like_a_person(qtbot, window, times, DESK_PIN)
    press_enter(qtbot, times, 150)
    qtbot.waitUntil(lambda: not window.sign_in.checking)  # the PIN is checked on a worker
    assert not window.session.locked
    assert desk_of(window).ui.addressLabel.text() == "Ready for the next guest"
    assert "was not read" in window.statusBar().currentMessage(), "scanned 5 minutes ago"


@pytest.fixture
def detector(qtbot, times: KeyTimes, tmp_path: Path):
    """The scanner path alone, over a plain field, with a list of what it read."""
    from PySide6.QtWidgets import QLineEdit

    from vipdesk.gui.scanner import ScanDetector

    desk = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    detector = ScanDetector(desk, now=times)
    detector.read: list[str] = []
    detector.scanned.connect(detector.read.append)
    QApplication.instance().installEventFilter(detector)
    focus(qtbot, field)
    yield detector, field
    QApplication.instance().removeEventFilter(detector)


def test_a_scanner_set_to_send_no_enter_is_read_when_it_stops(
        qtbot, detector, times: KeyTimes) -> None:
    scanner, field = detector
    type_keys(qtbot, times, CHEN, SCANNER_GAPS_MS)
    assert scanner.read == [] and field.text() == ""
    times.advance_ms(300)
    scanner.flush()  # what the burst's own timer does after a quiet spell
    assert scanner.read == [CHEN] and field.text() == ""


def test_five_fast_keys_shaped_like_a_pass_are_still_typing(
        qtbot, detector, times: KeyTimes) -> None:
    scanner, field = detector
    type_keys(qtbot, times, "M1ABC", (300, 12, 12, 12, 12))  # a fast burst, one key short
    type_keys(qtbot, times, "D", (120,))
    assert field.text() == "M1ABCD" and scanner.read == []
    type_keys(qtbot, times, "M1ABCD", (300, 12, 12, 12, 12, 12))  # six: that is a scanner
    press_enter(qtbot, times, 5)
    assert field.text() == "M1ABCD" and scanner.read == ["M1ABCD"]


# -- a desk busy for a moment while the scanner types (review finding 1) ---------------------

def stamped(kind: QEvent.Type, char: str, stamp_ms: int) -> QKeyEvent:
    """A key event as the window system gives it: with the time it was typed."""
    key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
    event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
    event.setTimestamp(stamp_ms)
    return event


def type_stamped(times: KeyTimes, text: str, stamp_ms: int, gap_ms: int,
                 handled_ms: float = 0.1, post: bool = False) -> int:
    """Keys typed ``gap_ms`` apart by their timestamps, handled ``handled_ms`` apart by the
    desk (a desk catching up after a stall), sent to the focused widget now or ``post``-ed
    to wait in the queue. The timestamp after the last key comes back."""
    for char in text:
        stamp_ms += gap_ms
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = stamped(kind, char, stamp_ms)
            if post:
                QApplication.postEvent(receiver(), event)
            else:
                times.advance_ms(handled_ms if kind == QEvent.Type.KeyPress else 0)
                QApplication.sendEvent(receiver(), event)
    return stamp_ms


def test_a_stall_in_the_first_keys_of_a_burst_is_still_one_scan(
        qtbot, detector, times: KeyTimes) -> None:
    scanner, field = detector
    times.advance_ms(400)
    stamp = type_stamped(times, CHEN[:3], 90_000, 5, handled_ms=5)
    times.advance_ms(150)  # the desk was busy: the rest waited in the queue, typed 5 ms apart
    type_stamped(times, CHEN[3:] + "\r", stamp, 5)
    assert scanner.read == [CHEN] and field.text() == ""


def test_keys_waiting_in_the_queue_are_delivered_before_the_timer_replays_the_held_ones(
        qtbot, detector, times: KeyTimes) -> None:
    scanner, field = detector
    times.advance_ms(400)
    stamp = type_stamped(times, CHEN[:4], 90_000, 5, handled_ms=5)
    type_stamped(times, CHEN[4:] + "\r", stamp, 5, post=True)  # typed, not yet handled
    times.advance_ms(150)
    scanner.timer.timeout.emit()  # the hold's timer, overdue after the stall, fires first
    QApplication.processEvents()
    assert scanner.read == [CHEN] and field.text() == ""


def test_a_persons_keys_handled_at_once_after_a_stall_are_still_typing(
        qtbot, detector, times: KeyTimes) -> None:
    scanner, field = detector
    times.advance_ms(400)
    type_stamped(times, "M1ABCD", 90_000, 150)  # typed 150 ms apart, all handled at once
    times.advance_ms(40)
    scanner.timer.timeout.emit()
    QApplication.processEvents()
    assert field.text() == "M1ABCD" and scanner.read == []


def test_a_person_typing_m_with_real_gaps_sees_it_when_the_timer_fires(
        qtbot, detector, times: KeyTimes) -> None:
    scanner, field = detector
    times.advance_ms(400)
    stamp = type_stamped(times, "Me", 90_000, 150, handled_ms=150)
    type_stamped(times, "M", stamp, 150, handled_ms=150)
    times.advance_ms(36)
    scanner.timer.timeout.emit()  # on time: the keyboard went quiet
    assert field.text() == "MeM" and scanner.read == []


def test_a_late_timer_waits_once_more_for_keys_still_on_their_way(
        qtbot, detector, times: KeyTimes) -> None:
    scanner, field = detector
    times.advance_ms(400)
    type_stamped(times, "M", 90_000, 150)
    times.advance_ms(150)  # the desk was busy: the timer is late, keys may still come
    scanner.timer.timeout.emit()
    assert field.text() == "" and scanner.timer.isActive()
    times.advance_ms(36)
    scanner.timer.timeout.emit()  # on time, and nothing came: a person's M
    assert field.text() == "M" and scanner.read == []

# -- a scanner ending with CR+LF (review finding 7) ---------------------------------------------

def test_a_scanners_second_enter_does_not_check_the_guest_in(
        qtbot, window: MainWindow, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    desk = desk_of(window)
    scan(qtbot, times, CHEN)
    press_enter(qtbot, times, 3)  # the scanner's LF after its CR
    assert desk.ui.addressLabel.text() == "Ms Li Chen"
    assert Visit.select().count() == 0, "checked in without the agent's decision"
    press_enter(qtbot, times, 900)  # the agent's Enter
    assert Visit.get().status is VisitStatus.SEATED


# -- a held pass and the guest a dialog just put on the desk (review finding 4) ------------------

HANSEN_WAITS = "Pass of Ms Hansen held: check in or clear the guest on screen first"


def test_a_pass_held_over_manual_entry_does_not_replace_the_guest_typed_there(
        qtbot, window: MainWindow, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    desk = desk_of(window)

    def scan_then_ok(dialog: QWidget) -> None:
        assert isinstance(dialog, ManualEntryDialog)
        scan(qtbot, times, HANSEN)
        dialog.ui.surnameEdit.setText("Berg")
        dialog.ui.invitedCheck.setChecked(True)
        dialog.ui.okButton.click()

    failures = while_open(qtbot, ManualEntryDialog, scan_then_ok)
    qtbot.mouseClick(desk.ui.manualButton, Qt.MouseButton.LeftButton)
    no_failures(failures)
    qtbot.waitUntil(lambda: HANSEN_WAITS in on_screen(window))
    assert desk.details is not None and desk.details.surname == "Berg", "the typed guest stays"
    qtbot.mouseClick(desk.ui.clearButton, Qt.MouseButton.LeftButton)  # the agent lets them go
    held_then_read(qtbot, window)
    assert HANSEN_WAITS not in on_screen(window)


def test_a_pass_held_over_the_queue_warning_waits_for_the_guest_kept_on_the_desk(
        qtbot, window: MainWindow, session: Session, times: KeyTimes) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    lobby = Space.get(Space.kind == SpaceKind.LOBBY)
    capacity = lobby.capacity
    Space.update(capacity=0).where(Space.id == lobby.id).execute()
    berg = arrive(session, "Berg", wait=True)
    Space.update(capacity=capacity).where(Space.id == lobby.id).execute()
    desk = desk_of(window)
    scan(qtbot, times, CHEN)

    def scan_then_seat_the_waiter_first(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        scan(qtbot, times, HANSEN)
        next(b for b in box.buttons() if b.text().startswith("Seat ")).click()

    failures = while_open(qtbot, QMessageBox, scan_then_seat_the_waiter_first)
    press_enter(qtbot, times, 900)  # check Ms Chen in: Mrs Berg is waiting
    no_failures(failures)
    qtbot.waitUntil(lambda: HANSEN_WAITS in on_screen(window))
    assert Visit.get_by_id(berg.id).status is VisitStatus.SEATED
    assert desk.ui.addressLabel.text() == "Ms Li Chen", "still at the desk, to check in next"
    press_enter(qtbot, times, 900)  # Ms Chen is checked in: the desk is free for Ms Hansen
    assert Visit.select().where(Visit.status == VisitStatus.SEATED).count() == 2
    held_then_read(qtbot, window)
