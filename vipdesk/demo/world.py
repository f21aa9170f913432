"""The demo lounge being generated: its spaces, flights, guests and rules, in memory.

History, the present, the stories and the shifts are written by separate
modules; they share this one state so that sequences, ids and who sat where
stay consistent, and so the shift handovers can say what was open when.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import random
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from vipdesk.clock import FakeClock
from vipdesk.demo import schedule, texts
from vipdesk.demo.names import Person, address, make_person
from vipdesk.demo.refs import ComplaintRecord, FlightRef, GuestRef, SpaceRef, VisitRef
from vipdesk.demo.rows import BulkWriter
from vipdesk.demo.team import Cast, Duty, duty_at
from vipdesk.domain.eligibility import Rule, mask_frequent_flyer_number
from vipdesk.domain.vocabulary import Cabin, Entitlement, SpaceKind
from vipdesk.services.guests import birthday_today
from vipdesk.services.session import Session
from vipdesk.storage.models import Flight, Guest, Lounge, Space

UTC = dt.UTC


@dataclass(frozen=True)
class Thresholds:
    """The lounge's own settings for waits and boarding, read once from its row."""

    amber: dt.timedelta
    fatigue: dt.timedelta
    escalate_after: dt.timedelta
    boarding_reminder: dt.timedelta

    @classmethod
    def of(cls, lounge: Lounge) -> Thresholds:
        return cls(dt.timedelta(minutes=lounge.amber_minutes),
                   dt.timedelta(minutes=lounge.fatigue_minutes),
                   dt.timedelta(minutes=lounge.escalate_after_minutes),
                   dt.timedelta(minutes=lounge.boarding_reminder_minutes))


@dataclass
class World:
    rng: random.Random
    now: dt.datetime
    tz: ZoneInfo
    session: Session  # for the few live changes made through the services
    clock: FakeClock  # the session's clock, moved to when each change happened
    lounge: Lounge
    cast: Cast
    staff_names: dict[int, str]
    rows: BulkWriter
    spaces: list[SpaceRef]
    rules: list[Rule]
    thresholds: Thresholds
    log_from: dt.datetime  # visits and feedback from here on are kept for the handovers
    guests: list[GuestRef] = field(default_factory=list)
    flights: dict[dt.date, list[FlightRef]] = field(default_factory=dict)  # by boarding time
    free_at: dict[int, dt.datetime] = field(default_factory=dict)  # space id -> ready again
    visit_log: list[VisitRef] = field(default_factory=list)
    complaint_log: list[ComplaintRecord] = field(default_factory=list)
    # Shortcuts for what is asked for every visit: a year of history asks millions of times.
    _rules: dict[tuple[Entitlement, Cabin | None, str], Rule | None] = field(
        default_factory=dict)
    _duty: Duty | None = None

    @property
    def lounge_id(self) -> int:
        return self.lounge.id

    @property
    def today(self) -> dt.date:
        return self.now.astimezone(self.tz).date()

    def at(self, day: dt.date, hour: float) -> dt.datetime:
        """A local time of day (hours as a float), in UTC, to the second."""
        # Wall-clock arithmetic, so on a DST change day 07:00 is still 07:00.
        local = dt.datetime.combine(day, dt.time(0)) + dt.timedelta(seconds=round(hour * 3600))
        return local.replace(tzinfo=self.tz).astimezone(UTC)

    def rule(self, entitlement: Entitlement, cabin: Cabin | None = None,
             tier: str = "") -> Rule | None:
        """The lounge's first active rule for this kind of entry, as the desk would find it."""
        key = (entitlement, cabin, tier)
        if key not in self._rules:
            self._rules[key] = self._find_rule(entitlement, cabin, tier)
        return self._rules[key]

    def _find_rule(self, entitlement: Entitlement, cabin: Cabin | None, tier: str) -> Rule | None:
        for rule in self.rules:
            if not rule.active or rule.entitlement is not entitlement or rule.airline:
                continue
            if entitlement is Entitlement.CABIN and rule.cabin is not cabin:
                continue
            if entitlement is Entitlement.FREQUENT_FLYER and tier.casefold() not in rule.tiers:
                continue
            return rule
        return None

    def duty(self, moment: dt.datetime) -> Duty:
        duty = self._duty
        if duty is None or not duty.starts_at <= moment < duty.ends_at:
            duty = self._duty = duty_at(self.cast, moment, self.tz)
        return duty

    def spaces_of(self, kind: SpaceKind) -> list[SpaceRef]:
        return self._spaces_by_kind.get(kind, [])

    @functools.cached_property
    def _spaces_by_kind(self) -> dict[SpaceKind, list[SpaceRef]]:
        kinds: dict[SpaceKind, list[SpaceRef]] = {}
        for space in self.spaces:
            kinds.setdefault(space.kind, []).append(space)
        return kinds

    # --- flights -------------------------------------------------------------

    def add_timetable(self, day: dt.date) -> list[FlightRef]:
        """The day's departures, as the flight import would bring them in."""
        return [self.add_flight(route, day, position)
                for position, route in enumerate(schedule.TIMETABLE)]

    def add_flight(self, route: schedule.Route, day: dt.date, position: int,
                   departs_at: dt.datetime | None = None) -> FlightRef:
        departs = departs_at or schedule.departs_at(route, day, self.tz)
        boards = departs - schedule.boarding_lead(route)
        flight_id = self.rows.add(
            Flight, lounge=self.lounge_id, carrier=route.carrier, flight_number=route.number,
            flight_date=day, destination=route.destination, departs_at=departs,
            boards_at=boards, gate=schedule.gate_for(route, position))
        ref = FlightRef(flight_id, route.carrier, route.number, route.destination, day,
                        departs, boards, route.first_class)
        bisect.insort(self.flights.setdefault(day, []), ref, key=_boarding)
        return ref

    def boarding_between(self, day: dt.date, earliest: dt.datetime,
                         latest: dt.datetime) -> list[FlightRef]:
        """The day's flights boarding in [earliest, latest], first to board first."""
        flights = self.flights.get(day, [])
        return flights[bisect.bisect_left(flights, earliest, key=_boarding):
                       bisect.bisect_right(flights, latest, key=_boarding)]

    # --- guests --------------------------------------------------------------

    def new_guest(self, created_at: dt.datetime, person: Person | None = None, *,
                  birthday: dt.date | None = None, tier: str | None = None,
                  preferences: str | None = None, notes: str | None = None) -> GuestRef:
        """A guest profile as the desk builds it over visits: some know more than others."""
        rng = self.rng
        person = person or make_person(rng)
        programme = number = ""
        if tier is None:
            tier = ""
            if rng.random() < 0.45:
                programme = rng.choice(person.origin.airlines)
                tier = rng.choice(texts.PROGRAMMES[programme])
        elif tier:
            programme = person.origin.airlines[0]
        if programme:
            number = mask_frequent_flyer_number(str(rng.randrange(10**8, 10**10)))
        memberships = texts.MEMBERSHIPS.pick(rng)
        if birthday is None and rng.random() < 0.55:
            birthday = self._birthday_not_today()
        if preferences is None:
            preferences = ("; ".join(rng.sample(texts.PREFERENCES, rng.randint(1, 2)))
                           if rng.random() < 0.4 else "")
        if notes is None:
            notes = rng.choice(texts.NOTES) if rng.random() < 0.12 else ""
        guest_id = self.rows.add(
            Guest, surname=person.surname, given_names=person.given_names, title=person.title,
            language=person.language, frequent_flyer_programme=programme,
            frequent_flyer_number=number, frequent_flyer_tier=tier, memberships=memberships,
            birthday=birthday, preferences=preferences, notes=notes,
            created_at=created_at, anonymised_at=None)
        name = address(person.title, person.given_names, person.surname, person.language)
        return GuestRef(guest_id, person.origin, person.surname, person.language, tier, name)

    def _birthday_not_today(self) -> dt.date:
        """Only the one demo guest celebrates today; nobody else shares the date."""
        day = dt.date(self.rng.randint(1945, 2004), 1, 1) + dt.timedelta(
            days=self.rng.randrange(365))
        while birthday_today(day, self.today):
            day += dt.timedelta(days=1)
        return day


def _boarding(flight: FlightRef) -> dt.datetime:
    return flight.boards_at


def load_spaces(lounge_id: int) -> list[SpaceRef]:
    return [SpaceRef(s.id, s.name, s.kind, s.capacity)
            for s in Space.select().where(Space.lounge == lounge_id).order_by(Space.position)]
