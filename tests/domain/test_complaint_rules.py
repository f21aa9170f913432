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
    assert problem and status.value.replace("_", " ") in str(problem)


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


# --- the exact words and bounds of every rule (issue 17: tests that can fail) -----------------

LATER = NOW + dt.timedelta(minutes=30)


def test_a_promise_is_pending_until_kept_or_answered_and_overdue_from_its_due_time() -> None:
    assert rules.promise_pending(LATER, None)
    assert rules.promise_pending(LATER, None, "")
    assert not rules.promise_pending(None, None)
    assert not rules.promise_pending(LATER, NOW)
    assert not rules.promise_pending(LATER, None, "not_kept")
    assert not rules.promise_overdue(LATER, None, "", LATER - dt.timedelta(seconds=1))
    assert rules.promise_overdue(LATER, None, "", LATER)
    assert rules.promise_overdue(LATER, None, "", LATER + dt.timedelta(days=2))
    assert not rules.promise_overdue(LATER, NOW, "", LATER)
    assert not rules.promise_overdue(LATER, None, "no_promise", LATER)
    assert not rules.promise_overdue(None, None, "", LATER)


@pytest.mark.parametrize(("pending", "outcome", "problem"), [
    (True, None, "Please say whether the promise to the guest was kept."),
    (True, rules.PromiseOutcome.KEPT, None),
    (True, rules.PromiseOutcome.NOT_KEPT, None),
    (True, rules.PromiseOutcome.NO_PROMISE, None),
    (False, None, None),
    (False, rules.PromiseOutcome.KEPT, "This item has no promise waiting to be kept."),
    (False, rules.PromiseOutcome.NOT_KEPT, "This item has no promise waiting to be kept."),
    (False, rules.PromiseOutcome.NO_PROMISE, None),  # "there was no promise": always true
])
def test_resolving_asks_for_the_promise_outcome_only_when_one_is_pending(
        pending: bool, outcome: rules.PromiseOutcome | None, problem: str | None) -> None:
    said = rules.outcome_problem(pending, outcome)
    assert (None if said is None else str(said)) == problem


def test_a_refused_step_names_the_status_and_what_to_do_instead() -> None:
    assert str(rules.step_problem(Step.STARTED, S.NEW)) == (
        "This item is new. Assign it to a department first.")
    assert str(rules.step_problem(Step.RESOLVED, S.ASSIGNED)) == (
        "This item is assigned. Start work on it before resolving it.")
    assert str(rules.step_problem(Step.CLOSED, S.IN_PROGRESS)) == (
        "This item is in progress. Resolve it before closing it.")
    assert str(rules.step_problem(Step.REOPENED, S.CLOSED)) == (
        "This item is closed. Only a resolved item can be reopened.")
    assert str(rules.step_problem(Step.ASSIGNED, S.CLOSED)) == (
        "This item is closed. It is closed; log a new one if the guest comes back.")
    for step in (Step.ESCALATED, Step.PROMISED, Step.WORK_ORDER_ADDED):
        assert str(rules.step_problem(step, S.CLOSED)) == (
            "This item is closed; log a new one if the guest comes back.")
        assert rules.step_problem(step, S.RESOLVED) is None


@pytest.mark.parametrize(("step", "status", "after"), [
    (Step.ASSIGNED, S.NEW, S.ASSIGNED), (Step.ASSIGNED, S.IN_PROGRESS, S.ASSIGNED),
    (Step.STARTED, S.ASSIGNED, S.IN_PROGRESS), (Step.RESOLVED, S.IN_PROGRESS, S.RESOLVED),
    (Step.CLOSED, S.RESOLVED, S.CLOSED), (Step.REOPENED, S.RESOLVED, S.IN_PROGRESS),
    # steps that leave the status alone
    (Step.NOTE, S.IN_PROGRESS, S.IN_PROGRESS), (Step.ESCALATED, S.NEW, S.NEW),
    (Step.PROMISE_KEPT, S.CLOSED, S.CLOSED),
])
def test_each_step_moves_the_status_as_the_lifecycle_says(step: Step, status: S,
                                                          after: S) -> None:
    assert rules.next_status(step, status) is after


def test_text_problems_say_which_text_and_how_long_it_may_be() -> None:
    problems = rules.feedback_problems(complaint(guest_words=""), NOW)
    assert problems == {"guest_words": "Please write the guest's own words."}
    problems = rules.feedback_problems(complaint(guest_words="x" * 20_001), NOW)
    assert problems == {"guest_words": "The guest's own words is 20,001 characters long; "
                                       "the most we keep is 20,000. Please shorten it."}
    assert rules.required_text_problem(None, "a note") == "Please write a note."
    assert rules.optional_text_problem(7, "a note") == "Please write a note as text."


@pytest.mark.parametrize(("field", "what"), [
    ("guest_expects", "What the guest expects"),
    ("immediate_action", "What was done at once"),
])
def test_optional_texts_are_checked_too(field: str, what: str) -> None:
    assert rules.feedback_problems(complaint(**{field: "x" * 20_000}), NOW) == {}
    assert rules.feedback_problems(complaint(**{field: "x" * 20_001}), NOW) == {
        field: f"{what} is 20,001 characters long; the most we keep is 20,000. "
               "Please shorten it."}
    assert rules.feedback_problems(complaint(**{field: "bad \ud800"}), NOW) == {
        field: f"{what} contains broken characters; please retype it."}


@pytest.mark.parametrize("char", ["\ud800", "\udbff", "\udc00", "\udfff"])
def test_a_lone_surrogate_anywhere_in_its_range_is_refused(char: str) -> None:
    assert rules.feedback_problems(complaint(guest_words=f"too loud{char}"), NOW) == {
        "guest_words": "The guest's own words contains broken characters; please retype it."}


@pytest.mark.parametrize("char", ["\ud7ff", "\ue000", "\U0001f600"])
def test_characters_next_to_the_surrogates_are_kept(char: str) -> None:
    assert rules.feedback_problems(complaint(guest_words=f"too loud{char}"), NOW) == {}


def test_a_request_with_work_orders_may_still_not_have_broken_words() -> None:
    entry = complaint(kind=FeedbackKind.REQUEST, guest_words="x" * 20_001,
                      work_orders=(WorkOrderInput(Department.AIRLINE_LIAISON, "Wheelchair"),))
    assert rules.feedback_problems(entry, NOW) == {
        "guest_words": "The guest's own words is 20,001 characters long; the most we keep is "
                       "20,000. Please shorten it."}


def test_only_a_request_with_a_work_order_may_leave_the_guests_words_out() -> None:
    order = (WorkOrderInput(Department.AIRLINE_LIAISON, "Wheelchair"),)
    assert rules.feedback_problems(complaint(guest_words="", work_orders=order), NOW) == {
        "guest_words": "Please write the guest's own words."}
    assert rules.feedback_problems(complaint(kind=FeedbackKind.REQUEST, guest_words=""), NOW) == {
        "guest_words": "Please write the guest's own words."}


def test_a_work_order_needs_a_description() -> None:
    orders = (WorkOrderInput(Department.AIRLINE_LIAISON, "Wheelchair"),
              WorkOrderInput(Department.FRONT_DESK, "  "),
              WorkOrderInput(Department.FRONT_DESK, ""))
    assert rules.feedback_problems(complaint(work_orders=orders), NOW) == {
        "work_orders": "Please write what the department must do."}


@pytest.mark.parametrize(("value", "problem"), [
    (Decimal("0"), None),
    (Decimal("0.01"), None),
    (Decimal("99999999.99"), None),
    (Decimal("100000000.00"), "The compensation value is too large."),
    (Decimal("-0.01"), "The compensation value must be zero or more."),
    (Decimal("Infinity"), "The compensation value must be zero or more."),
    (Decimal("NaN"), "The compensation value must be zero or more."),
    (Decimal("1.005"), "The compensation value can have at most two decimals."),
    ("twenty", "The compensation value must be an amount like 25.00."),
    (None, "The compensation value must be an amount like 25.00."),
])
def test_the_compensation_value_problem_in_words(value: object, problem: str | None) -> None:
    assert rules.money_problem(value) == problem  # type: ignore[arg-type]


def test_compensation_needs_its_kind_from_one_cent_and_the_kind_is_at_most_80_characters() -> None:
    assert rules.feedback_problems(complaint(compensation_value=Decimal("0.01")), NOW) == {
        "compensation_kind": "Please say what compensation was offered."}
    assert rules.feedback_problems(complaint(compensation_value=Decimal("0.5"),
                                             compensation_kind="  "), NOW) == {
        "compensation_kind": "Please say what compensation was offered."}
    assert rules.feedback_problems(complaint(compensation_kind="x" * 80,
                                             compensation_value=Decimal(5)), NOW) == {}
    assert rules.feedback_problems(complaint(compensation_kind="x" * 81,
                                             compensation_value=Decimal(5)), NOW) == {
        "compensation_kind": "The kind of compensation is 81 characters long; the most we keep "
                             "is 80. Please shorten it."}
    assert rules.feedback_problems(complaint(compensation_kind="x" * 81), NOW) == {
        "compensation_kind": "The kind of compensation is 81 characters long; the most we keep "
                             "is 80. Please shorten it."}


def test_a_promise_problem_in_words() -> None:
    assert rules.promise_problem(Promise(LATER.replace(tzinfo=None), 1, "Call"), NOW) == (
        "The promise time has no time zone; take it from the clock.")
    assert rules.promise_problem(Promise(NOW, 1, "Call"), NOW) == (
        "A follow-up promise must be for a time still to come.")
    assert rules.promise_problem(Promise(NOW + dt.timedelta(seconds=1), 1, "Call"), NOW) is None
    assert rules.promise_problem(Promise(LATER, 1, " "), NOW) == (
        "Please write how the guest will be told.")
    assert rules.promise_problem(Promise(LATER, 1, "x" * 200), NOW) is None
    assert rules.promise_problem(Promise(LATER, 1, "x" * 201), NOW) == (
        "How the guest will be told is 201 characters long; the most we keep is 200. "
        "Please shorten it.")


def test_the_logging_form_reports_the_promise_at_the_time_of_logging() -> None:
    entry = complaint(promise=Promise(LATER, 1, "Call at the gate"))
    assert rules.feedback_problems(entry, NOW) == {}
    assert rules.feedback_problems(entry, LATER) == {
        "promise": "A follow-up promise must be for a time still to come."}


def test_praise_needs_the_guests_words_and_a_note_that_fits() -> None:
    assert rules.praise_problems(rules.PraiseInput(guest_words="Lovely staff")) == {}
    assert rules.praise_problems(rules.PraiseInput(guest_words=" ", note="x" * 20_001)) == {
        "guest_words": "Please write what the guest praised.",
        "note": "Your note is 20,001 characters long; the most we keep is 20,000. "
                "Please shorten it."}


def test_a_request_template_fills_the_whole_request() -> None:
    entry = rules.request_from_template("wheelchair", "to gate B7", visit_id=12)
    assert entry == FeedbackInput(
        kind=FeedbackKind.REQUEST, category=Category.OTHER, guest_words="to gate B7",
        severity=Severity.MEDIUM, department=Department.AIRLINE_LIAISON, visit_id=12,
        work_orders=(WorkOrderInput(Department.AIRLINE_LIAISON,
                                    "Wheelchair assistance to the gate: to gate B7"),))
    bare = rules.request_from_template("call_before_boarding", "  ")
    assert bare.work_orders == (WorkOrderInput(Department.FRONT_DESK,
                                               "Call the guest before boarding"),)
    assert bare.category is Category.FLIGHT_INFORMATION
