"""A new PC, or the key lost with the database: restore without a PIN, then recover-pins.

End to end through ``main()``: make a lounge, back it up, lose the database and the
key, restore, recover the PINs, sign in with the new PIN.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from vipdesk.cli.main import main
from vipdesk.clock import FakeClock, SystemClock
from vipdesk.domain.vocabulary import Role
from vipdesk.services import staff
from vipdesk.services.pin_key import load_pin_key
from vipdesk.services.session import Session
from vipdesk.storage.database import open_database
from vipdesk.storage.models import AuditEvent, Lounge, Staff

DEMO_ADMIN = "Astrid Holm"
NEW_PIN = "730264"


@pytest.fixture
def kiosk(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
          monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A database and this PC's own key file (not the test run's shared one)."""
    key = tmp_path_factory.mktemp("kiosk-config") / "VIPDesk" / "pin.key"
    monkeypatch.setenv("VIPDESK_PIN_KEY", str(key))
    return tmp_path / "data" / "vipdesk.sqlite3", key


@pytest.mark.parametrize("staff_given", [False, True])
def test_restore_and_recover_pins_when_the_database_and_the_key_are_lost(
        kiosk: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], staff_given: bool) -> None:
    db_path, key = kiosk
    db_path.parent.mkdir()
    assert main(["demo", "--db", str(db_path), "--days", "1"]) == 0
    assert key.is_file()
    backups = tmp_path / "usb"
    backups.mkdir()
    assert main(["--db", str(db_path), "backup", "--out", str(backups)]) == 0
    backup = next(backups.iterdir())
    capsys.readouterr()

    db_path.unlink()  # the PC died: no database, no key
    key.unlink()
    who = ["--staff", DEMO_ADMIN, "--pin-stdin"] if staff_given else []
    monkeypatch.setattr(sys, "stdin", io.StringIO("482915\n"))
    assert main(["--db", str(db_path), "restore", str(backup), *who]) == 0
    said = capsys.readouterr()
    assert "no PIN could be checked" in said.err and "missing" in said.err
    assert f'vipdesk --db "{db_path}" recover-pins --admin NAME' in said.err
    assert "vipdesk-restore-check" not in said.err + said.out
    assert not key.exists(), "restore makes no key: the PINs need the lost one"

    db = open_database(db_path)
    try:
        run = AuditEvent.select().where(AuditEvent.action == "command_line.run") \
            .order_by(AuditEvent.id.desc()).get()
        detail = json.loads(run.detail)
        assert detail["command"] == "restore" and detail["outcome"] == "done"
        assert "no PIN could be checked" in detail["note"] and "missing" in detail["note"]
        assert run.staff is None
    finally:
        db.close()

    monkeypatch.setattr(sys, "stdin", io.StringIO(NEW_PIN + "\n"))
    assert main(["--db", str(db_path), "recover-pins", "--admin", DEMO_ADMIN,
                 "--pin-stdin"]) == 0
    assert key.is_file()

    db = open_database(db_path)
    try:
        session = Session(db=db, clock=FakeClock(SystemClock().now()),
                          lounge_id=Lounge.select().first().id)
        load_pin_key(session, key, db_path)  # as the desk starts
        admin = Staff.get((Staff.role == Role.ADMINISTRATOR) & (Staff.name == DEMO_ADMIN))
        assert staff.sign_in(session, admin.id, NEW_PIN).ok
    finally:
        db.close()


def test_with_the_key_in_place_a_restore_onto_a_new_pc_still_needs_a_pin(
        kiosk: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path, _ = kiosk
    db_path.parent.mkdir()
    assert main(["demo", "--db", str(db_path), "--days", "1"]) == 0
    backup = tmp_path / "copy.sqlite3"
    assert main(["--db", str(db_path), "backup", "--out", str(backup)]) == 0
    db_path.unlink()
    capsys.readouterr()
    assert main(["--db", str(db_path), "restore", str(backup)]) == 2
    assert "--staff" in capsys.readouterr().err and not db_path.exists()
