"""The last shifts and their diaries, each ended one handed over to the next.

Shifts are kept for yesterday and today only ("a shift or two"): the one
running now stays open; each earlier one ends with a handover written in the
shift service's own format, holding what was really open at that moment
(guests in the lounge, waits, complaints, work orders), and is acknowledged by
the next duty manager.
"""

from __future__ import annotations

import datetime as dt

from vipdesk.demo import texts
from vipdesk.demo.feedback import minutes
from vipdesk.demo.team import Duty, duty_of
from vipdesk.demo.world import World
from vipdesk.documents.handover_data import (
    HANDOVER_VERSION,
    DiaryLine,
    GuestInLounge,
    HandoverData,
    HandoverPromise,
    OpenItem,
    OpenWait,
    PendingWorkOrder,
)
from vipdesk.domain.complaints import OPEN_STATUSES, belongs_in_handover
from vipdesk.domain.complaints import Step as ComplaintStep
from vipdesk.storage.models import DiaryEntry, Shift

SHIFT_DAYS = 2  # yesterday and today


def write_shifts(world: World, first_day: dt.date) -> int:
    """Day and evening shifts of the last days until now; returns how many."""
    rng = world.rng
    shifts: list[Duty] = []
    day = max(first_day, world.today - dt.timedelta(days=SHIFT_DAYS - 1))
    while day <= world.today:
        for evening in (False, True):
            duty = duty_of(world.cast, day, evening, world.tz)
            if duty.starts_at <= world.now:
                shifts.append(duty)
        day += dt.timedelta(days=1)
    for position, duty in enumerate(shifts):
        ended = duty.ends_at if duty.ends_at <= world.now else None
        following = shifts[position + 1] if position + 1 < len(shifts) else None
        acknowledged_at = (duty.ends_at + minutes(rng.uniform(3, 10))
                           if ended and following else None)
        if acknowledged_at is not None and acknowledged_at > world.now:
            acknowledged_at = None
        until = ended or world.now
        flights = world.flights[duty.starts_at.astimezone(world.tz).date()]
        lines = [line.format(flight=rng.choice(flights).label)
                 for line in rng.sample(texts.DIARY_LINES, rng.randint(2, 4))]
        moments = sorted((duty.starts_at + (until - duty.starts_at) * rng.random()).replace(
            microsecond=0) for _ in lines)
        writers = [rng.choice((duty.manager, *duty.desk)) for _ in lines]
        shift_id = world.rows.add(
            Shift, lounge=world.lounge_id, staff=duty.manager, started_at=duty.starts_at,
            ended_at=ended, handover="",
            acknowledged_by=following.manager if acknowledged_at and following else None,
            acknowledged_at=acknowledged_at)
        for at, staff, text in zip(moments, writers, lines, strict=True):
            world.rows.add(DiaryEntry, shift=shift_id, at=at, staff=staff, text=text)
        if ended is not None:
            diary = tuple(DiaryLine(at=at, staff=world.staff_names[staff], text=text)
                          for at, staff, text in zip(moments, writers, lines, strict=True))
            handover = _snapshot(world, shift_id, duty, ended, diary)
            world.rows.set(Shift, shift_id, handover=handover.to_json())
    return len(shifts)


def _snapshot(world: World, shift_id: int, duty: Duty, at: dt.datetime,
              diary: tuple[DiaryLine, ...]) -> HandoverData:
    """What the shift service would have written at ``at``, from what the demo knows."""
    return HandoverData(
        version=HANDOVER_VERSION, lounge=world.lounge.name, airport=world.lounge.airport,
        timezone=world.lounge.timezone, shift_id=shift_id, staff=world.staff_names[duty.manager],
        started_at=duty.starts_at, ended_at=at,
        guests_in_lounge=_guests_in_lounge(world, at), open_waits=_open_waits(world, at),
        open_items=_open_items(world, at), pending_work_orders=_pending_work_orders(world, at),
        diary=diary)


def _guests_in_lounge(world: World, at: dt.datetime) -> tuple[GuestInLounge, ...]:
    guests: list[GuestInLounge] = []
    for visit in sorted(world.visit_log, key=lambda v: (v.stay.arrived_at, v.id)):
        stay = visit.stay
        if stay.arrived_at > at or (stay.checked_out_at is not None and stay.checked_out_at <= at):
            continue
        seated = stay.seated_at is not None and stay.seated_at <= at
        guests.append(GuestInLounge(
            visit_id=visit.id, guest_id=visit.guest.id, guest_name=visit.guest.name,
            status="seated" if seated else "waiting",
            space=stay.space.name if seated and stay.space else "",
            party_size=visit.party_size, arrived_at=stay.arrived_at,
            seated_at=stay.seated_at if seated else None,
            flight=f"{visit.flight.carrier}{visit.flight.number}",
            boards_at=visit.flight.boards_at,
            attendant=world.staff_names[stay.attendant] if seated and stay.attendant else ""))
    return tuple(guests)


def _open_waits(world: World, at: dt.datetime) -> tuple[OpenWait, ...]:
    waits: list[OpenWait] = []
    for visit in world.visit_log:
        wait = visit.stay.wait
        if wait is None or wait.id is None or wait.started_at > at or (
                wait.ended_at is not None and wait.ended_at <= at):
            continue
        waits.append(OpenWait(
            wait_id=wait.id, visit_id=visit.id, guest_name=visit.guest.name,
            reason=wait.reason.value,
            wanted_kind=wait.wanted_kind.value if wait.wanted_kind else None,
            started_at=wait.started_at,
            minutes_waiting=int((at - wait.started_at).total_seconds() // 60)))
    return tuple(sorted(waits, key=lambda w: (w.started_at or at, w.wait_id)))


def _open_items(world: World, at: dt.datetime) -> tuple[OpenItem, ...]:
    items: list[tuple[tuple[object, ...], OpenItem]] = []
    for entry in world.complaint_log:
        if entry.created_at > at:
            continue
        status = entry.status_at(at)
        steps = {step for when, _, step in entry.lines if when <= at}
        promise = entry.promise if ComplaintStep.PROMISED in steps else None
        pending = promise is not None and (promise.kept_at is None or promise.kept_at > at)
        escalated = entry.escalated_at is not None and entry.escalated_at <= at
        if status not in OPEN_STATUSES or not belongs_in_handover(
                entry.template.kind, status, pending, escalated):
            continue
        owner = entry.owner if ComplaintStep.ASSIGNED in steps else None
        work = entry.work_order
        open_orders = int(work is not None and work[1] <= at and (work[2] is None or work[2] > at))
        template = entry.template
        item = OpenItem(
            complaint_id=entry.id, kind=template.kind.value, category=template.category.value,
            severity=template.severity.value, status=status.value,
            department=template.department.value, guest_name=entry.visit.guest.name,
            guest_words=entry.words, guest_expects=template.expects,
            owner=world.staff_names[owner] if owner else "", escalated=escalated,
            created_at=entry.created_at,
            promise=HandoverPromise(
                due_at=promise.due_at, owner=world.staff_names[promise.owner],
                how=promise.how, overdue=promise.due_at <= at) if promise and pending else None,
            open_work_orders=open_orders)
        due = promise.due_at if promise and pending else None
        items.append(((due is None, due or entry.created_at, entry.created_at, entry.id), item))
    return tuple(item for _, item in sorted(items, key=lambda pair: pair[0]))


def _pending_work_orders(world: World, at: dt.datetime) -> tuple[PendingWorkOrder, ...]:
    orders: list[PendingWorkOrder] = []
    for entry in world.complaint_log:
        work = entry.work_order
        if work is None or work[1] > at or (work[2] is not None and work[2] <= at):
            continue
        orders.append(PendingWorkOrder(
            work_order_id=work[0], complaint_id=entry.id,
            department=entry.template.department.value, description=entry.template.work,
            created_at=work[1], guest_name=entry.visit.guest.name))
    return tuple(sorted(orders, key=lambda o: (o.created_at or at, o.work_order_id)))
