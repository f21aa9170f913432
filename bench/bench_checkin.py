"""Scan to checked in: how long the desk takes from a scanned boarding pass to a saved visit.

Budget (DESIGN.md): under 100 ms, printing aside. Measured against a bare SQLite
insert and commit with the same durability (WAL, synchronous=FULL) in the same
run, on the same disk, so a slow machine or disk shows in both figures.

Each check-in parses a BCBP string, applies the access rules, recognises the
guest, seats the party, writes the visit and its audit row in one
``BEGIN IMMEDIATE`` transaction and commits it to disk.

    python bench/bench_checkin.py [--runs 200]

``--gui YEAR.sqlite3`` measures the same through the real window instead, on a copy of a
year of history (``bench/bench_board.py`` builds one; the file itself is never opened):
the main window offscreen, an agent signed in, then scan (the scanner path) and Enter on
the desk screen, each followed by the events they post (the lists, the status bar,
painting). The first scan of the process is shown apart from the rest; ``--processes``
starts fresh processes for more first scans.

    python bench/bench_checkin.py --gui /work/bench-data/year.sqlite3 [--runs 60]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import percentile
from vipdesk.clock import FakeClock
from vipdesk.domain import bcbp
from vipdesk.domain.lounge_setup import LoungePlan, SpacePlan
from vipdesk.domain.pin import PinKey
from vipdesk.domain.vocabulary import Role, SpaceKind
from vipdesk.services import checkin, setup, staff
from vipdesk.services.checkin import CheckIn
from vipdesk.services.pass_details import pass_details_from_boarding_pass
from vipdesk.services.session import Session
from vipdesk.storage.database import SQLITE_PRAGMAS, open_database

START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)  # 09:00 in Copenhagen
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
    timings, cpu = [], []
    for n in range(WARM_UP + runs):
        raw = boarding_pass(n)
        clock.advance(seconds=7)
        started, cpu_started = time.perf_counter(), time.process_time()
        details = pass_details_from_boarding_pass(bcbp.parse(raw, scan_date=scan_date))
        checkin.check_in(session, CheckIn(details))
        elapsed = time.perf_counter() - started
        if n >= WARM_UP:
            timings.append(elapsed * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
    # CPU time: this process's own work, which other people's load on the machine hides.
    print(f"  check-in CPU time: median {statistics.median(cpu):.2f} ms; statements sent by "
          f"one more check-in: {statements_of_one(session, clock)}")
    db.close()
    return timings


def statements_of_one(session: Session, clock: FakeClock) -> int:
    """What one check-in sends to SQLite (BEGIN and COMMIT aside), counted after the timing."""
    sent = 0
    original = session.db.execute_sql

    def counted(sql: str, *args: object, **kwargs: object) -> object:
        nonlocal sent
        sent += 1
        return original(sql, *args, **kwargs)

    session.db.execute_sql = counted  # type: ignore[method-assign]
    try:
        clock.advance(seconds=7)
        details = pass_details_from_boarding_pass(
            bcbp.parse(boarding_pass(9_999), scan_date=START.date()))
        checkin.check_in(session, CheckIn(details))
    finally:
        del session.db.execute_sql
    return sent


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


# --- through the GUI, on a year of history ---------------------------------------

YEAR_NOW = dt.datetime(2026, 11, 23, 11, 0, tzinfo=dt.UTC)  # bench_board.py's NOW
IDLE_AFTER_SIGN_IN_S = 0.5  # an agent does not scan within milliseconds of signing in


def year_pass(n: int, surname: str, given: str, ff_number: str, flight: tuple[str, str]) -> str:
    """A business-class pass for today's flight from CPH, sequence 5000 + n (none on file)."""
    name = f"{surname}/{given}".upper()[:20]
    repeated = ("117" + f"{n:010d}" + "0" + "0" + "SK " + "SK " + ff_number.ljust(16)
                + " " + "20K" + "N")
    conditional = ">6" + "00" + f"{len(repeated):02X}" + repeated
    carrier, number = flight
    return ("M1" + name.ljust(20) + "E" + f"X{n:05d} " + "CPH" + "LHR" + carrier.ljust(3)
            + number.rjust(4, "0") + " " + "327" + "C" + f"{n % 30 + 1:03d}A"
            + f"{5000 + n:04d} " + "1" + f"{len(conditional):02X}" + conditional)


def year_passes(runs: int) -> list[str]:
    """Every other pass a returning guest of the year (with their number, namesakes of the
    busiest names first), the rest new guests; all for a flight later today."""
    from vipdesk.storage.models import Flight, Guest
    flight = (Flight.select(Flight.carrier, Flight.flight_number)
              .where((Flight.flight_date == YEAR_NOW.date())
                     & (Flight.departs_at > YEAR_NOW + dt.timedelta(hours=3))).first())
    known = list(Guest.select(Guest.surname, Guest.given_names, Guest.frequent_flyer_number)
                 .where((Guest.frequent_flyer_number != "") & Guest.anonymised_at.is_null()
                        & Guest.surname.in_(("Baker", "Fitzgerald", "Andersen", "Jensen",
                                             "Nielsen", "Hansen", "Smith", "Chen")))
                 .order_by(Guest.id.desc()).limit(4 * runs))
    known = [guest for guest in known if (guest.surname + guest.given_names).isascii()]
    passes = []
    for n in range(runs):
        if n % 2 == 0 and known:
            guest = known[n // 2 % len(known)]
            surname, given = guest.surname, guest.given_names.split(" ")[0]
            ff_number = "1234" + guest.frequent_flyer_number[-4:]
        else:
            surname, given = "Benchley", "Ann" + "abcdefghijklmnopqrstuvwxyz"[n % 26] * 2
            ff_number = f"9{n:07d}"
        passes.append(year_pass(n, surname, given, ff_number,
                                (flight.carrier, flight.flight_number)))
    return passes


def gui_run(copy: Path, runs: int) -> dict[str, list[float]]:
    """Scan and check in ``runs`` guests through the main window; timings in ms."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from vipdesk.domain.vocabulary import Role, VisitStatus
    from vipdesk.gui.application import application_for_desk
    from vipdesk.storage.models import Staff, Visit

    app = application_for_desk()
    db = open_database(copy)
    session = Session(db=db, clock=FakeClock(YEAR_NOW), lounge_id=1, pin_key=PinKey.new())
    agent = Staff.get((Staff.role == Role.FRONT_DESK) & Staff.active & (Staff.lounge == 1))
    waiting = [v.id for v in Visit.select(Visit.id).where(
        (Visit.lounge == 1) & (Visit.status == VisitStatus.WAITING))]
    passes = year_passes(runs)

    from vipdesk.gui.main_window import MainWindow
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    settle(app, 0.2)
    staff.act_as(session, agent.id)  # signed in (the PIN check is bench_sign_in.py's)
    for visit_id in waiting:  # nobody waits for the lobby: no "seat them first?" question
        checkin.seat_waiting(session, visit_id)
    window.on_signed_in()
    settle(app, IDLE_AFTER_SIGN_IN_S)
    desk = window.screen_for("desk")
    timings: dict[str, list[float]] = {"scan": [], "enter": [], "total": [], "cpu": []}
    for n, raw in enumerate(passes):
        session.clock.advance(seconds=7)  # type: ignore[attr-defined]
        before = desk.last_visit_id
        started, cpu_started = time.perf_counter(), time.process_time()
        window.read_scan(raw)
        app.processEvents()
        shown = time.perf_counter()
        QTest.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
        app.processEvents()
        done = time.perf_counter()
        if desk.last_visit_id in (None, before) or desk.details is not None:
            raise SystemExit(f"pass {n} was not checked in: {desk.ui.deskMessage.text()}")
        timings["scan"].append((shown - started) * 1000)
        timings["enter"].append((done - shown) * 1000)
        timings["total"].append((done - started) * 1000)
        timings["cpu"].append((time.process_time() - cpu_started) * 1000)
        settle(app, 0.02)  # the next guest steps up
    window.close()
    db.close()
    return timings


def settle(app: object, seconds: float) -> None:
    """Let the event loop run, idle, for ``seconds`` (timers posted meanwhile run)."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.002)


def gui_child(year: Path, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="vipdesk-bench-gui-") as folder:
        copy = Path(folder) / "year.sqlite3"
        shutil.copyfile(year, copy)
        timings = gui_run(copy, runs)
    print("TIMINGS", " ".join(",".join(f"{t:.3f}" for t in timings[key])
                              for key in ("scan", "enter", "total", "cpu")))


def gui_main(year: Path, runs: int, processes: int) -> int:
    with tempfile.TemporaryDirectory(prefix="vipdesk-bench-") as folder:
        bare = measure_bare_inserts(Path(folder), 200)
    runs_of: list[dict[str, list[float]]] = []
    for _ in range(processes):
        out = subprocess.run([sys.executable, __file__, "--gui-child", str(year),
                              "--runs", str(runs)], capture_output=True, text=True, check=True)
        line = next(row for row in out.stdout.splitlines() if row.startswith("TIMINGS"))
        scan, enter, total, cpu = ([float(t) for t in part.split(",")]
                                   for part in line.split()[1:])
        runs_of.append({"scan": scan, "enter": enter, "total": total, "cpu": cpu})
    firsts = [run["total"][0] for run in runs_of]
    rest = {key: [t for run in runs_of for t in run[key][1:]] for key in ("scan", "enter", "total")}
    every = [t for run in runs_of for t in run["total"]]
    print(f"through the GUI on {year.name}: {processes} process(es) x {runs} scans, "
          "milliseconds")
    print("  first scan + Enter  " + "  ".join(
        f"{t:.1f} (scan {run['scan'][0]:.1f}, Enter {run['enter'][0]:.1f})"
        for t, run in zip(firsts, runs_of, strict=True)))
    for label, samples in (("scan (after first)", rest["scan"]),
                           ("Enter (after first)", rest["enter"]),
                           ("scan + Enter (after)", rest["total"]),
                           ("scan + Enter (all)", every),
                           ("bare insert + commit", bare)):
        print(f"  {label:<22} median {statistics.median(samples):7.2f}   "
              f"p95 {percentile(samples, 0.95):7.2f}   max {max(samples):7.2f}")
    cpu = [t for run in runs_of for t in run["cpu"]]
    print(f"  CPU time of scan + Enter (this process's own work): median "
          f"{statistics.median(cpu):.1f}, first scans "
          + ", ".join(f"{run['cpu'][0]:.1f}" for run in runs_of))
    print(f"  ratio scan + Enter / bare: median "
          f"{statistics.median(every) / statistics.median(bare):.0f}x")
    within = percentile(every, 0.95) < 100 and max(firsts) < 100
    print(f"  budget p95 < 100 ms, first scans included: {'met' if within else 'MISSED'}")
    return 0 if within else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--gui", type=Path, metavar="YEAR", help="a year of history to copy")
    parser.add_argument("--processes", type=int, default=3, help="with --gui: first scans")
    parser.add_argument("--gui-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.gui_child is not None:
        gui_child(args.gui_child, args.runs or 60)
        return 0
    if args.gui is not None:
        return gui_main(args.gui, args.runs or 60, args.processes)
    args.runs = args.runs or 200
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
