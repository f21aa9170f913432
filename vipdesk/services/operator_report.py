"""The operator's report: every lounge of the database, for one day or a range of days.

For administrators only (``Permission.OPERATOR_REPORT``): it is the one report that
reads past the desk's own lounge. It names no guest, only counts.

Each lounge's days are its own local days (``reports.lounge_day``), so a lounge in
Copenhagen and one in Dubai each count 23 November from their own local midnight.
The figures use the daily reports' definitions, so a lounge's one-day figures agree
with its daily guest and complaint reports: a visit belongs to the day it arrived;
guests count the companions (party size); a visit's wait is all its waits together,
a wait still running counted to now; a fatigue alert is a daily report's long wait
(it reached the lounge's fatigue threshold, or an alert was raised); feedback belongs
to the day it was recorded.

Counts are aggregated by the database, one query per kind of figure for all lounges
together; the waits' median and 90th percentile are worked out here from each visit's
wait (medians are not portable SQL).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import operator
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peewee import Expression, fn

from vipdesk.documents.operator_report_data import (
    Figures,
    LoungeFigures,
    OperatorHeader,
    OperatorPeriod,
    OperatorReportData,
    WaitFigures,
)
from vipdesk.domain import lounge_time
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.permissions import Permission
from vipdesk.domain.vocabulary import Category, ComplaintStatus, FeedbackKind
from vipdesk.domain.waiting import WaitTimes, waited
from vipdesk.services.reports import lounge_day, stored_utc
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import Complaint, Lounge, Visit, WaitingEntry
from vipdesk.storage.query_rows import tuples_of

LONGEST_RANGE_DAYS = 366  # a year, leap day included
TEN_MINUTES = dt.timedelta(minutes=10)
FIFTEEN_MINUTES = dt.timedelta(minutes=15)
_DONE = (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED)


class RangeRefused(ServiceError):
    """The days asked for are backwards or longer than the report covers."""


@dataclass(frozen=True)
class OperatorRequest:
    """An allowed request, settled on the caller's thread; plain values only, so a worker
    thread builds the report from it on its own connection."""

    period: OperatorPeriod
    printed_by: str
    printed_zone: str
    now: dt.datetime  # aware UTC: "printed at", and the end of waits still running


def check_period(first: dt.date, last: dt.date | None = None) -> OperatorPeriod:
    """The period from ``first`` to ``last`` (``first`` alone: that one day), or a refusal."""
    last = first if last is None else last
    if last < first:
        raise RangeRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "The range ends ({last}) before it starts ({first}). Please choose "
            "the first day first."), {"first": first, "last": last}))
    period = OperatorPeriod(first, last)
    if period.days > LONGEST_RANGE_DAYS:
        raise RangeRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "The operator report covers at most {most} days; {first} to {last} "
            "is {days}. Please choose a shorter range."),
            {"most": LONGEST_RANGE_DAYS, "first": first, "last": last, "days": period.days}))
    return period


def operator_report_request(session: Session, first: dt.date, last: dt.date | None = None, *,
                            printed_by: str | None = None) -> OperatorRequest:
    """The request, once the signed-in person may read every lounge's figures (an
    administrator) and the days make sense."""
    staff = session.require(Permission.OPERATOR_REPORT)
    period = check_period(first, last)
    for lounge in Lounge.select(Lounge.timezone).distinct():
        _span(lounge.timezone, period)  # a day off the edge of the calendar: refused here
    if printed_by is None:
        printed_by = staff.name if staff is not None else "command line"
    zone = session.lounge.timezone if session.lounge_id is not None else "UTC"
    return OperatorRequest(period=period, printed_by=printed_by, printed_zone=zone,
                           now=session.clock.now())


def build_operator_report(session: Session, first: dt.date, last: dt.date | None = None, *,
                          printed_by: str | None = None) -> OperatorReportData:
    return operator_report_for(
        operator_report_request(session, first, last, printed_by=printed_by))


def operator_report_for(request: OperatorRequest) -> OperatorReportData:
    """The figures of an allowed request, read on this thread's connection: five queries
    whatever the number of lounges and days."""
    period, now = request.period, request.now
    lounges = list(Lounge.select(Lounge.id, Lounge.name, Lounge.airport, Lounge.timezone,
                                 Lounge.fatigue_minutes).order_by(Lounge.name, Lounge.id))
    spans = {lounge.id: _span(lounge.timezone, period) for lounge in lounges}
    visits = _visit_counts(spans)
    waits = _visit_waits(spans, {lounge.id: lounge.fatigue_minutes for lounge in lounges}, now,
                         {lounge_id: counts[0] for lounge_id, counts in visits.items()})
    feedback = _feedback_counts(spans)
    rows = []
    for lounge in lounges:
        parties, guests, distinct = visits.get(lounge.id, (0, 0, 0))
        rows.append(LoungeFigures(
            lounge_id=lounge.id, name=lounge.name, airport=lounge.airport,
            timezone=lounge.timezone, starts=spans[lounge.id][0], ends=spans[lounge.id][1],
            figures=_figures(parties, guests, distinct, [waits.get(lounge.id, _Waits())],
                             feedback.get(lounge.id, Counter()))))
    everyone = Counter[tuple[str, str, str]]()
    for counts in feedback.values():
        everyone.update(counts)
    total = _figures(sum(r.figures.visits for r in rows), sum(r.figures.guests for r in rows),
                     _distinct_guests(spans), list(waits.values()), everyone)
    header = OperatorHeader(period=period, printed_by=request.printed_by,
                            printed_at=lounge_time.to_local(now, request.printed_zone),
                            printed_zone=request.printed_zone)
    return OperatorReportData(header=header, lounges=tuple(rows), total=total)


# ---------------------------------------------------------------------------
# The queries


_Span = tuple[dt.datetime, dt.datetime]


def _span(timezone: str, period: OperatorPeriod) -> _Span:
    """Local midnight of the first day to local midnight after the last, in UTC."""
    return lounge_day(timezone, period.first).start, lounge_day(timezone, period.last).end


def _arrived_in(spans: dict[int, _Span]) -> Expression:
    """Visits of each lounge that arrived in that lounge's own span."""
    return functools.reduce(operator.or_, (
        (Visit.lounge == lounge_id) & (Visit.arrived_at >= start) & (Visit.arrived_at < end)
        for lounge_id, (start, end) in spans.items()))


def _recorded_in(spans: dict[int, _Span]) -> Expression:
    return functools.reduce(operator.or_, (
        (Complaint.lounge == lounge_id) & (Complaint.created_at >= start)
        & (Complaint.created_at < end)
        for lounge_id, (start, end) in spans.items()))


def _visit_counts(spans: dict[int, _Span]) -> dict[int, tuple[int, int, int]]:
    """Per lounge: visits, guests with their companions, distinct guests."""
    if not spans:
        return {}
    query = (Visit.select(Visit.lounge, fn.COUNT(Visit.id), fn.SUM(Visit.party_size),
                          fn.COUNT(Visit.guest.distinct()))
             .where(_arrived_in(spans)).group_by(Visit.lounge))
    return {lounge: (int(parties), int(guests or 0), int(distinct))
            for lounge, parties, guests, distinct in tuples_of(query)}


def _distinct_guests(spans: dict[int, _Span]) -> int:
    """Guests are shared by the lounges: one who came to two lounges is one guest."""
    if not spans:
        return 0
    return int(Visit.select(fn.COUNT(Visit.guest.distinct())).where(_arrived_in(spans))
               .scalar() or 0)


@dataclass
class _Waits:
    """One lounge's visits' waits: each visit's together, and the waits that turned red."""

    by_visit: dict[int, dt.timedelta] | None = None
    visits: int = 0
    red: int = 0


def _visit_waits(spans: dict[int, _Span], fatigue: dict[int, int], now: dt.datetime,
                 visits: dict[int, int]) -> dict[int, _Waits]:
    """Per lounge: each visit's waits together, and how many waits turned red."""
    found: dict[int, _Waits] = defaultdict(_Waits)
    for lounge_id, parties in visits.items():
        found[lounge_id].visits = parties
    if not spans:
        return dict(found)
    query = (WaitingEntry
             .select(Visit.lounge, WaitingEntry.visit, WaitingEntry.started_at,
                     WaitingEntry.ended_at, WaitingEntry.alert_raised_at.is_null(False))
             .join(Visit).where(_arrived_in(spans)))
    # Read raw, the times converted here: peewee's own parsing of each stored time took
    # most of a year's read (as in reports._visit_rows).
    for lounge_id, visit_id, started, ended, alert in Visit._meta.database.execute(query):
        waits = found[lounge_id]
        if waits.by_visit is None:
            waits.by_visit = defaultdict(dt.timedelta)
        begun = stored_utc(started)
        assert begun is not None
        duration = waited(WaitTimes(started_at=begun, ended_at=stored_utc(ended)), now)
        waits.by_visit[visit_id] += duration
        if alert or duration >= dt.timedelta(minutes=fatigue[lounge_id]):
            waits.red += 1
    return dict(found)


def _feedback_counts(spans: dict[int, _Span]) -> dict[int, Counter[tuple[str, str, str]]]:
    """Per lounge: items by (kind, category, status), and "resolved" for those resolved."""
    if not spans:
        return {}
    query = (Complaint
             .select(Complaint.lounge, Complaint.kind, Complaint.category, Complaint.status,
                     fn.COUNT(Complaint.id), fn.COUNT(Complaint.resolved_at))
             .where(_recorded_in(spans))
             .group_by(Complaint.lounge, Complaint.kind, Complaint.category, Complaint.status))
    found: dict[int, Counter[tuple[str, str, str]]] = defaultdict(Counter)
    for lounge_id, kind, category, status, items, resolved in tuples_of(query):
        found[lounge_id][(kind.value, category.value, status.value)] += int(items)
        found[lounge_id][("resolved", "", "")] += int(resolved)
    return dict(found)


# ---------------------------------------------------------------------------
# The figures


def _figures(parties: int, guests: int, distinct: int, waits: Sequence[_Waits],
             feedback: Counter[tuple[str, str, str]]) -> Figures:
    items = {key: n for key, n in feedback.items() if key[0] != "resolved"}

    def count(where: int, value: str) -> int:
        return sum(n for key, n in items.items() if key[where] == value)

    return Figures(
        visits=parties, guests=guests, distinct_guests=distinct,
        waits=_wait_figures(waits),
        feedback=sum(items.values()), complaints=count(0, FeedbackKind.COMPLAINT.value),
        praise=count(0, FeedbackKind.PRAISE.value),
        resolved=feedback.get(("resolved", "", ""), 0),
        still_open=sum(n for key, n in items.items()
                       if key[2] not in {s.value for s in _DONE}),
        by_category=tuple((c.value, count(1, c.value)) for c in Category),
        by_status=tuple((s.value, count(2, s.value)) for s in ComplaintStatus))


def _wait_figures(lounges: Iterable[_Waits]) -> WaitFigures:
    """Median, 90th percentile and longest of every visit's wait (visits that never
    waited count as nought), and how many waited 10 and 15 minutes or more."""
    lounges = list(lounges)
    waited_ = sorted(w for lounge in lounges for w in (lounge.by_visit or {}).values())
    never = sum(lounge.visits for lounge in lounges) - len(waited_)
    every = [dt.timedelta(0)] * max(never, 0) + waited_
    if not every:
        return WaitFigures(None, None, None, 0, 0, sum(lounge.red for lounge in lounges))
    rank = math.ceil(0.9 * len(every))  # nearest rank: 1-based
    return WaitFigures(
        median=_median(every), p90=every[rank - 1], longest=every[-1],
        ten_minutes=sum(1 for w in every if w >= TEN_MINUTES),
        fifteen_minutes=sum(1 for w in every if w >= FIFTEEN_MINUTES),
        fatigue_alerts=sum(lounge.red for lounge in lounges))


def _median(ordered: Sequence[dt.timedelta]) -> dt.timedelta:
    """The middle value; for an even count the mean of the two middle ones."""
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
