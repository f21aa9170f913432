"""The PIN rules' words and bounds the mutation run found loose (docs/mutation.md)."""

from __future__ import annotations

import base64
import datetime as dt

import pytest

from vipdesk.domain.pin import (
    PinKey,
    backoff_after,
    hash_pin,
    known_hash_format,
    pin_problem,
    wrap_unkeyed,
)
from vipdesk.domain.vocabulary import Role

KEY = PinKey(bytes(range(32)))
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
    said = pin_problem(pin, role)
    assert (None if said is None else str(said)) == problem


@pytest.mark.parametrize(("failures", "wait"), [
    (0, 0), (2, 0), (3, 5), (4, 10), (5, 20), (8, 160), (9, 300), (47, 300), (1000, 300),
])
def test_after_three_wrong_pins_the_wait_doubles_from_five_seconds_to_five_minutes(
        failures: int, wait: int) -> None:
    assert backoff_after(failures) == dt.timedelta(seconds=wait)


def test_a_stored_hash_is_known_only_in_the_forms_vip_desk_makes() -> None:
    assert known_hash_format(None), "no PIN yet"
    assert known_hash_format(hash_pin("482915", KEY))
    assert not known_hash_format("vkp1$junk")
    assert not known_hash_format(hash_pin("482915", KEY).encode())


OLD_SALT = "c2FsdHNhbHRzYWx0c2FsdA=="
OLD_DIGEST = base64.b64encode(bytes(32)).decode()


@pytest.mark.parametrize("stored", [
    f"vkw1$16384$8$1${OLD_SALT}${OLD_DIGEST}",  # not from before the key
    f"scrypt$16384$8$1${OLD_SALT}${base64.b64encode(bytes(31)).decode()}",  # digest too short
])
def test_only_a_whole_hash_from_before_the_key_is_wrapped(stored: str) -> None:
    with pytest.raises(ValueError, match=r"^not a hash from before the PIN key$"):
        wrap_unkeyed(stored, KEY)


@pytest.mark.parametrize("stored", [
    f"scrypt$16384$8$1$!{OLD_SALT}${OLD_DIGEST}",
    f"scrypt$16384$8$1${OLD_SALT}$!{OLD_DIGEST}",
])
def test_a_hash_with_a_character_base64_does_not_have_is_not_wrapped(stored: str) -> None:
    with pytest.raises(ValueError):
        wrap_unkeyed(stored, KEY)


def test_wrapping_an_old_hash_gives_the_same_stored_text_in_every_version() -> None:
    """The wrap's label is part of the stored format: changing it locks every wrapped PIN out."""
    wrapped = wrap_unkeyed(f"scrypt$16384$8$1${OLD_SALT}${OLD_DIGEST}", KEY)

    assert wrapped == (f"vkw1${KEY.key_id}$16384$8$1${OLD_SALT}$"
                       "hrRG1hPtI1YyxF0jtE3GjDUEE8MTE/W9W9T6KCZLKjI=")
