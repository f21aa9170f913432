"""Where a scan goes, wherever the agent is, and what the agent is told.

- Signed in, no dialog open: the pass is the next guest; the check-in desk comes to the
  front and reads it (``read``).
- A dialog or message box open: the dialog is not touched. The pass is held and the agent
  sees "Pass of Ms Chen held: finish or cancel this first" over the dialog and in the status
  bar; it is read as soon as no dialog is left.
- A pass that waited for a dialog, when the dialog leaves a guest on the desk (manual entry's
  OK, "Seat X first"): the agent's guest is not replaced. The pass stays held, with "Pass of
  Ms Chen held: check in or clear the guest on screen first", and is read once the desk is
  free (``guest_on_desk`` is false again, told by :meth:`release`). Scanning again reads the
  new pass at once, as on the desk.
- Locked, or nobody signed in: the pass is held, and a note low on the screen and the status
  bar say a pass will be read after sign-in, with no name (no guest's data is shown before
  sign-in). Whoever signs in next reads it, as the guest is still at the desk; after
  :data:`HOLD_WHILE_LOCKED` the guest has gone or scans again, so it is dropped, and the
  status bar says so.
Only the last pass is held: a second scan replaces the first, as it would on the desk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from vipdesk.domain.bcbp import BoardingPassError, parse
from vipdesk.domain.names import short_address
from vipdesk.gui.app_events import app_events
from vipdesk.gui.language import when_language_changes
from vipdesk.gui.messages import StatusNote
from vipdesk.gui.put_away import open_dialogs
from vipdesk.services.session import Session

HOLD_WHILE_LOCKED = dt.timedelta(minutes=2)
DROPPED_NOTE_SECONDS = 120
NOTICE_STYLE = ("background: #fff3dc; color: #7a4a00; border: 2px solid #d08a00; "
                "font-size: 16px; font-weight: 600; padding: 8px 14px;")


@dataclass
class HeldScan:
    text: str
    scanned_at: dt.datetime
    name: str  # "Ms Chen"; "" when the pass names nobody or does not read
    while_locked: bool = False  # the desk was locked at some time while it was held
    waited: bool = False  # it could not be read when scanned: the agent was busy with another


def name_on(text: str) -> str:
    """The guest's form of address on a pass, for the note; '' if it does not read."""
    try:
        boarding_pass = parse(text)
    except BoardingPassError:
        return ""
    return short_address(boarding_pass.title, boarding_pass.given_names, boarding_pass.surname)


def open_dialog() -> QWidget | None:
    """The dialog or message box the agent is in, if any (the innermost)."""
    modal = QApplication.activeModalWidget()
    if modal is not None:
        return modal
    dialogs = open_dialogs()
    return dialogs[0] if dialogs else None


def close_popups() -> None:
    """An open menu or list would take the keys of what the desk shows next."""
    while (popup := QApplication.activePopupWidget()) is not None:
        if not popup.close():
            popup.hide()


class HeldNotice(QLabel):
    """A small note over a dialog: it sits just above it, or below when there is no room."""

    def __init__(self, owner: QWidget | None = None) -> None:
        super().__init__(owner, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("heldScanNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(NOTICE_STYLE)

    def fit(self, text: str) -> None:
        """As wide as its words (adjustSize would cap a window at 2/3 of the screen)."""
        self.setText(text)
        self.ensurePolished()
        self.resize(self.sizeHint())

    def show_over(self, dialog: QWidget, text: str) -> None:
        self.fit(text)
        frame = dialog.frameGeometry()
        screen = dialog.screen().availableGeometry()
        x = frame.center().x() - self.width() // 2
        y = frame.top() - self.height() - 8
        if y < screen.top():
            y = frame.bottom() + 8
        if y + self.height() > screen.bottom():
            y = frame.top() + 8
        x = max(screen.left(), min(x, screen.right() - self.width()))
        self.move(x, y)
        self.show()  # a tool tip window: above the dialog without raising, never focused

    def show_low_in(self, window: QWidget, text: str, above: int = 48) -> None:
        """Low in the middle of ``window``, ``above`` pixels over its bottom edge."""
        self.fit(text)
        self.move(window.mapToGlobal(QPoint((window.width() - self.width()) // 2,
                                            window.height() - self.height() - above)))
        self.show()


class ScanRouter(QObject):
    """Takes each scan (:meth:`take`); ``read(text)`` reads a pass on the desk."""

    def __init__(self, session: Session, read: Callable[[str], None], note: StatusNote,
                 parent: QObject | None = None,
                 guest_on_desk: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self.session, self.read, self.note = session, read, note
        self.guest_on_desk = guest_on_desk
        self.held: HeldScan | None = None
        self.notice = HeldNotice(parent if isinstance(parent, QWidget) else None)
        self._note = ""  # the status bar message shown for the held pass
        self._words: Callable[[], str] | None = None  # makes it again in a new language
        when_language_changes(self.notice, self.retranslate)
        self._watching = False
        self._watch_handle = 0

    def desk_open(self) -> bool:
        return self.session.staff is not None and not self.session.locked

    # -- a scan comes in -------------------------------------------------------------------
    @Slot(str)
    def take(self, text: str) -> None:
        close_popups()
        self.held = HeldScan(text, self.session.clock.now(), name_on(text))
        self.release()

    @Slot()
    def release(self) -> None:
        """Read the held pass if the agent is free for it; otherwise say why it waits."""
        held = self.held
        if held is None:
            return
        if not self.desk_open():
            held.while_locked = held.waited = True
            words = lambda: self.tr(  # noqa: E731
                "A boarding pass was scanned; it will be read after sign-in.")
            window = self.parent()
            if isinstance(window, QWidget) and window.isVisible():
                self.notice.show_low_in(window, words())
            else:
                self.notice.hide()
            self._say(words)
            self._watch(True)
            return
        if held.while_locked and self._stale(held):
            self._drop()
            return
        dialog = open_dialog()
        if dialog is not None:
            name = held.name
            words = (lambda: self.tr("Pass of {name} held: finish or cancel this first").format(
                name=name)) if name else (
                lambda: self.tr("A scanned pass is held: finish or cancel this first"))
            held.waited = True
            self.notice.show_over(dialog, words())
            self._say(words)
            self._watch(True)
            return
        if held.waited and self.guest_on_desk():
            self._wait_for_the_desk(held)
            return
        self._forget()
        self.read(held.text)

    def _wait_for_the_desk(self, held: HeldScan) -> None:
        """The dialog just left a guest on the desk: they stay; the pass waits, and says so
        low on the screen, over the status bar, where it covers none of the desk's buttons."""
        name = held.name
        words = (lambda: self.tr(
            "Pass of {name} held: check in or clear the guest on screen first").format(
                name=name)) if name else (lambda: self.tr(
                    "A scanned pass is held: check in or clear the guest on screen first"))
        window = self.parent()
        if isinstance(window, QWidget) and window.isVisible():
            self.notice.show_low_in(window, words(), above=0)
        self._say(words)
        self._watch(True)  # a dialog opening over the desk puts the note over it

    @Slot()
    def check(self) -> None:
        """On the clock's tick: a pass held at a locked desk for too long is dropped."""
        if self.held is not None and self.held.while_locked and self._stale(self.held):
            self._drop()

    def _stale(self, held: HeldScan) -> bool:
        return self.session.clock.now() - held.scanned_at > HOLD_WHILE_LOCKED

    def _drop(self) -> None:
        self._forget()
        self.note.warning(self.tr(
            "A boarding pass scanned while the desk was locked was not read: it is more "
            "than two minutes old. Please scan it again."), seconds=DROPPED_NOTE_SECONDS)

    def _forget(self) -> None:
        self.held = None
        self.notice.hide()
        if self._note:
            self.note.clear(self._note)
        self._note = ""
        self._words = None
        self._watch(False)

    def _say(self, words: Callable[[], str]) -> None:
        self._words = words
        self._note = words()
        self.note.show(self._note)

    def retranslate(self) -> None:
        """The language changed: the note of a held pass says it again in the new one."""
        words = self._words
        if words is None:
            return
        old, self._note = self._note, words()
        if self.notice.isVisible():
            self.notice.fit(self._note)
        if self.note.text() == old:
            self.note.show(self._note)

    # -- noticing that the dialog closed -----------------------------------------------------
    def _watch(self, on: bool) -> None:
        """While a pass is held, every window shown or hidden is a chance to read it."""
        if on == self._watching:
            return
        if on:
            self._watch_handle = app_events().listen(
                self, (QEvent.Type.Hide, QEvent.Type.Show), self.eventFilter)
        else:
            app_events().forget(self._watch_handle)
        self._watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() in (QEvent.Type.Hide, QEvent.Type.Show) and watched is not self.notice
                and isinstance(watched, QWidget) and watched.isWindow()):
            QTimer.singleShot(0, self, self.release)
        return False
