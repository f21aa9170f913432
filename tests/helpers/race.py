"""Desks racing for the same rows: the harness the race tests share.

:func:`race_processes` is the real thing: each desk a process of its own (multiprocessing's
"spawn": a fresh interpreter with its own connection, as a second desk PC has), opening the
test's database by :func:`open_database` (an SQLite file in WAL, or the test's PostgreSQL
database), signed in as a member of staff, with a fake clock of its own. Each round, every
desk waits at a barrier and all are let go at the same moment: no sleeps, no timing. The
desks' turns are functions of this module (a spawned process imports them by name; a test
module would run the test suite's conftest again).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# A spawned desk waits this long at most for the others, and the test this long for a desk.
PATIENCE_SECONDS = 60

Turn = Callable[[Any], object]  # (the desk's Session) -> its outcome ("done" if it says none)


@dataclass(frozen=True)
class Desk:
    """One desk of a race: its lounge, who is signed in there (a ``SignedIn``), its clock's
    time, and its turns, one a round (a function of this module, or a partial of one)."""

    lounge_id: int
    staff: Any
    now: dt.datetime
    turns: Sequence[Turn]


def desks(lounge_id: int, staff: Any, now: dt.datetime,
          rounds: Sequence[Sequence[Turn]]) -> list[Desk]:
    """Desks signed in as ``staff`` at ``now``; ``rounds[r][d]`` is desk d's turn in round r."""
    return [Desk(lounge_id, staff, now, [turns[number] for turns in rounds])
            for number in range(len(rounds[0]))]


def race_processes(target: str | Path, desks: Sequence[Desk]) -> list[list[str]]:
    """Run each desk in a process of its own on the database at ``target``, round by round,
    every desk let go at the same moment each round. One list of outcomes a desk, one
    outcome a turn: what the turn returned ("done" when None), "refused: <ServiceError's
    class>", or "error: ..." for anything else (reported, never lost in a process)."""
    rounds = {len(desk.turns) for desk in desks}
    assert len(rounds) == 1, "every desk takes a turn each round"
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(len(desks))
    results = spawn.Queue()
    processes = [spawn.Process(target=_desk, args=(str(target), desk, start, results, number))
                 for number, desk in enumerate(desks)]
    for process in processes:
        process.start()
    try:
        found = dict(results.get(timeout=PATIENCE_SECONDS) for _ in processes)
    finally:
        for process in processes:
            process.join(PATIENCE_SECONDS)
            if process.is_alive():
                process.kill()
    return [found[number] for number in range(len(desks))]


def _desk(target: str, desk: Desk, start: Any, results: Any, number: int) -> None:
    """One desk's process: open the database, then each round wait for the others and act."""
    outcomes: list[str] = []
    try:
        from vipdesk.clock import FakeClock
        from vipdesk.services.session import ServiceError, Session
        from vipdesk.storage.database import open_database

        db = open_database(target)
        session = Session(db=db, clock=FakeClock(desk.now), lounge_id=desk.lounge_id,
                          staff=desk.staff)
        try:
            for turn in desk.turns:
                start.wait(PATIENCE_SECONDS)
                try:
                    said = turn(session)
                    outcomes.append("done" if said is None else str(said))
                except ServiceError as refusal:
                    outcomes.append(f"refused: {type(refusal).__name__}")
        finally:
            db.close()
    except Exception as error:  # noqa: BLE001 (reported in the outcomes, not lost in a process)
        outcomes.append(f"error: {error!r}")
        start.abort()  # the other desks stop waiting for this one
    results.put((number, outcomes))


# --- the desks' turns -------------------------------------------------------------------------


def check_in(request: Any, session: Any) -> str:
    """Check a party in (``request``: a ``checkin.CheckIn``); the outcome names the space."""
    from vipdesk.services import checkin
    visit = checkin.check_in(session, request)
    return f"seated in {visit.space_id}" if visit.space_id is not None else "waiting"


def raise_due_alerts(moment: dt.datetime, session: Any) -> str:
    """The desk's timer ticks at ``moment``: the alerts this desk raised, by kind."""
    from vipdesk.services import waiting
    session.clock.set(moment)
    raised = sorted(alert.kind.value for alert in waiting.raise_due_alerts(session))
    return "raised " + (", ".join(raised) or "nothing")


def move_party(visit_id: int, space_id: int, session: Any) -> None:
    from vipdesk.services import board
    board.move_party(session, visit_id, space_id)


def close_complaint(complaint_id: int, how_told: str, session: Any) -> None:
    from vipdesk.services import complaints
    complaints.close(session, complaint_id, how_told)


def check_in_each(requests: Sequence[Any], session: Any) -> str:
    """Check each party in, one action each, as scans come: what the desk was told of each
    ("seated in 3", "waiting", "refused: <ServiceError's class>"), joined by "; "."""
    from vipdesk.services.session import ServiceError
    said = []
    for request in requests:
        try:
            said.append(check_in(request, session))
        except ServiceError as refusal:
            said.append(f"refused: {type(refusal).__name__}")
    return "; ".join(said)


def restart_server(folder: str, session: Any) -> None:
    """Restart the test's own PostgreSQL cluster in ``folder`` (``.ci/postgres restart``: a
    fast shutdown, every connection ended, then up again), while the other desks work."""
    import subprocess
    script = Path(__file__).resolve().parents[2] / ".ci" / "postgres"
    subprocess.run(["bash", str(script), "restart", folder], check=True, timeout=120)


def stand_by(session: Any) -> None:
    """A round in which this desk does nothing."""
