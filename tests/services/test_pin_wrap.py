"""PINs hashed before the PIN key: wrapped with the key the first time the desk opens with it,
so no stolen backup holds an unkeyed hash; an old-style hash found later is refused."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from tests.conftest import ADMIN_PIN, DESK_PIN, MANAGER_PIN
from tests.services.test_pin_key import legacy_hash, old_formula_confirms, staff_hashes
from vipdesk.domain.pin import PinKey, key_id_of
from vipdesk.services import staff
from vipdesk.services.pin_key import load_pin_key
from vipdesk.services.session import Session
from vipdesk.storage.backup import backup_to
from vipdesk.storage.models import AuditEvent, Staff

PLANTED = "918273"


def key_path() -> Path:
    return Path(os.environ["VIPDESK_PIN_KEY"])


def make_it_a_lounge_from_before_the_key(team: dict[str, Staff], session: Session) -> None:
    for who, pin in (("admin", ADMIN_PIN), ("manager", MANAGER_PIN), ("desk", DESK_PIN)):
        Staff.update(pin_hash=legacy_hash(pin)).where(Staff.id == team[who].id).execute()
    session.staff = None


def wrap_rows() -> list[dict[str, object]]:
    return [json.loads(event.detail) for event in
            AuditEvent.select().where(AuditEvent.action == "staff.pins_keyed")]


def test_every_old_hash_is_wrapped_with_the_key_when_the_desk_opens(
        session: Session, team: dict[str, Staff], db_path: Path, pin_key: PinKey,
        tmp_path: Path) -> None:
    make_it_a_lounge_from_before_the_key(team, session)
    assert load_pin_key(session, key_path(), db_path) == pin_key
    assert session.pin_key == pin_key

    copy = backup_to(db_path, tmp_path / "stolen.sqlite3")
    hashes = staff_hashes(copy)
    assert len(hashes) == 3
    for stored in hashes.values():
        assert not stored.startswith("scrypt$") and key_id_of(stored) == pin_key.key_id
    assert not old_formula_confirms(ADMIN_PIN, hashes["Astrid Admin"]), \
        "the rarely seen administrator's PIN cannot be tested without the key"
    assert wrap_rows() == [{"key": pin_key.key_id, "wrapped": 3}]

    for who, pin in (("admin", ADMIN_PIN), ("manager", MANAGER_PIN), ("desk", DESK_PIN)):
        started = time.perf_counter()
        assert staff.sign_in(session, team[who].id, pin).ok, who
        assert time.perf_counter() - started < 0.3
        staff.sign_out(session)
    assert not staff.sign_in(session, team["desk"].id, "9137").ok, "a wrong PIN is still wrong"

    load_pin_key(session, key_path(), db_path)  # the next start has nothing left to do
    assert len(wrap_rows()) == 1


def test_an_old_style_hash_planted_later_is_refused_and_never_wrapped(
        session: Session, team: dict[str, Staff], db_path: Path) -> None:
    """A restored or hand-edited file cannot bring in a PIN of its maker's choosing."""
    admin = team["admin"]
    staff.sign_out(session)
    Staff.update(pin_hash=legacy_hash(PLANTED)).where(Staff.id == admin.id).execute()

    refused = staff.sign_in(session, admin.id, PLANTED)
    assert not refused.ok
    assert "administrator" in refused.message and "new PIN" in refused.message
    assert Staff.get_by_id(admin.id).failed_pins == 0

    load_pin_key(session, key_path(), db_path)  # the desk opens again: cleared, not wrapped
    assert Staff.get_by_id(admin.id).pin_hash is None
    assert wrap_rows() == [{"cleared": 1, "key": session.key.key_id}]
    assert not staff.sign_in(session, admin.id, PLANTED).ok
    assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok, "the others' PINs stay"
