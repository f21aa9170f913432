"""Checking a guest in and out at the desk: the path the agent walks hundreds of times a day.

``check_in`` is one user action in one transaction: the checks, the guest's
profile, the visit, its companions, the seat and the audit row are written
together or not at all. Each refusal is a :class:`ServiceError` subclass
carrying what the desk needs to offer a way forward (the existing visit, the
paid price, the waiting list).

Seats are never over-sold, even with several desks at once: the whole
check-in runs in one serialised transaction and counts the seats the way
:mod:`vipdesk.services.seating` does for the board too (the lobby holds as many
people as its capacity; a box or a VIP room holds one party at a time). A new
arrival is not seated past parties already waiting for that kind of space
unless the desk says so (:class:`SeatingPastQueue`).

Several lounges share one database (and its guests): one boarding pass makes one
visit in the whole database (the unique index on the pass), so the same pass
at a second lounge is refused with a flag naming the first lounge and the time
(:class:`PassUsedElsewhere`), and a guest checked in at another lounge already
(another pass: a connection, a manual entry) is admitted with a flag on the
result and the audit row (``VisitRecord.also_checked_in``).

Privacy: the raw barcode and the booking reference never reach this module
(:class:`PassDetails` has no field for them); the frequent-flyer number is
stored masked (:func:`vipdesk.domain.eligibility.mask_frequent_flyer_number`);
the audit trail gets ids and codes only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from peewee import JOIN, IntegrityError

from vipdesk.domain import lounge_time
from vipdesk.domain.departures_csv import ASSUMED_BOARDING_LEAD
from vipdesk.domain.eligibility import (
    MAX_COMPANIONS,
    MAX_NAME_LENGTH,
    Allowance,
    CompanionCharges,
    CompanionDetails,
    Decision,
    PassDetails,
    Rule,
    allowance_message,
    companion_charges,
    decide,
    flight_day_problem,
    language_problem,
    normalise,
    text_problem,
    validate_pass_details,
)
from vipdesk.domain.lounge_setup import name_problem
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.names import full_name
from vipdesk.domain.permissions import Permission
from vipdesk.domain.seating import (
    SpaceNow,
    best_space,
    boarding_has_begun,
    space_problem,
    wanted_kind,
)
from vipdesk.domain.vocabulary import (
    IN_LOUNGE,
    Entitlement,
    SpaceKind,
    SpaceState,
    VisitStatus,
    WaitReason,
)
from vipdesk.services import access_rules, departures, guests, seating, waiting
from vipdesk.services import staff as staff_service
from vipdesk.services.actions import Done, action
from vipdesk.services.seating import LoungeFull as LoungeFull  # refusals of check_in too
from vipdesk.services.seating import SpaceUnavailable as SpaceUnavailable
from vipdesk.services.session import FieldProblems, ServiceError, Session
from vipdesk.services.visit_records import InLounge, VisitRecord, in_lounge_row, visit_record
from vipdesk.storage import row_locks
from vipdesk.storage.models import (
    Companion,
    Flight,
    Guest,
    Lounge,
    Space,
    Staff,
    Visit,
    WaitingEntry,
)

MAX_EXCEPTION_REASON = 500
MAX_SEARCH_LENGTH = 100
UNAVAILABLE_STATES = (SpaceState.PREPARING, SpaceState.RESERVED)


# --- refusals, each with what the desk needs to offer a way forward -------------


class PassDetailsRejected(FieldProblems):
    """The details cannot be used; ``problems`` are keyed by field (as the manual-entry form)."""

    def __init__(self, problems: Mapping[str, Message | str]) -> None:
        super().__init__(problems)


class AlreadyCheckedIn(ServiceError):
    """This pass was checked in before: show ``visit_id``, never make a second visit."""

    def __init__(self, visit_id: int, status: VisitStatus) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "Messages", "This boarding pass is already checked in; here is that visit.")))
        self.visit_id, self.status = visit_id, status


class PassUsedElsewhere(ServiceError):
    """This pass was checked in at another lounge of the operator: one boarding pass admits
    one visit, wherever (a duty manager cannot make an exception to it: the database keeps
    the pass unique, as at the same lounge). The desk is told where and when, never shown
    the visit itself (it is the other lounge's)."""

    def __init__(self, lounge_name: str, at: dt.datetime, still_there: bool,
                 when: Message | str) -> None:
        there = (QT_TRANSLATE_NOOP("Messages", "The guest is still checked in there.")
                 if still_there else QT_TRANSLATE_NOOP("Messages", "That visit has ended."))
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "Messages", "This boarding pass was used at {lounge} at {when}. {there} "
            "One boarding pass admits one visit: please ask the guest about it."),
            {"lounge": lounge_name, "when": when, "there": Message(there)}))
        self.lounge_name, self.at, self.still_there = lounge_name, at, still_there


class WrongAirport(ServiceError):
    def __init__(self, origin: str, airport: str) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "Messages", "This boarding pass is for a flight from {origin}, not from {airport}. "
            "Please ask the guest for the pass of the flight leaving from here."),
            {"origin": origin, "airport": airport}))
        self.origin, self.airport = origin, airport


class NotToday(ServiceError):
    def __init__(self, message: Message, flight_date: dt.date, today: dt.date) -> None:
        super().__init__(message)
        self.flight_date, self.today = flight_date, today


class NotEligible(ServiceError):
    """No rule admits the guest. Ways in: ``paid=True`` at ``paid_price``, or an exception."""

    def __init__(self, decision: Decision) -> None:
        super().__init__(decision.reason)
        self.reason = decision.reason
        self.decision = decision
        offer = decision.paid_offer
        self.paid_price: Decimal | None = offer.price if offer else None
        self.paid_allowance: Allowance | None = offer.allowance if offer else None


class PartyTooLarge(ServiceError):
    def __init__(self, allowance: Allowance, companions: int) -> None:
        super().__init__(allowance_message(allowance, companions))
        self.allowance, self.companions = allowance, companions


class SeatingPastQueue(ServiceError):
    """Parties are waiting for this kind of space: seat ``waits[0]`` first, or pass them
    knowingly (``check_in(..., past_queue=True)``). ``waits`` longest first."""

    def __init__(self, space: SpaceNow, waits: Sequence[waiting.WaitRow]) -> None:
        first = waits[0]
        minutes = first.minutes_waited
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "Messages", "{guest} has waited {minutes} for this kind of space ({waiting}): "
            "seat them first, or check this guest in anyway."),
            {"guest": first.guest_name,
             "minutes": Message(QT_TRANSLATE_NOOP("Messages", "%n minute") if minutes == 1
                                else QT_TRANSLATE_NOOP("Messages", "%n minutes"), count=minutes),
             "waiting": Message(QT_TRANSLATE_NOOP("Messages", "%n waiting"), count=len(waits))}))
        self.space, self.waits = space, tuple(waits)


class ExceptionRefused(ServiceError):
    """The duty manager's approval did not go through (wrong PIN, not a manager, back-off)."""

    def __init__(self, message: Message | str, retry_in_seconds: int = 0) -> None:
        super().__init__(message)
        self.retry_in_seconds = retry_in_seconds


# --- the checks, shared by the desk's preview and the check-in ---------------------


@dataclass(frozen=True)
class Entry:
    """How the guest comes in: the entitlement, the rule's name, the price and allowance."""

    entitlement: Entitlement
    rule_name: str
    rule_id: int | None
    price: Decimal
    allowance: Allowance


def _usable(details: PassDetails) -> PassDetails:
    details = normalise(details)
    if problems := validate_pass_details(details):
        raise PassDetailsRejected(problems)
    return details


def _existing_visit(details: PassDetails) -> Visit | None:
    """The visit made from the same pass, in any lounge: carrier, flight, date and check-in
    sequence (the database keeps them unique)."""
    if not (details.sequence and details.carrier and details.flight_number and details.flight_date):
        return None
    same: Visit | None = (Visit.select(Visit.id, Visit.status, Visit.lounge, Visit.arrived_at)
            .where((Visit.carrier == details.carrier)
                   & (Visit.flight_number == details.flight_number)
                   & (Visit.flight_date == details.flight_date)
                   & (Visit.checkin_sequence == details.sequence)).first())
    return same


def _used_pass(session: Session, existing: Visit) -> ServiceError:
    """The refusal of a pass already used: here, the visit to show; at another lounge, the
    flag naming it and the time (on this desk's clock)."""
    if existing.lounge_id == session.lounge_id:
        return AlreadyCheckedIn(existing.id, existing.status)
    timezone = session.lounge.timezone
    today = guests.lounge_now(session).date()
    local = lounge_time.to_local(existing.arrived_at, timezone)
    clock, day = local.time().replace(second=0, microsecond=0), local.date()
    when = (Message(QT_TRANSLATE_NOOP("Messages", "{time} today"), {"time": clock})
            if day == today else
            Message(QT_TRANSLATE_NOOP("Messages", "{time} on {date}"),
                    {"time": clock, "date": day}))
    name = Lounge.select(Lounge.name).where(Lounge.id == existing.lounge_id).scalar() or ""
    return PassUsedElsewhere(name, existing.arrived_at, existing.status in IN_LOUNGE, when)


def _check_pass(session: Session, lounge: Lounge, details: PassDetails) -> None:
    """Duplicate, airport and day: the refusals that do not depend on the rules."""
    if (existing := _existing_visit(details)) is not None:
        raise _used_pass(session, existing)
    if not details.has_flight:
        return
    if details.origin != lounge.airport.upper():
        raise WrongAirport(details.origin, lounge.airport.upper())
    assert details.flight_date is not None  # validated
    now = guests.lounge_now(session, lounge)
    if problem := flight_day_problem(details.flight_date, now):
        raise NotToday(problem, details.flight_date, now.date())


def _with_known_tier(details: PassDetails, guest: Guest | None) -> PassDetails:
    if details.frequent_flyer_tier:
        return details
    tier = guests.known_tier(guest, details.frequent_flyer_airline)
    return replace(details, frequent_flyer_tier=tier) if tier else details


def _recognise(session: Session, details: PassDetails) -> Guest | None:
    return guests.recognise(session, details.surname, details.given_names,
                            details.frequent_flyer_number)


def _decision(session: Session, details: PassDetails, guest: Guest | None) -> Decision:
    return decide(access_rules.rules(session), _with_known_tier(details, guest))


def _entry(decision: Decision, *, paid: bool, approver: Staff | None) -> Entry:
    rule: Rule | None = decision.rule
    if decision.eligible and rule is not None:
        return Entry(rule.entitlement, rule.name, rule.id, Decimal(0), rule.allowance)
    if paid:
        offer = decision.paid_offer
        if offer is None:
            raise ServiceError(Message(QT_TRANSLATE_NOOP(
                "Messages", "This lounge sells no entry; ask a duty manager for an exception.")))
        return Entry(Entitlement.PAID, offer.name, offer.id, Decimal(offer.price), offer.allowance)
    if approver is not None:
        # The manager sees the whole party at the desk and admits it as it stands.
        return Entry(Entitlement.EXCEPTION, "Duty manager's exception", None, Decimal(0),
                     Allowance(free=MAX_COMPANIONS))
    raise NotEligible(decision)


def _checked_party(party: Sequence[CompanionDetails]) -> list[CompanionDetails]:
    if len(party) > MAX_COMPANIONS:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "A party can have at most {most} companions; "
            "please check in a larger group in parts."), {"most": MAX_COMPANIONS}))
    checked = []
    for number, companion in enumerate(party, start=1):
        details = _usable_companion(companion.details) if companion.details else None
        name = " ".join(companion.name.split())
        if not name and details is not None:
            name = full_name(details.given_names, details.surname)
        if problem := (name_problem(name, f"name of companion {number}")
                       or text_problem(name, f"name of companion {number}", MAX_NAME_LENGTH)):
            raise PassDetailsRejected({f"companion_{number}": problem})
        checked.append(CompanionDetails(name, details))
    return checked


def _usable_companion(details: PassDetails) -> PassDetails:
    details = normalise(details)
    problems = {key: message for key, message in validate_pass_details(details).items()
                if key in ("surname", "given_names", "title", "frequent_flyer_number")}
    if problems:
        raise PassDetailsRejected({f"companion_{key}": value for key, value in problems.items()})
    return details


@dataclass(frozen=True)
class Boarding:
    """When the guest's flight boards (as the departures list gives it, or assumed)."""

    at: dt.datetime  # aware UTC
    assumed: bool  # the list gave no boarding time: departure less the usual lead
    begun: bool  # at the time of the check: the guest should be at the gate


def boarding_of(session: Session, carrier: str, flight_number: str,
                flight_date: dt.date | None) -> Boarding | None:
    """The boarding time of a flight in today's departures; None when it is not listed."""
    if not carrier or flight_date is None:
        return None
    flight = (Flight.select(Flight.boards_at, Flight.departs_at)
              .where((Flight.lounge == session.lounge_id) & (Flight.flight_date == flight_date)
                     & (Flight.carrier == carrier) & (Flight.flight_number == flight_number))
              .first())
    if flight is None:
        return None
    at = flight.boards_at or flight.departs_at - ASSUMED_BOARDING_LEAD
    return Boarding(at=at, assumed=flight.boards_at is None,
                    begun=boarding_has_begun(at, session.clock.now()))


@dataclass(frozen=True)
class Assessment:
    """What the desk shows right after a scan, before anything is written."""

    details: PassDetails
    decision: Decision | None
    refusal: ServiceError | None
    profile: guests.GuestProfile | None
    proposed_space: SpaceNow | None  # where the party would be seated; None: full
    spaces: tuple[SpaceNow, ...] = ()  # every space as it is now, in the lounge's order
    boarding: Boarding | None = None  # None: not a listed flight (or not a usable pass)


def assess(session: Session, details: PassDetails, *, party_size: int = 1,
           wish: SpaceKind | None = None, language: str | None = None) -> Assessment:
    """The checks of :func:`check_in` without writing: decision, refusal, profile, the
    spaces as they are now with the one proposed, and whether boarding has begun."""
    lounge = session.lounge
    decision: Decision | None = None
    refusal: ServiceError | None = None
    known: Guest | None = None
    recognised = False
    try:
        details = _usable(details)
        _check_pass(session, lounge, details)
        known, recognised = _recognise(session, details), True
        decision = _decision(session, details, known)
        if not decision.eligible:
            refusal = NotEligible(decision)
    except ServiceError as error:
        refusal = error
    rejected = isinstance(refusal, PassDetailsRejected)
    if not (rejected or recognised):  # refused before recognition: the profile still shows
        known = _recognise(session, normalise(details))
    load = seating.seated_load(session)
    models = {space.id: space for space in seating.active_spaces(session)}
    spaces = tuple(seating.space_now(space, load) for space in models.values())
    best = best_space(spaces, party_size, wish)
    return Assessment(
        details=details, decision=decision, refusal=refusal,
        profile=None if rejected else guests.profile_at_desk(session, known, language),
        proposed_space=best, spaces=spaces,
        boarding=None if rejected else boarding_of(session, details.carrier,
                                                   details.flight_number, details.flight_date))


def warm_up(session: Session) -> None:
    """The reads of a scan and a check-in, once, writing nothing: SQLite's pages of the
    indexes they use and each query's first-use cost are paid in the desk's idle time after
    sign-in, not by the first guest of the shift. Refused like the scan it imitates."""
    lounge = session.lounge
    today = guests.lounge_now(session, lounge).date()
    assess(session, PassDetails(
        surname="Warm-up", given_names="Desk", origin=lounge.airport, destination="ZZZ",
        carrier="ZZ", flight_number="1", flight_date=today, compartment="J", seat="1A",
        sequence="1", frequent_flyer_airline="ZZ", frequent_flyer_number="ZZ0000"))
    waiting.queue_for(session, SpaceKind.LOBBY)
    seating.least_busy_attendant(session)
    newest = (Visit.select(Visit.guest).where(Visit.lounge == session.lounge_id)
              .order_by(Visit.id.desc()).first())
    if newest is not None:  # a returning guest's profile: their visits and last complaint
        guests.profile_at_desk(session, Guest.get_or_none(Guest.id == newest.guest_id))


# --- the actions ----------------------------------------------------------------


@dataclass(frozen=True)
class Approval:
    """A duty manager's exception for a guest no rule admits: who, their PIN, and why."""

    staff_id: int
    pin: str
    reason: str


@dataclass(frozen=True)
class CheckIn:
    """What the desk asks for when it checks a guest in (see :func:`check_in`).

    ``party``: the companions. ``space_id``: the space chosen, else the best free one
    of the ``wish`` kind. ``attendant_id``: the attendant chosen, else the least busy
    one on duty. ``language``: the guest's, for the welcome card. The ways in for a
    guest no rule admits: ``paid`` entry, or a duty manager's ``approval``. ``wait``:
    onto the waiting list even when a space is free. ``past_queue``: seat them
    although parties wait for that kind of space.
    """

    details: PassDetails
    party: Sequence[CompanionDetails] = ()
    space_id: int | None = None
    wish: SpaceKind | None = None
    attendant_id: int | None = None
    language: str | None = None
    paid: bool = False
    approval: Approval | None = None
    wait: bool = False
    past_queue: bool = False


def _approver(session: Session, request: CheckIn) -> Staff | None:
    """The duty manager who approved the exception, their PIN checked by the staff service
    (its own audited action); None without one.

    It runs before the check-in's transaction, so a wrong PIN counts towards the
    back-off even though the check-in is refused.
    """
    if request.paid and request.approval is not None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "Choose paid entry or a duty manager's exception, not both.")))
    if (approval := request.approval) is None:
        return None
    reason = approval.reason.strip()
    if problem := (None if reason else Message(QT_TRANSLATE_NOOP(
            "Messages", "Please give the reason for the exception."))) or text_problem(
            reason, "reason", MAX_EXCEPTION_REASON):
        raise PassDetailsRejected({"exception_reason": problem})
    result = staff_service.authorise(session, approval.staff_id, approval.pin,
                                     Permission.GRANT_EXCEPTION)
    if not result.ok:
        raise ExceptionRefused(result.words, result.retry_in_seconds)
    return Staff.get_by_id(approval.staff_id)


@action("visit.check_in", permission=Permission.CHECK_IN, prepare=_approver)
def check_in(session: Session, approver: Staff | None, request: CheckIn) -> Done[VisitRecord]:
    """Check a guest (and party) in and seat them; the visit is SEATED, or WAITING with ``wait``.

    Refusals: :class:`PassDetailsRejected`, :class:`AlreadyCheckedIn`,
    :class:`PassUsedElsewhere` (at another lounge), :class:`WrongAirport`,
    :class:`NotToday`, :class:`NotEligible` (then call again with ``paid=True``
    or with a duty manager's ``approval``),
    :class:`PartyTooLarge`, :class:`SpaceUnavailable`, :class:`LoungeFull`
    (then call again with ``wait=True``), :class:`SeatingPastQueue` (parties wait
    for this kind of space: seat the longest first, or call again with
    ``past_queue=True``), :class:`ExceptionRefused`.

    ``wait=True`` always puts the party on the waiting list, even when a space
    is free (the guest would rather wait for a box, say): for the kind of the
    chosen space, else of ``wish``, else the lobby; the wait's reason is
    ``desk_queue`` when such a space is free now, ``lounge_full`` when not. It
    waits until :func:`seat_waiting`.

    A guest checked in at another lounge too (waiting or seated there now) is admitted:
    the record's ``also_checked_in`` names those lounges for the agent, and the audit row
    notes their ids.
    """
    language, attendant_id = request.language, request.attendant_id
    exception_reason = request.approval.reason.strip() if request.approval else ""
    lounge = session.lounge
    details = _usable(request.details)
    if language is not None and (problem := language_problem(language)):
        raise PassDetailsRejected({"language": problem})
    companions = _checked_party(request.party)
    _check_pass(session, lounge, details)
    known = _recognise(session, details)
    entry = _entry(_decision(session, details, known), paid=request.paid, approver=approver)
    charges = companion_charges(entry.allowance, len(companions))
    if charges is None:
        raise PartyTooLarge(entry.allowance, len(companions))

    party_size = 1 + len(companions)
    now = session.clock.now()
    # What the seating does not decide comes before the spaces are locked: every desk of
    # the lounge waits for that lock, so it is held for the seating and the writes only.
    guest = guests.update(session, known, details, language)
    elsewhere = guests.checked_in_elsewhere(session, known)
    visit = Visit(
        lounge=lounge, guest=guest, arrived_at=now,
        carrier=details.carrier, flight_number=details.flight_number,
        flight_date=details.flight_date, origin=details.origin,
        destination=details.destination, cabin=details.effective_cabin, seat=details.seat,
        checkin_sequence=details.sequence or None, party_size=party_size,
        entitlement=entry.entitlement, entitlement_rule=entry.rule_name[:120],
        amount_paid=entry.price + charges.total,
        exception_by=approver, exception_reason=exception_reason if approver else "",
        checked_in_by=session.staff_id, desk=session.desk)
    visit.flight = departures.flight_of(visit)  # linked as it is written, not after
    space, wanted, reason = _placement(session, request, party_size)
    seated = space is not None
    visit.status = VisitStatus.SEATED if seated else VisitStatus.WAITING
    visit.seated_at, visit.space = (now if seated else None), space
    visit.attendant = seating.attendant_for(session, attendant_id) if seated else None
    _insert(session, visit, details)
    _add_companions(session, visit, companions, charges)
    if not seated:
        WaitingEntry.create(visit=visit, reason=reason, wanted_kind=wanted, started_at=now)
    done = Done(replace(visit_record(visit), also_checked_in=elsewhere), visit, {
        "guest": guest.id, "status": visit.status.value, "entitlement": entry.entitlement.value,
        "rule": entry.rule_id, "party": party_size, "paid_companions": charges.paid,
        "amount": str(visit.amount_paid), "space": space.id if space else None,
        "attendant": visit.attendant.id if visit.attendant else None,
        "exception_by": approver.id if approver else None})
    # The flag, by the other lounges' ids (an audit row holds ids and codes only).
    return done.noting(checked_in_elsewhere=[there.lounge_id for there in elsewhere]
                       ) if elsewhere else done


def _insert(session: Session, visit: Visit, details: PassDetails) -> None:
    """Write the new visit; the same pass checked in a moment ago at another desk (only
    possible without a lock) is :class:`AlreadyCheckedIn`, or :class:`PassUsedElsewhere`
    when that desk is another lounge's."""
    try:
        with session.db.atomic():
            visit.save(force_insert=True)
    except IntegrityError:
        existing = _existing_visit(details)
        if existing is None:
            raise
        raise _used_pass(session, existing) from None


def _add_companions(session: Session, visit: Visit, companions: Sequence[CompanionDetails],
                    charges: CompanionCharges) -> None:
    """The party's companions, the first ``charges.free`` of them free, the others paying."""
    for number, companion in enumerate(companions):
        pays = number >= charges.free
        Companion.create(
            visit=visit, name=companion.name,
            guest=guests.remember(session, companion.details) if companion.details else None,
            paid=pays, amount_paid=charges.price if pays else Decimal(0))


def _placement(session: Session, request: CheckIn,
               party_size: int) -> tuple[Space | None, SpaceKind | None, WaitReason]:
    """Where the party goes, the spaces locked first: a space (with the kind wanted and
    the reason to wait unused), or none with ``request.wait``: the waiting list, for the
    kind of the chosen space (else the wish, else the lobby), as ``desk_queue`` when such a
    space is free now. Seating past parties that wait for that kind is refused unless
    ``request.past_queue``."""
    seating.lock_spaces(session)
    load = seating.seated_load(session)
    chosen = None
    if request.space_id is not None:
        chosen = Space.get_or_none((Space.id == request.space_id)
                                   & (Space.lounge == session.lounge.id))
        if chosen is None:
            raise ServiceError(Message(QT_TRANSLATE_NOOP(
                "Messages", "This space no longer exists; please choose another.")))
    if request.wait:  # the waiting list, for the kind of space they want, even when one is free
        wanted = chosen.kind if chosen is not None else request.wish
        free_now = any(here.kind is wanted_kind(wanted) and space_problem(here, party_size) is None
                       for here in (seating.space_now(model, load)
                                    for model in seating.active_spaces(session)))
        return None, wanted, WaitReason.DESK_QUEUE if free_now else WaitReason.LOUNGE_FULL
    space = seating.seat_for(session, load, chosen, party_size, request.wish)
    if not request.past_queue:
        here = seating.space_now(space, load)
        ahead = waiting.queue_for(session, space.kind, max_party_size=here.free_seats)
        if ahead:
            raise SeatingPastQueue(here, ahead)
    return space, request.wish, WaitReason.LOUNGE_FULL


def _visit_here(session: Session, visit_id: int) -> Visit:
    """The visit, locked until the action ends: a second desk seating or checking out the
    same guest waits, then reads what the first did (and is told)."""
    visit: Visit | None = row_locks.locked(session.db, Visit.select().where(
        (Visit.id == visit_id) & (Visit.lounge == session.lounge_id))).first()
    if visit is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This visit is not on file here.")))
    return visit


@action("visit.seat", permission=Permission.SEAT_GUESTS)
def seat_waiting(session: Session, visit_id: int, *, space_id: int | None = None,
                 wish: SpaceKind | None = None, attendant_id: int | None = None
                 ) -> Done[VisitRecord]:
    """Seat a guest from the waiting list, under the same capacity rules as check-in."""
    seating.lock_spaces(session)  # first: the spaces, then the visit (storage/row_locks.py)
    visit = _visit_here(session, visit_id)
    if visit.status is not VisitStatus.WAITING:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This guest is not waiting for a seat.")))
    if space_id is not None:
        space = Space.get_or_none((Space.id == space_id) & (Space.lounge == session.lounge_id))
        if space is None:
            raise ServiceError(Message(QT_TRANSLATE_NOOP(
                "Messages", "This space no longer exists; please choose another.")))
        seating.seat_for(session, seating.seated_load(session), space, visit.party_size, None)
    else:
        wanted = wish or WaitingEntry.select(WaitingEntry.wanted_kind).where(
            (WaitingEntry.visit == visit.id) & WaitingEntry.ended_at.is_null()).scalar()
        try:
            space = seating.seat_for(session, seating.seated_load(session), None,
                                     visit.party_size, wanted)
        except LoungeFull as full:  # it counted this party among those waiting
            raise LoungeFull(visit.party_size, full.waiting - 1) from None
    now = session.clock.now()
    visit.status, visit.seated_at, visit.space = VisitStatus.SEATED, now, space
    visit.attendant = seating.attendant_for(session, attendant_id)
    visit.save()
    (WaitingEntry.update(ended_at=now)
     .where((WaitingEntry.visit == visit.id) & WaitingEntry.ended_at.is_null()).execute())
    return Done(visit_record(visit), visit, {
        "space": space.id, "attendant": visit.attendant.id if visit.attendant else None})


@action("visit.check_out", permission=Permission.CHECK_IN)
def check_out(session: Session, visit_id: int, rating: int | None = None
              ) -> Done[VisitRecord]:
    """The guest leaves: time out, an optional rating 1 to 5, the seat freed, any wait ended."""
    if rating is not None and (type(rating) is not int or not 1 <= rating <= 5):  # not a bool
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "A rating is a whole number from 1 to 5, or none.")))
    visit = _visit_here(session, visit_id)
    if visit.status is VisitStatus.CHECKED_OUT:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This guest has already checked out.")))
    now = session.clock.now()
    visit.status, visit.checked_out_at, visit.rating = VisitStatus.CHECKED_OUT, now, rating
    visit.save()
    ended = (WaitingEntry.update(ended_at=now)
             .where((WaitingEntry.visit == visit.id) & WaitingEntry.ended_at.is_null()).execute())
    return Done(visit_record(visit), visit, {"rating": rating, "waits_ended": ended})


# --- queries for the screens ----------------------------------------------------


def _visits_with_people() -> Any:
    attendant = Staff.alias()
    return (Visit.select(Visit, Guest, Space, attendant)
            .join(Guest).switch(Visit)
            .join(Space, JOIN.LEFT_OUTER).switch(Visit)
            .join(attendant, JOIN.LEFT_OUTER, on=(Visit.attendant == attendant.id))
            .switch(Visit))


def find_visit(session: Session, visit_id: int) -> VisitRecord | None:
    """One visit of this lounge with its guest, space and attendant; None if not here.
    Refused with nobody signed in or a locked desk: it names the guest."""
    session.require(Permission.CHECK_IN)
    visit: Visit | None = (_visits_with_people()
                           .where((Visit.id == visit_id) & (Visit.lounge == session.lounge_id))
                           .first())
    return visit_record(visit) if visit is not None else None


def guests_in_lounge(session: Session, search: str = "") -> list[InLounge]:
    """Who is in (seated or waiting), oldest arrival first; ``search`` by name or flight.

    The search runs in SQL: a part of the surname or given names (either order),
    or of the flight written with or without the space (``SK 12``, ``sk1234``).
    Case is ignored for unaccented letters (SQLite's LIKE). Refused with nobody
    signed in or a locked desk, like an action: the list names every guest in the lounge.
    """
    session.require(Permission.CHECK_IN)
    return sorted((in_lounge_row(visit) for visit in _in_lounge(session, search)),
                  key=lambda row: (row.arrived_at, row.visit_id))


def guest_in_lounge(session: Session, visit_id: int, search: str = "") -> InLounge | None:
    """One row of :func:`guests_in_lounge` (one query): the visit if it is in the lounge and
    matches ``search``, else None. The desk updates its list by it after its own change."""
    session.require(Permission.CHECK_IN)
    visit = _in_lounge(session, search).where(Visit.id == visit_id).first()
    return in_lounge_row(visit) if visit is not None else None


def _in_lounge(session: Session, search: str) -> Any:
    # "status IN (...)" with no ORDER BY lets SQLite take the few visits in the lounge
    # from the (lounge, status) index; "!=" or sorting by arrival walked a year of history.
    # Only the columns a list of them shows: building whole rows of three tables for each
    # of 150 guests was most of a sign-in (issue 12).
    query = (Visit.select(Visit.id, Visit.party_size, Visit.status, Visit.space,
                          Visit.arrived_at, Visit.carrier, Visit.flight_number, Guest.id,
                          Guest.title, Guest.given_names, Guest.surname, Guest.language,
                          Space.id, Space.name)
             .join(Guest).switch(Visit)
             .join(Space, JOIN.LEFT_OUTER).switch(Visit)
             .where((Visit.lounge == session.lounge_id)
                    & Visit.status.in_(IN_LOUNGE)))
    text = " ".join(search.split())[:MAX_SEARCH_LENGTH]
    if text:
        compact = text.replace(" ", "")
        query = query.where(
            Guest.surname.contains(text) | Guest.given_names.contains(text)
            | Guest.given_names.concat(" ").concat(Guest.surname).contains(text)
            | Guest.surname.concat(" ").concat(Guest.given_names).contains(text)
            | Visit.carrier.concat(Visit.flight_number).contains(compact))
    return query
