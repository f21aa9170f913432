"""Complaints, praise, requests and suggestions: logging, follow-through, and the lists.

Every change is one audited action (``@action``) and also writes a
:class:`ComplaintEvent`, so an item's history shows who did what, when, and the
status it left the item in. The rules (which step is allowed, what is overdue,
what the duty manager sees) live in :mod:`vipdesk.domain.complaints`; this module
applies them to the database. Lists are filtered, searched, sorted and paged in
the SQL query, and come back as plain rows so a screen needs no further queries.
An action hands back the same frozen records, never a database row: the item as a
:class:`FeedbackRow`, a note as a :class:`HistoryEntry`, a work order as a
:class:`WorkOrderRow`.

Two desks on one item at once (closing it, say) take turns on both engines: on SQLite
the action's ``BEGIN IMMEDIATE``, on PostgreSQL the item's row (or the work order's)
read locked (:func:`vipdesk.storage.row_locks.locked`) before its status is judged; the
second desk then reads what the first left and is told by the rule why its step no
longer applies (a calm :class:`ServiceError`, nothing written twice).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final

from peewee import JOIN, Case, ColumnBase, Expression, ModelSelect, Select, fn

from vipdesk.domain import complaints as rules
from vipdesk.domain import lounge_time
from vipdesk.domain.complaints import (
    FeedbackInput,
    PraiseInput,
    Promise,
    PromiseOutcome,
    Step,
    WorkOrderInput,
    feedback_problems,
    praise_problems,
    promise_problem,
    required_text_problem,
)
from vipdesk.domain.labels import label
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.names import form_of_address, initials
from vipdesk.domain.permissions import Permission
from vipdesk.domain.vocabulary import (
    Category,
    Channel,
    ComplaintStatus,
    Department,
    FeedbackKind,
    Severity,
    WorkOrderStatus,
)
from vipdesk.services import complaint_search
from vipdesk.services.actions import Done, action
from vipdesk.services.session import FieldProblems, ServiceError, Session
from vipdesk.storage import row_locks
from vipdesk.storage.models import (
    Companion,
    Complaint,
    ComplaintEvent,
    Guest,
    Lounge,
    Staff,
    Visit,
    WorkOrder,
)
from vipdesk.storage.query_rows import dicts_of

MAX_PAGE: Final = 500

# Re-exported so a screen imports the whole feature from one module.
__all__ = [
    "ComplaintFilter", "FeedbackDetail", "FeedbackInput", "FeedbackRejected", "FeedbackRow",
    "HistoryEntry", "PraiseInput", "Promise", "PromiseOutcome", "SortKey", "WorkOrderInput",
    "WorkOrderRow", "add_note", "add_work_order", "assign", "cancel_work_order", "close",
    "complaint_history",
    "complete_work_order", "count_feedback", "escalate", "get_feedback", "keep_promise",
    "list_feedback", "log_feedback", "log_praise", "make_promise", "manager_banner",
    "open_for_handover", "open_work_orders",
    "overdue_promises", "reopen", "resolve", "start_work",
]


class FeedbackRejected(FieldProblems):
    """The logging form has mistakes; ``problems`` maps each field to its message."""


# --- rows for screens -----------------------------------------------------------------------

@dataclass(frozen=True)
class FeedbackRow:
    """One line of the complaints list (and of the banners); what an action on an item
    hands back."""

    id: int
    created_at: dt.datetime
    kind: FeedbackKind
    category: Category
    severity: Severity
    status: ComplaintStatus
    channel: Channel
    department: Department
    guest_id: int | None
    guest_name: str  # "Ms Li Chen"; "" for a caller we do not know
    visit_id: int | None
    guest_words: str
    guest_expects: str
    escalated: bool
    escalated_at: dt.datetime | None
    owner_id: int | None
    owner_name: str
    promise_due_at: dt.datetime | None
    promise_owner_id: int | None
    promise_owner_name: str
    promise_how: str
    promise_kept_at: dt.datetime | None
    promise_overdue: bool
    resolution: str
    open_work_orders: int
    guest_initials: str = ""  # "L. C.": what a locked desk may show
    promise_outcome: str = ""  # a PromiseOutcome value once answered at resolve

    @property
    def promise_pending(self) -> bool:
        return rules.promise_pending(self.promise_due_at, self.promise_kept_at,
                                     self.promise_outcome)


@dataclass(frozen=True)
class WorkOrderRow:
    id: int
    complaint_id: int
    department: Department
    description: str
    status: WorkOrderStatus
    created_at: dt.datetime
    done_at: dt.datetime | None
    kind: FeedbackKind
    severity: Severity
    guest_name: str


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: dt.datetime
    staff_id: int
    staff_name: str
    step: Step
    status: ComplaintStatus
    note: str


@dataclass(frozen=True)
class FeedbackDetail:
    """Everything the complaint screen shows for one item."""

    summary: FeedbackRow
    apologised: bool
    immediate_action: str
    compensation_kind: str
    compensation_value: Decimal
    created_by_id: int
    created_by_name: str
    resolved_at: dt.datetime | None
    work_orders: tuple[WorkOrderRow, ...]
    history: tuple[HistoryEntry, ...]
    available_steps: frozenset[Step]
    praised_staff_name: str = ""  # praise that named a colleague


class SortKey(StrEnum):
    CREATED = "created"
    SEVERITY = "severity"
    DUE = "due"  # the pending promise's due time; items without one last


@dataclass(frozen=True)
class ComplaintFilter:
    """What the complaints screen asks for. Empty collections mean "any"."""

    statuses: Collection[ComplaintStatus] = ()
    kinds: Collection[FeedbackKind] = ()
    categories: Collection[Category] = ()
    severities: Collection[Severity] = ()
    departments: Collection[Department] = ()
    from_day: dt.date | None = None  # lounge-local days, both inclusive
    to_day: dt.date | None = None
    text: str = ""  # every word starts a word of the guest's words, expectation or resolution
    guest_id: int | None = None
    escalated_only: bool = False
    sort: SortKey = SortKey.CREATED
    descending: bool = True
    limit: int = 100
    offset: int = 0


# --- helpers ----------------------------------------------------------------------------------

def _complaint(session: Session, complaint_id: int) -> Complaint:
    """The item, locked until the action ends: two desks taking a step on it at once take
    turns, and the second reads the status the first left (the rule then says why not)."""
    complaint: Complaint | None = row_locks.locked(session.db, Complaint.select().where(
        (Complaint.id == complaint_id) & (Complaint.lounge == session.lounge_id))).first()
    if complaint is None:
        raise ServiceError(_no_item(complaint_id))
    return complaint


def _no_item(complaint_id: int) -> Message:
    return Message(QT_TRANSLATE_NOOP("Messages", "There is no item #{number} in this lounge."),
                   {"number": str(complaint_id)})  # an id, never "1,234"


_ALREADY: dict[WorkOrderStatus, str] = {
    WorkOrderStatus.DONE: QT_TRANSLATE_NOOP("Messages", "Work order #{number} is already done."),
    WorkOrderStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "Messages", "Work order #{number} is already cancelled."),
    WorkOrderStatus.OPEN: QT_TRANSLATE_NOOP("Messages", "Work order #{number} is already open."),
}


def _staff_member(session: Session, staff_id: int, what: Message) -> Staff:
    member = Staff.get_or_none((Staff.id == staff_id) & (Staff.lounge == session.lounge_id))
    if member is None or not member.active:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "Please choose {who} from this lounge's active staff."), {"who": what}))
    return member


def _check(problem: Message | str | None) -> None:
    if problem:
        raise ServiceError(problem)


def _record(session: Session, complaint: Complaint, step: Step, note: str = "") -> ComplaintEvent:
    """One line of the item's history, in the same transaction as the change."""
    assert session.staff is not None  # the action decorator has checked the sign-in
    return ComplaintEvent.create(complaint=complaint, at=session.clock.now(),
                                 staff=session.staff_id, status=complaint.status, step=step,
                                 note=note)


def _move(session: Session, complaint: Complaint, step: Step, note: str = "") -> dict[str, Any]:
    """Apply a lifecycle step, refusing it with the rule's message when it is not allowed;
    the audit row's detail (the status it left) comes back."""
    _check(rules.step_problem(step, complaint.status))
    complaint.status = rules.next_status(step, complaint.status)
    complaint.save()
    _record(session, complaint, step, note)
    return {"status": complaint.status.value}


def _done(session: Session, complaint: Complaint,
          detail: dict[str, Any] | None = None) -> Done[FeedbackRow]:
    """An item's action is done: the caller gets the item as the list shows it, read after
    every change (one query), and the audit row names the item."""
    return Done(_summary(session, complaint.id), complaint, detail or {})


def _local_time(session: Session, moment: dt.datetime) -> str:
    """"23 Nov 09:30" in the lounge's time zone (English month names whatever the locale)."""
    return lounge_time.day_clock_text(moment, Lounge.get_by_id(session.lounge_id).timezone)


def _promise_note(session: Session, promise: Promise, owner: Staff) -> str:
    return f"Due {_local_time(session, promise.due_at)}, {owner.name}: {promise.how}"


# --- logging ----------------------------------------------------------------------------------

def _guest_and_visit(session: Session, entry: FeedbackInput,
                     problems: dict[str, Message | str]) -> tuple[int | None, int | None]:
    guest_id, visit = entry.guest_id, None
    if entry.visit_id is not None:
        visit = Visit.get_or_none((Visit.id == entry.visit_id)
                                  & (Visit.lounge == session.lounge_id))
        if visit is None:
            problems["visit_id"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "That visit is not in this lounge."))
            return guest_id, None
        if guest_id is None:
            guest_id = visit.guest_id
        elif guest_id != visit.guest_id and not Companion.select().where(
                (Companion.visit == visit) & (Companion.guest == guest_id)).exists():
            problems["guest_id"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "That guest is not in the party of this visit."))
    if guest_id is not None and not Guest.select().where(Guest.id == guest_id).exists():
        problems["guest_id"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "That guest is no longer on record."))
    return guest_id, visit.id if visit is not None else None


@action("complaint.log", permission=Permission.LOG_FEEDBACK)
def log_feedback(session: Session, entry: FeedbackInput) -> Done[FeedbackRow]:
    """Record what the guest told us, in their words, with its work orders and promise."""
    now = session.clock.now()
    problems: dict[str, Message | str] = dict(feedback_problems(entry, now))
    guest_id, visit_id = _guest_and_visit(session, entry, problems)
    if entry.promise is not None and "promise" not in problems:
        owner = Staff.get_or_none((Staff.id == entry.promise.owner_id)
                                  & (Staff.lounge == session.lounge_id) & Staff.active)
        if owner is None:
            problems["promise"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "Please choose who keeps the promise from the active staff."))
    if problems:
        raise FeedbackRejected(problems)
    promise = entry.promise
    complaint = Complaint.create(
        lounge=session.lounge_id, guest=guest_id, visit=visit_id, channel=entry.channel,
        kind=entry.kind, category=entry.category, severity=entry.severity,
        guest_words=entry.guest_words, guest_expects=entry.guest_expects,
        apologised=entry.apologised, immediate_action=entry.immediate_action,
        compensation_kind=entry.compensation_kind,
        compensation_value=Decimal(entry.compensation_value), department=entry.department,
        escalated=entry.escalate, escalated_at=now if entry.escalate else None,
        promise_due_at=promise.due_at if promise else None,
        promise_owner=promise.owner_id if promise else None,
        promise_how=promise.how if promise else "",
        created_at=now, created_by=session.staff_id)
    _record(session, complaint, Step.LOGGED)
    if promise is not None:
        _record(session, complaint, Step.PROMISED,
                _promise_note(session, promise, Staff.get_by_id(promise.owner_id)))
    if entry.escalate:
        _record(session, complaint, Step.ESCALATED)
    for order in entry.work_orders:
        _new_work_order(session, complaint, order)
    return _done(session, complaint, {
        "kind": entry.kind.value, "category": entry.category.value,
        "severity": entry.severity.value, "department": entry.department.value,
        "guest": guest_id, "visit": visit_id, "escalated": entry.escalate,
        "promise": promise is not None, "work_orders": len(entry.work_orders)})


@action("complaint.praise", permission=Permission.LOG_FEEDBACK)
def log_praise(session: Session, entry: PraiseInput) -> Done[FeedbackRow]:
    """Record praise, thanked and closed at once: it is never an open item, never on a banner.

    It is kept as a closed item of kind praise (about the staff when a colleague is
    named, attendants included), so the daily report counts it as praise.
    """
    now = session.clock.now()
    problems: dict[str, Message | str] = dict(praise_problems(entry))
    as_feedback = FeedbackInput(kind=FeedbackKind.PRAISE, category=Category.OTHER,
                                guest_words=entry.guest_words, guest_id=entry.guest_id,
                                visit_id=entry.visit_id)
    guest_id, visit_id = _guest_and_visit(session, as_feedback, problems)
    praised = None
    if entry.staff_id is not None:
        praised = Staff.get_or_none((Staff.id == entry.staff_id)
                                    & (Staff.lounge == session.lounge_id) & Staff.active)
        if praised is None:
            problems["staff_id"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "Please choose the colleague from this lounge's active staff."))
    if problems:
        raise FeedbackRejected(problems)
    complaint = Complaint.create(
        lounge=session.lounge_id, guest=guest_id, visit=visit_id, channel=entry.channel,
        kind=FeedbackKind.PRAISE, category=Category.STAFF if praised else Category.OTHER,
        severity=Severity.LOW, status=ComplaintStatus.CLOSED, guest_words=entry.guest_words,
        department=Department.FRONT_DESK, praised_staff=praised, resolution=entry.note,
        created_at=now, created_by=session.staff_id)  # closed, never resolved: nothing to put right
    _record(session, complaint, Step.LOGGED, entry.note)
    _record(session, complaint, Step.CLOSED,
            f"Thanked; passed on to {praised.name}" if praised else "Thanked")
    return _done(session, complaint, {"kind": FeedbackKind.PRAISE.value, "guest": guest_id,
                                      "visit": visit_id,
                                      "praised_staff": praised.id if praised else None})


def _new_work_order(session: Session, complaint: Complaint, order: WorkOrderInput) -> WorkOrder:
    work_order = WorkOrder.create(complaint=complaint, department=order.department,
                                  description=order.description, created_at=session.clock.now())
    _record(session, complaint, Step.WORK_ORDER_ADDED,
            f"#{work_order.id} {label(order.department)}: {order.description}")
    return work_order


# --- follow-through ---------------------------------------------------------------------------

@action("complaint.assign", permission=Permission.LOG_FEEDBACK)
def assign(session: Session, complaint_id: int, department: Department,
           owner_id: int | None = None) -> Done[FeedbackRow]:
    """Route the item to the department that must act (and a person, if known)."""
    complaint = _complaint(session, complaint_id)
    owner = _staff_member(session, owner_id, Message(QT_TRANSLATE_NOOP(
        "Messages", "the owner"))) if owner_id is not None else None
    complaint.department, complaint.owner = Department(department), owner
    note = label(complaint.department) + (f", {owner.name}" if owner else "")
    detail = _move(session, complaint, Step.ASSIGNED, note)
    return _done(session, complaint,
                 {**detail, "department": complaint.department.value, "owner": owner_id})


@action("complaint.start_work", permission=Permission.LOG_FEEDBACK)
def start_work(session: Session, complaint_id: int) -> Done[FeedbackRow]:
    complaint = _complaint(session, complaint_id)
    return _done(session, complaint, _move(session, complaint, Step.STARTED))


def _require_for_escalated(session: Session, complaint: Complaint) -> None:
    """An escalated item is the duty manager's to close; the desk adds a note instead."""
    if complaint.escalated:
        session.require(rules.ESCALATION_PERMISSION)


def _pending(complaint: Complaint) -> bool:
    return rules.promise_pending(complaint.promise_due_at, complaint.promise_kept_at,
                                 complaint.promise_outcome)


@action("complaint.resolve", permission=Permission.LOG_FEEDBACK)
def resolve(session: Session, complaint_id: int, resolution: str,
            promise: PromiseOutcome | str | None = None) -> Done[FeedbackRow]:
    """Say what was done; the text is required and kept exactly as written. An item with a
    pending promise also says whether it was kept (``promise``): either way it leaves the
    overdue banner, and the answer is in the item's history."""
    complaint = _complaint(session, complaint_id)
    _check(rules.step_problem(Step.RESOLVED, complaint.status))
    _require_for_escalated(session, complaint)
    _check(required_text_problem(resolution, "what was done to resolve it"))
    try:
        outcome = PromiseOutcome(promise) if promise is not None else None
    except ValueError:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "Please say whether the promise was kept, not kept, or not made."))) \
            from None
    pending = _pending(complaint)
    _check(rules.outcome_problem(pending, outcome))
    now = session.clock.now()
    complaint.resolution, complaint.resolved_at = resolution, now
    detail = _move(session, complaint, Step.RESOLVED, resolution)
    if pending and outcome is not None:
        complaint.promise_outcome = outcome.value
        if outcome is PromiseOutcome.KEPT:
            complaint.promise_kept_at = now
        complaint.save()
        _record(session, complaint, rules.OUTCOME_STEPS[outcome])
        detail.update(promise=outcome.value,
                      late=rules.is_overdue(complaint.promise_due_at, None, now))
    return _done(session, complaint, detail)


@action("complaint.close", permission=Permission.LOG_FEEDBACK)
def close(session: Session, complaint_id: int, how_told: str) -> Done[FeedbackRow]:
    """The guest has been told the outcome; this also keeps a pending promise."""
    complaint = _complaint(session, complaint_id)
    _check(rules.step_problem(Step.CLOSED, complaint.status))
    _check(required_text_problem(how_told, "how the guest was told"))
    detail = _move(session, complaint, Step.CLOSED, how_told)
    if _pending(complaint):
        complaint.promise_kept_at = session.clock.now()
        complaint.save()
        _record(session, complaint, Step.PROMISE_KEPT, how_told)
    return _done(session, complaint, detail)


@action("complaint.reopen", permission=Permission.LOG_FEEDBACK)
def reopen(session: Session, complaint_id: int, reason: str) -> Done[FeedbackRow]:
    complaint = _complaint(session, complaint_id)
    _check(rules.step_problem(Step.REOPENED, complaint.status))
    _check(required_text_problem(reason, "why it is reopened"))
    complaint.resolved_at = None
    return _done(session, complaint, _move(session, complaint, Step.REOPENED, reason))


@action("complaint.escalate", permission=Permission.LOG_FEEDBACK)
def escalate(session: Session, complaint_id: int, note: str) -> Done[FeedbackRow]:
    """Hand to the duty manager: the item shows on the manager's banner at once."""
    complaint = _complaint(session, complaint_id)
    _check(rules.step_problem(Step.ESCALATED, complaint.status))
    if complaint.escalated:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This item is already with the duty manager.")))
    _check(required_text_problem(note, "why the duty manager is needed"))
    complaint.escalated, complaint.escalated_at = True, session.clock.now()
    complaint.save()
    _record(session, complaint, Step.ESCALATED, note)
    return _done(session, complaint)


@action("complaint.promise", permission=Permission.LOG_FEEDBACK)
def make_promise(session: Session, complaint_id: int, promise: Promise) -> Done[FeedbackRow]:
    """Promise the guest an answer by a time (or move a promise the guest agreed to move)."""
    complaint = _complaint(session, complaint_id)
    _check(rules.step_problem(Step.PROMISED, complaint.status))
    _check(promise_problem(promise, session.clock.now()))
    owner = _staff_member(session, promise.owner_id, Message(QT_TRANSLATE_NOOP(
        "Messages", "who keeps the promise")))
    complaint.promise_due_at, complaint.promise_owner = promise.due_at, owner
    complaint.promise_how, complaint.promise_kept_at = promise.how, None
    complaint.promise_outcome = ""
    complaint.save()
    _record(session, complaint, Step.PROMISED, _promise_note(session, promise, owner))
    return _done(session, complaint, {"owner": owner.id})


@action("complaint.keep_promise", permission=Permission.LOG_FEEDBACK)
def keep_promise(session: Session, complaint_id: int, note: str = "") -> Done[FeedbackRow]:
    """We gave the guest the answer we promised: the overdue banner goes away."""
    complaint = _complaint(session, complaint_id)
    if not _pending(complaint):
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This item has no promise waiting to be kept.")))
    _check(rules.optional_text_problem(note, "the note"))
    complaint.promise_kept_at = session.clock.now()
    complaint.save()
    _record(session, complaint, Step.PROMISE_KEPT, note)
    return _done(session, complaint, {"late": rules.is_overdue(
        complaint.promise_due_at, None, complaint.promise_kept_at)})


@action("complaint.add_note", permission=Permission.LOG_FEEDBACK)
def add_note(session: Session, complaint_id: int, text: str) -> Done[HistoryEntry]:
    complaint = _complaint(session, complaint_id)
    _check(required_text_problem(text, "the note"))
    event = _record(session, complaint, Step.NOTE, text)
    me = session.staff
    assert me is not None  # the action decorator has checked the sign-in
    return Done(HistoryEntry(id=event.id, at=event.at, staff_id=me.id, staff_name=me.name,
                             step=event.step, status=event.status, note=event.note), complaint)


@action("complaint.add_work_order", permission=Permission.LOG_FEEDBACK)
def add_work_order(session: Session, complaint_id: int, department: Department,
                   description: str) -> Done[WorkOrderRow]:
    complaint = _complaint(session, complaint_id)
    _check(rules.step_problem(Step.WORK_ORDER_ADDED, complaint.status))
    _check(required_text_problem(description, "what the department must do"))
    work_order = _new_work_order(session, complaint, WorkOrderInput(Department(department),
                                                                    description))
    return Done(_work_order_row(session, work_order), work_order, {
        "complaint": complaint.id, "department": work_order.department.value})


def _open_work_order(session: Session, work_order_id: int) -> WorkOrder:
    work_order: WorkOrder | None = row_locks.locked(session.db, WorkOrder.select().join(Complaint)
                  .where((WorkOrder.id == work_order_id)
                         & (Complaint.lounge == session.lounge_id))).first()
    if work_order is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "There is no work order #{number} in this lounge."),
            {"number": str(work_order_id)}))
    if work_order.status is not WorkOrderStatus.OPEN:
        raise ServiceError(Message(_ALREADY[work_order.status], {"number": str(work_order_id)}))
    return work_order


def _finish_work_order(session: Session, work_order_id: int, status: WorkOrderStatus,
                       step: Step, note: str) -> Done[WorkOrderRow]:
    work_order = _open_work_order(session, work_order_id)
    work_order.status, work_order.done_at = status, session.clock.now()
    work_order.save()
    note = f"#{work_order.id}: {note}" if note else f"#{work_order.id}"
    _record(session, work_order.complaint, step, note)
    return Done(_work_order_row(session, work_order), work_order,
                {"complaint": work_order.complaint_id})


@action("complaint.complete_work_order", permission=Permission.LOG_FEEDBACK)
def complete_work_order(session: Session, work_order_id: int, note: str = "") -> Done[WorkOrderRow]:
    _check(rules.optional_text_problem(note, "the note"))
    return _finish_work_order(session, work_order_id, WorkOrderStatus.DONE,
                              Step.WORK_ORDER_DONE, note)


@action("complaint.cancel_work_order", permission=Permission.LOG_FEEDBACK)
def cancel_work_order(session: Session, work_order_id: int, reason: str) -> Done[WorkOrderRow]:
    _check(required_text_problem(reason, "why the work order is cancelled"))
    return _finish_work_order(session, work_order_id, WorkOrderStatus.CANCELLED,
                              Step.WORK_ORDER_CANCELLED, reason)


# --- queries for screens ----------------------------------------------------------------------

Owner = Staff.alias("owner")
PromiseOwner = Staff.alias("promise_owner")
CreatedBy = Staff.alias("created_by")
PraisedStaff = Staff.alias("praised_staff")


def _open_orders_count() -> Select:
    inner = WorkOrder.alias("open_order")
    return (inner.select(fn.COUNT(inner.id))
            .where((inner.complaint == Complaint.id) & (inner.status == WorkOrderStatus.OPEN)))


def _rows_query(session: Session, *extra: ColumnBase) -> ModelSelect[Complaint]:
    return (Complaint
            .select(Complaint.id, Complaint.created_at, Complaint.kind, Complaint.category,
                    Complaint.severity, Complaint.status, Complaint.channel,
                    Complaint.department, Complaint.guest, Complaint.visit,
                    Complaint.guest_words, Complaint.guest_expects, Complaint.escalated,
                    Complaint.escalated_at, Complaint.owner, Complaint.promise_due_at,
                    Complaint.promise_owner, Complaint.promise_how, Complaint.promise_kept_at,
                    Complaint.promise_outcome, Complaint.resolution,
                    Guest.title, Guest.given_names, Guest.surname, Guest.language,
                    Owner.name.alias("owner_name"),
                    PromiseOwner.name.alias("promise_owner_name"),
                    _open_orders_count().alias("open_work_orders"), *extra)
            .join_from(Complaint, Guest, JOIN.LEFT_OUTER)
            .join_from(Complaint, Owner, JOIN.LEFT_OUTER, on=(Complaint.owner == Owner.id))
            .join_from(Complaint, PromiseOwner, JOIN.LEFT_OUTER,
                       on=(Complaint.promise_owner == PromiseOwner.id))
            .where(Complaint.lounge == session.lounge_id))


def _guest_name(row: dict[str, Any]) -> str:
    if row.get("surname") is None:
        return ""
    return form_of_address(row["title"], row["given_names"], row["surname"], row["language"])


def _guest_initials(row: dict[str, Any]) -> str:
    if row.get("surname") is None:
        return ""
    return initials(row["given_names"], row["surname"], row["language"])


def _to_row(row: dict[str, Any], now: dt.datetime) -> FeedbackRow:
    return FeedbackRow(
        id=row["id"], created_at=row["created_at"], kind=row["kind"], category=row["category"],
        severity=row["severity"], status=row["status"], channel=row["channel"],
        department=row["department"], guest_id=row["guest"], guest_name=_guest_name(row),
        visit_id=row["visit"], guest_words=row["guest_words"],
        guest_expects=row["guest_expects"], escalated=bool(row["escalated"]),
        escalated_at=row["escalated_at"], owner_id=row["owner"],
        owner_name=row["owner_name"] or "", promise_due_at=row["promise_due_at"],
        promise_owner_id=row["promise_owner"],
        promise_owner_name=row["promise_owner_name"] or "", promise_how=row["promise_how"],
        promise_kept_at=row["promise_kept_at"],
        promise_overdue=rules.promise_overdue(row["promise_due_at"], row["promise_kept_at"],
                                              row["promise_outcome"], now),
        promise_outcome=row["promise_outcome"],
        resolution=row["resolution"], open_work_orders=int(row["open_work_orders"] or 0),
        guest_initials=_guest_initials(row))


def _utc_bounds(session: Session, from_day: dt.date | None, to_day: dt.date | None
                ) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Lounge-local days (inclusive) as a half-open UTC range: midnight to midnight."""
    if from_day is None and to_day is None:
        return None, None
    timezone = Lounge.get_by_id(session.lounge_id).timezone
    return (lounge_time.midnight_utc(from_day, timezone) if from_day else None,
            lounge_time.midnight_utc(to_day + dt.timedelta(days=1), timezone) if to_day else None)


def _filtered(session: Session, query: Select, wanted: ComplaintFilter) -> Select:
    conditions: list[Expression] = []
    for column, values in ((Complaint.status, wanted.statuses), (Complaint.kind, wanted.kinds),
                           (Complaint.category, wanted.categories),
                           (Complaint.severity, wanted.severities),
                           (Complaint.department, wanted.departments)):
        if values:
            conditions.append(column.in_([str(v) for v in values]))
    start, end = _utc_bounds(session, wanted.from_day, wanted.to_day)
    if start is not None:
        conditions.append(Complaint.created_at >= start)
    if end is not None:
        conditions.append(Complaint.created_at < end)
    if wanted.guest_id is not None:
        conditions.append(Complaint.guest == wanted.guest_id)
    if wanted.escalated_only:
        conditions.append(Complaint.escalated == True)  # noqa: E712 (SQL, not Python)
    if (search := complaint_search.parse(wanted.text)) is not None:
        # The full-text index; all of its SQL is in complaint_search.
        conditions.append(complaint_search.matching(search))
    for condition in conditions:
        query = query.where(condition)
    return query


def _ordering(wanted: ComplaintFilter) -> list[Any]:
    def direction(column: Any) -> Any:
        return column.desc() if wanted.descending else column.asc()

    if wanted.sort is SortKey.SEVERITY:
        rank = Case(Complaint.severity, [(str(s), r) for s, r in rules.SEVERITY_RANK.items()], 0)
        return [direction(rank), Complaint.created_at.desc(), Complaint.id.desc()]
    if wanted.sort is SortKey.DUE:
        pending_due = Case(None, [(_promise_pending(), Complaint.promise_due_at)], None)
        return [pending_due.is_null().asc(), direction(pending_due), Complaint.id.desc()]
    return [direction(Complaint.created_at), direction(Complaint.id)]


def _promise_pending() -> Expression:
    """SQL: a promise is on record and not settled yet (:func:`rules.promise_pending`, the
    banner's rule): not kept, and not answered "not kept" or "no promise" at resolve. Every
    query that asks whether a promise is still owed asks this."""
    return (Complaint.promise_due_at.is_null(False) & Complaint.promise_kept_at.is_null()
            & (Complaint.promise_outcome == ""))


def list_feedback(session: Session, wanted: ComplaintFilter = ComplaintFilter()
                  ) -> list[FeedbackRow]:
    """One page of the complaints list: filtered, searched, sorted and paged by the database."""
    if not 1 <= wanted.limit <= MAX_PAGE or wanted.offset < 0:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "A page holds 1 to {most} items."), {"most": MAX_PAGE}))
    # The database filters, sorts and pages the ids alone (a narrow sort even over a year of
    # items); a second query fetches the wide rows of that one page, kept in the page's order.
    lounge = Complaint.lounge == session.lounge_id
    search = complaint_search.parse(wanted.text)
    if search is not None and complaint_search.few_matches(search):
        # The few matches are read by their ids and sorted: the lounge's (lounge, created_at)
        # index would walk the year newest first looking for them.
        lounge = (Complaint.lounge + 0) == session.lounge_id
    page = (_filtered(session, Complaint.select(Complaint.id).where(lounge), wanted)
            .order_by(*_ordering(wanted)).limit(wanted.limit).offset(wanted.offset))
    ids = [complaint_id for (complaint_id,) in page.tuples()]
    if not ids:
        return []
    now = session.clock.now()
    rows = {row["id"]: row for row in dicts_of(_rows_query(session).where(Complaint.id.in_(ids)))}
    return [_to_row(rows[complaint_id], now) for complaint_id in ids]


def count_feedback(session: Session, wanted: ComplaintFilter = ComplaintFilter()) -> int:
    """How many items match (for "1-100 of 2,345"); limit, offset and sort are ignored."""
    search = complaint_search.parse(wanted.text)
    if search is not None and search.by_index_alone and _only_text(wanted):
        return complaint_search.count_in_lounge(search, session.lounge.id)  # "Any status"
    query = Complaint.select(fn.COUNT(Complaint.id)).where(Complaint.lounge == session.lounge_id)
    return int(_filtered(session, query, wanted).scalar() or 0)


def _only_text(wanted: ComplaintFilter) -> bool:
    """No filter but the search's words: the index alone can count what matches."""
    return (not any((wanted.statuses, wanted.kinds, wanted.categories, wanted.severities,
                     wanted.departments, wanted.escalated_only))
            and wanted.from_day is None and wanted.to_day is None and wanted.guest_id is None)


def overdue_promises(session: Session) -> list[FeedbackRow]:
    """Promises that have fallen due and are not kept, the longest overdue first."""
    now = session.clock.now()
    query = (_rows_query(session)
             .where(_promise_pending() & (Complaint.promise_due_at <= now))
             .order_by(Complaint.promise_due_at, Complaint.id))
    return [_to_row(row, now) for row in dicts_of(query)]


def manager_banner(session: Session) -> list[FeedbackRow]:
    """High and critical items nobody has taken yet, and escalated items until resolved."""
    now = session.clock.now()
    shown = rules.ESCALATION_SHOWN_WHILE | {ComplaintStatus.NEW}
    severe_new = ((Complaint.status == ComplaintStatus.NEW)
                  & Complaint.severity.in_([str(s) for s in rules.MANAGER_SEVERITIES]))
    escalated = ((Complaint.escalated == True)  # noqa: E712 (SQL, not Python)
                 & Complaint.status.in_([str(s) for s in rules.ESCALATION_SHOWN_WHILE]))
    # The status list lets the database use the (lounge, status) index; ordering by time in
    # SQL would tempt SQLite to walk the (lounge, created_at) index through every item ever
    # logged instead, so the few banner rows are put in order here.
    query = (_rows_query(session)
             .where(Complaint.status.in_([str(s) for s in shown]) & (severe_new | escalated)))
    return sorted((_to_row(row, now) for row in dicts_of(query)),
                  key=lambda r: (r.created_at, r.id))


def _belongs_in_handover() -> Expression:
    """SQL: a complaint or request, or an item with a pending promise or an escalation (the
    status is the caller's to check; :func:`rules.belongs_in_handover`)."""
    return (Complaint.kind.in_([str(k) for k in rules.HANDOVER_KINDS]) | _promise_pending()
            | (Complaint.escalated == True))  # noqa: E712 (SQL, not Python)


def open_for_handover(session: Session) -> list[FeedbackRow]:
    """Open complaints and requests, and anything open with a pending promise or escalated.

    The SQL form of :func:`vipdesk.domain.complaints.belongs_in_handover`; the most
    urgent promise first, then the oldest item.
    """
    now = session.clock.now()
    belongs = _belongs_in_handover()
    pending_due = Case(None, [(_promise_pending(), Complaint.promise_due_at)], None)
    query = (_rows_query(session)
             .where(Complaint.status.in_([str(s) for s in rules.OPEN_STATUSES]) & belongs)
             .order_by(pending_due.is_null().asc(), pending_due.asc(), Complaint.created_at,
                       Complaint.id))
    return [_to_row(row, now) for row in dicts_of(query)]


def open_for_check_out(session: Session, visit_id: int) -> list[FeedbackRow]:
    """What the guest of ``visit_id`` is still owed before they leave: their open complaints
    and requests, and anything open with a promise not yet kept or an escalation (the rule of
    :func:`open_for_handover`), from this visit or an earlier one; the oldest first. One query.
    Refused with nobody signed in or a locked desk: it holds the guest's words."""
    session.require(Permission.CHECK_IN)
    belongs = _belongs_in_handover()
    guest = Visit.select(Visit.guest).where((Visit.id == visit_id)
                                            & (Visit.lounge == session.lounge_id))
    query = (_rows_query(session)
             .where((Complaint.guest == guest) & belongs
                    & Complaint.status.in_([str(s) for s in rules.OPEN_STATUSES]))
             .order_by(Complaint.created_at, Complaint.id))
    now = session.clock.now()
    return [_to_row(row, now) for row in dicts_of(query)]


def _summary(session: Session, complaint_id: int) -> FeedbackRow:
    """One item as the list shows it (what every action on an item hands back)."""
    [row] = dicts_of(_rows_query(session).where(Complaint.id == complaint_id))
    return _to_row(row, session.clock.now())


def get_feedback(session: Session, complaint_id: int) -> FeedbackDetail:
    """One item with its work orders and history, for the complaint screen. Refused with
    nobody signed in or a locked desk: it holds the guest's name and words."""
    session.require(Permission.LOG_FEEDBACK)
    row = (_rows_query(session, Complaint.apologised, Complaint.immediate_action,
                       Complaint.compensation_kind, Complaint.compensation_value,
                       Complaint.created_by, Complaint.resolved_at,
                       CreatedBy.name.alias("created_by_name"),
                       PraisedStaff.name.alias("praised_staff_name"))
           .join_from(Complaint, CreatedBy, on=(Complaint.created_by == CreatedBy.id))
           .join_from(Complaint, PraisedStaff, JOIN.LEFT_OUTER,
                      on=(Complaint.praised_staff == PraisedStaff.id))
           .where(Complaint.id == complaint_id).dicts().first())
    if row is None:
        raise ServiceError(_no_item(complaint_id))
    summary = _to_row(row, session.clock.now())
    return FeedbackDetail(
        summary=summary, apologised=bool(row["apologised"]),
        immediate_action=row["immediate_action"], compensation_kind=row["compensation_kind"],
        compensation_value=Decimal(row["compensation_value"]),
        created_by_id=row["created_by"], created_by_name=row["created_by_name"],
        resolved_at=row["resolved_at"],
        work_orders=tuple(_work_order_rows(session, WorkOrder.complaint == complaint_id)),
        history=tuple(complaint_history(session, complaint_id)),
        available_steps=rules.available_steps(summary.status),
        praised_staff_name=row["praised_staff_name"] or "")


def complaint_history(session: Session, complaint_id: int) -> list[HistoryEntry]:
    """Every change to the item, oldest first: when, who, what, and the status it left."""
    query = (ComplaintEvent
             .select(ComplaintEvent.id, ComplaintEvent.at, ComplaintEvent.staff,
                     ComplaintEvent.step, ComplaintEvent.status, ComplaintEvent.note,
                     Staff.name)
             .join(Staff).switch(ComplaintEvent).join(Complaint)
             .where((ComplaintEvent.complaint == complaint_id)
                    & (Complaint.lounge == session.lounge_id))
             .order_by(ComplaintEvent.at, ComplaintEvent.id))
    return [HistoryEntry(id=r["id"], at=r["at"], staff_id=r["staff"], staff_name=r["name"],
                         step=r["step"], status=r["status"], note=r["note"])
            for r in dicts_of(query)]


def _work_order_rows(session: Session, condition: Expression) -> list[WorkOrderRow]:
    query = (WorkOrder
             .select(WorkOrder.id, WorkOrder.complaint, WorkOrder.department,
                     WorkOrder.description, WorkOrder.status, WorkOrder.created_at,
                     WorkOrder.done_at, Complaint.kind, Complaint.severity,
                     Guest.title, Guest.given_names, Guest.surname, Guest.language)
             .join(Complaint).join(Guest, JOIN.LEFT_OUTER)
             .where(condition & (Complaint.lounge == session.lounge_id))
             .order_by(WorkOrder.created_at, WorkOrder.id))
    return [WorkOrderRow(id=r["id"], complaint_id=r["complaint"], department=r["department"],
                         description=r["description"], status=r["status"],
                         created_at=r["created_at"], done_at=r["done_at"], kind=r["kind"],
                         severity=r["severity"], guest_name=_guest_name(r))
            for r in dicts_of(query)]


def _work_order_row(session: Session, work_order: WorkOrder) -> WorkOrderRow:
    """One work order as the lists show it (what the work-order actions hand back)."""
    [row] = _work_order_rows(session, WorkOrder.id == work_order.id)
    return row


def open_work_orders(session: Session, department: Department | None = None) -> list[WorkOrderRow]:
    """Work other departments still have to do, oldest first (optionally for one department)."""
    condition = WorkOrder.status == WorkOrderStatus.OPEN
    if department is not None:
        condition &= WorkOrder.department == department
    return _work_order_rows(session, condition)
