"""The administrator edits the lounge's access rules; check-in follows them at once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.conftest import ADMIN_PIN, DESK_PIN
from vipdesk.domain.eligibility import PassDetails, Rule
from vipdesk.domain.vocabulary import Cabin, Entitlement
from vipdesk.services import access_rules, checkin, staff
from vipdesk.services.checkin import CheckIn
from vipdesk.services.session import PermissionDenied, ServiceError, Session
from vipdesk.storage.models import AccessRule, AuditEvent, Staff

GOLD = Rule("SAS EuroBonus Gold", Entitlement.FREQUENT_FLYER, airline="sk",
            frequent_flyer_tier="Gold, Diamond", free_companions=1)


def economy_gold(sequence: str = "1", tier: str = "GOLD") -> PassDetails:
    return PassDetails(surname="Holm", given_names="Ida", origin="CPH", carrier="SK",
                       flight_number="1415", flight_date=dt.date(2026, 11, 23), compartment="Y",
                       sequence=sequence, frequent_flyer_airline="SK",
                       frequent_flyer_number="EBA123456", frequent_flyer_tier=tier)


@pytest.fixture
def admin_session(session: Session, team: dict[str, Staff]) -> Session:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    return session


def names(session: Session) -> list[str]:
    return [rule.name for rule in access_rules.rules(session)]


def test_the_starting_policy_is_listed_in_order(admin_session: Session) -> None:
    assert names(admin_session) == ["First class", "Business class", "Paid entry", "Invitation"]
    paid = access_rules.rules(admin_session)[2]
    assert paid.entitlement is Entitlement.PAID and paid.price == Decimal(45)


def test_an_added_rule_admits_guests_at_once(
        admin_session: Session, team: dict[str, Staff]) -> None:
    model = access_rules.add_rule(admin_session, GOLD)
    assert (model.airline, model.position) == ("SK", 4)
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert (event.action, event.entity, event.entity_id) == ("access_rule.add", "access_rule",
                                                             model.id)

    staff.sign_out(admin_session)
    staff.sign_in(admin_session, team["desk"].id, DESK_PIN)
    visit = checkin.check_in(admin_session, CheckIn(economy_gold()))
    assert (visit.entitlement, visit.entitlement_rule) == (
        Entitlement.FREQUENT_FLYER, "SAS EuroBonus Gold")
    # The tier is remembered: a later pass without it is still admitted.
    again = checkin.check_in(admin_session, CheckIn(economy_gold(sequence="2", tier="")))
    assert again.entitlement is Entitlement.FREQUENT_FLYER


def test_a_desk_agent_may_not_edit_the_rules(session: Session, team: dict[str, Staff]) -> None:
    staff.sign_in(session, team["desk"].id, DESK_PIN)
    with pytest.raises(PermissionDenied):
        access_rules.add_rule(session, GOLD)
    rule_id = AccessRule.select().first().id
    with pytest.raises(PermissionDenied):
        access_rules.delete_rule(session, rule_id)
    assert AccessRule.select().count() == 4


def test_a_rule_with_problems_is_refused_by_field_and_not_saved(admin_session: Session) -> None:
    risky = Rule("Cards", Entitlement.MEMBERSHIP, card_pattern="re:(a+)+$")
    with pytest.raises(access_rules.RuleRejected) as refused:
        access_rules.add_rule(admin_session, risky)
    assert "card_pattern" in refused.value.problems
    assert AccessRule.select().count() == 4


def test_update_switch_off_move_and_delete(admin_session: Session) -> None:
    business = next(r for r in access_rules.rules(admin_session) if r.name == "Business class")
    assert business.id is not None
    changed = Rule("Business class (SAS)", Entitlement.CABIN, Cabin.BUSINESS, airline="SK",
                   paid_companions=1, companion_price=Decimal("30.00"))
    model = access_rules.update_rule(admin_session, business.id, changed)
    assert (model.name, model.airline, model.position) == ("Business class (SAS)", "SK", 1)

    assert not access_rules.set_rule_active(admin_session, business.id, False).active
    access_rules.move_rule(admin_session, business.id, -5)
    assert names(admin_session)[0] == "Business class (SAS)"
    access_rules.move_rule(admin_session, business.id, 2)
    assert names(admin_session) == ["First class", "Paid entry", "Business class (SAS)",
                                    "Invitation"]
    assert [r.position for r in access_rules.rules(admin_session)] == [0, 1, 2, 3]

    access_rules.delete_rule(admin_session, business.id)
    assert "Business class (SAS)" not in names(admin_session)
    deleted = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert (deleted.action, deleted.entity_id) == ("access_rule.delete", business.id)
    with pytest.raises(ServiceError, match="no longer exists"):
        access_rules.update_rule(admin_session, business.id, changed)


def test_a_switched_off_rule_admits_nobody(admin_session: Session, team: dict[str, Staff]) -> None:
    first = next(r for r in access_rules.rules(admin_session) if r.name == "First class")
    access_rules.set_rule_active(admin_session, first.id, False)  # type: ignore[arg-type]
    staff.sign_out(admin_session)
    staff.sign_in(admin_session, team["desk"].id, DESK_PIN)
    details = PassDetails(surname="Berg", origin="CPH", carrier="SK", flight_number="1",
                          flight_date=dt.date(2026, 11, 23), compartment="F")
    with pytest.raises(checkin.NotEligible):
        checkin.check_in(admin_session, CheckIn(details))
