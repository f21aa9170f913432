"""A role change or a deactivation made at one desk counts at once at the desk where that
person is already signed in (review finding 3): two sessions on one database file."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ADMIN_PIN, DESK_PIN, MANAGER_PIN
from vipdesk.clock import FakeClock
from vipdesk.domain.complaints import FeedbackInput
from vipdesk.domain.vocabulary import Category, Department, FeedbackKind, Role
from vipdesk.services import complaints, reports, staff
from vipdesk.services.session import NotSignedIn, PermissionDenied, Session, SignedOut
from vipdesk.storage.models import Staff

TODAY = dt.date(2026, 11, 23)


def other_desk(session: Session) -> Session:
    """A second desk on the same database file, nobody signed in yet."""
    return Session(db=session.db, clock=session.clock, lounge_id=session.lounge_id,
                   pin_key=session.pin_key)


@pytest.fixture
def admin_desk(session: Session, team: dict[str, Staff]) -> Session:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    return session


def escalated(session: Session) -> int:
    """An escalated complaint, in progress: the duty manager's to resolve."""
    item = complaints.log_feedback(session, FeedbackInput(
        kind=FeedbackKind.COMPLAINT, category=Category.FOOD_AND_BEVERAGE,
        guest_words="The soup was cold.", department=Department.FOOD_AND_BEVERAGE,
        escalate=True))
    complaints.assign(session, item.id, Department.FOOD_AND_BEVERAGE)
    complaints.start_work(session, item.id)
    return item.id


def test_a_duty_manager_demoted_at_another_desk_is_refused_at_their_own(
        admin_desk: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    manager_desk = other_desk(admin_desk)
    assert staff.sign_in(manager_desk, team["manager"].id, MANAGER_PIN).ok
    item = escalated(manager_desk)
    reports.complaint_report(manager_desk, TODAY)  # a duty manager's read: allowed

    staff.change_role(admin_desk, team["manager"].id, Role.FRONT_DESK)

    with pytest.raises(PermissionDenied, match="front desk"):
        reports.complaint_report(manager_desk, TODAY)
    with pytest.raises(PermissionDenied, match="close escalations"):
        complaints.resolve(manager_desk, item, "Sorted")
    assert manager_desk.staff is not None and manager_desk.staff.role is Role.FRONT_DESK, \
        "the desk sees the new role (its screens follow it)"
    complaints.add_note(manager_desk, item, "Passed to the duty manager")  # desk work goes on


def test_an_administrator_demoted_at_another_desk_loses_the_staff_screen_actions(
        admin_desk: Session, team: dict[str, Staff]) -> None:
    staff.change_role(admin_desk, team["manager"].id, Role.ADMINISTRATOR)
    second_admin = other_desk(admin_desk)
    assert staff.sign_in(second_admin, team["manager"].id, MANAGER_PIN).ok

    staff.change_role(admin_desk, team["manager"].id, Role.DUTY_MANAGER)

    with pytest.raises(PermissionDenied):
        staff.rename(second_admin, team["desk"].id, "Someone")
    assert Staff.get_by_id(team["desk"].id).name == "Dina Desk"


def test_a_person_deactivated_at_another_desk_is_signed_out_at_their_own(
        admin_desk: Session, team: dict[str, Staff]) -> None:
    front_desk = other_desk(admin_desk)
    assert staff.sign_in(front_desk, team["desk"].id, DESK_PIN).ok

    staff.deactivate(admin_desk, team["desk"].id)

    with pytest.raises(SignedOut, match="Dina Desk may no longer sign in"):
        escalated(front_desk)
    assert front_desk.staff is None and not front_desk.locked, "the desk is signed out"
    with pytest.raises(NotSignedIn, match="Please sign in first"):
        escalated(front_desk)
    assert complaints.count_feedback(admin_desk) == 0, "nothing was saved"


def test_a_locked_desk_does_not_unlock_for_someone_deactivated_meanwhile(
        admin_desk: Session, team: dict[str, Staff]) -> None:
    front_desk = other_desk(admin_desk)
    assert staff.sign_in(front_desk, team["desk"].id, DESK_PIN).ok
    staff.lock(front_desk)

    staff.deactivate(admin_desk, team["desk"].id)

    with pytest.raises(SignedOut):
        staff.unlock(front_desk, DESK_PIN)
    assert front_desk.staff is None and not front_desk.locked
