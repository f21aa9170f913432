"""Complaints, praise and requests through the services: logging, follow-through, banners, lists."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from playhouse.test_utils import count_queries

from tests.conftest import MANAGER_PIN
from tests.helpers import engine
from tests.helpers.shared_data import naughty_strings
from vipdesk.clock import FakeClock
from vipdesk.domain.complaints import (
    REQUEST_TEMPLATES,
    PromiseOutcome,
    Step,
    request_from_template,
)
from vipdesk.domain.vocabulary import (
    Category,
    Channel,
    ComplaintStatus,
    Department,
    Entitlement,
    FeedbackKind,
    Role,
    Severity,
    VisitStatus,
    WorkOrderStatus,
)
from vipdesk.services import alerts, complaints, staff
from vipdesk.services.complaints import (
    ComplaintFilter,
    FeedbackInput,
    FeedbackRejected,
    FeedbackRow,
    Promise,
    SortKey,
    WorkOrderInput,
)
from vipdesk.services.session import NotSignedIn, PermissionDenied, ServiceError, Session
from vipdesk.storage.models import (
    AuditEvent,
    BaseModel,
    Complaint,
    ComplaintEvent,
    Guest,
    Lounge,
    Staff,
    Visit,
    WorkOrder,
)

UTC = dt.UTC


def make_guest(clock: FakeClock, surname: str = "Chen", given: str = "Li", title: str = "Ms",
               language: str = "en") -> Guest:
    return Guest.create(surname=surname, given_names=given, title=title, language=language,
                        created_at=clock.now())


def make_visit(clock: FakeClock, lounge: Lounge, guest: Guest, by: Staff) -> Visit:
    return Visit.create(lounge=lounge, guest=guest, status=VisitStatus.SEATED,
                        arrived_at=clock.now(), entitlement=Entitlement.CABIN, checked_in_by=by)


def complaint(**changes: object) -> FeedbackInput:
    fields: dict[str, object] = dict(
        kind=FeedbackKind.COMPLAINT, category=Category.FOOD_AND_BEVERAGE,
        guest_words="The coffee was cold.", department=Department.FOOD_AND_BEVERAGE)
    fields.update(changes)
    return FeedbackInput(**fields)  # type: ignore[arg-type]


def steps(session: Session, complaint_id: int) -> list[tuple[Step, ComplaintStatus]]:
    return [(h.step, h.status) for h in complaints.complaint_history(session, complaint_id)]


def in_progress(session: Session, **changes: object) -> FeedbackRow:
    item = complaints.log_feedback(session, complaint(**changes))
    complaints.assign(session, item.id, Department.FOOD_AND_BEVERAGE)
    return complaints.start_work(session, item.id)


# --- logging -----------------------------------------------------------------------------------

def test_a_complaint_from_a_guest_on_the_board_is_recorded_in_their_words(
        desk_session: Session, lounge: Lounge, team: dict[str, Staff], clock: FakeClock) -> None:
    guest = make_guest(clock)
    visit = make_visit(clock, lounge, guest, team["desk"])
    item = complaints.log_feedback(desk_session, complaint(
        visit_id=visit.id, severity=Severity.MEDIUM, guest_words="  The coffee was COLD.\n\n",
        guest_expects="A fresh cup", apologised=True, immediate_action="Brought a new cup",
        compensation_kind="Drink voucher", compensation_value=Decimal("12.50")))
    detail = complaints.get_feedback(desk_session, item.id)
    row = detail.summary
    assert (row.guest_id, row.visit_id, row.guest_name) == (guest.id, visit.id, "Ms Li Chen")
    assert row.guest_words == "  The coffee was COLD.\n\n", "stored exactly as typed"
    assert (row.status, row.kind, row.department) == (
        ComplaintStatus.NEW, FeedbackKind.COMPLAINT, Department.FOOD_AND_BEVERAGE)
    assert detail.apologised and detail.compensation_value == Decimal("12.50")
    assert detail.created_by_name == "Dina Desk"
    assert steps(desk_session, item.id) == [(Step.LOGGED, ComplaintStatus.NEW)]
    audit = AuditEvent.get(AuditEvent.action == "complaint.log")
    assert (audit.entity, audit.entity_id) == ("complaint", item.id)
    assert "coffee" not in audit.detail.lower() and "Chen" not in audit.detail


def test_a_phone_call_needs_no_guest(desk_session: Session) -> None:
    item = complaints.log_feedback(desk_session, complaint(channel=Channel.PHONE))
    row = complaints.get_feedback(desk_session, item.id).summary
    assert (row.guest_id, row.visit_id, row.guest_name, row.channel) == (
        None, None, "", Channel.PHONE)


def test_praise_is_recorded_too(desk_session: Session) -> None:
    item = complaints.log_feedback(desk_session, complaint(
        kind=FeedbackKind.PRAISE, category=Category.STAFF, severity=Severity.LOW,
        guest_words="Ali was wonderful to our children.", department=Department.MANAGEMENT))
    assert complaints.get_feedback(desk_session, item.id).summary.kind is FeedbackKind.PRAISE


def test_mistakes_are_reported_by_field_and_nothing_is_saved(
        desk_session: Session, clock: FakeClock, team: dict[str, Staff]) -> None:
    with pytest.raises(FeedbackRejected) as refused:
        complaints.log_feedback(desk_session, complaint(
            guest_words="   ", compensation_value=Decimal("-5"), visit_id=999,
            promise=Promise(clock.now() - dt.timedelta(minutes=1), team["desk"].id, "Call")))
    assert set(refused.value.problems) == {"guest_words", "compensation_value", "visit_id",
                                           "promise"}
    assert Complaint.select().count() == 0 and ComplaintEvent.select().count() == 0
    assert not AuditEvent.select().where(AuditEvent.action == "complaint.log").exists()


def test_a_promise_owner_must_be_active_staff_of_the_lounge(
        desk_session: Session, clock: FakeClock) -> None:
    with pytest.raises(FeedbackRejected, match="keeps the promise"):
        complaints.log_feedback(desk_session, complaint(
            promise=Promise(clock.now() + dt.timedelta(hours=1), 9999, "Call")))


def test_special_service_requests_are_routed_as_work_orders(
        desk_session: Session, lounge: Lounge, team: dict[str, Staff], clock: FakeClock) -> None:
    visit = make_visit(clock, lounge, make_guest(clock), team["desk"])
    for key in REQUEST_TEMPLATES:
        complaints.log_feedback(desk_session, request_from_template(key, "", visit_id=visit.id))
    orders = complaints.open_work_orders(desk_session)
    assert [o.department for o in orders] == [
        t.department for t in REQUEST_TEMPLATES.values()]
    assert all(o.kind is FeedbackKind.REQUEST and o.guest_name == "Ms Li Chen" for o in orders)
    wheelchair = complaints.open_work_orders(desk_session, Department.AIRLINE_LIAISON)[0]
    assert "Wheelchair" in wheelchair.description


# --- follow-through ----------------------------------------------------------------------------

def test_the_whole_lifecycle_is_recorded_as_history(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    item = complaints.log_feedback(desk_session, complaint())
    clock.advance(minutes=1)
    complaints.assign(desk_session, item.id, Department.FOOD_AND_BEVERAGE, team["manager"].id)
    clock.advance(minutes=1)
    complaints.start_work(desk_session, item.id)
    clock.advance(minutes=1)
    complaints.add_note(desk_session, item.id, "Kitchen is brewing a new pot.")
    clock.advance(minutes=1)
    complaints.resolve(desk_session, item.id, "New pot brewed; fresh cup served.")
    clock.advance(minutes=1)
    complaints.close(desk_session, item.id, "Told the guest at their seat.")

    history = complaints.complaint_history(desk_session, item.id)
    assert [(h.step, h.status) for h in history] == [
        (Step.LOGGED, ComplaintStatus.NEW), (Step.ASSIGNED, ComplaintStatus.ASSIGNED),
        (Step.STARTED, ComplaintStatus.IN_PROGRESS), (Step.NOTE, ComplaintStatus.IN_PROGRESS),
        (Step.RESOLVED, ComplaintStatus.RESOLVED), (Step.CLOSED, ComplaintStatus.CLOSED)]
    assert [h.at for h in history] == [
        dt.datetime(2026, 11, 23, 8, m, tzinfo=UTC) for m in range(6)]
    assert {h.staff_name for h in history} == {"Dina Desk"}
    assert "Mads Manager" in history[1].note
    assert history[4].note == "New pot brewed; fresh cup served."
    detail = complaints.get_feedback(desk_session, item.id)
    assert detail.summary.owner_name == "Mads Manager"
    assert detail.summary.resolution == "New pot brewed; fresh cup served."
    assert detail.available_steps == {Step.NOTE, Step.PROMISE_KEPT, Step.WORK_ORDER_DONE,
                                      Step.WORK_ORDER_CANCELLED}
    actions = [a for (a,) in AuditEvent.select(AuditEvent.action)
               .where(AuditEvent.action.startswith("complaint.")).tuples()]
    assert actions == ["complaint.log", "complaint.assign", "complaint.start_work",
                       "complaint.add_note", "complaint.resolve", "complaint.close"]


def test_every_action_hands_back_a_frozen_record_of_the_item_as_it_now_is(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    """Issue 17: what leaves the service is a record, never a row a screen could save."""
    item = complaints.log_feedback(desk_session, complaint(promise=Promise(
        clock.now() + dt.timedelta(minutes=10), team["desk"].id, "Call at gate B7")))
    assigned = complaints.assign(desk_session, item.id, Department.IT, team["manager"].id)
    note = complaints.add_note(desk_session, item.id, "Router checked")
    order = complaints.add_work_order(desk_session, item.id, Department.IT, "Reset the Wi-Fi")
    started = complaints.start_work(desk_session, item.id)
    done = complaints.complete_work_order(desk_session, order.id, "Reset")
    resolved = complaints.resolve(desk_session, item.id, "Wi-Fi back", PromiseOutcome.KEPT)
    records = [item, assigned, note, order, started, done, resolved]
    assert not any(isinstance(r, BaseModel) for r in records)
    for record in records:
        with pytest.raises(dataclasses.FrozenInstanceError):
            record.id = 0  # type: ignore[misc]
    assert (assigned.status, assigned.owner_name) == (ComplaintStatus.ASSIGNED, "Mads Manager")
    assert (note.step, note.staff_name, note.note) == (Step.NOTE, "Dina Desk", "Router checked")
    assert (order.status, order.complaint_id, done.status) == (
        WorkOrderStatus.OPEN, item.id, WorkOrderStatus.DONE)
    assert started.open_work_orders == 1
    assert (resolved.status, resolved.resolution, resolved.promise_pending) == (
        ComplaintStatus.RESOLVED, "Wi-Fi back", False), "read after the promise was settled"
    assert resolved == complaints.get_feedback(desk_session, item.id).summary


@pytest.mark.parametrize("resolution", ["", "   ", "\n\t"])
def test_no_resolve_without_a_resolution(desk_session: Session, resolution: str) -> None:
    item = in_progress(desk_session)
    with pytest.raises(ServiceError, match="resolve"):
        complaints.resolve(desk_session, item.id, resolution)
    assert Complaint.get_by_id(item.id).status is ComplaintStatus.IN_PROGRESS
    assert steps(desk_session, item.id)[-1] == (Step.STARTED, ComplaintStatus.IN_PROGRESS)


def test_illegal_transitions_are_refused_and_change_nothing(desk_session: Session) -> None:
    item = complaints.log_feedback(desk_session, complaint())
    with pytest.raises(ServiceError, match="Assign it"):
        complaints.start_work(desk_session, item.id)
    with pytest.raises(ServiceError, match="Start work"):
        complaints.resolve(desk_session, item.id, "Done")
    with pytest.raises(ServiceError, match="Resolve it"):
        complaints.close(desk_session, item.id, "Told them")
    with pytest.raises(ServiceError, match="Only a resolved"):
        complaints.reopen(desk_session, item.id, "Guest came back")
    assert Complaint.get_by_id(item.id).status is ComplaintStatus.NEW
    assert len(steps(desk_session, item.id)) == 1


def test_a_resolved_item_can_be_reopened_and_a_closed_one_cannot(desk_session: Session) -> None:
    item = in_progress(desk_session)
    complaints.resolve(desk_session, item.id, "Replaced the cup")
    complaints.reopen(desk_session, item.id, "Still cold")
    assert Complaint.get_by_id(item.id).status is ComplaintStatus.IN_PROGRESS
    assert Complaint.get_by_id(item.id).resolved_at is None
    complaints.resolve(desk_session, item.id, "New machine")
    complaints.close(desk_session, item.id, "Told at the desk")
    with pytest.raises(ServiceError, match="closed"):
        complaints.reopen(desk_session, item.id, "Again")
    with pytest.raises(ServiceError, match="closed"):
        complaints.escalate(desk_session, item.id, "Angry")
    assert steps(desk_session, item.id)[-3:] == [
        (Step.REOPENED, ComplaintStatus.IN_PROGRESS), (Step.RESOLVED, ComplaintStatus.RESOLVED),
        (Step.CLOSED, ComplaintStatus.CLOSED)]


def test_reassigning_sends_the_item_back_to_assigned(
        desk_session: Session, team: dict[str, Staff]) -> None:
    item = in_progress(desk_session)
    complaints.assign(desk_session, item.id, Department.HOUSEKEEPING, team["attendant"].id)
    row = complaints.get_feedback(desk_session, item.id).summary
    assert (row.status, row.department, row.owner_id) == (
        ComplaintStatus.ASSIGNED, Department.HOUSEKEEPING, team["attendant"].id)


ACTIONS: dict[str, Callable[[Session, int], object]] = {
    "log": lambda s, i: complaints.log_feedback(s, complaint()),
    "assign": lambda s, i: complaints.assign(s, i, Department.IT),
    "start_work": lambda s, i: complaints.start_work(s, i),
    "resolve": lambda s, i: complaints.resolve(s, i, "Done"),
    "close": lambda s, i: complaints.close(s, i, "Told"),
    "reopen": lambda s, i: complaints.reopen(s, i, "Again"),
    "escalate": lambda s, i: complaints.escalate(s, i, "Angry"),
    "keep_promise": lambda s, i: complaints.keep_promise(s, i, "Called"),
    "add_note": lambda s, i: complaints.add_note(s, i, "Note"),
    "add_work_order": lambda s, i: complaints.add_work_order(s, i, Department.IT, "Fix Wi-Fi"),
    "complete_work_order": lambda s, i: complaints.complete_work_order(s, i),
    "cancel_work_order": lambda s, i: complaints.cancel_work_order(s, i, "Not needed"),
    "make_promise": lambda s, i: complaints.make_promise(
        s, i, Promise(s.clock.now() + dt.timedelta(hours=1), 1, "Call")),
}


def test_no_change_without_a_signed_in_staff_member(desk_session: Session) -> None:
    item = complaints.log_feedback(desk_session, complaint(
        work_orders=(WorkOrderInput(Department.IT, "Reset router"),)))
    staff.sign_out(desk_session)
    before = (Complaint.select().count(), ComplaintEvent.select().count(),
              WorkOrder.select().where(WorkOrder.status == WorkOrderStatus.OPEN).count(),
              AuditEvent.select().count())
    for name, change in ACTIONS.items():
        with pytest.raises(NotSignedIn):
            change(desk_session, item.id)
        assert (Complaint.select().count(), ComplaintEvent.select().count(),
                WorkOrder.select().where(WorkOrder.status == WorkOrderStatus.OPEN).count(),
                AuditEvent.select().count()) == before, name
    assert Complaint.get_by_id(item.id).status is ComplaintStatus.NEW


def test_a_locked_desk_changes_nothing(desk_session: Session) -> None:
    item = complaints.log_feedback(desk_session, complaint())
    staff.lock(desk_session)
    with pytest.raises(NotSignedIn):
        complaints.assign(desk_session, item.id, Department.IT)
    assert Complaint.get_by_id(item.id).status is ComplaintStatus.NEW


def test_work_orders_are_completed_or_cancelled_once_and_logged(desk_session: Session) -> None:
    item = complaints.log_feedback(desk_session, complaint(work_orders=(
        WorkOrderInput(Department.HOUSEKEEPING, "Clean table 4"),
        WorkOrderInput(Department.IT, "Reset the Wi-Fi"))))
    clean, wifi = WorkOrder.select().order_by(WorkOrder.id)
    assert complaints.get_feedback(desk_session, item.id).summary.open_work_orders == 2
    complaints.complete_work_order(desk_session, clean.id, "Done by Ali")
    complaints.cancel_work_order(desk_session, wifi.id, "Guest left")
    with pytest.raises(ServiceError, match="already done"):
        complaints.complete_work_order(desk_session, clean.id)
    detail = complaints.get_feedback(desk_session, item.id)
    assert [w.status for w in detail.work_orders] == [WorkOrderStatus.DONE,
                                                      WorkOrderStatus.CANCELLED]
    assert detail.summary.open_work_orders == 0
    assert [h.step for h in detail.history] == [
        Step.LOGGED, Step.WORK_ORDER_ADDED, Step.WORK_ORDER_ADDED, Step.WORK_ORDER_DONE,
        Step.WORK_ORDER_CANCELLED]
    assert complaints.open_work_orders(desk_session) == []


# --- promises and banners ----------------------------------------------------------------------

def test_a_promise_is_overdue_exactly_at_its_due_time(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    due = clock.now() + dt.timedelta(minutes=30)
    item = complaints.log_feedback(desk_session, complaint(
        promise=Promise(due, team["desk"].id, "Call the guest at gate B7")))
    clock.set(due - dt.timedelta(seconds=1))
    assert complaints.overdue_promises(desk_session) == []
    assert alerts.banner_alerts(desk_session) == []
    clock.set(due)
    [overdue] = complaints.overdue_promises(desk_session)
    assert (overdue.id, overdue.promise_overdue, overdue.promise_how) == (
        item.id, True, "Call the guest at gate B7")
    [alert] = alerts.banner_alerts(desk_session)
    assert (alert.kind, alert.complaint_id, alert.since, alert.for_manager) == (
        alerts.AlertKind.OVERDUE_PROMISE, item.id, due, False)
    assert alert.severity is Severity.HIGH, "a broken promise is at least high"

    clock.advance(minutes=3)
    complaints.keep_promise(desk_session, item.id, "Called; flight info given")
    assert complaints.overdue_promises(desk_session) == []
    assert steps(desk_session, item.id)[-1] == (Step.PROMISE_KEPT, ComplaintStatus.NEW)
    with pytest.raises(ServiceError, match="no promise"):
        complaints.keep_promise(desk_session, item.id)


def test_closing_an_item_keeps_its_promise(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    item = in_progress(desk_session, promise=Promise(
        clock.now() + dt.timedelta(minutes=10), team["desk"].id, "At the desk"))
    # An item resolved before this release, its promise still pending:
    complaints.resolve(desk_session, item.id, "Sorted", PromiseOutcome.KEPT)
    Complaint.update(promise_kept_at=None, promise_outcome="").where(
        Complaint.id == item.id).execute()
    complaints.close(desk_session, item.id, "Told at the desk")
    clock.advance(hours=1)
    assert complaints.overdue_promises(desk_session) == []
    assert steps(desk_session, item.id)[-1][0] is Step.PROMISE_KEPT


def test_a_promise_can_be_made_later_or_moved(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    item = complaints.log_feedback(desk_session, complaint())
    with pytest.raises(ServiceError, match="still to come"):
        complaints.make_promise(desk_session, item.id,
                                Promise(clock.now(), team["desk"].id, "Call"))
    complaints.make_promise(desk_session, item.id, Promise(
        clock.now() + dt.timedelta(minutes=5), team["manager"].id, "Phone call"))
    clock.advance(minutes=5)
    assert [r.id for r in complaints.overdue_promises(desk_session)] == [item.id]
    complaints.make_promise(desk_session, item.id, Promise(
        clock.now() + dt.timedelta(minutes=30), team["manager"].id, "Guest agreed: 30 min"))
    assert complaints.overdue_promises(desk_session) == []
    detail = complaints.get_feedback(desk_session, item.id)
    assert (detail.summary.promise_owner_name, detail.summary.promise_how) == (
        "Mads Manager", "Guest agreed: 30 min")
    promised = [h.note for h in detail.history if h.step is Step.PROMISED]
    assert promised == ["Due 23 Nov 09:05, Mads Manager: Phone call",  # Copenhagen time
                        "Due 23 Nov 09:35, Mads Manager: Guest agreed: 30 min"]


@pytest.mark.parametrize("severity", [Severity.HIGH, Severity.CRITICAL])
def test_high_and_critical_complaints_reach_the_duty_manager_at_once(
        desk_session: Session, severity: Severity) -> None:
    quiet = complaints.log_feedback(desk_session, complaint(severity=Severity.MEDIUM))
    loud = complaints.log_feedback(desk_session, complaint(severity=severity))
    assert [r.id for r in complaints.manager_banner(desk_session)] == [loud.id]
    [alert] = alerts.banner_alerts(desk_session)
    assert (alert.kind, alert.complaint_id, alert.severity, alert.for_manager) == (
        alerts.AlertKind.SEVERE_COMPLAINT, loud.id, severity, True)
    complaints.assign(desk_session, loud.id, Department.MANAGEMENT)
    assert complaints.manager_banner(desk_session) == [], "taken: off the banner"
    assert quiet.id not in [a.complaint_id for a in alerts.banner_alerts(desk_session)]


def test_an_escalated_item_stays_on_the_managers_banner_until_resolved(
        desk_session: Session, clock: FakeClock) -> None:
    item = in_progress(desk_session, severity=Severity.LOW)
    assert complaints.manager_banner(desk_session) == []
    clock.advance(minutes=2)
    complaints.escalate(desk_session, item.id, "Guest asks for the manager")
    [alert] = alerts.banner_alerts(desk_session)
    assert (alert.kind, alert.since, alert.for_manager) == (
        alerts.AlertKind.ESCALATED, clock.now(), True)
    with pytest.raises(ServiceError, match="already"):
        complaints.escalate(desk_session, item.id, "Again")
    with pytest.raises(ServiceError, match="why"):
        complaints.escalate(desk_session, complaints.log_feedback(
            desk_session, complaint()).id, "  ")
    with pytest.raises(PermissionDenied):  # the duty manager's to close
        complaints.resolve(desk_session, item.id, "Manager apologised; lounge voucher")
    complaints.add_note(desk_session, item.id, "Guest is at the bar")  # what the desk can do
    assert staff.sign_in(desk_session, Staff.get(Staff.role == Role.DUTY_MANAGER).id,
                         MANAGER_PIN).ok
    complaints.resolve(desk_session, item.id, "Manager apologised; lounge voucher")
    assert complaints.manager_banner(desk_session) == []
    complaints.reopen(desk_session, item.id, "Guest unhappy with the voucher")
    assert [r.id for r in complaints.manager_banner(desk_session)] == [item.id]


def test_escalating_when_logging_shows_at_once(desk_session: Session) -> None:
    item = complaints.log_feedback(desk_session, complaint(escalate=True))
    assert [a.kind for a in alerts.banner_alerts(desk_session)] == [alerts.AlertKind.ESCALATED]
    assert steps(desk_session, item.id) == [(Step.LOGGED, ComplaintStatus.NEW),
                                            (Step.ESCALATED, ComplaintStatus.NEW)]


def test_the_banner_feed_takes_more_sources_and_orders_by_severity_then_age(
        desk_session: Session, clock: FakeClock) -> None:
    complaints.log_feedback(desk_session, complaint(severity=Severity.HIGH))
    clock.advance(minutes=1)
    later = complaints.log_feedback(desk_session, complaint(severity=Severity.CRITICAL))

    def fatigue(session: Session) -> list[alerts.Alert]:
        return [alerts.Alert(alerts.AlertKind.SEVERE_COMPLAINT, Severity.LOW,
                             clock.now(), guest_name="Mr Jensen", wait_id=7)]

    feed = alerts.banner_alerts(desk_session, (*alerts.SOURCES, fatigue))
    assert [a.severity for a in feed] == [Severity.CRITICAL, Severity.HIGH, Severity.LOW]
    assert feed[0].complaint_id == later.id and feed[-1].key == ("severe_complaint", 7)


def test_the_banners_are_one_query_each_however_many_items(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    for n in range(20):
        guest = make_guest(clock, surname=f"Guest{n}")
        complaints.log_feedback(desk_session, complaint(
            guest_id=guest.id, severity=Severity.CRITICAL,
            promise=Promise(clock.now() + dt.timedelta(minutes=1), team["desk"].id, "Call")))
    clock.advance(minutes=5)
    with count_queries() as counter:
        feed = alerts.banner_alerts(desk_session)
    assert len(feed) == 40 and counter.count == 2


# --- lists, filters and search ---------------------------------------------------------------

@pytest.fixture
def catalogue(desk_session: Session, clock: FakeClock, lounge: Lounge) -> dict[str, int]:
    """A few items across kinds, categories, severities, departments and days."""
    made = {}

    def log(name: str, at: dt.datetime, **changes: object) -> None:
        clock.set(at)
        made[name] = complaints.log_feedback(desk_session, complaint(**changes)).id

    day = dt.datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    log("cold_coffee", day - dt.timedelta(days=1), severity=Severity.LOW,
        guest_words="The coffee was cold", guest_expects="A hot one")
    log("wifi", day, category=Category.WIFI_AND_IT, department=Department.IT,
        severity=Severity.HIGH, guest_words="Wi-Fi drops every 5 minutes")
    log("discount", day + dt.timedelta(minutes=10), category=Category.BILLING,
        severity=Severity.CRITICAL, guest_words="I was charged 100% of the price, not 50%")
    log("snake", day + dt.timedelta(minutes=20), category=Category.OTHER,
        guest_words="Password field says user_name is taken")
    log("cjk", day + dt.timedelta(minutes=30), category=Category.NOISE,
        department=Department.MANAGEMENT, guest_words="休息室太吵了，我无法休息。",
        guest_expects="安静的房间")
    log("praise", day + dt.timedelta(minutes=40), kind=FeedbackKind.PRAISE,
        category=Category.STAFF, department=Department.MANAGEMENT, severity=Severity.LOW,
        guest_words="Søren in the VIP room was wonderful")
    # 23:30 UTC on the 23rd is 00:30 on the 24th in Copenhagen: the next lounge day.
    log("late", dt.datetime(2026, 11, 23, 23, 30, tzinfo=UTC), category=Category.CLEANLINESS,
        department=Department.HOUSEKEEPING, guest_words="Crumbs everywhere")
    complaints.assign(desk_session, made["wifi"], Department.IT)
    complaints.start_work(desk_session, made["wifi"])
    complaints.resolve(desk_session, made["wifi"], "Router REBOOTED by IT")
    clock.set(dt.datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    return made


def found(session: Session, **wanted: object) -> set[int]:
    wanted_filter = ComplaintFilter(**wanted)  # type: ignore[arg-type]
    rows = complaints.list_feedback(session, wanted_filter)
    assert complaints.count_feedback(session, wanted_filter) == len(rows)
    return {r.id for r in rows}


def names(catalogue: dict[str, int], *keys: str) -> set[int]:
    return {catalogue[k] for k in keys}


def test_each_filter_narrows_the_list(desk_session: Session, catalogue: dict[str, int]) -> None:
    s, c = desk_session, catalogue
    assert found(s) == set(c.values())
    assert found(s, statuses={ComplaintStatus.RESOLVED}) == names(c, "wifi")
    assert found(s, kinds={FeedbackKind.PRAISE}) == names(c, "praise")
    assert found(s, categories={Category.BILLING, Category.NOISE}) == names(c, "discount", "cjk")
    assert found(s, severities={Severity.CRITICAL}) == names(c, "discount")
    assert found(s, departments={Department.MANAGEMENT}) == names(c, "cjk", "praise")
    assert found(s, from_day=dt.date(2026, 11, 23), to_day=dt.date(2026, 11, 23)) == names(
        c, "wifi", "discount", "snake", "cjk", "praise")
    assert found(s, from_day=dt.date(2026, 11, 24)) == names(c, "late")
    assert found(s, to_day=dt.date(2026, 11, 22)) == names(c, "cold_coffee")


def test_filters_combine(desk_session: Session, catalogue: dict[str, int]) -> None:
    assert found(desk_session, departments={Department.MANAGEMENT},
                 kinds={FeedbackKind.COMPLAINT}, from_day=dt.date(2026, 11, 23),
                 to_day=dt.date(2026, 11, 23)) == names(catalogue, "cjk")
    assert found(desk_session, severities={Severity.LOW}, text="coffee") == names(
        catalogue, "cold_coffee")
    assert found(desk_session, severities={Severity.HIGH}, text="coffee") == set()


SEARCHES: list[tuple[str, set[str]]] = [
    ("coffee", {"cold_coffee"}),
    ("COFFEE", {"cold_coffee"}),  # case-insensitive
    ("  coffee ", {"cold_coffee"}),  # the search box's stray spaces do not count
    ("hot one", {"cold_coffee"}),  # what the guest expects
    ("rebooted", {"wifi"}),  # the resolution
    ("100%", {"discount"}),
    ("%", {"discount"}),  # a literal percent sign, not "anything"
    ("50%", {"discount"}),
    ("_", {"snake"}),  # a literal underscore, not "any one character"
    ("user_name", {"snake"}),
    ("user name", {"snake"}),  # every word, in any order (issue 12: words, not a substring)
    ("太吵", {"cjk"}),
    ("安静", {"cjk"}),
    ("Søren", {"praise"}),
    ("\\", set()),
    ("'; DROP TABLE complaint; --", set()),
]


def test_text_search_matches_literally(desk_session: Session, catalogue: dict[str, int]) -> None:
    for text, expected in SEARCHES:
        assert found(desk_session, text=text) == names(catalogue, *expected), text
    assert Complaint.select().count() == len(catalogue)


def test_sorting_and_paging_happen_in_the_query(
        desk_session: Session, catalogue: dict[str, int]) -> None:
    def order(**wanted: object) -> list[int]:
        return [r.id for r in complaints.list_feedback(
            desk_session, ComplaintFilter(**wanted))]  # type: ignore[arg-type]

    newest_first = order()
    assert newest_first[0] == catalogue["late"] and newest_first[-1] == catalogue["cold_coffee"]
    assert order(descending=False) == newest_first[::-1]
    assert order(sort=SortKey.SEVERITY)[:2] == [catalogue["discount"], catalogue["wifi"]]
    assert order(sort=SortKey.SEVERITY, descending=False)[-1] == catalogue["discount"]
    assert order(limit=3) + order(limit=3, offset=3) + order(limit=3, offset=6) == newest_first
    with count_queries() as counter:
        complaints.list_feedback(desk_session, ComplaintFilter(
            text="the", from_day=dt.date(2026, 11, 23), sort=SortKey.SEVERITY))
    # PostgreSQL has no index to ask how many the words match: its planner chooses alone.
    assert counter.count == (3 if engine.ON_POSTGRES else 4), (
        "how many the words match (to choose how to read the page), the lounge's time zone,"
        " the page's ids, the page's rows")
    with pytest.raises(ServiceError):
        complaints.list_feedback(desk_session, ComplaintFilter(limit=0))


def test_sorting_by_promise_puts_the_most_urgent_first(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    none = complaints.log_feedback(desk_session, complaint())
    later = complaints.log_feedback(desk_session, complaint(promise=Promise(
        clock.now() + dt.timedelta(hours=2), team["desk"].id, "Call")))
    sooner = complaints.log_feedback(desk_session, complaint(promise=Promise(
        clock.now() + dt.timedelta(hours=1), team["desk"].id, "Call")))
    rows = complaints.list_feedback(desk_session, ComplaintFilter(sort=SortKey.DUE,
                                                                  descending=False))
    assert [r.id for r in rows] == [sooner.id, later.id, none.id]


# --- bad input ---------------------------------------------------------------------------------

def test_every_naughty_string_is_stored_exactly_or_refused_clearly(desk_session: Session) -> None:
    naughty = naughty_strings()
    stored, refused = {}, []
    for text in naughty:
        try:
            stored[complaints.log_feedback(desk_session, complaint(
                guest_words=text, guest_expects=text)).id] = text
        except FeedbackRejected as error:
            assert error.problems == {"guest_words": "Please write the guest's own words."}
            refused.append(text)
    assert all(not text.strip() for text in refused) and len(refused) == 2
    rows = complaints.list_feedback(desk_session, ComplaintFilter(limit=500)) + \
        complaints.list_feedback(desk_session, ComplaintFilter(limit=500, offset=500))
    assert {r.id: r.guest_words for r in rows} == stored
    assert {r.id: r.guest_expects for r in rows} == stored
    for complaint_id, text in list(stored.items())[::50]:
        assert complaints.get_feedback(desk_session, complaint_id).summary.guest_words == text


def test_ten_thousand_characters_are_kept_and_twenty_thousand_and_one_refused(
        desk_session: Session) -> None:
    long_text = "Ærlig talt! " * 1000
    item = complaints.log_feedback(desk_session, complaint(guest_words=long_text))
    assert complaints.get_feedback(desk_session, item.id).summary.guest_words == long_text
    with pytest.raises(FeedbackRejected, match="20,000"):
        complaints.log_feedback(desk_session, complaint(guest_words="x" * 20_001))


def test_a_manager_may_do_everything_the_desk_may(
        session: Session, team: dict[str, Staff]) -> None:
    assert staff.sign_in(session, team["manager"].id, MANAGER_PIN).ok
    item = complaints.log_feedback(session, complaint())
    assert complaints.assign(session, item.id, Department.MANAGEMENT).status is \
        ComplaintStatus.ASSIGNED


# --- resolving with a promise (issue 11) -----------------------------------------------------

@pytest.mark.parametrize(("outcome", "step", "kept"), [
    (PromiseOutcome.KEPT, Step.PROMISE_KEPT, True),
    (PromiseOutcome.NOT_KEPT, Step.PROMISE_NOT_KEPT, False),
    (PromiseOutcome.NO_PROMISE, Step.NO_PROMISE, False),
])
def test_resolving_says_whether_the_promise_was_kept_and_it_leaves_the_banner(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock,
        outcome: PromiseOutcome, step: Step, kept: bool) -> None:
    item = in_progress(desk_session, promise=Promise(
        clock.now() + dt.timedelta(minutes=10), team["desk"].id, "Call at gate B7"))
    clock.advance(minutes=30)
    assert [a.kind for a in alerts.banner_alerts(desk_session)] == [
        alerts.AlertKind.OVERDUE_PROMISE]
    with pytest.raises(ServiceError, match="whether the promise"):
        complaints.resolve(desk_session, item.id, "Sorted")
    complaints.resolve(desk_session, item.id, "Sorted", outcome)
    assert alerts.banner_alerts(desk_session) == [], "settled: off the banner"
    assert complaints.overdue_promises(desk_session) == []
    row = complaints.get_feedback(desk_session, item.id).summary
    assert (row.promise_pending, row.promise_overdue, row.promise_outcome) == (
        False, False, outcome.value)
    assert (row.promise_kept_at is not None) is kept
    assert steps(desk_session, item.id)[-1] == (step, ComplaintStatus.RESOLVED)
    complaints.close(desk_session, item.id, "Told")
    assert steps(desk_session, item.id)[-1][0] is Step.CLOSED, "no second promise step"


def test_an_item_without_a_promise_is_resolved_without_the_question(
        desk_session: Session) -> None:
    item = in_progress(desk_session)
    with pytest.raises(ServiceError, match="no promise"):
        complaints.resolve(desk_session, item.id, "Sorted", PromiseOutcome.KEPT)
    complaints.resolve(desk_session, item.id, "Sorted")
    assert steps(desk_session, item.id)[-1] == (Step.RESOLVED, ComplaintStatus.RESOLVED)
