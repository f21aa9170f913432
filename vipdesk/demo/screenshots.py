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
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from vipdesk.clock import FakeClock
    from vipdesk.demo import DEMO_STAFF, fill_demo_lounge
    from vipdesk.domain.vocabulary import Role
    from vipdesk.gui.centre_dialogs import centre_dialogs
    from vipdesk.gui.main_window import MainWindow
    from vipdesk.gui.style import apply_style
    from vipdesk.services import staff
    from vipdesk.services.session import Session
    from vipdesk.storage.database import open_database
    from vipdesk.storage.models import Lounge, Staff
    from vipdesk.storage.pin_key import key_at

    app = QApplication.instance() or QApplication(sys.argv[:1])
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

    def save(name: str, dialog: QWidget | None = None) -> None:
        settle()
        if dialog is not None:  # a real X server shows a new window a moment later
            QTest.qWait(300)
        picture = window.grab()
        if dialog is not None:  # drawn where it opened, over the window
            painter = QPainter(picture)
            at = dialog.frameGeometry().topLeft() - window.geometry().topLeft()
            painter.drawPixmap(QPoint(at.x(), at.y()), dialog.grab())
            painter.end()
        picture.save(str(out / f"{name}.png"))
        saved.append(f"{name}.png")

    def dialog(name: str, opens: Callable[[], object]) -> None:
        taken: list[QWidget] = []

        def take() -> None:
            shown = app.activeModalWidget()
            if shown is None or taken:
                return
            taken.append(shown)  # before saving: saving runs the event loop, and this timer
            save(name, shown)
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

    def sign_in(role: Role) -> None:
        name, pin = next((m.name, m.pin) for m in DEMO_STAFF if m.role is role)
        staff.sign_in(session, Staff.get(Staff.name == name).id, pin)
        window.on_signed_in()
        settle()

    def screen(key: str):  # any screen
        window.show_screen(key)
        settle()
        return window.current_screen()

    settle()
    window._ensure_shell()  # the desk builds it from its event loop
    save("01-sign-in")
    sign_in(Role.FRONT_DESK)
    desk = screen("desk")
    desk.scan(PASS)
    save("02-desk-guest-scanned")
    desk.scan(ECONOMY_PASS)
    save("02b-desk-not-eligible")
    dialog("03-dialog-manual-entry", desk.manual_entry)
    desk.clear()
    desk.ui.inLoungeTable.selectRow(0)
    dialog("04-dialog-check-out", desk.check_out_selected)
    dialog("05-dialog-exception-pin", desk.request_exception)
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
    alerts = window.banner.acknowledge_buttons()
    if alerts:
        dialog("10-dialog-acknowledge-alert", alerts[0].click)
    complaints = screen("complaints")
    complaints.ui.complaintsTable.selectRow(0)
    save("11-complaints")
    dialog("12-dialog-feedback-form", lambda: complaints.log_feedback_for(None, None))
    window.lock()
    save("13-lock-screen")
    sign_in(Role.DUTY_MANAGER)
    screen("handover")
    save("14-shift-handover")
    screen("reports")
    save("15-reports")
    sign_in(Role.ADMINISTRATOR)
    screen("staff")
    save("16-staff")
    settings = screen("settings")
    save("17-settings")
    settings.ui.tabs.setCurrentIndex(settings.ui.tabs.count() - 1)
    save("18-settings-access-rules")
    window.close()
    db.close()
    return saved


if __name__ == "__main__":
    sys.exit(main())
