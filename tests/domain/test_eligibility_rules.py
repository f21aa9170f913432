"""The access rules' edges, one by one: field limits, card patterns, reasons and their words.

Written against the survivors of a mutation run (docs/mutation.md): each test states a rule
that test_eligibility.py left unpinned. What the agent reads is part of the rule.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from vipdesk.domain.eligibility import (
    Allowance,
    PassDetails,
    Rule,
    allowance_message,
    card_matches,
    card_pattern_problem,
    decide,
    language_problem,
    mask_frequent_flyer_number,
    normalise,
    rule_problems,
    validate_pass_details,
)
from vipdesk.domain.vocabulary import Cabin, Entitlement

FLIGHT: dict[str, Any] = {
    "origin": "CPH", "carrier": "SK", "flight_number": "995", "flight_date": dt.date(2026, 11, 23),
}
REPEATED_GROUP = "A repeated group can make matching very slow; write the repeat out."
TOO_MANY_REPEATS = "Use at most 4 repeats like * + ? or {2,5} in a card pattern."
UNPAIRED = "The card pattern's brackets ( ) do not pair up."


def _problems(**fields: object) -> dict[str, str]:
    return validate_pass_details(PassDetails(**{"surname": "Chen", **FLIGHT, **fields}))


# --- the guest's details ------------------------------------------------------------


def test_normalising_trims_capitalises_and_unpads_every_field() -> None:
    typed = PassDetails(
        surname=" Chen\t Li ", given_names=" Mei\u3000 Ling ", title=" Dr ", origin=" cph ",
        destination=" pek ", carrier=" sk ", flight_number=" 0 61a ", compartment=" j ",
        seat=" 0 02a ", sequence="X001", frequent_flyer_airline=" sk ",
        frequent_flyer_number=" ab 12 ", frequent_flyer_tier=" Gold \n Plus ",
        membership_card=" PP 123 ",
    )

    assert normalise(typed) == PassDetails(
        surname="Chen Li", given_names="Mei Ling", title="Dr", origin="CPH", destination="PEK",
        carrier="SK", flight_number="61A", compartment="J", seat="2A", sequence="X001",
        frequent_flyer_airline="SK", frequent_flyer_number="AB12", frequent_flyer_tier="Gold Plus",
        membership_card="PP 123",
    )


def test_every_field_at_fault_is_named_with_what_to_type() -> None:
    bad = normalise(PassDetails(
        surname="", given_names="x" * 101, title="Dr\x07", origin="C1H", destination="LONDON",
        carrier="S", flight_number="12345", compartment="JJ", seat="ROW12",
        sequence="123456", frequent_flyer_airline="S!", frequent_flyer_number="X" * 21,
        frequent_flyer_tier="Gold\x07", membership_card="9" * 41))

    assert validate_pass_details(bad) == {
        "surname": "Please enter the surname.",
        "given_names": "The given names can have at most 100 characters.",
        "title": "The title contains control characters.",
        "frequent_flyer_tier": "The frequent-flyer tier contains control characters.",
        "membership_card": "The membership card number can have at most 40 characters.",
        "origin": "An airport code is three letters, like CPH or PEK.",
        "carrier": "An airline code is two or three letters or digits, like SK or D8.",
        "flight_number": "A flight number is one to four digits and maybe a letter, "
                         "like 1234 or 61A.",
        "flight_date": "Please enter the flight date.",
        "destination": "An airport code is three letters, like CPH or PEK.",
        "compartment": "The cabin code is one letter, like J or Y.",
        "seat": "A seat is a row and a letter, like 12A.",
        "sequence": "The check-in number is one to five letters or digits.",
        "frequent_flyer_airline": "A frequent-flyer programme is an airline code, like SK.",
        "frequent_flyer_number": "A frequent-flyer number is up to 20 letters and digits.",
    }


def test_a_missing_airline_is_asked_for() -> None:
    assert _problems(carrier="") == {"carrier": "Please enter the airline, like SK."}


@pytest.mark.parametrize(("field", "limit", "label"), [
    ("given_names", 100, "given names"),
    ("title", 20, "title"),
    ("frequent_flyer_tier", 40, "frequent-flyer tier"),
    ("membership_card", 40, "membership card number"),
])
def test_a_text_field_holds_up_to_its_limit(field: str, limit: int, label: str) -> None:
    assert _problems(**{field: "A" * limit}) == {}
    assert _problems(**{field: "A" * (limit + 1)}) == {
        field: f"The {label} can have at most {limit} characters."}


@pytest.mark.parametrize(("separator", "kind"), [
    ("\ud800", "surrogate"), ("\u2028", "line separator"), ("\u2029", "paragraph separator"),
])
def test_names_refuse_characters_that_cannot_be_stored_or_shown(separator: str, kind: str) -> None:
    text = f"A{separator}B"

    assert _problems(surname=text, given_names=text, frequent_flyer_tier=text) == {
        "surname": "The surname contains control characters.",
        "given_names": "The given names contains control characters.",
        "frequent_flyer_tier": "The frequent-flyer tier contains control characters.",
    }, kind


def test_a_language_is_a_short_code() -> None:
    assert language_problem("en") is None
    assert language_problem("english") == "A language is a code like en, da or zh-CN."


def test_a_frequent_flyer_number_shows_only_its_last_four() -> None:
    assert mask_frequent_flyer_number("1234") == "1234"
    assert mask_frequent_flyer_number("12345") == "*2345"
    assert mask_frequent_flyer_number("12 34 56") == "**3456"


# --- the rules an administrator writes ------------------------------------------------


def test_every_problem_with_a_rule_is_named() -> None:
    rule = Rule("", Entitlement.EXCEPTION, airline="S!", price=Decimal(-1),
                companion_price="x", free_companions=10, paid_companions=True)  # type: ignore[arg-type]

    assert rule_problems(rule) == {
        "name": "Please enter the rule name.",
        "entitlement": "An exception is granted by a duty manager, not by a rule.",
        "airline": "An airline code is two or three letters or digits, like SK.",
        "price": "The price cannot be negative.",
        "companion_price": "The companion price is not an amount.",
        "free_companions": "Companions: a number from 0 to 9.",
        "paid_companions": "Companions: a number from 0 to 9.",
    }


@pytest.mark.parametrize(("rule", "problems"), [
    (Rule("Cabin", Entitlement.CABIN), {"cabin": "Choose a cabin, an airline, or both."}),
    (Rule("Tier", Entitlement.FREQUENT_FLYER, frequent_flyer_tier=" , "),
     {"frequent_flyer_tier": "Name the tier, or several separated by commas, like GOLD, DIAMOND."}),
    (Rule("Tier", Entitlement.FREQUENT_FLYER, frequent_flyer_tier="G" * 40), {}),
    (Rule("Tier", Entitlement.FREQUENT_FLYER, frequent_flyer_tier="G" * 41),
     {"frequent_flyer_tier": "The tier can have at most 40 characters."}),
    (Rule("Paid", Entitlement.PAID, price=Decimal("0.50")), {}),
    (Rule("Paid", Entitlement.PAID), {"price": "Paid entry needs a price."}),
    (Rule("Paid", Entitlement.PAID, price=Decimal(10000), free_companions=9, paid_companions=9),
     {}),
    (Rule("Paid", Entitlement.PAID, price=Decimal("10000.01"), companion_price=Decimal("1.005")),
     {"price": "The price can be at most 10000.",
      "companion_price": "The companion price has at most two decimals."}),
    (Rule("Card", Entitlement.MEMBERSHIP, card_pattern="re:" + "P" * 200),
     {"card_pattern": "The card pattern can have at most 120 characters."}),
    (Rule("Card", Entitlement.MEMBERSHIP, card_pattern=" "),
     {"card_pattern": "Please enter a card pattern: a prefix like PP, or re: and an expression."}),
])
def test_a_rule_within_its_limits_is_usable(rule: Rule, problems: dict[str, str]) -> None:
    assert rule_problems(rule) == problems


# --- membership card patterns -----------------------------------------------------------

CHARACTER_CLASSES = ["[A]", "[(]", "[^(]", "[]()]", "[^]()]", "[\\]()]", "[(\\]]"]


@pytest.mark.parametrize("char_class", CHARACTER_CLASSES)
def test_brackets_inside_a_character_class_are_characters(char_class: str) -> None:
    assert card_pattern_problem(f"re:{char_class}PP") is None
    assert card_pattern_problem(f"re:{char_class}(PP)") is None
    assert card_pattern_problem(f"re:{char_class}(PP)+") == REPEATED_GROUP


@pytest.mark.parametrize("char_class", ["[](]", "[^](]", "[\\](]"])
def test_a_bracket_first_in_a_class_or_escaped_does_not_close_it(char_class: str) -> None:
    """A ``]`` first in a class (after any ``^``) or escaped is a character: the ``(`` is too."""
    assert card_pattern_problem(f"re:{char_class}PP") is None


def test_a_bracket_after_a_closed_class_is_a_group() -> None:
    assert card_pattern_problem("re:[]](]") == UNPAIRED


@pytest.mark.parametrize("pattern", [
    "re:((PP))", "re:(?:(PP))", "re:(?:P)(P)", "re:(?:A)(?:B)(?:C)(?:D)(?:E)",
    "re:(A*?)", "re:A*?B*?C*?D*?", "re:A{3}B{3}C{3}D{3}E{3}F{3}",
    "re:A{3,3}B{3,3}C{3,3}D{3,3}E{3,3}",
    "re:A|B|C|D|E|F|G|H|I", "re:A|(PP)", "re:(0)0\\0",
])
def test_patterns_within_the_limits_are_usable(pattern: str) -> None:
    assert card_pattern_problem(pattern) is None


@pytest.mark.parametrize(("pattern", "problem"), [
    ("re:(P)+", REPEATED_GROUP),
    ("re:(\\d)+", REPEATED_GROUP),
    ("re:A{2,5}B{2,5}C{2,5}D{2,5}E{2,5}", TOO_MANY_REPEATS),
    ("re:A{3,}B{3,}C{3,}D{3,}E{3,}", TOO_MANY_REPEATS),
    ("re:(0)0\\1", "Back-references are not allowed in a card pattern."),
    ("re:PP(?=1)1", "Only plain groups ( ) and (?: ) are allowed in a card pattern."),
    ("re:(?:P)(?=P)P", "Only plain groups ( ) and (?: ) are allowed in a card pattern."),
    ("re:((PP)", UNPAIRED),
    ("re:A|B|C|D|E|F|G|H|I|J", "Use at most 8 alternatives | in a card pattern."),
    ("re:PP\\", "The card pattern is not a valid expression: bad escape (end of pattern) at "
                "position 2."),
])
def test_a_risky_or_broken_pattern_is_refused_with_its_reason(pattern: str, problem: str) -> None:
    assert card_pattern_problem(pattern) == problem


def test_a_card_of_40_characters_is_the_longest_read() -> None:
    assert card_matches("PP", "PP" + "1" * 38)
    assert not card_matches("PP", "PP" + "1" * 39)


# --- the decision and its reason -------------------------------------------------------

ANY_CABIN = Rule("Business", Entitlement.CABIN, Cabin.BUSINESS, position=0, id=1)
GOLD = Rule("SAS Gold", Entitlement.FREQUENT_FLYER, airline="SK", frequent_flyer_tier="Gold",
            position=1, id=2)
CARD = Rule("Priority Pass", Entitlement.MEMBERSHIP, card_pattern="PP", position=2, id=3)
INVITED = Rule("Invitation", Entitlement.INVITATION, position=3, id=4)


@pytest.mark.parametrize(("details", "reason"), [
    (PassDetails(surname="Chen", compartment="J", **FLIGHT),
     "Business class on SK 995: admitted by the rule “Business”."),
    (PassDetails(surname="Chen", cabin=Cabin.BUSINESS, **FLIGHT),
     "Business class on SK 995: admitted by the rule “Business”."),
    (PassDetails(surname="Chen", frequent_flyer_airline="SK", frequent_flyer_tier="Gold"),
     "SK frequent flyer, Gold: admitted by the rule “SAS Gold”."),
    (PassDetails(surname="Chen", membership_card="PP123"),
     "Lounge membership card: admitted by the rule “Priority Pass”."),
    (PassDetails(surname="Chen", invited=True),
     "Invited guest: admitted by the rule “Invitation”."),
])
def test_an_admitted_guest_is_told_which_rule_let_them_in(
        details: PassDetails, reason: str) -> None:
    decision = decide([ANY_CABIN, GOLD, CARD, INVITED], details)

    assert decision.eligible and str(decision.reason) == reason
    assert decision.cabin is details.effective_cabin


def test_a_cabin_rule_for_any_airline_names_a_guest_without_a_cabin_a_passenger() -> None:
    any_airline = Rule("SAS", Entitlement.CABIN, airline="SK")

    decision = decide([any_airline], PassDetails(surname="Chen", **FLIGHT))

    assert str(decision.reason) == "Passenger on SK 995: admitted by the rule “SAS”."


OFFER = "no access rule admits this guest. Offer paid entry or ask a duty manager."


@pytest.mark.parametrize(("details", "said"), [
    (PassDetails(surname="Chen"), "No flight, membership or invitation"),
    (PassDetails(surname="Chen", **FLIGHT), "No cabin on SK 995"),
    (PassDetails(surname="Chen", compartment="Y", **FLIGHT),
     "Economy class on SK 995"),
    (PassDetails(surname="Chen", frequent_flyer_airline="LH"), "LH frequent flyer (no tier known)"),
    (PassDetails(surname="Chen", frequent_flyer_airline="LH", frequent_flyer_tier="Gold"),
     "LH frequent flyer (Gold)"),
    (PassDetails(surname="Chen", membership_card="DC1", **FLIGHT),
     "No cabin on SK 995, a membership card no rule accepts"),
])
def test_a_refused_guest_is_told_what_was_known(details: PassDetails, said: str) -> None:
    decision = decide([ANY_CABIN, GOLD, CARD, INVITED], details)

    assert not decision.eligible
    assert str(decision.reason) == f"{said}: {OFFER}"
    assert decision.cabin is details.effective_cabin


def test_a_cabin_rule_needs_the_guests_airline() -> None:
    no_airline = PassDetails(surname="Chen", compartment="J", invited=True)

    assert not decide([ANY_CABIN], no_airline).eligible


def test_a_cabin_rule_with_neither_cabin_nor_airline_admits_nobody() -> None:
    nothing_named = Rule("Anyone", Entitlement.CABIN)

    guest = PassDetails(surname="Chen", compartment="J", **FLIGHT)

    assert not decide([nothing_named], guest).eligible  # type: ignore[arg-type]


def test_rules_at_the_same_position_go_by_id_an_unsaved_rule_first() -> None:
    guest = PassDetails(surname="Chen", invited=True)
    second = Rule("Second", Entitlement.INVITATION, id=2)
    first = Rule("First", Entitlement.INVITATION, id=1)
    unsaved = Rule("Unsaved", Entitlement.INVITATION)

    assert decide([second, first], guest).rule == first
    assert decide([first, unsaved], guest).rule == unsaved


# --- companions ------------------------------------------------------------------------


@pytest.mark.parametrize(("allowance", "companions", "message"), [
    (Allowance(), 1, "This entry admits the guest alone; companions need their own entry."),
    (Allowance(1), 2, "This entry admits 1 companion free: at most 1, not 2. "
                      "The others need their own entry."),
    (Allowance(2, 3, Decimal(45)), 6, "This entry admits 2 companions free and 3 more at 45 "
                                      "each: at most 5, not 6. The others need their own entry."),
])
def test_a_party_too_large_is_told_what_the_entry_allows(
        allowance: Allowance, companions: int, message: str) -> None:
    assert str(allowance_message(allowance, companions)) == message
