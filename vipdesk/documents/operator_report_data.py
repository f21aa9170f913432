"""The operator's report as plain data: every lounge's figures for a day or a range of days.

The service (``vipdesk.services.operator_report``) computes them and the documents
(the PDF, the CSV) print them, as with the daily reports (``report_data``). Each
lounge's day is its own local day: from local midnight to local midnight in the
lounge's time zone, so two lounges' "23 November" are different UTC hours.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class OperatorPeriod:
    """The days asked for, first and last included; each lounge reads them on its own clock."""

    first: dt.date
    last: dt.date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class WaitFigures:
    """How long the visits waited, each visit's waits together as the daily guest report's
    Wait column has them (a visit that never waited waited nothing)."""

    median: dt.timedelta | None  # None without visits
    p90: dt.timedelta | None  # nine visits in ten waited this long or less (nearest rank)
    longest: dt.timedelta | None
    ten_minutes: int  # visits that waited 10 minutes or more in all
    fifteen_minutes: int  # ... 15 minutes or more
    fatigue_alerts: int  # waits that turned red: the daily guest report's long waits


@dataclass(frozen=True)
class Figures:
    """One lounge's figures, or all lounges' together (the total row)."""

    visits: int  # parties: one visit each, as the daily guest report counts them
    guests: int  # everyone who came in, companions too
    distinct_guests: int  # named guests, each once however often they came
    waits: WaitFigures
    feedback: int  # every item recorded: complaints, requests, suggestions, praise
    complaints: int  # of kind "complaint"
    praise: int
    resolved: int  # items recorded in the period and resolved since
    still_open: int  # items not resolved or closed yet
    by_category: tuple[tuple[str, int], ...]  # every category, in its order, zeros too
    by_status: tuple[tuple[str, int], ...]  # every status, in its order, zeros too


@dataclass(frozen=True)
class LoungeFigures:
    lounge_id: int
    name: str
    airport: str
    timezone: str
    starts: dt.datetime  # aware UTC: local midnight of the first day
    ends: dt.datetime  # aware UTC: local midnight after the last day
    figures: Figures


@dataclass(frozen=True)
class OperatorHeader:
    period: OperatorPeriod
    printed_by: str
    printed_at: dt.datetime  # local to ``printed_zone``
    printed_zone: str  # the time zone of the desk (or command line's lounge) that printed it


@dataclass(frozen=True)
class OperatorReportData:
    header: OperatorHeader
    lounges: tuple[LoungeFigures, ...]  # every lounge of the database, by name
    total: Figures  # all lounges; a guest seen at two lounges is one distinct guest
