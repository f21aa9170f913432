"""Whether the PC's clock can be trusted: compared with the latest time the database has seen.

A kiosk PC's clock can be wrong (a flat CMOS battery, a bad NTP answer, a
typo by IT). The database keeps a high-water mark of the time it has seen
(``clock_mark.seen_at``: the latest event recorded under a clock that agreed,
or the time a duty manager confirmed). The clock *disagrees* when it is:

- more than :data:`AHEAD_TOLERANCE` (a day) ahead of the mark: a day is longer
  than any night the lounge is closed with the desk running (its hourly jobs
  keep the mark fresh); a desk switched off for longer asks a duty manager to
  confirm the date once;
- more than :data:`BEHIND_TOLERANCE` (ten minutes) behind it: time never goes
  back, but desks sharing a database may be a few minutes apart.

While it disagrees nothing destructive that is driven by time runs
(anonymising, deleting backups), and what is recorded carries a note that the
clock was in doubt and does not move the mark.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Final

AHEAD_TOLERANCE: Final = dt.timedelta(days=1)
BEHIND_TOLERANCE: Final = dt.timedelta(minutes=10)
# The mark moves at most once a minute: one write a minute, not one per action, and
# well inside BEHIND_TOLERANCE, so the mark lags the latest event by under a minute.
MARK_STEP: Final = dt.timedelta(minutes=1)

# How far the mark may lie after the newest event a database records. It moves only with
# recorded events (a duty manager's confirmation is recorded too), so a mark further ahead
# was written by hand or by a crafted file, and would hold retention until confirmed.
MARK_LEAD: Final = AHEAD_TOLERANCE


class ClockVerdict(StrEnum):
    AGREES = "agrees"
    AHEAD = "ahead"  # more than a day ahead of the latest recorded event
    BEHIND = "behind"  # before the latest recorded event


def verdict(now: dt.datetime, mark: dt.datetime | None) -> ClockVerdict:
    """What the clock's ``now`` says against the database's mark (None: nothing seen yet)."""
    if now.tzinfo is None or (mark is not None and mark.tzinfo is None):
        raise ValueError("verdict needs timezone-aware times; use the clock")
    if mark is None:
        return ClockVerdict.AGREES
    if now > mark + AHEAD_TOLERANCE:
        return ClockVerdict.AHEAD
    if now < mark - BEHIND_TOLERANCE:
        return ClockVerdict.BEHIND
    return ClockVerdict.AGREES


def mark_moves_to(now: dt.datetime, mark: dt.datetime | None) -> dt.datetime | None:
    """The mark after an event at ``now``, or None when it stays where it is.

    Only a clock that agrees moves it, only forwards, and only by a step of
    :data:`MARK_STEP` or more, so a doubted clock never drags it anywhere.
    """
    if mark is None:
        return now
    if verdict(now, mark) is not ClockVerdict.AGREES or now - mark < MARK_STEP:
        return None
    return now


def mark_beyond_events(mark: dt.datetime, newest_event: dt.datetime) -> bool:
    """Whether a database's mark lies further after its newest recorded event than any mark
    VIP Desk moves (see :data:`MARK_LEAD`)."""
    return mark > newest_event + MARK_LEAD
