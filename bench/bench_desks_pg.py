"""Several desks on one PostgreSQL (issue 15): 4 desk processes checking in 500 guests each,
against 4 processes doing a bare psycopg insert and commit of a visit-sized row, in the same
run, on the same server.

Budget (DESIGN.md): p95 scan to checked in under 150 ms with 4 desks, and no space ever
holding more than it seats. Each desk is a process of its own (multiprocessing's "spawn", as
tests/helpers/race.py starts desks) with its own connection, signed in as a front-desk
agent, let go at the same moment as the others. For each guest it times what a scan costs
the desk (``bench_checkin.py``'s pass: BCBP parsed, pass details, ``checkin.check_in``: the
access rules, the guest recognised, the spaces locked and counted, the visit and its audit
row written and committed). Every tenth guest wishes for a box (one party each; the lobby
once they are taken) and the lobby seats a few fewer than the desks bring, so the last
seats are raced for: a guest refused for want of a seat is put on the waiting list by a
second action, timed with the first, as the agent would. Then the parent counts,
in the database, the spaces holding more people than seats (a lobby) or more than one
party (a box): there must be none.

The database ``--database`` is made anew on the server and dropped at the end (``--keep``
leaves it).

    python bench/bench_desks_pg.py [--server URL] [--desks 4] [--guests 500]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_checkin import START, boarding_pass, statements_of_one
from bench.measure import percentile
from bench.pg_server import SERVER, drop, fresh

BUDGET_MS = 150.0
BOXES = 8
BOX_EVERY = 10  # every tenth guest wants a box
SHORT_OF_SEATS = 5  # per desk: the lobby seats this many fewer than the desks bring
WARM_UP = 5  # check-ins per desk before the barrier, not counted
PATIENCE_SECONDS = 600
BARE_TABLE = ("CREATE TABLE bare_visit (id bigserial PRIMARY KEY, lounge_id integer,"
              " guest_id integer, arrived_at timestamptz, status text, space_id integer,"
              " carrier text, flight_number text, flight_date date, origin text,"
              " destination text, cabin text, seat text, checkin_sequence text,"
              " party_size integer, entitlement text, desk text)")
BARE_INSERT = ("INSERT INTO bare_visit (lounge_id, guest_id, arrived_at, status, space_id,"
               " carrier, flight_number, flight_date, origin, destination, cabin, seat,"
               " checkin_sequence, party_size, entitlement, desk) VALUES"
               " (1, %s, %s, 'seated', 1, 'SK', '501', %s, 'CPH', 'LHR', 'business', %s, %s,"
               " 1, 'cabin', %s)")


def set_up(url: str, desks: int, guests: int) -> tuple[int, Any]:
    """The lounge (a lobby a little short of seats, boxes), its staff: (lounge id, the agent)."""
    from vipdesk.clock import FakeClock
    from vipdesk.domain.lounge_setup import LoungePlan, SpacePlan
    from vipdesk.domain.pin import PinKey
    from vipdesk.domain.vocabulary import Role, SpaceKind
    from vipdesk.services import setup, staff
    from vipdesk.services.session import Session, signed_in
    from vipdesk.storage.database import open_database
    from vipdesk.storage.models import Staff

    db = open_database(url)
    session = Session(db=db, clock=FakeClock(START), pin_key=PinKey.new())
    lobby = min(2000, desks * (guests + WARM_UP - SHORT_OF_SEATS) - BOXES)
    lounge = setup.set_up_lounge(session, LoungePlan(
        name="Bench Lounge", airport="CPH", timezone="Europe/Copenhagen",
        admin_name="Astrid Admin", admin_pin="246810",
        spaces=[SpacePlan("Lobby", SpaceKind.LOBBY, lobby)]
        + [SpacePlan(f"Box {n}", SpaceKind.BOX, 4) for n in range(1, BOXES + 1)]))
    session.lounge_id = lounge.id
    staff.sign_in(session, staff.staff_who_can_sign_in(session)[0].id, "246810")
    desk = staff.add_staff(session, "Dina Desk", Role.FRONT_DESK, "2468")
    for name in ("Ali Attendant", "Bo Attendant", "Cai Attendant"):
        staff.add_staff(session, name, Role.ATTENDANT, None)
    agent = signed_in(Staff.get_by_id(desk.id))
    db.close()
    return lounge.id, agent


# --- the desks' processes ---------------------------------------------------------------------


def desk(url: str, lounge_id: int, agent: Any, number: int, guests: int, start: Any,
         results: Any) -> None:
    """One desk: check ``guests`` guests in, each timed; put (number, timings, outcomes,
    started, ended) on ``results``, or (number, error)."""
    try:
        from vipdesk.clock import FakeClock
        from vipdesk.domain import bcbp
        from vipdesk.domain.vocabulary import SpaceKind
        from vipdesk.services import checkin, seating
        from vipdesk.services.checkin import CheckIn, SeatingPastQueue
        from vipdesk.services.pass_details import pass_details_from_boarding_pass
        from vipdesk.services.seating import LoungeFull, SpaceUnavailable
        from vipdesk.services.session import Session
        from vipdesk.storage.database import open_database

        db = open_database(url)
        clock = FakeClock(START)
        session = Session(db=db, clock=clock, lounge_id=lounge_id, staff=agent,
                          desk=f"Desk {number + 1}")
        checkin.warm_up(session)
        first = number * (guests + WARM_UP)
        timings: list[float] = []
        outcomes = {"seated": 0, "waiting": 0}
        lock_waits: list[float] = []  # each check-in's wait for the spaces' row locks
        lock_spaces = seating.lock_spaces

        def timed_lock(session: Any) -> None:
            started = time.perf_counter()
            lock_spaces(session)
            lock_waits.append((time.perf_counter() - started) * 1000)

        seating.lock_spaces = timed_lock  # looked up by check_in as it runs

        def one(n: int) -> tuple[float, str]:
            clock.advance(seconds=7)
            started = time.perf_counter()
            details = pass_details_from_boarding_pass(
                bcbp.parse(boarding_pass(n), scan_date=START.date()))
            wish = SpaceKind.BOX if n % BOX_EVERY == 0 else None
            try:
                visit = checkin.check_in(session, CheckIn(details, wish=wish))
            except (LoungeFull, SpaceUnavailable, SeatingPastQueue):
                visit = checkin.check_in(session, CheckIn(details, wish=wish, wait=True))
            said = "seated" if visit.space_id is not None else "waiting"
            return (time.perf_counter() - started) * 1000, said

        for n in range(first, first + WARM_UP):
            one(n)
        if number == 0:  # before the race: what one check-in sends to the server
            outcomes["statements"] = statements_of_one(session, clock)
        start.wait(PATIENCE_SECONDS)
        lock_waits.clear()
        began, cpu = time.monotonic(), time.process_time()
        for n in range(first + WARM_UP, first + WARM_UP + guests):
            elapsed, said = one(n)
            timings.append(elapsed)
            outcomes[said] += 1
        ended = time.monotonic()
        outcomes["cpu_ms"] = round((time.process_time() - cpu) * 1000)
        db.close()
        results.put((number, timings, outcomes, began, ended, lock_waits))
    except Exception as error:  # noqa: BLE001 (reported by the parent, not lost in a process)
        start.abort()
        results.put((number, f"{error!r}"))


def bare_desk(url: str, number: int, guests: int, start: Any, results: Any) -> None:
    """A desk's worth of bare psycopg inserts of a visit-sized row, each committed."""
    try:
        with psycopg.connect(url) as connection:
            timings: list[float] = []

            def one(n: int) -> float:
                started = time.perf_counter()
                connection.execute(BARE_INSERT, (n, START, START.date(), f"{n % 30 + 1}A",
                                                 str(n), f"Desk {number + 1}"))
                connection.commit()
                return (time.perf_counter() - started) * 1000

            for n in range(WARM_UP):
                one(n)
            start.wait(PATIENCE_SECONDS)
            began = time.monotonic()
            timings = [one(n) for n in range(guests)]
            results.put((number, timings, {}, began, time.monotonic(), []))
    except Exception as error:  # noqa: BLE001
        start.abort()
        results.put((number, f"{error!r}"))


def run_desks(target: Any, count: int, args_of: Any
              ) -> tuple[list[float], dict[str, int], float, list[float]]:
    """``count`` processes of ``target`` let go together: every timing, outcomes, seconds,
    and every wait for the spaces' locks."""
    spawn = multiprocessing.get_context("spawn")
    start, results = spawn.Barrier(count), spawn.Queue()
    processes = [spawn.Process(target=target, args=(*args_of(number), start, results))
                 for number in range(count)]
    for process in processes:
        process.start()
    try:
        found = [results.get(timeout=PATIENCE_SECONDS) for _ in processes]
    finally:
        for process in processes:
            process.join(PATIENCE_SECONDS)
    failed = [said for said in found if len(said) == 2]
    if failed:
        raise SystemExit(f"a desk failed: {failed}")
    timings = [t for said in found for t in said[1]]
    outcomes: dict[str, int] = {}
    for said in found:
        for key, value in said[2].items():
            outcomes[key] = outcomes.get(key, 0) + value
    seconds = max(said[4] for said in found) - min(said[3] for said in found)
    return timings, outcomes, seconds, [t for said in found for t in said[5]]


def overfull_spaces(url: str) -> list[str]:
    """Spaces holding more people than seats (lobby) or more than one party (others)."""
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT s.name, s.kind, s.capacity, count(v.id), coalesce(sum(v.party_size), 0)"
            " FROM space s LEFT JOIN visit v ON v.space_id = s.id AND v.status = 'seated'"
            " GROUP BY s.id, s.name, s.kind, s.capacity ORDER BY s.id").fetchall()
    return [f"{name}: {people} people, {parties} parties in {capacity} seats"
            for name, kind, capacity, parties, people in rows
            if people > capacity or (kind != "lobby" and parties > 1)]


def line(label: str, samples: list[float], seconds: float) -> str:
    return (f"  {label:<24} {len(samples) / seconds:7.0f}/s   median "
            f"{statistics.median(samples):6.2f}   p95 {percentile(samples, 0.95):7.2f}   "
            f"max {max(samples):7.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default=SERVER,
                        help="a postgresql:// URL of the server (VIPDESK_BENCH_POSTGRES)")
    parser.add_argument("--database", default="pgbench_desks")
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--guests", type=int, default=500, help="per desk")
    parser.add_argument("--keep", action="store_true", help="leave the database on the server")
    args = parser.parse_args()

    load_before = os.getloadavg()[0]
    url = fresh(args.server, args.database)
    try:
        lounge_id, agent = set_up(url, args.desks, args.guests)
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(BARE_TABLE)
        bare, _, bare_seconds, _ = run_desks(
            bare_desk, args.desks, lambda n: (url, n, args.guests))
        desks, outcomes, desk_seconds, lock_waits = run_desks(
            desk, args.desks, lambda n: (url, lounge_id, agent, n, args.guests))
        overfull = overfull_spaces(url)
    finally:
        if not args.keep:
            drop(args.server, args.database)

    print(f"{args.desks} desk processes x {args.guests} guests on one PostgreSQL "
          f"(after {WARM_UP} warm-up each); milliseconds; {os.cpu_count()} CPUs, load average "
          f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after (others' work included)")
    print(line("scan to checked in", desks, desk_seconds))
    print(line("bare insert + commit", bare, bare_seconds))
    print(f"  ratio check-in / bare: median "
          f"{statistics.median(desks) / statistics.median(bare):.1f}x, p95 "
          f"{percentile(desks, 0.95) / percentile(bare, 0.95):.1f}x, throughput "
          f"{(len(bare) / bare_seconds) / (len(desks) / desk_seconds):.1f}x lower")
    print(f"  guests seated {outcomes.get('seated', 0)}, put on the waiting list "
          f"{outcomes.get('waiting', 0)} (no seat left for them); statements sent by one "
          f"check-in (BEGIN and COMMIT aside): {outcomes.get('statements')}")
    print(f"  of which each action waited for the spaces' row locks (another desk seating): "
          f"median "
          f"{statistics.median(lock_waits):.2f}, p95 {percentile(lock_waits, 0.95):.2f}")
    print(f"  CPU time of a check-in in its desk process (this process's own work, which the "
          f"load hides in the figures above): {outcomes['cpu_ms'] / len(desks):.1f} ms")
    print(f"  spaces holding more than they seat: {len(overfull)}"
          + "".join(f"\n    {said}" for said in overfull))
    within = percentile(desks, 0.95) < BUDGET_MS
    print(f"  budget p95 < {BUDGET_MS:.0f} ms: {'met' if within else 'MISSED'}")
    return 0 if within and not overfull else 1


if __name__ == "__main__":
    sys.exit(main())
