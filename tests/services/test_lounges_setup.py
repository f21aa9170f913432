"""A database holds several lounges: another is set up beside the first, with its own
administrator, under a name of its own (``--lounge NAME`` and the chooser find it)."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from tests.conftest import ADMIN_PIN
from vipdesk.domain.lounge_setup import LoungePlan
from vipdesk.domain.vocabulary import Role
from vipdesk.services import setup
from vipdesk.services.session import Session
from vipdesk.storage.models import AccessRule, Lounge, Space, Staff


def plan(name: str = "Sky Lounge", airport: str = "OSL") -> LoungePlan:
    return LoungePlan(name=name, airport=airport, timezone="Europe/Oslo",
                      admin_name="Sigrid Admin", admin_pin=ADMIN_PIN)


def test_another_lounge_is_set_up_beside_the_first_with_its_own_administrator(
        session: Session, lounge: Lounge) -> None:
    """Before, the second set-up was refused ("This database already has a lounge.")."""
    other = setup.set_up_lounge(session, plan())
    assert session.lounge_id == other.id
    assert [(ref.name, ref.airport) for ref in setup.lounges(session)] == [
        ("Nordic Lounge", "CPH"), ("Sky Lounge", "OSL")]
    admins = Staff.select().where(Staff.role == Role.ADMINISTRATOR).order_by(Staff.id)
    assert [(admin.name, admin.lounge_id) for admin in admins] == [
        ("Astrid Admin", lounge.id), ("Sigrid Admin", other.id)]
    assert Space.select().where(Space.lounge == other.id).count() > 0
    assert AccessRule.select().where(AccessRule.lounge == other.id).count() == \
        AccessRule.select().where(AccessRule.lounge == lounge.id).count()


def test_a_second_lounge_of_the_same_name_is_refused_next_to_the_name(
        session: Session, lounge: Lounge) -> None:
    with pytest.raises(setup.PlanRejected) as refused:
        setup.set_up_lounge(session, plan(name="  nordic   LOUNGE ", airport="ARN"))
    assert set(refused.value.problems) == {"name"}
    assert "already has a lounge called" in refused.value.problems["name"]
    assert Lounge.select().count() == 1


def test_a_lounge_is_named_by_its_id_or_its_name(session: Session, lounge: Lounge) -> None:
    other = setup.set_up_lounge(session, plan())
    choices = setup.lounges(session)
    assert setup.lounge_named(choices, str(other.id)) == other
    assert setup.lounge_named(choices, " sky  lounge") == other
    assert setup.lounge_named(choices, "Nordic Lounge") == choices[0]
    assert setup.lounge_named(choices, "999") is None
    assert setup.lounge_named(choices, "Elsewhere") is None


def test_the_database_itself_keeps_one_lounge_per_name(session: Session, lounge: Lounge) -> None:
    """Two set-ups of one name at the same moment both pass the service's check; the unique
    index of migration 0018 lets one of them commit. (Failed before 0018: both rows kept.)"""
    with pytest.raises(IntegrityError), session.db.atomic():
        Lounge.create(name="NORDIC lounge", airport="ARN", timezone="Europe/Stockholm",
                      created_at=lounge.created_at)
    assert Lounge.select().count() == 1
