"""``report operator``: every lounge's figures from the command line, for an administrator
(with several lounges ``--lounge`` names the one whose administrator signs in)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PIN, MANAGER_PIN
from tests.operator_fixtures import expected, second_lounge
from tests.report_fixtures import busy_day, make_cast, pdf_pages, squeezed
from vipdesk.cli.report_command import run
from vipdesk.clock import FakeClock
from vipdesk.storage.models import Lounge, Staff, database

FIRST, LAST = dt.date(2026, 11, 23), dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 26, 7, 0, tzinfo=dt.UTC)


@pytest.fixture
def two_lounges(lounge: Lounge, team: dict[str, Staff], clock: FakeClock) -> list[Lounge]:
    gulf, gulf_cast, _ = second_lounge(clock.now())
    cast = make_cast(lounge, clock.now())
    for offset in range(2):
        day = FIRST + dt.timedelta(days=offset)
        busy_day(lounge, day, cast, visits=20, seed=offset, complaints=6)
        busy_day(gulf, day, gulf_cast, visits=15, seed=5 + offset, complaints=5)
    clock.set(NOW)
    return [gulf, lounge]


def report(args: list[str], clock: FakeClock, pin: str | None = None,
           monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(f"{pin}\n"))
    out, err = io.StringIO(), io.StringIO()
    tests_own = database.obj
    try:
        status = run(args, clock=clock, stdout=out, stderr=err)
    finally:  # the command bound the models to the database it opened, and closed it
        database.initialize(tests_own)
    return status, out.getvalue(), err.getvalue()


def test_an_administrator_prints_every_lounge_for_a_range(
        two_lounges: list[Lounge], db_target: Path | str, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    pdf, table = tmp_path / "all.pdf", tmp_path / "all.csv"
    status, out, err = report(
        ["operator", "--from", "2026-11-23", "--to", "2026-11-24", "--out", str(pdf),
         "--csv", str(table), "--db", str(db_target), "--lounge", "Nordic Lounge",
         "--staff", "Astrid Admin", "--pin-stdin"], clock, ADMIN_PIN, monkeypatch)
    assert (status, err) == (0, "")
    assert out == (f"report: wrote the operator report for 2026-11-23 to 2026-11-24 to {pdf} "
                   f"and {table}\n")
    pages = pdf_pages(pdf.read_bytes())
    assert "Operator report · Monday 23 November 2026 to Tuesday 24 November 2026" in pages[0]
    assert "Printed by Astrid Admin (command line," in pages[0]
    rows = list(csv.DictReader(io.StringIO(table.read_bytes().decode("utf-8-sig"))))
    for row, lounge in zip(rows, two_lounges, strict=False):
        plain = expected(lounge, FIRST, LAST, NOW)
        assert (row["lounge"], int(row["visits"]), int(row["guests"]),
                int(row["feedback"])) == (lounge.name, plain.visits, plain.guests,
                                          len(plain.feedback))
        assert squeezed(f"{lounge.name} · {lounge.airport} {lounge.timezone} {plain.visits} "
                        f"{plain.guests} {plain.distinct_guests}") in squeezed(" ".join(pages))
    assert rows[-1]["lounge"] == "All lounges"


def test_from_alone_is_one_day(two_lounges: list[Lounge], db_target: Path | str,
                               tmp_path: Path, clock: FakeClock,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    table = tmp_path / "day.csv"
    status, out, err = report(
        ["operator", "--from", "2026-11-24", "--out", str(tmp_path / "day.pdf"), "--csv",
         str(table), "--db", str(db_target), "--lounge", "Nordic Lounge", "--staff",
         "Astrid Admin", "--pin-stdin"],
        clock, ADMIN_PIN, monkeypatch)
    assert (status, err) == (0, "") and "for 2026-11-24 to" in out
    rows = list(csv.DictReader(io.StringIO(table.read_bytes().decode("utf-8-sig"))))
    day = dt.date(2026, 11, 24)
    assert [int(r["visits"]) for r in rows[:2]] == [
        expected(lounge, day, day, NOW).visits for lounge in two_lounges]


def test_a_duty_manager_is_refused_and_nothing_is_written(
        two_lounges: list[Lounge], db_target: Path | str, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = tmp_path / "all.pdf"
    status, out, err = report(
        ["operator", "--from", "2026-11-23", "--out", str(pdf), "--db", str(db_target),
         "--lounge", "Nordic Lounge", "--staff", "Mads Manager", "--pin-stdin"], clock,
        MANAGER_PIN, monkeypatch)
    assert (status, out) == (1, "")
    assert err == ("report: Mads Manager (duty manager) may not operator report; "
                   "ask an administrator.\n")
    assert not pdf.exists()


def test_the_operator_report_always_needs_a_pin(
        two_lounges: list[Lounge], db_target: Path | str, tmp_path: Path,
        clock: FakeClock) -> None:
    """The daily reports may run unattended (the lounge's setting); every lounge's never."""
    pdf = tmp_path / "all.pdf"
    status, _, err = report(["operator", "--from", "2026-11-23", "--out", str(pdf), "--db",
                             str(db_target), "--lounge", "Nordic Lounge"], clock)
    assert status == 2 and "needs a staff PIN" in err and err.count("\n") == 1
    assert not pdf.exists()


@pytest.mark.parametrize(("args", "said"), [
    (["operator", "--out", "x.pdf"], "required: --from"),
    (["operator", "--date", "2026-11-23", "--out", "x.pdf"], "not --date"),
    (["guests", "--from", "2026-11-23", "--out", "x.pdf"], "give --date"),
    (["operator", "--from", "2026-11-23", "--to", "2026-11-22", "--out", "x.pdf"],
     "ends (22 Nov 2026) before it starts"),
    (["operator", "--from", "2025-11-23", "--to", "2026-11-24", "--out", "x.pdf"],
     "at most 366 days"),
])
def test_a_wrong_range_is_one_line_and_exit_2(clock: FakeClock, args: list[str],
                                              said: str) -> None:
    status, out, err = report(args, clock)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("report: ") and said in err
