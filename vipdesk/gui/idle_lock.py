"""Locks the desk after the lounge's idle time, so a walk-away never leaves it open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Signal

from vipdesk.services import staff as staff_service
from vipdesk.services.session import Session

ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.Wheel,
})


class IdleLock(QObject):
    """Watches input application-wide; on each tick, locks when idle too long."""

    locked = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.idle_limit = dt.timedelta(minutes=5)
        self.last_activity = session.clock.now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.last_activity = self.session.clock.now()
        return False

    def restart(self) -> None:
        """Start counting from now, with the lounge's current idle setting."""
        self.idle_limit = dt.timedelta(minutes=self.session.lounge.idle_lock_minutes)
        self.last_activity = self.session.clock.now()

    def check(self) -> None:
        if self.session.staff is None or self.session.locked:
            return
        if self.session.clock.now() - self.last_activity >= self.idle_limit:
            staff_service.lock(self.session)
            self.locked.emit()
