"""``report``: the headless daily reports, their files, their errors and exit codes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.report_fixtures import busy_day, pdf_pages, report_lounge
from vipdesk.cli.report_command import run
from vipdesk.clock import FakeClock
from vipdesk.documents.csv_export import COMPLAINT_COLUMNS, GUEST_COLUMNS
from vipdesk.storage.paths import ENV_VAR

DAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def lounge_db() -> Iterator[Path]:
    """A lounge database file with a busy 23 November (the tests only read it)."""
    with tempfile.TemporaryDirectory() as folder:
        shared = report_lounge(Path(folder) / "lounge.sqlite3")
        busy_day(shared.lounge, DAY, shared.cast, visits=25, complaints=8)
        shared.db.close()
        yield Path(folder) / "lounge.sqlite3"


@pytest.fixture
def clock() -> FakeClock:
    """The next morning, 08:00 in Copenhagen."""
    return FakeClock(dt.datetime(2026, 11, 24, 7, 0, tzinfo=dt.UTC))


def report(args: list[str], clock: FakeClock) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(args, clock=clock, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_the_guest_report_and_its_csv_are_written(
        lounge_db: Path, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "nightly")
    pdf, table = tmp_path / "guests.pdf", tmp_path / "guests.csv"
    status, out, err = report(["guests", "--date", "2026-11-23", "--out", str(pdf),
                               "--csv", str(table), "--db", str(lounge_db)], clock)
    assert (status, err) == (0, "")
    assert str(pdf) in out
    pages = pdf_pages(pdf.read_bytes())
    assert "Daily guest report · Monday 23 November 2026" in pages[0]
    assert "Printed by scheduled job (nightly) on 24 Nov 2026 08:00" in pages[0]
    assert "25 parties (visits checked in)" in pages[0]
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, for spreadsheets"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == GUEST_COLUMNS and len(rows) == 26
    assert not list(tmp_path.glob(".*.part")), "no temporary file is left behind"


def test_the_complaint_report_finds_the_database_through_the_environment(
        lounge_db: Path, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(lounge_db))
    pdf, table = tmp_path / "complaints.pdf", tmp_path / "complaints.csv"
    status, _, err = report(["complaints", "--date", "2026-11-23", "--out", str(pdf),
                             "--csv", str(table)], clock)
    assert (status, err) == (0, "")
    assert "Daily complaint report" in pdf_pages(pdf.read_bytes())[0]
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"), newline="")))
    assert tuple(rows[0]) == COMPLAINT_COLUMNS and len(rows) == 9


def test_a_day_with_no_guests_gives_a_report_that_says_so(
        lounge_db: Path, tmp_path: Path, clock: FakeClock) -> None:
    pdf = tmp_path / "empty.pdf"
    status, _, _ = report(["guests", "--date", "2026-12-25", "--out", str(pdf),
                           "--db", str(lounge_db)], clock)
    assert status == 0
    assert "No guests visited the lounge on this day." in pdf_pages(pdf.read_bytes())[0]


@pytest.mark.parametrize("date", ["2026-13-01", "2026-02-30", "23/11/2026", "2026-11-3",
                                  "tomorrow", "", "2026-11-23T00:00"])
def test_a_bad_date_is_one_line_and_exit_2(tmp_path: Path, clock: FakeClock,
                                           date: str) -> None:
    pdf = tmp_path / "x.pdf"
    status, out, err = report(["guests", "--date", date, "--out", str(pdf),
                               "--db", str(tmp_path / "lounge.sqlite3")], clock)
    assert status == 2
    assert err.count("\n") == 1 and "YYYY-MM-DD" in err and out == ""
    assert not pdf.exists()


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_a_date_the_lounge_day_cannot_be_worked_out_for_is_one_line_and_exit_2(
        lounge_db: Path, tmp_path: Path, clock: FakeClock, date: str) -> None:
    pdf = tmp_path / "x.pdf"
    status, out, err = report(["guests", "--date", date, "--out", str(pdf),
                               "--db", str(lounge_db)], clock)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and date in err and "Traceback" not in err
    assert not pdf.exists()


@pytest.mark.parametrize("date", ["0001-01-02", "9999-12-30"])
def test_the_last_days_a_report_can_cover_still_give_one(
        lounge_db: Path, tmp_path: Path, clock: FakeClock, date: str) -> None:
    status, _, err = report(["complaints", "--date", date, "--out", str(tmp_path / "x.pdf"),
                             "--db", str(lounge_db)], clock)
    assert (status, err) == (0, "")


@pytest.mark.parametrize("args", [
    [],
    ["guests"],
    ["guests", "--date", "2026-11-23"],
    ["weather", "--date", "2026-11-23", "--out", "x.pdf"],
    ["guests", "--date", "2026-11-23", "--out", "x.pdf", "--colour"],
])
def test_a_wrong_command_line_is_one_line_and_exit_2(clock: FakeClock, args: list[str]) -> None:
    status, out, err = report(args, clock)
    assert status == 2 and err.count("\n") == 1 and err.startswith("report: ") and out == ""


@pytest.mark.parametrize("where", ["missing folder", "a folder", "csv in a missing folder"])
def test_an_unwritable_path_is_one_line_and_exit_1(lounge_db: Path, tmp_path: Path,
                                                   clock: FakeClock, where: str) -> None:
    pdf, table = tmp_path / "guests.pdf", None
    if where == "missing folder":
        pdf = tmp_path / "no" / "such" / "folder" / "guests.pdf"
    elif where == "a folder":
        pdf = tmp_path
    else:
        table = tmp_path / "no" / "such" / "guests.csv"
    args = ["guests", "--date", "2026-11-23", "--out", str(pdf), "--db", str(lounge_db)]
    status, _out, err = report(args + (["--csv", str(table)] if table else []), clock)
    assert status == 1
    assert err.startswith("report: cannot write ") and err.count("\n") == 1
    assert str(table or pdf) in err
    assert not list(tmp_path.rglob("*.part"))


def test_a_missing_database_is_not_created(tmp_path: Path, clock: FakeClock) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    status, _, err = report(["guests", "--date", "2026-11-23", "--out",
                             str(tmp_path / "x.pdf"), "--db", str(missing)], clock)
    assert status == 1 and "no lounge database" in err and err.count("\n") == 1
    assert not missing.exists()
