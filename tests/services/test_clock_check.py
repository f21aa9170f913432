"""The time the database has seen, the clock's verdict, and the duty manager's confirmation."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest
from playhouse.test_utils import count_queries

from tests.conftest import ADMIN_PIN, DESK_PIN, MANAGER_PIN
from vipdesk.clock import FakeClock
from vipdesk.domain.clock_trust import ClockVerdict
from vipdesk.services import clock_check, staff
from vipdesk.services.clock_mark import clock_state
from vipdesk.services.session import PermissionDenied, ServiceError, Session
from vipdesk.storage import database as storage
from vipdesk.storage.models import AuditEvent, ClockMark, Lounge, Staff

DAY, HOUR, MINUTE = dt.timedelta(days=1), dt.timedelta(hours=1), dt.timedelta(minutes=1)


def mark(lounge: Lounge) -> dt.datetime:
    return ClockMark.get(ClockMark.lounge == lounge.id).seen_at


def last_audit(action: str | None = None) -> AuditEvent:
    query = AuditEvent.select().order_by(AuditEvent.id.desc())
    if action is not None:
        query = query.where(AuditEvent.action == action)
    return query.get()


def test_every_action_moves_the_mark_while_the_clock_agrees(
        session: Session, team: dict[str, Staff], lounge: Lounge, clock: FakeClock) -> None:
    assert mark(lounge) == clock.now(), "set when the lounge was set up"
    clock.advance(hours=5)
    staff.sign_in(session, team["desk"].id, DESK_PIN)
    assert mark(lounge) == clock.now()
    clock.advance(seconds=20)
    staff.sign_out(session)
    assert mark(lounge) == clock.now() - dt.timedelta(seconds=20), "at most once a minute"
    assert "clock_in_doubt" not in last_audit().detail


def test_actions_under_a_doubted_clock_go_on_noted_and_leave_the_mark_alone(
        session: Session, team: dict[str, Staff], lounge: Lounge, clock: FakeClock) -> None:
    seen = mark(lounge)
    clock.advance(days=365)
    assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok, "check-ins and the rest go on"
    row = last_audit("staff.sign_in")
    assert row.at == clock.now(), "recorded with the clock's time"
    assert json.loads(row.detail)["clock_in_doubt"] == "ahead"
    assert mark(lounge) == seen, "not dragged a year ahead"

    clock.set(seen - 2 * DAY)
    staff.sign_out(session)
    assert json.loads(last_audit("staff.sign_out").detail)["clock_in_doubt"] == "behind"
    assert mark(lounge) == seen


def test_the_verdict_is_read_in_one_query(lounge_session: Session) -> None:
    with count_queries() as counter:
        clock_state(lounge_session)
    assert counter.count == 1


def test_a_change_of_verdict_is_recorded_once_in_the_log_and_the_audit_trail(
        lounge_session: Session, lounge: Lounge, clock: FakeClock,
        caplog: pytest.LogCaptureFixture) -> None:
    seen = mark(lounge)
    caplog.set_level(logging.INFO, logger="vipdesk")
    assert clock_check.watch(lounge_session).agrees
    clock.advance(days=365)
    for _ in range(3):
        state = clock_check.watch(lounge_session)
    assert state.verdict is ClockVerdict.AHEAD and state.seen_at == seen
    clock.set(seen + HOUR)  # IT fixed the clock
    assert clock_check.watch(lounge_session).agrees
    assert clock_check.watch(lounge_session).agrees

    changes = list(AuditEvent.select().where(AuditEvent.action == "clock.verdict_changed")
                   .order_by(AuditEvent.id))
    assert [json.loads(row.detail)["verdict"] for row in changes] == ["ahead", "agrees"]
    assert json.loads(changes[0].detail)["last_event"] == seen.isoformat()
    lines = [r.getMessage() for r in caplog.records if "PC's clock" in r.getMessage()]
    assert len(lines) == 2 and "more than a day ahead" in lines[0] and "again" in lines[1]


def test_a_duty_manager_confirms_the_date_and_it_is_audited(
        session: Session, team: dict[str, Staff], lounge: Lounge, clock: FakeClock) -> None:
    seen = mark(lounge)
    clock.advance(days=3)  # the desk was switched off over a long weekend
    assert staff.sign_in(session, team["manager"].id, MANAGER_PIN).ok
    assert not clock_check.watch(session).agrees

    clock_check.confirm_clock(session)

    assert clock_check.watch(session).agrees
    assert mark(lounge) == clock.now()
    row = last_audit("clock.confirm")
    assert row.staff.id == team["manager"].id
    assert json.loads(row.detail) == {"clock": clock.now().isoformat(),
                                      "last_event": seen.isoformat(), "verdict": "ahead"}
    with pytest.raises(ServiceError, match="nothing to confirm"):
        clock_check.confirm_clock(session)


def test_a_confirmation_also_takes_a_clock_corrected_backwards(
        session: Session, team: dict[str, Staff], lounge: Lounge, clock: FakeClock) -> None:
    """Someone confirmed a clock a month ahead; IT then set it right."""
    clock.advance(days=30)
    staff.sign_in(session, team["admin"].id, ADMIN_PIN)
    clock_check.confirm_clock(session)
    clock.advance(days=-30)
    assert clock_check.watch(session).verdict is ClockVerdict.BEHIND
    clock_check.confirm_clock(session)
    assert mark(lounge) == clock.now() and clock_check.watch(session).agrees


def test_the_front_desk_may_not_confirm_the_date(
        desk_session: Session, lounge: Lounge, clock: FakeClock) -> None:
    seen = mark(lounge)
    clock.advance(days=365)
    with pytest.raises(PermissionDenied):
        clock_check.confirm_clock(desk_session)
    assert mark(lounge) == seen
    assert not AuditEvent.select().where(AuditEvent.action == "clock.confirm").exists()


def test_an_upgraded_database_starts_with_the_latest_event_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = storage.connect(path)
    storage.upgrade(old, target="0008_backup_interval")
    old.execute_sql(
        "INSERT INTO lounge (name, airport, timezone, wifi_network, wifi_password,"
        " fatigue_minutes, amber_minutes, escalate_after_minutes, boarding_reminder_minutes,"
        " idle_lock_minutes, retention_days, created_at, anonymised_until)"
        " VALUES ('Old Lounge', 'CPH', 'Europe/Copenhagen', '', '', 15, 10, 5, 20, 5, 90,"
        " '2025-01-01 00:00:00', '2031-01-01 00:00:00')")
    old.execute_sql("INSERT INTO audit_event (at, action, entity, detail)"
                    " VALUES ('2026-11-20 10:00:00.250000', 'x', '', '')")
    old.execute_sql("INSERT INTO audit_event (at, action, entity, detail)"
                    " VALUES ('2026-11-22 17:30:00', 'x', '', '')")
    old.close()

    upgraded = storage.open_database(path)
    try:
        assert upgraded.execute_sql("SELECT lounge_id, seen_at, doubt FROM clock_mark").fetchall() \
            == [(1, "2026-11-22 17:30:00", "agrees")]
        columns = [row[1] for row in upgraded.execute_sql("PRAGMA table_info(lounge)")]
        assert "anonymised_until" not in columns, "a watermark nobody reads is not left behind"
    finally:
        upgraded.close()
