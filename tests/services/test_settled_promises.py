"""A promise settled when its item was resolved (kept, not kept, no promise after all) is
settled everywhere: the banner, the handover, check-out and the daily report (review
finding 2)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import MANAGER_PIN
from vipdesk.clock import FakeClock
from vipdesk.domain.complaints import FeedbackInput, Promise, PromiseOutcome
from vipdesk.domain.eligibility import PassDetails
from vipdesk.domain.vocabulary import Category, Department, FeedbackKind
from vipdesk.services import alerts, checkin, complaints, reports, staff
from vipdesk.services.checkin import CheckIn
from vipdesk.services.complaints import FeedbackRow
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff, Visit

TODAY = dt.date(2026, 11, 23)  # the conftest clock: 09:00 in Copenhagen


def seated_guest(session: Session) -> Visit:
    return checkin.check_in(session, CheckIn(PassDetails(
        surname="Chen", given_names="Li", title="Ms", origin="CPH", destination="LHR",
        carrier="SK", flight_number="501", flight_date=TODAY, compartment="F", seat="1A",
        sequence="1")))


def promised(session: Session, clock: FakeClock, owner: Staff, visit: Visit,
             kind: FeedbackKind = FeedbackKind.COMPLAINT) -> FeedbackRow:
    """An item in progress whose promise fell due 20 minutes ago."""
    item = complaints.log_feedback(session, FeedbackInput(
        kind=kind, category=Category.FOOD_AND_BEVERAGE, guest_words="The soup was cold.",
        department=Department.FOOD_AND_BEVERAGE, guest_id=visit.guest_id, visit_id=visit.id,
        promise=Promise(clock.now() + dt.timedelta(minutes=10), owner.id, "Call at gate B7")))
    complaints.assign(session, item.id, Department.FOOD_AND_BEVERAGE)
    complaints.start_work(session, item.id)
    clock.advance(minutes=30)
    return item


def as_manager(session: Session, team: dict[str, Staff]) -> Session:
    staff.sign_out(session)
    assert staff.sign_in(session, team["manager"].id, MANAGER_PIN).ok
    return session


@pytest.mark.parametrize("outcome", [PromiseOutcome.NOT_KEPT, PromiseOutcome.NO_PROMISE])
def test_the_daily_report_shows_what_became_of_a_promise_settled_at_resolve(
        desk_session: Session, clock: FakeClock, team: dict[str, Staff],
        outcome: PromiseOutcome) -> None:
    item = promised(desk_session, clock, team["desk"], seated_guest(desk_session))
    complaints.resolve(desk_session, item.id, "Sorted", outcome)
    assert alerts.banner_alerts(desk_session) == [], "the banner treats it as settled"

    data = reports.complaint_report(as_manager(desk_session, team), TODAY)

    (entry,) = data.entries
    assert (entry.promise_outcome, entry.promise_pending) == (outcome.value, False)
    if outcome is PromiseOutcome.NO_PROMISE:
        assert data.promises == (), "no promise after all is no promise to list"
    else:
        (line,) = data.promises
        assert (line.complaint_id, line.outcome, line.overdue) == (item.id, "not_kept", False)


def test_the_daily_report_still_lists_a_promise_open_and_overdue(
        desk_session: Session, clock: FakeClock, team: dict[str, Staff]) -> None:
    item = promised(desk_session, clock, team["desk"], seated_guest(desk_session))

    data = reports.complaint_report(as_manager(desk_session, team), TODAY)

    (line,) = data.promises
    assert (line.complaint_id, line.outcome, line.overdue) == (item.id, "", True)
    assert data.entries[0].promise_pending


@pytest.mark.parametrize("outcome", [PromiseOutcome.NOT_KEPT, PromiseOutcome.NO_PROMISE])
def test_check_out_and_handover_leave_out_a_promise_settled_at_resolve(
        desk_session: Session, clock: FakeClock, team: dict[str, Staff],
        outcome: PromiseOutcome) -> None:
    """A suggestion is owed at check-out only for its promise: once that is settled, it is
    not owed any more, though the item is still open (resolved, not closed)."""
    visit = seated_guest(desk_session)
    item = promised(desk_session, clock, team["desk"], visit, kind=FeedbackKind.SUGGESTION)
    assert [row.id for row in complaints.open_for_check_out(desk_session, visit.id)] == [item.id]

    complaints.resolve(desk_session, item.id, "Passed to the chef", outcome)

    assert complaints.open_for_check_out(desk_session, visit.id) == []
    assert complaints.open_for_handover(desk_session) == []
