"""An administrator renames staff, changes roles and clears a lockout: audited, and the lounge
always keeps an administrator."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ADMIN_PIN, DESK_PIN
from vipdesk.clock import FakeClock
from vipdesk.domain.vocabulary import Role
from vipdesk.services import staff
from vipdesk.services.session import PermissionDenied, ServiceError, Session
from vipdesk.services.staff_list import StaffRow, staff_rows
from vipdesk.storage.models import AuditEvent, Staff, Visit


@pytest.fixture
def admin_session(session: Session, team: dict[str, Staff]) -> Session:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    return session


def audit_of(action: str) -> dict[str, object]:
    event = AuditEvent.select().where(AuditEvent.action == action).order_by(
        AuditEvent.id.desc()).get()
    return {"staff": event.staff_id, "entity_id": event.entity_id, **json.loads(event.detail)}


def test_a_renamed_person_keeps_their_record_and_history(
        session: Session, team: dict[str, Staff]) -> None:
    desk = team["desk"]
    assert staff.sign_in(session, desk.id, DESK_PIN).ok
    staff.sign_out(session)
    admin_session = session
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    before = AuditEvent.select().where(AuditEvent.staff == desk.id).count()
    staff.rename(admin_session, desk.id, "  Dina Dahl ")
    renamed = Staff.get_by_id(desk.id)
    assert renamed.name == "Dina Dahl" and renamed.pin_hash == desk.pin_hash
    assert AuditEvent.select().where(AuditEvent.staff == desk.id).count() == before > 0
    detail = audit_of("staff.rename")
    assert detail["entity_id"] == desk.id and detail["old_name"] == "Dina Desk"
    assert detail["staff"] == team["admin"].id
    assert staff.sign_in(admin_session, desk.id, DESK_PIN).ok


def test_a_rename_needs_a_name(admin_session: Session, team: dict[str, Staff]) -> None:
    with pytest.raises(ServiceError, match="name"):
        staff.rename(admin_session, team["desk"].id, "   ")
    assert Staff.get_by_id(team["desk"].id).name == "Dina Desk"


def test_a_role_change_is_audited(admin_session: Session, team: dict[str, Staff]) -> None:
    staff.change_role(admin_session, team["desk"].id, Role.DUTY_MANAGER)
    assert Staff.get_by_id(team["desk"].id).role is Role.DUTY_MANAGER
    detail = audit_of("staff.change_role")
    assert (detail["old_role"], detail["role"]) == ("front_desk", "duty_manager")


def test_an_attendant_made_so_has_no_pin(admin_session: Session, team: dict[str, Staff]) -> None:
    staff.change_role(admin_session, team["desk"].id, Role.ATTENDANT)
    assert Staff.get_by_id(team["desk"].id).pin_hash is None


def test_the_last_administrator_cannot_demote_themselves(
        admin_session: Session, team: dict[str, Staff]) -> None:
    with pytest.raises(ServiceError, match="only administrator"):
        staff.change_role(admin_session, team["admin"].id, Role.DUTY_MANAGER)
    assert Staff.get_by_id(team["admin"].id).role is Role.ADMINISTRATOR
    staff.change_role(admin_session, team["manager"].id, Role.ADMINISTRATOR)
    staff.change_role(admin_session, team["admin"].id, Role.DUTY_MANAGER)
    assert admin_session.staff.role is Role.DUTY_MANAGER
    with pytest.raises(PermissionDenied):
        staff.rename(admin_session, team["desk"].id, "Someone")


def test_an_administrator_who_cannot_sign_in_does_not_count_as_the_other_one(
        admin_session: Session, team: dict[str, Staff]) -> None:
    """Review finding 5: an attendant made administrator has no PIN, so demoting the last
    administrator who can sign in would leave nobody able to sign in as one."""
    staff.change_role(admin_session, team["attendant"].id, Role.ADMINISTRATOR)
    with pytest.raises(ServiceError, match="only administrator who can sign in"):
        staff.change_role(admin_session, team["admin"].id, Role.DUTY_MANAGER)
    assert Staff.get_by_id(team["admin"].id).role is Role.ADMINISTRATOR
    staff.set_pin(admin_session, team["attendant"].id, "918273")
    staff.change_role(admin_session, team["admin"].id, Role.DUTY_MANAGER)
    assert Staff.get_by_id(team["admin"].id).role is Role.DUTY_MANAGER


def test_only_an_administrator_manages_staff(desk_session: Session,
                                             team: dict[str, Staff]) -> None:
    for change in (lambda: staff.rename(desk_session, team["desk"].id, "Me"),
                   lambda: staff.change_role(desk_session, team["desk"].id, Role.ADMINISTRATOR),
                   lambda: staff.clear_lockout(desk_session, team["desk"].id)):
        with pytest.raises(PermissionDenied):
            change()
    assert Staff.get_by_id(team["desk"].id).role is Role.FRONT_DESK


def test_a_cleared_lockout_lets_the_right_pin_in_at_once(
        session: Session, clock: FakeClock, team: dict[str, Staff]) -> None:
    desk = team["desk"]
    for _ in range(6):
        staff.sign_in(session, desk.id, "0000")
    assert not staff.sign_in(session, desk.id, DESK_PIN).ok, "locked out"
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    [row] = [r for r in staff_rows(session) if r.id == desk.id]
    assert row.locked_out_until is not None and row.locked_out_until > clock.now()
    staff.clear_lockout(session, desk.id)
    assert audit_of("staff.clear_lockout")["was_locked_out"] is True
    [row] = [r for r in staff_rows(session) if r.id == desk.id]
    assert row.locked_out_until is None
    staff.sign_out(session)
    assert staff.sign_in(session, desk.id, DESK_PIN).ok
    assert Visit.select().count() == 0


def test_a_wait_of_one_second_is_one_second(session: Session, clock: FakeClock,
                                            team: dict[str, Staff]) -> None:
    for _ in range(6):
        result = staff.sign_in(session, team["desk"].id, "0000")
    assert result.retry_in_seconds > 1
    clock.advance(seconds=result.retry_in_seconds - 1.5)
    waiting = staff.sign_in(session, team["desk"].id, DESK_PIN)
    assert waiting.message == "Too many wrong PINs. Try again in 1 second."


def test_the_screens_get_records_of_staff_never_rows(
        admin_session: Session, team: dict[str, Staff]) -> None:
    """What a screen holds can neither be saved nor read a relation behind its back."""
    desk, attendant = team["desk"].id, team["attendant"].id
    eve = staff.add_staff(admin_session, "Eve", Role.FRONT_DESK, "3719")
    assert eve == StaffRow(eve.id, "Eve", Role.FRONT_DESK, active=True, can_sign_in=True)
    assert staff.rename(admin_session, desk, "Dina Dahl") == StaffRow(
        desk, "Dina Dahl", Role.FRONT_DESK, active=True, can_sign_in=True)
    assert staff.change_role(admin_session, desk, Role.ATTENDANT) == StaffRow(
        desk, "Dina Dahl", Role.ATTENDANT, active=True, can_sign_in=False)
    assert staff.set_pin(admin_session, eve.id, "4826").can_sign_in
    assert staff.clear_lockout(admin_session, eve.id).locked_out_until is None
    assert staff.deactivate(admin_session, eve.id).active is False
    assert [(m.id, m.name) for m in staff.attendants(admin_session)] == [
        (attendant, "Ali Attendant"), (desk, "Dina Dahl")]
    assert [m.name for m in staff.staff_who_can_sign_in(admin_session)] == [
        "Astrid Admin", "Mads Manager"]
    results = (eve, *staff.attendants(admin_session), *staff.staff_who_can_sign_in(admin_session))
    assert all(type(result) is StaffRow for result in results)
