"""Issue 16, personal data through the command line: every run of report, backup and
restore is audited with the OS account and the paths, and a staff PIN can be required."""

from __future__ import annotations

import datetime as dt
import getpass
import io
import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PIN, DESK_PIN, MANAGER_PIN
from tests.helpers.files import lounge_names
from vipdesk.cli.main import main
from vipdesk.clock import FakeClock
from vipdesk.services import lounge_settings
from vipdesk.services import staff as staff_service
from vipdesk.services.session import Session
from vipdesk.storage.models import Lounge, Staff

DAY = "2026-11-22"


def audit_rows(path: Path, action: str = "command_line.run") -> list[dict[str, object]]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT a.detail, s.name FROM audit_event a LEFT JOIN staff s ON s.id = a.staff_id"
            " WHERE a.action = ? ORDER BY a.id", (action,)).fetchall()
    finally:
        connection.close()
    return [{**json.loads(detail), "staff": name} for detail, name in rows]


def typed(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


def set_pin_setting(session: Session, db_path: Path, **wanted: bool) -> None:
    """An administrator changes the lounge's command-line PIN settings (as Settings does)."""
    from vipdesk.storage.database import open_database
    db = open_database(db_path)
    try:
        admin = Staff.get(Staff.name == "Astrid Admin")
        desk = Session(db=db, clock=session.clock, lounge_id=Lounge.select().first().id,
                       pin_key=session.pin_key)
        assert staff_service.sign_in(desk, admin.id, ADMIN_PIN).ok
        current = lounge_settings.lounge_settings(desk)
        from dataclasses import replace
        lounge_settings.update_lounge_settings(desk, replace(current, **wanted))
    finally:
        db.close()


def test_each_run_leaves_an_audit_row_with_the_os_account_and_the_paths(
        desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    pdf, table, copy = tmp_path / "g.pdf", tmp_path / "g.csv", tmp_path / "copy.sqlite3"
    assert main(["--db", str(desk_db), "report", "guests", "--date", DAY, "--out", str(pdf),
                 "--csv", str(table)]) == 0
    assert main(["--db", str(desk_db), "backup", "--out", str(copy)]) == 0

    report_started, report, backup_started, backup = audit_rows(desk_db)
    assert (report_started["outcome"], backup_started["outcome"]) == ("started", "started")
    account = getpass.getuser()
    assert report["command"] == "report guests" and report["day"] == DAY
    assert report["written"] == [str(pdf), str(table)]
    assert backup["command"] == "backup" and backup["written"] == [str(copy)]
    for row in (report, backup):
        assert row["os_account"] == account and row["outcome"] == "done"
        assert row["staff"] is None and row["staff_name"] == ""  # the command line itself
        if hasattr(os, "getuid"):
            assert row["uid"] == os.getuid()

    typed(monkeypatch, ADMIN_PIN)
    assert main(["--db", str(desk_db), "restore", str(copy),
                 "--staff", "Astrid Admin", "--pin-stdin"]) == 0
    restored = audit_rows(desk_db)
    assert len(restored) == 4, ("the restored database is the backup: its rows (the report's "
                                "two, the backup's start), then the restore")
    row = restored[-1]
    assert row["command"] == "restore" and row["restored_from"] == str(copy)
    assert row["staff"] == "Astrid Admin" and row["pin_checked_in"] == "current database"
    kept = row["kept_aside"]
    assert isinstance(kept, str) and Path(kept).is_file() and "before-restore" in kept
    assert row["os_account"] == account


def test_restore_without_a_pin_is_refused_by_default_and_nothing_is_replaced(
        desk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert main(["--db", str(desk_db), "backup", "--out", str(copy)]) == 0
    with sqlite3.connect(desk_db) as connection:
        connection.execute("UPDATE lounge SET name = 'Changed since'")
    connection.close()
    capsys.readouterr()

    status = main(["--db", str(desk_db), "restore", str(copy)])

    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "needs a staff PIN for restore" in err and "--staff" in err
    assert lounge_names(desk_db) == ["Changed since"], "nothing was replaced"
    assert not list(tmp_path.glob("*before-restore*"))
    refused = audit_rows(desk_db)[-1]
    assert (refused["command"], refused["outcome"]) == ("restore", "refused")
    assert refused["restored_from"] == str(copy)


def test_restore_by_a_duty_manager_is_refused(
        desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert main(["--db", str(desk_db), "backup", "--out", str(copy)]) == 0
    typed(monkeypatch, MANAGER_PIN)
    assert main(["--db", str(desk_db), "restore", str(copy), "--staff", "Mads Manager",
                 "--pin-stdin"]) == 1
    assert not list(tmp_path.glob("*before-restore*"))
    assert audit_rows(desk_db)[-1]["outcome"] == "refused"


def test_a_damaged_database_is_restored_with_a_pin_checked_against_the_backup(
        desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert main(["--db", str(desk_db), "backup", "--out", str(copy)]) == 0
    before = copy.read_bytes()
    desk_db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # the disk ate it
    typed(monkeypatch, "0000", ADMIN_PIN)

    assert main(["--db", str(desk_db), "restore", str(copy), "--staff", "Astrid Admin",
                 "--pin-stdin"]) == 1, "a wrong PIN, checked against the backup"
    assert main(["--db", str(desk_db), "restore", str(copy), "--staff", "Astrid Admin",
                 "--pin-stdin"]) == 0

    assert lounge_names(desk_db) == ["Nordic Lounge"]
    assert copy.read_bytes() == before, "the backup itself is never written to"
    row = audit_rows(desk_db)[-1]
    assert row["pin_checked_in"] == "backup" and row["staff"] == "Astrid Admin"


def test_without_a_terminal_or_the_flag_a_pin_cannot_be_asked_for(
        desk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert main(["--db", str(desk_db), "backup", "--out", str(copy)]) == 0
    capsys.readouterr()
    # pytest's standard input is not a terminal, as under cron.
    assert main(["--db", str(desk_db), "restore", str(copy), "--staff", "Astrid Admin"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--pin-stdin" in err
    assert not list(tmp_path.glob("*before-restore*"))


def test_with_the_setting_on_a_report_needs_a_duty_managers_pin(
        session: Session, desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    set_pin_setting(session, desk_db, pin_for_report=True)
    pdf = tmp_path / "g.pdf"
    command = ["--db", str(desk_db), "report", "complaints", "--date", DAY, "--out", str(pdf)]

    assert main(command) == 2
    assert "needs a staff PIN for report" in capsys.readouterr().err
    assert not pdf.exists()

    typed(monkeypatch, DESK_PIN)
    assert main([*command, "--staff", "Dina Desk", "--pin-stdin"]) == 1
    assert not pdf.exists(), "a front-desk agent may not print reports"

    typed(monkeypatch, MANAGER_PIN)
    assert main([*command, "--staff", "mads manager", "--pin-stdin"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")

    refused_setting, refused_role, started, done = audit_rows(desk_db)
    assert started["outcome"] == "started" and started["run"] == done["run"]
    assert (refused_setting["outcome"], refused_setting["staff"]) == ("refused", None)
    assert refused_role["outcome"] == "refused" and refused_role["staff_name"] == "Dina Desk"
    assert (done["outcome"], done["staff"], done["written"]) == ("done", "Mads Manager",
                                                                 [str(pdf)])
    assert [row["ok"] for row in audit_rows(desk_db, "staff.authorise")] == [False, True]


def test_a_wrong_pin_is_refused_and_counted(
        session: Session, desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.sqlite3"
    typed(monkeypatch, "9999")
    assert main(["--db", str(desk_db), "backup", "--out", str(copy), "--staff",
                 "Mads Manager", "--pin-stdin"]) == 1
    assert not copy.exists()
    assert "Wrong PIN" in capsys.readouterr().err
    assert audit_rows(desk_db)[-1]["outcome"] == "refused"
    connection = sqlite3.connect(desk_db)
    failed, = connection.execute(
        "SELECT failed_pins FROM staff WHERE name = 'Mads Manager'").fetchone()
    connection.close()
    assert failed == 1, "the command line counts wrong PINs like the desk"


def test_a_report_names_the_staff_member_as_its_printer(
        desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from tests.report_fixtures import pdf_pages
    pdf = tmp_path / "g.pdf"
    typed(monkeypatch, MANAGER_PIN)
    assert main(["--db", str(desk_db), "report", "guests", "--date", DAY, "--out", str(pdf),
                 "--staff", "Mads Manager", "--pin-stdin"]) == 0
    assert "Printed by Mads Manager (command line" in " ".join(pdf_pages(pdf.read_bytes()))


def test_an_unattended_command_line_may_do_only_its_own_command(
        session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    from vipdesk.services.command_runs import CommandGroup, command_line_session
    from vipdesk.services.reports import build_guest_report
    from vipdesk.services.session import NotSignedIn

    session.lounge_id = team["admin"].lounge_id
    backup_only = command_line_session(session, CommandGroup.BACKUP, os_account="kiosk", uid=1)
    with pytest.raises(NotSignedIn):
        build_guest_report(backup_only, dt.date(2026, 11, 22))
    reports = command_line_session(session, CommandGroup.REPORT, os_account="kiosk", uid=1)
    assert build_guest_report(reports, dt.date(2026, 11, 22)).header.printed_by == "command line"
