"""The clock-trust edges the mutation run found loose (docs/mutation.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.domain.clock_trust import (
    MARK_LEAD,
    MARK_STEP,
    mark_beyond_events,
    mark_moves_to,
    verdict,
)

MARK = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
SECOND = dt.timedelta(seconds=1)


def test_the_mark_moves_once_a_full_step_has_passed() -> None:
    assert mark_moves_to(MARK + MARK_STEP - SECOND, MARK) is None
    assert mark_moves_to(MARK + MARK_STEP, MARK) == MARK + MARK_STEP


@pytest.mark.parametrize(("mark", "beyond"), [
    (MARK, False),
    (MARK + MARK_LEAD, False),
    (MARK + MARK_LEAD + SECOND, True),
])
def test_a_mark_more_than_a_day_after_the_newest_event_is_beyond_it(
        mark: dt.datetime, beyond: bool) -> None:
    assert mark_beyond_events(mark, newest_event=MARK) is beyond


def test_a_naive_time_is_refused_with_where_to_get_an_aware_one() -> None:
    with pytest.raises(ValueError, match=r"^verdict needs timezone-aware times; use the clock$"):
        verdict(MARK, MARK.replace(tzinfo=None))
