"""Scan to checked in: how long the desk takes from a scanned boarding pass to a saved visit.

Budget (DESIGN.md): under 100 ms, printing aside. Measured against a bare SQLite
insert and commit with the same durability (WAL, synchronous=FULL) in the same
run, on the same disk, so a slow machine or disk shows in both figures.

Each check-in parses a BCBP string, applies the access rules, recognises the
guest, seats the party, writes the visit and its audit row in one
``BEGIN IMMEDIATE`` transaction and commits it to disk.

    python bench/bench_checkin.py [--runs 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vipdesk.clock import FakeClock  # noqa: E402
from vipdesk.domain import bcbp  # noqa: E402
from vipdesk.domain.lounge_setup import LoungePlan, SpacePlan  # noqa: E402
from vipdesk.domain.pin import PinKey  # noqa: E402
from vipdesk.domain.vocabulary import Role, SpaceKind  # noqa: E402
from vipdesk.services import checkin, setup, staff  # noqa: E402
from vipdesk.services.pass_details import pass_details_from_boarding_pass  # noqa: E402
from vipdesk.services.session import Session  # noqa: E402
from vipdesk.storage.database import SQLITE_PRAGMAS, open_database  # noqa: E402

START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.timezone.utc)  # 09:00 in Copenhagen
WARM_UP = 10
SURNAMES = ("CHEN", "JENSEN", "OBRIEN", "MCDONALD", "SORENSEN", "TANAKA", "SMITH", "NIELSEN")
GIVEN = ("LI", "KAREN", "SEAN", "ANNA", "MADS", "HIROSHI", "JOHN", "IDA")


def boarding_pass(n: int) -> str:
    """A one-leg version-6 pass from CPH, business class, with a frequent-flyer number."""
    name = f"{SURNAMES[n % len(SURNAMES)]}/{GIVEN[n // len(SURNAMES) % len(GIVEN)]}MS"
    repeated = ("117" + f"{n:010d}" + "0" + "0" + "SK " + "SK " + f"EBA{n:09d}".ljust(16)
                + " " + "20K" + "N")
    conditional = ">6" + "00" + f"{len(repeated):02X}" + repeated
    return ("M1" + name.ljust(20) + "E" + f"X{n:05d} " + "CPH" + "LHR" + "SK " + "0501 "
            + "327" + "C" + f"{n % 30 + 1:03d}A" + f"{n:04d} " + "1"
            + f"{len(conditional):02X}" + conditional)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure_check_ins(folder: Path, runs: int) -> list[float]:
    clock = FakeClock(START)
    db = open_database(folder / "vipdesk.sqlite3")
    session = Session(db=db, clock=clock, pin_key=PinKey.new())  # a key of its own
    setup.set_up_lounge(session, LoungePlan(
        name="Bench Lounge", airport="CPH", timezone="Europe/Copenhagen",
        admin_name="Astrid Admin", admin_pin="246810",
        spaces=[SpacePlan("Lobby", SpaceKind.LOBBY, 2000), SpacePlan("Box 1", SpaceKind.BOX, 4)]))
    admin = staff.staff_who_can_sign_in(session)[0]
    staff.sign_in(session, admin.id, "246810")
    desk = staff.add_staff(session, "Dina Desk", Role.FRONT_DESK, "2468")
    for name in ("Ali Attendant", "Bo Attendant", "Cai Attendant"):
        staff.add_staff(session, name, Role.ATTENDANT, None)
    staff.sign_out(session)
    staff.sign_in(session, desk.id, "2468")

    scan_date = START.date()
    timings = []
    for n in range(WARM_UP + runs):
        raw = boarding_pass(n)
        clock.advance(seconds=7)
        started = time.perf_counter()
        details = pass_details_from_boarding_pass(bcbp.parse(raw, scan_date=scan_date))
        checkin.check_in(session, details)
        elapsed = time.perf_counter() - started
        if n >= WARM_UP:
            timings.append(elapsed * 1000)
    db.close()
    return timings


def measure_bare_inserts(folder: Path, runs: int) -> list[float]:
    """One row inserted and committed, with the desk's durability pragmas."""
    connection = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    connection.execute(f"PRAGMA journal_mode = {SQLITE_PRAGMAS['journal_mode']}")
    connection.execute(f"PRAGMA synchronous = {SQLITE_PRAGMAS['synchronous']}")
    connection.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY, guest TEXT, flight TEXT,"
                       " seat TEXT, arrived_at TEXT)")
    timings = []
    for n in range(WARM_UP + runs):
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO visit (guest, flight, seat, arrived_at) VALUES (?, ?, ?, ?)",
            (f"guest {n}", "SK501", "2A", START.isoformat()))
        connection.execute("COMMIT")
        elapsed = time.perf_counter() - started
        if n >= WARM_UP:
            timings.append(elapsed * 1000)
    connection.close()
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vipdesk-bench-") as folder:
        bare = measure_bare_inserts(Path(folder), args.runs)
        desk = measure_check_ins(Path(folder), args.runs)
    figures = {
        "scan to checked in": desk,
        "bare insert + commit": bare,
    }
    print(f"{args.runs} runs each (after {WARM_UP} warm-up), milliseconds")
    for label, samples in figures.items():
        print(f"  {label:<22} median {statistics.median(samples):7.2f}   "
              f"p95 {percentile(samples, 0.95):7.2f}   max {max(samples):7.2f}")
    ratio = statistics.median(desk) / statistics.median(bare)
    p95_ratio = percentile(desk, 0.95) / percentile(bare, 0.95)
    print(f"  ratio check-in / bare: median {ratio:.1f}x, p95 {p95_ratio:.1f}x")
    within = percentile(desk, 0.95) < 100
    print(f"  budget 100 ms at p95: {'met' if within else 'MISSED'}")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
