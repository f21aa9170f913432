"""The demo lounge: deterministic, consistent, and showing every state the desk handles."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from peewee import Database, fn

from vipdesk.clock import FakeClock
from vipdesk.demo import DEMO_SIGN_IN, DEMO_STAFF, DemoSummary, fill_demo_lounge
from vipdesk.documents.handover_data import HANDOVER_VERSION
from vipdesk.domain.complaints import is_overdue
from vipdesk.domain.lounge_setup import LoungePlan
from vipdesk.domain.pin import PinKey
from vipdesk.domain.vocabulary import (
    ComplaintStatus,
    Entitlement,
    FeedbackKind,
    Role,
    Severity,
    SpaceKind,
    SpaceState,
    VisitStatus,
)
from vipdesk.domain.waiting import WaitStage
from vipdesk.services import board, setup, shifts, staff
from vipdesk.services.guests import birthday_today, guest_profile
from vipdesk.services.session import Session, signed_in
from vipdesk.storage.database import open_database
from vipdesk.storage.models import (
    ALL_MODELS,
    Companion,
    Complaint,
    ComplaintEvent,
    Flight,
    Guest,
    Lounge,
    Shift,
    Space,
    Staff,
    Visit,
    WaitingEntry,
)

# A Monday morning at Copenhagen airport: 10:10 local time, in the morning bank.
NOW = dt.datetime(2026, 11, 23, 9, 10, tzinfo=dt.UTC)
CPH = zoneinfo.ZoneInfo("Europe/Copenhagen")
DAYS = 3


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory,
              pin_key: PinKey) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    return path, fill_demo_lounge(path, days=DAYS, seed=7, now=NOW, pin_key=pin_key)


@pytest.fixture
def demo(demo_file: tuple[Path, DemoSummary]) -> Iterator[Database]:
    db = open_database(demo_file[0])
    yield db
    db.close()


@pytest.fixture
def session(demo: Database, pin_key: PinKey) -> Session:
    lounge = Lounge.get()
    return Session(db=demo, clock=FakeClock(NOW), lounge_id=lounge.id, pin_key=pin_key)


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table; PIN hashes left out (their salts are random by design)."""
    db = open_database(path)
    try:
        tables = {}
        for model in ALL_MODELS:
            fields = [f for f in model._meta.sorted_fields if f.name != "pin_hash"]
            tables[model.__name__] = list(model.select(*fields).order_by(model.id).tuples())
        return tables
    finally:
        db.close()


def minutes_since(moment: dt.datetime) -> float:
    return (NOW - moment).total_seconds() / 60


# --- determinism ------------------------------------------------------------------------------

def test_the_same_seed_and_now_give_the_same_lounge_and_another_seed_another(
        tmp_path: Path, pin_key: PinKey) -> None:
    first = fill_demo_lounge(tmp_path / "a.sqlite3", days=1, seed=3, now=NOW, pin_key=pin_key)
    again = fill_demo_lounge(tmp_path / "b.sqlite3", days=1, seed=3, now=NOW, pin_key=pin_key)
    other = fill_demo_lounge(tmp_path / "c.sqlite3", days=1, seed=4, now=NOW, pin_key=pin_key)
    assert dump(tmp_path / "a.sqlite3") == dump(tmp_path / "b.sqlite3")
    assert dump(tmp_path / "a.sqlite3") != dump(tmp_path / "c.sqlite3")
    assert (first.visits, first.guests) == (again.visits, again.guests)
    assert first.visits != other.visits or first.guests != other.guests


def test_the_summary_matches_the_tables(demo: Database,
                                        demo_file: tuple[Path, DemoSummary]) -> None:
    path, summary = demo_file
    lounge = Lounge.get()
    assert summary.path == path and summary.lounge_id == lounge.id
    assert summary.guests == Guest.select().count() > 0
    assert summary.visits == Visit.select().count() > DAYS * 200
    assert summary.in_lounge_now == Visit.select().where(
        Visit.status == VisitStatus.SEATED).count() > 0
    assert summary.waiting == Visit.select().where(Visit.status == VisitStatus.WAITING).count() > 0
    assert summary.complaints == Complaint.select().count() > 0


# --- the lounge right now ---------------------------------------------------------------------

def test_guests_are_seated_now_across_the_lobby_boxes_and_a_vip_room(demo: Database) -> None:
    seated = list(Visit.select(Visit, Space).join(Space)
                  .where(Visit.status == VisitStatus.SEATED))
    kinds = [visit.space.kind for visit in seated]
    assert kinds.count(SpaceKind.LOBBY) >= 8
    assert 2 <= kinds.count(SpaceKind.BOX) <= 6
    assert kinds.count(SpaceKind.VIP_ROOM) == 1
    parties_per_room = {}
    for visit in seated:
        assert visit.arrived_at <= visit.seated_at <= NOW and visit.attendant is not None
        if visit.space.kind is not SpaceKind.LOBBY:
            parties_per_room[visit.space.id] = parties_per_room.get(visit.space.id, 0) + 1
    assert set(parties_per_room.values()) == {1}, "a box or VIP room holds one party"
    unavailable = {s.name: s.state for s in Space.select().where(Space.state != SpaceState.FREE)}
    assert SpaceState.PREPARING in unavailable.values()
    assert SpaceState.RESERVED in unavailable.values()
    assert not set(unavailable) & {v.space.name for v in seated}


def test_waiting_guests_include_one_amber_and_one_past_the_fatigue_alert(demo: Database) -> None:
    lounge = Lounge.get()
    waits = list(WaitingEntry.select(WaitingEntry, Visit).join(Visit)
                 .where(WaitingEntry.ended_at.is_null()))
    assert {w.visit.status for w in waits} == {VisitStatus.WAITING}
    assert len(waits) == Visit.select().where(Visit.status == VisitStatus.WAITING).count()
    waited = {w.id: minutes_since(w.started_at) for w in waits}
    amber = [w for w in waits if lounge.amber_minutes <= waited[w.id] < lounge.fatigue_minutes]
    red = [w for w in waits if waited[w.id] >= lounge.fatigue_minutes]
    assert len(amber) == 1 and amber[0].alert_raised_at is None
    assert len(red) == 1
    assert red[0].alert_raised_at is not None and red[0].alert_raised_at <= NOW
    assert red[0].acknowledged_at is None and red[0].escalated_at is None
    assert min(waited.values()) < 5, "most waits are short"


def test_the_lounge_board_shows_it_at_a_glance(demo: Database, session: Session) -> None:
    """What the desk's board reads: rooms occupied, prepared and reserved; waits by stage."""
    data = board.board(session)
    shown = [(space.kind, space.state) for space in data.spaces]
    assert shown.count((SpaceKind.BOX, SpaceState.OCCUPIED)) >= 2
    assert shown.count((SpaceKind.VIP_ROOM, SpaceState.OCCUPIED)) == 1
    assert (SpaceKind.BOX, SpaceState.PREPARING) in shown
    assert (SpaceKind.VIP_ROOM, SpaceState.PREPARING) in shown
    assert shown.count((SpaceKind.BOX, SpaceState.RESERVED)) == 2
    stages = [row.stage for row in data.waits]
    assert stages.count(WaitStage.AMBER) == 1 and stages.count(WaitStage.RED) == 1
    assert set(stages) == {WaitStage.CALM, WaitStage.AMBER, WaitStage.RED}
    assert [row.needs_acknowledgement for row in data.waits].count(True) == 1
    assert data.boarding_soon, "a seated guest must be told their flight is boarding"


def test_a_seated_guest_boards_within_the_reminder_and_one_has_a_birthday(
        demo: Database, session: Session) -> None:
    lounge = Lounge.get()
    reminder = dt.timedelta(minutes=lounge.boarding_reminder_minutes)
    soon = [v for v in Visit.select(Visit, Flight).join(Flight)
            .where(Visit.status == VisitStatus.SEATED)
            if NOW < v.flight.boards_at <= NOW + reminder]
    assert soon and soon[0].boarding_informed_at is None
    today = NOW.astimezone(CPH).date()
    celebrating = [g for g in Guest.select() if birthday_today(g.birthday, today)]
    assert len(celebrating) == 1
    assert Visit.select().where((Visit.guest == celebrating[0].id)
                                & (Visit.status == VisitStatus.SEATED)).exists()
    flights_today = Flight.select().where(Flight.flight_date == today).count()
    assert flights_today >= 40


def test_a_guest_seated_now_complained_on_the_last_visit(demo: Database, session: Session) -> None:
    # profiles need someone signed in
    session.staff = signed_in(Staff.get(Staff.role == Role.FRONT_DESK))
    profiles = [guest_profile(session, v.guest_id, current_visit_id=v.id)
                for v in Visit.select().where(Visit.status == VisitStatus.SEATED)]
    complained = [p for p in profiles if p.complaint_last_time is not None]
    assert complained and complained[0].earlier_visits >= 1


# --- history ----------------------------------------------------------------------------------

def test_every_visit_has_a_guest_and_its_times_in_order(demo: Database) -> None:
    visits = list(Visit.select(Visit, Guest).join(Guest).order_by(Visit.arrived_at))
    assert len(visits) == Visit.select().count()
    companions = dict(Companion.select(Companion.visit, fn.COUNT(Companion.id))
                      .group_by(Companion.visit).tuples())
    last_left: dict[int, dt.datetime] = {}
    for visit in visits:
        times = [visit.arrived_at, visit.seated_at, visit.checked_out_at]
        known = [t for t in times if t is not None]
        assert known == sorted(known) and known[-1] <= NOW, visit.id
        expected = {VisitStatus.CHECKED_OUT: 3, VisitStatus.SEATED: 2, VisitStatus.WAITING: 1}
        assert len(known) == expected[visit.status] and times[:len(known)] == known
        assert visit.arrived_at >= last_left.get(visit.guest.id, visit.arrived_at), \
            "a guest is in the lounge once at a time"
        last_left[visit.guest.id] = visit.checked_out_at or NOW
        assert visit.party_size == 1 + companions.get(visit.id, 0)


def test_history_has_peaks_ratings_exceptions_and_paid_entries(demo: Database) -> None:
    hours = [v.arrived_at.astimezone(CPH).hour for v in Visit.select()]
    morning = sum(6 <= h < 9 for h in hours)
    afternoon = sum(14 <= h < 17 for h in hours)
    assert morning > 2 * afternoon, "the morning bank is the busiest"
    ratings = [v.rating for v in Visit.select().where(Visit.rating.is_null(False))]
    assert set(ratings) <= {1, 2, 3, 4, 5}
    assert sum(r >= 4 for r in ratings) > 0.7 * len(ratings)
    managers = {s.id for s in Staff.select().where(Staff.role == Role.DUTY_MANAGER)}
    exceptions = list(Visit.select().where(Visit.entitlement == Entitlement.EXCEPTION))
    assert 1 <= len(exceptions) <= 4
    assert all(v.exception_by_id in managers and v.exception_reason for v in exceptions)
    assert Visit.select().where((Visit.entitlement == Entitlement.PAID)
                                & (Visit.amount_paid > 0)).exists()
    assert Visit.select().where(Visit.party_size == 4).exists()


def test_long_waits_were_acknowledged_and_exactly_one_escalated(demo: Database) -> None:
    lounge = Lounge.get()
    fatigue = dt.timedelta(minutes=lounge.fatigue_minutes)
    long_waits = [w for w in WaitingEntry.select().where(WaitingEntry.ended_at.is_null(False))
                  if w.ended_at - w.started_at > fatigue]
    assert long_waits
    for wait in long_waits:
        assert wait.alert_raised_at == wait.started_at + fatigue
        assert wait.acknowledged_at is not None and wait.acknowledgement
        assert wait.alert_raised_at <= wait.acknowledged_at <= wait.ended_at
    escalated = [w for w in long_waits if w.escalated_at is not None]
    assert len(escalated) == 1
    late = dt.timedelta(minutes=lounge.escalate_after_minutes)
    assert escalated[0].escalated_at == escalated[0].alert_raised_at + late
    assert escalated[0].acknowledged_at > escalated[0].escalated_at


def test_names_come_in_many_scripts_and_with_their_diacritics(demo: Database) -> None:
    names = " ".join(f"{g.given_names} {g.surname}" for g in Guest.select())
    for script, pattern in {"Han": r"[\u4e00-\u9fff]", "Arabic": r"[\u0600-\u06ff]",
                            "Danish": r"[æøåÆØÅ]", "German": r"[ßü]"}.items():
        assert re.search(pattern, names), script
    assert {"zh", "da", "en"} <= {g.language for g in Guest.select()}
    masked = [g.frequent_flyer_number for g in Guest.select()
              if g.frequent_flyer_number]
    assert masked and all(re.fullmatch(r"\*+\d{4}", number) for number in masked)


# --- feedback and shifts ----------------------------------------------------------------------

def test_feedback_in_every_state_with_its_history(demo: Database) -> None:
    items = list(Complaint.select())
    assert {c.status for c in items} == set(ComplaintStatus)
    assert {FeedbackKind.COMPLAINT, FeedbackKind.PRAISE, FeedbackKind.REQUEST} <= {
        c.kind for c in items}
    for item in items:
        events = list(item.events.order_by(ComplaintEvent.at, ComplaintEvent.id))
        assert events and events[0].at == item.created_at and events[-1].status is item.status
        assert [e.at for e in events] == sorted(e.at for e in events) and events[-1].at <= NOW
        if item.status in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED):
            assert item.resolution and item.resolved_at is not None
    overdue = [c for c in items if is_overdue(c.promise_due_at, c.promise_kept_at, NOW)]
    assert len(overdue) == 1 and overdue[0].status is ComplaintStatus.IN_PROGRESS
    escalated = [c for c in items if c.escalated]
    assert len(escalated) == 1 and escalated[0].severity is Severity.HIGH
    assert escalated[0].visit.status is VisitStatus.SEATED, "the guest is still here"
    assert any(re.search(r"[^\x00-\u024f]", c.guest_words) for c in items), "guests' own words"


def test_the_current_shift_is_open_and_earlier_ones_handed_over(
        demo: Database, session: Session) -> None:
    open_shifts = list(Shift.select().where(Shift.ended_at.is_null()))
    assert len(open_shifts) == 1 and open_shifts[0].started_at <= NOW
    assert open_shifts[0].diary.count() >= 1
    ended = list(Shift.select().where(Shift.ended_at.is_null(False)))
    assert ended
    for shift in ended:
        record = shifts.handover(session, shift.id)
        assert record.acknowledged_at is not None and record.acknowledged_by_id != shift.staff_id
        assert record.data.version == HANDOVER_VERSION and record.data.diary


# --- staff and refusals -----------------------------------------------------------------------

def test_demo_staff_sign_in_with_their_documented_pins(demo: Database, session: Session) -> None:
    team = {s.name: s for s in Staff.select()}
    assert set(team) == {member.name for member in DEMO_STAFF}
    for member in DEMO_STAFF:
        assert team[member.name].role is member.role
        if member.pin is None:
            assert team[member.name].pin_hash is None
            continue
        assert member.pin in DEMO_SIGN_IN and member.name in DEMO_SIGN_IN
        assert staff.sign_in(session, team[member.name].id, member.pin).ok, member.name
        staff.sign_out(session)
    roles = [member.role for member in DEMO_STAFF]
    assert (roles.count(Role.ADMINISTRATOR), roles.count(Role.DUTY_MANAGER),
            roles.count(Role.FRONT_DESK), roles.count(Role.ATTENDANT)) == (1, 2, 3, 5)


def test_a_database_that_has_a_lounge_is_refused_and_left_alone(
        demo_file: tuple[Path, DemoSummary], tmp_path: Path, pin_key: PinKey) -> None:
    path, summary = demo_file
    with pytest.raises(ValueError, match="already has a lounge"):
        fill_demo_lounge(path, days=1, now=NOW, pin_key=pin_key)
    db = open_database(path)
    try:
        assert Lounge.select().count() == 1 and Visit.select().count() == summary.visits
    finally:
        db.close()

    real = tmp_path / "real.sqlite3"
    db = open_database(real)
    try:
        setup.set_up_lounge(Session(db=db, clock=FakeClock(NOW), pin_key=pin_key), LoungePlan(
            name="Nordic Lounge", airport="CPH", timezone="Europe/Copenhagen",
            admin_name="Astrid Admin", admin_pin="246810"))
    finally:
        db.close()
    with pytest.raises(ValueError, match="Nordic Lounge"):
        fill_demo_lounge(real, days=1, now=NOW, pin_key=pin_key)


def test_the_demo_takes_its_time_from_the_caller(tmp_path: Path, pin_key: PinKey) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        fill_demo_lounge(tmp_path / "x.sqlite3", now=dt.datetime(2026, 11, 23, 9, 10),
                         pin_key=pin_key)
    with pytest.raises(ValueError, match="days"):
        fill_demo_lounge(tmp_path / "x.sqlite3", days=0, now=NOW, pin_key=pin_key)
