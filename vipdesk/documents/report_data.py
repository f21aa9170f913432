"""The daily reports as plain data: every figure and row the documents print.

The services compute them from the database (``vipdesk.services.reports``) and
the documents print them (the PDFs and the CSV files), so the arrow between the
two packages runs one way: services import this module, documents never import
services. Times are already local to the lounge, except where a field says UTC.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from decimal import Decimal

from vipdesk.domain import lounge_time
from vipdesk.domain.complaints import PromiseOutcome, promise_pending
from vipdesk.domain.vocabulary import (
    Cabin,
    Category,
    ComplaintStatus,
    Entitlement,
    FeedbackKind,
    Severity,
)

HOUR = dt.timedelta(hours=1)


# ---------------------------------------------------------------------------
# The lounge day and the header of every page


@dataclass(frozen=True)
class LoungeDay:
    """One calendar day in the lounge's time zone, and its UTC range."""

    day: dt.date
    timezone: str
    start: dt.datetime  # aware UTC, local midnight
    end: dt.datetime  # aware UTC, the next local midnight

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return lounge_time.zone(self.timezone)

    @property
    def length(self) -> dt.timedelta:
        return self.end - self.start

    def local(self, moment: dt.datetime) -> dt.datetime:
        return lounge_time.to_local(moment, self.timezone)

    def hour_starts(self) -> list[dt.datetime]:
        """The UTC start of each clock hour of the day: 23, 24 or 25 of them."""
        starts, moment = [], self.start
        while moment < self.end:
            starts.append(moment)
            moment += HOUR
        return starts


@dataclass(frozen=True)
class ReportHeader:
    """What every page of a report says about itself."""

    lounge_name: str
    airport: str
    day: LoungeDay
    printed_by: str
    printed_at: dt.datetime  # local time of the lounge


# ---------------------------------------------------------------------------
# The daily guest report


@dataclass(frozen=True)
class Tally:
    """Guests (everyone who came in) and parties (visits) for one value of a breakdown."""

    key: str  # the enum value, airline code, or "" for not known
    guests: int
    parties: int


@dataclass(frozen=True)
class HourOccupancy:
    """The most guests in the lounge at one time during one clock hour."""

    starts_at: dt.datetime  # local
    label: str  # "14:00"; a repeated hour on the autumn DST day carries its zone abbreviation
    guests: int


@dataclass(frozen=True)
class VisitRow:
    visit_id: int
    arrived_at: dt.datetime  # local
    left_at: dt.datetime | None  # local; None while still in the lounge
    name: str
    carrier: str
    flight_number: str
    origin: str
    destination: str
    cabin: Cabin | None
    entitlement: Entitlement
    space: str  # "" when never seated
    party_size: int
    stay: dt.timedelta | None  # None while still in the lounge
    wait: dt.timedelta  # all waits of the visit together
    rating: int | None


@dataclass(frozen=True)
class LongWait:
    """A wait that reached the fatigue threshold, and how fast the desk answered the alert."""

    visit_id: int
    name: str
    reason: str
    started_at: dt.datetime  # local
    waited: dt.timedelta
    alert_at: dt.datetime  # local
    acknowledged_at: dt.datetime | None  # local
    acknowledged_by: str
    in_time: bool  # acknowledged within the lounge's escalation time of the alert


@dataclass(frozen=True)
class ExceptionGrant:
    visit_id: int
    arrived_at: dt.datetime  # local
    name: str
    party_size: int
    granted_by: str
    reason: str


@dataclass(frozen=True)
class GuestReportData:
    header: ReportHeader
    seats: int  # active seats of the lounge, for the occupancy chart
    guests: int
    parties: int
    by_cabin: tuple[Tally, ...]
    by_entitlement: tuple[Tally, ...]
    by_airline: tuple[Tally, ...]
    occupancy: tuple[HourOccupancy, ...]
    average_stay: dt.timedelta | None
    longest_stay: dt.timedelta | None
    still_in_lounge: int  # parties not checked out
    fatigue_minutes: int
    escalate_after_minutes: int
    long_waits: tuple[LongWait, ...]
    exceptions: tuple[ExceptionGrant, ...]
    ratings: tuple[tuple[int, int], ...]  # (rating, how many), 1 to 5 and any other value given
    visits: tuple[VisitRow, ...]

    @property
    def peak(self) -> HourOccupancy | None:
        """The first hour with the most guests at once, or None on an empty day."""
        best = max(self.occupancy, key=lambda h: h.guests, default=None)
        return best if best is not None and best.guests > 0 else None

    @property
    def longest_wait(self) -> dt.timedelta | None:
        return max((w.waited for w in self.long_waits), default=None)

    @property
    def waits_acknowledged_in_time(self) -> int:
        return sum(1 for w in self.long_waits if w.in_time)

    @property
    def waits_acknowledged_late(self) -> int:
        return sum(1 for w in self.long_waits if w.acknowledged_at is not None and not w.in_time)

    @property
    def waits_not_acknowledged(self) -> int:
        return sum(1 for w in self.long_waits if w.acknowledged_at is None)

    @property
    def rating_count(self) -> int:
        return sum(n for _, n in self.ratings)

    @property
    def rating_average(self) -> float | None:
        count = self.rating_count
        return sum(r * n for r, n in self.ratings) / count if count else None


# ---------------------------------------------------------------------------
# The daily complaint report


@dataclass(frozen=True)
class ComplaintHistoryLine:
    at: dt.datetime  # local
    staff: str
    step: str  # what happened (``vipdesk.domain.complaints.Step`` value): "assigned", ...
    status: ComplaintStatus  # the status after it
    note: str


@dataclass(frozen=True)
class ComplaintEntry:
    complaint_id: int
    created_at: dt.datetime  # local
    created_by: str
    kind: FeedbackKind
    category: Category
    severity: Severity
    status: ComplaintStatus
    channel: str
    guest: str  # "" when the guest gave no name
    flight: str  # "SK 1234" of the visit, or ""
    guest_words: str
    guest_expects: str
    apologised: bool
    immediate_action: str
    department: str
    escalated: bool
    compensation_kind: str
    compensation_value: Decimal
    promise_due_at: dt.datetime | None  # local
    promise_kept_at: dt.datetime | None  # local
    promise_owner: str
    promise_how: str
    promise_outcome: str  # a PromiseOutcome value once answered at resolve, else ""
    resolution: str
    resolved_at: dt.datetime | None  # local
    history: tuple[ComplaintHistoryLine, ...]

    @property
    def promise_pending(self) -> bool:
        """The promise is still owed: the banner's and the handover's rule."""
        return promise_pending(self.promise_due_at, self.promise_kept_at, self.promise_outcome)

    @property
    def promise_settled_as(self) -> str:
        """What became of the promise: a PromiseOutcome value, or "" while it is owed."""
        if self.promise_kept_at is not None:
            return PromiseOutcome.KEPT.value
        return self.promise_outcome

    @property
    def time_to_resolve(self) -> dt.timedelta | None:
        return self.resolved_at - self.created_at if self.resolved_at is not None else None

    @property
    def gave_compensation(self) -> bool:
        return bool(self.compensation_kind.strip()) or self.compensation_value != 0


@dataclass(frozen=True)
class CompensationTally:
    kind: str  # as staff typed it; "" when only a value was recorded
    count: int
    total: Decimal


@dataclass(frozen=True)
class PromiseLine:
    """A promise to a guest that was kept late, was not kept, or is still open ("no promise
    after all" is no promise, so it is not listed)."""

    complaint_id: int
    guest: str
    owner: str
    how: str
    due_at: dt.datetime  # local
    kept_at: dt.datetime | None  # local
    overdue: bool  # still open and past due when the report was printed
    outcome: str = ""  # "kept" or "not_kept" (PromiseOutcome values); "" while still open


@dataclass(frozen=True)
class ComplaintReportData:
    header: ReportHeader
    entries: tuple[ComplaintEntry, ...]  # every piece of feedback of the day, praise too
    by_kind: tuple[tuple[str, int], ...]
    by_category: tuple[tuple[str, int], ...]
    by_severity: tuple[tuple[str, int], ...]
    by_status: tuple[tuple[str, int], ...]
    resolved: int
    average_time_to_resolve: dt.timedelta | None
    longest_time_to_resolve: dt.timedelta | None
    compensation_total: Decimal
    compensation_by_kind: tuple[CompensationTally, ...]
    promises: tuple[PromiseLine, ...]

    @property
    def complaints(self) -> tuple[ComplaintEntry, ...]:
        """Complaints, requests and suggestions: everything but praise."""
        return tuple(e for e in self.entries if e.kind is not FeedbackKind.PRAISE)

    @property
    def praise(self) -> tuple[ComplaintEntry, ...]:
        return tuple(e for e in self.entries if e.kind is FeedbackKind.PRAISE)
