"""``--lounge NAME|ID``: optional on a database of one lounge; with several and none given
a command refuses in one line naming each lounge and its id (exit 1, as other refusals)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PIN
from tests.helpers.other_lounge import set_up_beside
from tests.report_fixtures import pdf_pages
from vipdesk.cli import backup_command, recover_pins_command, report_command
from vipdesk.clock import FakeClock
from vipdesk.domain.lounge_setup import LoungePlan
from vipdesk.services import setup
from vipdesk.services.session import Session
from vipdesk.storage.models import Lounge
from vipdesk.storage.paths import Target

REFUSAL = ("this database holds several lounges, so give --lounge NAME or ID: "
           "Nordic Lounge (CPH, id {0}), Sky Lounge (OSL, id {1})")


@pytest.fixture
def two_lounges(session: Session, lounge: Lounge, db_target: Target) -> list[setup.LoungeRef]:
    set_up_beside(session, LoungePlan(
        name="Sky Lounge", airport="OSL", timezone="Europe/Oslo",
        admin_name="Sigrid Admin", admin_pin=ADMIN_PIN))
    made = setup.lounges(session)
    session.db.close()
    return made


def report(args: list[str], clock: FakeClock) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = report_command.run(args, clock=clock, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_with_two_lounges_a_report_without_lounge_refuses_naming_them(
        two_lounges: list[setup.LoungeRef], db_target: Target, tmp_path: Path,
        clock: FakeClock) -> None:
    pdf = tmp_path / "guests.pdf"
    status, out, err = report(["guests", "--date", "2026-11-23", "--out", str(pdf),
                               "--db", str(db_target)], clock)
    ids = [lounge.id for lounge in two_lounges]
    assert (status, out) == (1, "")
    assert err == f"report: {REFUSAL.format(*ids)}\n"
    assert not pdf.exists()


@pytest.mark.parametrize("chosen", ["Sky Lounge", "sky lounge", "id"])
def test_lounge_chooses_the_lounge_a_report_is_for_by_name_or_id(
        two_lounges: list[setup.LoungeRef], db_target: Target, tmp_path: Path,
        clock: FakeClock, chosen: str) -> None:
    pdf = tmp_path / "guests.pdf"
    wanted = str(two_lounges[1].id) if chosen == "id" else chosen
    status, _out, err = report(["guests", "--date", "2026-11-23", "--out", str(pdf),
                                "--db", str(db_target), "--lounge", wanted], clock)
    assert (status, err) == (0, "")
    first = pdf_pages(pdf.read_bytes())[0]
    assert "Sky Lounge" in first and "Nordic Lounge" not in first


def test_an_unknown_lounge_is_refused_naming_the_lounges(
        two_lounges: list[setup.LoungeRef], db_target: Target, tmp_path: Path,
        clock: FakeClock) -> None:
    status, _out, err = report(["guests", "--date", "2026-11-23", "--out",
                                str(tmp_path / "g.pdf"), "--db", str(db_target),
                                "--lounge", "Elsewhere"], clock)
    assert status == 1
    assert err.startswith("report: no lounge 'Elsewhere' in this database; its lounges are: "
                          "Nordic Lounge (CPH, id ")


def test_with_one_lounge_lounge_is_optional_and_still_checked(
        session: Session, lounge: Lounge, db_target: Target, tmp_path: Path,
        clock: FakeClock) -> None:
    session.db.close()
    def status(out: str, *more: str) -> int:
        return report(["guests", "--date", "2026-11-23", "--db", str(db_target),
                       "--out", str(tmp_path / out), *more], clock)[0]
    assert status("a.pdf") == 0
    assert status("b.pdf", "--lounge", "Nordic Lounge") == 0
    assert status("c.pdf", "--lounge", "Sky") == 1


def test_backup_and_recover_pins_refuse_the_same_way(
        two_lounges: list[setup.LoungeRef], db_path: Path, tmp_path: Path,
        clock: FakeClock) -> None:
    ids = [lounge.id for lounge in two_lounges]
    out, err = io.StringIO(), io.StringIO()
    status = backup_command.run_backup(["--out", str(tmp_path / "copy.sqlite3"), "--db",
                                        str(db_path)], clock=clock, stdout=out, stderr=err)
    assert (status, err.getvalue()) == (1, f"vipdesk backup: error: {REFUSAL.format(*ids)}\n")
    assert not (tmp_path / "copy.sqlite3").exists()
    err = io.StringIO()
    status = recover_pins_command.run(
        ["--admin", "Sigrid Admin", "--db", str(db_path), "--pin-stdin"], clock=clock,
        stdin=io.StringIO("13572468\n"), stdout=io.StringIO(), stderr=err)
    assert (status, err.getvalue()) == (
        1, f"vipdesk recover-pins: error: {REFUSAL.format(*ids)}. Nothing was changed.\n")


def test_every_command_that_opens_a_lounge_says_lounge_in_its_help(
        capsys: pytest.CaptureFixture[str]) -> None:
    for run in (backup_command.run_backup, backup_command.run_restore):
        out = io.StringIO()
        assert run(["--help"], clock=FakeClock(dt.datetime(2026, 11, 24, tzinfo=dt.UTC)),
                   stdout=out, stderr=io.StringIO()) == 0
        assert "--lounge NAME|ID" in out.getvalue() and "several lounges" in out.getvalue()
    out = io.StringIO()
    assert report_command.run(["--help"], clock=FakeClock(dt.datetime(2026, 11, 24,
                                                                         tzinfo=dt.UTC)),
                              stdout=out, stderr=io.StringIO()) == 0
    assert "--lounge NAME|ID" in out.getvalue()


def test_restore_with_two_lounges_needs_lounge_and_checks_that_lounges_administrator(
        two_lounges: list[setup.LoungeRef], db_path: Path, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    saved = tmp_path / "saved.sqlite3"
    out, err = io.StringIO(), io.StringIO()
    assert backup_command.run_backup(["--out", str(saved), "--db", str(db_path),
                                      "--lounge", "Sky Lounge"],
                                     clock=clock, stdout=out, stderr=err) == 0, err.getvalue()

    def restore(*more: str) -> tuple[int, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PIN + "\n"))
        err = io.StringIO()
        status = backup_command.run_restore(
            [str(saved), "--db", str(db_path), "--pin-stdin", *more], clock=clock,
            stdout=io.StringIO(), stderr=err)
        return status, err.getvalue()

    ids = [lounge.id for lounge in two_lounges]
    assert restore("--staff", "Sigrid Admin") == (
        1, f"vipdesk restore: error: {REFUSAL.format(*ids)}\n")
    status, err = restore("--staff", "Sigrid Admin", "--lounge", "Nordic Lounge")
    assert status == 1 and "no staff member 'Sigrid Admin'" in err, "not Nordic's staff"
    assert restore("--staff", "Sigrid Admin", "--lounge", str(ids[1])) == (0, "")
