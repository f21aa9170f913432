"""Retention goes by each row's own age, never by a stored watermark (issue 16): a clock that
was wrong for a while neither hides rows from it for ever nor lets it run early."""

from __future__ import annotations

import datetime as dt

from tests.services.test_retention import guest, visit
from vipdesk.clock import FakeClock
from vipdesk.services import retention
from vipdesk.services.session import Session
from vipdesk.storage.models import AuditEvent, Guest, Lounge, Staff, Visit

DAY = dt.timedelta(days=1)


def anonymised(person: Guest) -> bool:
    return Guest.get_by_id(person.id).anonymised_at is not None


def test_rows_written_under_a_clock_that_was_behind_are_anonymised_once_old_enough(
        lounge_session: Session, lounge: Lounge, desk_staff: Staff, clock: FakeClock) -> None:
    now = clock.now()
    assert retention.anonymise_expired(lounge_session) == 0  # the daily run, as every day
    # Then, for a day, the clock was 200 days behind, and another day 30 days behind.
    far = guest("Behind", "Far", created=now - 200 * DAY)
    visit(lounge, far, desk_staff, arrived=now - 200 * DAY, left=now - 200 * DAY + DAY / 8,
          sequence="0101")
    near = guest("Behind", "Near", created=now - 30 * DAY)
    visit(lounge, near, desk_staff, arrived=now - 30 * DAY, left=now - 30 * DAY + DAY / 8,
          sequence="0102")

    clock.advance(hours=1)
    assert retention.anonymise_expired(lounge_session) == 1
    assert anonymised(far) and not anonymised(near)
    clock.advance(days=59)
    assert retention.anonymise_expired(lounge_session) == 0, "30 + 59 days: not yet"
    clock.advance(days=2)
    assert retention.anonymise_expired(lounge_session) == 1
    assert anonymised(near)
    assert Visit.get(Visit.checkin_sequence.is_null() & (Visit.guest == near.id)).seat == ""


def test_one_run_under_a_clock_years_ahead_does_not_hide_later_guests_for_ever(
        lounge_session: Session, lounge: Lounge, desk_staff: Staff, clock: FakeClock) -> None:
    now = clock.now()
    clock.advance(days=5 * 365)
    retention.anonymise_expired(lounge_session)  # as the old desk did, with nobody to stop it
    clock.set(now)  # IT corrected the clock
    later = guest("Later", "Guest", created=now)
    visit(lounge, later, desk_staff, arrived=now, left=now + DAY / 8, sequence="0201")

    clock.advance(days=91)
    assert retention.anonymise_expired(lounge_session) == 1
    assert anonymised(later)


def test_the_job_holds_while_the_clock_disagrees(
        lounge_session: Session, lounge: Lounge, desk_staff: Staff, clock: FakeClock) -> None:
    now = clock.now()
    person = guest(created=now - 300 * DAY)
    visit(lounge, person, desk_staff, arrived=now - 20 * DAY, left=now - 20 * DAY,
          sequence="0301")
    clock.advance(days=365)
    assert retention.retention_job(lounge_session) is None
    assert not anonymised(person)
    assert not AuditEvent.select().where(
        AuditEvent.action == "retention.anonymise_expired").exists()

    clock.set(now + dt.timedelta(days=71))  # the clock agrees after the last recorded event...
    assert retention.retention_job(lounge_session) is None, "...only within a day of it"
    clock.set(now + dt.timedelta(hours=2))
    assert retention.retention_job(lounge_session) is not None
    assert not anonymised(person)


def test_a_backlog_goes_in_batches_with_the_same_result(
        lounge_session: Session, lounge: Lounge, desk_staff: Staff, clock: FakeClock,
        monkeypatch) -> None:
    """The first run after the upgrade reads every old row once: in batches, on the GUI
    thread, so no run holds the desk (or the database's lock) for long."""
    from tests.services.test_retention import crowd

    monkeypatch.setattr(retention, "BATCH", 10)
    crowd(lounge, desk_staff, clock.now() - 120 * DAY, 25)
    runs = []
    while not runs or runs[-1].more:
        runs.append(retention.retention_job(lounge_session))
        assert len(runs) < 10
    assert [run.rows for run in runs][:2] == [10 + 5, 10]  # visits and complaints, oldest first
    assert sum(run.guests for run in runs) == 25
    assert Guest.select().where(Guest.anonymised_at.is_null()).count() == 0
