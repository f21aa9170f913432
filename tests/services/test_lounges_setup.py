"""A database holds several lounges: another is set up beside the first, with its own
administrator, under a name of its own (``--lounge NAME`` and the chooser find it), by an
administrator signed in at a desk of the first; the first lounge of an empty database is the
first run, with nobody to sign in."""

from __future__ import annotations

import json

import pytest
from peewee import IntegrityError

from tests.conftest import ADMIN_PIN, DESK_PIN, MANAGER_PIN
from vipdesk.domain.lounge_setup import LoungePlan
from vipdesk.domain.vocabulary import Role
from vipdesk.services import setup, staff
from vipdesk.services.session import NotSignedIn, PermissionDenied, Session
from vipdesk.storage.models import AccessRule, AuditEvent, Lounge, Space, Staff


def plan(name: str = "Sky Lounge", airport: str = "OSL") -> LoungePlan:
    return LoungePlan(name=name, airport=airport, timezone="Europe/Oslo",
                      admin_name="Sigrid Admin", admin_pin=ADMIN_PIN)


@pytest.fixture
def admin_desk(session: Session, team: dict[str, Staff]) -> Session:
    """A desk of the first lounge, its administrator signed in."""
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    return session


def test_another_lounge_is_set_up_beside_the_first_with_its_own_administrator(
        admin_desk: Session, lounge: Lounge) -> None:
    """Before, the second set-up was refused ("This database already has a lounge.")."""
    session = admin_desk
    other = setup.set_up_lounge(session, plan())
    assert session.lounge_id == lounge.id, "the desk serves its own lounge until it restarts"
    assert [(ref.name, ref.airport) for ref in setup.lounges(session)] == [
        ("Nordic Lounge", "CPH"), ("Sky Lounge", "OSL")]
    admins = Staff.select().where(Staff.role == Role.ADMINISTRATOR).order_by(Staff.id)
    assert [(admin.name, admin.lounge_id) for admin in admins] == [
        ("Astrid Admin", lounge.id), ("Sigrid Admin", other.id)]
    assert Space.select().where(Space.lounge == other.id).count() > 0
    assert AccessRule.select().where(AccessRule.lounge == other.id).count() == \
        AccessRule.select().where(AccessRule.lounge == lounge.id).count()


def test_a_second_lounge_of_the_same_name_is_refused_next_to_the_name(
        admin_desk: Session, lounge: Lounge) -> None:
    session = admin_desk
    with pytest.raises(setup.PlanRejected) as refused:
        setup.set_up_lounge(session, plan(name="  nordic   LOUNGE ", airport="ARN"))
    assert set(refused.value.problems) == {"name"}
    assert "already has a lounge called" in refused.value.problems["name"]
    assert Lounge.select().count() == 1


def test_a_lounge_is_named_by_its_id_or_its_name(admin_desk: Session, lounge: Lounge) -> None:
    session = admin_desk
    other = setup.set_up_lounge(session, plan())
    choices = setup.lounges(session)
    assert setup.lounge_named(choices, str(other.id)) == other
    assert setup.lounge_named(choices, " sky  lounge") == other
    assert setup.lounge_named(choices, "Nordic Lounge") == choices[0]
    assert setup.lounge_named(choices, "999") is None
    assert setup.lounge_named(choices, "Elsewhere") is None


def test_the_new_lounge_is_audited_at_the_administrators_lounge_naming_them(
        admin_desk: Session, lounge: Lounge, team: dict[str, Staff]) -> None:
    other = setup.set_up_lounge(admin_desk, plan())
    row = AuditEvent.select().where(AuditEvent.action == "lounge.set_up").order_by(
        AuditEvent.id.desc()).get()
    new_admin = Staff.get((Staff.lounge == other.id) & (Staff.role == Role.ADMINISTRATOR))
    assert (row.staff_id, row.entity, row.entity_id) == (team["admin"].id, "lounge", other.id)
    assert json.loads(row.detail)["administrator"] == new_admin.id
    assert row.lounge_id == lounge.id, "Astrid's lounge, where it was done, not the new one"


@pytest.mark.parametrize("who", [None, "desk", "manager"])
def test_another_lounge_is_refused_to_all_but_an_administrator(
        session: Session, team: dict[str, Staff], who: str | None) -> None:
    """Before, anyone at the chooser could add a lounge to the server without signing in."""
    pins = {"desk": DESK_PIN, "manager": MANAGER_PIN}
    if who is not None:
        assert staff.sign_in(session, team[who].id, pins[who]).ok
    audited = AuditEvent.select().count()
    with pytest.raises(NotSignedIn if who is None else PermissionDenied) as refused:
        setup.set_up_lounge(session, plan())
    if who is not None:
        assert str(refused.value).endswith("may not set up lounges; ask an administrator.")
    assert [ref.name for ref in setup.lounges(session)] == ["Nordic Lounge"]
    assert not Staff.select().where(Staff.name == "Sigrid Admin").exists()
    assert AuditEvent.select().count() == audited


def test_a_locked_desk_sets_up_no_lounge(admin_desk: Session) -> None:
    admin_desk.locked = True
    with pytest.raises(NotSignedIn):
        setup.set_up_lounge(admin_desk, plan())
    assert Lounge.select().count() == 1


def test_the_database_itself_keeps_one_lounge_per_name(session: Session, lounge: Lounge) -> None:
    """Two set-ups of one name at the same moment both pass the service's check; the unique
    index of migration 0018 lets one of them commit. (Failed before 0018: both rows kept.)"""
    with pytest.raises(IntegrityError), session.db.atomic():
        Lounge.create(name="NORDIC lounge", airport="ARN", timezone="Europe/Stockholm",
                      created_at=lounge.created_at)
    assert Lounge.select().count() == 1
