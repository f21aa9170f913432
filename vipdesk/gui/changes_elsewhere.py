"""Changes made at the other desks, as ``DeskEvents.data_changed`` on the GUI thread.

On PostgreSQL the desk's :class:`~vipdesk.storage.change_feed.ChangeListener` runs on a
thread of its own; each change it is told of is handed here (a queued signal), gathered
for :data:`GATHER_MS` so a burst reads the screens once, and said as the screens' words
("visits", "complaints", "shifts"...): the board, the desk's list, the waiting list, the
banner and the complaints list refresh at once, no tick and no table polled. The listener
also counts what it was told (``Session.change_mark``), so the tick's checks stay as they
are. On SQLite nothing is started here: the tick follows ``PRAGMA data_version``.
"""

from __future__ import annotations

import threading

from peewee import PostgresqlDatabase
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from vipdesk.desk_log import describe, log
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.services.session import Session
from vipdesk.storage.change_feed import ChangeListener

GATHER_MS = 30
STOP_WAIT_SECONDS = 2.0

# An action's first word ("visit" of "visit.check_in"), as the screens' data_changed says it;
# None: nothing a screen shows (signing in elsewhere). Any other is said as itself.
TOPICS: dict[str, str | None] = {
    "visit": "visits", "space": "visits", "wait": "waits", "guest": "visits",
    "retention": "visits", "complaint": "complaints", "shift": "shifts", "staff": "staff",
    "lounge": "settings", "access_rule": "settings", "departures": "flights",
    "flight": "flights", "clock": None,
}
QUIET_ACTIONS = {"staff.sign_in", "staff.unlock", "staff.sign_out", "staff.authorise"}
# After the server came back: whatever may have changed meanwhile, every screen re-reads.
MISSED = ("visits", "complaints", "shifts", "settings")


def topic_of(action: str) -> str | None:
    """What ``data_changed`` says for an action done elsewhere; None for nothing shown."""
    if action in QUIET_ACTIONS:
        return None
    first = action.split(".", 1)[0]
    return TOPICS.get(first, first)


class ChangesElsewhere(QObject):
    """The desk's listener (PostgreSQL only): :meth:`start` with the desk, :meth:`stop` at
    exit (the thread ends within ``WAKE_SECONDS``)."""

    told = Signal(str)  # from the listener's thread: one action done elsewhere
    missed = Signal()  # from the listener's thread: the connection came back
    dropped = Signal()  # from the listener's thread: the server went away

    def __init__(self, session: Session, events: DeskEvents, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.session, self.events = session, events
        self.listener: ChangeListener | None = None
        self._thread: threading.Thread | None = None
        self._pending: list[str] = []
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._say)
        self.told.connect(self._heard)
        self.missed.connect(self._heard_missed)

    def start(self) -> None:
        db, lounge_id = self.session.db, self.session.lounge_id
        if self._thread is not None or lounge_id is None or not isinstance(
                db, PostgresqlDatabase):
            return
        self.listener = ChangeListener(db, lounge_id, self.session.origin,
                                       self.told.emit, self.missed.emit, self.dropped.emit)
        self.session.change_count = self.listener
        self.destroyed.connect(self.listener.stop)  # a window deleted unclosed: ends anyway
        self._thread = threading.Thread(target=self._run, name="vipdesk-changes", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        listener = self.listener
        if listener is None:
            return
        try:
            listener.run()
        except Exception as problem:  # noqa: BLE001 (the tick still re-reads every time)
            log.warning("the change feed stopped: %s", describe(problem))
            self.session.change_count = None

    def stop(self) -> None:
        """End the listener's thread and wait for it; no signal follows."""
        self._gather.stop()
        if self.listener is not None:
            self.listener.stop()
        if self._thread is not None:
            self._thread.join(STOP_WAIT_SECONDS)
            self._thread = None
        self._pending.clear()

    @Slot(str)
    def _heard(self, action: str) -> None:
        topic = topic_of(action)
        if topic is not None and topic not in self._pending:
            self._pending.append(topic)
        if self._pending and not self._gather.isActive():
            self._gather.start()

    @Slot()
    def _heard_missed(self) -> None:
        for topic in MISSED:
            if topic not in self._pending:
                self._pending.append(topic)
        self._gather.start()

    @Slot()
    def _say(self) -> None:
        pending, self._pending = self._pending, []
        if "settings" in pending:
            self.session.forget_lounge()
        for topic in pending:
            self.events.data_changed.emit(topic)
