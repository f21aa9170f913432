"""Kill the desk with SIGKILL while it writes, then check that nothing was lost or half-written.

A child process (``python -m tests.robustness.kill_harness checkin DB``) signs a
desk agent in and checks guests in one after another through the real
service, printing ``done <sequence>`` only after ``check_in`` returned, that
is after its transaction committed. The parent kills it at a random moment,
starts another child on the same database, and so on; then :func:`verify`
reads the file with plain ``sqlite3`` and lists every broken promise: an
integrity error, a reported check-in that is missing, a visit without its
audit row or the other way round. ``complaint`` mode does the same for
complaint logging.

The test suite runs a few kills (``tests/robustness/test_kill.py``);
``bench/kill_test.py`` runs hundreds.

What a SIGKILL proves: a committed transaction is in the file (or its WAL) and
an uncommitted one leaves nothing. It does not cut the power, so it cannot
prove that ``synchronous=FULL`` really reached the platter; that rests on
SQLite's fsync, which the pragma asks for.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHECKIN, COMPLAINT = "checkin", "complaint"
MODES = (CHECKIN, COMPLAINT)
DESK_PIN = "2468"
ADMIN_PIN = "246810"
LOBBY_SEATS = 2000
COMPLAINT_WORDS = "Kill test complaint {}"
SURNAMES = ("CHEN", "JENSEN", "OBRIEN", "TANAKA", "NIELSEN", "HANSEN", "SMITH", "NOVAK")
GIVEN = ("LI", "KAREN", "SEAN", "HIROSHI", "IDA", "METTE", "ANNA", "PETR")


# --- the parent's set-up --------------------------------------------------------


def prepare(db_path: Path | str) -> None:
    """A lounge at CPH with a large lobby, its administrator, a desk agent and an attendant."""
    from vipdesk.clock import SystemClock
    from vipdesk.domain.lounge_setup import LoungePlan, SpacePlan
    from vipdesk.domain.vocabulary import Role, SpaceKind
    from vipdesk.services import setup, staff
    from vipdesk.services.session import Session
    from vipdesk.storage.database import open_database
    from vipdesk.storage.pin_key import key_at, resolve_key_path

    db = open_database(db_path)
    try:  # the key $VIPDESK_PIN_KEY names (the tests set it), as the desk would load it
        session = Session(db=db, clock=SystemClock(), pin_key=key_at(resolve_key_path()))
        setup.set_up_lounge(session, LoungePlan(
            name="Kill Test Lounge", airport="CPH", timezone="Europe/Copenhagen",
            admin_name="Astrid Admin", admin_pin=ADMIN_PIN,
            spaces=[SpacePlan("Lobby", SpaceKind.LOBBY, LOBBY_SEATS),
                    SpacePlan("Box 1", SpaceKind.BOX, 4)]))
        admin = staff.staff_who_can_sign_in(session)[0]
        assert staff.sign_in(session, admin.id, ADMIN_PIN).ok
        staff.add_staff(session, "Dina Desk", Role.FRONT_DESK, DESK_PIN)
        staff.add_staff(session, "Ali Attendant", Role.ATTENDANT, None)
        staff.sign_out(session)
    finally:
        db.close()


# --- the child: write until killed ----------------------------------------------


def _signed_in_session(db_path: str) -> object:
    from vipdesk.clock import SystemClock
    from vipdesk.domain.vocabulary import Role
    from vipdesk.services import setup, staff
    from vipdesk.services.session import Session
    from vipdesk.storage.database import open_database
    from vipdesk.storage.models import Staff
    from vipdesk.storage.pin_key import key_at, resolve_key_path

    session = Session(db=open_database(db_path), clock=SystemClock(),
                      pin_key=key_at(resolve_key_path()))
    lounge = setup.find_lounge(session)
    assert lounge is not None, "run prepare() first"
    session.lounge_id = lounge.id
    desk = Staff.get((Staff.role == Role.FRONT_DESK) & (Staff.lounge == lounge.id))
    result = staff.sign_in(session, desk.id, DESK_PIN)
    assert result.ok, result.message
    return session


def _report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _next_sequence() -> int:
    """One more than any check-in number on file, so a restarted child never repeats one."""
    from vipdesk.storage.models import Visit

    rows = Visit.select(Visit.checkin_sequence).where(Visit.checkin_sequence.is_null(False))
    top = max((int(row.checkin_sequence) for row in rows), default=0)
    return top + 1


def pass_for(number: int, today: dt.date) -> object:
    """Distinct business-class details on SK 501 from CPH today, check-in number ``number``."""
    from vipdesk.domain.eligibility import PassDetails

    return PassDetails(
        surname=SURNAMES[number % len(SURNAMES)], given_names=GIVEN[number // 8 % len(GIVEN)],
        title="MS", origin="CPH", destination="LHR", carrier="SK", flight_number="501",
        flight_date=today, compartment="J", seat=f"{number % 40 + 1:03d}A",
        sequence=f"{number:05d}")


def check_in_until_killed(db_path: str, limit: int | None = None) -> None:
    """Check guests in one after another; every third brings a (paying) companion."""
    from vipdesk.domain.eligibility import CompanionDetails
    from vipdesk.services import checkin, guests
    from vipdesk.services.checkin import CheckIn

    session = _signed_in_session(db_path)
    _report("ready")
    number, done = _next_sequence(), 0
    while limit is None or done < limit:
        today = guests.lounge_now(session).date()  # type: ignore[arg-type]
        party = [CompanionDetails(f"Companion {number}")] if number % 3 == 0 else []
        visit = checkin.check_in(session,  # type: ignore[arg-type]
                                 CheckIn(pass_for(number, today), party=party))
        _report(f"done {number}")
        # Keep the lobby from filling up: the guest leaves again (its own transaction).
        checkin.check_out(session, visit.id)  # type: ignore[arg-type]
        number, done = number + 1, done + 1


def _next_complaint_number() -> int:
    from vipdesk.storage.models import Complaint

    return Complaint.select().count() + 1


def log_complaints_until_killed(db_path: str, limit: int | None = None) -> None:
    """Log complaints one after another; some with a work order, a promise and an escalation."""
    from vipdesk.domain.complaints import FeedbackInput, Promise, WorkOrderInput
    from vipdesk.domain.vocabulary import Category, Department, FeedbackKind, Severity
    from vipdesk.services import complaints

    session = _signed_in_session(db_path)
    _report("ready")
    number, done = _next_complaint_number(), 0
    desk_id = session.staff.id  # type: ignore[attr-defined]
    while limit is None or done < limit:
        rich = number % 2 == 0
        now = session.clock.now()  # type: ignore[attr-defined]
        entry = FeedbackInput(
            kind=FeedbackKind.COMPLAINT, category=Category.FOOD_AND_BEVERAGE,
            guest_words=COMPLAINT_WORDS.format(number), severity=Severity.MEDIUM,
            department=Department.FOOD_AND_BEVERAGE, apologised=True,
            promise=Promise(now + dt.timedelta(hours=1), desk_id, "at the desk") if rich else None,
            escalate=rich,
            work_orders=(WorkOrderInput(Department.FOOD_AND_BEVERAGE, "Fresh coffee"),)
            if rich else ())
        complaints.log_feedback(session, entry)  # type: ignore[arg-type]
        _report(f"done {number}")
        number, done = number + 1, done + 1


# --- the parent: start, kill, repeat --------------------------------------------


@dataclass
class KillRun:
    """What the children reported before they were killed."""

    mode: str
    kills: int = 0
    confirmed: list[str] = field(default_factory=list)
    killed_before_ready: int = 0
    errors: list[str] = field(default_factory=list)


def _child(mode: str, db_path: Path | str, limit: int | None = None) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.robustness.kill_harness", mode, str(db_path)]
    if limit is not None:
        command += ["--limit", str(limit)]
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, bufsize=1)


class _Lines(threading.Thread):
    """Reads a child's stdout as it comes, so the parent can kill it at any moment."""

    def __init__(self, stream: object) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.lines: list[str] = []
        self.ready = threading.Event()

    def run(self) -> None:
        for line in self.stream:  # type: ignore[attr-defined]
            self.lines.append(line.rstrip("\n"))
            if line.startswith("ready"):
                self.ready.set()
        self.ready.set()  # end of output: nobody waits for ever


def run_kills(db_path: Path | str, mode: str, kills: int, rng: random.Random, *,
              min_delay: float = 0.005, max_delay: float = 0.300,
              from_start_every: int = 5, ready_timeout: float = 60.0) -> KillRun:
    """Start a child ``kills`` times on the same database and SIGKILL it at a random moment.

    The delay (``min_delay`` to ``max_delay`` seconds) counts from the moment the
    child says it is ready, so most kills land while it writes; every
    ``from_start_every``-th kill counts from its start instead, so some land
    while it opens the database and signs in (which writes too).
    """
    if mode not in MODES:
        raise ValueError(f"mode is one of {MODES}")
    run = KillRun(mode)
    for attempt in range(kills):
        child = _child(mode, db_path)
        lines = _Lines(child.stdout)
        lines.start()
        early = from_start_every > 0 and attempt % from_start_every == from_start_every - 1
        if not early and not lines.ready.wait(ready_timeout):
            run.errors.append(f"kill {attempt}: the child was not ready in {ready_timeout} s")
        time.sleep(rng.uniform(min_delay, max_delay))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        child.wait()
        lines.join()
        stderr = child.stderr.read() if child.stderr else ""
        if child.stderr:
            child.stderr.close()
        if child.stdout:
            child.stdout.close()
        if child.returncode != -signal.SIGKILL:
            run.errors.append(f"kill {attempt}: the child ended by itself "
                              f"(exit {child.returncode}): {stderr.strip()[-2000:]}")
            continue
        run.kills += 1
        if "ready" not in lines.lines:
            run.killed_before_ready += 1
        run.confirmed += [line.split()[1] for line in lines.lines if line.startswith("done ")]
    return run


def run_to_completion(db_path: Path | str, mode: str, count: int) -> list[str]:
    """A child that writes ``count`` items and exits: the harness's own sanity check."""
    child = _child(mode, db_path, count)
    out, err = child.communicate(timeout=120)
    if child.returncode != 0:
        raise RuntimeError(f"the child failed (exit {child.returncode}): {err}")
    return [line.split()[1] for line in out.splitlines() if line.startswith("done ")]


# --- the verdict ----------------------------------------------------------------


@dataclass
class Verdict:
    integrity: str = ""
    visits: int = 0
    complaints: int = 0
    unreported: int = 0
    problems: list[str] = field(default_factory=list)


def _ids(connection: sqlite3.Connection, sql: str, *args: object) -> set[int]:
    return {row[0] for row in connection.execute(sql, args)}


def verify(db_path: Path | str, *, checkins: Sequence[str] = (),
           complaints: Sequence[str] = (), kills: int = 0) -> Verdict:
    """Everything a crash must not break; ``problems`` is empty when all holds.

    ``checkins`` are the check-in numbers and ``complaints`` the complaint
    numbers the children reported as done. At most one item per kill may be in
    the file without having been reported (committed, then killed before the
    print); more would mean the harness itself is wrong.
    """
    verdict = Verdict()
    connection = sqlite3.connect(str(db_path))
    try:
        verdict.integrity = "; ".join(row[0] for row in
                                      connection.execute("PRAGMA integrity_check"))
        if verdict.integrity != "ok":
            verdict.problems.append(f"integrity_check: {verdict.integrity}")
        if broken := connection.execute("PRAGMA foreign_key_check").fetchall():
            verdict.problems.append(f"foreign_key_check: {broken[:5]}")
        _verify_visits(connection, set(checkins), kills, verdict)
        _verify_complaints(connection, set(complaints), kills, verdict)
    finally:
        connection.close()
    return verdict


def _verify_visits(connection: sqlite3.Connection, reported: set[str], kills: int,
                   verdict: Verdict) -> None:
    visits = {str(int(sequence)): visit_id for sequence, visit_id in connection.execute(
        "SELECT checkin_sequence, id FROM visit WHERE checkin_sequence IS NOT NULL")}
    verdict.visits = len(visits)
    if missing := sorted(reported - set(visits), key=int):
        verdict.problems.append(f"check-ins reported done but not on file: {missing[:10]}")
    unreported = set(visits) - reported
    verdict.unreported += len(unreported)
    if reported and len(unreported) > kills:
        verdict.problems.append(f"{len(unreported)} check-ins on file were never reported "
                                f"(at most {kills}, one per kill)")
    for action, status in (("visit.check_in", None), ("visit.check_out", "checked_out")):
        wanted = (_ids(connection, "SELECT id FROM visit") if status is None else
                  _ids(connection, "SELECT id FROM visit WHERE status = ?", status))
        audited = _ids(connection, "SELECT entity_id FROM audit_event WHERE action = ?", action)
        if bare := sorted(wanted - audited):
            verdict.problems.append(f"visits without their {action} audit row: {bare[:10]}")
        if orphans := sorted(audited - wanted):
            verdict.problems.append(f"{action} audit rows without their visit: {orphans[:10]}")
    if orphans := _ids(connection, "SELECT id FROM companion WHERE visit_id NOT IN "
                                   "(SELECT id FROM visit)"):
        verdict.problems.append(f"companions of no visit: {sorted(orphans)[:10]}")
    parties = connection.execute(
        "SELECT v.id FROM visit v LEFT JOIN companion c ON c.visit_id = v.id "
        "GROUP BY v.id HAVING v.party_size != 1 + COUNT(c.id)").fetchall()
    if parties:
        verdict.problems.append(f"visits whose party size is not their companions + 1: "
                                f"{[row[0] for row in parties][:10]}")


def _verify_complaints(connection: sqlite3.Connection, reported: set[str], kills: int,
                       verdict: Verdict) -> None:
    prefix = COMPLAINT_WORDS.format("")
    rows = connection.execute("SELECT id, guest_words, escalated, promise_due_at FROM complaint")
    by_number: dict[str, int] = {}
    expected_events: dict[int, set[str]] = {}
    for complaint_id, words, escalated, promised in rows:
        if words.startswith(prefix):
            by_number[words[len(prefix):]] = complaint_id
        expected_events[complaint_id] = ({"logged"} | ({"escalated"} if escalated else set())
                                         | ({"promised"} if promised else set()))
    verdict.complaints = len(expected_events)
    if missing := sorted(reported - set(by_number), key=int):
        verdict.problems.append(f"complaints reported done but not on file: {missing[:10]}")
    unreported = set(by_number) - reported
    verdict.unreported += len(unreported)
    if reported and len(unreported) > kills:
        verdict.problems.append(f"{len(unreported)} complaints on file were never reported "
                                f"(at most {kills}, one per kill)")
    events: dict[int, set[str]] = {}
    for complaint_id, step in connection.execute("SELECT complaint_id, step FROM complaint_event"):
        events.setdefault(complaint_id, set()).add(step)
    if half := sorted(cid for cid, steps in expected_events.items()
                      if not steps <= events.get(cid, set())):
        verdict.problems.append(f"complaints missing their logged/promised/escalated events: "
                                f"{half[:10]}")
    if orphans := sorted(set(events) - set(expected_events)):
        verdict.problems.append(f"complaint events of no complaint: {orphans[:10]}")
    audited = _ids(connection, "SELECT entity_id FROM audit_event WHERE action = 'complaint.log'")
    if bare := sorted(set(expected_events) - audited):
        verdict.problems.append(f"complaints without their complaint.log audit row: {bare[:10]}")
    if orphans := sorted(audited - set(expected_events)):
        verdict.problems.append(f"complaint.log audit rows without their complaint: {orphans[:10]}")
    if orphans := _ids(connection, "SELECT id FROM work_order WHERE complaint_id NOT IN "
                                   "(SELECT id FROM complaint)"):
        verdict.problems.append(f"work orders of no complaint: {sorted(orphans)[:10]}")


# --- the child's entry point ----------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A desk that writes until it is killed.")
    parser.add_argument("mode", choices=MODES)
    parser.add_argument("db")
    parser.add_argument("--limit", type=int, default=None,
                        help="stop after this many items (default: run until killed)")
    args = parser.parse_args(argv)
    if args.mode == CHECKIN:
        check_in_until_killed(args.db, args.limit)
    else:
        log_complaints_until_killed(args.db, args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
