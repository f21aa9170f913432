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

Another desk (issue 12): the first ``--contended`` batches run as the desk runs them
(paused as gui/housekeeping.py pauses them) while another process, standing for a
second desk, does ``BEGIN IMMEDIATE`` + insert + ``COMMIT`` every few milliseconds;
its longest wait is printed beside the same durable insert+commit with nothing else
writing (budget: a check-in waits at most 50 ms), and so is the longest time a batch
held the write lock (its write transaction: ``retention.clear_batch``, or the whole
batch where the code has no separate read).

The year is the demo lounge's (365 days at 1,400 visits a day, as
bench_board.py), built once and kept with ``--db``; each run works on a copy.

    python bench/bench_retention.py [--db /tmp/bench_retention.sqlite3] [--runs 20]
        [--contended 300]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_board import NOW, build
from bench.measure import p95
from vipdesk.clock import FakeClock
from vipdesk.gui import housekeeping
from vipdesk.services import retention, setup
from vipdesk.services.clock_mark import clock_state
from vipdesk.services.session import Session
from vipdesk.storage.database import open_database

HOURLY_BUDGET_MS = 50.0  # well inside the GUI thread's 100 ms
CLOCK_CHECK_BUDGET_MS = 1.0
WAIT_BUDGET_MS = 50.0  # another desk's check-in waits at most this for the write lock
# The desk's pause between two batches (the GUI thread's timer before issue 12).
PAUSE_S = getattr(housekeeping, "BATCH_PAUSE_S", None) or getattr(
    housekeeping, "BACKLOG_EVERY_MS", 0) / 1000


def ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def other_desk(path: str, ready: Any, stop: Any, out: Any) -> None:
    """A second desk: durable insert+commit (its own process and connection) every 0-20 ms
    from ``ready`` to ``stop``; puts the times it took, in ms."""
    connection = sqlite3.connect(path, timeout=10, isolation_level=None)
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA busy_timeout = 10000")
    times = []
    ready.set()
    while not stop.is_set():
        time.sleep(random.uniform(0, 0.02))
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        locked = ms(started)
        connection.execute("INSERT INTO bench_other_desk (at) VALUES (?)", (started,))
        connection.execute("COMMIT")
        times.append((ms(started), locked))
    connection.close()
    out.put(times)


def with_other_desk(path: Path, work: Callable[[], None]) -> list[tuple[float, float]]:
    """The other desk's insert+commit times while ``work`` runs, each with the part of it
    spent waiting for the write lock (``BEGIN IMMEDIATE``)."""
    spawn = multiprocessing.get_context("spawn")  # not a fork of our open connection
    ready, stop = spawn.Event(), spawn.Event()
    out: multiprocessing.Queue = spawn.Queue()
    desk = spawn.Process(target=other_desk, args=(str(path), ready, stop, out))
    desk.start()
    ready.wait()
    try:
        work()
    finally:
        stop.set()
        times = out.get()
        desk.join()
    return times


def timed_batch(session: Session) -> tuple[retention.Expired, float, float]:
    """One batch of the job: what it did, its time and the time it held the write lock."""
    started = time.perf_counter()
    if hasattr(retention, "clear_batch"):  # found outside the write transaction
        batch = retention.expired_batch(session, limit=retention.BATCH)
        locked = time.perf_counter()
        done = retention.clear_batch(session, batch)
        return done, ms(started), ms(locked)
    done = retention.expire(session, limit=retention.BATCH)  # one write transaction
    return done, ms(started), ms(started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench_retention.sqlite3"))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--per-day", type=int, default=1400)
    parser.add_argument("--contended", type=int, default=300,
                        help="batches run beside another desk's check-ins")
    parser.add_argument("--contended-only", action="store_true",
                        help="stop after those: no rest of the backlog, no hourly runs")
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
        database.execute_sql("CREATE TABLE bench_other_desk (id INTEGER PRIMARY KEY, at REAL)")

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

        bare_desk, bare_lock = zip(*with_other_desk(work, lambda: time.sleep(3)), strict=True)
        batches, holds, first_guests, first_rows, more = [], [], 0, 0, True

        def one_batch() -> None:
            nonlocal first_guests, first_rows, more
            done, took, held = timed_batch(session)
            if hasattr(retention, "tidy_log"):  # as the desk's worker does after each batch
                retention.tidy_log(database)
            batches.append(took)
            holds.append(held)
            first_guests, first_rows, more = (first_guests + done.guests,
                                              first_rows + done.rows, done.more)

        def contended() -> None:
            for _ in range(args.contended):  # as the desk runs them, paused
                one_batch()
                time.sleep(PAUSE_S)

        waits, lock_waits = zip(*with_other_desk(work, contended), strict=True)
        contended_holds = list(holds)
        if args.contended_only:
            print(f"the first {args.contended} batches: median {statistics.median(batches):.1f}"
                  f" ms; write lock held: median {statistics.median(holds):.1f} ms, p95 "
                  f"{p95(holds):.1f} ms, max {max(holds):.1f} ms")
            print(f"another desk's insert+commit: alone median {statistics.median(bare_desk):.2f}"
                  f" ms, p95 {p95(bare_desk):.2f} ms, max {max(bare_desk):.1f} ms; beside the "
                  f"job median {statistics.median(waits):.2f} ms, p95 {p95(waits):.1f} ms, max "
                  f"{max(waits):.1f} ms ({len(waits)}); of which waiting for the lock: alone "
                  f"max {max(bare_lock):.1f} ms, beside the job p95 {p95(lock_waits):.1f} ms, "
                  f"max {max(lock_waits):.1f} ms")
            return
        while more:  # the rest of the backlog, back to back
            one_batch()
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
    print(f"write lock held by a batch ({retention.BATCH} rows of each kind): median "
          f"{statistics.median(holds):.1f} ms, p95 {p95(holds):.1f} ms, max {max(holds):.1f} ms "
          f"(the first {args.contended}: max {max(contended_holds):.1f} ms)")
    print(f"another desk's durable insert+commit: alone median "
          f"{statistics.median(bare_desk):.2f} ms, p95 {p95(bare_desk):.2f} ms, max "
          f"{max(bare_desk):.1f} ms ({len(bare_desk)}); during the first {args.contended} "
          f"batches ({PAUSE_S * 1000:.0f} ms apart) median {statistics.median(waits):.2f} ms, "
          f"p95 {p95(waits):.1f} ms, max {max(waits):.1f} ms ({len(waits)}); of which waiting "
          f"for the lock (BEGIN IMMEDIATE): alone max {max(bare_lock):.1f} ms, beside the job "
          f"p95 {p95(lock_waits):.1f} ms, max {max(lock_waits):.1f} ms; budget "
          f"{WAIT_BUDGET_MS:.0f} ms: {'within' if max(lock_waits) < WAIT_BUDGET_MS else 'OVER'}")
    print(f"hourly run: median {statistics.median(hourly):.2f} ms, p95 {p95(hourly):.2f} ms "
          f"over {args.runs} runs ({cleared:,} rows cleared in all); "
          f"ratio {statistics.median(hourly) / base:.0f}x the bare count, "
          f"{statistics.median(hourly) / scan:.2f}x the scan; budget "
          f"{HOURLY_BUDGET_MS:.0f} ms: "
          f"{'within' if p95(hourly) < HOURLY_BUDGET_MS else 'OVER'}")


if __name__ == "__main__":
    main()
