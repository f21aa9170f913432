"""The figures of the duty manager's daily reports, computed from the database.

One function per report returns a plain dataclass (``vipdesk.documents.report_data``)
holding every number and every row the documents print, so the PDF, the CSV and the
tests all read the same figures and the documents never build a query.

A lounge day runs from local midnight to local midnight in the lounge's time
zone: 24 hours most days, 23 or 25 on the days the clocks change. It is turned
into a UTC range for the query, because times are stored in UTC.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from peewee import JOIN, Case, Select, fn

from vipdesk.documents.report_data import (
    CompensationTally,
    ComplaintEntry,
    ComplaintHistoryLine,
    ComplaintReportData,
    ExceptionGrant,
    GuestReportData,
    HourOccupancy,
    LongWait,
    LoungeDay,
    PromiseLine,
    ReportHeader,
    Tally,
    VisitRow,
)
from vipdesk.domain import lounge_time
from vipdesk.domain.complaints import PromiseOutcome
from vipdesk.domain.flights import flight_label
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.names import form_of_address
from vipdesk.domain.permissions import Permission
from vipdesk.domain.vocabulary import (
    Cabin,
    Category,
    ComplaintStatus,
    Entitlement,
    FeedbackKind,
    Severity,
)
from vipdesk.domain.waiting import WaitSettings, WaitTimes, alert_due_at, escalation_due_at, waited
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import (
    Complaint,
    ComplaintEvent,
    Guest,
    Lounge,
    Space,
    Staff,
    Visit,
    WaitingEntry,
)
from vipdesk.storage.query_rows import tuples_of

# A guest still in the lounge at midnight arrived at most this long before it.
LONGEST_CARRY_OVER = dt.timedelta(hours=24)
UNKNOWN_AIRLINE = ""


# ---------------------------------------------------------------------------
# The lounge day


class NoSuchLoungeDay(ServiceError):
    """A day at the very edge of the calendar (0001-01-01, 9999-12-31) whose local
    midnights cannot be written in UTC: no lounge was open then."""


def lounge_day(timezone: str, day: dt.date) -> LoungeDay:
    """Local midnight to the next local midnight, as a UTC range.

    Where a time zone skips midnight itself, the day starts at the first local
    time that exists (zoneinfo's fold=0 reading does exactly that).
    """
    try:
        start = lounge_time.midnight_utc(day, timezone)
        end = lounge_time.midnight_utc(day + dt.timedelta(days=1), timezone)
    except (OverflowError, ValueError):
        # The day as its ISO text: a day at the calendar's edge is past what a date format takes.
        raise NoSuchLoungeDay(Message(QT_TRANSLATE_NOOP(
            "Messages", "There is no report for {day}: that day is at the very edge of the "
            "calendar. Please choose another day."), {"day": day.isoformat()})) from None
    return LoungeDay(day=day, timezone=timezone, start=start, end=end)


def guest_display_name(title: str | None, given_names: str | None, surname: str | None,
                       language: str | None = None, anonymised: bool = False) -> str:
    """The name as the desk says it ("Ms Mei Chen", "Ms Chen Li" for a Chinese guest)."""
    if anonymised:
        return "(anonymised guest)"
    return form_of_address(title, given_names or "", surname or "", language) or "(no name)"


# ---------------------------------------------------------------------------
# The daily guest report


def guest_report(session: Session, day: dt.date) -> GuestReportData:
    """The daily guest report for the signed-in duty manager or administrator."""
    return build_guest_report(session, day)


@dataclass(frozen=True)
class ReportRequest:
    """Who may read which lounge day's report, settled on the caller's thread.

    Plain values only: a worker thread builds the report from it with its own
    database connection, never touching the desk's Session.
    """

    lounge_id: int
    day: LoungeDay
    printed_by: str
    now: dt.datetime  # aware UTC: "printed at", and the end of waits still running


def report_request(session: Session, day: dt.date, *,
                   printed_by: str | None = None) -> ReportRequest:
    """The request for ``day``'s report, once the session may read reports: a signed-in,
    unlocked duty manager or administrator, or the command line's own identity where the
    lounge lets reports run unattended. ``printed_by`` defaults to the signed-in staff
    member. A day at the edge of the calendar is refused here (:class:`NoSuchLoungeDay`)."""
    return _request(session, day, printed_by)[0]


def _request(session: Session, day: dt.date,
             printed_by: str | None) -> tuple[ReportRequest, Lounge]:
    """The request, and the lounge as read for it (a report built at once reads it once)."""
    staff = session.require(Permission.VIEW_REPORTS)
    if printed_by is None:
        printed_by = staff.name if staff is not None else "command line"
    lounge = session.lounge
    return ReportRequest(lounge_id=lounge.id, day=lounge_day(lounge.timezone, day),
                         printed_by=printed_by, now=session.clock.now()), lounge


def build_guest_report(session: Session, day: dt.date, *,
                       printed_by: str | None = None) -> GuestReportData:
    """The figures, for whoever may read them: the Reports screen or a scheduled job.

    Refused with nobody signed in or a locked desk: the report names every guest.
    ``printed_by`` defaults to the signed-in staff member.
    """
    return guest_report_for(*_request(session, day, printed_by))


def guest_report_for(request: ReportRequest, lounge: Lounge | None = None) -> GuestReportData:
    """The figures of an allowed request, read on this thread's database connection.

    Four queries whatever the size of the day: the lounge (unless given), the seats,
    the visits (with guest, space and the manager who granted an exception, joined)
    and their waits.
    """
    if lounge is None:
        lounge = Lounge.get_by_id(request.lounge_id)
    span, now = request.day, request.now
    header = _header(lounge, span, request.printed_by, now)
    seats = int(Space.select(fn.COALESCE(fn.SUM(Space.capacity), 0))
                .where((Space.lounge == lounge.id) & Space.active).scalar())
    day = _read_day(lounge, span, now)
    visits = day.visits
    stays = [v.stay for v in visits if v.stay is not None]
    return GuestReportData(
        header=header, seats=seats,
        guests=sum(v.party_size for v in visits), parties=len(visits),
        by_cabin=_tally(visits, lambda v: v.cabin.value if v.cabin else "",
                        order=[c.value for c in Cabin] + [""]),
        by_entitlement=_tally(visits, lambda v: v.entitlement.value,
                              order=[e.value for e in Entitlement]),
        by_airline=_tally(visits, lambda v: v.carrier or UNKNOWN_AIRLINE, order=None),
        occupancy=_occupancy(span, day.presence),
        average_stay=sum(stays, dt.timedelta()) / len(stays) if stays else None,
        longest_stay=max(stays, default=None),
        still_in_lounge=sum(1 for v in visits if v.left_at is None),
        fatigue_minutes=lounge.fatigue_minutes,
        escalate_after_minutes=lounge.escalate_after_minutes,
        long_waits=tuple(sorted(day.long_waits, key=lambda w: (w.started_at, w.visit_id))),
        exceptions=tuple(day.exceptions),
        ratings=tuple(sorted({**dict.fromkeys(range(1, 6), 0), **day.ratings}.items())),
        visits=tuple(visits))


@dataclass
class _DayRead:
    """What one pass over the day's visits gathers for the guest report."""

    visits: list[VisitRow] = field(default_factory=list)
    presence: list[tuple[dt.datetime, dt.datetime, int]] = field(default_factory=list)
    exceptions: list[ExceptionGrant] = field(default_factory=list)
    long_waits: list[LongWait] = field(default_factory=list)
    ratings: Counter[int] = field(default_factory=Counter)


def _read_day(lounge: Lounge, span: LoungeDay, now: dt.datetime) -> _DayRead:
    """The day's visits as report rows, with who was in when (occupancy), the exceptions
    granted, the long waits and the ratings; one pass over two queries."""
    waits_by_visit = _waits(lounge.id, span)
    day = _DayRead()
    for (visit_id, arrived, left, carrier, number, origin, destination, cabin, entitlement,
         party, rating, exception_reason, title, given, surname, language, anonymised, space,
         granted_by) in _visit_rows(lounge.id, span):
        until = left if left is not None else now
        day.presence.append((arrived, until, party))
        if arrived < span.start:
            continue  # in the lounge at midnight: counts for occupancy only
        name = guest_display_name(title, given, surname, language, anonymised is not None)
        waits = waits_by_visit.get(visit_id, [])
        day.visits.append(VisitRow(
            visit_id=visit_id, arrived_at=span.local(arrived),
            left_at=span.local(left) if left is not None else None, name=name,
            carrier=carrier, flight_number=number, origin=origin, destination=destination,
            cabin=cabin, entitlement=entitlement, space=space or "", party_size=party,
            stay=left - arrived if left is not None else None,
            wait=sum((waited(WaitTimes(started_at=start, ended_at=end), now)
                      for start, end, *_ in waits), dt.timedelta()),
            rating=rating))
        if entitlement is Entitlement.EXCEPTION or granted_by is not None:
            day.exceptions.append(ExceptionGrant(
                visit_id=visit_id, arrived_at=span.local(arrived), name=name, party_size=party,
                granted_by=granted_by or "(not recorded)", reason=exception_reason or ""))
        if rating is not None:
            day.ratings[rating] += 1
        day.long_waits.extend(_long_waits(lounge, span, visit_id, name, waits, now))
    return day


def _header(lounge: Lounge, span: LoungeDay, printed_by: str, now: dt.datetime) -> ReportHeader:
    return ReportHeader(lounge_name=lounge.name, airport=lounge.airport, day=span,
                        printed_by=printed_by, printed_at=span.local(now))


def _visit_rows(lounge_id: int, span: LoungeDay) -> list[tuple[Any, ...]]:
    """Visits that arrived during the day, and those still in the lounge at its start.

    The values are read raw and the few that need it converted here: peewee parses each
    stored time with ``strptime``, which took most of the query's time (60 of 72 ms for
    a 1,320-visit day).
    """
    rows = []
    for row in Visit._meta.database.execute(visits_query(lounge_id, span)):
        row = list(row)
        row[1], row[2] = stored_utc(row[1]), stored_utc(row[2])
        row[7] = Cabin(row[7]) if row[7] is not None else None
        row[8] = Entitlement(row[8])
        rows.append(tuple(row))
    return rows


def stored_utc(value: object) -> dt.datetime | None:
    """A stored time (naive UTC text in SQLite, a datetime elsewhere) as an aware UTC time."""
    if value is None:
        return None
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    assert isinstance(moment, dt.datetime)
    return (moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None
            else moment.astimezone(dt.UTC))


def visits_query(lounge_id: int, span: LoungeDay) -> Select:
    """The query of :func:`_visit_rows`, for its plan to be checked."""
    granter = Staff.alias()
    # Both bounds on ``arrived_at`` stand on their own (not inside an OR), so the index
    # reads a day and a bit whatever the length of the history.
    in_range = ((Visit.arrived_at >= span.start - LONGEST_CARRY_OVER)
                & (Visit.arrived_at < span.end))
    still_in = ((Visit.arrived_at >= span.start) | Visit.checked_out_at.is_null()
                | (Visit.checked_out_at > span.start))
    query = (Visit
             .select(Visit.id, Visit.arrived_at, Visit.checked_out_at, Visit.carrier,
                     Visit.flight_number, Visit.origin, Visit.destination, Visit.cabin,
                     Visit.entitlement, Visit.party_size, Visit.rating, Visit.exception_reason,
                     Guest.title, Guest.given_names, Guest.surname, Guest.language,
                     Guest.anonymised_at, Space.name, granter.name)
             .join(Guest).switch(Visit)
             .join(Space, JOIN.LEFT_OUTER).switch(Visit)
             .join(granter, JOIN.LEFT_OUTER, on=(Visit.exception_by == granter.id))
             .where((Visit.lounge == lounge_id) & in_range & still_in)
             .order_by(Visit.arrived_at, Visit.id))
    return query


_Wait = tuple[dt.datetime, "dt.datetime | None", "dt.datetime | None", "dt.datetime | None",
              str, str]


def _waits(lounge_id: int, span: LoungeDay) -> dict[int, list[_Wait]]:
    """Every wait of the day's visits, by visit, in one query.

    A repeated alert's later answer does not make the first one late: each wait comes
    with its first answer's time and who gave it (a row written without the service,
    with no first answer recorded, has had one answer: the latest).
    """
    first_at = fn.COALESCE(WaitingEntry.first_acknowledged_at, WaitingEntry.acknowledged_at)
    first_by = Case(None, [(WaitingEntry.first_acknowledged_at.is_null(False),
                            WaitingEntry.first_acknowledged_by)], WaitingEntry.acknowledged_by)
    query = (WaitingEntry
             .select(WaitingEntry.visit, WaitingEntry.started_at, WaitingEntry.ended_at,
                     WaitingEntry.alert_raised_at, first_at, WaitingEntry.reason, Staff.name)
             .join(Visit).switch(WaitingEntry)
             .join(Staff, JOIN.LEFT_OUTER, on=(first_by == Staff.id))
             .where((Visit.lounge == lounge_id) & (Visit.arrived_at >= span.start)
                    & (Visit.arrived_at < span.end))
             .order_by(WaitingEntry.started_at, WaitingEntry.id))
    waits: dict[int, list[_Wait]] = defaultdict(list)
    for visit_id, started, ended, alert, acknowledged, reason, by in tuples_of(query):
        waits[visit_id].append((started, ended, alert, acknowledged, reason.value, by or ""))
    return waits


def _long_waits(lounge: Lounge, span: LoungeDay, visit_id: int, name: str,
                waits: list[_Wait], now: dt.datetime) -> list[LongWait]:
    """The waits that turned red, and whether their alert was answered before it escalated.

    The rules are the desk's own (``vipdesk.domain.waiting``): red from
    ``fatigue_minutes`` of waiting (or once an alert was raised); the alert is due
    then; it is answered in time when acknowledged before the escalation was due,
    ``escalate_after_minutes`` later.
    """
    settings = WaitSettings.of(lounge)  # the amber threshold plays no part in a report
    threshold = dt.timedelta(minutes=lounge.fatigue_minutes)
    found = []
    for started, ended, alert, acknowledged, reason, by in waits:
        duration = waited(WaitTimes(started_at=started, ended_at=ended), now)
        if duration < threshold and alert is None:
            continue
        found.append(LongWait(
            visit_id=visit_id, name=name, reason=reason, started_at=span.local(started),
            waited=duration, alert_at=span.local(alert or alert_due_at(started, settings)),
            acknowledged_at=span.local(acknowledged) if acknowledged else None,
            acknowledged_by=by,
            in_time=(acknowledged is not None
                     and acknowledged < escalation_due_at(started, settings))))
    return found


def _tally(visits: Iterable[VisitRow], key: Callable[[VisitRow], str], order: list[str] | None
           ) -> tuple[Tally, ...]:
    """Guests and parties by ``key``; in ``order`` if given, else most guests first."""
    guests: Counter[str] = Counter()
    parties: Counter[str] = Counter()
    for visit in visits:
        k = key(visit)
        guests[k] += visit.party_size
        parties[k] += 1
    keys = ([k for k in order if k in parties] if order is not None
            else sorted(parties, key=lambda k: (k == "", -guests[k], -parties[k], k)))
    return tuple(Tally(k, guests[k], parties[k]) for k in keys)


def _occupancy(span: LoungeDay, presence: list[tuple[dt.datetime, dt.datetime, int]]
               ) -> tuple[HourOccupancy, ...]:
    """The most guests present at once in each clock hour, by a sweep over arrivals and departures.

    Everything that happens at one moment is taken together: a guest who leaves
    as another arrives was never in the lounge at the same time as them.
    """
    starts = span.hour_starts()
    events: list[tuple[dt.datetime, int, int]] = []
    for arrived, left, party in presence:
        begin, until = max(arrived, span.start), min(left, span.end)
        if until > begin:
            events += [(begin, 1, party), (until, 0, -party)]
    events.sort()
    peaks = [0] * len(starts)
    level, hour = 0, 0
    for moment, together in itertools.groupby(events, key=lambda event: event[0]):
        # The level so far held until this moment: into every hour begun before it.
        while hour + 1 < len(starts) and moment >= starts[hour + 1]:
            hour += 1
            if moment > starts[hour]:
                peaks[hour] = max(peaks[hour], level)
        level += sum(change for _, _, change in together)
        peaks[hour] = max(peaks[hour], level)
    while hour + 1 < len(starts):
        hour += 1
        peaks[hour] = max(peaks[hour], level)
    return tuple(HourOccupancy(starts_at=span.local(start), label=label, guests=peak)
                 for start, label, peak in zip(starts, _hour_labels(span, starts), peaks,
                                                   strict=True))


def _hour_labels(span: LoungeDay, starts: list[dt.datetime]) -> list[str]:
    """"14:00"; the hour that comes twice on the autumn DST day is told apart by its zone."""
    local = [span.local(s) for s in starts]
    plain = [t.strftime("%H:%M") for t in local]
    repeated = {p for p in plain if plain.count(p) > 1}
    return [f"{p} {t.tzname()}" if p in repeated else p for p, t in zip(plain, local, strict=True)]


# ---------------------------------------------------------------------------
# The daily complaint report


def complaint_report(session: Session, day: dt.date) -> ComplaintReportData:
    """The daily complaint report for the signed-in duty manager or administrator."""
    return build_complaint_report(session, day)


def build_complaint_report(session: Session, day: dt.date, *,
                           printed_by: str | None = None) -> ComplaintReportData:
    """Every complaint, request, suggestion and praise recorded on the lounge day.

    Refused like :func:`build_guest_report`: it holds guests' names and words.
    """
    return complaint_report_for(*_request(session, day, printed_by))


def complaint_report_for(request: ReportRequest,
                         lounge: Lounge | None = None) -> ComplaintReportData:
    """The complaint report of an allowed request, read on this thread's connection.

    Three queries: the lounge (unless given), the complaints (guest, visit and staff
    joined) and their history.
    """
    if lounge is None:
        lounge = Lounge.get_by_id(request.lounge_id)
    span, now, printed_by = request.day, request.now, request.printed_by
    entries = _complaint_entries(lounge.id, span)
    resolve_times = [e.time_to_resolve for e in entries if e.time_to_resolve is not None]
    compensated = [e for e in entries if e.gave_compensation]
    comp_kinds: dict[str, list[Decimal]] = defaultdict(list)
    for entry in compensated:
        comp_kinds[entry.compensation_kind.strip()].append(entry.compensation_value)
    return ComplaintReportData(
        header=_header(lounge, span, printed_by, now), entries=tuple(entries),
        by_kind=_counts((e.kind for e in entries), FeedbackKind),
        by_category=_counts((e.category for e in entries), Category),
        by_severity=_counts((e.severity for e in entries), Severity),
        by_status=_counts((e.status for e in entries), ComplaintStatus),
        resolved=len(resolve_times),
        average_time_to_resolve=(sum(resolve_times, dt.timedelta()) / len(resolve_times)
                                 if resolve_times else None),
        longest_time_to_resolve=max(resolve_times, default=None),
        compensation_total=sum((e.compensation_value for e in compensated), Decimal(0)),
        compensation_by_kind=tuple(
            CompensationTally(kind, len(values), sum(values, Decimal(0)))
            for kind, values in sorted(comp_kinds.items(), key=lambda kv: (kv[0] == "", kv[0]))),
        promises=_promises_not_kept_in_time(entries, span.local(now)))


def _complaint_entries(lounge_id: int, span: LoungeDay) -> list[ComplaintEntry]:
    """The day's complaints, praise and requests with their guest, flight, people and
    history, in the order they were logged; two queries."""
    history = _history(lounge_id, span)
    creator, owner = Staff.alias(), Staff.alias()
    query = (Complaint
             .select(Complaint.id, Complaint.created_at, creator.name, Complaint.kind,
                     Complaint.category, Complaint.severity, Complaint.status,
                     Complaint.channel, Guest.title, Guest.given_names, Guest.surname,
                     Guest.language, Guest.anonymised_at, Guest.id, Visit.carrier,
                     Visit.flight_number,
                     Complaint.guest_words, Complaint.guest_expects, Complaint.apologised,
                     Complaint.immediate_action, Complaint.department, Complaint.escalated,
                     Complaint.compensation_kind, Complaint.compensation_value,
                     Complaint.promise_due_at, Complaint.promise_kept_at, owner.name,
                     Complaint.promise_how, Complaint.promise_outcome, Complaint.resolution,
                     Complaint.resolved_at)
             .join(creator, on=(Complaint.created_by == creator.id)).switch(Complaint)
             .join(Guest, JOIN.LEFT_OUTER).switch(Complaint)
             .join(Visit, JOIN.LEFT_OUTER).switch(Complaint)
             .join(owner, JOIN.LEFT_OUTER, on=(Complaint.promise_owner == owner.id))
             .where((Complaint.lounge == lounge_id) & (Complaint.created_at >= span.start)
                    & (Complaint.created_at < span.end))
             .order_by(Complaint.created_at, Complaint.id))

    def local(moment: dt.datetime | None) -> dt.datetime | None:
        return span.local(moment) if moment is not None else None

    entries = []
    for (cid, created, created_by, kind, category, severity, status, channel, title, given,
         surname, language, anonymised, guest_id, carrier, number, words, expects, apologised,
         action, department, escalated, comp_kind, comp_value, due, kept, owner_name, how,
         outcome, resolution, resolved) in tuples_of(query):
        entries.append(ComplaintEntry(
            complaint_id=cid, created_at=span.local(created), created_by=created_by,
            kind=kind, category=category, severity=severity, status=status,
            channel=channel.value,
            guest=(guest_display_name(title, given, surname, language, anonymised is not None)
                   if guest_id is not None else ""),
            flight=flight_label(carrier or "", number or ""),
            guest_words=words, guest_expects=expects, apologised=apologised,
            immediate_action=action, department=department.value, escalated=escalated,
            compensation_kind=comp_kind, compensation_value=Decimal(comp_value or 0),
            promise_due_at=local(due), promise_kept_at=local(kept),
            promise_owner=owner_name or "", promise_how=how, promise_outcome=outcome,
            resolution=resolution,
            resolved_at=local(resolved), history=tuple(history.get(cid, ()))))
    return entries


def _promises_not_kept_in_time(entries: Iterable[ComplaintEntry],
                               now: dt.datetime) -> tuple[PromiseLine, ...]:
    """The promises made that are still open or were kept late (``now`` on the lounge's
    clock tells which open ones are overdue)."""
    return tuple(
        PromiseLine(complaint_id=e.complaint_id, guest=e.guest, owner=e.promise_owner,
                    how=e.promise_how, due_at=e.promise_due_at, kept_at=e.promise_kept_at,
                    overdue=e.promise_pending and e.promise_due_at < now,
                    outcome=e.promise_settled_as)
        for e in entries if e.promise_due_at is not None
        and e.promise_outcome != PromiseOutcome.NO_PROMISE
        and (e.promise_kept_at is None or e.promise_kept_at > e.promise_due_at))


def _history(lounge_id: int, span: LoungeDay) -> dict[int, list[ComplaintHistoryLine]]:
    query = (ComplaintEvent
             .select(ComplaintEvent.complaint, ComplaintEvent.at, Staff.name,
                     ComplaintEvent.step, ComplaintEvent.status, ComplaintEvent.note)
             .join(Staff).switch(ComplaintEvent)
             .join(Complaint)
             .where((Complaint.lounge == lounge_id) & (Complaint.created_at >= span.start)
                    & (Complaint.created_at < span.end))
             .order_by(ComplaintEvent.at, ComplaintEvent.id))
    lines: dict[int, list[ComplaintHistoryLine]] = defaultdict(list)
    for complaint_id, at, staff, step, status, note in tuples_of(query):
        lines[complaint_id].append(
            ComplaintHistoryLine(span.local(at), staff, step.value, status, note))
    return lines


def _counts(values: Iterable[StrEnum], enum: type[StrEnum]) -> tuple[tuple[str, int], ...]:
    """How many of each value, in the enum's order, leaving out the ones that did not occur."""
    counts = Counter(v.value for v in values)
    return tuple((member.value, counts[member.value]) for member in enum
                 if counts[member.value])

