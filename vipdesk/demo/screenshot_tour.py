"""The walk through the desk that ``vipdesk.demo.screenshots`` takes: each role's screens,
and the dialogs they open, saved as PNGs at a busy moment of a demo lounge.

A dialog is drawn over the window where it opened, as the agent sees it; each one is
cancelled once it is shot, so the tour changes nothing it does not mean to.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget

from vipdesk.clock import FakeClock
from vipdesk.demo import DEMO_STAFF, fill_demo_lounge
from vipdesk.demo.busy import BusyMoment, boarding_begun, make_busy
from vipdesk.domain.vocabulary import FeedbackKind, Role
from vipdesk.gui.application import application_for_desk
from vipdesk.gui.board_screen import BoardScreen
from vipdesk.gui.centre_dialogs import centre_dialogs
from vipdesk.gui.complaints_screen import ComplaintsScreen
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.gui.erase_guest_screen import EraseGuestScreen
from vipdesk.gui.feedback_dialog import FeedbackDialog
from vipdesk.gui.main_window import MainWindow
from vipdesk.gui.manual_entry_dialog import ManualEntryDialog
from vipdesk.gui.settings_screen import SettingsScreen
from vipdesk.gui.staff_screen import StaffScreen
from vipdesk.gui.style import apply_style
from vipdesk.services import staff
from vipdesk.services.session import Session
from vipdesk.storage.database import open_database
from vipdesk.storage.models import Lounge, Staff
from vipdesk.storage.pin_key import key_at

W = TypeVar("W", bound=QWidget)


def take_screenshots(db_path: Path, out: Path, width: int, height: int, *, now: dt.datetime,
                     passes: tuple[str, str, str]) -> list[str]:
    """Fill a demo lounge at ``db_path`` as of ``now``, walk through it and save the PNGs
    in ``out``; their file names, in the order taken. ``passes``: a business-class pass,
    an economy pass and the pass held while a dialog is open."""
    tour = Tour(db_path, out, width, height, now=now, passes=passes)
    tour.at_the_desk()
    tour.on_the_board()
    tour.complaints_and_the_lock()
    tour.as_duty_manager()
    tour.boarding_begun()
    tour.as_administrator()
    tour.close()
    return tour.saved


class Tour:
    """The real main window on a demo lounge, and the steps of the walk."""

    def __init__(self, db_path: Path, out: Path, width: int, height: int, *, now: dt.datetime,
                 passes: tuple[str, str, str]) -> None:
        self.app = application_for_desk()
        apply_style(self.app)
        centre_dialogs(self.app)
        pin_key = key_at(Path(os.environ["VIPDESK_PIN_KEY"]))
        fill_demo_lounge(db_path, days=3, now=now, pin_key=pin_key)
        self.db = open_database(db_path)
        self.session = Session(db=self.db, clock=FakeClock(now), pin_key=pin_key)
        lounge = Lounge.select().first()
        assert lounge is not None
        self.session.lounge_id = lounge.id
        self.window = MainWindow(self.session)
        self.window.resize(width, height)
        self.window.move(0, 0)
        self.window.show()
        self.out = out
        self.passes = passes
        self.saved: list[str] = []
        self.busy: BusyMoment | None = None

    # -- the tools of the walk ----------------------------------------------------------
    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def save(self, name: str, *windows: QWidget) -> None:
        """The window, with ``windows`` (dialogs, a note) drawn over it where they are."""
        self.settle()
        if windows:  # a real X server shows a new window a moment later
            QTest.qWait(300)
        picture = self.window.grab()
        painter = QPainter(picture)
        for shown in windows:
            at = shown.frameGeometry().topLeft() - self.window.geometry().topLeft()
            painter.drawPixmap(QPoint(at.x(), at.y()), shown.grab())
        painter.end()
        picture.save(str(self.out / f"{name}.png"))
        self.saved.append(f"{name}.png")

    def dialog(self, name: str | None, opens: Callable[[], object],
               fill: Callable[[QWidget], object] | None = None) -> None:
        """Shoot the first dialog ``opens`` shows (after ``fill``), then cancel it; with no
        name, only fill it and cancel it."""
        taken: list[QWidget] = []

        def take() -> None:
            shown = self.app.activeModalWidget()
            if shown is None or taken:
                return
            taken.append(shown)  # before saving: saving runs the event loop, and this timer
            extra = fill(shown) if fill is not None else None
            if name is not None:
                self.save(name, shown, *([extra] if isinstance(extra, QWidget) else []))
            if isinstance(shown, QDialog):
                shown.done(QDialog.DialogCode.Rejected)
            else:
                shown.close()
        timer = QTimer()
        timer.timeout.connect(take)
        timer.start(20)
        try:
            opens()
            take()  # a dialog opened with open(), not exec()
        finally:
            timer.stop()

    def sign_in(self, role: Role) -> None:
        name, pin = _member(role)
        staff.sign_in(self.session, Staff.get(Staff.name == name).id, pin)
        self.window.on_signed_in()
        self.settle()

    def hold_a_pass(self) -> QWidget:
        """A pass scanned while a dialog is open or the desk is locked: held, with a note."""
        self.window.scans.take(self.passes[2])
        self.settle()
        return self.window.scans.notice

    def screen(self, key: str) -> QWidget | None:
        self.window.show_screen(key)
        self.settle()
        return self.window.current_screen()

    def screen_of(self, key: str, kind: type[W]) -> W:
        shown = self.screen(key)
        if not isinstance(shown, kind):
            raise TypeError(f"expected the {kind.__name__} for {key!r}, not {shown!r}")
        return shown

    # -- the walk --------------------------------------------------------------------------
    def at_the_desk(self) -> None:
        """The sign-in, then a busy moment at the check-in desk and its dialogs."""
        window = self.window
        self.settle()
        window._ensure_shell()  # the desk builds it from its event loop
        self.save("01-sign-in")
        self.sign_in(Role.DUTY_MANAGER)  # a busy moment: every kind of alert, long names
        self.busy = make_busy(self.session)
        self.sign_in(Role.FRONT_DESK)
        desk = self.screen_of("desk", DeskScreen)
        desk.scan(self.passes[0])
        self.save("02-desk-guest-scanned")
        self.dialog("19-dialog-queue-warning", desk.check_in)
        desk.scan(self.passes[1])
        self.save("02b-desk-not-eligible")
        self.dialog("03-dialog-manual-entry", desk.manual_entry)
        self.dialog(None, desk.manual_entry, fill=_type_an_entry)  # typed, cancelled: a draft
        self.dialog("20-dialog-manual-entry-draft", desk.manual_entry)
        desk.clear()
        desk.ui.inLoungeTable.selectRow(0)
        self.dialog("04-dialog-check-out", desk.check_out_selected)
        desk.select_visit(self.busy.owed_visit_id)
        self.dialog("21-dialog-check-out-owed", desk.check_out_selected)
        self.dialog("22-dialog-pass-held", desk.check_out_selected,
                    fill=lambda _shown: self.hold_a_pass())
        self.settle()  # the held pass is read on the desk once the dialog is gone
        self.dialog("05-dialog-exception-pin", desk.request_exception)
        window.banner.refresh()
        self.dialog("23-dialog-all-alerts", window.banner.more_button.click)
        if window.banner.note_buttons():
            self.dialog("24-dialog-note-for-duty-manager", window.banner.note_buttons()[0].click)

    def on_the_board(self) -> None:
        board = self.screen_of("board", BoardScreen)
        keys = [board.spaces_model.key_at(r) for r in range(board.spaces_model.rowCount())]
        parties = [r for r, key in enumerate(keys) if isinstance(key, tuple) and key[0] == "party"]
        if parties:
            board.ui.spacesTable.selectRow(parties[-1])
        self.save("06-board")
        self.dialog("07-dialog-move", board.move_selected)
        self.dialog("08-dialog-board-check-out", board.check_out_selected)
        if board.waiting_model.rowCount():
            board.ui.waitingTable.selectRow(0)
            self.dialog("09-dialog-seat", board.seat_selected)

    def complaints_and_the_lock(self) -> None:
        complaints = self.screen_of("complaints", ComplaintsScreen)
        complaints.ui.complaintsTable.selectRow(0)
        self.save("11-complaints")
        self.dialog("12-dialog-feedback-form", lambda: complaints.log_feedback_for(None, None))
        self.dialog("25-dialog-praise-form", lambda: complaints.log_feedback_for(None, None),
                    fill=_choose_praise)
        self.window.lock()
        self.save("13-lock-screen")
        self.save("26-lock-screen-pass-held", self.hold_a_pass())

    def as_duty_manager(self) -> None:
        self.sign_in(Role.DUTY_MANAGER)
        boarding_begun(self.session, "SK 501")
        alerts = self.window.banner.acknowledge_buttons()
        if alerts:
            self.dialog("10-dialog-acknowledge-alert", alerts[0].click)
        complaints = self.screen_of("complaints", ComplaintsScreen)
        assert self.busy is not None
        complaints.show_item(self.busy.complaint_id)
        self.dialog("27-dialog-promise-kept", complaints.resolve)
        self.screen("handover")
        self.save("14-shift-handover")
        self.screen("reports")
        self.save("15-reports")

    def boarding_begun(self) -> None:
        self.sign_in(Role.FRONT_DESK)
        desk = self.screen_of("desk", DeskScreen)
        desk.scan(self.passes[0])
        self.save("28-desk-boarding-begun")
        desk.check_in(past_queue=True)
        self.dialog("29-dialog-card-boarding-begun", desk.preview_card)
        self.dialog("30-dialog-print-boarding-begun", desk.print_card)

    def as_administrator(self) -> None:
        self.sign_in(Role.ADMINISTRATOR)
        staff_screen = self.screen_of("staff", StaffScreen)
        self.save("16-staff")
        staff_screen.ui.staffTable.selectRow(0)
        staff_screen.show_selected()
        staff_screen.ui.renameEdit.setText(staff_screen.ui.renameEdit.text() + " Kristiansen")
        staff_screen.rename()
        self.save("31-staff-renamed")
        erase = self.screen_of("erase", EraseGuestScreen)
        erase.ui.findEdit.setText("Oppenheimer")
        erase.find_guests()
        erase.ui.guestTable.selectRow(0)
        erase.show_selected()
        erase.ui.pinEdit.setText(_member(Role.ADMINISTRATOR)[1])
        self.save("32-erase-guest")
        erase.erase()
        self.save("33-erase-guest-done")
        settings = self.screen_of("settings", SettingsScreen)
        self.save("17-settings")
        settings.ui.tabs.setCurrentIndex(settings.ui.tabs.count() - 1)
        self.save("18-settings-access-rules")

    def close(self) -> None:
        self.window.close()
        self.db.close()


def _member(role: Role) -> tuple[str, str]:
    return next((m.name, m.pin) for m in DEMO_STAFF if m.role is role and m.pin is not None)


def _type_an_entry(shown: QWidget) -> None:
    if not isinstance(shown, ManualEntryDialog):
        raise TypeError(f"expected the manual entry dialog, not {shown!r}")
    ui = shown.ui
    ui.surnameEdit.setText("Oppenheimer-Vandenberghe")
    ui.givenNamesEdit.setText("Christina Magdalena")
    ui.carrierEdit.setText("SK")
    ui.flightNumberEdit.setText("1429")


def _choose_praise(shown: QWidget) -> None:
    if not isinstance(shown, FeedbackDialog):
        raise TypeError(f"expected the feedback form, not {shown!r}")
    ui = shown.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(FeedbackKind.PRAISE.value))
    ui.wordsEdit.setPlainText("The attendant found my daughter's lost passport in the "
                              "lobby and walked it to the gate for us.")
    ui.praisedStaffCombo.setCurrentIndex(ui.praisedStaffCombo.count() - 1)
    ui.praiseNoteEdit.setText("Passed on at the morning briefing")
