"""Who sits where, and where the next party goes: the seating that check-in and the board share.

A seat is one person in a space. The lobby holds as many people as its
capacity; a box or a VIP room holds one party at a time, up to its capacity.
That rule is pure and lives in :mod:`vipdesk.domain.seating`
(:func:`~vipdesk.domain.seating.space_problem`, ``SpaceNow.free_seats``,
:func:`~vipdesk.domain.seating.best_space`); this module reads the database
for it: the parties seated in each space (:func:`seated_load`), each space as
it is now (:func:`space_now`, :func:`spaces_now`), the space to seat a party in
(:func:`propose_space`, :func:`seat_for`) and the attendant to hand it to
(:func:`attendant_for`, the least busy one on duty by default). Screens get a
space as a :class:`~vipdesk.domain.seating.SpaceNow`; the functions that hand
back a row (:func:`active_spaces`, :func:`seat_for`, the attendants) are for the
actions of check-in and the board, which write it into the visit.

Seats are never over-sold, even with several desks at once: every action that
seats or moves a party, or changes a space's state, calls :func:`lock_spaces` before
it counts the seats, inside its action's transaction. On SQLite the transaction
already holds the database's write lock (``BEGIN IMMEDIATE``, services/actions.py),
so the count and the write are serialised between desks. On PostgreSQL (READ
COMMITTED) the lounge's spaces are locked ``FOR NO KEY UPDATE`` in the order of their
ids (:mod:`vipdesk.storage.row_locks`), always the first lock such an action takes:
a second desk waits there, and its count, made after the first desk committed, sees
that desk's party. Locking every space of the lounge, not only the chosen one, is
what makes "the best free space" and "the lounge is full" hold too. The same boarding
pass at two desks at once is the unique index on the pass (checkin.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from peewee import fn

from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.seating import SpaceNow, SpaceProblem, best_space, space_problem
from vipdesk.domain.vocabulary import Role, SpaceKind, VisitStatus
from vipdesk.services import staff as staff_service
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage import row_locks
from vipdesk.storage.models import Shift, Space, Staff, Visit
from vipdesk.storage.query_rows import tuples_of

# --- refusals -------------------------------------------------------------------


class LoungeFull(ServiceError):
    """No space can take the party now: offer the waiting list (``check_in(..., wait=True)``)."""

    def __init__(self, party_size: int, waiting: int) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "Messages", "The lounge has no room for a party of {party} right now "
            "({waiting} already waiting). Offer the waiting list."),
            {"party": party_size, "waiting": waiting}))
        self.party_size, self.waiting = party_size, waiting


_WHY_NOT: dict[SpaceProblem, str] = {
    SpaceProblem.CLOSED: QT_TRANSLATE_NOOP("Messages", "it is closed"),
    SpaceProblem.PREPARING: QT_TRANSLATE_NOOP("Messages", "it is being prepared"),
    SpaceProblem.RESERVED: QT_TRANSLATE_NOOP("Messages", "it is reserved"),
    SpaceProblem.OCCUPIED: QT_TRANSLATE_NOOP("Messages", "another party is seated in it"),
    SpaceProblem.FULL: QT_TRANSLATE_NOOP("Messages", "it is full"),
    SpaceProblem.TOO_SMALL: QT_TRANSLATE_NOOP("Messages", "it is too small"),
}


class SpaceUnavailable(ServiceError):
    """The chosen space cannot take the party; ``problem`` says why, ``space`` how it is now."""

    def __init__(self, space: SpaceNow, party_size: int, problem: SpaceProblem) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "Messages", "{space} cannot take a party of {party} now: {why} "
            "({people}/{capacity} seated). Please choose another space, or offer the "
            "waiting list."),
            {"space": space.name, "party": party_size, "why": Message(_WHY_NOT[problem]),
             "people": space.people, "capacity": space.capacity}))
        self.space_id, self.space, self.party_size, self.problem = (
            space.space_id, space, party_size, problem)


def lock_spaces(session: Session) -> None:
    """On databases with row locks, lock the lounge's spaces (by id, the one order every
    desk takes them in) before counting seats; on SQLite the action holds the write lock."""
    if row_locks.has_row_locks(session.db):
        list(row_locks.locked(session.db, Space.select(Space.id)
                              .where(Space.lounge == session.lounge_id).order_by(Space.id)))


# --- who sits where ---------------------------------------------------------------


class Occupancy(NamedTuple):
    """Who sits in one space now: the lobby counts people, a box or a room parties."""

    people: int
    parties: int


SeatedLoad = Mapping[int, Occupancy]  # by space id; a space with nobody in it is missing


def seated_load(session: Session) -> dict[int, Occupancy]:
    """For each space with someone in it: the people and the parties seated (one query)."""
    rows = tuples_of(
        Visit.select(Visit.space, fn.SUM(Visit.party_size), fn.COUNT(Visit.id))
        .where((Visit.lounge == session.lounge_id) & (Visit.status == VisitStatus.SEATED)
               & Visit.space.is_null(False))
        .group_by(Visit.space))
    return {space_id: Occupancy(int(people), int(parties)) for space_id, people, parties in rows}


def space_now(space: Space, load: SeatedLoad) -> SpaceNow:
    """``space`` as the seating rules see it, with who sits in it by ``load``."""
    people, parties = load.get(space.id, Occupancy(0, 0))
    return SpaceNow(space_id=space.id, name=space.name, kind=space.kind,
                    capacity=space.capacity, stored_state=space.state, people=people,
                    parties=parties, active=space.active,
                    reserved_for=space.reserved_for or "", reserved_until=space.reserved_until)


def active_spaces(session: Session) -> list[Space]:
    """The lounge's spaces a party can be offered, in the lounge's own order."""
    return list(Space.select().where((Space.lounge == session.lounge_id) & Space.active)
                .order_by(Space.position, Space.id))


def spaces_now(session: Session) -> list[SpaceNow]:
    """Every active space with who sits in it now, in the lounge's order (two queries)."""
    load = seated_load(session)
    return [space_now(space, load) for space in active_spaces(session)]


# --- where the next party goes ------------------------------------------------------


def propose_space(session: Session, party_size: int, wish: SpaceKind | None = None
                  ) -> SpaceNow | None:
    """Where to seat a party: a free space of the wished kind, else the lobby; None when full.

    For a screen's proposal (an action seats by :func:`seat_for`, under its lock)."""
    return best_space(spaces_now(session), party_size, wish)


def seat_for(session: Session, load: SeatedLoad, chosen: Space | None,
             party_size: int, wish: SpaceKind | None) -> Space:
    """The chosen space if it can take the party, or the best free one.

    Refusals: :class:`SpaceUnavailable` (the chosen space, and why not),
    :class:`LoungeFull` (no space chosen and none free). Call it inside an action,
    after :func:`lock_spaces`, with ``load`` read there.
    """
    if chosen is not None:
        here = space_now(chosen, load)
        if (problem := space_problem(here, party_size)) is not None:
            raise SpaceUnavailable(here, party_size, problem)
        return chosen
    models = {space.id: space for space in active_spaces(session)}
    best = best_space([space_now(space, load) for space in models.values()], party_size, wish)
    if best is None:
        waiting_now = Visit.select().where((Visit.lounge == session.lounge_id)
                                           & (Visit.status == VisitStatus.WAITING)).count()
        raise LoungeFull(party_size, waiting_now)
    return models[best.space_id]


# --- who looks after them -------------------------------------------------------------


def named_attendant(session: Session, attendant_id: int) -> Staff:
    """An active attendant of this lounge; refused when they are not on the team any more."""
    chosen = Staff.get_or_none((Staff.id == attendant_id) & (Staff.lounge == session.lounge_id)
                               & Staff.active & (Staff.role == Role.ATTENDANT))
    if chosen is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This attendant is not on the team any more; please choose another.")))
    return chosen


def least_busy_attendant(session: Session) -> Staff | None:
    """The attendant on shift with the fewest parties seated now (any attendant when nobody
    is on shift); ties by name. None for a lounge without attendants."""
    team = staff_service.attendant_rows(session)
    on_shift = {row.staff_id for row in Shift.select(Shift.staff)
                .where((Shift.lounge == session.lounge_id) & Shift.ended_at.is_null())}
    on_duty = [member for member in team if member.id in on_shift] or team
    if not on_duty:
        return None
    parties: dict[int, int] = dict(tuples_of(
        Visit.select(Visit.attendant, fn.COUNT(Visit.id))
        .where((Visit.lounge == session.lounge_id)
               & (Visit.status == VisitStatus.SEATED) & Visit.attendant.is_null(False))
        .group_by(Visit.attendant)))
    return min(on_duty, key=lambda member: (parties.get(member.id, 0), member.name, member.id))


def attendant_for(session: Session, attendant_id: int | None) -> Staff | None:
    """The attendant the desk chose, or else the least busy one on duty."""
    if attendant_id is not None:
        return named_attendant(session, attendant_id)
    return least_busy_attendant(session)
