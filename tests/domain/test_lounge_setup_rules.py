"""What a lounge needs to open: the first-run rules in the words the dialog shows."""

from __future__ import annotations

import pytest

from vipdesk.domain import lounge_setup as setup
from vipdesk.domain.lounge_setup import LoungePlan, SpacePlan
from vipdesk.domain.vocabulary import SpaceKind


def plan(**changes: object) -> LoungePlan:
    fields: dict[str, object] = dict(name="Nordic Lounge", airport="CPH",
                                     timezone="Europe/Copenhagen", admin_name="Ada Admin",
                                     admin_pin="739184")
    fields.update(changes)
    return LoungePlan(**fields)  # type: ignore[arg-type]


def test_a_good_plan_has_no_problems_and_starts_with_the_usual_spaces() -> None:
    assert setup.plan_problems(plan()) == {}
    assert setup.default_spaces() == [
        SpacePlan("Lobby", SpaceKind.LOBBY, 120),
        *(SpacePlan(f"Box {n}", SpaceKind.BOX, 4) for n in range(1, 7)),
        SpacePlan("VIP Room 1", SpaceKind.VIP_ROOM, 8),
        SpacePlan("VIP Room 2", SpaceKind.VIP_ROOM, 8)]


@pytest.mark.parametrize(("name", "problem"), [
    ("", "Please enter the lounge name."),
    (" \t", "Please enter the lounge name."),
    ("x" * 120, None),
    (f"  {'x' * 120}  ", None),  # the spaces around a name do not count
    ("x" * 121, "The lounge name can have at most 120 characters."),
    ("Nordic\x1fLounge", "The lounge name contains control characters."),
    ("Nordic\x7fLounge", "The lounge name contains control characters."),
    ("Nordic\x9fLounge", "The lounge name contains control characters."),
    ("Nordic Lounge\u00a0Øst", None),  # U+00A0 is the first character after the controls
    ("Nordic ~ Lounge", None),
])
def test_a_name_is_needed_fits_and_has_no_control_characters(name: str,
                                                              problem: str | None) -> None:
    assert setup.name_problem(name, "lounge name") == problem


@pytest.mark.parametrize(("code", "ok"), [
    ("CPH", True), ("pek", True), ("CP", False), ("CPHX", False), ("C1H", False),
    ("ÆØÅ", False), ("", False)])
def test_an_airport_code_is_three_letters(code: str, ok: bool) -> None:
    problem = setup.airport_problem(code)
    assert problem == (None if ok else "An airport code is three letters, like CPH or PEK.")


def test_the_time_zone_must_be_known() -> None:
    assert setup.timezone_problem("Asia/Shanghai") is None
    assert setup.timezone_problem(" ") == "Please choose the lounge's time zone."
    assert setup.timezone_problem("Mars/Base") == (
        "'Mars/Base' is not a time zone we know. Use a name like Europe/Copenhagen.")
    assert setup.timezone_problem("../etc") == (
        "'../etc' is not a time zone we know. Use a name like Europe/Copenhagen.")


@pytest.mark.parametrize(("space", "problem"), [
    (SpacePlan("Box 1", SpaceKind.BOX, 1), None),
    (SpacePlan("Lobby", SpaceKind.LOBBY, 2000), None),
    (SpacePlan("Box 1", SpaceKind.BOX, 0), "Box 1 needs at least one seat."),
    (SpacePlan("Lobby", SpaceKind.LOBBY, 2001),
     "Lobby: 2001 seats is more than a lounge space holds."),
    (SpacePlan(" ", SpaceKind.BOX, 4), "Please enter the space name."),
])
def test_a_space_has_a_name_and_one_to_2000_seats(space: SpacePlan, problem: str | None) -> None:
    assert setup.space_problem(space) == problem


def test_every_field_of_the_plan_is_checked_and_named() -> None:
    assert setup.plan_problems(plan(name="", airport="X", timezone="", admin_name="x" * 121,
                                    admin_pin="12", spaces=[])) == {
        "name": "Please enter the lounge name.",
        "airport": "An airport code is three letters, like CPH or PEK.",
        "timezone": "Please choose the lounge's time zone.",
        "admin_name": "The administrator's name can have at most 120 characters.",
        "admin_pin": "An administrator's PIN needs at least 6 digits.",
        "spaces": "A lounge needs at least one space.",
    }


def test_two_spaces_may_not_share_a_name_whatever_the_case_and_spacing() -> None:
    spaces = [SpacePlan("Box 1", SpaceKind.BOX, 4), SpacePlan(" box 1 ", SpaceKind.BOX, 4)]
    assert setup.plan_problems(plan(spaces=spaces)) == {"spaces": "Two spaces have the same name."}


def test_the_first_bad_space_is_the_one_reported() -> None:
    spaces = [SpacePlan("Lobby", SpaceKind.LOBBY, 50), SpacePlan("Box 1", SpaceKind.BOX, 0),
              SpacePlan("Box 2", SpaceKind.BOX, 0)]
    assert setup.plan_problems(plan(spaces=spaces)) == {"spaces": "Box 1 needs at least one seat."}
