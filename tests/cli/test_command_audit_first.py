"""Review of issue 16's command-line audit: a run is recorded *before* anything is written,
so no export or copy leaves the desk unrecorded; the outcome is a second row."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_command_audit import DAY, audit_rows
from vipdesk.cli.main import main


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands wait 0.2 s, not 10 s, for another writer: the same path, sooner."""
    from vipdesk.storage import database
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.2)
    monkeypatch.setitem(database.SQLITE_PRAGMAS, "busy_timeout", 200)


@contextlib.contextmanager
def another_writer(path: Path) -> Iterator[None]:
    """A second process's connection holding the database's write lock (BEGIN IMMEDIATE)."""
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        yield
        holder.execute("ROLLBACK")
    finally:
        holder.close()


def test_a_report_that_cannot_be_recorded_is_not_written(
        desk_db: Path, tmp_path: Path, short_busy_timeout: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    pdf, table = tmp_path / "g.pdf", tmp_path / "g.csv"
    with another_writer(desk_db):
        status = main(["--db", str(desk_db), "report", "guests", "--date", DAY,
                       "--out", str(pdf), "--csv", str(table)])
    err = capsys.readouterr().err
    assert status == 1
    assert not pdf.exists() and not table.exists(), "no unrecorded export"
    assert [p.name for p in tmp_path.iterdir() if "vipdesk" not in p.name] == [], "no temporary"
    assert err.count("\n") == 1 and "audit trail" in err and "nothing was written" in err
    assert audit_rows(desk_db) == []


def test_a_backup_that_cannot_be_recorded_is_not_made(
        desk_db: Path, tmp_path: Path, short_busy_timeout: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.sqlite3"
    with another_writer(desk_db):
        status = main(["--db", str(desk_db), "backup", "--out", str(copy)])
    err = capsys.readouterr().err
    assert status == 1
    assert not copy.exists(), "no unrecorded copy"
    assert [p.name for p in tmp_path.iterdir() if "vipdesk" not in p.name] == [], "no temporary"
    assert err.count("\n") == 1 and "audit trail" in err and "nothing was written" in err
    assert audit_rows(desk_db) == []


def test_a_run_is_recorded_as_started_then_as_done(
        desk_db: Path, tmp_path: Path) -> None:
    pdf, copy = tmp_path / "g.pdf", tmp_path / "copy.sqlite3"
    assert main(["--db", str(desk_db), "report", "guests", "--date", DAY,
                 "--out", str(pdf)]) == 0
    assert main(["--db", str(desk_db), "backup", "--out", str(copy)]) == 0

    rows = audit_rows(desk_db)
    assert [(row["command"], row["outcome"]) for row in rows] == [
        ("report guests", "started"), ("report guests", "done"),
        ("backup", "started"), ("backup", "done")]
    report_started, report_done, backup_started, backup_done = rows
    assert report_started["written"] == [str(pdf)] and report_started["day"] == DAY
    assert backup_started["written"] == [str(copy)]
    assert report_started["run"] == report_done["run"] != backup_started["run"]
    assert backup_started["run"] == backup_done["run"]
    copied = audit_rows(copy)
    assert [row["outcome"] for row in copied][-1] == "started", "the copy holds its own start"


def test_a_refused_restore_is_recorded_in_the_current_database(
        desk_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from tests.cli.test_command_audit import typed
    from tests.conftest import ADMIN_PIN
    stranger = tmp_path / "stranger.sqlite3"
    with contextlib.closing(sqlite3.connect(stranger)) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.commit()
    typed(monkeypatch, ADMIN_PIN)
    assert main(["--db", str(desk_db), "restore", str(stranger),
                 "--staff", "Astrid Admin", "--pin-stdin"]) == 1
    row = audit_rows(desk_db)[-1]
    assert row["command"] == "restore" and row["outcome"] in ("failed", "refused")
    assert row["restored_from"] == str(stranger) and row["staff"] == "Astrid Admin"
