"""The demo lounge right now: who is seated where, who is waiting, what boards soon.

Written to show every state the desk must handle at a glance: a lobby at work,
occupied, reserved and preparing boxes, an occupied VIP room, guests waiting
(one amber, one past the fatigue alert and not yet acknowledged), a guest
whose birthday is today, and a seated guest whose flight boards within the
boarding reminder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from vipdesk.demo import schedule
from vipdesk.demo.feedback import minutes
from vipdesk.demo.names import make_person
from vipdesk.demo.refs import FlightRef, GuestRef, SpaceRef, Stay, VisitRef, WaitPlan
from vipdesk.demo.visits import admit, draw_cabin, draw_party, write_visit
from vipdesk.demo.world import World
from vipdesk.domain.vocabulary import Cabin, SpaceKind, SpaceState, WaitReason
from vipdesk.services import board, clock_mark, staff

LOBBY_PARTIES_PER_DAILY_VISIT = 0.09
MIN_LOBBY_PARTIES = 8
MIN_UPCOMING_FLIGHTS = 4
# Extra departures for when the timetable has little left today (a late-night demo).
EXTRA_ROUTES = tuple(schedule.Route(carrier, number, destination, dt.time(0))
                     for carrier, number, destination in (
                         ("SK", "2901", "GOT"), ("SK", "2903", "BLL"), ("DY", "3911", "TRD"),
                         ("SK", "2905", "KRS")))
SOON_ROUTE = schedule.Route("SK", "2911", "HAM", dt.time(0))


@dataclass
class Live:
    world: World
    visits_per_day: int
    used_today: set[int]
    regulars: dict[str, GuestRef]
    lobby: list[VisitRef] = field(default_factory=list)  # for the stories told about them

    def run(self) -> list[VisitRef]:
        """Write the present; return the parties seated in the lobby."""
        world = self.world
        upcoming = self._upcoming_flights()
        soon = self._boarding_soon()
        lobby = world.spaces_of(SpaceKind.LOBBY)[0]
        boxes, rooms = world.spaces_of(SpaceKind.BOX), world.spaces_of(SpaceKind.VIP_ROOM)
        parties = max(MIN_LOBBY_PARTIES,
                      round(self.visits_per_day * LOBBY_PARTIES_PER_DAILY_VISIT))
        for number in range(min(parties, lobby.capacity // 3)):
            arrived = world.now - minutes(world.rng.uniform(3, 110))
            regular = self.regulars["returning"] if number == 0 else None
            self.lobby.append(self._seat(lobby, arrived, upcoming, guest=regular,
                                         cabin=Cabin.BUSINESS if regular else None))
        self.lobby.append(self._seat(lobby, world.now - minutes(50), [soon]))
        self.lobby.append(self._seat(lobby, world.now - minutes(35), upcoming, exception=True))
        for box in (boxes[0], boxes[1], boxes[3]):
            regular = self.regulars["birthday"] if box is boxes[1] else None
            arrived = world.now - minutes(world.rng.uniform(15, 70))
            self._seat(box, arrived, upcoming, guest=regular, party=3, cabin=Cabin.BUSINESS)
        self._seat(rooms[0], world.now - minutes(40), upcoming, party=4, cabin=Cabin.FIRST)
        self._wait_at_desk(upcoming)
        self._wait(world.thresholds.amber + minutes(2), boxes[4], upcoming, party=2)
        self._wait(world.thresholds.fatigue + minutes(2), rooms[1], upcoming, party=3, alert=True)
        self._set_states([boxes[4], rooms[1]], [boxes[2], boxes[5]], upcoming)
        return self.lobby

    # --- flights -------------------------------------------------------------

    def _upcoming_flights(self) -> list[FlightRef]:
        """Flights boarding 25 minutes to 4 hours from now; extra ones late at night."""
        world = self.world
        earliest, latest = world.now + minutes(25), world.now + dt.timedelta(hours=4)
        flights = world.boarding_between(world.today, earliest, latest)
        missing = max(0, MIN_UPCOMING_FLIGHTS - len(flights))
        for position, route in enumerate(EXTRA_ROUTES[:missing]):
            departs = _to_minute(world.now + minutes(75 + 35 * position))
            flights.append(self._extra(route, departs, 100 + position))
        return flights

    def _boarding_soon(self) -> FlightRef:
        """A flight boarding in about a quarter of an hour, for the boarding reminder."""
        world = self.world
        flights = world.boarding_between(world.today, world.now + minutes(8),
                                         world.now + minutes(18))
        if flights:
            return flights[0]
        boards = _to_minute(world.now + minutes(14))
        return self._extra(SOON_ROUTE, boards + schedule.boarding_lead(SOON_ROUTE), 120)

    def _extra(self, route: schedule.Route, departs: dt.datetime, position: int) -> FlightRef:
        day = departs.astimezone(self.world.tz).date()
        return self.world.add_flight(route, day, position, departs_at=departs)

    # --- guests --------------------------------------------------------------

    def _guest(self, arrived: dt.datetime) -> GuestRef:
        """Half are guests we know from earlier days, half are new."""
        world, rng = self.world, self.world.rng
        if rng.random() < 0.5:
            for _ in range(3):
                guest = rng.choice(world.guests)
                if guest.id not in self.used_today and guest.not_before is None:
                    self.used_today.add(guest.id)
                    return guest
        guest = world.new_guest(arrived - dt.timedelta(seconds=30))
        self.used_today.add(guest.id)
        return guest

    def _seat(self, space: SpaceRef, arrived: dt.datetime, flights: list[FlightRef], *,
              guest: GuestRef | None = None, party: int | None = None,
              cabin: Cabin | None = None, exception: bool = False) -> VisitRef:
        world, rng = self.world, self.world.rng
        flights = [f for f in flights if f.boards_at <= arrived + dt.timedelta(hours=4)] or flights
        if cabin is Cabin.FIRST:
            flights = [f for f in flights if f.first_class] or flights
        flight = rng.choice(flights)
        if cabin is Cabin.FIRST and not flight.first_class:
            cabin = Cabin.BUSINESS
        seated = arrived + dt.timedelta(seconds=rng.randint(20, 100))
        previous_left = world.free_at.get(space.id)
        if space.kind is not SpaceKind.LOBBY and previous_left and seated < previous_left:
            seated = min(previous_left, world.now - dt.timedelta(seconds=30))
            arrived = min(arrived, seated - dt.timedelta(seconds=20))
        guest = guest or self._guest(arrived)
        cabin = cabin or (Cabin.ECONOMY if exception else draw_cabin(world, flight))
        arrival_duty = world.duty(arrived)
        admission = admit(world, guest, cabin, party or draw_party(world),
                          exception_by=arrival_duty.manager if exception else None)
        stay = Stay(arrived, seated, None, space, rng.choice(world.duty(world.now).attendants))
        return write_visit(world, guest, flight, admission, stay,
                           checked_in_by=rng.choice(arrival_duty.desk))

    def _wait_at_desk(self, flights: list[FlightRef]) -> None:
        """A short queue at the desk: just arrived, not yet seated."""
        count = 2 + len(self.lobby) // 12
        for _ in range(count):
            arrived = self.world.now - minutes(self.world.rng.uniform(0.5, 5))
            self._waiting(arrived, flights, WaitPlan(WaitReason.DESK_QUEUE, None, arrived, None))

    def _wait(self, waited: dt.timedelta, space: SpaceRef, flights: list[FlightRef], *,
              party: int, alert: bool = False) -> None:
        """A guest waiting for a room being prepared; past the fatigue limit, the alert is up."""
        world = self.world
        arrived = world.now - waited - dt.timedelta(seconds=world.rng.randint(0, 40))
        wait = WaitPlan(WaitReason.ROOM_PREPARING, space.kind, arrived, None,
                        alert_raised_at=arrived + world.thresholds.fatigue if alert else None)
        self._waiting(arrived, flights, wait, party=party)

    def _waiting(self, arrived: dt.datetime, flights: list[FlightRef], wait: WaitPlan, *,
                 party: int | None = None) -> None:
        world, rng = self.world, self.world.rng
        flight = rng.choice(flights)
        guest = self._guest(arrived)
        admission = admit(world, guest, draw_cabin(world, flight), party or draw_party(world))
        write_visit(world, guest, flight, admission, Stay(arrived, wait=wait),
                    checked_in_by=rng.choice(world.duty(arrived).desk))

    # --- spaces --------------------------------------------------------------

    def _set_states(self, preparing: list[SpaceRef], reserved: list[SpaceRef],
                    flights: list[FlightRef]) -> None:
        """Rooms reserved and being prepared, by the desk agent on duty, through the board.

        An occupied room needs nothing: it is occupied because a party sits in it.
        The agent has been signed in since the start of the shift (no PIN asked here).
        """
        world = self.world
        world.rows.flush()
        # The history up to here went in by bulk, not through actions: the database has
        # seen its time (the clock check would doubt a jump of days between two actions).
        clock_mark.record_seen(world.lounge_id, world.now - minutes(60))
        session = world.session
        staff.act_as(session, world.duty(world.now).desk[0])
        for position, space in enumerate(reserved):
            world.clock.set(world.now - minutes(40 - 15 * position))
            person = make_person(world.rng)
            flight = flights[position % len(flights)]
            until = _to_minute(world.now + minutes(30 + 25 * position))
            board.set_space_state(session, space.id, SpaceState.RESERVED,
                                  reserved_for=f"{person.title} {person.surname} ({flight.label})",
                                  reserved_until=until)
        # Each room was being prepared before its waiting guest arrived: the longer wait first.
        waits = (world.thresholds.amber, world.thresholds.fatigue)
        for waited, space in sorted(zip(waits, preparing, strict=False), key=lambda pair: -pair[0]):
            world.clock.set(world.now - waited - minutes(3))
            board.set_space_state(session, space.id, SpaceState.PREPARING)
        world.clock.set(world.now)
        session.staff = None


def _to_minute(moment: dt.datetime) -> dt.datetime:
    return moment.replace(second=0, microsecond=0)
