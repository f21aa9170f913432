"""The rules of complaints, praise, requests and suggestions (one place for each).

- Lifecycle: new -> assigned -> in progress -> resolved -> closed (the guest has
  been told). A resolved item can be reopened (back to in progress). Assigning
  again while assigned or in progress re-routes the item: it goes back to
  *assigned* so the new owner starts the work. A closed item is finished; if the
  guest comes back, that is a new complaint.
- Resolving needs a resolution text; closing needs how the guest was told.
- The guest's words are stored exactly as typed: nothing is trimmed or
  re-cased. Only text that is empty or all white space is refused.
- A follow-up promise is overdue from its due time (inclusive) until it is
  settled: kept, or, when the item is resolved, recorded as not kept or as no
  promise after all (:class:`PromiseOutcome`). Resolving an item with a pending
  promise needs that answer, so a resolved item never leaves a promise shouting
  "overdue". Closing an item keeps a promise still pending (the guest has been told).
- An escalated item is the duty manager's to resolve (:data:`ESCALATION_PERMISSION`);
  the desk can add a note.
- The duty manager's banner shows high and critical items that are still new
  (nobody has taken them yet) and every escalated item until it is resolved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Final

from vipdesk.domain.labels import label
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.permissions import Permission
from vipdesk.domain.vocabulary import (
    Category,
    Channel,
    ComplaintStatus,
    Department,
    FeedbackKind,
    Severity,
)

MAX_TEXT_LENGTH: Final = 20_000
MAX_PROMISE_HOW_LENGTH: Final = 200
MAX_COMPENSATION_KIND_LENGTH: Final = 80
MAX_COMPENSATION_VALUE: Final = Decimal("99999999.99")  # the column holds 10 digits, 2 decimals

OPEN_STATUSES: Final = frozenset(ComplaintStatus) - {ComplaintStatus.CLOSED}
MANAGER_SEVERITIES: Final = frozenset({Severity.HIGH, Severity.CRITICAL})
# An escalated item stays on the duty manager's banner while it is in one of these.
ESCALATION_SHOWN_WHILE: Final = frozenset(
    {ComplaintStatus.NEW, ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS})
SEVERITY_RANK: Final[Mapping[Severity, int]] = {
    Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3, Severity.CRITICAL: 4}
ESCALATION_PERMISSION: Final = Permission.CLOSE_ESCALATIONS
# Kinds the shift handover always lists while open; others only with a promise or escalation.
HANDOVER_KINDS: Final = frozenset({FeedbackKind.COMPLAINT, FeedbackKind.REQUEST})


class Step(StrEnum):
    """What happened to a complaint: one line of its history (stored by value)."""

    LOGGED = "logged"
    ASSIGNED = "assigned"
    STARTED = "started"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REOPENED = "reopened"
    ESCALATED = "escalated"
    PROMISED = "promised"
    PROMISE_KEPT = "promise_kept"
    PROMISE_NOT_KEPT = "promise_not_kept"
    NO_PROMISE = "no_promise"  # resolved: the promise on record was never really made
    NOTE = "note"
    WORK_ORDER_ADDED = "work_order_added"
    WORK_ORDER_DONE = "work_order_done"
    WORK_ORDER_CANCELLED = "work_order_cancelled"


class PromiseOutcome(StrEnum):
    """What became of a pending promise when its item was resolved (stored by value)."""

    KEPT = "kept"
    NOT_KEPT = "not_kept"
    NO_PROMISE = "no_promise"


OUTCOME_STEPS: Final[Mapping[PromiseOutcome, Step]] = {
    PromiseOutcome.KEPT: Step.PROMISE_KEPT, PromiseOutcome.NOT_KEPT: Step.PROMISE_NOT_KEPT,
    PromiseOutcome.NO_PROMISE: Step.NO_PROMISE}


def promise_pending(due_at: dt.datetime | None, kept_at: dt.datetime | None,
                    outcome: str = "") -> bool:
    """A promise is on record and not yet settled (kept, or answered at resolve)."""
    return due_at is not None and kept_at is None and not outcome


def promise_overdue(due_at: dt.datetime | None, kept_at: dt.datetime | None, outcome: str,
                    now: dt.datetime) -> bool:
    """A promise still pending (:func:`promise_pending`) whose due time has come."""
    return promise_pending(due_at, kept_at, outcome) and due_at is not None and now >= due_at


def outcome_problem(pending: bool, outcome: PromiseOutcome | None) -> Message | None:
    """Resolving: a pending promise needs its outcome; an item without one needs none."""
    if pending and outcome is None:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "Please say whether the promise to the guest was kept."))
    if not pending and outcome in (PromiseOutcome.KEPT, PromiseOutcome.NOT_KEPT):
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "This item has no promise waiting to be kept."))
    return None


_S = ComplaintStatus
MOVES: Final[Mapping[Step, Mapping[ComplaintStatus, ComplaintStatus]]] = {
    Step.ASSIGNED: {_S.NEW: _S.ASSIGNED, _S.ASSIGNED: _S.ASSIGNED, _S.IN_PROGRESS: _S.ASSIGNED},
    Step.STARTED: {_S.ASSIGNED: _S.IN_PROGRESS},
    Step.RESOLVED: {_S.IN_PROGRESS: _S.RESOLVED},
    Step.CLOSED: {_S.RESOLVED: _S.CLOSED},
    Step.REOPENED: {_S.RESOLVED: _S.IN_PROGRESS},
}
# Steps that leave the status alone but are refused once an item is closed.
OPEN_ONLY_STEPS: Final = frozenset(
    {Step.ESCALATED, Step.PROMISED, Step.WORK_ORDER_ADDED})

_REFUSALS: Final[Mapping[Step, str]] = {
    Step.ASSIGNED: QT_TRANSLATE_NOOP("Messages",
                                     "It is closed; log a new one if the guest comes back."),
    Step.STARTED: QT_TRANSLATE_NOOP("Messages", "Assign it to a department first."),
    Step.RESOLVED: QT_TRANSLATE_NOOP("Messages", "Start work on it before resolving it."),
    Step.CLOSED: QT_TRANSLATE_NOOP("Messages", "Resolve it before closing it."),
    Step.REOPENED: QT_TRANSLATE_NOOP("Messages", "Only a resolved item can be reopened."),
}
# The status inside a refusal ("This item is in progress."): ``status_label``'s words.
_STATUS_SAID: Final[Mapping[ComplaintStatus, str]] = {
    ComplaintStatus.NEW: QT_TRANSLATE_NOOP("Messages", "new"),
    ComplaintStatus.ASSIGNED: QT_TRANSLATE_NOOP("Messages", "assigned"),
    ComplaintStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Messages", "in progress"),
    ComplaintStatus.RESOLVED: QT_TRANSLATE_NOOP("Messages", "resolved"),
    ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("Messages", "closed"),
}


def allowed_transitions() -> frozenset[tuple[ComplaintStatus, ComplaintStatus]]:
    """Every (from, to) status change the lifecycle allows."""
    return frozenset((old, new) for moves in MOVES.values() for old, new in moves.items())


def status_label(status: ComplaintStatus) -> str:
    """The status inside a sentence: "This item is in progress."."""
    return label(status).lower()


def step_problem(step: Step, status: ComplaintStatus) -> Message | None:
    """Why ``step`` cannot be taken from ``status``, or None when it can."""
    if step in MOVES:
        if status in MOVES[step]:
            return None
        said = _STATUS_SAID.get(status)
        return Message(QT_TRANSLATE_NOOP("Messages", "This item is {status}. {refusal}"), {
            "status": Message(said) if said is not None else status_label(status),
            "refusal": Message(_REFUSALS[step])})
    if step in OPEN_ONLY_STEPS and status is ComplaintStatus.CLOSED:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "This item is closed; log a new one if the guest comes back."))
    return None


def next_status(step: Step, status: ComplaintStatus) -> ComplaintStatus:
    """The status after ``step``; call :func:`step_problem` first."""
    return MOVES.get(step, {}).get(status, status)


# Steps no button offers: logging, and the promise's answer (asked when resolving).
_NOT_OFFERED: Final = frozenset({Step.LOGGED, Step.PROMISE_NOT_KEPT, Step.NO_PROMISE})


def available_steps(status: ComplaintStatus) -> frozenset[Step]:
    """The steps a screen may offer for an item in ``status``."""
    return frozenset(step for step in Step
                     if step not in _NOT_OFFERED and step_problem(step, status) is None)


def is_overdue(due_at: dt.datetime | None, kept_at: dt.datetime | None, now: dt.datetime) -> bool:
    """A promise is overdue from the moment it falls due until it is kept."""
    return due_at is not None and kept_at is None and now >= due_at


def on_manager_banner(severity: Severity, status: ComplaintStatus, escalated: bool) -> bool:
    """High and critical items until someone takes them; escalated ones until resolved."""
    return ((severity in MANAGER_SEVERITIES and status is ComplaintStatus.NEW)
            or (escalated and status in ESCALATION_SHOWN_WHILE))


def belongs_in_handover(kind: FeedbackKind, status: ComplaintStatus, promise_pending: bool,
                        escalated: bool) -> bool:
    """Open complaints and requests, and anything open with a promise or an escalation."""
    if status not in OPEN_STATUSES:
        return False
    return kind in HANDOVER_KINDS or promise_pending or escalated


# --- text typed by people -------------------------------------------------------------------

def required_text_problem(text: object, what: str, limit: int = MAX_TEXT_LENGTH) -> str | None:
    """Refuse only empty, all-blank or over-long text; anything else is stored as typed."""
    if not isinstance(text, str) or not text.strip():
        return f"Please write {what}."
    return optional_text_problem(text, what, limit)


def optional_text_problem(text: object, what: str, limit: int = MAX_TEXT_LENGTH) -> str | None:
    if not isinstance(text, str):
        return f"Please write {what} as text."
    if len(text) > limit:
        return (f"{what[0].upper()}{what[1:]} is {len(text):,} characters long; "
                f"the most we keep is {limit:,}. Please shorten it.")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        return f"{what[0].upper()}{what[1:]} contains broken characters; please retype it."
    return None


def money_problem(value: Decimal) -> str | None:
    try:
        value = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return "The compensation value must be an amount like 25.00."
    if not value.is_finite() or value < 0:
        return "The compensation value must be zero or more."
    if value > MAX_COMPENSATION_VALUE:
        return "The compensation value is too large."
    if value != value.quantize(Decimal("0.01")):
        return "The compensation value can have at most two decimals."
    return None


# --- what the desk types when it logs feedback ----------------------------------------------

@dataclass(frozen=True)
class Promise:
    """A time we promised the guest an answer, who will give it, and how."""

    due_at: dt.datetime
    owner_id: int
    how: str  # how the guest will be told: "phone call to gate B7", "at the desk"


@dataclass(frozen=True)
class WorkOrderInput:
    department: Department
    description: str


@dataclass(frozen=True)
class FeedbackInput:
    """Everything the logging form collects. ``guest_id``/``visit_id`` are None for a phone call."""

    kind: FeedbackKind
    category: Category
    guest_words: str
    channel: Channel = Channel.IN_PERSON
    severity: Severity = Severity.MEDIUM
    guest_id: int | None = None
    visit_id: int | None = None
    guest_expects: str = ""
    apologised: bool = False
    immediate_action: str = ""
    compensation_kind: str = ""
    compensation_value: Decimal = Decimal(0)
    department: Department = Department.FRONT_DESK
    promise: Promise | None = None
    escalate: bool = False
    work_orders: Sequence[WorkOrderInput] = field(default_factory=tuple)


@dataclass(frozen=True)
class PraiseInput:
    """Praise: who gave it, what they praised (in their words), whom, and the agent's note.

    Praise asks for nothing, so it has no severity, no expectation, no apology and
    no follow-up: it is thanked, recorded and closed at once.
    """

    guest_words: str
    channel: Channel = Channel.IN_PERSON
    guest_id: int | None = None
    visit_id: int | None = None
    staff_id: int | None = None  # the staff member praised, attendants included
    note: str = ""


def praise_problems(entry: PraiseInput) -> dict[str, str]:
    """Every problem with the praise form, keyed by the field at fault."""
    problems = {"guest_words": required_text_problem(entry.guest_words, "what the guest praised"),
                "note": optional_text_problem(entry.note, "your note")}
    return {key: message for key, message in problems.items() if message}


@dataclass(frozen=True)
class RequestTemplate:
    """A special service request the desk logs with one touch, routed as a work order."""

    key: str
    category: Category
    department: Department
    description: str  # the work order's starting text; the agent adds the details


REQUEST_TEMPLATES: Final[Mapping[str, RequestTemplate]] = {
    t.key: t for t in (
        RequestTemplate("wheelchair", Category.OTHER, Department.AIRLINE_LIAISON,
                        "Wheelchair assistance to the gate"),
        RequestTemplate("dietary", Category.FOOD_AND_BEVERAGE, Department.FOOD_AND_BEVERAGE,
                        "Dietary needs"),
        RequestTemplate("call_before_boarding", Category.FLIGHT_INFORMATION,
                        Department.FRONT_DESK, "Call the guest before boarding"),
        RequestTemplate("meeting_point", Category.OTHER, Department.AIRLINE_LIAISON,
                        "Meet the guest at a meeting point"),
    )
}


def request_from_template(key: str, details: str, **changes: Any) -> FeedbackInput:
    """A REQUEST with one work order for the template's department.

    ``details`` is what the guest asked for, in their words ("gluten free, no nuts");
    it becomes both the guest's words and the end of the work order's description.
    ``changes`` set any other field of :class:`FeedbackInput` (``visit_id=...``).
    """
    template = REQUEST_TEMPLATES[key]
    description = f"{template.description}: {details}" if details.strip() else template.description
    request = FeedbackInput(
        kind=FeedbackKind.REQUEST, category=template.category, guest_words=details,
        severity=Severity.MEDIUM, department=template.department,
        work_orders=(WorkOrderInput(template.department, description),))
    return replace(request, **changes)


def promise_problem(promise: Promise, now: dt.datetime) -> str | None:
    if promise.due_at.tzinfo is None:
        return "The promise time has no time zone; take it from the clock."
    if promise.due_at <= now:
        return "A follow-up promise must be for a time still to come."
    if problem := required_text_problem(promise.how, "how the guest will be told",
                                        MAX_PROMISE_HOW_LENGTH):
        return problem
    return None


def feedback_problems(entry: FeedbackInput, now: dt.datetime) -> dict[str, str]:
    """Every problem with what the desk typed, keyed by the field at fault."""
    problems: dict[str, str | None] = {}
    needs_words = not (entry.kind is FeedbackKind.REQUEST and entry.work_orders)
    if needs_words:
        problems["guest_words"] = required_text_problem(entry.guest_words, "the guest's own words")
    else:
        problems["guest_words"] = optional_text_problem(entry.guest_words, "the guest's own words")
    problems["guest_expects"] = optional_text_problem(entry.guest_expects, "what the guest expects")
    problems["immediate_action"] = optional_text_problem(entry.immediate_action,
                                                         "what was done at once")
    problems["compensation_kind"] = optional_text_problem(
        entry.compensation_kind, "the kind of compensation", MAX_COMPENSATION_KIND_LENGTH)
    problems["compensation_value"] = money_problem(entry.compensation_value)
    if (not problems["compensation_value"] and Decimal(entry.compensation_value) > 0
            and not problems["compensation_kind"] and not entry.compensation_kind.strip()):
        problems["compensation_kind"] = "Please say what compensation was offered."
    if entry.promise is not None:
        problems["promise"] = promise_problem(entry.promise, now)
    for order in entry.work_orders:
        if problem := required_text_problem(order.description, "what the department must do"):
            problems["work_orders"] = problem
            break
    return {key: message for key, message in problems.items() if message}
