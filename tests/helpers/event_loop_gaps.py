"""The GUI event loop's longest gap while something runs: a 5 ms timer and its lateness.

A stand-in with the API of ``vipdesk/gui/freeze_monitor.py`` (the monitor helper's, issue
12): ``with FreezeMonitor() as monitor: ...`` then ``monitor.longest_gap_ms``. Once that
module is on main, import it instead and delete this one.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import Self

from PySide6.QtCore import QObject, Qt, QTimer


class FreezeMonitor(QObject):
    """Gaps between the ticks of a 5 ms timer on the GUI thread, the one open at exit included."""

    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    @property
    def longest_gap_ms(self) -> float:
        return max(self.gaps, default=0.0) * 1000

    def __enter__(self) -> Self:
        self.gaps, self._last = [], time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._timer.stop()
        self._tick()
