"""The one source of "now".

Everything that needs the time asks a clock object that was passed in; nothing
else calls ``datetime.now()``. Tests move a :class:`FakeClock` instead of
sleeping, so the 15-minute fatigue alert is tested in milliseconds.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

UTC = dt.UTC


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The real clock of the machine."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC)


class FakeClock:
    """A clock that only moves when told to: for tests, demos and benchmarks."""

    def __init__(self, start: dt.datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._now = start.astimezone(UTC)

    def now(self) -> dt.datetime:
        return self._now

    def advance(self, delta: dt.timedelta | None = None, **kwargs: float) -> dt.datetime:
        """Move forward by ``delta`` or by ``timedelta(**kwargs)``; return the new now."""
        self._now += delta if delta is not None else dt.timedelta(**kwargs)
        return self._now

    def set(self, moment: dt.datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware time")
        self._now = moment.astimezone(UTC)


class StoppedClock:
    """One reading of another clock, handed to a worker thread: the desk's clock stays on the
    GUI thread, and a job's run works with the time it was started at."""

    def __init__(self, reading: dt.datetime) -> None:
        if reading.tzinfo is None:
            raise ValueError("StoppedClock needs a timezone-aware time")
        self._now = reading.astimezone(UTC)

    def now(self) -> dt.datetime:
        return self._now
