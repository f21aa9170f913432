"""Complaints, praise and requests, each with the history a real one would have.

An item moves logged -> assigned -> started -> resolved -> closed over hours and
days, with the same history lines the complaint service writes (a promise, an
escalation, work orders added and done, a promise kept). How far it got
depends on how long ago the guest spoke: older ones are closed, today's open.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from vipdesk.demo import texts
from vipdesk.demo.draw import Weighted
from vipdesk.demo.refs import ComplaintRecord, Promise, VisitRef
from vipdesk.demo.world import World
from vipdesk.domain import lounge_time
from vipdesk.domain.complaints import Step, next_status
from vipdesk.domain.vocabulary import (
    Category,
    Channel,
    ComplaintStatus,
    FeedbackKind,
    Severity,
    WorkOrderStatus,
)
from vipdesk.storage.models import Complaint, ComplaintEvent, WorkOrder

# Share of visits that leave each kind of feedback.
KIND_SHARES: tuple[tuple[FeedbackKind, float], ...] = (
    (FeedbackKind.COMPLAINT, 0.012), (FeedbackKind.PRAISE, 0.010),
    (FeedbackKind.REQUEST, 0.008), (FeedbackKind.SUGGESTION, 0.003),
)
CHANNELS = Weighted((Channel.IN_PERSON, Channel.EMAIL, Channel.PHONE), (75, 18, 7))
PROMISE_SHARE = 0.35
_BY_KIND = {kind: [t for t in texts.FEEDBACK if t.kind is kind] for kind, _ in KIND_SHARES}
HOW_TOLD = ("Told the guest by email.", "Called the guest.", "Told the guest at the desk.")


def minutes(value: float) -> dt.timedelta:
    return dt.timedelta(seconds=round(value * 60))


@dataclass
class Line:
    """One line of an item's history, before it is written."""

    at: dt.datetime
    staff: int
    step: Step
    note: str = ""


@dataclass
class Plan:
    """What happens to an item, and when, from its logging on; cut off at now when written."""

    lines: list[Line]
    owner: int | None = None
    promise: Promise | None = None
    escalated_at: dt.datetime | None = None

    @classmethod
    def logged(cls, at: dt.datetime, staff: int, *, owner: int | None = None,
               promise: Promise | None = None) -> Plan:
        return cls([Line(at, staff, Step.LOGGED)], owner=owner, promise=promise)

    def add(self, after: dt.timedelta, staff: int, step: Step, note: str = "") -> dt.datetime:
        """A line ``after`` the previous one; returns its time."""
        at = self.lines[-1].at + after
        self.lines.append(Line(at, staff, step, note))
        return at


def draw_kind(world: World) -> FeedbackKind | None:
    draw = world.rng.random()
    for kind, share in KIND_SHARES:
        if draw < share:
            return kind
        draw -= share
    return None


def rating_after(world: World, kind: FeedbackKind | None, rating: int | None) -> int | None:
    """Guests who complain rate low; guests who praise rate five."""
    if rating is None:
        return None
    if kind is FeedbackKind.COMPLAINT:
        return world.rng.choice((1, 2, 2, 3, 3))
    return 5 if kind is FeedbackKind.PRAISE else rating


def feedback_for_visit(world: World, visit: VisitRef, kind: FeedbackKind) -> None:
    """Feedback the guest gave during the visit, or by email or phone after it."""
    rng, stay = world.rng, visit.stay
    assert stay.seated_at is not None
    template = rng.choice(_BY_KIND[kind])
    channel = CHANNELS.pick(rng)
    if channel is Channel.IN_PERSON or stay.checked_out_at is None:
        end = stay.checked_out_at or world.now
        span = max(1.0, (end - stay.seated_at).total_seconds() / 60 - 2)
        created = stay.seated_at + minutes(rng.uniform(1, span))
        channel = Channel.IN_PERSON
    else:
        created = stay.checked_out_at + minutes(rng.uniform(60, 30 * 60))
    if created >= world.now:
        return
    compensation = ("", Decimal(0))
    if template.category is Category.BILLING:
        compensation = ("Refund", Decimal(45))
    elif template.severity is Severity.MEDIUM and rng.random() < 0.3:
        compensation = rng.choice((("Drink voucher", Decimal(10)), ("Meal voucher", Decimal(25))))
    promise = None
    if kind is FeedbackKind.COMPLAINT and rng.random() < PROMISE_SHARE:
        promise = Promise(created + dt.timedelta(hours=rng.choice((4, 24, 48))),
                          world.duty(created).manager, rng.choice(texts.PROMISE_HOWS))
    record(world, template, visit, natural_plan(world, template, created, promise),
           channel=channel, compensation=compensation)


def natural_plan(world: World, template: texts.Feedback, created: dt.datetime,
                 promise: Promise | None = None) -> Plan:
    """The item's history as it would unfold from ``created``, kept promise included."""
    rng = world.rng
    plan = Plan.logged(created, rng.choice(world.duty(created).desk), promise=promise)

    def manager(at: dt.timedelta) -> int:
        return world.duty(plan.lines[-1].at + at).manager

    def desk(at: dt.timedelta) -> int:
        return rng.choice(world.duty(plan.lines[-1].at + at).desk)

    if promise is not None:
        plan.add(dt.timedelta(0), plan.lines[0].staff, Step.PROMISED, promise_note(world, promise))
    if template.kind is FeedbackKind.REQUEST:
        gaps = (rng.uniform(1, 5), rng.uniform(1, 5), rng.uniform(5, 40), rng.uniform(120, 480))
    elif template.kind is FeedbackKind.PRAISE:
        gaps = (rng.uniform(5, 30), rng.uniform(1, 5), rng.uniform(60, 240), rng.uniform(30, 180))
    else:
        gaps = (rng.uniform(5, 40), rng.uniform(20, 180), rng.uniform(4 * 60, 30 * 60),
                rng.uniform(2 * 60, 20 * 60))
    assign, start, resolve, close = (minutes(g) for g in gaps)
    assigner = manager(assign)
    if template.kind is FeedbackKind.COMPLAINT and template.severity is not Severity.LOW:
        plan.owner = assigner
    plan.add(assign, assigner, Step.ASSIGNED, department_label(template))
    if template.work:
        plan.add(minutes(1), assigner, Step.WORK_ORDER_ADDED, template.work)
    starter = desk(start) if template.kind is FeedbackKind.REQUEST else manager(start)
    plan.add(start, starter, Step.STARTED)
    if template.work:  # the department reports back just before the item is resolved
        plan.add(resolve - minutes(5), starter, Step.WORK_ORDER_DONE)
        resolve = minutes(5)
    resolved = plan.add(resolve, manager(resolve), Step.RESOLVED, template.resolution)
    if promise is not None:
        _keep(world, plan, promise, resolved)
    plan.add(close, manager(close), Step.CLOSED, rng.choice(HOW_TOLD))
    return plan


def _keep(world: World, plan: Plan, promise: Promise, resolved: dt.datetime) -> None:
    """Keep the promise: with the answer if it came in time, else with news before it fell due."""
    kept = resolved + minutes(5)
    if kept > promise.due_at:
        kept = promise.due_at - minutes(world.rng.uniform(10, 60))
        note = "Called the guest with news before the promised time."
    else:
        note = "Told the guest the outcome, as promised."
    plan.promise = Promise(promise.due_at, promise.owner, promise.how, kept)
    plan.lines.append(Line(kept, promise.owner, Step.PROMISE_KEPT, note))
    plan.lines.sort(key=lambda line: line.at)


def promise_note(world: World, promise: Promise) -> str:
    """As the complaint service writes it: "Due 24 Nov 10:00, Mette Kjærgaard: Phone call"."""
    due = lounge_time.day_clock_text(promise.due_at, world.tz.key)
    return f"Due {due}, {world.staff_names[promise.owner]}: {promise.how}"


def department_label(template: texts.Feedback) -> str:
    text = template.department.value.replace("_", " ")
    return text[0].upper() + text[1:]


def record(world: World, template: texts.Feedback, visit: VisitRef, plan: Plan, *,
           channel: Channel = Channel.IN_PERSON,
           compensation: tuple[str, Decimal] = ("", Decimal(0))) -> ComplaintRecord:
    """Queue the item with its history and work order, as far as it got by now."""
    lines = [line for line in plan.lines if line.at <= world.now]
    promise = plan.promise
    if promise is not None and (promise.kept_at is None or promise.kept_at > world.now):
        promise = Promise(promise.due_at, promise.owner, promise.how)
    escalated = plan.escalated_at if plan.escalated_at and plan.escalated_at <= world.now else None
    statuses, status = [], ComplaintStatus.NEW
    for line in lines:
        status = next_status(line.step, status)
        statuses.append(status)
    resolved = next((line.at for line in lines if line.step is Step.RESOLVED), None)
    words = template.words.get(visit.guest.language, template.words["en"])
    complaint_id = world.rows.add(
        Complaint, lounge=world.lounge_id, guest=visit.guest.id, visit=visit.id,
        channel=channel, kind=template.kind, category=template.category,
        severity=template.severity, status=status, guest_words=words,
        guest_expects=template.expects, apologised=template.kind is FeedbackKind.COMPLAINT,
        immediate_action=template.immediate_action, compensation_kind=compensation[0],
        compensation_value=compensation[1], department=template.department,
        escalated=escalated is not None, escalated_at=escalated,
        owner=plan.owner if any(line.step is Step.ASSIGNED for line in lines) else None,
        promise_due_at=promise.due_at if promise else None,
        promise_owner=promise.owner if promise else None,
        promise_how=promise.how if promise else "",
        promise_kept_at=promise.kept_at if promise else None,
        resolution=template.resolution if resolved is not None else "",
        created_at=lines[0].at, created_by=lines[0].staff, resolved_at=resolved)
    work_order = _work_order(world, template, complaint_id, lines)
    for line, after in zip(lines, statuses, strict=True):
        note = line.note
        if line.step is Step.WORK_ORDER_ADDED and work_order is not None:
            note = f"#{work_order[0]} {department_label(template)}: {line.note}"
        elif line.step is Step.WORK_ORDER_DONE and work_order is not None:
            note = f"#{work_order[0]}"
        world.rows.add(ComplaintEvent, complaint=complaint_id, at=line.at, staff=line.staff,
                       status=after, step=line.step, note=note)
    entry = ComplaintRecord(
        complaint_id, template, visit, words, lines[0].at,
        [(line.at, after, line.step) for line, after in zip(lines, statuses, strict=True)],
        plan.owner, promise, escalated, work_order)
    if entry.created_at >= world.log_from - dt.timedelta(days=7):
        world.complaint_log.append(entry)
    return entry


def _work_order(world: World, template: texts.Feedback, complaint_id: int,
                lines: list[Line]) -> tuple[int, dt.datetime, dt.datetime | None] | None:
    added = next((line.at for line in lines if line.step is Step.WORK_ORDER_ADDED), None)
    if added is None:
        return None
    done = next((line.at for line in lines if line.step is Step.WORK_ORDER_DONE), None)
    work_order_id = world.rows.add(
        WorkOrder, complaint=complaint_id, department=template.department,
        description=template.work,
        status=WorkOrderStatus.OPEN if done is None else WorkOrderStatus.DONE,
        created_at=added, done_at=done)
    return work_order_id, added, done
