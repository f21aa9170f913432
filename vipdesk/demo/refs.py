"""What the demo has written, as it keeps it in memory: the guests, flights, spaces, visits
and feedback that later steps point at (a visit at its guest, the handovers at the visits and
items open at the time).

They sit below :mod:`world`, which holds the logs of them, and the modules that write them
(:mod:`visits`, :mod:`feedback`), so none of those needs another to name its types.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vipdesk.demo import texts
from vipdesk.demo.names import Origin
from vipdesk.domain.complaints import Step
from vipdesk.domain.flights import flight_label
from vipdesk.domain.vocabulary import ComplaintStatus, SpaceKind, WaitReason


@dataclass(slots=True)
class GuestRef:
    id: int
    origin: Origin
    surname: str
    language: str
    tier: str
    name: str  # how the desk addresses them: "Ms Chen Li"
    not_before: dt.date | None = None  # kept out of random visits from this day on


@dataclass(slots=True)
class FlightRef:
    id: int
    carrier: str
    number: str
    destination: str
    day: dt.date
    departs_at: dt.datetime
    boards_at: dt.datetime
    first_class: bool
    sequence: int = 0

    def next_sequence(self) -> str:
        """The check-in sequence number, unique per flight, as the desk stores it (no zeros)."""
        self.sequence += 1
        return str(self.sequence)

    @property
    def label(self) -> str:
        return flight_label(self.carrier, self.number)


@dataclass(frozen=True)
class SpaceRef:
    id: int
    name: str
    kind: SpaceKind
    capacity: int


@dataclass
class WaitPlan:
    reason: WaitReason
    wanted_kind: SpaceKind | None
    started_at: dt.datetime
    ended_at: dt.datetime | None
    alert_raised_at: dt.datetime | None = None
    acknowledged_at: dt.datetime | None = None
    acknowledged_by: int | None = None
    acknowledgement: str = ""
    acknowledged_with: str = ""  # the waiting list's codes: "apology,drink"
    escalated_at: dt.datetime | None = None
    id: int | None = None  # set when written


@dataclass
class Stay:
    """When the guest came, sat and left; where, and who looked after them."""

    arrived_at: dt.datetime
    seated_at: dt.datetime | None = None
    checked_out_at: dt.datetime | None = None
    space: SpaceRef | None = None
    attendant: int | None = None
    wait: WaitPlan | None = None


@dataclass(slots=True)
class VisitRef:
    id: int
    guest: GuestRef
    flight: FlightRef
    stay: Stay
    party_size: int


@dataclass(frozen=True)
class Promise:
    due_at: dt.datetime
    owner: int
    how: str
    kept_at: dt.datetime | None = None


@dataclass
class ComplaintRecord:
    """A written item, kept in memory so the shift handovers can say what was open when."""

    id: int
    template: texts.Feedback
    visit: VisitRef
    words: str
    created_at: dt.datetime
    lines: list[tuple[dt.datetime, ComplaintStatus, Step]]
    owner: int | None
    promise: Promise | None
    escalated_at: dt.datetime | None
    work_order: tuple[int, dt.datetime, dt.datetime | None] | None  # id, created, done

    def status_at(self, moment: dt.datetime) -> ComplaintStatus:
        status = ComplaintStatus.NEW
        for at, after, _ in self.lines:
            if at > moment:
                break
            status = after
        return status
