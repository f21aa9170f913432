"""The complaint lifecycle, what is overdue, and what the duty manager sees: pure rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from vipdesk.domain import complaints as rules
from vipdesk.domain.complaints import FeedbackInput, Promise, Step, WorkOrderInput
from vipdesk.domain.vocabulary import (
    Category,
    Department,
    FeedbackKind,
    Severity,
)
from vipdesk.domain.vocabulary import (
    ComplaintStatus as S,
)

NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)


def complaint(**changes: object) -> FeedbackInput:
    fields: dict[str, object] = dict(kind=FeedbackKind.COMPLAINT, category=Category.NOISE,
                                     guest_words="It is far too loud here.")
    fields.update(changes)
    return FeedbackInput(**fields)  # type: ignore[arg-type]


def test_the_lifecycle_allows_exactly_the_documented_moves() -> None:
    assert rules.allowed_transitions() == {
        (S.NEW, S.ASSIGNED), (S.ASSIGNED, S.IN_PROGRESS), (S.IN_PROGRESS, S.RESOLVED),
        (S.RESOLVED, S.CLOSED), (S.RESOLVED, S.IN_PROGRESS),
        # re-routing to another department or owner before the work is done
        (S.ASSIGNED, S.ASSIGNED), (S.IN_PROGRESS, S.ASSIGNED),
    }


@pytest.mark.parametrize(("step", "status"), [
    (Step.STARTED, S.NEW), (Step.RESOLVED, S.NEW), (Step.RESOLVED, S.ASSIGNED),
    (Step.CLOSED, S.IN_PROGRESS), (Step.CLOSED, S.NEW), (Step.REOPENED, S.CLOSED),
    (Step.REOPENED, S.IN_PROGRESS), (Step.ASSIGNED, S.CLOSED), (Step.ASSIGNED, S.RESOLVED),
    (Step.ESCALATED, S.CLOSED), (Step.PROMISED, S.CLOSED), (Step.WORK_ORDER_ADDED, S.CLOSED),
])
def test_illegal_steps_are_refused_with_a_message(step: Step, status: S) -> None:
    problem = rules.step_problem(step, status)
    assert problem and status.value.replace("_", " ") in problem


def test_notes_and_finishing_work_orders_are_allowed_even_when_closed() -> None:
    for step in (Step.NOTE, Step.WORK_ORDER_DONE, Step.PROMISE_KEPT):
        assert rules.step_problem(step, S.CLOSED) is None


def test_available_steps_follow_the_status() -> None:
    assert Step.ASSIGNED in rules.available_steps(S.NEW)
    assert Step.RESOLVED not in rules.available_steps(S.NEW)
    assert {Step.CLOSED, Step.REOPENED} <= rules.available_steps(S.RESOLVED)
    assert rules.available_steps(S.CLOSED) == {Step.NOTE, Step.PROMISE_KEPT, Step.WORK_ORDER_DONE,
                                               Step.WORK_ORDER_CANCELLED}


def test_a_promise_is_overdue_from_its_due_time_until_kept() -> None:
    due = NOW + dt.timedelta(minutes=30)
    assert not rules.is_overdue(due, None, due - dt.timedelta(seconds=1))
    assert rules.is_overdue(due, None, due)
    assert rules.is_overdue(due, None, due + dt.timedelta(hours=5))
    assert not rules.is_overdue(due, due - dt.timedelta(minutes=1), due + dt.timedelta(hours=1))
    assert not rules.is_overdue(None, None, due)


@pytest.mark.parametrize(("severity", "status", "escalated", "shown"), [
    (Severity.CRITICAL, S.NEW, False, True),
    (Severity.HIGH, S.NEW, False, True),
    (Severity.MEDIUM, S.NEW, False, False),
    (Severity.HIGH, S.ASSIGNED, False, False),  # someone has taken it
    (Severity.LOW, S.NEW, True, True),
    (Severity.LOW, S.IN_PROGRESS, True, True),
    (Severity.CRITICAL, S.RESOLVED, True, False),
    (Severity.CRITICAL, S.CLOSED, True, False),
])
def test_the_duty_manager_sees_severe_new_items_and_escalations(
        severity: Severity, status: S, escalated: bool, shown: bool) -> None:
    assert rules.on_manager_banner(severity, status, escalated) is shown


def test_guest_words_are_required_for_a_complaint_and_blank_is_refused() -> None:
    for blank in ("", " ", "\n\t ", "\u3000"):
        assert "guest_words" in rules.feedback_problems(complaint(guest_words=blank), NOW)
    assert rules.feedback_problems(complaint(guest_words="  odd spacing  "), NOW) == {}


def test_a_request_with_a_work_order_needs_no_words() -> None:
    entry = complaint(kind=FeedbackKind.REQUEST, guest_words="",
                      work_orders=(WorkOrderInput(Department.AIRLINE_LIAISON, "Wheelchair"),))
    assert rules.feedback_problems(entry, NOW) == {}


def test_very_long_text_gets_a_clear_message() -> None:
    problems = rules.feedback_problems(complaint(guest_words="x" * 20_001), NOW)
    assert "20,000" in problems["guest_words"] and "shorten" in problems["guest_words"]
    assert rules.feedback_problems(complaint(guest_words="x" * 20_000), NOW) == {}


@pytest.mark.parametrize(("value", "ok"), [
    (Decimal("0"), True), (Decimal("25.50"), True), (Decimal("-1"), False),
    (Decimal("1.005"), False), (Decimal("NaN"), False), (Decimal("1e12"), False),
])
def test_compensation_value_is_money_of_zero_or_more(value: Decimal, ok: bool) -> None:
    problems = rules.feedback_problems(
        complaint(compensation_kind="Voucher", compensation_value=value), NOW)
    assert ("compensation_value" not in problems) is ok


def test_compensation_with_a_value_needs_a_kind() -> None:
    problems = rules.feedback_problems(complaint(compensation_value=Decimal(10)), NOW)
    assert "compensation_kind" in problems


def test_a_promise_must_be_for_the_future_and_say_how() -> None:
    future = NOW + dt.timedelta(minutes=20)
    assert rules.promise_problem(Promise(future, 1, "Call at the gate"), NOW) is None
    assert "still to come" in (rules.promise_problem(Promise(NOW, 1, "Call"), NOW) or "")
    assert rules.promise_problem(Promise(future, 1, "   "), NOW)
    assert rules.promise_problem(Promise(future.replace(tzinfo=None), 1, "Call"), NOW)


def test_request_templates_route_special_services_as_work_orders() -> None:
    assert set(rules.REQUEST_TEMPLATES) == {"wheelchair", "dietary", "call_before_boarding",
                                            "meeting_point"}
    entry = rules.request_from_template("dietary", "Gluten free, no nuts")
    assert entry.kind is FeedbackKind.REQUEST
    assert entry.work_orders[0].department is Department.FOOD_AND_BEVERAGE
    assert entry.work_orders[0].description.endswith("Gluten free, no nuts")
    assert rules.feedback_problems(entry, NOW) == {}


def test_the_handover_lists_open_complaints_requests_and_anything_promised() -> None:
    assert rules.belongs_in_handover(FeedbackKind.COMPLAINT, S.RESOLVED, False, False)
    assert rules.belongs_in_handover(FeedbackKind.REQUEST, S.NEW, False, False)
    assert not rules.belongs_in_handover(FeedbackKind.PRAISE, S.NEW, False, False)
    assert rules.belongs_in_handover(FeedbackKind.PRAISE, S.NEW, True, False)
    assert not rules.belongs_in_handover(FeedbackKind.COMPLAINT, S.CLOSED, True, True)
