"""The lounge board: who is where, who waits, who must leave for their flight, in a few queries.

:func:`board` reads everything the board shows in six small queries, none of
which walks the history: the lounge, its spaces, the parties in the lounge
(the ``lounge, status`` index), the open waits (the ``ended_at, started_at``
index), the attendants and today's flights. The screen calls it on every
change and every few seconds, so it must stay far below the 30 ms budget with
a year of visits on file (``bench/bench_board.py``).

The board's own actions (move a party, hand it over, mark a space) are
``@action``s needing ``SEAT_GUESTS``; they hand back plain records (a
:class:`~vipdesk.services.visit_records.VisitRecord`, a space's
:class:`~vipdesk.domain.seating.SpaceNow`), never a database row. Moving a
party obeys the same capacity rules as check-in (:mod:`vipdesk.services.seating`)
in the same serialised transaction, so two desks can never fill a box twice. A space's
state is free, being prepared or reserved as the desk sets it; "occupied" is
never stored by hand: it follows from the parties seated in it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from peewee import JOIN

from vipdesk.domain import lounge_time
from vipdesk.domain.departures_csv import ASSUMED_BOARDING_LEAD
from vipdesk.domain.eligibility import text_problem
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.names import form_of_address
from vipdesk.domain.permissions import Permission
from vipdesk.domain.seating import SpaceNow
from vipdesk.domain.vocabulary import IN_LOUNGE, Role, SpaceKind, SpaceState, VisitStatus
from vipdesk.domain.waiting import WaitSettings
from vipdesk.services import departures as departures_service
from vipdesk.services import seating, waiting
from vipdesk.services.actions import Done, action
from vipdesk.services.session import ServiceError, Session
from vipdesk.services.visit_records import VisitRecord, visit_record
from vipdesk.storage import row_locks
from vipdesk.storage.models import Flight, Guest, Space, Staff, Visit

__all__ = [
    "AttendantRow", "BoardData", "PartyRow", "SpaceRow", "board", "hand_over", "move_party",
    "set_space_state",
]

MAX_RESERVED_FOR = 200
SETTABLE_STATES = (SpaceState.FREE, SpaceState.PREPARING, SpaceState.RESERVED)


@dataclass(frozen=True)
class PartyRow:
    """A party in the lounge (seated, or waiting with its flight known); times aware UTC."""

    visit_id: int
    guest_id: int
    guest_name: str  # "Ms Li Chen"
    party_size: int
    status: VisitStatus
    space_id: int | None
    arrived_at: dt.datetime
    seated_at: dt.datetime | None
    flight: str  # "SK 1234", "" for an invited guest
    gate: str
    departs_at: dt.datetime | None  # None when the flight is not in today's list
    boarding_at: dt.datetime | None  # as given, or assumed; None when the flight is unknown
    boarding_assumed: bool
    attendant_id: int | None
    attendant_name: str
    informed: bool  # told that their flight is boarding
    boarding_soon: bool  # boards within the reminder time (or has begun) and not yet told
    desk: str = ""  # the desk that checked them in ("" before desks had names)


@dataclass(frozen=True)
class SpaceRow:
    space_id: int
    name: str
    kind: SpaceKind
    capacity: int
    stored_state: SpaceState  # as the desk set it
    reserved_for: str
    reserved_until: dt.datetime | None
    parties: tuple[PartyRow, ...]

    @property
    def people(self) -> int:
        return sum(party.party_size for party in self.parties)

    @property
    def space_now(self) -> SpaceNow:
        """This space as the seating rules count it (:mod:`vipdesk.domain.seating`)."""
        return SpaceNow(space_id=self.space_id, name=self.name, kind=self.kind,
                        capacity=self.capacity, stored_state=self.stored_state,
                        people=self.people, parties=len(self.parties),
                        reserved_for=self.reserved_for, reserved_until=self.reserved_until)

    @property
    def state(self) -> SpaceState:
        """As shown: OCCUPIED when a party sits in a space marked free."""
        return self.space_now.state

    @property
    def free_seats(self) -> int:
        """Seats a new party could take now (a box or room holds one party at a time)."""
        return self.space_now.free_seats


@dataclass(frozen=True)
class AttendantRow:
    staff_id: int
    name: str
    parties: tuple[PartyRow, ...]


@dataclass(frozen=True)
class BoardData:
    now: dt.datetime  # aware UTC, when the board was read
    timezone: str  # the lounge's: times are shown in it
    boarding_reminder_minutes: int
    wait_settings: WaitSettings  # the thresholds the live timers turn amber and red at
    spaces: tuple[SpaceRow, ...]
    waits: tuple[waiting.WaitRow, ...]  # longest first
    attendants: tuple[AttendantRow, ...]
    departures: tuple[departures_service.DepartureRow, ...]
    waiting_parties: dict[int, PartyRow] = field(default_factory=dict)  # by visit id

    def party(self, visit_id: int) -> PartyRow | None:
        for space in self.spaces:
            for party in space.parties:
                if party.visit_id == visit_id:
                    return party
        return self.waiting_parties.get(visit_id)

    @property
    def boarding_soon(self) -> tuple[PartyRow, ...]:
        rows = [p for s in self.spaces for p in s.parties if p.boarding_soon]
        rows += [p for p in self.waiting_parties.values() if p.boarding_soon]
        return tuple(sorted(rows, key=lambda p: (p.boarding_at, p.visit_id)))


# --- the read ---------------------------------------------------------------------------------


def _parties_query(session: Session) -> Any:
    attendant = Staff.alias()
    return (Visit
            .select(Visit.id, Visit.guest, Visit.party_size, Visit.status, Visit.space,
                    Visit.arrived_at, Visit.seated_at, Visit.carrier, Visit.flight_number,
                    Visit.attendant, Visit.boarding_informed_at, Visit.desk,
                    Guest.title, Guest.given_names, Guest.surname, Guest.language,
                    Flight.gate, Flight.departs_at, Flight.boards_at,
                    attendant.name.alias("attendant_name"))
            .join(Guest).switch(Visit)
            .join(Flight, JOIN.LEFT_OUTER, on=departures_service.flight_of_visit()).switch(Visit)
            .join(attendant, JOIN.LEFT_OUTER, on=(Visit.attendant == attendant.id))
            # No ORDER BY (sorted in Python): without statistics SQLite would walk the
            # ``lounge, arrived_at`` index, a year of visits, for the order rather than
            # take the few in the lounge from the ``lounge, status`` index (300 ms vs 2).
            .where((Visit.lounge == session.lounge_id)
                   & Visit.status.in_(IN_LOUNGE)))


def _party(row: dict[str, Any], soon_limit: dt.datetime) -> PartyRow:
    departs = row["departs_at"]
    boarding = row["boards_at"] or (departs - ASSUMED_BOARDING_LEAD if departs else None)
    informed = row["boarding_informed_at"] is not None
    number = row["flight_number"]
    return PartyRow(
        visit_id=row["id"], guest_id=row["guest"],
        guest_name=form_of_address(row["title"], row["given_names"], row["surname"],
                                   row["language"]),
        party_size=row["party_size"], status=row["status"], space_id=row["space"],
        arrived_at=row["arrived_at"], seated_at=row["seated_at"],
        flight=f"{row['carrier']} {number.lstrip('0') or number}".strip(),
        gate=row["gate"] or "", departs_at=departs, boarding_at=boarding,
        boarding_assumed=departs is not None and row["boards_at"] is None,
        attendant_id=row["attendant"], attendant_name=row["attendant_name"] or "",
        informed=informed,
        boarding_soon=boarding is not None and not informed and boarding <= soon_limit,
        desk=row["desk"] or "")


def board(session: Session) -> BoardData:
    """Everything the lounge board shows, read in six queries (see the module)."""
    lounge = session.lounge
    now = session.clock.now()
    today = lounge_time.local_date(now, lounge.timezone)
    soon_limit = now + dt.timedelta(minutes=lounge.boarding_reminder_minutes)
    spaces = list(Space.select().where((Space.lounge == lounge.id) & Space.active)
                  .order_by(Space.position, Space.id))
    seated: dict[int, list[PartyRow]] = {space.id: [] for space in spaces}
    waiting_parties: dict[int, PartyRow] = {}
    by_attendant: dict[int, list[PartyRow]] = {}
    rows = sorted(_parties_query(session).dicts(), key=lambda r: (r["arrived_at"], r["id"]))
    for row in rows:
        party = _party(row, soon_limit)
        if party.status is VisitStatus.SEATED and party.space_id in seated:
            seated[party.space_id].append(party)
            if party.attendant_id is not None:
                by_attendant.setdefault(party.attendant_id, []).append(party)
        elif party.status is VisitStatus.WAITING:
            waiting_parties[party.visit_id] = party
    team = (Staff.select(Staff.id, Staff.name)
            .where((Staff.lounge == lounge.id) & Staff.active & (Staff.role == Role.ATTENDANT))
            .order_by(Staff.name, Staff.id))
    return BoardData(
        now=now, timezone=lounge.timezone,
        boarding_reminder_minutes=lounge.boarding_reminder_minutes,
        wait_settings=WaitSettings.of(lounge),
        spaces=tuple(SpaceRow(
            space_id=s.id, name=s.name, kind=s.kind, capacity=s.capacity,
            stored_state=s.state, reserved_for=s.reserved_for or "",
            reserved_until=s.reserved_until, parties=tuple(seated[s.id])) for s in spaces),
        waits=tuple(waiting.open_waits(session)),
        attendants=tuple(AttendantRow(staff_id=m.id, name=m.name,
                                      parties=tuple(by_attendant.get(m.id, ())))
                         for m in team),
        departures=tuple(departures_service.departures(session, today)),
        waiting_parties=waiting_parties)


# --- the board's actions ----------------------------------------------------------------------


def _seated_visit(session: Session, visit_id: int) -> Visit:
    """The seated visit, locked until the action ends (two desks moving one party take turns)."""
    visit: Visit | None = row_locks.locked(session.db, Visit.select().where(
        (Visit.id == visit_id) & (Visit.lounge == session.lounge_id))).first()
    if visit is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This visit is not on file here.")))
    if visit.status is not VisitStatus.SEATED:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This guest is not seated; seat them from the waiting list first.")))
    return visit


def _space_here(session: Session, space_id: int) -> Space:
    space = Space.get_or_none((Space.id == space_id) & (Space.lounge == session.lounge_id)
                              & Space.active)
    if space is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This space no longer exists; please choose another.")))
    return space


@action("visit.move", permission=Permission.SEAT_GUESTS)
def move_party(session: Session, visit_id: int, space_id: int) -> Done[VisitRecord]:
    """Move a seated party to another space, under the same capacity rules as check-in.

    Refusals: a visit not seated here, :class:`seating.SpaceUnavailable`.
    Any wait the party had (for a room being prepared, say) ends with the move.
    """
    seating.lock_spaces(session)  # first: the spaces, then the visit (row_locks.py)
    visit = _seated_visit(session, visit_id)
    space = _space_here(session, space_id)
    if visit.space_id == space.id:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "The party is already in {space}."), {"space": space.name}))
    seating.seat_for(session, seating.seated_load(session), space, visit.party_size, None)
    moved_from = visit.space_id
    visit.space = space
    visit.save(only=[Visit.space])
    ended = waiting.end_waits_of_visit(session, visit.id)
    return Done(visit_record(visit), visit, {"space_from": moved_from, "space_to": space.id,
                                             "waits_ended": ended})


@action("visit.hand_over", permission=Permission.SEAT_GUESTS)
def hand_over(session: Session, visit_id: int, attendant_id: int) -> Done[VisitRecord]:
    """Give a seated party to an attendant by name; the board lists it under them."""
    visit = _seated_visit(session, visit_id)
    attendant = seating.named_attendant(session, attendant_id)
    previous = visit.attendant_id
    visit.attendant = attendant
    visit.save(only=[Visit.attendant])
    return Done(visit_record(visit), visit,
                {"attendant_from": previous, "attendant_to": attendant_id})


@action("space.state", permission=Permission.SEAT_GUESTS)
def set_space_state(session: Session, space_id: int, state: SpaceState | str,
                    reserved_for: str | None = None,
                    reserved_until: dt.datetime | None = None) -> Done[SpaceNow]:
    """Mark a box or VIP room free, being prepared, or reserved for a named guest until a time.

    A room being prepared or reserved is not offered to new parties
    (``checkin.UNAVAILABLE_STATES``). Refusals: the lobby (open seating has no
    state), OCCUPIED (it follows from the parties seated), a room with a party
    in it, a reservation without a name or with a time in the past.
    """
    try:
        state = SpaceState(state)
    except ValueError:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "Choose free, being prepared or reserved."))) from None
    if state not in SETTABLE_STATES:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "A space is occupied while a party is seated in it; "
            "choose free, being prepared or reserved.")))
    seating.lock_spaces(session)  # the space is read as the last desk to change it left it
    space = _space_here(session, space_id)
    if space.kind is SpaceKind.LOBBY:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "The lobby is open seating; only boxes and VIP rooms have a state.")))
    load = seating.seated_load(session)
    if state is not SpaceState.FREE and space.id in load:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "A party is seated in {space}; move them or check them out first."),
            {"space": space.name}))
    name = " ".join((reserved_for or "").split())
    if state is SpaceState.RESERVED:
        if not name:
            raise ServiceError(Message(QT_TRANSLATE_NOOP(
                "Messages", "Please give the name of the guest the space is reserved for.")))
        if problem := text_problem(name, "name", MAX_RESERVED_FOR):
            raise ServiceError(problem)
        if reserved_until is None or reserved_until.tzinfo is None:
            raise ServiceError(Message(QT_TRANSLATE_NOOP(
                "Messages", "Please give the time the space is reserved until.")))
        if reserved_until <= session.clock.now():
            raise ServiceError(Message(QT_TRANSLATE_NOOP(
                "Messages", "The reservation time has already passed; please give a later one.")))
    keep = state is SpaceState.RESERVED
    space.state = state
    space.reserved_for = name if keep else None
    space.reserved_until = (reserved_until.astimezone(dt.UTC)
                            if keep and reserved_until else None)
    space.save(only=[Space.state, Space.reserved_for, Space.reserved_until])
    return Done(seating.space_now(space, load), space, {"state": state.value})
