"""First run, signing in, permissions and the audit trail, through the services."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import peewee
import pytest

from tests.conftest import ADMIN_PIN, DESK_PIN, MANAGER_PIN
from vipdesk.clock import FakeClock
from vipdesk.domain.lounge_setup import LoungePlan, SpacePlan
from vipdesk.domain.permissions import Permission
from vipdesk.domain.vocabulary import Role, SpaceKind
from vipdesk.services import setup, staff
from vipdesk.services.session import NotSignedIn, PermissionDenied, ServiceError, Session
from vipdesk.storage.models import AccessRule, AuditEvent, Lounge, Space, Staff


def plan(**changes: object) -> LoungePlan:
    fields = dict(name="Nordic Lounge", airport="cph", timezone="Europe/Copenhagen",
                  admin_name="Astrid Admin", admin_pin="246810")
    fields.update(changes)
    return LoungePlan(**fields)  # type: ignore[arg-type]


def test_first_run_creates_lounge_default_spaces_rules_and_administrator(session: Session) -> None:
    assert setup.find_lounge(session) is None
    lounge = setup.set_up_lounge(session, plan())
    assert (lounge.name, lounge.airport) == ("Nordic Lounge", "CPH")
    kinds = [(s.kind, s.capacity) for s in Space.select().order_by(Space.position)]
    assert kinds[0] == (SpaceKind.LOBBY, 120)
    assert kinds.count((SpaceKind.BOX, 4)) == 6
    assert [k for k, _ in kinds].count(SpaceKind.VIP_ROOM) == 2
    assert AccessRule.select().count() >= 3
    admin = Staff.get()
    assert admin.role is Role.ADMINISTRATOR
    assert ADMIN_PIN not in admin.pin_hash and admin.pin_hash.startswith("vkp1$")
    event = AuditEvent.get(AuditEvent.action == "lounge.set_up")
    assert (event.staff.id, event.entity, event.entity_id) == (admin.id, "lounge", lounge.id)


@pytest.mark.parametrize(("changes", "field"), [
    ({"airport": "CP"}, "airport"),
    ({"airport": "C1H"}, "airport"),
    ({"airport": "ÆØÅ"}, "airport"),
    ({"timezone": "Europe/Atlantis"}, "timezone"),
    ({"timezone": "../../etc/passwd"}, "timezone"),
    ({"admin_pin": "12"}, "admin_pin"),
    ({"admin_pin": "12ab"}, "admin_pin"),
    ({"name": "   "}, "name"),
    ({"admin_name": "x" * 10_000}, "admin_name"),
    ({"spaces": [SpacePlan("Box", SpaceKind.BOX, 0)]}, "spaces"),
    ({"spaces": [SpacePlan("A", SpaceKind.BOX, 2), SpacePlan("a", SpaceKind.BOX, 2)]}, "spaces"),
])
def test_first_run_rejects_bad_input_by_field_and_saves_nothing(
        session: Session, changes: dict[str, object], field: str) -> None:
    with pytest.raises(setup.PlanRejected) as refused:
        setup.set_up_lounge(session, plan(**changes))
    assert field in refused.value.problems
    assert Lounge.select().count() == 0 and AuditEvent.select().count() == 0


def test_sign_in_with_the_right_pin(session: Session, team: dict[str, Staff]) -> None:
    result = staff.sign_in(session, team["desk"].id, DESK_PIN)
    assert result.ok and session.staff is not None and session.staff.name == "Dina Desk"


def test_the_session_holds_who_is_signed_in_as_plain_values_never_a_row(
        session: Session, team: dict[str, Staff]) -> None:
    """The screens read the session: no database row reaches them through it, neither from
    a worker's copy, nor after a change made at another desk, nor for a command's member."""
    assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok
    worker = session.for_worker(session.clock)
    Staff.update(name="Dina Dalsgaard").where(Staff.id == team["desk"].id).execute()  # elsewhere
    worker.require(Permission.CHECK_IN)
    command = Session(db=session.db, clock=session.clock, lounge_id=session.lounge_id)
    staff.act_as(command, team["manager"].id)
    held = [session.staff, worker.staff, command.staff]
    for person in held:
        assert person is not None and not isinstance(person, peewee.Model)
        with pytest.raises(FrozenInstanceError):
            person.name = "Someone"  # type: ignore[misc]
    assert [(p.id, p.name, p.role) for p in held if p is not None] == [
        (team["desk"].id, "Dina Desk", Role.FRONT_DESK),
        (team["desk"].id, "Dina Dalsgaard", Role.FRONT_DESK),
        (team["manager"].id, "Mads Manager", Role.DUTY_MANAGER)]


def test_wrong_pins_slow_down_further_tries(
        session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    desk = team["desk"].id
    first = [staff.sign_in(session, desk, "0000") for _ in range(3)]
    assert not any(r.ok for r in first)
    assert first[-1].retry_in_seconds == 5
    refused = staff.sign_in(session, desk, DESK_PIN)
    assert not refused.ok and "Too many wrong PINs" in refused.message, "even the right PIN waits"
    clock.advance(seconds=6)
    assert not staff.sign_in(session, desk, "9999").ok
    clock.advance(seconds=9)
    assert not staff.sign_in(session, desk, DESK_PIN).ok, "the back-off doubled to 10 s"
    clock.advance(seconds=2)
    assert staff.sign_in(session, desk, DESK_PIN).ok
    assert Staff.get_by_id(desk).failed_pins == 0


def test_attendants_cannot_sign_in(session: Session, team: dict[str, Staff]) -> None:
    with pytest.raises(ServiceError):
        staff.sign_in(session, team["attendant"].id, "")


def test_services_refuse_without_sign_in_and_without_permission(
        session: Session, team: dict[str, Staff]) -> None:
    with pytest.raises(NotSignedIn):
        staff.add_staff(session, "Eve", Role.FRONT_DESK, "3719")
    staff.sign_in(session, team["desk"].id, DESK_PIN)
    with pytest.raises(PermissionDenied, match="Dina Desk"):
        staff.add_staff(session, "Eve", Role.ADMINISTRATOR, "3719")
    assert not Staff.select().where(Staff.name == "Eve").exists()


def test_a_locked_desk_refuses_actions_until_unlocked(
        session: Session, team: dict[str, Staff]) -> None:
    staff.sign_in(session, team["admin"].id, ADMIN_PIN)
    staff.lock(session)
    with pytest.raises(NotSignedIn):
        staff.add_staff(session, "Eve", Role.FRONT_DESK, "3719")
    assert not staff.unlock(session, "0000").ok
    assert staff.unlock(session, ADMIN_PIN).ok
    assert staff.add_staff(session, "Eve", Role.FRONT_DESK, "3719").name == "Eve"


def test_every_change_is_audited_in_the_same_transaction(
        session: Session, team: dict[str, Staff]) -> None:
    staff.sign_in(session, team["admin"].id, ADMIN_PIN)
    before = AuditEvent.select().count()
    eve = staff.add_staff(session, "Eve", Role.FRONT_DESK, "3719")
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert AuditEvent.select().count() == before + 1
    assert (event.action, event.entity_id, event.staff.id) == (
        "staff.add", eve.id, team["admin"].id)
    assert "Eve" not in event.detail, "the audit trail holds ids, not personal data"

    with pytest.raises(ServiceError):
        staff.add_staff(session, "Frank", Role.FRONT_DESK, "1")  # PIN too short
    assert AuditEvent.select().count() == before + 1, "a failed action leaves no audit row"


def test_a_failure_inside_the_action_rolls_back_its_audit_row(
        session: Session, team: dict[str, Staff]) -> None:
    staff.sign_in(session, team["admin"].id, ADMIN_PIN)
    before = (Staff.select().count(), AuditEvent.select().count())
    with pytest.raises(ServiceError):
        staff.deactivate(session, team["admin"].id)  # refuses after reading, inside the transaction
    assert (Staff.select().count(), AuditEvent.select().count()) == before


def test_a_duty_manager_authorises_what_a_desk_agent_may_not(
        session: Session, team: dict[str, Staff]) -> None:
    staff.sign_in(session, team["desk"].id, DESK_PIN)
    assert staff.authorise(session, team["manager"].id, MANAGER_PIN, Permission.GRANT_EXCEPTION).ok
    assert not staff.authorise(session, team["manager"].id, "0000", Permission.GRANT_EXCEPTION).ok
    assert not staff.authorise(session, team["desk"].id, DESK_PIN, Permission.GRANT_EXCEPTION).ok
    assert session.staff is not None and session.staff.id == team["desk"].id


@pytest.mark.parametrize(("who", "action", "ask"), [
    ("manager", lambda s: staff.add_staff(s, "Eve", Role.FRONT_DESK, "4826"),
     "ask an administrator"),
    ("desk", lambda s: staff.set_pin(s, 1, "4826"), "ask an administrator"),
])
def test_a_refusal_names_who_can_do_it(
        session: Session, team: dict[str, Staff], who: str, action: object, ask: str) -> None:
    pin = {"manager": MANAGER_PIN, "desk": DESK_PIN}[who]
    staff.sign_in(session, team[who].id, pin)
    with pytest.raises(PermissionDenied) as refused:
        action(session)  # type: ignore[operator]
    assert ask in str(refused.value)
    assert "ask a duty manager" not in str(refused.value)


def test_a_refused_approval_names_who_can_give_it(
        session: Session, team: dict[str, Staff]) -> None:
    staff.sign_in(session, team["desk"].id, DESK_PIN)
    by_manager = staff.authorise(session, team["manager"].id, MANAGER_PIN, Permission.MANAGE_STAFF)
    assert not by_manager.ok and "ask an administrator" in by_manager.message
    by_desk = staff.authorise(session, team["desk"].id, DESK_PIN, Permission.GRANT_EXCEPTION)
    assert not by_desk.ok and "ask a duty manager or an administrator" in by_desk.message


def test_whom_to_ask_comes_from_the_permission_table() -> None:
    from vipdesk.domain.permissions import whom_to_ask
    assert whom_to_ask(Permission.MANAGE_STAFF) == "an administrator"
    assert whom_to_ask(Permission.GRANT_EXCEPTION) == "a duty manager or an administrator"
    assert whom_to_ask(Permission.CHECK_IN) == (
        "a front-desk agent, a duty manager or an administrator")
