"""Two desks at the same moment, as real processes on one database, on each engine.

Each desk is a process of its own with its own connection (tests/helpers/race.py), let go
by a barrier with the other: SQLite's file in WAL (the desks take turns on the write lock),
or the test's PostgreSQL database (row locks, conditional updates and unique indexes,
under READ COMMITTED). What must hold either way: never more parties in a box than one,
one visit per boarding pass, one fatigue alert and one escalation per wait, one close of a
complaint.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from tests.helpers import race
from tests.helpers.race import Desk, Turn, race_processes
from tests.helpers.race import check_in as desk_check_in
from tests.helpers.race import close_complaint as desk_close_complaint
from tests.helpers.race import raise_due_alerts as desk_raise_alerts
from vipdesk.clock import FakeClock
from vipdesk.domain.complaints import FeedbackInput
from vipdesk.domain.eligibility import CompanionDetails, PassDetails
from vipdesk.domain.vocabulary import (
    Category,
    Channel,
    Department,
    FeedbackKind,
    Severity,
    SpaceKind,
    VisitStatus,
)
from vipdesk.services import checkin, complaints
from vipdesk.services.checkin import CheckIn
from vipdesk.services.session import Session, signed_in
from vipdesk.storage.models import AuditEvent, Complaint, Lounge, Space, Staff, Visit

TODAY = dt.date(2026, 11, 23)  # the conftest clock: 09:00 in Copenhagen
DESKS = 2


def a_pass(surname: str, sequence: str) -> PassDetails:
    return PassDetails(surname=surname, given_names="Karen", title="Mrs", origin="CPH",
                       destination="LHR", carrier="SK", flight_number="501",
                       flight_date=TODAY, compartment="F", seat="1A", sequence=sequence)


def desks(team: dict[str, Staff], clock: FakeClock,
          rounds: Sequence[Sequence[Turn]]) -> list[Desk]:
    """Two desks signed in as the front-desk agent; ``rounds[r][d]``: desk d's turn in round r."""
    return race.desks(team["desk"].lounge_id, signed_in(team["desk"]), clock.now(), rounds)


def test_two_desks_seating_a_party_each_into_the_same_box_seat_one(
        db_target: str | Path, db: object, clock: FakeClock, team: dict[str, Staff]) -> None:
    """Six boxes, a round each: both desks check a party of two in for the box at once."""
    boxes = list(Space.select().where(Space.kind == SpaceKind.BOX).order_by(Space.id))
    rounds = [[partial(desk_check_in, CheckIn(
        a_pass(f"Racer{box.id}x{number}", f"{box.id}{number}"),
        party=(CompanionDetails(f"Companion {box.id}x{number}"),), space_id=box.id))
        for number in range(DESKS)] for box in boxes]

    outcomes = race_processes(db_target, desks(team, clock, rounds))

    for box, turn in zip(boxes, zip(*outcomes, strict=True), strict=True):
        assert sorted(turn) == ["refused: SpaceUnavailable", f"seated in {box.id}"], turn
        seated = list(Visit.select().where((Visit.space == box.id)
                                           & (Visit.status == VisitStatus.SEATED)))
        assert len(seated) == 1 and seated[0].party_size <= box.capacity


def test_the_same_pass_scanned_at_two_desks_at_once_makes_one_visit(
        db_target: str | Path, db: object, clock: FakeClock, team: dict[str, Staff]) -> None:
    rounds = [[partial(desk_check_in, CheckIn(a_pass(f"Twin{n}", str(100 + n))))] * DESKS
              for n in range(5)]

    outcomes = race_processes(db_target, desks(team, clock, rounds))

    lobby = Space.get(Space.kind == SpaceKind.LOBBY)
    for turn in zip(*outcomes, strict=True):
        assert sorted(turn) == ["refused: AlreadyCheckedIn", f"seated in {lobby.id}"], turn
    by_pass = Counter(visit.checkin_sequence for visit in Visit.select())
    assert by_pass == {str(100 + n): 1 for n in range(5)}


def raised_in(turn: tuple[str, ...]) -> Counter[str]:
    """The alerts the desks of one round raised, by kind ("raised fatigue, fatigue")."""
    return Counter(kind for said in turn for kind in said.removeprefix("raised ").split(", ")
                   if kind != "nothing")


def test_the_fatigue_alert_raised_by_two_desks_timers_is_raised_once_and_escalated_once(
        db_target: str | Path, db: object, session: Session, clock: FakeClock,
        team: dict[str, Staff]) -> None:
    session.staff = signed_in(team["desk"])
    waits = [checkin.check_in(session, CheckIn(a_pass(f"Tired{n}", str(200 + n)), wait=True))
             for n in range(3)]
    lounge = Lounge.get_by_id(team["desk"].lounge_id)
    alert_at = clock.now() + dt.timedelta(minutes=lounge.fatigue_minutes, seconds=1)
    escalate_at = alert_at + dt.timedelta(minutes=lounge.escalate_after_minutes)
    rounds = [[partial(desk_raise_alerts, moment)] * DESKS for moment in (alert_at, escalate_at)]

    outcomes = race_processes(db_target, desks(team, clock, rounds))

    alerted, escalated = (raised_in(turn) for turn in zip(*outcomes, strict=True))
    assert alerted == {"fatigue": len(waits)}
    assert escalated == {"fatigue_escalated": len(waits)}
    recorded = Counter(event.action for event in AuditEvent.select()
                       .where(AuditEvent.action.startswith("wait.alert")))
    assert recorded == {"wait.alert_raised": len(waits), "wait.alert_escalated": len(waits)}


def test_two_desks_closing_one_complaint_close_it_once(
        db_target: str | Path, db: object, session: Session, clock: FakeClock,
        team: dict[str, Staff]) -> None:
    session.staff = signed_in(team["desk"])
    items = [complaints.log_feedback(session, FeedbackInput(
        kind=FeedbackKind.COMPLAINT, channel=Channel.IN_PERSON, category=Category.FOOD_AND_BEVERAGE,
        severity=Severity.LOW, guest_words=f"The soup was cold ({n}).")) for n in range(4)]
    for item in items:
        complaints.assign(session, item.id, Department.FOOD_AND_BEVERAGE)
        complaints.start_work(session, item.id)
        complaints.resolve(session, item.id, "A hot soup was served.")
    rounds = [[partial(desk_close_complaint, item.id, f"Told by desk {number}")
               for number in range(DESKS)] for item in items]

    outcomes = race_processes(db_target, desks(team, clock, rounds))

    for item, turn in zip(items, zip(*outcomes, strict=True), strict=True):
        assert sorted(turn) == ["done", "refused: ServiceError"], turn
        closes = AuditEvent.select().where((AuditEvent.action == "complaint.close")
                                           & (AuditEvent.entity_id == item.id)).count()
        assert closes == 1
        assert Complaint.get_by_id(item.id).status.value == "closed"
