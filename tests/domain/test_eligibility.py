"""The access rules, the guest's details and their validation, as pure functions."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest

from vipdesk.domain.eligibility import (
    Allowance,
    PassDetails,
    Rule,
    cabin_for_compartment,
    card_matches,
    card_pattern_problem,
    companion_charges,
    decide,
    flight_day_problem,
    last_four,
    mask_frequent_flyer_number,
    normalise,
    rule_problems,
    validate_pass_details,
)
from vipdesk.domain.vocabulary import Cabin, Entitlement

FIRST = Rule("First class", Entitlement.CABIN, Cabin.FIRST, free_companions=1, position=0, id=1)
BUSINESS_SK = Rule("SAS business", Entitlement.CABIN, Cabin.BUSINESS, airline="SK", position=1,
                   id=2)
CONTRACT = Rule("Finnair contract", Entitlement.CABIN, airline="AY", position=2, id=3)
GOLD = Rule("SAS Gold", Entitlement.FREQUENT_FLYER, airline="SK",
            frequent_flyer_tier="Gold, Diamond", position=3, id=4)
ANY_PLATINUM = Rule("Any platinum", Entitlement.FREQUENT_FLYER, frequent_flyer_tier="PLATINUM",
                    position=4, id=5)
PRIORITY = Rule("Priority Pass", Entitlement.MEMBERSHIP, card_pattern="re:PP[0-9]{7}",
                position=5, id=6)
DINERS = Rule("Diners", Entitlement.MEMBERSHIP, card_pattern="DC", position=6, id=7)
INVITED = Rule("Invitation", Entitlement.INVITATION, free_companions=1, position=7, id=8)
PAID = Rule("Paid entry", Entitlement.PAID, price=Decimal(45), paid_companions=3,
            companion_price=Decimal(45), position=8, id=9)
OFF = Rule("Switched off", Entitlement.CABIN, Cabin.ECONOMY, active=False, position=9, id=10)
POLICY = [PAID, INVITED, DINERS, PRIORITY, ANY_PLATINUM, GOLD, CONTRACT, BUSINESS_SK, FIRST, OFF]


def guest(**changes: object) -> PassDetails:
    fields: dict[str, object] = dict(surname="Chen", given_names="Li", origin="CPH",
                                     carrier="SK", flight_number="995",
                                     flight_date=dt.date(2026, 11, 23), compartment="Y")
    fields.update(changes)
    return PassDetails(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("code", "cabin"), [
    *[(c, Cabin.FIRST) for c in "FAP"],
    *[(c, Cabin.BUSINESS) for c in "JCDIZR"],
    *[(c, Cabin.PREMIUM_ECONOMY) for c in "WET"],
    *[(c, Cabin.ECONOMY) for c in "YBMHKLQVSNOGUX"],
    ("j", Cabin.BUSINESS), (" F", Cabin.FIRST),
])
def test_cabin_from_the_compartment_code(code: str, cabin: Cabin) -> None:
    assert cabin_for_compartment(code) is cabin


@pytest.mark.parametrize(("details", "rule"), [
    (guest(compartment="F"), FIRST),
    (guest(compartment="A", carrier="LH"), FIRST),
    (guest(compartment="C"), BUSINESS_SK),
    (guest(compartment="C", carrier="LH"), None),  # business, but not on SAS
    (guest(compartment="Y", carrier="AY"), CONTRACT),
    (guest(compartment="J", carrier="XX", cabin=Cabin.ECONOMY), None),  # typed cabin wins
    (guest(frequent_flyer_airline="SK", frequent_flyer_tier="gold"), GOLD),
    (guest(frequent_flyer_airline="SK", frequent_flyer_tier="DIAMOND"), GOLD),
    (guest(frequent_flyer_airline="SK", frequent_flyer_tier="Silver"), None),
    (guest(frequent_flyer_airline="LH", frequent_flyer_tier="Gold"), None),
    (guest(frequent_flyer_airline="LH", frequent_flyer_tier="Platinum"), ANY_PLATINUM),
    (guest(frequent_flyer_airline="", frequent_flyer_tier="Platinum"), None),
    (guest(membership_card="PP 123-4567"), PRIORITY),
    (guest(membership_card="pp1234567"), PRIORITY),
    (guest(membership_card="PP12345678"), None),  # the whole number must match
    (guest(membership_card="DC 9988 7766"), DINERS),
    (guest(membership_card="XDC99"), None),
    (PassDetails(surname="Andersen", invited=True), INVITED),
    (PassDetails(surname="Andersen"), None),
    (guest(compartment="Y"), None),  # economy: the switched-off rule does not count
])
def test_the_first_matching_active_rule_admits_the_guest(
        details: PassDetails, rule: Rule | None) -> None:
    decision = decide(POLICY, details)
    assert decision.rule == rule
    assert decision.eligible is (rule is not None)
    if rule is None:
        assert decision.paid_offer == PAID, "paid entry is offered, never matched by itself"
        assert "no access rule admits" in str(decision.reason)
    else:
        assert rule.name in str(decision.reason) and decision.entitlement is rule.entitlement


def test_the_administrators_order_decides_between_matching_rules() -> None:
    both = guest(compartment="F", frequent_flyer_airline="SK", frequent_flyer_tier="Gold")
    assert decide(POLICY, both).rule == FIRST
    gold_first = [Rule(**{**GOLD.__dict__, "position": -1}), *POLICY]
    assert decide(gold_first, both).rule.name == "SAS Gold"  # type: ignore[union-attr]


def test_without_a_paid_rule_nothing_is_offered() -> None:
    decision = decide([FIRST], guest())
    assert not decision.eligible and decision.paid_offer is None


@pytest.mark.parametrize(("allowance", "companions", "expected"), [
    (Allowance(1, 2, Decimal(45)), 0, (0, 0, Decimal(0))),
    (Allowance(1, 2, Decimal(45)), 1, (1, 0, Decimal(0))),
    (Allowance(1, 2, Decimal(45)), 3, (1, 2, Decimal(90))),
    (Allowance(1, 2, Decimal(45)), 4, None),
    (Allowance(0, 0), 1, None),
    (Allowance(0, 3, Decimal("12.50")), 2, (0, 2, Decimal(25))),
])
def test_companions_free_first_then_paid_then_refused(
        allowance: Allowance, companions: int, expected: tuple[int, int, Decimal] | None) -> None:
    charges = companion_charges(allowance, companions)
    if expected is None:
        assert charges is None
    else:
        assert charges is not None and (charges.free, charges.paid, charges.total) == expected


# --- card patterns --------------------------------------------------------------


@pytest.mark.parametrize("pattern", ["PP", "re:PP[0-9]{7}", "re:(PP|LK)-?[0-9]{6,9}X?",
                                     "re:[A-Z]{2}\\d+", "re:(?:DC)?\\d{14}"])
def test_usable_card_patterns(pattern: str) -> None:
    assert card_pattern_problem(pattern) is None


@pytest.mark.parametrize(("pattern", "says"), [
    ("", "Please enter"),
    ("re:(a+)+$", "repeated group"),
    ("re:(a|aa)*b", "repeated group"),
    ("re:(\\d{4}){3}", "repeated group"),
    ("re:a*a*a*a*a*b", "at most 4"),
    ("re:a?a?a?a?a?aaaaa", "at most 4"),
    ("re:(a)\\1", "Back-references"),
    ("re:(?=PP)PP", "Only plain groups"),
    ("re:(?i)pp", "Only plain groups"),
    ("re:[", "not a valid expression"),
    ("re:(PP", "do not pair up"),
    ("re:a|b|c|d|e|f|g|h|i|j", "alternatives"),
    ("re:" + "P" * 200, "at most 120"),
    ("PP\x00", "control characters"),
])
def test_risky_or_broken_card_patterns_are_refused(pattern: str, says: str) -> None:
    problem = card_pattern_problem(pattern)
    assert problem is not None and says in problem
    assert not card_matches(pattern, "PP1234567"), "a refused pattern matches nothing"


def test_matching_a_card_is_quick_even_for_a_crafted_number() -> None:
    started = time.perf_counter()
    for pattern in ("re:a*a*a*a*b", "re:(?:a|a)(?:a|a)(?:a|a)b", "re:[a-z]*[a-z]*[a-z]*[0-9]"):
        assert card_pattern_problem(pattern) is None
        assert not card_matches(pattern, "a" * 40)
    assert not card_matches("re:.*", "A" * 10_000), "longer than any card"
    assert time.perf_counter() - started < 1.0


# --- the guest's details --------------------------------------------------------


def test_normalising_makes_a_scanned_and_a_typed_pass_the_same() -> None:
    scanned = normalise(PassDetails(surname="CHEN ", given_names="LI  MEI", origin="cph",
                                    carrier="SK ", flight_number="0995 ", seat="002A",
                                    sequence="0025 ", frequent_flyer_number="1234 5678 9"))
    typed = normalise(PassDetails(surname="CHEN", given_names="LI MEI", origin="CPH",
                                  carrier="sk", flight_number="995", seat="2a", sequence="25",
                                  frequent_flyer_number="123456789"))
    assert scanned == typed
    assert (typed.flight_number, typed.seat, typed.sequence) == ("995", "2A", "25")
    assert normalise(PassDetails(surname="X", sequence="0000")).sequence == "0"


def test_validation_names_every_field_at_fault() -> None:
    bad = normalise(PassDetails(
        surname="", given_names="x" * 101, title="Dr\x07", origin="C1H", destination="LONDON",
        carrier="S", flight_number="12345", compartment="JJ", seat="ROW12",
        sequence="123456", frequent_flyer_airline="S!", frequent_flyer_number="X" * 21,
        frequent_flyer_tier="Gold\x07", membership_card="9" * 41))
    assert set(validate_pass_details(bad)) == {
        "surname", "given_names", "title", "origin", "destination", "carrier", "flight_number",
        "flight_date", "compartment", "seat", "sequence", "frequent_flyer_airline",
        "frequent_flyer_number", "frequent_flyer_tier", "membership_card"}


def test_valid_details_have_no_problems() -> None:
    assert validate_pass_details(normalise(guest(seat="12A", sequence="25"))) == {}
    assert validate_pass_details(normalise(guest(seat="INF"))) == {}
    assert validate_pass_details(PassDetails(surname="Andersen", invited=True)) == {}
    needs_flight = validate_pass_details(PassDetails(surname="Andersen"))
    assert {"origin", "carrier", "flight_number", "flight_date"} <= set(needs_flight)


@pytest.mark.parametrize("text", ["Chen\x1b[31m", "\ud800Chen", "Ch\x00en", "Chen\x7f"])
def test_names_with_control_characters_are_refused(text: str) -> None:
    assert "surname" in validate_pass_details(normalise(guest(surname=text)))


def test_any_whitespace_in_a_name_becomes_one_space() -> None:
    details = normalise(guest(surname="Ch\u2028en\t Li\n", given_names="\u3000Mei"))
    assert (details.surname, details.given_names) == ("Ch en Li", "Mei")


@pytest.mark.parametrize(("number", "masked"), [
    ("123456789", "*****6789"),
    ("EBA 123 456", "*****3456"),
    ("1234", "1234"),
    ("12", "12"),
    ("", ""),
])
def test_frequent_flyer_numbers_are_masked_but_the_last_four(number: str, masked: str) -> None:
    assert mask_frequent_flyer_number(number) == masked
    assert last_four(masked) == last_four(number)


# --- the day of the flight ---------------------------------------------------------


@pytest.mark.parametrize(("local", "flight", "ok"), [
    (dt.datetime(2026, 11, 23, 9, 0), dt.date(2026, 11, 23), True),
    (dt.datetime(2026, 11, 23, 17, 59), dt.date(2026, 11, 24), False),
    (dt.datetime(2026, 11, 23, 18, 0), dt.date(2026, 11, 24), True),
    (dt.datetime(2026, 11, 23, 23, 59), dt.date(2026, 11, 25), False),
    (dt.datetime(2026, 11, 24, 5, 59), dt.date(2026, 11, 23), True),
    (dt.datetime(2026, 11, 24, 6, 0), dt.date(2026, 11, 23), False),
    (dt.datetime(2026, 11, 23, 9, 0), dt.date(2025, 11, 23), False),
])
def test_the_flight_day_is_today_stretched_six_hours_around_midnight(
        local: dt.datetime, flight: dt.date, ok: bool) -> None:
    problem = flight_day_problem(flight, local)
    assert (problem is None) is ok
    if not ok:
        assert flight.isoformat() in str(problem)


# --- rules as the administrator writes them ----------------------------------------


@pytest.mark.parametrize(("rule", "field"), [
    (Rule("", Entitlement.CABIN, Cabin.FIRST), "name"),
    (Rule("Manager", Entitlement.EXCEPTION), "entitlement"),
    (Rule("Anyone", Entitlement.CABIN), "cabin"),
    (Rule("Bad airline", Entitlement.CABIN, airline="S!"), "airline"),
    (Rule("No tier", Entitlement.FREQUENT_FLYER, airline="SK", frequent_flyer_tier=" , "),
     "frequent_flyer_tier"),
    (Rule("Risky", Entitlement.MEMBERSHIP, card_pattern="re:(a+)+"), "card_pattern"),
    (Rule("Free paid", Entitlement.PAID), "price"),
    (Rule("Negative", Entitlement.PAID, price=Decimal(-1)), "price"),
    (Rule("Fractions", Entitlement.PAID, price=Decimal("1.005")), "price"),
    (Rule("Huge", Entitlement.PAID, price=Decimal("1e9")), "price"),
    (Rule("Many", Entitlement.INVITATION, free_companions=50), "free_companions"),
    (Rule("Bool", Entitlement.INVITATION, paid_companions=True), "paid_companions"),
    (Rule("Cost", Entitlement.INVITATION, companion_price=Decimal("-5")), "companion_price"),
])
def test_a_rule_an_administrator_writes_is_checked_field_by_field(rule: Rule, field: str) -> None:
    assert field in rule_problems(rule)


def test_the_example_policy_is_valid() -> None:
    for rule in POLICY:
        assert rule_problems(rule) == {}, rule.name
