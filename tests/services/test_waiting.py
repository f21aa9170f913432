"""The waiting list and the fatigue alert through the services, with the fake clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from peewee import IntegrityError
from playhouse.test_utils import count_queries

from tests.conftest import MANAGER_PIN
from tests.helpers import engine
from vipdesk.clock import FakeClock
from vipdesk.domain.vocabulary import Entitlement, Role, SpaceKind, VisitStatus, WaitReason
from vipdesk.domain.waiting import Acknowledgement, WaitStage
from vipdesk.services import alerts, staff, waiting
from vipdesk.services.alerts import AlertKind
from vipdesk.services.session import NotSignedIn, PermissionDenied, ServiceError, Session
from vipdesk.storage.database import open_database
from vipdesk.storage.models import AuditEvent, Guest, Lounge, Staff, Visit, WaitingEntry

TICK = dt.timedelta(milliseconds=1)


class Arrivals:
    """Guests arriving at the desk: Guest and Visit rows made directly (check-in is elsewhere)."""

    def __init__(self, clock: FakeClock, lounge: Lounge, by: Staff) -> None:
        self.clock, self.lounge, self.by = clock, lounge, by

    def visit(self, surname: str = "Chen", given: str = "Li", title: str = "MS", party: int = 1,
              status: VisitStatus = VisitStatus.WAITING) -> Visit:
        guest = Guest.create(surname=surname, given_names=given, title=title,
                             created_at=self.clock.now())
        return Visit.create(lounge=self.lounge, guest=guest, status=status, party_size=party,
                            arrived_at=self.clock.now(), entitlement=Entitlement.CABIN,
                            checked_in_by=self.by)


@pytest.fixture
def arrivals(clock: FakeClock, lounge: Lounge, team: dict[str, Staff]) -> Arrivals:
    return Arrivals(clock, lounge, team["desk"])


def audit_rows(action: str) -> list[AuditEvent]:
    return list(AuditEvent.select().where(AuditEvent.action == action).order_by(AuditEvent.id))


def tick_until(session: Session, clock: FakeClock, minutes: float, every_seconds: int = 1
               ) -> list[alerts.Alert]:
    """The GUI's timer: tick every second for ``minutes``, collecting what was newly raised."""
    raised = []
    for _ in range(int(minutes * 60 / every_seconds)):
        clock.advance(seconds=every_seconds)
        raised += waiting.raise_due_alerts(session)
    return raised


# --- the fatigue alert ---------------------------------------------------------------------


def test_no_alert_at_14_59_the_alert_at_15_00_and_exactly_once(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    visit = arrivals.visit()
    clock.advance(minutes=2)
    wait = waiting.put_on_waiting_list(desk_session, visit.id, WaitReason.DESK_QUEUE)
    assert wait.started_at == visit.arrived_at, "the wait started when the guest arrived"

    clock.set(visit.arrived_at + dt.timedelta(minutes=15) - TICK)
    assert waiting.raise_due_alerts(desk_session) == []
    assert WaitingEntry.get_by_id(wait.id).alert_raised_at is None

    clock.set(visit.arrived_at + dt.timedelta(minutes=15))
    [alert] = waiting.raise_due_alerts(desk_session)
    assert (alert.kind, alert.wait_id, alert.visit_id, alert.guest_name) == (
        AlertKind.FATIGUE, wait.id, visit.id, "Ms Li Chen")
    assert not alert.for_manager
    assert WaitingEntry.get_by_id(wait.id).alert_raised_at == clock.now()

    assert tick_until(desk_session, clock, minutes=4.9) == [], "once per wait, not per refresh"
    assert len(audit_rows("wait.alert_raised")) == 1, "no audit rows for ticks that change nothing"
    assert audit_rows("wait.alert_raised")[0].staff is None, "raised by the clock, not by a person"


def test_the_row_turns_amber_at_10_minutes_and_red_at_15(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    visit = arrivals.visit(party=3)
    waiting.put_on_waiting_list(desk_session, visit.id, WaitReason.LOUNGE_FULL, SpaceKind.BOX)
    clock.advance(dt.timedelta(minutes=10) - TICK)
    [row] = waiting.open_waits(desk_session)
    assert (row.stage, row.minutes_waited) == (WaitStage.CALM, 9)
    clock.advance(TICK)
    [row] = waiting.open_waits(desk_session)
    assert (row.stage, row.minutes_waited, row.party_size) == (WaitStage.AMBER, 10, 3)
    assert (row.reason, row.wanted_kind, row.guest_name) == (
        WaitReason.LOUNGE_FULL, SpaceKind.BOX, "Ms Li Chen")
    clock.advance(minutes=5)
    [row] = waiting.open_waits(desk_session)
    assert row.stage is WaitStage.RED and row.needs_acknowledgement
    assert row.alert_due_at == visit.arrived_at + dt.timedelta(minutes=15)


def test_the_acknowledgement_is_recorded_with_who_what_and_when(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals,
        team: dict[str, Staff]) -> None:
    wait = waiting.put_on_waiting_list(desk_session, arrivals.visit().id, WaitReason.DESK_QUEUE)
    clock.advance(minutes=14)
    with pytest.raises(ServiceError, match="not due yet"):
        waiting.acknowledge_alert(desk_session, wait.id, "Offered water",
                                  [Acknowledgement.DRINK])
    clock.advance(minutes=1)
    waiting.raise_due_alerts(desk_session)
    with pytest.raises(ServiceError, match="what was done"):
        waiting.acknowledge_alert(desk_session, wait.id, "   ")
    clock.advance(minutes=2)

    waiting.acknowledge_alert(desk_session, wait.id, "Box 3 ready in 5 minutes; sorry!",
                              [Acknowledgement.DRINK, "apology", Acknowledgement.DRINK])

    [row] = waiting.open_waits(desk_session)
    assert row.acknowledged_at == clock.now()
    assert row.acknowledged_by == "Dina Desk"
    assert row.acknowledged_with == (Acknowledgement.DRINK, Acknowledgement.APOLOGY)
    assert row.acknowledgement == "Box 3 ready in 5 minutes; sorry!"
    assert row.stage is WaitStage.RED and not row.needs_acknowledgement
    assert waiting.waiting_banner(desk_session) == []
    [audit] = audit_rows("wait.acknowledge")
    assert audit.staff.id == team["desk"].id
    assert "sorry" not in audit.detail and '"drink"' in audit.detail, "codes only, no free text"
    with pytest.raises(ServiceError, match="already been acknowledged"):
        waiting.acknowledge_alert(desk_session, wait.id, "again", [Acknowledgement.SEAT])


def test_an_alert_not_acknowledged_escalates_at_20_00_to_the_duty_manager(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    visit = arrivals.visit()
    wait = waiting.put_on_waiting_list(desk_session, visit.id, WaitReason.ROOM_PREPARING,
                                       SpaceKind.VIP_ROOM)
    clock.advance(minutes=15)
    assert len(waiting.raise_due_alerts(desk_session)) == 1
    clock.set(visit.arrived_at + dt.timedelta(minutes=20) - TICK)
    assert waiting.raise_due_alerts(desk_session) == []

    clock.set(visit.arrived_at + dt.timedelta(minutes=20))
    [escalation] = waiting.raise_due_alerts(desk_session)
    assert (escalation.kind, escalation.for_manager, escalation.wait_id) == (
        AlertKind.FATIGUE_ESCALATED, True, wait.id)
    assert WaitingEntry.get_by_id(wait.id).escalated_at == clock.now()
    assert tick_until(desk_session, clock, minutes=1) == []
    assert len(audit_rows("wait.alert_escalated")) == 1

    banner = waiting.waiting_banner(desk_session)
    assert [(a.kind, a.for_manager) for a in banner] == [
        (AlertKind.FATIGUE, False), (AlertKind.FATIGUE_ESCALATED, True)]
    assert [row.stage for row in waiting.open_waits(desk_session)] == [WaitStage.ESCALATED]

    with pytest.raises(PermissionDenied):  # the duty manager's to close, not the desk's
        waiting.acknowledge_alert(desk_session, wait.id, "", [Acknowledgement.SEAT])
    staff.sign_in(desk_session, Staff.get(Staff.role == Role.DUTY_MANAGER).id, MANAGER_PIN)
    waiting.acknowledge_alert(desk_session, wait.id, "", [Acknowledgement.SEAT])
    assert waiting.waiting_banner(desk_session) == [], "acknowledged: off both banners"


def test_no_escalation_when_acknowledged_at_19_59(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    visit = arrivals.visit()
    wait = waiting.put_on_waiting_list(desk_session, visit.id, WaitReason.DESK_QUEUE)
    clock.advance(minutes=15)
    waiting.raise_due_alerts(desk_session)
    clock.set(visit.arrived_at + dt.timedelta(minutes=19, seconds=59))
    waiting.acknowledge_alert(desk_session, wait.id, "Gave an update", [Acknowledgement.UPDATE])
    assert tick_until(desk_session, clock, minutes=10, every_seconds=5) == []
    assert WaitingEntry.get_by_id(wait.id).escalated_at is None
    assert audit_rows("wait.alert_escalated") == []


def test_a_restart_in_the_middle_of_a_wait_keeps_its_start_and_raises_no_second_alert(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals, db: object,
        db_path: Path, team: dict[str, Staff], lounge: Lounge) -> None:
    visit = arrivals.visit()
    waiting.put_on_waiting_list(desk_session, visit.id, WaitReason.LOUNGE_FULL)
    clock.advance(minutes=16)
    assert len(waiting.raise_due_alerts(desk_session)) == 1

    db.close()  # type: ignore[attr-defined]  # the desk goes down (a restart, a power cut)
    clock.advance(minutes=2)
    reopened = open_database(db_path)
    try:
        session = Session(db=reopened, clock=clock, lounge_id=lounge.id)
        assert waiting.raise_due_alerts(session) == [], "nobody signed in; no second alert"
        [row] = waiting.open_waits(session)
        assert row.started_at == visit.arrived_at
        assert row.minutes_waited == 18 and row.alert_raised_at == visit.arrived_at + dt.timedelta(
            minutes=16)
        clock.advance(minutes=2)
        [escalation] = waiting.raise_due_alerts(session)
        assert escalation.kind is AlertKind.FATIGUE_ESCALATED
        assert len(audit_rows("wait.alert_raised")) == 1
    finally:
        reopened.close()


def test_a_desk_back_after_a_long_outage_raises_and_escalates_in_one_tick(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    wait = waiting.put_on_waiting_list(desk_session, arrivals.visit().id, WaitReason.DESK_QUEUE)
    clock.advance(minutes=31)
    raised = waiting.raise_due_alerts(desk_session)
    assert [(a.kind, a.wait_id) for a in raised] == [
        (AlertKind.FATIGUE, wait.id), (AlertKind.FATIGUE_ESCALATED, wait.id)]


def test_a_locked_desk_still_raises_alerts(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    waiting.put_on_waiting_list(desk_session, arrivals.visit().id, WaitReason.DESK_QUEUE)
    desk_session.locked = True
    clock.advance(minutes=15)
    assert len(waiting.raise_due_alerts(desk_session)) == 1


@pytest.mark.skipif(engine.ON_POSTGRES, reason="reads SQLite's query plan")
def test_a_tick_is_one_query_when_nothing_is_due(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    for surname in ("Chen", "Berg", "Okafor", "Haddad", "Suzuki"):
        waiting.put_on_waiting_list(desk_session, arrivals.visit(surname).id,
                                    WaitReason.DESK_QUEUE)
    clock.advance(minutes=3)
    with count_queries() as counter:
        assert waiting.raise_due_alerts(desk_session) == []
    assert counter.count == 1
    sql, params = waiting._open_waits_query(desk_session).sql()
    plan = " ".join(str(row) for row in desk_session.db.execute_sql(  # type: ignore[attr-defined]
        "EXPLAIN QUERY PLAN " + sql, params).fetchall())
    assert "waitingentry_ended_at_started_at" in plan, "from the open waits, not every visit"
    assert "TEMP B-TREE" not in plan, "the index gives the order"


def test_every_alert_joins_the_banner_feed(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    first = waiting.put_on_waiting_list(desk_session, arrivals.visit("Berg").id,
                                        WaitReason.DESK_QUEUE)
    clock.advance(minutes=5)
    second = waiting.put_on_waiting_list(desk_session, arrivals.visit("Chen").id,
                                         WaitReason.DESK_QUEUE)
    clock.advance(minutes=15)  # the first has waited 20 minutes, the second 15
    feed = alerts.banner_alerts(desk_session, sources=(waiting.waiting_banner,))
    assert [(a.kind, a.wait_id) for a in feed] == [  # one line per guest: the escalation
        (AlertKind.FATIGUE_ESCALATED, first.id), (AlertKind.FATIGUE, second.id)]
    assert len({a.key for a in feed}) == 2, "each alert keeps its own identity across refreshes"


# --- starting and ending waits ---------------------------------------------------------------


def test_settling_starts_now_and_a_seat_wait_at_arrival(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    seated = arrivals.visit("Berg", status=VisitStatus.SEATED)
    standing = arrivals.visit("Chen")
    clock.advance(minutes=40)
    settling = waiting.put_on_waiting_list(desk_session, seated.id, WaitReason.SETTLING)
    queue = waiting.put_on_waiting_list(desk_session, standing.id, WaitReason.DESK_QUEUE)
    assert settling.started_at == clock.now()
    assert queue.started_at == standing.arrived_at
    rows = waiting.open_waits(desk_session)
    assert [r.wait_id for r in rows] == [queue.id, settling.id], "longest first"
    assert [r.stage for r in rows] == [WaitStage.ESCALATED, WaitStage.CALM]
    with pytest.raises(ServiceError, match="not waiting for a space"):
        waiting.put_on_waiting_list(desk_session, arrivals.visit().id, WaitReason.SETTLING,
                                    SpaceKind.BOX)


def test_a_visit_has_at_most_one_open_wait(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    visit = arrivals.visit()
    wait = waiting.put_on_waiting_list(desk_session, visit.id, WaitReason.DESK_QUEUE)
    with pytest.raises(waiting.AlreadyWaiting) as refused:
        waiting.put_on_waiting_list(desk_session, visit.id, WaitReason.LOUNGE_FULL)
    assert refused.value.wait_id == wait.id
    with pytest.raises(IntegrityError):  # two desks at once: the database refuses the second
        WaitingEntry.create(visit=visit, reason=WaitReason.DESK_QUEUE, started_at=clock.now())

    clock.advance(minutes=3)
    ended = waiting.end_wait(desk_session, wait.id)
    assert ended.ended_at == clock.now()
    assert waiting.open_waits(desk_session) == []
    with pytest.raises(ServiceError, match="no longer waiting"):
        waiting.end_wait(desk_session, wait.id)
    again = waiting.put_on_waiting_list(desk_session, visit.id, WaitReason.LOUNGE_FULL)
    assert again.started_at == visit.arrived_at, "still not seated: waiting since arrival"


def test_an_ended_wait_raises_no_alert(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    wait = waiting.put_on_waiting_list(desk_session, arrivals.visit().id, WaitReason.DESK_QUEUE)
    clock.advance(minutes=14)
    waiting.end_wait(desk_session, wait.id)
    clock.advance(minutes=30)
    assert waiting.raise_due_alerts(desk_session) == []
    assert waiting.waiting_banner(desk_session) == []


def test_refusals_checked_out_other_lounge_and_not_signed_in(
        session: Session, desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    gone = arrivals.visit(status=VisitStatus.CHECKED_OUT)
    with pytest.raises(ServiceError, match="already checked out"):
        waiting.put_on_waiting_list(desk_session, gone.id, WaitReason.SETTLING)
    with pytest.raises(ServiceError, match="not on file"):
        waiting.put_on_waiting_list(desk_session, 9999, WaitReason.DESK_QUEUE)
    with pytest.raises(ServiceError, match="not on file"):
        waiting.end_wait(desk_session, 9999)
    staff.sign_out(desk_session)
    with pytest.raises(NotSignedIn):
        waiting.put_on_waiting_list(session, arrivals.visit().id, WaitReason.DESK_QUEUE)
    assert WaitingEntry.select().count() == 0


def test_the_helper_for_seating_ends_the_open_wait(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    visit = arrivals.visit()
    waiting.put_on_waiting_list(desk_session, visit.id, WaitReason.LOUNGE_FULL)
    clock.advance(minutes=6)
    assert waiting.end_waits_of_visit(desk_session, visit.id) == 1
    assert waiting.end_waits_of_visit(desk_session, visit.id) == 0
    assert waiting.open_waits(desk_session) == []


# --- who is proposed when a space frees up -----------------------------------------------------


def test_the_longest_wait_for_the_kind_of_space_is_proposed(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    def wait(surname: str, reason: WaitReason, kind: SpaceKind | None, party: int = 2,
             status: VisitStatus = VisitStatus.WAITING) -> int:
        visit = arrivals.visit(surname, party=party, status=status)
        clock.advance(minutes=1)
        return waiting.put_on_waiting_list(desk_session, visit.id, reason, kind).visit_id

    settling = wait("Aalto", WaitReason.SETTLING, None, status=VisitStatus.SEATED)
    big_box = wait("Berg", WaitReason.LOUNGE_FULL, SpaceKind.BOX, party=6)
    any_space = wait("Chen", WaitReason.DESK_QUEUE, None)
    box = wait("Dahl", WaitReason.LOUNGE_FULL, SpaceKind.BOX)
    wait("Eze", WaitReason.LOUNGE_FULL, SpaceKind.BOX)
    room = wait("Fox", WaitReason.ROOM_PREPARING, SpaceKind.VIP_ROOM)

    def proposed(kind: SpaceKind, seats: int | None = None) -> int | None:
        row = waiting.longest_waiting_for(desk_session, kind, seats)
        return row.visit_id if row else None

    assert proposed(SpaceKind.BOX) == big_box
    assert proposed(SpaceKind.BOX, seats=4) == box, "a party of 6 does not fit a box of 4"
    assert proposed(SpaceKind.VIP_ROOM) == room
    assert proposed(SpaceKind.LOBBY) == any_space, "no wish counts for the lobby; settling never"
    assert settling not in (proposed(k) for k in SpaceKind)
    waiting.end_waits_of_visit(desk_session, room)
    assert proposed(SpaceKind.VIP_ROOM) is None


# --- after an acknowledgement (issue 11) ---------------------------------------------------


def test_an_acknowledged_guest_still_waiting_is_alerted_again_and_escalated(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals) -> None:
    """Seen: acknowledged at 16 minutes, still waiting at 37, no banner. Now: at 31 (one
    fatigue interval after the acknowledgement) the alert is back, with the duty manager."""
    visit = arrivals.visit()
    wait = waiting.put_on_waiting_list(desk_session, visit.id, WaitReason.DESK_QUEUE)
    clock.advance(minutes=16)
    waiting.raise_due_alerts(desk_session)
    waiting.acknowledge_alert(desk_session, wait.id, "", [Acknowledgement.DRINK])
    assert tick_until(desk_session, clock, minutes=15, every_seconds=5)[:-1] == []
    assert clock.now() == visit.arrived_at + dt.timedelta(minutes=31)
    kinds = [(a.kind, a.for_manager) for a in waiting.waiting_banner(desk_session)]
    assert kinds == [(AlertKind.FATIGUE, False), (AlertKind.FATIGUE_ESCALATED, True)]
    assert WaitingEntry.get_by_id(wait.id).escalated_at == clock.now()
    assert len(audit_rows("wait.alert_repeated")) == 1
    assert tick_until(desk_session, clock, minutes=6, every_seconds=5) == [], "once"
    assert waiting.waiting_banner(desk_session), "still on the banner at 37 minutes"


def test_only_the_duty_manager_closes_an_escalation_and_the_desk_adds_a_note(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals,
        team: dict[str, Staff]) -> None:
    visit = arrivals.visit()
    wait = waiting.put_on_waiting_list(desk_session, visit.id, WaitReason.DESK_QUEUE)
    tick_until(desk_session, clock, minutes=21, every_seconds=30)
    with pytest.raises(PermissionDenied):
        waiting.acknowledge_alert(desk_session, wait.id, "", [Acknowledgement.SEAT])
    waiting.add_escalation_note(desk_session, wait.id, "Offered a coffee; VIP room in 5 min")
    [row] = waiting.open_waits(desk_session)
    assert (row.escalation_note, row.escalation_note_by) == (
        "Offered a coffee; VIP room in 5 min", "Dina Desk")
    assert row.needs_acknowledgement, "a note does not close it"
    assert len(audit_rows("wait.escalation_note")) == 1
    assert staff.sign_in(desk_session, team["manager"].id, MANAGER_PIN).ok
    waiting.acknowledge_alert(desk_session, wait.id, "Spoke to the guest", [])
    assert waiting.waiting_banner(desk_session) == []


def test_the_daily_report_judges_a_repeated_alert_by_its_first_answer(
        desk_session: Session, clock: FakeClock, arrivals: Arrivals,
        team: dict[str, Staff]) -> None:
    """Answered at 16 minutes (in time), alerted again at 31 and answered again by the duty
    manager: the report must still count the first answer in time, at 16."""
    from vipdesk.services.reports import build_guest_report

    visit = arrivals.visit()
    wait = waiting.put_on_waiting_list(desk_session, visit.id, WaitReason.DESK_QUEUE)
    clock.advance(minutes=16)
    waiting.raise_due_alerts(desk_session)
    first = clock.now()
    waiting.acknowledge_alert(desk_session, wait.id, "", [Acknowledgement.DRINK])
    tick_until(desk_session, clock, minutes=16, every_seconds=30)
    assert staff.sign_in(desk_session, team["manager"].id, MANAGER_PIN).ok
    waiting.acknowledge_alert(desk_session, wait.id, "Spoke to the guest", [])
    waiting.end_wait(desk_session, wait.id)
    clock.advance(hours=12)
    report = build_guest_report(desk_session, visit.arrived_at.date(), printed_by="Mette")
    [long_wait] = report.long_waits
    assert long_wait.in_time
    assert long_wait.acknowledged_at == lounge_local(desk_session, first)
    assert long_wait.acknowledged_by == "Dina Desk", "who gave the first answer, with its time"
    assert report.waits_acknowledged_in_time == 1


def lounge_local(session: Session, moment: dt.datetime) -> dt.datetime:
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo(session.lounge.timezone))
