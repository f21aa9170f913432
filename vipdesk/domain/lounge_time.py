"""Times on the lounge's wall clock: stored in UTC, shown in the lounge's time zone.

One place for the conversion and for the few ways a time is written on a
screen or on paper, so every screen, service and document shows the same
"09:30" for the same moment. Month names are English whatever the PC's
locale, like the reports. A time zone is passed by its name
(``Lounge.timezone``); the lookup is cached because list screens convert a time
per row.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Final

UTC: Final = dt.UTC
# The one table of month names, English whatever the PC's locale (``%b`` and ``%B`` are not):
# whole on a report's title ("23 November 2026"), the first three letters elsewhere ("23 Nov").
MONTH_NAMES: Final = ("January", "February", "March", "April", "May", "June", "July",
                      "August", "September", "October", "November", "December")
SHORT_MONTH_NAMES: Final = tuple(name[:3] for name in MONTH_NAMES)


@functools.lru_cache(maxsize=32)
def zone(timezone: str) -> zoneinfo.ZoneInfo:
    """The time zone called ``timezone`` ("Europe/Copenhagen"); raises for an unknown name."""
    return zoneinfo.ZoneInfo(timezone)


def to_local(moment: dt.datetime, timezone: str) -> dt.datetime:
    """An aware moment on the lounge's wall clock."""
    return moment.astimezone(zone(timezone))


def local_date(moment: dt.datetime, timezone: str) -> dt.date:
    """The lounge's calendar day at ``moment``: what "today" means at the desk."""
    return to_local(moment, timezone).date()


def clock_text(moment: dt.datetime | None, timezone: str) -> str:
    """"09:30" on the lounge's wall clock; "" for no time."""
    return "" if moment is None else f"{to_local(moment, timezone):%H:%M}"


def date_text(day: dt.date) -> str:
    """"7 Dec 2026", in English whatever the PC's locale (Qt sets the C library's locale,
    so ``%b`` would read "dec." on a Danish kiosk)."""
    return f"{day.day} {SHORT_MONTH_NAMES[day.month - 1]} {day.year}"


def day_clock_text(moment: dt.datetime | None, timezone: str) -> str:
    """"23 Nov 09:30" on the lounge's wall clock; "" for no time."""
    if moment is None:
        return ""
    local = to_local(moment, timezone)
    return f"{local.day} {SHORT_MONTH_NAMES[local.month - 1]} {local:%H:%M}"


def date_clock_text(moment: dt.datetime | None, timezone: str) -> str:
    """"23 Nov 2026 09:30" on the lounge's wall clock, the year included (a clock that is
    wrong may be a year out); "" for no time."""
    if moment is None:
        return ""
    local = to_local(moment, timezone)
    return f"{date_text(local.date())} {local:%H:%M}"


def wall_clock_utc(day: dt.date, time: dt.time, timezone: str) -> dt.datetime:
    """The aware UTC moment the lounge's clocks show ``time`` on ``day``.

    A time shown twice (the autumn change) is the first; a time that does not
    exist (the spring change) is read with the offset before the change
    (zoneinfo's fold=0 reading), so local midnight is the first time that exists.
    """
    return dt.datetime.combine(day, time, tzinfo=zone(timezone)).astimezone(UTC)


def midnight_utc(day: dt.date, timezone: str) -> dt.datetime:
    """Where the lounge's ``day`` begins, as an aware UTC moment."""
    return wall_clock_utc(day, dt.time(0), timezone)
