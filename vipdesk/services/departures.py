"""The day's departures: imported each morning, edited by hand, and the boarding reminder.

How a file is read (columns, times, bad lines) is :mod:`vipdesk.domain.departures_csv`.
Here:

- Importing is one action (``SEAT_GUESTS``: the desk loads the day's flights
  each morning). A file with any bad line saves nothing and raises
  :class:`DeparturesRejected` with every problem by line number. A good file is
  upserted on (lounge, day, airline, flight number): importing again updates
  rather than duplicates, an empty gate, boarding or destination cell keeps
  what is known (perhaps typed by hand), and flights missing from the file are
  kept (delete them by hand). Two desks importing at once take turns: on SQLite
  the write lock, on PostgreSQL the lounge's row locked before the day's flights are
  read (:func:`vipdesk.storage.row_locks.lock_lounge`), so the second import updates
  what the first added rather than fail on the unique index.
- Times in a file or form are the lounge's wall clock; they are stored, and
  come back in rows, as aware UTC: the screen shows them with
  ``.astimezone(lounge zone)``. (Rows in UTC, because Python subtracts two
  datetimes of the same zone by their wall clocks: wrong by an hour across a
  daylight-saving change.)
- A guest's visit belongs to a flight by lounge, airline, flight number and
  date (:func:`flight_of_visit`, the one place for that rule). The queries here
  join on it, so a guest checked in after the import is on their flight at
  once; ``Visit.flight`` is also kept up to date (after every import and edit,
  and by :func:`flight_of` at check-in) for screens that follow the link.
- The boarding reminder: seated or waiting parties whose flight boards within
  the lounge's ``boarding_reminder_minutes`` (20) and who have not yet been
  told. A flight without a known boarding time is assumed to board 30 minutes
  before departure, and the row says the time is assumed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Final

from peewee import JOIN, Expression, IntegrityError, chunked

from vipdesk.domain.departures_csv import (
    ASSUMED_BOARDING_LEAD,
    Departure,
    DepartureProblems,
    DeparturesFile,
    LineProblem,
    read_departure,
    read_departures_csv,
    rejected_file,
)
from vipdesk.domain.flights import flight_label
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.names import form_of_address
from vipdesk.domain.permissions import Permission
from vipdesk.domain.vocabulary import IN_LOUNGE, VisitStatus
from vipdesk.services.actions import Done, action
from vipdesk.services.session import FieldProblems, ServiceError, Session
from vipdesk.services.visit_records import VisitRecord, visit_record
from vipdesk.storage import row_locks
from vipdesk.storage.models import Flight, Guest, Space, Visit
from vipdesk.storage.query_rows import dicts_of, tuples_of

MAX_REMINDER_MINUTES: Final = 24 * 60
_SHOWN_PROBLEMS: Final = 3


class DeparturesRejected(ServiceError):
    """The file has bad lines; nothing was saved. ``problems`` lists them by line."""

    def __init__(self, found: DeparturesFile) -> None:
        more = len(found.problems) - _SHOWN_PROBLEMS + found.more_problems
        super().__init__(rejected_file(found.problems[:_SHOWN_PROBLEMS], more))
        self.problems: tuple[LineProblem, ...] = found.problems
        self.more_problems = found.more_problems


class FlightRejected(FieldProblems):
    """The hand-entry form has mistakes; ``problems`` maps each field to its message."""


@dataclass(frozen=True)
class ImportResult:
    day: dt.date
    added: int
    updated: int
    unchanged: int
    visits_linked: int  # visits in the lounge whose flight link changed


@dataclass(frozen=True)
class DepartureRow:
    """One flight of the day as the board lists it; times aware UTC."""

    flight_id: int
    carrier: str
    flight_number: str
    destination: str
    gate: str
    departs_at: dt.datetime
    boards_at: dt.datetime | None  # as given; None when not known
    boarding_at: dt.datetime  # as given, or assumed
    boarding_assumed: bool

    @property
    def flight(self) -> str:
        return flight_label(self.carrier, self.flight_number)


@dataclass(frozen=True)
class BoardingRow:
    """A party in the lounge whose flight boards soon (or has begun boarding)."""

    visit_id: int
    guest_id: int
    guest_name: str
    party_size: int
    status: VisitStatus
    space: str  # "" while waiting
    flight_id: int
    flight: str
    gate: str
    departs_at: dt.datetime
    boarding_at: dt.datetime  # as given or assumed
    boarding_assumed: bool
    minutes_to_boarding: int  # negative once boarding has begun


def flight_of_visit() -> Expression:
    """The join condition: a visit is on the flight of its lounge, airline, number and date."""
    return ((Flight.lounge == Visit.lounge) & (Flight.flight_date == Visit.flight_date)
            & (Flight.carrier == Visit.carrier) & (Flight.flight_number == Visit.flight_number))


# --- linking visits -------------------------------------------------------------------------


def link_visits_to_flights(session: Session) -> int:
    """Bring ``Visit.flight`` up to date for everyone in the lounge (inside an action).

    Two queries and one update per flight whose guests changed; returns how
    many visits changed.
    """
    visits = list(Visit.select(Visit.id, Visit.flight, Visit.carrier, Visit.flight_number,
                               Visit.flight_date)
                  .where((Visit.lounge == session.lounge_id) & Visit.status.in_(IN_LOUNGE)))
    days = {v.flight_date for v in visits if v.flight_date is not None}
    flights = {} if not days else {
        (day, carrier, number): flight_id for flight_id, day, carrier, number in tuples_of(
            Flight.select(Flight.id, Flight.flight_date, Flight.carrier, Flight.flight_number)
            .where((Flight.lounge == session.lounge_id) & Flight.flight_date.in_(days)))}
    moves: dict[int | None, list[int]] = defaultdict(list)
    for visit in visits:
        target = flights.get((visit.flight_date, visit.carrier, visit.flight_number))
        if visit.flight_id != target:
            moves[target].append(visit.id)
    for target, visit_ids in moves.items():
        for batch in chunked(visit_ids, 500):
            Visit.update(flight=target).where(Visit.id.in_(batch)).execute()
    return sum(len(ids) for ids in moves.values())


def flight_of(visit: Visit) -> Flight | None:
    """The imported flight of a visit (saved or about to be), or None."""
    if visit.flight_date is None:
        return None
    flight: Flight | None = Flight.select().where(
        (Flight.lounge == visit.lounge_id) & (Flight.flight_date == visit.flight_date)
        & (Flight.carrier == visit.carrier) & (Flight.flight_number == visit.flight_number)
    ).first()
    return flight


def link_visit(session: Session, visit: Visit) -> Flight | None:
    """Link one visit to its flight, if imported (inside an action)."""
    flight = flight_of(visit)
    if visit.flight_id != (flight.id if flight else None):
        visit.flight = flight
        visit.save(only=[Visit.flight])
    return flight


# --- import and hand editing -------------------------------------------------------------------


def _stored(departure: Departure) -> dict[str, Any]:
    return {"departs_at": departure.departs_at, "boards_at": departure.boards_at,
            "gate": departure.gate, "destination": departure.destination}


@action("departures.import", permission=Permission.SEAT_GUESTS)
def import_departures_csv(session: Session, text: str, day: dt.date) -> Done[ImportResult]:
    """Load the day's flights from a CSV file's text: all of them, or none (see the module)."""
    lounge = session.lounge
    found = read_departures_csv(text, day, lounge.timezone)
    if not found.ok:
        raise DeparturesRejected(found)
    row_locks.lock_lounge(session.db, lounge.id)  # two desks importing take turns
    existing = {(f.carrier, f.flight_number): f for f in Flight.select().where(
        (Flight.lounge == lounge.id) & (Flight.flight_date == day))}
    new: list[dict[str, Any]] = []
    updated = unchanged = 0
    for departure in found.departures:
        flight = existing.get((departure.carrier, departure.flight_number))
        if flight is None:
            new.append({"lounge": lounge.id, "flight_date": day, "carrier": departure.carrier,
                        "flight_number": departure.flight_number, **_stored(departure)})
            continue
        changes = {name: value for name, value in _stored(departure).items()
                   if value not in (None, "") and getattr(flight, name) != value}
        if changes:
            Flight.update(changes).where(Flight.id == flight.id).execute()
            updated += 1
        else:
            unchanged += 1
    for batch in chunked(new, 100):
        Flight.insert_many(batch).execute()
    linked = link_visits_to_flights(session)
    return Done(ImportResult(day=day, added=len(new), updated=updated, unchanged=unchanged,
                             visits_linked=linked),
                detail={"day": day.isoformat(), "added": len(new), "updated": updated,
                        "unchanged": unchanged, "linked": linked})


def _flight_here(session: Session, flight_id: int) -> Flight:
    flight = Flight.get_or_none((Flight.id == flight_id) & (Flight.lounge == session.lounge_id))
    if flight is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This flight is no longer in the list.")))
    return flight


@action("flight.save", permission=Permission.SEAT_GUESTS)
def add_or_edit_flight(session: Session, day: dt.date, *, flight: str, departure: str,
                       gate: str = "", boarding: str = "", destination: str = "",
                       flight_id: int | None = None) -> Done[DepartureRow]:
    """A flight typed in by hand (``flight_id`` None) or corrected; the form's texts as typed.

    An empty boarding time here means none is known. Refusals: :class:`FlightRejected`.
    """
    lounge = session.lounge
    try:
        parsed = read_departure(day, lounge.timezone, flight=flight, departure=departure,
                                    gate=gate, boarding=boarding, destination=destination)
    except DepartureProblems as error:
        raise FlightRejected(error.messages) from None
    row = _flight_here(session, flight_id) if flight_id is not None else Flight(lounge=lounge)
    clash = Flight.get_or_none((Flight.lounge == lounge.id) & (Flight.flight_date == day)
                               & (Flight.carrier == parsed.carrier)
                               & (Flight.flight_number == parsed.flight_number))
    if clash is not None and clash.id != row.id:
        raise FlightRejected({"flight": Message(QT_TRANSLATE_NOOP(
            "Messages", "{flight} on {day} is already in the list; please edit that one."),
            {"flight": parsed.flight, "day": day})})
    row.flight_date, row.carrier, row.flight_number = day, parsed.carrier, parsed.flight_number
    for name, value in _stored(parsed).items():
        setattr(row, name, value)
    try:
        with session.db.atomic():
            row.save()
    except IntegrityError:
        raise FlightRejected({"flight": Message(QT_TRANSLATE_NOOP(
            "Messages", "{flight} was just added at another desk."),
            {"flight": parsed.flight})}) from None
    linked = link_visits_to_flights(session)
    return Done(_departure_row(row), row, {"day": day.isoformat(),
                                           "edited": flight_id is not None, "linked": linked})


@action("flight.delete", permission=Permission.SEAT_GUESTS)
def delete_flight(session: Session, flight_id: int) -> Done[None]:
    """Remove a flight from the list; its guests' visits keep their flight details."""
    flight = _flight_here(session, flight_id)
    unlinked = Visit.update(flight=None).where(Visit.flight == flight.id).execute()
    flight.delete_instance()
    return Done(None, flight, {"day": flight.flight_date.isoformat(), "unlinked": unlinked})


# --- the lists --------------------------------------------------------------------------------


def departures(session: Session, day: dt.date) -> list[DepartureRow]:
    """The day's flights in departure order (one query)."""
    query = (Flight.select().where((Flight.lounge == session.lounge_id)
                                   & (Flight.flight_date == day))
             .order_by(Flight.departs_at, Flight.carrier, Flight.flight_number))
    return [_departure_row(flight) for flight in query]


def _departure_row(flight: Flight) -> DepartureRow:
    return DepartureRow(
        flight_id=flight.id, carrier=flight.carrier, flight_number=flight.flight_number,
        destination=flight.destination, gate=flight.gate, departs_at=flight.departs_at,
        boards_at=flight.boards_at,
        boarding_at=flight.boards_at or flight.departs_at - ASSUMED_BOARDING_LEAD,
        boarding_assumed=flight.boards_at is None)


def boarding_soon(session: Session, within_minutes: int | None = None) -> list[BoardingRow]:
    """Parties in the lounge not yet told, whose flight boards within N minutes; soonest first.

    ``within_minutes`` defaults to the lounge's ``boarding_reminder_minutes``.
    Parties whose boarding has already begun are included (most urgent).
    """
    lounge = session.lounge
    within = lounge.boarding_reminder_minutes if within_minutes is None else within_minutes
    whole = type(within) is int  # a bool or a float is not a number of minutes
    if not whole or not 0 <= within <= MAX_REMINDER_MINUTES:
        raise ServiceError(
            Message(QT_TRANSLATE_NOOP(
                "Messages", "Give the reminder time as whole minutes from 0 to {most}."),
                {"most": MAX_REMINDER_MINUTES}))
    now = session.clock.now()
    limit = now + dt.timedelta(minutes=within)
    query = (Visit
             .select(Visit.id, Visit.guest, Visit.party_size, Visit.status,
                     Guest.title, Guest.given_names, Guest.surname, Guest.language,
                     Space.name.alias("space_name"), Flight.id.alias("flight_id"),
                     Flight.carrier, Flight.flight_number, Flight.gate, Flight.departs_at,
                     Flight.boards_at)
             .join(Guest).switch(Visit)
             .join(Flight, on=flight_of_visit()).switch(Visit)
             .join(Space, JOIN.LEFT_OUTER, on=(Visit.space == Space.id))
             .where((Visit.lounge == lounge.id) & Visit.status.in_(IN_LOUNGE)
                    & Visit.boarding_informed_at.is_null()
                    & ((Flight.boards_at <= limit)
                       | (Flight.boards_at.is_null()
                          & (Flight.departs_at <= limit + ASSUMED_BOARDING_LEAD)))))
    rows = []
    for r in dicts_of(query):
        boarding = r["boards_at"] or r["departs_at"] - ASSUMED_BOARDING_LEAD
        rows.append(BoardingRow(
            visit_id=r["id"], guest_id=r["guest"],
            guest_name=form_of_address(r["title"], r["given_names"], r["surname"], r["language"]),
            party_size=r["party_size"], status=r["status"], space=r["space_name"] or "",
            flight_id=r["flight_id"], flight=flight_label(r["carrier"], r["flight_number"]),
            gate=r["gate"], departs_at=r["departs_at"], boarding_at=boarding,
            boarding_assumed=r["boards_at"] is None,
            minutes_to_boarding=int((boarding - now).total_seconds() // 60)))
    return sorted(rows, key=lambda row: (row.boarding_at, row.visit_id))


@action("visit.boarding_informed", permission=Permission.SEAT_GUESTS)
def mark_informed(session: Session, visit_id: int) -> Done[VisitRecord]:
    """The agent has told the party their flight is boarding; off the reminder list."""
    visit = Visit.get_or_none((Visit.id == visit_id) & (Visit.lounge == session.lounge_id))
    if visit is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This visit is not on file here.")))
    if visit.status not in IN_LOUNGE:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This guest has already checked out.")))
    if visit.boarding_informed_at is not None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This guest has already been told about boarding.")))
    visit.boarding_informed_at = session.clock.now()
    visit.save(only=[Visit.boarding_informed_at])
    return Done(visit_record(visit), visit, {"flight": visit.flight_id})
