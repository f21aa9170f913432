"""The kiosk shell: sign-in screen, navigation, the screens, and the status bar.

Above every page (sign-in and lock included) sits the clock warning, shown only
while the PC's clock disagrees with the time the database has seen. Above the lock
and sign-in screen sits the private alert banner (initials, no buttons), so a tired
guest is seen while nobody is signed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.permissions import Permission, allows
from vipdesk.domain.vocabulary import Role
from vipdesk.gui.after_paint import after_first_paint
from vipdesk.gui.ahead import ImportAhead
from vipdesk.gui.app_events import app_events
from vipdesk.gui.application import the_application
from vipdesk.gui.authorise_dialog import AuthoriseDialog
from vipdesk.gui.centre_dialogs import centre_dialogs
from vipdesk.gui.changes_elsewhere import ChangesElsewhere
from vipdesk.gui.clock_warning import ClockWarning
from vipdesk.gui.connection_watch import ConnectionWatch
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.desk_settings import DeskSettings, desk_name
from vipdesk.gui.idle_lock import ACTIVITY, IdleLock
from vipdesk.gui.language import when_language_changes
from vipdesk.gui.messages import StatusNote
from vipdesk.gui.put_away import put_away_windows
from vipdesk.gui.scan_routing import ScanRouter
from vipdesk.gui.scanner import KEY_EVENTS, ScanDetector
from vipdesk.gui.screens import ScreenSpec, all_screens
from vipdesk.gui.screens_ahead import ScreensAhead
from vipdesk.gui.sign_in_screen import SignInScreen
from vipdesk.gui.status_bar import DeskStatusBar
from vipdesk.services import staff as staff_service
from vipdesk.services.session import Session

if TYPE_CHECKING:  # built on first use, not imported at start-up
    from vipdesk.gui.complaints_screen import ComplaintsScreen
    from vipdesk.gui.desk_screen import DeskScreen

NAV_MIN_WIDTH = 180
FIRST_SCREEN = "desk"  # built ahead, before anyone signs in


class CurrentPageStack(QStackedWidget):
    """A stack whose minimum is the page on show: the lock screen's alert strip above it
    must not push the window past a 768-pixel screen because the hidden shell is tall."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class MainWindow(QMainWindow):
    def __init__(self, session: Session, *, kiosk: bool = False,
                 screens: list[ScreenSpec] | None = None) -> None:
        super().__init__()
        self.session, self.kiosk = session, kiosk
        self.specs = all_screens() if screens is None else screens
        self.screens: dict[str, QWidget] = {}
        self.nav_buttons: dict[str, QPushButton] = {}
        self._may_close = not kiosk
        self._nav_role: Role | None = None  # the role the nav shows screens for
        self.setWindowTitle(self.tr("VIP Desk"))
        when_language_changes(self, self.retranslate)
        self.setMinimumSize(1024, 700)

        self.events = DeskEvents(self)
        # Other desks' changes (PostgreSQL), heard from now until the window closes.
        self.changes = ChangesElsewhere(session, self.events, self)
        self.events.follow(self.changes)
        self.changes.start()
        if session.desk is None:
            session.desk = desk_name(DeskSettings())
        self._listen_to_every_key()
        centre_dialogs(the_application())  # no window manager places them on a kiosk

        self.pages = CurrentPageStack()
        self.sign_in = SignInScreen(session)
        self.sign_in.signed_in.connect(self.on_signed_in)
        self.sign_in.check_started.connect(self._read_ahead)
        self.shell: QWidget | None = None
        self.pages.addWidget(self.sign_in)
        self.clock_warning = ClockWarning(session, self.events)
        self.connection_watch = ConnectionWatch(session, self.events)
        self.changes.dropped.connect(self.connection_watch.server_away)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.connection_watch)
        central_layout.addWidget(self.clock_warning)
        self.central_layout = central_layout
        self.lock_banner: QWidget | None = None  # built with the shell: self.lock_alerts inside
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        # The sign-in screen shows first; the shell (and the alert banner that watches
        # waits even before anyone signs in) is built once it is on screen, or at sign-in.
        after_first_paint(self.sign_in, self._ensure_shell)

        self.status = DeskStatusBar(session, self)
        self.setStatusBar(self.status)
        self.note = StatusNote(self.status)  # the bar's passing note
        self.scans = ScanRouter(session, self.read_scan, self.note, self,
                                guest_on_desk=self.guest_on_desk)
        self.scanner.scanned.connect(self.scans.take)
        self.events.tick.connect(self.scans.check)
        self.events.tick.connect(self.status.on_tick)
        self.events.tick.connect(self.follow_changes_made_elsewhere)
        self.events.data_changed.connect(lambda _what: self.status.show_occupancy())
        self.events.feedback_requested.connect(self.open_feedback)
        self.events.complaint_requested.connect(self.open_complaint)
        the_application().focusChanged.connect(self._on_focus_changed)
        self.show_sign_in()

    def _listen_to_every_key(self) -> None:
        """One scanner path for the whole application: a scan, wherever focus is, is read on
        the desk or held (scan_routing.py), never typed into the focused widget. Installed
        first, so the idle lock (installed after, asked first) still sees every key; the
        screens built ahead wait while someone types."""
        self.scanner = ScanDetector(parent=self)
        shared_filter = app_events()
        shared_filter.listen(self.scanner, KEY_EVENTS, self.scanner.eventFilter)
        self.idle_lock = IdleLock(self.session, self)
        self.idle_lock.locked.connect(self.hand_back)
        shared_filter.listen(self.idle_lock, ACTIVITY, self.idle_lock.eventFilter)  # any key
        self.events.tick.connect(self.idle_lock.check)
        self.screens_ahead = ScreensAhead(self.screen_for, self._module_of, self._may_build_ahead,
                                          self)
        shared_filter.listen(self.screens_ahead, ACTIVITY, self._input_seen)

    def _lock_banner(self) -> QWidget:
        """The lock screen's alerts: initials only; the shell's banner raises and chimes."""
        from vipdesk.gui.alert_banner import AlertBanner

        self.lock_alerts = AlertBanner(self.session, self.events, private=True)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(20, 12, 20, 0)
        layout.addWidget(self.lock_alerts)
        return holder

    def _ensure_shell(self) -> QWidget:
        if self.shell is None:
            self.shell = self._build_shell()
            self.pages.addWidget(self.shell)
            self.lock_banner = self._lock_banner()
            self.central_layout.insertWidget(1, self.lock_banner)  # under the clock warning
            self.lock_banner.setVisible(self.pages.currentWidget() is self.sign_in)
            self.lock_alerts.refresh()
            self._build_ahead()
        return self.shell

    def _build_ahead(self) -> None:
        """The first screen most people open (the check-in desk) is built while the sign-in
        shows: its code imported on a background thread, then the screen made here."""
        first = next((spec for spec in self.specs if spec.key == FIRST_SCREEN), None)
        if first is None or FIRST_SCREEN in self.screens:
            return
        module = getattr(first.factory, "module", None)  # a LazyScreen's
        ImportAhead([module] if module else [], self._build_first_screen, self).start()

    @Slot()
    def _build_first_screen(self) -> None:
        if FIRST_SCREEN not in self.screens and self.shell is not None:
            self.screen_for(FIRST_SCREEN)

    def _build_shell(self) -> QWidget:
        from vipdesk.gui.alert_banner import AlertBanner  # with the services it watches

        shell = QWidget()
        layout = QHBoxLayout(shell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        nav = QFrame()
        nav.setObjectName("navBar")
        self.nav_layout = QVBoxLayout(nav)
        self.nav_layout.setContentsMargins(0, 0, 0, 12)
        self.nav_layout.setSpacing(2)
        self.nav_title = nav_title = QLabel()
        nav_title.setObjectName("navTitle")
        self.nav_layout.addWidget(nav_title)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        for spec in self.specs:
            button = QPushButton()
            button.setCheckable(True)
            button.setProperty("role", "nav")
            button.clicked.connect(lambda _=False, key=spec.key: self.show_screen(key))
            self.nav_group.addButton(button)
            self.nav_layout.addWidget(button)
            self.nav_buttons[spec.key] = button
        self.nav_layout.addStretch(1)
        self.lock_button = QPushButton()
        self.lock_button.setProperty("role", "nav")
        self.lock_button.clicked.connect(self.lock)
        self.sign_out_button = QPushButton()
        self.sign_out_button.setProperty("role", "nav")
        self.sign_out_button.clicked.connect(self.sign_out)
        self.nav_layout.addWidget(self.lock_button)
        self.nav_layout.addWidget(self.sign_out_button)
        self.nav = nav
        self.screen_stack = QStackedWidget()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screen_stack.addWidget(self.empty)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(20, 16, 20, 12)
        self.banner = AlertBanner(self.session, self.events)  # raises due alerts on the tick
        content_layout.addWidget(self.banner)
        content_layout.addWidget(self.screen_stack, 1)
        layout.addWidget(nav)
        layout.addWidget(content, 1)
        self._retranslate_shell()
        return shell

    def retranslate(self) -> None:
        """The language changed: the window's and the shell's own words again."""
        self.setWindowTitle(self.tr("VIP Desk"))
        if self.shell is not None:
            self._retranslate_shell()

    def _retranslate_shell(self) -> None:
        self.nav_title.setText(self.tr("VIP Desk"))
        for spec in self.specs:
            title = QCoreApplication.translate("Screens", spec.title)
            self.nav_buttons[spec.key].setText(title.replace("&", "&&"))  # "&" is no shortcut
        self.lock_button.setText(self.tr("Lock desk"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.empty.setText(self.tr("Nothing to show for your role."))
        # As wide as its longest title needs (Danish is longer), and no wider: the screens
        # need the room at 1280x800. Fixed, so it does not jump as titles are hidden.
        self.nav.setFixedWidth(max(NAV_MIN_WIDTH, self.nav_layout.sizeHint().width()))

    # -- signing in and out ------------------------------------------------------------
    @Slot()
    def show_sign_in(self) -> None:
        self.sign_in.reload()
        self.pages.setCurrentWidget(self.sign_in)
        if self.lock_banner is not None:
            self.lock_banner.show()
            self.lock_alerts.refresh()
        self.status.reload()
        self.clock_warning.check()

    @Slot()
    def _read_ahead(self) -> None:
        """While the PIN is checked on a worker, read what the desk shows right after."""
        if self.shell is not None:
            self.banner.read_ahead()

    @Slot()
    def on_signed_in(self) -> None:
        shell = self._ensure_shell()
        self.idle_lock.restart()
        allowed = self._show_nav_for_role()
        self.pages.setCurrentWidget(shell)
        self._nav_role = self._signed_in_role()
        if self.lock_banner is not None:
            self.lock_banner.hide()
        self.status.reload()
        self.clock_warning.check()
        self.banner.prime()
        if allowed:
            self.show_screen(allowed[0].key)
        else:
            self.screen_stack.setCurrentWidget(self.empty)
        self.claim_keyboard()
        if self.sign_in.pin_change_due:
            self.note.warning(self.tr(
                "Your PIN no longer meets the PIN rules: please ask an administrator to set "
                "a new one in Staff."), seconds=120)
        self.scans.release()  # a pass scanned at the lock or sign-in screen
        self.screens_ahead.start([s.key for s in allowed if s.key not in self.screens])

    def _input_seen(self, _watched: QObject, _event: QEvent) -> bool:
        self.screens_ahead.noticed_input()
        return False

    def _module_of(self, key: str) -> str | None:
        spec = next(s for s in self.specs if s.key == key)
        return getattr(spec.factory, "module", None)  # a LazyScreen's

    def _may_build_ahead(self) -> bool:
        """Only for the person signed in, at work on the desk (not the lock or sign-in)."""
        return (self.session.staff is not None and not self.session.locked
                and self.shell is not None and self.pages.currentWidget() is self.shell)

    def _show_nav_for_role(self) -> list[ScreenSpec]:
        """Show the screens the signed-in person's role allows; returns them."""
        role = self._signed_in_role()
        allowed = [s for s in self.specs if allows(role, s.permission)]
        for spec in self.specs:
            self.nav_buttons[spec.key].setVisible(spec in allowed)
        return allowed

    @Slot()
    def follow_changes_made_elsewhere(self) -> None:
        """An administrator at another desk changed the person signed in here. The services
        judge every step by the stored role (``Session.require``); this makes the screens
        follow at the next tick: a deactivated person's desk goes back to the sign-in, a
        new role shows its own screens."""
        if self.shell is None or self.pages.currentWidget() is not self.shell:
            return
        if self.session.staff is None:  # signed out by a refused step (SignedOut)
            self.hand_back()
            self.note.warning(self.tr(
                "You have been signed out: an administrator has changed your account so "
                "that you can no longer sign in here."), seconds=120)
            return
        if self.session.staff.role is not self._nav_role:
            self._nav_role = self._signed_in_role()
            allowed = self._show_nav_for_role()
            current = next((s for s in self.specs
                            if self.screens.get(s.key) is self.screen_stack.currentWidget()),
                           None)
            if current is not None and current not in allowed:
                if allowed:
                    self.show_screen(allowed[0].key)
                else:
                    self.screen_stack.setCurrentWidget(self.empty)

    @Slot()
    def lock(self) -> None:
        staff_service.lock(self.session)
        self.hand_back()

    @Slot()
    def sign_out(self) -> None:
        staff_service.sign_out(self.session)
        self.hand_back()

    @Slot()
    def hand_back(self) -> None:
        """The desk is locked or signed out: whoever comes next sees none of the last
        agent's work. Every open dialog and preview closes (a form keeps its draft), every
        screen built so far forgets the agent (``forget_agent()``), and the sign-in shows."""
        put_away_windows()
        self.screens_ahead.stop()
        for screen in self.screens.values():
            forget = getattr(screen, "forget_agent", None)
            if callable(forget):
                forget()
        self.note.clear()
        self.show_sign_in()
        self.scans.release()  # a held pass stays held, its guest's name off the screen

    # -- scans ---------------------------------------------------------------------------
    def read_scan(self, text: str) -> None:
        """A scanned pass is the next guest: the desk comes to the front and reads it."""
        role = self._signed_in_role()
        if not any(s.key == "desk" and allows(role, s.permission)
                   for s in self.specs):
            self.note.warning(self.tr(
                "The boarding pass was not read: checking guests in is not part of your "
                "role."), seconds=30)
            return
        if self.current_screen() is not self.screens.get("desk"):  # else the list is current
            self.show_screen("desk")
        self.desk_screen().read_pass(text)

    def guest_on_desk(self) -> bool:
        """Whether the desk shows a guest the agent has not checked in or cleared yet."""
        desk = self.screens.get("desk")
        return desk is not None and getattr(desk, "details", None) is not None

    # -- screens -------------------------------------------------------------------------
    def screen_for(self, key: str) -> QWidget:
        """The screen for ``key``, built on first use so start-up stays quick."""
        if key not in self.screens:
            spec = next(s for s in self.specs if s.key == key)
            widget = spec.factory(self.session, self.events)
            self.screens[key] = widget
            self.screen_stack.addWidget(widget)
            if hasattr(widget, "guest_gone"):  # a pass held for the desk is read then
                widget.guest_gone.connect(self.scans.release)
        return self.screens[key]

    def show_screen(self, key: str) -> None:
        widget = self.screen_for(key)
        self.nav_buttons[key].setChecked(True)
        self.screen_stack.setCurrentWidget(widget)
        if hasattr(widget, "activate"):
            widget.activate()

    @Slot(int)
    def open_feedback(self, visit_id: int) -> None:
        """The feedback form for a guest seen on the desk or the board (0: nobody)."""
        staff = self.session.staff
        if staff is None or not any(s.key == "complaints" and allows(staff.role, s.permission)
                                    for s in self.specs):
            return
        from vipdesk.services.checkin import find_visit
        visit = find_visit(self.session, visit_id) if visit_id else None
        self.show_screen("complaints")
        self.complaints_screen().log_feedback_for(visit.guest_id if visit else None,
                                                  visit.id if visit else None)

    @Slot(int)
    def open_complaint(self, complaint_id: int) -> None:
        """One complaint in full (the banner's Open), for whoever may see complaints."""
        staff = self.session.staff
        if staff is None or not any(s.key == "complaints" and allows(staff.role, s.permission)
                                    for s in self.specs):
            return
        self.show_screen("complaints")
        self.complaints_screen().show_complaint(complaint_id)

    def desk_screen(self) -> DeskScreen:
        return cast("DeskScreen", self.screen_for("desk"))  # the "desk" spec builds one

    def complaints_screen(self) -> ComplaintsScreen:
        return cast("ComplaintsScreen", self.screen_for("complaints"))

    def current_screen(self) -> QWidget | None:
        return self.screen_stack.currentWidget()

    def _signed_in_role(self) -> Role:
        """The signed-in person's role; only asked while someone is signed in."""
        staff = self.session.staff
        if staff is None:
            raise RuntimeError("nobody is signed in at this desk")
        return staff.role

    # -- kiosk ---------------------------------------------------------------------------
    def claim_keyboard(self) -> None:
        """Make the desk the active window, so its shortcuts (F2, Esc...) and focus work.

        A window manager activates a window when it is mapped or clicked; a kiosk running
        one program on plain X has none, and a window Qt never saw activated ignores every
        window shortcut. Asked for when the window is shown (Qt waits until it is mapped),
        on sign-in, and when one of our dialogs closes and leaves no window active (not
        when the desk merely locks: on a PC with other programs, that would take the
        keyboard from them). Never while a dialog or a menu is open: it has the keyboard."""
        if (not self.isVisible() or self.isActiveWindow()
                or QApplication.activeModalWidget() is not None
                or QApplication.activePopupWidget() is not None):
            return
        self.activateWindow()

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """A dialog of ours closed and X gave the keyboard to nobody: take it back. (Another
        program taking the keyboard leaves our window open, and that is left alone.) The
        focus leaves while the dialog is still closing: it is looked at once it has gone."""
        if new is None and old is not None:
            left = old.window()
            QTimer.singleShot(0, self, lambda: self._claim_if_closed(left))

    def _claim_if_closed(self, window: QWidget) -> None:
        try:
            closed = window is not self and not window.isVisible()
        except RuntimeError:  # the dialog is deleted already
            closed = True
        if closed:
            self.claim_keyboard()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.claim_keyboard()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
            self.events.stop()  # no thread left listening
            return
        dialog = AuthoriseDialog(
            self.session, Permission.LEAVE_KIOSK,
            self.tr("Closing the desk needs a duty manager or an administrator."), parent=self)
        if dialog.exec() == AuthoriseDialog.DialogCode.Accepted:
            self._may_close = True
            event.accept()
            self.events.stop()
        else:
            event.ignore()
