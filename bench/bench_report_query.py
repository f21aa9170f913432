"""The daily guest report's queries on a year of history: flat with the length of the history.

The visits query once had an OR in its WHERE that dropped the lower bound on
``arrived_at``, so SQLite walked every earlier visit of the lounge: the latest day
of a year cost 93-97 ms where the first day cost 25. Here both days are read
(``_visit_rows`` and ``_waits``: the rows the report prints, converted to Python)
beside a bare indexed SELECT of the same day's visit ids, in the same process.

Run it on a COPY of the year database (``bench/bench_board.py`` builds it; opening
runs this branch's migrations):

    cp /path/to/year.sqlite3 /tmp/year.sqlite3
    python bench/bench_report_query.py /tmp/year.sqlite3 [--runs 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vipdesk.documents.report_data import LoungeDay
from vipdesk.services import reports
from vipdesk.storage.database import open_database
from vipdesk.storage.models import Lounge, Visit


def median_ms(runs: int, job: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    db = open_database(args.database)
    lounge = Lounge.select().order_by(Lounge.id).get()
    zone = reports.lounge_time.zone(lounge.timezone)
    first = Visit.select(Visit.arrived_at).where(Visit.lounge == lounge.id).order_by(
        Visit.arrived_at).limit(1).scalar()
    last = Visit.select(Visit.arrived_at).where(Visit.lounge == lounge.id).order_by(
        Visit.arrived_at.desc()).limit(1).scalar()
    total = Visit.select().where(Visit.lounge == lounge.id).count()
    print(f"daily report queries, {total:,} visits on file, median of {args.runs}")
    for name, moment in (("first day", first), ("last full day", last - dt.timedelta(days=1))):
        day = moment.astimezone(zone).date()
        span = reports.lounge_day(lounge.timezone, day)

        def bare(span: LoungeDay = span) -> list[tuple[int]]:
            return list(Visit.select(Visit.id).where(
                (Visit.lounge == lounge.id) & (Visit.arrived_at >= span.start)
                & (Visit.arrived_at < span.end)).tuples())

        def report(span: LoungeDay = span) -> int:
            return len(reports._visit_rows(lounge.id, span)) + len(
                reports._waits(lounge.id, span))

        rows = len(reports._visit_rows(lounge.id, span))
        query, baseline = median_ms(args.runs, report), median_ms(args.runs, bare)
        print(f"  {name} ({day}, {rows:,} rows)  report queries {query:6.1f} ms   "
              f"bare indexed SELECT {baseline:5.1f} ms   ratio {query / baseline:5.1f}x")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
