"""A visit as the screens see it: plain frozen values, never a database row.

Check-in, seating, check-out, the board's moves and hand-overs, the boarding
reminder's "told" and :func:`~vipdesk.services.checkin.find_visit` hand back a
:class:`VisitRecord`; the desk's list of everyone in the lounge is made of
:class:`InLounge` rows (only the columns it shows, read in one query:
services/checkin.py). A screen that holds one can neither save it nor trigger a
lazy query by reading a relation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from vipdesk.domain.vocabulary import Entitlement, SpaceKind, VisitStatus
from vipdesk.storage.models import Visit


@dataclass(frozen=True)
class InLounge:
    """One guest in the lounge now, as the desk's list and the board's search show them."""

    visit_id: int
    status: VisitStatus
    party_size: int
    title: str
    given_names: str
    surname: str
    language: str
    space_name: str  # "" while waiting
    arrived_at: dt.datetime
    carrier: str
    flight_number: str


@dataclass(frozen=True)
class CheckedInElsewhere:
    """The guest's visit open (waiting or seated) at another lounge of the operator: all a
    desk is shown of it, as a flag to the agent (that lounge's name, since when)."""

    lounge_id: int
    lounge_name: str
    since: dt.datetime  # their arrival there, aware UTC


@dataclass(frozen=True)
class VisitRecord:
    """One visit as a service has just written it: who, where, with whom, on what right."""

    id: int
    status: VisitStatus
    guest_id: int
    title: str
    given_names: str
    surname: str
    language: str
    party_size: int
    arrived_at: dt.datetime
    seated_at: dt.datetime | None
    boarding_informed_at: dt.datetime | None  # told their flight is boarding
    carrier: str
    flight_number: str
    flight_date: dt.date | None
    origin: str
    destination: str
    entitlement: Entitlement
    entitlement_rule: str
    amount_paid: Decimal
    exception_by_id: int | None
    exception_reason: str
    space_id: int | None
    space_name: str  # "" without a space
    space_kind: SpaceKind | None
    attendant_id: int | None
    attendant_name: str  # "" without an attendant
    desk: str | None = None  # the desk that checked it in (None before desks had names)
    # Check-in's flag: the guest is checked in at another lounge too (services/checkin.py).
    also_checked_in: tuple[CheckedInElsewhere, ...] = ()

    @property
    def in_lounge(self) -> InLounge:
        """Its row in the desk's list (meaningful while the guest is in the lounge)."""
        return InLounge(
            visit_id=self.id, status=self.status, party_size=self.party_size, title=self.title,
            given_names=self.given_names, surname=self.surname, language=self.language,
            space_name=self.space_name, arrived_at=self.arrived_at, carrier=self.carrier,
            flight_number=self.flight_number)


def visit_record(visit: Visit) -> VisitRecord:
    """The record of a visit row (its guest, space and attendant read if not already)."""
    guest = visit.guest
    space = visit.space if visit.space_id is not None else None
    attendant = visit.attendant if visit.attendant_id is not None else None
    return VisitRecord(
        id=visit.id, status=visit.status, guest_id=guest.id, title=guest.title,
        given_names=guest.given_names, surname=guest.surname, language=guest.language,
        party_size=visit.party_size, arrived_at=visit.arrived_at, seated_at=visit.seated_at,
        boarding_informed_at=visit.boarding_informed_at, carrier=visit.carrier,
        flight_number=visit.flight_number,
        flight_date=visit.flight_date, origin=visit.origin, destination=visit.destination,
        entitlement=visit.entitlement, entitlement_rule=visit.entitlement_rule,
        amount_paid=Decimal(visit.amount_paid), exception_by_id=visit.exception_by_id,
        exception_reason=visit.exception_reason,
        space_id=space.id if space is not None else None,
        space_name=space.name if space is not None else "",
        space_kind=space.kind if space is not None else None,
        attendant_id=attendant.id if attendant is not None else None,
        attendant_name=attendant.name if attendant is not None else "", desk=visit.desk)


def in_lounge_row(visit: Visit) -> InLounge:
    """The list row of a visit read with its guest and space (services/checkin.py's query)."""
    guest = visit.guest
    space = visit.space if visit.space_id is not None else None
    return InLounge(
        visit_id=visit.id, status=visit.status, party_size=visit.party_size,
        title=guest.title, given_names=guest.given_names, surname=guest.surname,
        language=guest.language, space_name=space.name if space is not None else "",
        arrived_at=visit.arrived_at, carrier=visit.carrier, flight_number=visit.flight_number)
