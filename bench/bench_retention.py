"""The retention job on a year of history: the first run, then the hourly run, against a bare
``SELECT count(*)`` over the visits in the same process.

Retention selects rows by their own age every run (issue 16), through partial
indexes on the rows still holding personal data, so the hourly run must stay
a few milliseconds however long the history (it runs on the GUI thread). The
first run after the upgrade to 0009 reads every old row once: the desk does it
in batches (``retention.BATCH`` rows each, ``retention_job``), each timed, then
the checkpoint that follows. Also timed: the clock check that comes before
every destructive job and runs on the GUI's timer (one row by its index).
Baselines in the same process: ``SELECT count(*) FROM visit`` (SQLite counts
an index's pages without reading a row) and a scan that reads every visit row.

The year is the demo lounge's (365 days at 1,400 visits a day, as
bench_board.py), built once and kept with ``--db``; each run works on a copy.

    python bench/bench_retention.py [--db /tmp/bench_retention.sqlite3] [--runs 20]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_board import NOW, build, p95  # noqa: E402
from vipdesk.clock import FakeClock  # noqa: E402
from vipdesk.services import retention, setup  # noqa: E402
from vipdesk.services.clock_mark import clock_state  # noqa: E402
from vipdesk.services.session import Session  # noqa: E402
from vipdesk.storage.database import open_database  # noqa: E402

HOURLY_BUDGET_MS = 50.0  # well inside the GUI thread's 100 ms
CLOCK_CHECK_BUDGET_MS = 1.0


def ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench_retention.sqlite3"))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--per-day", type=int, default=1400)
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, args.days, args.per_day)

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "retention.sqlite3"
        shutil.copyfile(args.db, work)
        database = open_database(work)
        clock = FakeClock(NOW)
        session = Session(db=database, clock=clock)  # type: ignore[arg-type]
        session.lounge_id = setup.find_lounge(session).id
        visits, pending = database.execute_sql(
            "SELECT COUNT(*), COUNT(*) FILTER (WHERE anonymised_at IS NULL) FROM visit"
        ).fetchone()
        audit = database.execute_sql("SELECT COUNT(*) FROM audit_event").fetchone()[0]

        def bare(sql: str) -> float:
            started = time.perf_counter()
            database.execute_sql(sql).fetchone()
            return ms(started)

        baseline = [bare("SELECT count(*) FROM visit") for _ in range(args.runs)]
        scans = [bare("SELECT count(*) FROM visit WHERE seat <> '~'") for _ in range(5)]

        checks = []
        for _ in range(1000):
            started = time.perf_counter()
            clock_state(session)
            checks.append(ms(started))

        batches, first_guests, first_rows, more = [], 0, 0, True
        while more:  # the job's batches, back to back (the desk spaces them out)
            started = time.perf_counter()
            done = retention.expire(session, limit=retention.BATCH)
            batches.append(ms(started))
            first_guests, first_rows, more = (first_guests + done.guests,
                                              first_rows + done.rows, done.more)
        started = time.perf_counter()
        retention.push_to_disk(database)
        checkpoint_ms = ms(started)

        hourly, cleared = [], 0
        for _ in range(args.runs):
            clock.advance(hours=1)
            started = time.perf_counter()
            done = retention.expire(session, limit=retention.BATCH)
            hourly.append(ms(started))
            cleared += done.rows
        database.close()

    base, scan = statistics.median(baseline), statistics.median(scans)
    print(f"visits on file: {visits:,} ({pending:,} not yet cleared); audit rows: {audit:,}")
    print(f"bare SELECT count(*) FROM visit: median {base:.2f} ms over {args.runs} runs; "
          f"a scan reading every visit row: median {scan:.1f} ms")
    print(f"clock check (clock_state): median {statistics.median(checks) * 1000:.0f} us, "
          f"p95 {p95(checks) * 1000:.0f} us over 1000 reads; budget "
          f"{CLOCK_CHECK_BUDGET_MS:.0f} ms: "
          f"{'within' if p95(checks) < CLOCK_CHECK_BUDGET_MS else 'OVER'}")
    print(f"first run: {len(batches)} batches, {sum(batches) / 1000:,.1f} s in all "
          f"({sum(batches) / scan:.0f}x the scan), {first_guests:,} guests and {first_rows:,} "
          f"rows cleared; a batch: median {statistics.median(batches):.0f} ms, "
          f"p95 {p95(batches):.0f} ms, max {max(batches):.0f} ms; "
          f"then the checkpoint {checkpoint_ms:,.0f} ms")
    print(f"hourly run: median {statistics.median(hourly):.2f} ms, p95 {p95(hourly):.2f} ms "
          f"over {args.runs} runs ({cleared:,} rows cleared in all); "
          f"ratio {statistics.median(hourly) / base:.0f}x the bare count, "
          f"{statistics.median(hourly) / scan:.2f}x the scan; budget "
          f"{HOURLY_BUDGET_MS:.0f} ms: "
          f"{'within' if p95(hourly) < HOURLY_BUDGET_MS else 'OVER'}")


if __name__ == "__main__":
    main()
