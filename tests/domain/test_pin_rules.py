"""The PIN rules' words and bounds the mutation run found loose (docs/mutation.md)."""

from __future__ import annotations

import pytest

from vipdesk.domain.pin import pin_problem
from vipdesk.domain.vocabulary import Role

TOO_EASY = "too easy to guess; please choose another."


@pytest.mark.parametrize(("pin", "role", "problem"), [
    ("12a4", Role.FRONT_DESK, "A PIN is made of digits only."),
    ("482", Role.FRONT_DESK, "A PIN needs at least 4 digits."),
    ("482", Role.ATTENDANT, "A PIN needs at least 4 digits."),
    ("4826", Role.DUTY_MANAGER, "A duty manager's PIN needs at least 6 digits."),
    ("48261", Role.ADMINISTRATOR, "An administrator's PIN needs at least 6 digits."),
    ("482619375018", Role.FRONT_DESK, None),
    ("4826193750184", Role.FRONT_DESK, "A PIN has at most 12 digits."),
    ("7777", Role.FRONT_DESK, f"A PIN of one digit repeated is {TOO_EASY}"),
    ("3456", Role.FRONT_DESK, f"A run of digits like 1234 or 9876 is {TOO_EASY}"),
    ("1212", Role.FRONT_DESK, f"This is one of the commonest PINs and {TOO_EASY}"),
])
def test_a_pin_refused_says_why_in_the_words_for_the_role(
        pin: str, role: Role, problem: str | None) -> None:
    assert pin_problem(pin, role) == problem
