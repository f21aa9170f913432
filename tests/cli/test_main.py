"""The entry point: help, one-line errors, and the headless commands it dispatches."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from vipdesk.cli.main import main
from vipdesk.demo.team import DEMO_STAFF
from vipdesk.domain.vocabulary import Role


def test_help_lists_the_commands_and_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for word in ("demo", "bcbp", "report", "backup", "restore", "--db", "--kiosk", "--demo"):
        assert word in out


@pytest.mark.parametrize("argv", [["frob"], ["--frob"], ["demo"],
                                  ["demo", "--db", "x", "--days", "q"]])
def test_bad_commands_get_one_line_and_status_2(argv: list[str],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "error" in err


def test_demo_backup_report_and_restore_through_the_entry_point(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    admin = next(member for member in DEMO_STAFF if member.role is Role.ADMINISTRATOR)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{admin.pin}\n" * 2))
    as_admin = ["--staff", admin.name, "--pin-stdin"]  # restore asks for a PIN by default
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--days", "2", "--seed", "3"]) == 0
    assert main(["demo", "--db", str(db), "--days", "2"]) == 1, "refuses a database in use"
    assert main(["--db", str(db), "backup", "--out", str(tmp_path / "copy.sqlite3")]) == 0
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    assert main(["--db", str(db), "report", "guests", "--date", yesterday,
                 "--out", str(tmp_path / "guests.pdf")]) == 0
    assert (tmp_path / "guests.pdf").read_bytes().startswith(b"%PDF")
    assert main(["--db", str(db), "restore", str(tmp_path / "copy.sqlite3"), *as_admin]) == 0
    assert main(["--db", str(db), "restore", str(tmp_path / "guests.pdf"), *as_admin]) == 1


def test_bcbp_reads_standard_input_in_a_real_process() -> None:
    passes = "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 226F001A0025 100\nnot a pass\n"
    done = subprocess.run([sys.executable, "main.py", "bcbp"], input=passes, cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["ok"] for line in lines] == [True, False]
    assert lines[0]["legs"][0]["flight_number"] == "0834"


def test_demo_refuses_a_pin_key_in_the_databases_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Seen by hand: `demo` made the key there, then the desk refused to open the demo."""
    key = tmp_path / "key" / "pin.key"
    monkeypatch.setenv("VIPDESK_PIN_KEY", str(key))
    assert main(["demo", "--db", str(tmp_path / "demo.sqlite3"), "--days", "1"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is in the database's folder" in err
    assert not key.exists() and not (tmp_path / "demo.sqlite3").exists()
