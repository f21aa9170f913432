"""The strip above every screen while the lounge database's server cannot be reached.

On PostgreSQL the server may restart or the network drop for a while. What fails then
(the tick's reads, an action) is not a fault of the desk's: instead of a message box per
failure, the desk shows one calm strip, "Connection to the lounge database lost,
retrying…", keeps every screen as it is (whatever is typed stays typed), and asks the
server again every :data:`PROBE_EVERY_MS` on a worker thread, so the desk never waits
for a network timeout. When the server answers, the dead connection is closed (the next
read opens a new one), the strip goes, and every screen reads again (changes made at other
desks meanwhile sent no notice that reached this one).

An action tried while the connection was lost says so itself and is never saved twice
(:mod:`vipdesk.services.actions`). On SQLite there is no server: the strip never shows.
"""

from __future__ import annotations

import contextlib
import threading

from peewee import PostgresqlDatabase
from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vipdesk.desk_log import log
from vipdesk.domain import lounge_time
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.language import when_language_changes
from vipdesk.gui.style import AMBER
from vipdesk.services.session import Session
from vipdesk.storage import postgres
from vipdesk.storage.trouble import Trouble, trouble_of

PROBE_EVERY_MS = 2_000
# What every screen re-reads when the connection is back (DeskEvents.data_changed's words).
REREAD = ("settings", "staff", "visits", "complaints", "shifts")


class ConnectionWatch(QFrame):
    """Amber, one line, above the pages of the main window; hidden while all is well."""

    lost = Signal()
    back = Signal()
    _answered = Signal(bool)  # from the probe's worker thread

    def __init__(self, session: Session, events: DeskEvents | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.events = events
        self.is_lost = False
        self._probing = False
        self._zone: str | None = None
        with contextlib.suppress(Exception):  # no lounge yet (first run): the PC's zone
            self._zone = session.lounge.timezone if session.lounge_id is not None else None
        self.setObjectName("connectionWatch")
        self.setStyleSheet(
            f"QFrame#connectionWatch {{ background: {AMBER}; }}"
            "QFrame#connectionWatch QLabel { color: white; font-size: 15px;"
            " font-weight: 600; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 10, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        # A scan, click or tick that failed on the lost connection: said, not silently dropped.
        self.not_done = QLabel()
        self.not_done.setWordWrap(True)
        self.not_done.hide()
        lines = QVBoxLayout()
        layout.addLayout(lines, 1)  # empty when added: PySide keeps no wrapper of its items
        lines.setSpacing(2)
        lines.addWidget(self.label)
        lines.addWidget(self.not_done)
        self.timer = QTimer(self)
        self.timer.setInterval(PROBE_EVERY_MS)
        self.timer.timeout.connect(self.probe)
        self._answered.connect(self._on_answer)
        self._not_done_at = ""
        self.retranslate()
        when_language_changes(self, self.retranslate)
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Connection to the lounge database lost, retrying… "
                                   "Everything typed is kept; the desk carries on when it is "
                                   "back."))
        if self._not_done_at:
            self._say_not_done()

    def _say_not_done(self) -> None:
        self.not_done.setText(self.tr("What was scanned or pressed at {time} was not done: "
                                      "please do it again once the connection is back.").format(
            time=self._not_done_at))

    def notice(self, error: BaseException) -> bool:
        """Whether ``error`` is the server gone (then the strip shows and the probing
        starts; nothing else need be said); False for any other error."""
        if trouble_of(error) is not Trouble.LOST:
            return False
        self.server_away()
        self._not_done_at = self._clock_text()
        self._say_not_done()
        self.not_done.show()
        return True

    def _clock_text(self) -> str:
        """Now on the lounge's clock, as the status bar shows it (its zone was read while
        the server answered; the PC's own zone if it never was)."""
        now = self.session.clock.now()
        if self._zone is None:
            return now.astimezone().strftime("%H:%M:%S")
        return lounge_time.to_local(now, self._zone).strftime("%H:%M:%S")

    @Slot()
    def server_away(self) -> None:
        """The server went away (a read or action failed on it, or the change listener's
        connection dropped): the strip, and the probing, once until it is back."""
        if not self.is_lost:
            log.warning("connection to the database server lost; retrying")
            self.is_lost = True
            self.session.server_away = True  # actions fail at once, not after a timeout
            self.show()
            self.lost.emit()
            self.timer.start()

    @Slot()
    def probe(self) -> None:
        """Ask the server on a worker thread (one at a time); the answer comes back as a
        queued signal on this thread."""
        db = self.session.db
        if self._probing or not isinstance(db, PostgresqlDatabase):
            return
        self._probing = True

        def ask() -> None:
            answer = postgres.reachable(db)
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self._answered.emit(answer)

        threading.Thread(target=ask, name="connection-probe", daemon=True).start()

    @Slot(bool)
    def _on_answer(self, answer: bool) -> None:
        self._probing = False
        if not answer or not self.is_lost:
            return
        with contextlib.suppress(Exception):  # the dead connection: closing it cannot fail us
            self.session.db.close()
        self.is_lost = False
        self.session.server_away = False
        self.timer.stop()
        self.not_done.hide()
        self._not_done_at = ""
        self.hide()
        log.info("connection to the database server is back")
        self.back.emit()
        if self.events is not None:  # read every screen afresh
            for what in REREAD:
                self.events.data_changed.emit(what)
