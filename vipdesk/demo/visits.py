"""One demo visit as rows: the visit, its companions and its wait.

Past days and the present both come through here, so a visit from last week
and a guest seated now look alike to every screen and report.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from vipdesk.demo import texts
from vipdesk.demo.draw import Weighted
from vipdesk.demo.names import companion_name
from vipdesk.demo.refs import FlightRef, GuestRef, Stay, VisitRef
from vipdesk.demo.world import World
from vipdesk.domain.eligibility import MAX_COMPANIONS, Allowance, companion_charges
from vipdesk.domain.vocabulary import Cabin, Entitlement, VisitStatus
from vipdesk.storage.models import Companion, Visit, WaitingEntry

CABINS = Weighted((Cabin.FIRST, Cabin.BUSINESS, Cabin.PREMIUM_ECONOMY, Cabin.ECONOMY),
                  (8, 62, 8, 22))
PARTY_SIZES = Weighted((1, 2, 3, 4), (62, 25, 8, 5))
INVITED_SHARE = 0.35  # of economy guests without a qualifying tier; the rest pay
EXCEPTION_RULE_NAME = "Duty manager's exception"  # as the check-in service names it
EXCEPTION_ALLOWANCE = Allowance(free=MAX_COMPANIONS)  # the manager admits the party as it stands

# Seat rows and letters by cabin, as a wide-body's seat map would have them.
_SEATS = {
    Cabin.FIRST: (1, 2, "ADGK"),
    Cabin.BUSINESS: (1, 9, "ACDFHK"),
    Cabin.PREMIUM_ECONOMY: (10, 16, "ABCDEFG"),
    Cabin.ECONOMY: (17, 48, "ABCDEF"),
}


@dataclass(frozen=True)
class Admission:
    """Why the guest may enter, and with how many."""

    cabin: Cabin
    entitlement: Entitlement
    rule_name: str
    price: Decimal  # for the main guest: only a paid entry costs anything
    allowance: Allowance
    party_size: int
    exception_by: int | None = None
    exception_reason: str = ""


def draw_cabin(world: World, flight: FlightRef) -> Cabin:
    cabin = CABINS.pick(world.rng)
    return Cabin.BUSINESS if cabin is Cabin.FIRST and not flight.first_class else cabin


def draw_party(world: World) -> int:
    return PARTY_SIZES.pick(world.rng)


def admit(world: World, guest: GuestRef, cabin: Cabin, party_size: int, *,
          exception_by: int | None = None) -> Admission:
    """The entitlement the desk would find: cabin first, then tier, invitation, payment."""
    if exception_by is not None:
        return Admission(Cabin.ECONOMY, Entitlement.EXCEPTION, EXCEPTION_RULE_NAME, Decimal(0),
                         EXCEPTION_ALLOWANCE, min(party_size, 2), exception_by,
                         world.rng.choice(texts.EXCEPTION_REASONS))
    rule = world.rule(Entitlement.CABIN, cabin)
    if rule is None and guest.tier:
        rule = world.rule(Entitlement.FREQUENT_FLYER, tier=guest.tier)
    if rule is None and world.rng.random() < INVITED_SHARE:
        rule = world.rule(Entitlement.INVITATION)
    price = Decimal(0)
    if rule is None:
        rule = world.rule(Entitlement.PAID)
        if rule is None:
            raise ValueError("The demo lounge needs a paid-entry access rule.")
        price = Decimal(rule.price)
    allowance = rule.allowance
    return Admission(cabin, rule.entitlement, rule.name, price, allowance,
                     min(party_size, 1 + allowance.free + allowance.paid))


def _seat(world: World, cabin: Cabin) -> str:
    first_row, last_row, letters = _SEATS[cabin]
    return f"{world.rng.randint(first_row, last_row)}{world.rng.choice(letters)}"


def write_visit(world: World, guest: GuestRef, flight: FlightRef, admission: Admission,
                stay: Stay, *, checked_in_by: int, rating: int | None = None) -> VisitRef:
    """Queue the visit, its companions and its wait; return what later rows refer to."""
    if stay.checked_out_at is not None:
        status = VisitStatus.CHECKED_OUT
    elif stay.seated_at is not None:
        status = VisitStatus.SEATED
    else:
        status = VisitStatus.WAITING
    charges = companion_charges(admission.allowance, admission.party_size - 1)
    assert charges is not None, "admit() keeps the party within the allowance"
    reminder = flight.boards_at - world.thresholds.boarding_reminder
    informed = None
    if stay.seated_at is not None and stay.checked_out_at is not None \
            and stay.checked_out_at > reminder:
        informed = max(stay.seated_at, reminder)
    visit_id = world.rows.add(
        Visit, lounge=world.lounge_id, guest=guest.id, status=status,
        arrived_at=stay.arrived_at, seated_at=stay.seated_at,
        checked_out_at=stay.checked_out_at, carrier=flight.carrier,
        flight_number=flight.number, flight_date=flight.day, origin=world.lounge.airport,
        destination=flight.destination, cabin=admission.cabin, seat=_seat(world, admission.cabin),
        checkin_sequence=flight.next_sequence(), flight=flight.id,
        party_size=admission.party_size, entitlement=admission.entitlement,
        entitlement_rule=admission.rule_name, amount_paid=admission.price + charges.total,
        exception_by=admission.exception_by, exception_reason=admission.exception_reason,
        space=stay.space.id if stay.space else None, attendant=stay.attendant,
        boarding_informed_at=informed, rating=rating, checked_in_by=checked_in_by)
    for number in range(admission.party_size - 1):
        pays = number >= charges.free
        world.rows.add(Companion, visit=visit_id,
                       name=companion_name(world.rng, guest.surname, guest.origin), guest=None,
                       paid=pays, amount_paid=charges.price if pays else Decimal(0))
    if (wait := stay.wait) is not None:
        wait.id = world.rows.add(
            WaitingEntry, visit=visit_id, reason=wait.reason, wanted_kind=wait.wanted_kind,
            started_at=wait.started_at, ended_at=wait.ended_at,
            alert_raised_at=wait.alert_raised_at, acknowledged_at=wait.acknowledged_at,
            acknowledged_by=wait.acknowledged_by, first_acknowledged_at=wait.acknowledged_at,
            first_acknowledged_by=wait.acknowledged_by, acknowledgement=wait.acknowledgement,
            acknowledged_with=wait.acknowledged_with, escalated_at=wait.escalated_at)
    visit = VisitRef(visit_id, guest, flight, stay, admission.party_size)
    if stay.arrived_at >= world.log_from:
        world.visit_log.append(visit)
    return visit
