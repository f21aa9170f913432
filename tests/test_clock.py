from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.clock import FakeClock, SystemClock


def test_fake_clock_moves_only_when_told(clock: FakeClock) -> None:
    start = clock.now()
    assert clock.now() == start
    assert clock.advance(minutes=15) == start + dt.timedelta(minutes=15)
    clock.advance(dt.timedelta(seconds=1))
    assert clock.now() - start == dt.timedelta(minutes=15, seconds=1)


def test_fake_clock_refuses_naive_times() -> None:
    with pytest.raises(ValueError):
        FakeClock(dt.datetime(2026, 1, 1))


def test_system_clock_is_aware_utc() -> None:
    assert SystemClock().now().utcoffset() == dt.timedelta(0)
