"""When the PC's clock is to be doubted: the pure rule."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.domain.clock_trust import (
    AHEAD_TOLERANCE,
    BEHIND_TOLERANCE,
    ClockVerdict,
    mark_moves_to,
    verdict,
)

MARK = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
SECOND = dt.timedelta(seconds=1)


@pytest.mark.parametrize("now, expected", [
    (MARK, ClockVerdict.AGREES),
    (MARK + AHEAD_TOLERANCE, ClockVerdict.AGREES),  # a lounge closed overnight
    (MARK + AHEAD_TOLERANCE + SECOND, ClockVerdict.AHEAD),
    (MARK + dt.timedelta(days=365), ClockVerdict.AHEAD),
    (MARK - BEHIND_TOLERANCE, ClockVerdict.AGREES),  # two desks a few minutes apart
    (MARK - BEHIND_TOLERANCE - SECOND, ClockVerdict.BEHIND),
    (MARK - dt.timedelta(days=365), ClockVerdict.BEHIND),
])
def test_the_clock_disagrees_a_day_ahead_or_minutes_behind(
        now: dt.datetime, expected: ClockVerdict) -> None:
    assert verdict(now, MARK) is expected


def test_nothing_seen_yet_is_no_reason_to_doubt_and_naive_times_are_refused() -> None:
    assert verdict(MARK, None) is ClockVerdict.AGREES
    with pytest.raises(ValueError):
        verdict(MARK.replace(tzinfo=None), MARK)


def test_only_a_clock_that_agrees_moves_the_mark_and_only_forwards() -> None:
    assert mark_moves_to(MARK + dt.timedelta(hours=3), MARK) == MARK + dt.timedelta(hours=3)
    assert mark_moves_to(MARK + 30 * SECOND, MARK) is None, "at most once a minute"
    assert mark_moves_to(MARK - dt.timedelta(minutes=5), MARK) is None, "never back"
    assert mark_moves_to(MARK + dt.timedelta(days=365), MARK) is None, "a doubted clock"
    assert mark_moves_to(MARK, None) == MARK
