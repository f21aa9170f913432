"""``recover-pins``: IT's way back from a lost PIN key, end to end through ``main()``."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PIN, DESK_PIN
from vipdesk.cli import identity, recover_pins_command
from vipdesk.cli.main import main
from vipdesk.clock import FakeClock, SystemClock
from vipdesk.domain.pin import PinKey
from vipdesk.services import staff
from vipdesk.services.command_runs import command_runs
from vipdesk.services.pin_key import open_pin_key
from vipdesk.services.session import Session
from vipdesk.services.staff import NO_PIN_MESSAGE
from vipdesk.storage.database import open_database
from vipdesk.storage.models import AuditEvent, Staff

NEW_PIN = "730264"


@pytest.fixture
def lost_key(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the desk looks for its key in these tests, with nothing there: the key is lost."""
    path = tmp_path_factory.mktemp("kiosk-config") / "VIPDesk" / "pin.key"
    monkeypatch.setenv("VIPDESK_PIN_KEY", str(path))
    return path


@pytest.fixture
def lounge_db(db_path: Path, team: dict[str, Staff], db: object) -> Path:
    """The team's database, closed, as IT finds it."""
    db.close()  # type: ignore[attr-defined]
    return db_path


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def recover(*args: str, stdin: io.StringIO, answers: list[str] | None = None
            ) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    said = iter(answers or [])
    status = recover_pins_command.run(list(args), clock=FakeClock(SystemClock().now()),
                                      stdin=stdin, stdout=out, stderr=err,
                                      ask=lambda prompt: next(said))
    return status, out.getvalue(), err.getvalue()


def test_recovery_end_to_end_a_new_key_the_admin_s_new_pin_the_others_cleared(
        lounge_db: Path, lost_key: Path, team: dict[str, Staff], clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(NEW_PIN + "\n"))
    status = main(["--db", str(lounge_db), "recover-pins", "--admin", "astrid admin",
                   "--pin-stdin"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert f"New PIN key written to {lost_key}" in out and "2 other staff were cleared" in out
    assert NEW_PIN not in out
    assert stat.S_IMODE(lost_key.stat().st_mode) == 0o600

    db = open_database(lounge_db)
    try:
        key = open_pin_key(lost_key, lounge_db)  # the desk starts again with the new key
        session = Session(db=db, clock=clock, pin_key=key, lounge_id=team["admin"].lounge_id)
        assert not staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
        assert staff.sign_in(session, team["admin"].id, NEW_PIN).ok
        staff.sign_out(session)
        refused = staff.sign_in(session, team["desk"].id, DESK_PIN)
        assert not refused.ok and refused.message == NO_PIN_MESSAGE
        event = AuditEvent.get(AuditEvent.action == "staff.recover_pins")
        detail = json.loads(event.detail)
        assert (detail["os_account"], detail["uid"]) == identity.os_account()
        assert detail["cleared"] == 2 and event.entity_id == team["admin"].id
        assert event.staff is None, "IT on the PC's account did it, not a staff member"
        # The administrator sets the others' PINs anew in Staff, and they sign in again.
        assert staff.sign_in(session, team["admin"].id, NEW_PIN).ok
        staff.set_pin(session, team["desk"].id, DESK_PIN)
        staff.sign_out(session)
        assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok
    finally:
        db.close()


def test_the_wrong_key_is_kept_aside_never_deleted(
        lounge_db: Path, lost_key: Path) -> None:
    lost_key.parent.mkdir(parents=True)
    stranger = PinKey.new()
    lost_key.write_bytes(stranger.secret)
    status, out, err = recover("--db", str(lounge_db), "--admin", "Astrid Admin",
                               stdin=FakeTerminal(), answers=[NEW_PIN, NEW_PIN])
    assert status == 0, err
    aside = [p for p in lost_key.parent.iterdir() if p.name.startswith("pin.key.replaced-")]
    assert len(aside) == 1 and aside[0].read_bytes() == stranger.secret
    assert lost_key.read_bytes() != stranger.secret
    assert f"kept as {aside[0]}" in out


def test_two_different_pins_at_the_prompt_change_nothing(
        lounge_db: Path, lost_key: Path) -> None:
    before = lounge_db.read_bytes()
    status, _, err = recover("--db", str(lounge_db), "--admin", "Astrid Admin",
                             stdin=FakeTerminal(), answers=[NEW_PIN, "730265"])
    assert status == 1 and "differ" in err
    assert not lost_key.exists() and lounge_db.read_bytes() == before


def test_without_a_terminal_it_refuses_unless_told_the_pin_comes_on_stdin(
        lounge_db: Path, lost_key: Path) -> None:
    status, _, err = recover("--db", str(lounge_db), "--admin", "Astrid Admin",
                             stdin=io.StringIO(NEW_PIN + "\n"))
    assert status == 1 and "--pin-stdin" in err and "not on a terminal" in err
    assert not lost_key.exists()


@pytest.mark.parametrize(("who", "pin", "says"), [
    ("Nobody Here", NEW_PIN, 'No active administrator is called "Nobody Here"'),
    ("Mads Manager", NEW_PIN, "The administrators are: \"Astrid Admin\""),
    ("Astrid Admin", "123456", "too easy to guess"),
    ("Astrid Admin", "4826", "at least 6 digits"),
])
def test_a_refused_recovery_changes_nothing(
        lounge_db: Path, lost_key: Path, who: str, pin: str, says: str) -> None:
    status, _, err = recover("--db", str(lounge_db), "--admin", who, "--pin-stdin",
                             stdin=io.StringIO(pin + "\n"))
    assert status == 1 and says in err and "Nothing was changed" in err
    assert not lost_key.exists() and not lost_key.with_name("pin.key.new").exists()


def test_no_database_there_is_one_line(tmp_path: Path, lost_key: Path) -> None:
    status, _, err = recover("--db", str(tmp_path / "none.sqlite3"), "--admin", "A",
                             "--pin-stdin", stdin=io.StringIO(NEW_PIN + "\n"))
    assert status == 1 and "there is no database" in err
    assert not (tmp_path / "none.sqlite3").exists()


def test_its_help_names_the_flag_for_scripts(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = recover("--help", stdin=io.StringIO())
    assert status == 0 and "--pin-stdin" in out and "--admin" in out


def test_with_the_right_key_in_place_it_refuses_and_changes_nothing(
        lounge_db: Path, pin_key: PinKey, team: dict[str, Staff]) -> None:
    """A shell user may not take over the administrator account while the PINs can be checked."""
    key_file = Path(os.environ["VIPDESK_PIN_KEY"])
    hashes = {member.id: member.pin_hash for member in Staff.select()}
    status, out, err = recover("--db", str(lounge_db), "--admin", "Astrid Admin",
                               "--pin-stdin", stdin=io.StringIO(NEW_PIN + "\n"))
    assert status == 1 and "Nothing was changed" in err and out == ""
    assert "is the one the PINs were made with" in err and "Staff" in err
    assert key_file.read_bytes() == pin_key.secret
    assert not [p for p in key_file.parent.iterdir() if ".replaced-" in p.name]
    db = open_database(lounge_db)
    try:
        assert {member.id: member.pin_hash for member in Staff.select()} == hashes
    finally:
        db.close()


def test_it_refuses_while_a_desk_is_open_on_the_database(
        lounge_db: Path, lost_key: Path) -> None:
    from PySide6.QtCore import QLockFile

    from vipdesk.gui.single_instance import lock_path
    desk = QLockFile(str(lock_path(lounge_db)))
    desk.setStaleLockTime(0)
    assert desk.tryLock(0)
    try:
        status, _, err = recover("--db", str(lounge_db), "--admin", "Astrid Admin",
                                 "--pin-stdin", stdin=io.StringIO(NEW_PIN + "\n"))
    finally:
        desk.unlock()
    assert status == 1 and "open on" in err and "Nothing was changed" in err
    assert not lost_key.exists()


def test_the_run_is_in_the_duty_manager_s_command_line_runs(
        lounge_db: Path, lost_key: Path, team: dict[str, Staff], clock: FakeClock) -> None:
    status, _, err = recover("--db", str(lounge_db), "--admin", "Astrid Admin", "--pin-stdin",
                             stdin=io.StringIO(NEW_PIN + "\n"))
    assert status == 0, err
    db = open_database(lounge_db)
    try:
        session = Session(db=db, clock=FakeClock(SystemClock().now()),
                          pin_key=PinKey(lost_key.read_bytes()),
                          lounge_id=team["admin"].lounge_id)
        assert staff.sign_in(session, team["admin"].id, NEW_PIN).ok
        runs = command_runs(session)
        assert [run.command for run in runs] == ["recover-pins"]
        name, uid = identity.os_account()
        assert runs[0].os_account == (f"{name} (uid {uid})" if uid is not None else name)
        assert runs[0].outcome == "done" and "Astrid Admin" in runs[0].note
    finally:
        db.close()
