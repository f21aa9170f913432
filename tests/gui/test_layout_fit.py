"""Nothing is cut at 1280x800, 1366x768 and 1920x1080: every screen, every dialog.

The real window opens on a demo lounge (with long guest names and a resolved complaint),
sized as a kiosk's screen, and is signed in as each role. Every screen that role sees is
shown with a row chosen in each of its tables, and the dialogs are opened from the
screens as an agent opens them. ``tests.helpers.fit`` measures each text against its
widget; no word is compared, so longer words (Danish, Chinese) are measured the same.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from tests.helpers.fit import misfits
from vipdesk.clock import FakeClock
from vipdesk.demo import DEMO_STAFF, fill_demo_lounge
from vipdesk.demo.busy import BusyMoment, boarding_begun, make_busy
from vipdesk.domain.permissions import Permission
from vipdesk.domain.pin import PinKey
from vipdesk.domain.vocabulary import (
    ComplaintStatus,
    Department,
    FeedbackKind,
    Role,
    VisitStatus,
)
from vipdesk.gui.authorise_dialog import AuthoriseDialog
from vipdesk.gui.first_run_dialog import FirstRunDialog
from vipdesk.gui.main_window import MainWindow
from vipdesk.gui.style import STYLESHEET, apply_style
from vipdesk.services import complaints, staff
from vipdesk.services.session import Session
from vipdesk.storage.database import open_database
from vipdesk.storage.models import Complaint, Guest, Lounge, Visit

SIZES = [(1280, 800), (1366, 768), (1920, 1080)]
NOW = dt.datetime(2026, 11, 23, 10, 30, tzinfo=dt.UTC)
LONG_NAMES = [("Wolfeschlegelsteinhausenbergerdorff", "Maria-Alexandra Konstantina"),
              ("Papadopoulou-Vasilakopoulou", "Anastasia Evangelia"),
              ("Fernández de Córdoba y Montemayor", "Luis Alejandro")]
# Ms Astrid Lindqvist, business class on SK 501 from CPH today (day 327: 23 Nov 2026).
BOARDING_PASS = "M1LINDQVIST/ASTRIDMS  EABC123 CPHLHRSK 0501 327J002A0025 100"
ECONOMY_PASS = "M1WOLFESCHLEGELSTEINHEEABC124 CPHLHRSK 0501 327Y031C0026 100"
SECOND_PASS = "M1HANSEN/METTEMS      EABC125 CPHLHRSK 0501 327C004C0027 100"
# The desk takes the keyboard back after its dialogs (activateWindow), and prints to a
# printer: offscreen can do neither.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", "QPainter::begin")
ROWS_TRIED = 2  # rows chosen in turn in each table: each detail pane shown, twice


def member(role: Role) -> tuple[str, str]:
    return next((m.name, m.pin) for m in DEMO_STAFF if m.role is role)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, pin_key: PinKey) -> tuple[Path, BusyMoment]:
    """The demo lounge at a busy moment: long names, every alert kind, a queue, a promise
    overdue, an escalation with the desk's note and a flight that has begun boarding."""
    path = tmp_path_factory.mktemp("fit") / "demo.sqlite3"
    fill_demo_lounge(path, days=1, now=NOW, pin_key=pin_key, visits_per_day=60)
    db = open_database(path)
    try:
        here = Visit.select().where(Visit.status.in_([VisitStatus.SEATED, VisitStatus.WAITING]))
        for visit, (surname, given) in zip(here.order_by(Visit.id), LONG_NAMES, strict=False):
            Guest.update(surname=surname, given_names=given).where(
                Guest.id == visit.guest_id).execute()
        manager = Session(db=db, clock=FakeClock(NOW), pin_key=pin_key)
        manager.lounge_id = Lounge.select().first().id
        name, pin = member(Role.DUTY_MANAGER)
        from vipdesk.storage.models import Staff
        assert staff.sign_in(manager, Staff.get(Staff.name == name).id, pin).ok
        busy = make_busy(manager)
        boarding_begun(manager, "SK 501")
    finally:
        db.close()
    return path, busy


@pytest.fixture
def busy(demo: tuple[Path, BusyMoment]) -> BusyMoment:
    return demo[1]


@pytest.fixture
def session(tmp_path: Path, demo: tuple[Path, BusyMoment], pin_key: PinKey
            ) -> Iterator[Session]:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo[0], path)
    db = open_database(path)
    desk = Session(db=db, clock=FakeClock(NOW), pin_key=pin_key)
    desk.lounge_id = Lounge.select().first().id
    yield desk
    db.close()


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    """The desk's own look (its fonts and paddings decide what fits); undone afterwards."""
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def sign_in(window: MainWindow, role: Role) -> None:
    name, pin = member(role)
    assert staff.sign_in(window.session, staff_id(window, name), pin).ok
    window.on_signed_in()
    settle()


def staff_id(window: MainWindow, name: str) -> int:
    from vipdesk.storage.models import Staff
    return Staff.get(Staff.name == name).id


class Inspector:
    """Collects what does not fit, each line said once, under the place it was seen."""

    def __init__(self, window: MainWindow, size: tuple[int, int]) -> None:
        self.window, self.size = window, size
        self.problems: dict[str, str] = {}  # what is cut: where

    def look(self, place: str, root: QWidget) -> None:
        settle()
        if root is self.window:
            self.window_fits(place)
        for line in misfits(root):
            self.problems.setdefault(line, place)  # said once, where first seen

    def window_fits(self, place: str) -> None:
        """No screen built so far makes the window's minimum larger than the screen: on X
        the window would grow past the screen's edge."""
        need = self.window.minimumSizeHint().expandedTo(self.window.minimumSize())
        width, height = self.size
        if need.width() > width or need.height() > height:
            tall = need.height() > height
            largest = max(self.window.screens.items(), key=lambda item: (
                item[1].minimumSizeHint().height() if tall
                else item[1].minimumSizeHint().width()))
            hint = largest[1].minimumSizeHint()
            self.problems.setdefault(
                f"the window needs at least {need.width()}x{need.height()}; the largest "
                f"screen, {largest[0]}, needs {hint.width()}x{hint.height()}", place)

    def screens(self, place: str) -> None:
        """Every screen this role may open, with rows chosen in turn in each table."""
        for key, button in self.window.nav_buttons.items():
            if not button.isVisibleTo(self.window):
                continue
            self.window.show_screen(key)
            screen = self.window.current_screen()
            self.look(f"{place}/{key}", self.window)
            for tabs in screen.findChildren(QTabWidget):  # every page of every tab widget
                for index in range(tabs.count()):
                    if tabs.isVisible():
                        tabs.setCurrentIndex(index)
                        self.look(f"{place}/{key} tab {tabs.tabText(index)}", self.window)
                tabs.setCurrentIndex(0)
            for view in screen.findChildren(QAbstractItemView):
                if not view.isVisible() or view.model() is None:
                    continue
                for row in range(min(view.model().rowCount(), ROWS_TRIED)):
                    view.setCurrentIndex(view.model().index(row, 0))
                    self.look(f"{place}/{key} row {row} of {view.objectName()}", self.window)

    def dialog(self, place: str, opens: Callable[[], object],
               fill: Callable[[QWidget], None] | None = None,
               answer: Callable[[QWidget], None] | None = None, expect: int = 1) -> None:
        """Run ``opens``; each modal window it shows is measured, then cancelled. ``fill``
        (if given) is done to the first one before it is measured: typing, choosing;
        ``answer`` is done to it instead of cancelling, and may open ``expect`` - 1 more."""
        seen: list[QWidget] = []

        def check() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog in seen:
                return
            seen.append(dialog)
            if fill is not None and len(seen) == 1:
                fill(dialog)
                settle()
            self.look(f"{place} ({dialog.windowTitle()})", dialog)
            self.placement(place, dialog)
            if answer is not None and len(seen) == 1:
                answer(dialog)
                if dialog.isVisible():
                    dialog.close()
            elif isinstance(dialog, QDialog):
                dialog.done(QDialog.DialogCode.Rejected)
            else:
                dialog.close()
        timer = QTimer()
        timer.timeout.connect(check)
        timer.start(5)
        try:
            opens()
            check()  # a dialog opened with open(), not exec(), is up now
        finally:
            timer.stop()
        if len(seen) < expect:
            self.problems.setdefault(f"{len(seen)} dialogs opened, not {expect}", place)

    def placement(self, place: str, dialog: QWidget) -> None:
        """A dialog fits the screen and opens over the middle of the window."""
        width, height = self.size
        frame = dialog.frameGeometry()
        if frame.width() > width or frame.height() > height:
            self.problems.setdefault(
                f"dialog {frame.width()}x{frame.height()} larger than the screen", place)
        middle = self.window.frameGeometry().center()
        off = dialog.frameGeometry().center() - middle
        if abs(off.x()) > 2 or abs(off.y()) > 2:
            self.problems.setdefault(f"dialog off-centre by {off.x()},{off.y()}", place)


def resolve_one_complaint(session: Session) -> int:
    """The complaint detail after a resolve shows the close/reopen/escalate buttons."""
    for complaint in Complaint.select().where(Complaint.status.not_in(
            [ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED])
            & Complaint.promise_due_at.is_null()).order_by(Complaint.id.desc()):
        if complaint.status is ComplaintStatus.NEW:
            complaints.assign(session, complaint.id, Department.FRONT_DESK)
        if complaint.status is not ComplaintStatus.IN_PROGRESS:
            complaints.start_work(session, complaint.id)
        complaints.resolve(session, complaint.id, "Fresh coffee brought and apologised for.")
        return complaint.id
    raise AssertionError("the demo lounge has no open complaint to resolve")


def type_a_long_entry(dialog: QWidget) -> None:
    """Manual entry half typed, as an agent leaves it when the guest turns away."""
    ui = dialog.ui
    ui.surnameEdit.setText(LONG_NAMES[0][0])
    ui.givenNamesEdit.setText(LONG_NAMES[0][1])
    ui.titleCombo.setCurrentIndex(ui.titleCombo.count() - 1)
    ui.cabinCombo.setCurrentIndex(ui.cabinCombo.count() - 1)


def choose_praise(dialog: QWidget) -> None:
    """The feedback form with "Praise" chosen, a colleague named and a note."""
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(FeedbackKind.PRAISE.value))
    ui.wordsEdit.setPlainText("The attendant found my daughter's lost passport in the "
                              "lobby and walked it to the gate for us.")
    ui.praisedStaffCombo.setCurrentIndex(ui.praisedStaffCombo.count() - 1)
    ui.praiseNoteEdit.setText("Passed on at the morning briefing")


def desk_dialogs(inspector: Inspector, window: MainWindow, busy: BusyMoment) -> None:
    """What the front desk opens at a busy moment: the full alert list, a note for the duty
    manager, the queue warning, the card with boarding begun, a check-out with something
    still owed, manual entry with its draft, the praise form and a pass held over a dialog."""
    banner = window.banner
    assert banner.more_button.isVisible(), "the busy moment has more alerts than lines"
    inspector.dialog("banner/all alerts", banner.more_button.click)
    assert banner.note_buttons(), "an escalated wait gives the desk Add a note"
    inspector.dialog("banner/note for the duty manager", banner.note_buttons()[0].click)

    window.show_screen("desk")
    desk = window.current_screen()
    desk.scan(BOARDING_PASS)  # SK 501 has begun boarding; parties queue for the lobby
    inspector.look("front desk/desk, boarding begun", window)
    inspector.dialog("desk/queue warning", desk.check_in)
    assert desk.check_in(past_queue=True) is not None
    inspector.look("front desk/desk, checked in while boarding", window)
    inspector.dialog("desk/card preview, boarding begun", desk.preview_card)
    inspector.dialog("desk/print, boarding begun", desk.print_card)
    inspector.dialog("desk/print anyway: no printer", desk.print_card, expect=2,
                     answer=lambda box: box.button(QMessageBox.StandardButton.Yes).click())

    desk.reload_in_lounge()
    desk.select_visit(busy.owed_visit_id)
    inspector.dialog("desk/check-out, owed", desk.check_out_selected)
    inspector.dialog("desk/check-out, a pass held over it", desk.check_out_selected,
                     fill=lambda _dialog: hold_a_pass(inspector, window, "pass held"))
    inspector.dialog("desk/manual entry, typed", desk.manual_entry, fill=type_a_long_entry)
    assert desk.manual_draft is not None
    inspector.dialog("desk/manual entry, its draft", desk.manual_entry)

    window.show_screen("complaints")
    guest_id = Visit.get_by_id(busy.owed_visit_id).guest_id
    inspector.dialog("complaints/praise form", lambda: window.current_screen().log_feedback_for(
        guest_id, busy.owed_visit_id), fill=choose_praise)
    inspector.dialog("complaints/discard the feedback?", lambda: window.current_screen(
        ).log_feedback_for(guest_id, busy.owed_visit_id), expect=2,
        answer=lambda form: form.reject())  # the praise kept as a draft: asks first


def hold_a_pass(inspector: Inspector, window: MainWindow, place: str) -> None:
    """A scan while a dialog is open (or the desk is locked): held, with a note."""
    window.scans.take(SECOND_PASS)
    settle()
    notice = window.scans.notice
    assert notice.isVisible(), f"{place}: no note that the pass is held"
    inspector.look(place, notice)


def staff_actions(inspector: Inspector, window: MainWindow) -> None:
    """The staff screen after each action an administrator takes there: its messages."""
    from vipdesk.storage.models import Staff
    locked_out = Staff.get(Staff.name == member(Role.FRONT_DESK)[0])
    Staff.update(failed_pins=5, pin_retry_at=NOW + dt.timedelta(minutes=5)).where(
        Staff.id == locked_out.id).execute()
    window.show_screen("staff")
    screen = window.current_screen()
    screen.reload()
    screen.ui.staffTable.selectRow(screen.model.row_of(locked_out.id))
    inspector.look("administrator/staff, locked out", window)
    screen.clear_lockout()
    inspector.look("administrator/staff, lockout cleared", window)
    screen.ui.renameEdit.setText("Sofie Nørgaard-Rasmussen Kristiansen")
    screen.rename()
    inspector.look("administrator/staff, renamed", window)
    combo = screen.ui.selectedRoleCombo
    combo.setCurrentIndex(combo.findData(Role.DUTY_MANAGER))
    screen.change_role()
    inspector.look("administrator/staff, role changed", window)


def erase_a_guest(inspector: Inspector, window: MainWindow) -> None:
    """The erase-guest screen: a guest found, the PIN refused, then the guest erased."""
    window.show_screen("erase")
    screen = window.current_screen()
    screen.ui.findEdit.setText(LONG_NAMES[1][0])
    screen.find_guests()
    screen.ui.guestTable.selectRow(0)
    screen.show_selected()
    inspector.look("administrator/erase, a guest chosen", window)
    screen.ui.pinEdit.setText("000000")
    screen.erase()
    inspector.look("administrator/erase, wrong PIN", window)
    screen.ui.guestTable.selectRow(0)
    screen.ui.pinEdit.setText(member(Role.ADMINISTRATOR)[1])
    screen.erase()
    inspector.look("administrator/erase, erased", window)


def open_dialogs(inspector: Inspector, window: MainWindow, session: Session,
                 busy: BusyMoment) -> None:
    """The dialogs an agent opens from the desk, the board, the complaints and the banner."""
    window.show_screen("desk")
    desk = window.current_screen()
    inspector.dialog("desk/manual entry", desk.manual_entry)
    inspector.dialog("desk/exception", desk.request_exception)
    desk.ui.inLoungeTable.selectRow(0)
    inspector.dialog("desk/check-out", desk.check_out_selected)
    desk.last_visit_id = Visit.select().where(Visit.status == VisitStatus.SEATED).first().id
    inspector.dialog("desk/welcome card", desk.preview_card)

    window.show_screen("board")
    board = window.current_screen()
    parties = [row for row in range(board.spaces_model.rowCount())
               if board.spaces_model.key_at(row)[0] == "party"]
    for row in reversed(parties):  # a party some other space can take
        board.ui.spacesTable.selectRow(row)
        if board._space_options(board.data.party(board.selected_party()).party_size,
                                exclude=board.data.party(board.selected_party()).space_id):
            break
    inspector.dialog("board/move", board.move_selected)
    inspector.dialog("board/hand over", board.hand_over_selected)
    inspector.dialog("board/check-out", board.check_out_selected)
    if board.waiting_model.rowCount():
        board.ui.waitingTable.selectRow(0)
        inspector.dialog("board/seat", board.seat_selected)
    inspector.dialog("board/flight", lambda: board.edit_flight(new=True))
    spaces = [row for row in range(board.spaces_model.rowCount())
              if board.spaces_model.key_at(row)[0] == "space"]
    board.ui.spacesTable.selectRow(spaces[-1])
    inspector.dialog("board/reserve", board.reserve_selected)
    board.ui.spacesTable.selectRow(board.spaces_model.row_of(("party", busy.owed_visit_id)))
    inspector.dialog("board/check-out, owed", board.check_out_selected)
    if board.waiting_model.rowCount():
        board.ui.waitingTable.selectRow(0)
        inspector.dialog("board/acknowledge", board.acknowledge_selected)

    alerts = window.banner.acknowledge_buttons()
    if alerts:
        inspector.dialog("banner/acknowledge", alerts[0].click)
    window.show_screen("complaints")
    inspector.dialog("complaints/feedback form",
                     lambda: window.current_screen().log_feedback_for(None, None))
    complaints_screen = window.current_screen()
    complaints_screen.show_item(busy.complaint_id)
    inspector.dialog("complaints/was the promise kept", complaints_screen.resolve)
    window.show_screen("handover")
    handover = window.current_screen()
    if handover.shown is None:  # a shift ended here: its handover, to print
        handover.start_shift()
        handover.end_shift()
    assert handover.shown is not None
    inspector.look("duty manager/handover written", window)
    inspector.dialog("handover/print preview", handover.print_handover)
    inspector.dialog("authorise", AuthoriseDialog(
        session, Permission.LEAVE_KIOSK, window.tr(
            "Closing the desk needs a duty manager or an administrator."), parent=window).exec)


def open_the_desk(qtbot, session: Session, width: int, height: int) -> MainWindow:
    """The real window, shown at a kiosk's screen size, its shell built."""
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    qtbot.waitExposed(window)
    window._ensure_shell()
    return window


def walk_the_desk(qtbot, window: MainWindow, inspector: Inspector, session: Session,
                  busy: BusyMoment) -> None:
    """Every screen and dialog, signed in as each role, each shown to ``inspector.look``
    (the whole-app translation tests walk the same way with an inspector of their own)."""
    inspector.look("sign-in", window)
    for role, place in ((Role.FRONT_DESK, "front desk"), (Role.DUTY_MANAGER, "duty manager"),
                        (Role.ADMINISTRATOR, "administrator")):
        sign_in(window, role)
        resolved = resolve_one_complaint(session) if role is Role.DUTY_MANAGER else None
        inspector.screens(place)
        if resolved is not None:  # its detail: close, reopen, escalate, add a note
            window.show_screen("complaints")
            window.current_screen().show_item(resolved)
            inspector.look(f"{place}/complaints, one resolved", window)
        if role is Role.FRONT_DESK:  # the desk with a guest on it: the choices filled in
            window.show_screen("desk")
            window.current_screen().scan(BOARDING_PASS)
            inspector.look(f"{place}/desk with a guest", window)
            window.current_screen().scan(ECONOMY_PASS)  # paid entry, exception, waiting list
            inspector.look(f"{place}/desk with a guest not eligible", window)
            desk_dialogs(inspector, window, busy)
        if role is Role.ADMINISTRATOR:
            staff_actions(inspector, window)
            erase_a_guest(inspector, window)
        window.lock()
        inspector.look(f"{place}/locked", window)
        assert window.lock_alerts.shown_texts(), "the lock screen shows the alert strip"
        if role is Role.FRONT_DESK:
            hold_a_pass(inspector, window, f"{place}/locked, a pass held")
            inspector.look(f"{place}/locked, a pass held", window)
    sign_in(window, Role.DUTY_MANAGER)
    open_dialogs(inspector, window, session, busy)
    first_run = FirstRunDialog(session)  # before any window: centred on the screen
    qtbot.addWidget(first_run)
    first_run.show()
    inspector.look("first run", first_run)


def problems_at(qtbot, session: Session, busy: BusyMoment, width: int, height: int
                ) -> dict[str, str]:
    """What does not fit anywhere in the desk at this size: each text cut, where."""
    window = open_the_desk(qtbot, session, width, height)
    inspector = Inspector(window, (width, height))
    if (window.width(), window.height()) != (width, height):
        inspector.problems[f"window is {window.width()}x{window.height()}"] = "shell"
    walk_the_desk(qtbot, window, inspector, session, busy)
    return inspector.problems


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_text_fits_at_this_screen_size(qtbot, styled: None, session: Session,
                                              busy: BusyMoment, width: int, height: int
                                              ) -> None:
    problems = problems_at(qtbot, session, busy, width, height)
    cut = "\n".join(f"{where}: {what}" for what, where in problems.items())
    assert not problems, f"{len(problems)} texts cut at {width}x{height}:\n{cut}"


def pseudo_state_fonts(stylesheet: str) -> list[str]:
    """The rules that set a font only in a state (``:default``, ``:checked``, ``:hover``)."""
    found = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", stylesheet):
        for selector in selectors.split(","):
            if re.search(r"(?<!:):(?!:)[a-z-]+", selector) and "font" in body:
                found.append(selector.strip())
    return found


def test_no_state_of_a_widget_changes_its_font() -> None:
    """Qt sizes a widget with its own font; a bolder font set only in a state is drawn
    wider than it was measured, so its words are cut ("heck out without ratin" on the
    default button). The fit checker cannot see that font, so the stylesheet must not."""
    assert pseudo_state_fonts(STYLESHEET) == []
