"""Staff PINs: the length rule, a slow salted hash, and the back-off after wrong tries.

scrypt (in the standard library) is memory-hard, so a stolen database does not
give up four-to-eight digit PINs to a GPU in seconds.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets

MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 12
_N, _R, _P = 2**14, 8, 1
FREE_TRIES = 3
MAX_BACKOFF = dt.timedelta(minutes=5)


def pin_problem(pin: str) -> str | None:
    """Why this PIN cannot be used, or None when it can."""
    if not pin.isascii() or not pin.isdigit():
        return "A PIN is made of digits only."
    if len(pin) < MIN_PIN_LENGTH:
        return f"A PIN needs at least {MIN_PIN_LENGTH} digits."
    if len(pin) > MAX_PIN_LENGTH:
        return f"A PIN has at most {MAX_PIN_LENGTH} digits."
    return None


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "scrypt${}${}${}${}${}".format(
        _N, _R, _P, base64.b64encode(salt).decode(), base64.b64encode(digest).decode())


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt),
                                n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def backoff_after(failures: int) -> dt.timedelta:
    """How long to refuse further tries after this many wrong PINs in a row."""
    if failures < FREE_TRIES:
        return dt.timedelta(0)
    return min(dt.timedelta(seconds=5 * 2 ** (failures - FREE_TRIES)), MAX_BACKOFF)
