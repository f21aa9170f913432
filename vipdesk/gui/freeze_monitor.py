"""How long the GUI thread's event loop went without turning, while something ran.

A 5 ms precise timer on the GUI thread: each time it fires, the time since it last
fired is one *gap* of the event loop. An idle loop gives gaps of about 5 ms; work
that holds the GUI thread (a slow slot, a query, a report built in place) shows as
one gap as long as the work. The desk's budget (DESIGN.md) is no gap over 100 ms.

For development, the benches and the tests (never for the desk itself)::

    with FreezeMonitor() as monitor:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(done)
    assert monitor.longest_gap_ms < 100

The gap still open at :meth:`stop` counts too, so work done synchronously inside the
``with`` block (the event loop cannot turn while it runs) is seen as well.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import Self

from PySide6.QtCore import QObject, Qt, QTimer

INTERVAL_MS = 5


class FreezeMonitor(QObject):
    """Records the event loop's gaps between :meth:`start` and :meth:`stop` (seconds in
    :attr:`gaps`); create and use it on the GUI thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_tick)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Forget the earlier gaps and start watching."""
        self.gaps = []
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        """Stop watching; the gap open since the last tick counts as one."""
        if self._timer.isActive():
            self._timer.stop()
            self._on_tick()

    def _on_tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    @property
    def longest_gap_ms(self) -> float:
        """The longest time the event loop did not turn, in milliseconds (0 before any)."""
        return max(self.gaps, default=0.0) * 1000

    def gaps_over(self, ms: float) -> list[float]:
        """The gaps longer than ``ms`` milliseconds, in milliseconds, in order."""
        return [gap * 1000 for gap in self.gaps if gap * 1000 > ms]

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()
