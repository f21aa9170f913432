"""Complaint search with "Any status" on a year of items, against a bare LIKE scan.

What the Complaints screen runs for one search (``list_feedback`` for the first page
and ``count_feedback`` for "1-100 of N") is timed for a few typical searches, beside a
bare ``sqlite3`` LIKE scan of the three searched columns in the same run (the issue's
baseline, 43 ms on 100,772 items): a slow machine shows in both figures. The same two
calls with nothing typed show what the page costs without any search.

The year (``bench/bench_board.py`` builds it) is never opened in place: it is copied
to ``--work`` first, and topped up with copies of its own items to ``--items`` (the
issue measured 100,772) before VIP Desk opens the copy and runs its migrations.

    python bench/bench_complaint_search.py --year /tmp/me/year.sqlite3 \
        [--work /tmp/me/search.sqlite3] [--items 100772] [--runs 30]

Budget (issue 12): under 30 ms per search.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import p95, timed
from vipdesk.clock import FakeClock
from vipdesk.services import complaints, setup
from vipdesk.services.complaints import ComplaintFilter
from vipdesk.services.session import Session
from vipdesk.storage.database import open_database

NOW = dt.datetime(2026, 11, 23, 11, 0, tzinfo=dt.UTC)  # bench_board's year
WARM_UP = 3
BUDGET_MS = 30.0
SEARCHES = ("coffee", "smørrebrød", "Mette", "shower towels", "hans", "wi-fi", "kold", "sh")
COLUMNS = ("lounge_id, guest_id, visit_id, channel, kind, category, severity, status,"
           " guest_words, guest_expects, apologised, immediate_action, compensation_kind,"
           " compensation_value, department, escalated, escalated_at, owner_id, promise_due_at,"
           " promise_owner_id, promise_how, promise_kept_at, promise_outcome, resolution,"
           " created_at, created_by_id, resolved_at, anonymised_at, praised_staff_id")
BARE_LIKE = ("SELECT COUNT(*) FROM complaint WHERE lounge_id = ? AND (guest_words LIKE ?"
             " OR guest_expects LIKE ? OR resolution LIKE ?)")


def copy_and_top_up(year: Path, work: Path, items: int) -> int:
    """A fresh copy of the year with at least ``items`` complaints (copies of its own)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(year, work)
    with contextlib.closing(sqlite3.connect(work)) as connection:
        have = connection.execute("SELECT COUNT(*) FROM complaint").fetchone()[0]
        while have < items:
            connection.execute(f"INSERT INTO complaint ({COLUMNS}) SELECT {COLUMNS}"
                               f" FROM complaint ORDER BY id LIMIT {items - have}")
            have = connection.execute("SELECT COUNT(*) FROM complaint").fetchone()[0]
        connection.commit()
    return int(have)






def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", type=Path, required=True, help="the year to copy (not opened)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench_complaint_search.sqlite3"))
    parser.add_argument("--items", type=int, default=100_772)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    if args.work.resolve() == args.year.resolve():
        parser.error("--work must not be the year itself")

    started = time.perf_counter()
    items = copy_and_top_up(args.year, args.work, args.items)
    copied = time.perf_counter() - started
    started = time.perf_counter()
    database = open_database(args.work)  # runs this branch's migrations on the copy
    opened = time.perf_counter() - started
    print(f"{items:,} complaints; copied in {copied:.1f} s, opened (migrated) in {opened:.1f} s")
    session = Session(db=database, clock=FakeClock(NOW))
    lounge = setup.find_lounge(session)
    assert lounge is not None, "the year has its lounge"
    session.lounge_id = lounge.id
    bare_db = sqlite3.connect(args.work)

    all_service: list[float] = []
    all_bare: list[float] = []
    print(f"{'search':<16}{'found':>8}{'p50 ms':>9}{'p95 ms':>9}"
          f"{'bare LIKE p50':>15}{'p95':>7}{'ratio':>7}")
    for text in SEARCHES:
        wanted = ComplaintFilter(text=text)  # no statuses chosen: "Any status"

        def search(wanted: ComplaintFilter = wanted) -> None:
            complaints.list_feedback(session, wanted)
            complaints.count_feedback(session, wanted)

        pattern = f"%{text}%"

        def bare(pattern: str = pattern) -> None:
            bare_db.execute(BARE_LIKE, (session.lounge_id, pattern, pattern, pattern)).fetchone()

        found = complaints.count_feedback(session, wanted)
        service = timed(search, args.runs, WARM_UP)
        bare_times = timed(bare, args.runs, WARM_UP)
        all_service += service
        all_bare += bare_times
        print(f"{text:<16}{found:>8,}{statistics.median(service):>9.1f}{p95(service):>9.1f}"
              f"{statistics.median(bare_times):>15.1f}{p95(bare_times):>7.1f}"
              f"{statistics.median(service) / statistics.median(bare_times):>6.1f}x")
    page = ComplaintFilter()  # the same screen with nothing typed: the page's own cost
    unsearched = timed(lambda: (complaints.list_feedback(session, page),
                                complaints.count_feedback(session, page)), args.runs, WARM_UP)
    print(f"{'(nothing typed)':<16}{items:>8,}{statistics.median(unsearched):>9.1f}"
          f"{p95(unsearched):>9.1f}")
    bare_db.close()
    database.close()
    ratio = statistics.median(all_service) / statistics.median(all_bare)
    verdict = "within" if p95(all_service) < BUDGET_MS else "OVER"
    print(f"all searches: p50 {statistics.median(all_service):.1f} ms, p95 {p95(all_service):.1f}"
          f" ms; bare LIKE p50 {statistics.median(all_bare):.1f} ms, p95 {p95(all_bare):.1f} ms;"
          f" ratio {ratio:.2f}x; budget {BUDGET_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
