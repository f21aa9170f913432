"""The desk's shared signals: the clock tick and "something changed".

Screens listen here instead of calling each other, and never run timers of
their own: one tick re-reads the clock for everyone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal


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

    def start(self) -> None:
        self.timer.start()
