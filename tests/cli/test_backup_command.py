"""``backup`` and ``restore`` from a shell: one line for every problem, never a traceback."""

from __future__ import annotations

import io
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PIN
from tests.helpers.files import lounge_names
from vipdesk.cli.backup_command import run_backup, run_restore
from vipdesk.clock import FakeClock
from vipdesk.storage.paths import ENV_VAR


class Run:
    def __init__(self, status: int, out: str, err: str) -> None:
        self.status, self.out, self.err = status, out, err


def backup(*args: str, clock: FakeClock) -> Run:
    out, err = io.StringIO(), io.StringIO()
    status = run_backup(list(args), clock=clock, stdout=out, stderr=err)
    return Run(status, out.getvalue(), err.getvalue())


def restore(*args: str, clock: FakeClock) -> Run:
    out, err = io.StringIO(), io.StringIO()
    status = run_restore(list(args), clock=clock, stdout=out, stderr=err)
    return Run(status, out.getvalue(), err.getvalue())


AS_ADMIN = ("--staff", "Astrid Admin", "--pin-stdin")  # restore asks for a PIN by default


@pytest.fixture
def admin_pin_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PIN + "\n"))


@pytest.fixture
def desk_db(db: object, lounge: object, db_path: Path) -> Path:
    """A set-up lounge database, closed as it is when the desk is not running."""
    db.close()  # type: ignore[attr-defined]
    return db_path


def test_backup_writes_a_checked_copy(desk_db: Path, tmp_path: Path, clock: FakeClock) -> None:
    target = tmp_path / "copy.sqlite3"
    run = backup("--out", str(target), "--db", str(desk_db), clock=clock)
    assert (run.status, run.err) == (0, "")
    assert run.out.startswith(f"Backup of {desk_db} written to {target} (")
    assert run.out.endswith(", checked).\n")
    assert lounge_names(target) == ["Nordic Lounge"]


def test_backup_into_a_folder_names_the_file_by_the_time(
        desk_db: Path, tmp_path: Path, clock: FakeClock) -> None:
    run = backup("--out", str(tmp_path), "--db", str(desk_db), clock=clock)
    assert run.status == 0
    assert (tmp_path / "vipdesk-20261123-080000.sqlite3").is_file()


def test_the_database_comes_from_the_environment_without_db(
        desk_db: Path, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(desk_db))
    assert backup("--out", str(tmp_path / "env.sqlite3"), clock=clock).status == 0
    assert lounge_names(tmp_path / "env.sqlite3") == ["Nordic Lounge"]


@pytest.mark.parametrize("problem", ["missing database", "not ours", "no such folder"])
def test_backup_problems_are_one_line_and_status_1(
        problem: str, desk_db: Path, tmp_path: Path, clock: FakeClock) -> None:
    db, out = desk_db, tmp_path / "out.sqlite3"
    if problem == "missing database":
        db = tmp_path / "nothing.sqlite3"
    elif problem == "not ours":
        db = tmp_path / "notes.txt"
        db.write_text("shopping list")
    else:
        out = tmp_path / "no" / "such" / "folder.sqlite3"
    run = backup("--out", str(out), "--db", str(db), clock=clock)
    assert run.status == 1 and run.out == ""
    assert run.err.startswith("vipdesk backup: error: ")
    assert run.err.count("\n") == 1 and "Traceback" not in run.err
    assert not out.exists()


def test_wrong_options_get_usage_and_status_2(clock: FakeClock) -> None:
    run = backup("--db", "x.sqlite3", clock=clock)
    assert run.status == 2 and run.out == ""
    assert "the following arguments are required: --out" in run.err
    assert run.err.rstrip("\n").splitlines()[-1].startswith("vipdesk backup: error:")
    assert restore(clock=clock).status == 2
    helped = restore("--help", clock=clock)
    assert helped.status == 0
    assert "the current database is kept aside" in " ".join(helped.out.split())


def test_restore_puts_the_backup_back_and_names_the_kept_database(
        desk_db: Path, tmp_path: Path, clock: FakeClock, admin_pin_typed: None) -> None:
    saved = tmp_path / "saved.sqlite3"
    assert backup("--out", str(saved), "--db", str(desk_db), clock=clock).status == 0
    with sqlite3.connect(desk_db) as connection:
        connection.execute("UPDATE lounge SET name = 'Changed since'")
    connection.close()

    run = restore(str(saved), "--db", str(desk_db), *AS_ADMIN, clock=clock)

    aside = desk_db.with_name("vipdesk.before-restore-20261123-080000.sqlite3")
    assert (run.status, run.err) == (0, "")
    assert run.out == (f"Restored {saved} into {desk_db}; the previous database is kept as "
                       f"{aside}.\n")
    assert lounge_names(desk_db) == ["Nordic Lounge"]
    assert lounge_names(aside) == ["Changed since"]
    log = desk_db.with_suffix(".log").read_text(encoding="utf-8")
    assert f"INFO vipdesk: restored {saved} into {desk_db}; the previous database is kept" in log


@pytest.mark.parametrize("content, message", [
    (b"just some text\n" * 20, "it is not an SQLite database"),
    (b"SQLite format 3\x00" + b"\x00" * 84, "is not a usable VIP Desk backup"),
])
def test_restore_refuses_what_is_not_a_vip_desk_backup_and_changes_nothing(
        content: bytes, message: str, desk_db: Path, tmp_path: Path, clock: FakeClock,
        admin_pin_typed: None) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    run = restore(str(bad), "--db", str(desk_db), *AS_ADMIN, clock=clock)
    assert run.status == 1 and run.out == ""
    assert run.err.startswith("vipdesk restore: error: ") and message in run.err
    assert run.err.count("\n") == 1
    assert lounge_names(desk_db) == ["Nordic Lounge"]  # only the audit trail has the attempt
    assert sorted(p.name for p in desk_db.parent.iterdir()) == ["bad.sqlite3", desk_db.name]


def test_restore_of_a_missing_file(desk_db: Path, tmp_path: Path, clock: FakeClock,
                                   admin_pin_typed: None) -> None:
    run = restore(str(tmp_path / "gone.sqlite3"), "--db", str(desk_db), *AS_ADMIN, clock=clock)
    assert run.status == 1 and "There is no file at" in run.err


def test_through_a_symlink_backup_and_restore_work_on_the_real_file(
        desk_db: Path, tmp_path: Path, clock: FakeClock, admin_pin_typed: None) -> None:
    """The link stays a link; the backups, the kept database and the log are the real file's."""
    link = tmp_path / "shortcut" / "desk.sqlite3"
    link.parent.mkdir()
    link.symlink_to(desk_db)
    folder = tmp_path / "copies"
    folder.mkdir()
    made = backup("--out", str(folder), "--db", str(link), clock=clock)
    assert made.status == 0, made.err
    assert [p.name for p in folder.iterdir()] == ["vipdesk-20261123-080000.sqlite3"]

    run = restore(str(folder / "vipdesk-20261123-080000.sqlite3"), "--db", str(link),
                  *AS_ADMIN, clock=clock)

    assert run.status == 0, run.err
    assert link.is_symlink() and link.resolve() == desk_db
    assert desk_db.with_name("vipdesk.before-restore-20261123-080000.sqlite3").exists()
    assert desk_db.with_suffix(".log").exists() and not link.with_suffix(".log").exists()
    sys.stdin = io.StringIO(ADMIN_PIN + "\n")  # monkeypatched: restored after the test
    assert restore(str(link), "--db", str(desk_db), *AS_ADMIN, clock=clock).err.endswith(
        "is the database itself " f"({desk_db}); choose a backup to restore.\n")
