"""The PIN rules and the keyed hash, as pure functions."""

from __future__ import annotations

import pytest

from vipdesk.domain.pin import (
    COMMON_PINS,
    PinCheck,
    PinKey,
    check_pin,
    hash_pin,
    key_id_of,
    pin_problem,
    wrap_unkeyed,
)
from vipdesk.domain.vocabulary import Role

KEY = PinKey(bytes(range(32)))


@pytest.mark.parametrize(("pin", "role", "says"), [
    ("12a4", Role.FRONT_DESK, "digits only"),
    ("１２３４", Role.FRONT_DESK, "digits only"),  # full-width digits are not ASCII
    ("482", Role.FRONT_DESK, "at least 4 digits"),
    ("4826", Role.DUTY_MANAGER, "A duty manager's PIN needs at least 6 digits"),
    ("48261", Role.ADMINISTRATOR, "An administrator's PIN needs at least 6 digits"),
    ("4" * 13, Role.FRONT_DESK, "at most 12 digits"),
    ("7777", Role.FRONT_DESK, "one digit repeated"),
    ("000000", Role.ADMINISTRATOR, "one digit repeated"),
    ("1234", Role.FRONT_DESK, "run of digits"),
    ("123456", Role.ADMINISTRATOR, "run of digits"),
    ("987654", Role.DUTY_MANAGER, "run of digits"),
    ("4321", Role.FRONT_DESK, "run of digits"),
    ("7890", Role.FRONT_DESK, "run of digits"),  # 0 follows 9 on a keypad's count
    ("1212", Role.FRONT_DESK, "commonest PINs"),
    ("2580", Role.FRONT_DESK, "commonest PINs"),
    ("121212", Role.ADMINISTRATOR, "commonest PINs"),
    ("159753", Role.DUTY_MANAGER, "commonest PINs"),
])
def test_a_pin_that_breaks_the_rules_is_refused_with_the_reason(
        pin: str, role: Role, says: str) -> None:
    problem = pin_problem(pin, role)
    assert problem is not None and says in str(problem)


@pytest.mark.parametrize(("pin", "role"), [
    ("4826", Role.FRONT_DESK), ("2468", Role.FRONT_DESK), ("482915", Role.ADMINISTRATOR),
    ("730264", Role.DUTY_MANAGER), ("48291573", Role.ADMINISTRATOR), ("0852", Role.FRONT_DESK),
])
def test_a_good_pin_is_accepted(pin: str, role: Role) -> None:
    assert pin_problem(pin, role) is None


def test_the_common_list_holds_only_pins_the_other_rules_let_through() -> None:
    """Each entry earns its place: a repeat or a run is refused by its own rule already."""
    for pin in COMMON_PINS:
        assert len(set(pin)) > 1 and pin not in ("1234", "123456", "4321", "654321")


def test_the_keyed_hash_names_its_key_but_holds_neither_key_nor_pin() -> None:
    stored = hash_pin("482915", KEY)
    assert stored.startswith(f"vkp1${KEY.key_id}$") and key_id_of(stored) == KEY.key_id
    assert "482915" not in stored and KEY.secret.hex() not in stored
    assert check_pin("482915", stored, KEY) is PinCheck.MATCH
    assert check_pin("482916", stored, KEY) is PinCheck.WRONG
    assert check_pin("482915", stored, PinKey(bytes(32))) is PinCheck.OTHER_KEY
    assert check_pin("482915", None, KEY) is PinCheck.NO_PIN
    assert check_pin("482915", "garbage$1$2", KEY) is PinCheck.WRONG
    assert "secret" not in repr(KEY) and KEY.secret.hex() not in repr(KEY)


def test_a_bare_hash_from_before_the_key_is_refused_and_wrapped_it_matches() -> None:
    legacy = ("scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$"
              + _legacy_digest("2468", b"saltsaltsaltsalt"))
    assert check_pin("2468", legacy, KEY) is PinCheck.UNKEYED
    assert key_id_of(legacy) is None
    wrapped = wrap_unkeyed(legacy, KEY)
    assert wrapped.startswith(f"vkw1${KEY.key_id}$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$")
    assert key_id_of(wrapped) == KEY.key_id and legacy.split("$")[-1] not in wrapped
    assert check_pin("2468", wrapped, KEY) is PinCheck.MATCH
    assert check_pin("2469", wrapped, KEY) is PinCheck.WRONG
    assert check_pin("2468", wrapped, PinKey(bytes(32))) is PinCheck.OTHER_KEY
    with pytest.raises(ValueError):
        wrap_unkeyed(wrapped, KEY)


def _legacy_digest(pin: str, salt: bytes) -> str:
    import base64
    import hashlib
    return base64.b64encode(hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1,
                                           dklen=32)).decode()


def test_a_key_is_32_bytes() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        PinKey(b"short")
    assert PinKey.new() != PinKey.new()
