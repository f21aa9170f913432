"""Staff PINs: the rules a new PIN must meet, a keyed slow hash, and the back-off after wrong tries.

A PIN has few digits, so a slow hash alone does not protect it: every 4-digit PIN
falls to scrypt in minutes on one core. The hash therefore mixes in the
installation's secret PIN key (32 random bytes in a file kept outside the
database and its backups, :mod:`vipdesk.storage.pin_key`):

    digest = scrypt(HMAC-SHA256(key, pin), salt, N, r, p)

Without the key, the input to scrypt is a 256-bit secret, so a stolen database
or backup gives no way to test a guess. With the key too (the whole PC stolen),
each guess still costs one scrypt. HMAC before the KDF, rather than the key as
scrypt's salt, keeps the salt unique per hash and the key out of any value
stored. The stored form records a short id of the key (a hash of it, never the
key) so a missing or replaced key file is told apart from a wrong PIN:

    vkp1$<key id>$<N>$<r>$<p>$<salt>$<digest>

Hashes from before the key (``scrypt$N$r$p$salt$digest``) are wrapped with the
key, all at once, the first time the desk opens a database with it
(:func:`vipdesk.services.pin_key.load_pin_key`); no PIN is needed for that:

    vkw1$<key id>$<N>$<r>$<p>$<salt>$<HMAC-SHA256(key, old digest)>

A guess is checked by computing the old scrypt and then the HMAC: the same one
scrypt per guess as a keyed hash, and as useless without the key. A bare
``scrypt$`` hash is never accepted: after the wrapping one can only have been
put there by hand or by a crafted file, with a PIN of its maker's choosing.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import itertools
import re
import secrets
from dataclasses import dataclass, field
from enum import Enum

from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.vocabulary import Role

MAX_PIN_LENGTH = 12
MIN_PIN_LENGTH = 4  # front desk; see MIN_LENGTH_BY_ROLE
MIN_LENGTH_BY_ROLE = {Role.ADMINISTRATOR: 6, Role.DUTY_MANAGER: 6, Role.FRONT_DESK: 4}
KEY_BYTES = 32
_N, _R, _P = 2**14, 8, 1
KEYED = "vkp1"
WRAPPED = "vkw1"  # a hash from before the key, wrapped with it
LEGACY = "scrypt"  # from before the key: refused at sign-in
SALT_BYTES = 16
DIGEST_BYTES = 32  # a keyed hash, and a wrapped one (HMAC-SHA256)
OLD_DIGEST_BYTES = 32  # what the hashes from before the key held
FREE_TRIES = 3
MAX_BACKOFF = dt.timedelta(minutes=5)

# The commonest PINs in published counts of leaked PINs that the repeat and run
# rules below do not already catch: from the top twenty of DataGenetics' count of
# 3.4 million four-digit PINs (together over a quarter of all PINs) 1212, 1004,
# 2000, 6969, 1122, 1313, 2001, 1010, and the keypad's middle column 2580; among
# six-digit PINs (Wang et al., "Understanding human-chosen PINs", 2017, and
# leaked Chinese and English sets) repeated pairs and triples, mirrors and keypad
# shapes. Short on purpose: a long deny-list refuses PINs people chose well and
# pushes them to write the PIN down.
COMMON_PINS = frozenset({
    "1212", "1004", "2000", "6969", "1122", "1313", "2001", "1010", "2580",
    "121212", "112233", "123123", "123321", "159753", "159357", "147258", "789456",
    "696969", "131313", "101010", "520520", "111222", "102030", "258258",
})
PIN_IN_USE = Message(QT_TRANSLATE_NOOP(
    "Messages", "Another member of staff already uses this PIN; please choose another."))


@dataclass(frozen=True)
class PinKey:
    """The installation's secret PIN key. ``repr`` never shows it."""

    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.secret) != KEY_BYTES:
            raise ValueError(f"A PIN key is {KEY_BYTES} bytes, not {len(self.secret)}.")

    @property
    def key_id(self) -> str:
        """16 hex digits naming this key: a hash of it, from which the key cannot be found."""
        return hashlib.sha256(b"VIP Desk PIN key id\0" + self.secret).hexdigest()[:16]

    @staticmethod
    def new() -> PinKey:
        return PinKey(secrets.token_bytes(KEY_BYTES))


class PinCheck(Enum):
    """What a PIN check found."""

    MATCH = "match"
    WRONG = "wrong"
    OTHER_KEY = "made with another PIN key"
    NO_PIN = "no PIN set"
    UNKEYED = "made before the PIN key and never wrapped with it: refused, as no PIN set"

    @property
    def ok(self) -> bool:
        return self is PinCheck.MATCH


# --- the rules for a new PIN -------------------------------------------------


def _steps(pin: str) -> set[int]:
    return {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}


def trivial_problem(pin: str) -> Message | None:
    """Why ``pin`` is too easy to guess, or None."""
    if len(set(pin)) == 1:
        return Message(QT_TRANSLATE_NOOP(
            "Messages",
            "A PIN of one digit repeated is too easy to guess; please choose another."))
    if _steps(pin) in ({1}, {9}):
        return Message(QT_TRANSLATE_NOOP(
            "Messages",
            "A run of digits like 1234 or 9876 is too easy to guess; please choose another."))
    if pin in COMMON_PINS:
        return Message(QT_TRANSLATE_NOOP(
            "Messages",
            "This is one of the commonest PINs and too easy to guess; please choose another."))
    return None


def pin_problem(pin: str, role: Role) -> Message | None:
    """Why this PIN cannot be set for someone with this role, or None when it can.

    The one place for the PIN rules: digits only; at least 6 digits for
    administrators and duty managers (their PIN approves exceptions and opens
    reports and settings), 4 for the front desk; nothing trivial. Whether
    another member of staff already uses it needs the stored hashes: the staff
    service checks that, with :data:`PIN_IN_USE`.
    """
    if not pin.isascii() or not pin.isdigit():
        return Message(QT_TRANSLATE_NOOP("Messages", "A PIN is made of digits only."))
    shortest = {"least": str(MIN_LENGTH_BY_ROLE.get(role, MIN_PIN_LENGTH))}
    if len(pin) < MIN_LENGTH_BY_ROLE.get(role, MIN_PIN_LENGTH):
        if role is Role.ADMINISTRATOR:
            return Message(QT_TRANSLATE_NOOP(
                "Messages", "An administrator's PIN needs at least {least} digits."), shortest)
        if role is Role.DUTY_MANAGER:
            return Message(QT_TRANSLATE_NOOP(
                "Messages", "A duty manager's PIN needs at least {least} digits."), shortest)
        return Message(QT_TRANSLATE_NOOP("Messages", "A PIN needs at least {least} digits."),
                       shortest)
    if len(pin) > MAX_PIN_LENGTH:
        return Message(QT_TRANSLATE_NOOP("Messages", "A PIN has at most {most} digits."),
                       {"most": str(MAX_PIN_LENGTH)})
    return trivial_problem(pin)


# --- hashing -----------------------------------------------------------------


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _keyed_input(pin: str, key: PinKey) -> bytes:
    return hmac.new(key.secret, pin.encode(), hashlib.sha256).digest()


def hash_pin(pin: str, key: PinKey) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(_keyed_input(pin, key), salt=salt, n=_N, r=_R, p=_P,
                            dklen=DIGEST_BYTES)
    return "$".join((KEYED, key.key_id, str(_N), str(_R), str(_P), _b64(salt), _b64(digest)))


def key_id_of(stored: str | None) -> str | None:
    """The id of the PIN key a stored hash needs; None for none or a bare old hash."""
    if stored and stored.startswith((KEYED + "$", WRAPPED + "$")):
        return stored.split("$")[1]
    return None


def is_unkeyed(stored: str | None) -> bool:
    """Whether ``stored`` is a bare hash from before the PIN key."""
    return stored is not None and stored.startswith(LEGACY + "$")


def _b64_of(size: int) -> str:
    """A pattern for the base64 text of exactly ``size`` bytes."""
    whole, rest = divmod(size, 3)
    tail = {0: "", 1: "[A-Za-z0-9+/][AQgw]==", 2: "[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]="}[rest]
    return f"[A-Za-z0-9+/]{{{4 * whole}}}{tail}"


_PARAMETERS = rf"\${_N}\${_R}\${_P}\${_b64_of(SALT_BYTES)}\${_b64_of(DIGEST_BYTES)}"
_KNOWN_FORMATS = re.compile(
    rf"(?:(?:{KEYED}|{WRAPPED})\$[0-9a-f]{{16}}|{LEGACY}){_PARAMETERS}", re.ASCII)


def known_hash_format(stored: object) -> bool:
    """Whether ``stored`` is no PIN or a hash in a form VIP Desk makes: keyed, wrapped, or
    from before the key, with our scrypt cost and sizes. Anything else was put there by
    hand or by a crafted file (a cost of its maker's choosing would stall every sign-in)."""
    return stored is None or (isinstance(stored, str)
                              and _KNOWN_FORMATS.fullmatch(stored) is not None)


def _wrap(key: PinKey, digest: bytes) -> bytes:
    return hmac.new(key.secret, b"VIP Desk old PIN hash\0" + digest, hashlib.sha256).digest()


def wrap_unkeyed(stored: str, key: PinKey) -> str:
    """A bare old hash wrapped with the key (no PIN needed): see the module's docstring.

    Raises ValueError for anything but a well-formed ``scrypt$`` hash.
    """
    scheme, n, r, p, salt, digest = stored.split("$")
    if scheme != LEGACY:
        raise ValueError("not a hash from before the PIN key")
    int(n), int(r), int(p), base64.b64decode(salt, validate=True)
    old = base64.b64decode(digest, validate=True)
    if len(old) != OLD_DIGEST_BYTES:
        raise ValueError("not a hash from before the PIN key")
    wrapped = _wrap(key, old)
    return "$".join((WRAPPED, key.key_id, n, r, p, salt, _b64(wrapped)))


def _scrypt(secret: bytes, n: str, r: str, p: str, salt: str, length: int) -> bytes:
    return hashlib.scrypt(secret, salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                          dklen=length)


def check_pin(pin: str, stored: str | None, key: PinKey) -> PinCheck:
    """Check ``pin`` against a stored hash: keyed, or from before the key and wrapped with it."""
    if not stored:
        return PinCheck.NO_PIN
    if is_unkeyed(stored):
        return PinCheck.UNKEYED  # not even computed: no answer about the PIN
    try:
        scheme, key_id, n, r, p, salt, digest = stored.split("$")
        if scheme not in (KEYED, WRAPPED):
            return PinCheck.WRONG
        if not hmac.compare_digest(key_id, key.key_id):
            return PinCheck.OTHER_KEY
        expected = base64.b64decode(digest)
        if scheme == KEYED:
            actual = _scrypt(_keyed_input(pin, key), n, r, p, salt, len(expected))
        else:
            actual = _wrap(key, _scrypt(pin.encode(), n, r, p, salt, OLD_DIGEST_BYTES))
        return PinCheck.MATCH if hmac.compare_digest(actual, expected) else PinCheck.WRONG
    except (ValueError, TypeError):
        return PinCheck.WRONG


def backoff_after(failures: int) -> dt.timedelta:
    """How long to refuse further tries after this many wrong PINs in a row."""
    if failures < FREE_TRIES:
        return dt.timedelta(0)
    # Capped as a number of seconds: from the 47th wrong PIN on, the doubled wait is longer
    # than a timedelta can hold.
    seconds = 5 * 2 ** (failures - FREE_TRIES)
    return dt.timedelta(seconds=min(seconds, MAX_BACKOFF.total_seconds()))
