"""Lounge board refresh with a year of history: ``board(session)`` against the bare SQL.

Budget (DESIGN.md): under 30 ms with over 500,000 visits on file. The same rows
are also read with plain ``sqlite3`` queries (no peewee, no row objects) in the
same run, so a slow machine shows in both figures; the ratio is the price of
the service layer.

The year is the demo lounge's (``vipdesk.demo.generator.fill_demo_lounge``,
365 days at 1,400 visits a day); building it takes a few minutes, so the file
is kept and reused with ``--db``.

    python bench/bench_board.py [--db /tmp/bench_board.sqlite3] [--runs 50]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import p95, timed
from vipdesk.clock import FakeClock
from vipdesk.demo.generator import fill_demo_lounge
from vipdesk.domain.pin import PinKey
from vipdesk.services import board, setup
from vipdesk.services.session import Session
from vipdesk.storage.database import open_database

NOW = dt.datetime(2026, 11, 23, 11, 0, tzinfo=dt.UTC)  # noon in Copenhagen
WARM_UP = 5
BUDGET_MS = 30.0

BARE_QUERIES = (
    ("SELECT * FROM space WHERE lounge_id = :lounge AND active ORDER BY position, id"),
    ("SELECT v.id, v.guest_id, v.party_size, v.status, v.space_id, v.arrived_at, v.seated_at,"
     " v.carrier, v.flight_number, v.attendant_id, v.boarding_informed_at, g.title,"
     " g.given_names, g.surname, g.language, f.gate, f.departs_at, f.boards_at, s.name"
     " FROM visit v JOIN guest g ON g.id = v.guest_id"
     " LEFT JOIN flight f ON f.lounge_id = v.lounge_id AND f.flight_date = v.flight_date"
     "  AND f.carrier = v.carrier AND f.flight_number = v.flight_number"
     " LEFT JOIN staff s ON s.id = v.attendant_id"
     " WHERE v.lounge_id = :lounge AND v.status IN ('waiting', 'seated')"),
    ("SELECT w.*, v.guest_id, v.party_size, v.status, g.title, g.given_names, g.surname,"
     " g.language, s.name, l.amber_minutes, l.fatigue_minutes, l.escalate_after_minutes"
     " FROM waiting_entry w JOIN visit v ON v.id = w.visit_id JOIN guest g ON g.id = v.guest_id"
     " JOIN lounge l ON l.id = v.lounge_id LEFT JOIN staff s ON s.id = w.acknowledged_by_id"
     " WHERE w.ended_at IS NULL AND v.lounge_id + 0 = :lounge ORDER BY w.started_at, w.id"),
    ("SELECT id, name FROM staff WHERE lounge_id = :lounge AND active AND role = 'attendant'"
     " ORDER BY name, id"),
    ("SELECT * FROM flight WHERE lounge_id = :lounge AND flight_date = :day"
     " ORDER BY departs_at, carrier, flight_number"),
    ("SELECT * FROM lounge WHERE id = :lounge"),
)


def build(path: Path, days: int, per_day: int) -> None:
    print(f"building {days} days at {per_day} visits a day in {path} (a few minutes)...",
          flush=True)
    started = time.perf_counter()
    summary = fill_demo_lounge(path, days=days, seed=1, now=NOW, visits_per_day=per_day,
                               pin_key=PinKey.new())  # nobody signs in to a benchmark
    print(f"  {summary.visits:,} visits, {summary.guests:,} guests, "
          f"{summary.in_lounge_now} parties seated, {summary.waiting} waiting "
          f"in {time.perf_counter() - started:.0f} s")






def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench_board.sqlite3"))
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--per-day", type=int, default=1400)
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, args.days, args.per_day)

    database = open_database(args.db)
    session = Session(db=database, clock=FakeClock(NOW))  # type: ignore[arg-type]
    session.lounge_id = setup.find_lounge(session).id
    visits = database.execute_sql("SELECT COUNT(*) FROM visit").fetchone()[0]
    data = board.board(session)
    day = data.departures[0].departs_at.date().isoformat() if data.departures else ""
    service = timed(lambda: board.board(session), args.runs, WARM_UP)

    bare_db = sqlite3.connect(args.db)
    params = {"lounge": session.lounge_id, "day": day}

    def bare() -> None:
        for query in BARE_QUERIES:
            bare_db.execute(query, params).fetchall()

    bare_times = timed(bare, args.runs, WARM_UP)
    bare_db.close()
    database.close()

    parties = sum(len(space.parties) for space in data.spaces)
    print(f"visits on file: {visits:,}; on the board: {parties} parties seated in "
          f"{len(data.spaces)} spaces, {len(data.waits)} waiting, "
          f"{len(data.departures)} flights today")
    print(f"board(session): median {statistics.median(service):.2f} ms, "
          f"p95 {p95(service):.2f} ms over {args.runs} runs")
    print(f"bare SQL:       median {statistics.median(bare_times):.2f} ms, "
          f"p95 {p95(bare_times):.2f} ms")
    ratio = statistics.median(service) / statistics.median(bare_times)
    verdict = "within" if p95(service) < BUDGET_MS else "OVER"
    print(f"ratio {ratio:.1f}x; budget {BUDGET_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
