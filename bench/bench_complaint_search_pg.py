"""Complaint search on PostgreSQL (issue 15): no FTS5 and no extension, migration 0019's
index of folded words, against a bare ILIKE scan of the same three columns in the same run.

What the Complaints screen runs for one search (``list_feedback`` for the first page and
``count_feedback`` for "1-100 of N") is timed for a few typical searches over ``--items``
complaints of one lounge, spread over a year, beside a bare psycopg ``ILIKE`` count (no
folding: what any search must at least read). The database ``--database`` is made on the
server anew (dropped first) and dropped again at the end unless ``--keep``. The items are
written, then vacuumed and analysed, as autovacuum leaves a lounge's tables after a burst
of inserts (the search reads the word index alone once the pages are marked all-visible).

    python bench/bench_complaint_search_pg.py \\
        --server 'postgresql://vipdesk@/postgres?host=/tmp/pgdev&port=55432' \\
        [--database pg-search_bench] [--items 20000] [--runs 30] [--keep]

Budget (issue 15's brief): the complaints list answers in under 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("VIPDESK_PIN_KEY", str(Path(tempfile.mkdtemp()) / "pin.key"))

from bench.measure import p95, timed
from bench.pg_server import admin, url_of
from vipdesk.clock import FakeClock
from vipdesk.domain.lounge_setup import LoungePlan
from vipdesk.services import complaints, setup
from vipdesk.services.complaints import ComplaintFilter
from vipdesk.services.session import Session
from vipdesk.storage.database import open_database
from vipdesk.storage.models import Complaint, Staff
from vipdesk.storage.pin_key import ENV_VAR, key_at

NOW = dt.datetime(2026, 11, 23, 11, 0, tzinfo=dt.UTC)
WARM_UP = 3
BUDGET_MS = 100.0
SEARCHES = ("coffee", "smørrebrød", "kjaer", "soren", "shower towels", "hans", "wi-fi", "sh",
            "café kold", "qqqzzz")
WORDS = tuple(" ".join((
    "the coffee was cold and the shower had no towels wi-fi did not work my flight was",
    "delayed nobody told us about the gate staff were rude lovely service thank you",
    "seat broken food ran out of milk kaffen var kold ingen håndklæder i bruseren",
    "smørrebrød café Østergaard Kjærgaard Søren Hansen Mette Ærøskøbing Ålborg",
    "noise children toilet dirty champagne warm wine glass boarding")).split(" "))
BARE_ILIKE = ("SELECT count(*) FROM complaint WHERE lounge_id = %s AND (guest_words ILIKE %s"
              " OR guest_expects ILIKE %s OR resolution ILIKE %s)")


def sentence(chance: random.Random, low: int, high: int) -> str:
    return " ".join(chance.choice(WORDS) for _ in range(chance.randint(low, high)))


def fill(session: Session, items: int, url: str) -> None:
    """``items`` complaints of the session's lounge over the year before NOW."""
    chance = random.Random(15)
    desk = Staff.select().first()
    rows = []
    for n in range(items):
        at = NOW - dt.timedelta(days=365) * (n / items)
        rows.append({
            "lounge": session.lounge_id, "channel": "in_person", "kind": "complaint",
            "category": "other", "severity": "low", "status": "resolved",
            "guest_words": sentence(chance, 8, 40), "guest_expects": sentence(chance, 0, 8),
            "resolution": sentence(chance, 0, 15), "department": "front_desk",
            "created_at": at, "created_by": desk.id})
    for start in range(0, len(rows), 1_000):
        Complaint.insert_many(rows[start:start + 1_000]).execute()
    with psycopg.connect(url, autocommit=True) as connection:  # VACUUM: no transaction
        connection.execute("VACUUM ANALYZE complaint, complaint_word")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True, help="a postgresql:// URL of the server")
    parser.add_argument("--database", default="pg-search_bench")
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="leave the database on the server")
    args = parser.parse_args()

    admin(args.server, f'DROP DATABASE IF EXISTS "{args.database}"')
    admin(args.server, f'CREATE DATABASE "{args.database}"')
    url = url_of(args.server, args.database)
    database = open_database(url)
    try:
        session = Session(db=database, clock=FakeClock(NOW),
                          pin_key=key_at(Path(os.environ[ENV_VAR])))
        made = setup.set_up_lounge(session, LoungePlan(
            name="Bench Lounge", airport="CPH", timezone="Europe/Copenhagen",
            admin_name="Bench Admin", admin_pin="246810"))
        session.lounge_id = made.id
        started = time.perf_counter()
        fill(session, args.items, url)
        print(f"{args.items:,} complaints on PostgreSQL, written in"
              f" {time.perf_counter() - started:.1f} s")
        measure(session, url, args.runs)
    finally:
        database.close()
        if not args.keep:
            admin(args.server, f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')


def measure(session: Session, url: str, runs: int) -> None:
    all_service: list[float] = []
    all_bare: list[float] = []
    print(f"{'search':<16}{'found':>8}{'p50 ms':>9}{'p95 ms':>9}"
          f"{'bare ILIKE p50':>16}{'p95':>7}{'ratio':>7}")
    with psycopg.connect(url) as bare_db:
        for text in SEARCHES:
            wanted = ComplaintFilter(text=text)  # no statuses chosen: "Any status"

            def search(wanted: ComplaintFilter = wanted) -> None:
                complaints.list_feedback(session, wanted)
                complaints.count_feedback(session, wanted)

            pattern = f"%{text}%"

            def bare(pattern: str = pattern) -> None:
                bare_db.execute(BARE_ILIKE, (session.lounge_id, pattern, pattern, pattern)
                                ).fetchone()

            found = complaints.count_feedback(session, wanted)
            service = timed(search, runs, WARM_UP)
            bare_times = timed(bare, runs, WARM_UP)
            all_service += service
            all_bare += bare_times
            print(f"{text:<16}{found:>8,}{statistics.median(service):>9.1f}"
                  f"{p95(service):>9.1f}{statistics.median(bare_times):>16.1f}"
                  f"{p95(bare_times):>7.1f}"
                  f"{statistics.median(service) / statistics.median(bare_times):>6.1f}x")
    page = ComplaintFilter()  # nothing typed: the page's own cost
    unsearched = timed(lambda: (complaints.list_feedback(session, page),
                                complaints.count_feedback(session, page)), runs, WARM_UP)
    print(f"{'(nothing typed)':<16}{'':>8}{statistics.median(unsearched):>9.1f}"
          f"{p95(unsearched):>9.1f}")
    ratio = statistics.median(all_service) / statistics.median(all_bare)
    verdict = "within" if p95(all_service) < BUDGET_MS else "OVER"
    print(f"all searches: p50 {statistics.median(all_service):.1f} ms, p95 {p95(all_service):.1f}"
          f" ms; bare ILIKE p50 {statistics.median(all_bare):.1f} ms, p95 {p95(all_bare):.1f}"
          f" ms; ratio {ratio:.2f}x; budget {BUDGET_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
