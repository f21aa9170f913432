"""The few stories every demo tells, whatever the seed.

Random history may or may not produce an overdue promise or an escalated
complaint; a newcomer should always see one. So these are written on purpose:
a regular whose birthday is today, a guest back after a complaint yesterday,
a praise closed, a promise overdue, a high-severity complaint escalated while
the guest is still here, and a request just made.
"""

from __future__ import annotations

import datetime as dt

from vipdesk.demo import texts
from vipdesk.demo.feedback import Plan, minutes, natural_plan, promise_note, record
from vipdesk.demo.names import ORIGIN_BY_KEY, Person
from vipdesk.demo.refs import GuestRef, Promise, Stay, VisitRef
from vipdesk.demo.visits import admit, write_visit
from vipdesk.demo.world import World
from vipdesk.domain.complaints import Step
from vipdesk.domain.vocabulary import Cabin, Channel, FeedbackKind, SpaceKind

BIRTHDAY_YEAR = 1968  # a leap year, so 29 February works too


def add_regulars(world: World, first_day: dt.date) -> dict[str, GuestRef]:
    """Two guests known since the first day, kept for today's stories."""
    today = world.today
    known_since = world.at(first_day, 6.0)
    birthday = world.new_guest(
        known_since, Person("Kjærgaard-Nørlund", "Åse", "Mrs", "da", ORIGIN_BY_KEY["danish"]),
        birthday=dt.date(BIRTHDAY_YEAR, today.month, today.day), tier="Diamond",
        preferences="A glass of champagne on arrival; Window seat facing the apron",
        notes="Celebrates her birthday with us; the kitchen keeps a small cake ready.")
    birthday.not_before = today
    returning = world.new_guest(
        known_since, Person("陈", "伟", "Mr", "zh", ORIGIN_BY_KEY["chinese_hanzi"]),
        tier="Gold", preferences="Green tea on arrival", notes="")
    returning.not_before = today - dt.timedelta(days=1)
    world.guests.extend([birthday, returning])
    return {"birthday": birthday, "returning": returning}


def complaint_yesterday(world: World, guest: GuestRef) -> None:
    """The returning guest's visit yesterday morning: cold food, complaint resolved."""
    yesterday = world.today - dt.timedelta(days=1)
    arrived = world.at(yesterday, 7.6)
    flight = world.boarding_between(yesterday, arrived + minutes(60), arrived + minutes(240))[0]
    seated = arrived + minutes(1.5)
    lobby = world.spaces_of(SpaceKind.LOBBY)[0]
    duty = world.duty(arrived)
    stay = Stay(arrived, seated, flight.boards_at - minutes(10), lobby, duty.attendants[0])
    visit = write_visit(world, guest, flight, admit(world, guest, Cabin.BUSINESS, 1), stay,
                        checked_in_by=duty.desk[0], rating=2)
    cold_food = texts.FEEDBACK[0]
    created = seated + minutes(25)
    promise = Promise(created + dt.timedelta(hours=24), duty.manager, "Email")
    plan = Plan.logged(created, duty.desk[0], owner=duty.manager)
    plan.add(dt.timedelta(0), duty.desk[0], Step.PROMISED, promise_note(world, promise))
    plan.add(minutes(10), duty.manager, Step.ASSIGNED, "Food and beverage")
    plan.add(minutes(1), duty.manager, Step.WORK_ORDER_ADDED, cold_food.work)
    plan.add(minutes(30), duty.manager, Step.STARTED, "Chef checking the buffet heating.")
    plan.add(minutes(4 * 60), duty.manager, Step.WORK_ORDER_DONE)
    resolved = plan.add(minutes(30), duty.manager, Step.RESOLVED, cold_food.resolution)
    plan.promise = Promise(promise.due_at, promise.owner, promise.how, resolved + minutes(5))
    plan.add(minutes(5), duty.manager, Step.PROMISE_KEPT, "Told the guest the outcome by email.")
    record(world, cold_food, visit, plan)


def praise_closed(world: World, visit: VisitRef) -> None:
    praise = next(t for t in texts.FEEDBACK if t.kind is FeedbackKind.PRAISE)
    assert visit.stay.seated_at is not None
    record(world, praise, visit, natural_plan(world, praise, visit.stay.seated_at + minutes(5)))


def overdue_promise(world: World, visit: VisitRef) -> None:
    """An email complaint we promised to answer three hours ago, and have not."""
    assert visit.stay.checked_out_at is not None
    created = visit.stay.checked_out_at + minutes(60)
    duty = world.duty(created)
    promise = Promise(max(created + minutes(100), world.now - minutes(180)), duty.manager,
                      "Phone call")
    plan = Plan.logged(created, duty.desk[0], promise=promise, owner=duty.manager)
    plan.add(minutes(20), duty.manager, Step.ASSIGNED, "Airline liaison")
    plan.add(minutes(1), duty.manager, Step.WORK_ORDER_ADDED, texts.WRONG_CONNECTION.work)
    plan.add(dt.timedelta(0), duty.manager, Step.PROMISED, promise_note(world, promise))
    plan.add(minutes(60), duty.manager, Step.STARTED, "Airline asked for the taxi receipt.")
    record(world, texts.WRONG_CONNECTION, visit, plan, channel=Channel.EMAIL)


def escalated_now(world: World, visit: VisitRef) -> None:
    """A guest still in the lounge whose bag went missing: high severity, with the manager."""
    duty = world.duty(world.now)
    created = world.now - minutes(25)
    promise = Promise(world.now + minutes(40), duty.manager, "In person at the guest's seat")
    plan = Plan.logged(created, duty.desk[0], promise=promise, owner=duty.manager)
    plan.escalated_at = plan.add(minutes(2), duty.desk[0], Step.ESCALATED,
                                 "Laptop missing; the guest boards soon.")
    plan.add(minutes(3), duty.manager, Step.ASSIGNED,
             f"Security, {world.staff_names[duty.manager]}")
    plan.add(minutes(1), duty.manager, Step.WORK_ORDER_ADDED, texts.LOST_BAG.work)
    plan.add(dt.timedelta(0), duty.manager, Step.PROMISED, promise_note(world, promise))
    record(world, texts.LOST_BAG, visit, plan)


def request_just_made(world: World, visit: VisitRef) -> None:
    created = world.now - minutes(3)
    record(world, texts.GATE_QUESTION, visit, Plan.logged(created, world.duty(created).desk[0]))
