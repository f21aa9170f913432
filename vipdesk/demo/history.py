"""The demo lounge's past days: guests arriving in banks, seated, served and gone.

Arrivals follow the hub's departure banks (06-09, 11-13 and 17-20 local time).
Each guest picks a flight boarding 45 minutes to 4 hours later, waits a little
at busy times, sits in the lobby or, with company, a box or VIP room if one is
free, and leaves in time for boarding. Today's history stops where the present
(``live``) takes over: only guests who have already left are written here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from vipdesk.demo import feedback, texts
from vipdesk.demo.draw import Weighted
from vipdesk.demo.feedback import minutes
from vipdesk.demo.refs import GuestRef, SpaceRef, Stay, VisitRef, WaitPlan
from vipdesk.demo.visits import admit, draw_cabin, draw_party, write_visit
from vipdesk.demo.world import World
from vipdesk.domain.vocabulary import Cabin, SpaceKind, WaitReason

DEFAULT_VISITS_PER_DAY = 270
# (first hour, last hour, busiest hour) of each arrival bank, local time, and its weight.
BANKS = Weighted(((6.0, 9.0, 7.25), (11.0, 13.0, 12.0), (17.0, 20.0, 18.25), (5.0, 21.5, 12.0)),
                 (42, 22, 24, 12))
PEAK_HOURS = ((6.0, 9.0), (11.0, 13.0), (17.0, 20.0))
WEEKDAY_FACTOR = (1.05, 1.0, 1.0, 1.05, 1.1, 0.8, 0.95)  # Monday .. Sunday
RATINGS = Weighted((5, 4, 3, 2, 1), (55, 30, 9, 4, 2))
RATED_SHARE = 0.7
RETURNING_SHARE = 0.5  # of visits, once the lounge has a few weeks of guests
LONG_WAIT_SHARE = 0.004
QUEUE_SHARE = 0.22  # of arrivals at peak times who queue at the desk
EXCEPTION_DAY_SHARE = 0.15
CLEANING = dt.timedelta(minutes=10)
MAX_ROOM_WAIT = dt.timedelta(minutes=12)
RECENT_DAYS = 3


@dataclass
class History:
    world: World
    visits_per_day: int
    recent: dict[dt.date, list[VisitRef]] = field(default_factory=dict)
    used_today: set[int] = field(default_factory=set)  # guests who already came today

    def run(self, first_day: dt.date) -> None:
        """Every day from ``first_day`` to today, in order (rooms and guests carry over)."""
        world, rng = self.world, self.world.rng
        full_days = [first_day + dt.timedelta(days=n)
                     for n in range((world.today - first_day).days)]
        exception_days = set(rng.sample(
            full_days, k=min(len(full_days), max(1, round(len(full_days) * EXCEPTION_DAY_SHARE)))))
        day = first_day
        while day <= world.today:
            world.add_timetable(day)
            self._day(day, (day - first_day).days, exception=day in exception_days,
                      escalation=day == world.today - dt.timedelta(days=1))
            world.rows.flush_if_large()
            day += dt.timedelta(days=1)

    def _day(self, day: dt.date, index: int, *, exception: bool, escalation: bool) -> None:
        world, rng = self.world, self.world.rng
        count = round(self.visits_per_day * WEEKDAY_FACTOR[day.weekday()] * rng.uniform(0.92, 1.08))
        hours = sorted(self._arrival_hour() for _ in range(count))
        used: set[int] = self.used_today if day == world.today else set()
        newcomers: list[GuestRef] = []
        returning = RETURNING_SHARE * min(1.0, index / 14)
        keep_recent = (world.today - day).days < RECENT_DAYS
        for position, hour in enumerate(hours):
            arrival = world.at(day, hour)
            if arrival >= world.now:
                break
            flights = world.boarding_between(day, arrival + dt.timedelta(minutes=45),
                                             arrival + dt.timedelta(hours=4))
            if not flights:
                continue
            flight = rng.choice(flights)
            cabin, party = draw_cabin(world, flight), draw_party(world)
            as_exception = exception and position >= count // 2
            if as_exception:
                cabin = Cabin.ECONOMY
            escalate = escalation and position >= count // 3
            stay = self._stay(arrival, hour, flight.boards_at, cabin, party, escalate)
            assert stay.checked_out_at is not None and stay.space is not None
            if stay.checked_out_at > world.now - dt.timedelta(minutes=1):
                continue  # still here: the present is written by ``live``
            exception = exception and not as_exception
            escalation = escalation and not escalate
            if stay.space.kind is not SpaceKind.LOBBY:
                world.free_at[stay.space.id] = stay.checked_out_at + CLEANING
            guest = self._guest(day, arrival, used, returning, newcomers)
            duty = world.duty(arrival)
            admission = admit(world, guest, cabin, party,
                              exception_by=duty.manager if as_exception else None)
            kind = feedback.draw_kind(world)
            rating = RATINGS.pick(rng) if rng.random() < RATED_SHARE else None
            desk = duty.manager if rng.random() < 0.1 else rng.choice(duty.desk)
            visit = write_visit(world, guest, flight, admission, stay, checked_in_by=desk,
                                rating=feedback.rating_after(world, kind, rating))
            if kind is not None:
                feedback.feedback_for_visit(world, visit, kind)
            if keep_recent:
                self.recent.setdefault(day, []).append(visit)
        world.guests.extend(newcomers)

    def _arrival_hour(self) -> float:
        rng = self.world.rng
        first, last, busiest = BANKS.pick(rng)
        return rng.triangular(first, last, busiest)

    def _guest(self, day: dt.date, arrival: dt.datetime, used: set[int], returning: float,
               newcomers: list[GuestRef]) -> GuestRef:
        """A guest from an earlier day, or someone new; nobody twice in one day."""
        world, rng = self.world, self.world.rng
        if world.guests and rng.random() < returning:
            for _ in range(3):
                guest = rng.choice(world.guests)
                if guest.id not in used and (guest.not_before is None or day < guest.not_before):
                    used.add(guest.id)
                    return guest
        guest = world.new_guest(arrival - dt.timedelta(seconds=30))
        used.add(guest.id)
        newcomers.append(guest)
        return guest

    def _space(self, cabin: Cabin, party: int,
               arrival: dt.datetime) -> tuple[SpaceRef, dt.datetime | None]:
        """The lobby, or a box or VIP room for those who want one and can have it soon."""
        world = self.world
        draw = world.rng.random()
        lobby = world.spaces_of(SpaceKind.LOBBY)[0]
        if (cabin is Cabin.FIRST and party >= 2 and draw < 0.3) or draw < 0.01:
            kind = SpaceKind.VIP_ROOM
        elif (party >= 2 and draw < 0.2) or draw < 0.05:
            kind = SpaceKind.BOX
        else:
            return lobby, None
        ready, room = min((world.free_at.get(room.id, arrival), position, room)
                          for position, room in enumerate(world.spaces_of(kind)))[::2]
        if ready <= arrival:
            return room, None
        if ready - arrival <= MAX_ROOM_WAIT:
            return room, ready
        return lobby, None

    def _stay(self, arrival: dt.datetime, hour: float, boards_at: dt.datetime, cabin: Cabin,
              party: int, escalate: bool) -> Stay:
        world, rng = self.world, self.world.rng
        limits = world.thresholds
        duty = world.duty(arrival)
        space, ready = self._space(cabin, party, arrival)
        wanted = space.kind
        wait = None
        if escalate:
            alert = arrival + limits.fatigue
            escalated = alert + limits.escalate_after
            acknowledged = escalated + minutes(rng.uniform(1, 4))
            codes, note = texts.ESCALATED_WAIT_ACKNOWLEDGEMENT
            wait = WaitPlan(WaitReason.LOUNGE_FULL if wanted is SpaceKind.LOBBY
                            else WaitReason.ROOM_PREPARING, wanted, arrival,
                            acknowledged + minutes(rng.uniform(1, 3)), alert, acknowledged,
                            duty.manager, note, codes, escalated)
        elif ready is not None:
            wait = WaitPlan(WaitReason.ROOM_PREPARING, wanted, arrival, ready)
        elif rng.random() < LONG_WAIT_SHARE:
            alert = arrival + limits.fatigue
            acknowledged = alert + minutes(rng.uniform(0.5, 4))
            codes, note = rng.choice(texts.WAIT_ACKNOWLEDGEMENTS)
            in_queue = wanted is SpaceKind.LOBBY
            wait = WaitPlan(WaitReason.DESK_QUEUE if in_queue else WaitReason.ROOM_PREPARING,
                            None if in_queue else wanted, arrival,
                            acknowledged + minutes(rng.uniform(1, 5)), alert, acknowledged,
                            rng.choice((*duty.desk, duty.manager)), note, codes)
        elif any(first <= hour < last for first, last in PEAK_HOURS) and rng.random() < QUEUE_SHARE:
            wait = WaitPlan(WaitReason.DESK_QUEUE, None, arrival,
                            arrival + minutes(rng.triangular(1, 7, 2)))
        seated = wait.ended_at if wait and wait.ended_at else arrival + dt.timedelta(
            seconds=rng.randint(20, 100))
        leaves_for_gate = boards_at - minutes(rng.uniform(5, 15))
        wants_to_leave = seated + minutes(rng.triangular(25, 150, 70))
        checked_out = max(seated + dt.timedelta(minutes=5), min(wants_to_leave, leaves_for_gate))
        return Stay(arrival, seated, checked_out, space, rng.choice(world.duty(seated).attendants),
                    wait)
