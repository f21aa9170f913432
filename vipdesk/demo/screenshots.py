"""Screenshots of every screen and the main dialogs, on a fresh demo lounge.

    python -m vipdesk.demo.screenshots --out docs/screenshots [--size 1280x800]

The real window opens under the current Qt platform (Xvfb, a desktop, or
``QT_QPA_PLATFORM=offscreen``) at a fixed demo time, signed in as the role that uses
each screen, and saves one PNG per screen or dialog. A dialog is drawn over the window
where it opened, as the agent sees it. The demo database and its PIN key live in a
temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

NOW = dt.datetime(2026, 11, 23, 10, 30, tzinfo=dt.UTC)  # a Monday morning at CPH
PASS = "M1LINDQVIST/ASTRIDMS  EABC123 CPHLHRSK 0501 327J002A0025 100"
ECONOMY_PASS = "M1WOLFESCHLEGELSTEINHEEABC124 CPHLHRSK 0501 327Y031C0026 100"
HELD_PASS = "M1HANSEN/METTEMS      EABC125 CPHLHRSK 0501 327C004C0027 100"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vipdesk-shots-") as folder:
        key_folder = Path(folder) / "key"  # never the database's folder
        os.environ.setdefault("VIPDESK_PIN_KEY", str(key_folder / "pin.key"))
        saved = _shoot(Path(folder) / "demo.sqlite3", args.out, width, height)
    for name in saved:
        print(args.out / name)
    return 0


def _shoot(db_path: Path, out: Path, width: int, height: int) -> list[str]:
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog, QWidget

    from vipdesk.clock import FakeClock
    from vipdesk.demo import DEMO_STAFF, fill_demo_lounge
    from vipdesk.demo.busy import boarding_begun, make_busy
    from vipdesk.domain.vocabulary import FeedbackKind, Role
    from vipdesk.gui.application import application_for_desk
    from vipdesk.gui.centre_dialogs import centre_dialogs
    from vipdesk.gui.feedback_dialog import FeedbackDialog
    from vipdesk.gui.main_window import MainWindow
    from vipdesk.gui.manual_entry_dialog import ManualEntryDialog
    from vipdesk.gui.style import apply_style
    from vipdesk.services import staff
    from vipdesk.services.session import Session
    from vipdesk.storage.database import open_database
    from vipdesk.storage.models import Lounge, Staff
    from vipdesk.storage.pin_key import key_at

    app = application_for_desk()
    apply_style(app)
    centre_dialogs(app)
    pin_key = key_at(Path(os.environ["VIPDESK_PIN_KEY"]))
    fill_demo_lounge(db_path, days=3, now=NOW, pin_key=pin_key)
    db = open_database(db_path)
    session = Session(db=db, clock=FakeClock(NOW), pin_key=pin_key)
    session.lounge_id = Lounge.select().first().id
    window = MainWindow(session)
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    saved: list[str] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def save(name: str, *windows: QWidget) -> None:
        """The window, with ``windows`` (dialogs, a note) drawn over it where they are."""
        settle()
        if windows:  # a real X server shows a new window a moment later
            QTest.qWait(300)
        picture = window.grab()
        painter = QPainter(picture)
        for shown in windows:
            at = shown.frameGeometry().topLeft() - window.geometry().topLeft()
            painter.drawPixmap(QPoint(at.x(), at.y()), shown.grab())
        painter.end()
        picture.save(str(out / f"{name}.png"))
        saved.append(f"{name}.png")

    def dialog(name: str | None, opens: Callable[[], object],
               fill: Callable[[QWidget], object] | None = None) -> None:
        """Shoot the first dialog ``opens`` shows (after ``fill``), then cancel it; with no
        name, only fill it and cancel it."""
        taken: list[QWidget] = []

        def take() -> None:
            shown = app.activeModalWidget()
            if shown is None or taken:
                return
            taken.append(shown)  # before saving: saving runs the event loop, and this timer
            extra = fill(shown) if fill is not None else None
            if name is not None:
                save(name, shown, *([extra] if isinstance(extra, QWidget) else []))
            shown.done(QDialog.DialogCode.Rejected) if isinstance(shown, QDialog) \
                else shown.close()
        timer = QTimer()
        timer.timeout.connect(take)
        timer.start(20)
        try:
            opens()
            take()  # a dialog opened with open(), not exec()
        finally:
            timer.stop()

    def member(role: Role) -> tuple[str, str]:
        return next((m.name, m.pin) for m in DEMO_STAFF if m.role is role and m.pin is not None)

    def sign_in(role: Role) -> None:
        name, pin = member(role)
        staff.sign_in(session, Staff.get(Staff.name == name).id, pin)
        window.on_signed_in()
        settle()

    def hold_a_pass() -> QWidget:
        """A pass scanned while a dialog is open or the desk is locked: held, with a note."""
        window.scans.take(HELD_PASS)
        settle()
        return window.scans.notice

    def type_an_entry(shown: QWidget) -> None:
        if not isinstance(shown, ManualEntryDialog):
            raise TypeError(f"expected the manual entry dialog, not {shown!r}")
        ui = shown.ui
        ui.surnameEdit.setText("Oppenheimer-Vandenberghe")
        ui.givenNamesEdit.setText("Christina Magdalena")
        ui.carrierEdit.setText("SK")
        ui.flightNumberEdit.setText("1429")

    def choose_praise(shown: QWidget) -> None:
        if not isinstance(shown, FeedbackDialog):
            raise TypeError(f"expected the feedback form, not {shown!r}")
        ui = shown.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(FeedbackKind.PRAISE.value))
        ui.wordsEdit.setPlainText("The attendant found my daughter's lost passport in the "
                                  "lobby and walked it to the gate for us.")
        ui.praisedStaffCombo.setCurrentIndex(ui.praisedStaffCombo.count() - 1)
        ui.praiseNoteEdit.setText("Passed on at the morning briefing")

    def screen(key: str):  # any screen
        window.show_screen(key)
        settle()
        return window.current_screen()

    settle()
    window._ensure_shell()  # the desk builds it from its event loop
    save("01-sign-in")
    sign_in(Role.DUTY_MANAGER)  # a busy moment: every kind of alert, long names
    busy = make_busy(session)
    sign_in(Role.FRONT_DESK)
    desk = screen("desk")
    desk.scan(PASS)
    save("02-desk-guest-scanned")
    dialog("19-dialog-queue-warning", desk.check_in)
    desk.scan(ECONOMY_PASS)
    save("02b-desk-not-eligible")
    dialog("03-dialog-manual-entry", desk.manual_entry)
    dialog(None, desk.manual_entry, fill=type_an_entry)  # typed, then cancelled: a draft
    dialog("20-dialog-manual-entry-draft", desk.manual_entry)
    desk.clear()
    desk.ui.inLoungeTable.selectRow(0)
    dialog("04-dialog-check-out", desk.check_out_selected)
    desk.select_visit(busy.owed_visit_id)
    dialog("21-dialog-check-out-owed", desk.check_out_selected)
    dialog("22-dialog-pass-held", desk.check_out_selected,
           fill=lambda _shown: hold_a_pass())
    settle()  # the held pass is read on the desk once the dialog is gone
    dialog("05-dialog-exception-pin", desk.request_exception)
    window.banner.refresh()
    dialog("23-dialog-all-alerts", window.banner.more_button.click)
    if window.banner.note_buttons():
        dialog("24-dialog-note-for-duty-manager", window.banner.note_buttons()[0].click)
    board = screen("board")
    parties = [r for r in range(board.spaces_model.rowCount())
               if board.spaces_model.key_at(r)[0] == "party"]
    if parties:
        board.ui.spacesTable.selectRow(parties[-1])
    save("06-board")
    dialog("07-dialog-move", board.move_selected)
    dialog("08-dialog-board-check-out", board.check_out_selected)
    if board.waiting_model.rowCount():
        board.ui.waitingTable.selectRow(0)
        dialog("09-dialog-seat", board.seat_selected)
    complaints = screen("complaints")
    complaints.ui.complaintsTable.selectRow(0)
    save("11-complaints")
    dialog("12-dialog-feedback-form", lambda: complaints.log_feedback_for(None, None))
    dialog("25-dialog-praise-form", lambda: complaints.log_feedback_for(None, None),
           fill=choose_praise)
    window.lock()
    save("13-lock-screen")
    save("26-lock-screen-pass-held", hold_a_pass())
    sign_in(Role.DUTY_MANAGER)
    boarding_begun(session, "SK 501")
    alerts = window.banner.acknowledge_buttons()
    if alerts:
        dialog("10-dialog-acknowledge-alert", alerts[0].click)
    complaints = screen("complaints")
    complaints.show_item(busy.complaint_id)
    dialog("27-dialog-promise-kept", complaints.resolve)
    screen("handover")
    save("14-shift-handover")
    screen("reports")
    save("15-reports")
    sign_in(Role.FRONT_DESK)
    desk = screen("desk")
    desk.scan(PASS)
    save("28-desk-boarding-begun")
    desk.check_in(past_queue=True)
    dialog("29-dialog-card-boarding-begun", desk.preview_card)
    dialog("30-dialog-print-boarding-begun", desk.print_card)
    sign_in(Role.ADMINISTRATOR)
    staff_screen = screen("staff")
    save("16-staff")
    staff_screen.ui.staffTable.selectRow(0)
    staff_screen.show_selected()
    staff_screen.ui.renameEdit.setText(staff_screen.ui.renameEdit.text() + " Kristiansen")
    staff_screen.rename()
    save("31-staff-renamed")
    erase = screen("erase")
    erase.ui.findEdit.setText("Oppenheimer")
    erase.find_guests()
    erase.ui.guestTable.selectRow(0)
    erase.show_selected()
    erase.ui.pinEdit.setText(member(Role.ADMINISTRATOR)[1])
    save("32-erase-guest")
    erase.erase()
    save("33-erase-guest-done")
    settings = screen("settings")
    save("17-settings")
    settings.ui.tabs.setCurrentIndex(settings.ui.tabs.count() - 1)
    save("18-settings-access-rules")
    window.close()
    db.close()
    return saved


if __name__ == "__main__":
    sys.exit(main())
