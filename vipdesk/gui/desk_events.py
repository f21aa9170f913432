"""The desk's shared signals: the clock tick and "something changed".

Screens listen here instead of calling each other, and never run timers of
their own: one tick re-reads the clock for everyone. What other desks change
arrives here too, as ``data_changed`` (gui/changes_elsewhere.py, PostgreSQL),
started and stopped with the tick.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal


class Feed(Protocol):
    def start(self) -> None: ...

    def stop(self) -> None: ...


class DeskEvents(QObject):
    tick = Signal()  # about once a second: re-read the clock
    data_changed = Signal(str)  # a service changed something: "visits", "staff", "settings"...
    feedback_requested = Signal(int)  # log feedback for this visit's guest; 0 for nobody
    complaint_requested = Signal(int)  # show this complaint in full (the banner's Open)

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.feeds: list[Feed] = []

    def follow(self, feed: Feed) -> None:
        """Start ``feed`` (changes made elsewhere) with the desk, stop it with the desk."""
        self.feeds.append(feed)

    def start(self) -> None:
        self.timer.start()
        for feed in self.feeds:
            feed.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def stop(self) -> None:
        """The desk closes: no tick, and no thread left listening."""
        self.timer.stop()
        for feed in self.feeds:
            feed.stop()
