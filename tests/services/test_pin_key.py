"""The PIN key: kept out of the database and its backups, needed to test a PIN, never replaced
silently; and the PIN rules where PINs are set."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PIN, DESK_PIN, MANAGER_PIN
from vipdesk.domain.pin import (
    PIN_IN_USE,
    PinCheck,
    PinKey,
    check_pin,
    wrap_unkeyed,
)
from vipdesk.domain.vocabulary import Role
from vipdesk.services import staff
from vipdesk.services.pin_key import PinKeyProblem, open_pin_key
from vipdesk.services.session import Session
from vipdesk.services.staff import NO_PIN_MESSAGE, OTHER_KEY_MESSAGE, PinRejected
from vipdesk.storage.backup import backup_to
from vipdesk.storage.models import AuditEvent, Staff
from vipdesk.storage.paths import default_path
from vipdesk.storage.pin_key import default_key_path, is_within


def key_forms(key: PinKey) -> list[bytes]:
    """The key as raw bytes and as the text forms a careless program might store."""
    return [key.secret, key.secret.hex().encode(), base64.b64encode(key.secret)]


def staff_hashes(path: Path) -> dict[str, str]:
    """The staff table's PIN hashes as a thief reads them from a copy of the file."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(connection.execute(
            "SELECT name, pin_hash FROM staff WHERE pin_hash IS NOT NULL"))
    finally:
        connection.close()


def old_formula_confirms(pin: str, stored: str) -> bool:
    """The attack that took 38 s per PIN: scrypt the guess with the stored salt and cost."""
    n, r, p, salt, digest = stored.split("$")[-5:]
    guess = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                           p=int(p), dklen=32)
    return hmac.compare_digest(guess, base64.b64decode(digest))


def keyed_formula_confirms(pin: str, stored: str, secret: bytes) -> bool:
    """The same attack with a key guessed or taken from elsewhere, ignoring the key id."""
    n, r, p, salt, digest = stored.split("$")[-5:]
    keyed = hmac.new(secret, pin.encode(), hashlib.sha256).digest()
    guess = hashlib.scrypt(keyed, salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                           dklen=32)
    return hmac.compare_digest(guess, base64.b64decode(digest))


# --- a stolen database or backup ---------------------------------------------------------


def test_the_key_is_nowhere_in_the_database_its_log_or_a_backup(
        session: Session, db_path: Path, team: dict[str, Staff], pin_key: PinKey,
        tmp_path: Path) -> None:
    assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok
    backup = backup_to(db_path, tmp_path / "backup.sqlite3")
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the log holds the latest writes"
    for path in (db_path, wal, backup):
        content = path.read_bytes()
        for form in key_forms(pin_key):
            assert form not in content, f"the PIN key is in {path.name}"
    assert not is_within(Path(os.environ["VIPDESK_PIN_KEY"]), db_path.parent)


def test_a_stolen_backup_does_not_confirm_a_pin_without_the_key(
        session: Session, db_path: Path, team: dict[str, Staff], pin_key: PinKey,
        tmp_path: Path) -> None:
    """On the code before the key, the first assertion failed: the old formula confirmed
    the administrator's PIN straight from the backup."""
    backup = backup_to(db_path, tmp_path / "stolen.sqlite3")
    stolen = staff_hashes(backup)
    admin_hash = stolen["Astrid Admin"]
    assert not old_formula_confirms(ADMIN_PIN, admin_hash)
    assert not keyed_formula_confirms(ADMIN_PIN, admin_hash, PinKey.new().secret)
    assert not check_pin(ADMIN_PIN, admin_hash, PinKey.new()).ok
    assert keyed_formula_confirms(ADMIN_PIN, admin_hash, pin_key.secret), "with the key it does"
    assert check_pin(MANAGER_PIN, stolen["Mads Manager"], pin_key) is PinCheck.MATCH


# --- where the key lives, and a lost key ---------------------------------------------------


@pytest.fixture
def key_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for key files apart from the database's (``tmp_path``)."""
    return tmp_path_factory.mktemp("config")


def test_the_default_key_lives_outside_the_data_folder_and_its_backups() -> None:
    assert not is_within(default_key_path(), default_path().parent)
    assert default_key_path().name == "pin.key"


def test_a_new_database_gets_a_new_owner_only_key(
        db: object, db_path: Path, key_folder: Path) -> None:
    path = key_folder / "VIPDesk" / "pin.key"
    key = open_pin_key(path, db_path)
    assert path.read_bytes() == key.secret
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert open_pin_key(path, db_path) == key, "the next start reads the same key"


def test_a_lost_key_is_said_at_start_up_and_no_new_key_is_made(
        db_path: Path, team: dict[str, Staff], key_folder: Path) -> None:
    missing = key_folder / "elsewhere" / "pin.key"
    with pytest.raises(PinKeyProblem) as refused:
        open_pin_key(missing, db_path)
    said = str(refused.value)
    assert f"The PIN key file {missing} is missing" in said
    assert "recover-pins --admin" in said and str(db_path) in said
    assert not missing.exists(), "a new key would turn every PIN into a wrong one"


def test_another_key_file_is_told_apart_from_a_wrong_pin(
        session: Session, db_path: Path, team: dict[str, Staff], key_folder: Path) -> None:
    other = key_folder / "other.key"
    other.write_bytes(PinKey.new().secret)
    with pytest.raises(PinKeyProblem, match="is not the one the staff PINs"):
        open_pin_key(other, db_path)
    session.pin_key = PinKey(other.read_bytes())
    result = staff.sign_in(session, team["desk"].id, DESK_PIN)
    assert not result.ok and result.message == OTHER_KEY_MESSAGE
    assert "Wrong PIN" not in result.message
    assert Staff.get_by_id(team["desk"].id).failed_pins == 0, "not counted as a wrong PIN"


def test_a_key_file_in_the_database_folder_is_refused(db: object, db_path: Path) -> None:
    with pytest.raises(PinKeyProblem, match="in the database's folder"):
        open_pin_key(db_path.parent / "pin.key", db_path)
    assert not (db_path.parent / "pin.key").exists()


def test_a_damaged_key_file_is_named(db: object, db_path: Path, key_folder: Path) -> None:
    bad = key_folder / "pin.key"
    bad.write_bytes(b"not a key")
    with pytest.raises(PinKeyProblem, match="is not a VIP Desk PIN key"):
        open_pin_key(bad, db_path)


# --- PINs from before the key ------------------------------------------------------------


def legacy_hash(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return (f"scrypt$16384$8$1${base64.b64encode(salt).decode()}$"
            f"{base64.b64encode(digest).decode()}")


def test_a_wrapped_old_pin_keeps_working_when_it_no_longer_meets_the_rules(
        session: Session, team: dict[str, Staff], pin_key: PinKey) -> None:
    """Staff whose PIN the new rules refuse still sign in, and are told to choose another."""
    manager = team["manager"]
    Staff.update(pin_hash=wrap_unkeyed(legacy_hash("1357"), pin_key)) \
        .where(Staff.id == manager.id).execute()
    result = staff.sign_in(session, manager.id, "1357")
    assert result.ok and result.pin_change_due
    staff.sign_out(session)
    assert not staff.sign_in(session, team["desk"].id, DESK_PIN).pin_change_due


def test_staff_without_a_pin_are_told_to_ask_an_administrator(
        session: Session, team: dict[str, Staff]) -> None:
    Staff.update(pin_hash=None).where(Staff.id == team["desk"].id).execute()
    result = staff.sign_in(session, team["desk"].id, "")
    assert not result.ok and result.message == NO_PIN_MESSAGE
    assert Staff.get_by_id(team["desk"].id).failed_pins == 0


# --- the PIN rules where PINs are set ------------------------------------------------------


@pytest.fixture
def admin_session(session: Session, team: dict[str, Staff]) -> Session:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    return session


@pytest.mark.parametrize(("role", "pin", "says"), [
    (Role.DUTY_MANAGER, "4826", "at least 6 digits"),
    (Role.ADMINISTRATOR, "5937", "at least 6 digits"),
    (Role.FRONT_DESK, "1111", "one digit repeated"),
    (Role.FRONT_DESK, "1234", "run of digits"),
    (Role.DUTY_MANAGER, "123456", "run of digits"),
    (Role.FRONT_DESK, "1212", "commonest"),
])
def test_adding_staff_applies_the_pin_rules(
        admin_session: Session, role: Role, pin: str, says: str) -> None:
    before = AuditEvent.select().count()
    with pytest.raises(PinRejected, match=says):
        staff.add_staff(admin_session, "Eve", role, pin)
    assert not Staff.select().where(Staff.name == "Eve").exists()
    assert AuditEvent.select().count() == before


def test_a_pin_another_member_of_staff_uses_is_refused_without_saying_whose(
        admin_session: Session, team: dict[str, Staff]) -> None:
    with pytest.raises(PinRejected) as refused:
        staff.add_staff(admin_session, "Eve", Role.FRONT_DESK, DESK_PIN)
    assert str(refused.value) == str(PIN_IN_USE)
    assert all(name not in str(refused.value) for name in ("Dina", "Desk", "Astrid", "Mads"))
    with pytest.raises(PinRejected, match="already uses this PIN"):
        staff.set_pin(admin_session, team["desk"].id, MANAGER_PIN)
    assert staff.set_pin(admin_session, team["desk"].id, DESK_PIN).id == team["desk"].id, \
        "one's own PIN again is no clash"


def test_a_deactivated_colleague_s_pin_is_free_again(
        admin_session: Session, team: dict[str, Staff]) -> None:
    staff.deactivate(admin_session, team["desk"].id)
    assert staff.add_staff(admin_session, "Eve", Role.FRONT_DESK, DESK_PIN).name == "Eve"


def test_set_pin_applies_the_role_s_rule_and_refuses_attendants(
        admin_session: Session, team: dict[str, Staff]) -> None:
    with pytest.raises(PinRejected, match="at least 6 digits"):
        staff.set_pin(admin_session, team["manager"].id, "5937")
    with pytest.raises(PinRejected, match="Attendants"):
        staff.set_pin(admin_session, team["attendant"].id, "5937")
    staff.set_pin(admin_session, team["manager"].id, "730264")
    staff.sign_out(admin_session)
    assert staff.sign_in(admin_session, team["manager"].id, "730264").ok


def test_a_front_desk_agent_learns_nothing_about_pins_from_a_refused_add(
        session: Session, team: dict[str, Staff]) -> None:
    """Permission is checked before any PIN is compared: no oracle for colleagues' PINs."""
    from vipdesk.services.session import PermissionDenied
    assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok
    with pytest.raises(PermissionDenied):
        staff.add_staff(session, "Eve", Role.FRONT_DESK, MANAGER_PIN)
