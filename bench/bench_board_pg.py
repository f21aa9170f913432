"""Lounge board refresh on PostgreSQL with a year of history (issue 15): ``board(session)``
against the bare SQL of the same queries, in the same run.

Budget (DESIGN.md): under 30 ms with over 500,000 visits on file. The year is
``bench/bench_board.py``'s (the demo lounge, 365 days at 1,400 visits a day: build it
there once, it is kept), moved into the database ``--database`` on the server by the
``copy`` command's own storage step (``copy_lounge``: every row, ids kept, checked). The
copy takes minutes, so the database is kept for the next run with ``--keep`` and reused
when it already holds the lounge; without ``--keep`` it is dropped at the end.

The bare SQL is the board's queries (``bench_board.BARE_QUERIES``) sent by plain psycopg
on a connection of its own, rows fetched as tuples: no peewee, no row objects. With
``--gui`` the board screen's refresh is timed too, offscreen, as ``bench_gui.py`` does.

    python bench/bench_board_pg.py --year /work/bench-data/year.sqlite3 \\
        [--server URL] [--database pgbench_board] [--runs 50] [--keep] [--gui]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_board import BARE_QUERIES, BUDGET_MS, NOW, WARM_UP
from bench.measure import p95, timed
from bench.pg_server import SERVER, drop, fresh, url_of
from vipdesk.clock import FakeClock
from vipdesk.services import board, setup
from vipdesk.services.session import Session
from vipdesk.storage.copy_lounge import copy_lounge, copy_read_only
from vipdesk.storage.database import open_database

# What a server on SSDs is commonly given (PostgreSQL's default, 4, assumes spinning disks):
# with it the planner looks the few flights of the board's parties up by index rather than
# hash the whole year's flights. Timed as a second figure, on the bench's connections only.
SSD_TUNING = "SET random_page_cost = 1.1"


def holds_a_lounge(url: str) -> bool:
    try:
        with psycopg.connect(url) as connection:
            return bool(connection.execute("SELECT count(*) FROM lounge").fetchone()[0])
    except psycopg.Error:
        return False


def build(year: Path, server: str, database: str) -> None:
    """The year's file copied into a new database on the server."""
    print(f"copying {year} into {database} (minutes)...", flush=True)
    started = time.perf_counter()
    fresh(server, database)
    with tempfile.TemporaryDirectory(prefix="vipdesk-bench-") as folder:
        scratch = Path(folder) / "year.sqlite3"
        copy_read_only(year, scratch)
        source = open_database(scratch)  # upgraded to this schema, as the copy command does
        target = open_database(url_of(server, database))
        try:
            copy_lounge(source, target)
            target.execute_sql("ANALYZE")
        finally:
            target.close()
            source.close()
    print(f"  copied in {time.perf_counter() - started:.0f} s", flush=True)


def bare_queries() -> list[str]:
    """The SQLite bench's queries in psycopg's parameter style."""
    return [query.replace(":lounge", "%(lounge)s").replace(":day", "%(day)s")
            for query in BARE_QUERIES]


def measure(url: str, runs: int, gui: bool) -> bool:
    database = open_database(url)
    session = Session(db=database, clock=FakeClock(NOW))
    found = setup.find_lounge(session)
    assert found is not None, "the database holds no lounge"
    session.lounge_id = found.id
    visits = database.execute_sql("SELECT count(*) FROM visit").fetchone()[0]
    data = board.board(session)
    day = data.departures[0].departs_at.date() if data.departures else NOW.date()
    within = True
    for tuning in ("", SSD_TUNING):
        if tuning:
            database.execute_sql(tuning)  # this connection only: the server is not changed
        within = report(session, url, day, runs, tuning) and within
    parties = sum(len(space.parties) for space in data.spaces)
    print(f"visits on file: {visits:,}; on the board: {parties} parties seated in "
          f"{len(data.spaces)} spaces, {len(data.waits)} waiting, "
          f"{len(data.departures)} flights today")
    if gui:
        within = screen_refresh(session, runs) and within
    database.close()
    return within


def alternately(first: Callable[[], object], second: Callable[[], object],
                runs: int) -> tuple[list[float], list[float]]:
    """Both timed, one run of each in turn: a machine shared with other work (the load
    coming and going) weighs on both figures alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for call, into in ((first, times[0]), (second, times[1])):
            into.extend(timed(call, 1, WARM_UP if not into else 0))
    return times


def report(session: Session, url: str, day: object, runs: int, tuning: str) -> bool:
    """The service's read and the bare SQL, timed on the server's settings (with ``tuning``
    set on both connections when given); whether the service is within the budget."""
    params = {"lounge": session.lounge_id, "day": day}
    queries = bare_queries()
    with psycopg.connect(url) as bare_db:
        if tuning:
            bare_db.execute(tuning)

        def bare() -> None:
            for query in queries:
                bare_db.execute(query, params).fetchall()
            bare_db.rollback()  # a read's transaction ends, as peewee's autocommit read does
        service, bare_times = alternately(lambda: board.board(session), bare, runs)
    print(f"{tuning or 'the server as configured'}:")
    print(f"  board(session): median {statistics.median(service):.2f} ms, "
          f"p95 {p95(service):.2f} ms over {runs} runs")
    print(f"  bare SQL:       median {statistics.median(bare_times):.2f} ms, "
          f"p95 {p95(bare_times):.2f} ms")
    ratio = statistics.median(service) / statistics.median(bare_times)
    within = p95(service) < BUDGET_MS
    print(f"  ratio {ratio:.1f}x; budget {BUDGET_MS:.0f} ms at p95: "
          f"{'within' if within else 'OVER'}")
    return within


def screen_refresh(session: Session, runs: int) -> bool:
    """The board screen's refresh, offscreen: the read and the models and painting after."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from vipdesk.gui.application import application_for_desk
    from vipdesk.gui.board_screen import BoardScreen
    from vipdesk.gui.desk_events import DeskEvents

    app = application_for_desk()
    screen = BoardScreen(session, DeskEvents())
    screen.resize(1280, 800)
    screen.show()
    app.processEvents()

    def refresh() -> None:
        screen.reload()
        app.processEvents()

    times = timed(refresh, runs, WARM_UP)
    screen.close()
    within = p95(times) < BUDGET_MS
    print(f"board screen refresh (offscreen, {SSD_TUNING}): median "
          f"{statistics.median(times):.2f} ms, "
          f"p95 {p95(times):.2f} ms; budget {BUDGET_MS:.0f} ms: "
          f"{'within' if within else 'OVER'}")
    return within


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", type=Path, default=Path("/tmp/bench_board.sqlite3"),
                        help="a year of history (bench/bench_board.py builds one)")
    parser.add_argument("--server", default=SERVER,
                        help="a postgresql:// URL of the server (VIPDESK_BENCH_POSTGRES)")
    parser.add_argument("--database", default="pgbench_board")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--keep", action="store_true", help="leave the database on the server")
    parser.add_argument("--gui", action="store_true", help="time the board screen's refresh too")
    args = parser.parse_args()
    url = url_of(args.server, args.database)
    if not holds_a_lounge(url):
        if not args.year.is_file():
            raise SystemExit(f"no year of history at {args.year}: run bench/bench_board.py "
                             "--db FILE first")
        build(args.year, args.server, args.database)
    try:
        within = measure(url, args.runs, args.gui)
    finally:
        if not args.keep:
            drop(args.server, args.database)
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
