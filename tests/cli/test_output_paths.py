"""``report`` and ``backup`` never replace what is at an output path: a device, a FIFO, a link,
a database (a live one above all), or an existing file unless ``--force``."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import sqlite3
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.report_fixtures import report_lounge
from vipdesk.cli.backup_command import run_backup
from vipdesk.cli.report_command import run as run_report
from vipdesk.clock import FakeClock

DAY = "2026-11-23"


@pytest.fixture(scope="module")
def lounge_db() -> Iterator[Path]:
    """A lounge database the report tests only read."""
    with tempfile.TemporaryDirectory() as folder:
        shared = report_lounge(Path(folder) / "lounge.sqlite3")
        shared.db.close()
        yield Path(folder) / "lounge.sqlite3"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 11, 24, 7, 0, tzinfo=dt.UTC))


def report(clock: FakeClock, lounge_db: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run_report(["guests", "--date", DAY, "--out", str(out), "--db", str(lounge_db),
                         *extra], clock=clock, stdout=stdout, stderr=stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def backup(clock: FakeClock, db: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    status = run_backup(["--out", str(out), "--db", str(db), *extra],
                        clock=clock, stdout=stdout, stderr=stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def refused(result: tuple[int, str, str], path: Path, why: str) -> None:
    status, out, err = result
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(path) in err and why in err, err


def no_leftovers(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".")]


def owner_only(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


# --- devices, pipes, links ---------------------------------------------------------------------

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.skipif(not ROOT or not Path("/dev/full").exists(),
                    reason="only root could replace /dev/full")
def test_report_out_dev_full_is_refused_and_stays_a_device(
        lounge_db: Path, clock: FakeClock) -> None:
    target = Path("/dev/full")
    refused(report(clock, lounge_db, target, "--force"), target, "device")
    assert stat.S_ISCHR(os.lstat(target).st_mode)


def test_a_device_node_is_refused_and_stays_a_device(
        lounge_db: Path, clock: FakeClock, tmp_path: Path) -> None:
    device = tmp_path / "full"
    try:
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 7))
    except (OSError, AttributeError):
        pytest.skip("cannot make a device node here")
    refused(report(clock, lounge_db, device, "--force"), device, "device")
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    no_leftovers(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_out_is_refused_and_stays_a_fifo(
        lounge_db: Path, clock: FakeClock, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    refused(report(clock, lounge_db, fifo, "--force"), fifo, "FIFO")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    fifo_csv = tmp_path / "pipe.csv"
    os.mkfifo(fifo_csv)
    pdf = tmp_path / "guests.pdf"
    refused(report(clock, lounge_db, pdf, "--csv", str(fifo_csv)), fifo_csv, "FIFO")
    assert not pdf.exists(), "nothing is written when one output is refused"


@pytest.mark.parametrize("option", [[], ["--force"]])
def test_a_symlink_out_is_refused_and_its_target_untouched(
        lounge_db: Path, clock: FakeClock, tmp_path: Path, option: list[str]) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("do not touch")
    target.chmod(0o644)
    link = tmp_path / "report.pdf"
    link.symlink_to(target)
    refused(report(clock, lounge_db, link, *option), link, "symbolic link")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "do not touch" and stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_dangling_symlink_out_is_refused_and_nothing_is_created(
        lounge_db: Path, clock: FakeClock, tmp_path: Path) -> None:
    link = tmp_path / "report.pdf"
    link.symlink_to(tmp_path / "elsewhere.pdf")
    refused(report(clock, lounge_db, link, "--force"), link, "symbolic link")
    assert link.is_symlink() and not (tmp_path / "elsewhere.pdf").exists()


# --- existing files and databases --------------------------------------------------------------

def test_an_existing_file_needs_force_and_is_then_owner_only(
        lounge_db: Path, clock: FakeClock, tmp_path: Path) -> None:
    pdf = tmp_path / "guests.pdf"
    pdf.write_bytes(b"yesterday's report")
    pdf.chmod(0o644)
    status, _, err = report(clock, lounge_db, pdf)
    refused((status, "", err), pdf, "already exists")
    assert "--force" in err
    assert pdf.read_bytes() == b"yesterday's report"
    status, _out, err = report(clock, lounge_db, pdf, "--force")
    assert (status, err) == (0, "")
    assert pdf.read_bytes().startswith(b"%PDF") and owner_only(pdf)
    no_leftovers(tmp_path)


def test_a_new_report_file_is_owner_only(lounge_db: Path, clock: FakeClock, tmp_path: Path
                                         ) -> None:
    pdf, table = tmp_path / "guests.pdf", tmp_path / "guests.csv"
    assert report(clock, lounge_db, pdf, "--csv", str(table))[0] == 0
    assert owner_only(pdf) and owner_only(table)


@pytest.mark.parametrize("option", [[], ["--force"]])
def test_out_and_csv_naming_one_file_are_refused_and_nothing_is_written(
        lounge_db: Path, clock: FakeClock, tmp_path: Path, option: list[str]) -> None:
    pdf = tmp_path / "a.pdf"
    refused(report(clock, lounge_db, pdf, "--csv", str(pdf), *option), pdf, "same file")
    assert list(tmp_path.iterdir()) == []
    spelled_otherwise = tmp_path / "sub" / ".." / "a.pdf"
    (tmp_path / "sub").mkdir()
    refused(report(clock, lounge_db, pdf, "--csv", str(spelled_otherwise), *option),
            spelled_otherwise, "same file")
    assert not pdf.exists()


def test_out_and_csv_hard_linked_are_refused_with_force(
        lounge_db: Path, clock: FakeClock, tmp_path: Path) -> None:
    pdf, table = tmp_path / "a.pdf", tmp_path / "a.csv"
    pdf.write_bytes(b"old")
    os.link(pdf, table)
    refused(report(clock, lounge_db, pdf, "--csv", str(table), "--force"), table, "same file")
    assert pdf.read_bytes() == b"old" and os.path.samefile(pdf, table)


@pytest.mark.parametrize("option", [[], ["--force"]])
def test_an_existing_database_as_report_out_is_refused_even_with_force(
        lounge_db: Path, clock: FakeClock, tmp_path: Path, option: list[str]) -> None:
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE guest (name TEXT)")
    connection.execute("INSERT INTO guest VALUES ('Ms Chen')")
    connection.commit()
    connection.close()
    before = other.read_bytes()
    refused(report(clock, lounge_db, other, *option), other, "database")
    assert other.read_bytes() == before


def test_a_file_a_desk_holds_the_lock_of_is_refused_with_force(
        lounge_db: Path, clock: FakeClock, tmp_path: Path) -> None:
    starting = tmp_path / "new.sqlite3"
    starting.write_bytes(b"")  # a desk has just created it: an empty database
    Path(f"{starting}.lock").write_text("4242\n")
    refused(report(clock, lounge_db, starting, "--force"), starting, "database is open")
    assert starting.read_bytes() == b""


# --- backup ------------------------------------------------------------------------------------

def confirmed_rows(path: Path) -> set[int]:
    connection = sqlite3.connect(path)
    try:
        return {n for n, in connection.execute("SELECT n FROM entry")}
    finally:
        connection.close()


class OtherDesk(threading.Thread):
    """Another desk: commits one confirmed entry after another on its own connection."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.confirmed: list[int] = []  # committed: the other desk showed them as done
        self.running, self.stop = threading.Event(), threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            connection = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("CREATE TABLE IF NOT EXISTS entry (n INTEGER PRIMARY KEY)")
            n = 0
            while not self.stop.is_set():
                n += 1
                connection.execute("INSERT INTO entry VALUES (?)", (n,))
                self.confirmed.append(n)
                if n == 40:
                    self.running.set()
            connection.close()
        except BaseException as error:  # noqa: BLE001  (reported by the test)
            self.error = error
            self.running.set()


@pytest.fixture
def desk_db(db: object, lounge: object, db_path: Path) -> Path:
    db.close()  # type: ignore[attr-defined]
    return db_path


@pytest.mark.parametrize("option", [[], ["--force"]])
def test_backup_out_naming_a_live_database_is_refused_and_loses_nothing(
        desk_db: Path, clock: FakeClock, tmp_path: Path, option: list[str]) -> None:
    live = tmp_path / "live" / "vipdesk.sqlite3"
    live.parent.mkdir()
    other_desk = OtherDesk(live)
    other_desk.start()
    try:
        assert other_desk.running.wait(timeout=30) and other_desk.error is None
        result = backup(clock, desk_db, live, *option)
    finally:
        other_desk.stop.set()
        other_desk.join(timeout=30)
    assert other_desk.error is None
    refused(result, live, "database")
    assert confirmed_rows(live) == set(other_desk.confirmed)
    assert len(other_desk.confirmed) >= 40


def test_backup_out_naming_its_own_database_is_refused(
        desk_db: Path, clock: FakeClock) -> None:
    before = lounge_rows(desk_db)
    refused(backup(clock, desk_db, desk_db, "--force"), desk_db, "database")
    assert lounge_rows(desk_db) == before  # only the refusal's audit row was added


def lounge_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the audit trail (a refused run is audited)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        tables = [name for name, in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'audit_event'")]
        return {table: connection.execute(f'SELECT * FROM "{table}"').fetchall()
                for table in tables}


def test_backup_over_an_existing_file_needs_force_and_is_owner_only(
        desk_db: Path, clock: FakeClock, tmp_path: Path) -> None:
    out = tmp_path / "out" / "copy.sqlite3"
    out.parent.mkdir()
    out.write_text("notes")
    out.chmod(0o644)
    status, _, err = backup(clock, desk_db, out)
    refused((status, "", err), out, "already exists")
    assert "--force" in err and out.read_text() == "notes"
    status, _, err = backup(clock, desk_db, out, "--force")
    assert (status, err) == (0, "")
    assert out.read_bytes().startswith(b"SQLite format 3\x00") and owner_only(out)
    no_leftovers(out.parent)


def test_backup_over_an_older_backup_is_refused_even_with_force(
        desk_db: Path, clock: FakeClock, tmp_path: Path) -> None:
    out = tmp_path / "copy.sqlite3"
    assert backup(clock, desk_db, out)[0] == 0
    before = out.read_bytes()
    refused(backup(clock, desk_db, out, "--force"), out, "database")
    assert out.read_bytes() == before


def test_backup_into_a_folder_checks_the_file_named_in_it(
        desk_db: Path, clock: FakeClock, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    named = folder / "vipdesk-20261124-070000.sqlite3"
    named.symlink_to(tmp_path / "elsewhere")
    refused(backup(clock, desk_db, folder, "--force"), named, "symbolic link")
    assert named.is_symlink() and not (tmp_path / "elsewhere").exists()


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_backup_to_a_link_or_fifo_is_refused(
        desk_db: Path, clock: FakeClock, tmp_path: Path, kind: str) -> None:
    out = tmp_path / "copy.sqlite3"
    if kind == "fifo":
        os.mkfifo(out)
    else:
        target = tmp_path / "target.sqlite3"
        target.write_text("someone's file")
        out.symlink_to(target)
    refused(backup(clock, desk_db, out, "--force"), out, "FIFO" if kind == "fifo" else "link")
    assert out.is_symlink() or stat.S_ISFIFO(os.lstat(out).st_mode)
