"""Issue 16: services that return guests' names or words check the session like actions do,
and the duty manager's list of command-line runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from tests.conftest import DESK_PIN, MANAGER_PIN
from vipdesk.clock import FakeClock
from vipdesk.services import checkin, complaints, guests, reports
from vipdesk.services import staff as staff_service
from vipdesk.services.command_runs import (
    SHOWN_ROWS,
    CommandGroup,
    Outcome,
    RunRecord,
    command_line_session,
    command_runs,
    record_run,
)
from vipdesk.services.session import NotSignedIn, PermissionDenied, Session
from vipdesk.services.welcome_cards import welcome_card_data
from vipdesk.storage.models import Staff

DAY = dt.date(2026, 11, 23)

READERS: dict[str, Callable[[Session], object]] = {
    "build_guest_report": lambda s: reports.build_guest_report(s, DAY),
    "build_complaint_report": lambda s: reports.build_complaint_report(s, DAY),
    "guests_in_lounge": lambda s: checkin.guests_in_lounge(s),
    "find_visit": lambda s: checkin.find_visit(s, 1),
    "guest_profile": lambda s: guests.guest_profile(s, 1),
    "get_feedback": lambda s: complaints.get_feedback(s, 1),
    "welcome_card_data": lambda s: welcome_card_data(s, 1),
}


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
def test_personal_data_is_refused_with_nobody_signed_in(
        reader: Callable[[Session], object], session: Session, team: dict[str, Staff]) -> None:
    session.lounge_id = team["admin"].lounge_id
    with pytest.raises(NotSignedIn):
        reader(session)


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
def test_personal_data_is_refused_on_a_locked_desk(
        reader: Callable[[Session], object], session: Session, team: dict[str, Staff]) -> None:
    assert staff_service.sign_in(session, team["manager"].id, MANAGER_PIN).ok
    staff_service.lock(session)
    with pytest.raises(NotSignedIn):
        reader(session)


def test_a_signed_in_desk_still_reads_the_lounge(desk_session: Session) -> None:
    assert checkin.guests_in_lounge(desk_session) == []
    with pytest.raises(PermissionDenied):
        reports.build_guest_report(desk_session, DAY)  # a front-desk agent: not reports


def cli(session: Session, group: CommandGroup = CommandGroup.REPORT):
    return command_line_session(session, group, os_account="kiosk", uid=1000)


def test_the_duty_manager_reads_the_runs_newest_first(
        session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    session.lounge_id = team["admin"].lounge_id
    record_run(cli(session), RunRecord("report guests", day=DAY, written=("/tmp/g.pdf",)))
    clock.advance(dt.timedelta(minutes=5))
    refused = cli(session, CommandGroup.RESTORE)
    record_run(refused, RunRecord("restore", Outcome.REFUSED, restored_from="/b.sqlite3",
                                  note="needs a PIN"))
    with pytest.raises(NotSignedIn):
        command_runs(session)
    assert staff_service.sign_in(session, team["desk"].id, DESK_PIN).ok
    with pytest.raises(PermissionDenied):
        command_runs(session)
    staff_service.sign_out(session)
    assert staff_service.sign_in(session, team["manager"].id, MANAGER_PIN).ok

    newest, oldest = command_runs(session)

    assert (newest.command, newest.outcome, newest.restored_from, newest.note) == (
        "restore", "refused", "/b.sqlite3", "needs a PIN")
    assert (oldest.command, oldest.day, oldest.written) == ("report guests", DAY, ("/tmp/g.pdf",))
    assert oldest.os_account == "kiosk (uid 1000)" and oldest.staff == ""
    assert oldest.at.utcoffset() == dt.timedelta(hours=1), "lounge time (Copenhagen, winter)"


def test_the_list_keeps_to_thirty_days_and_two_hundred_rows(
        session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    session.lounge_id = team["admin"].lounge_id
    record_run(cli(session), RunRecord("backup"))
    clock.advance(dt.timedelta(days=31))
    for _ in range(SHOWN_ROWS + 5):
        record_run(cli(session), RunRecord("report guests"))
    assert staff_service.sign_in(session, team["manager"].id, MANAGER_PIN).ok
    runs = command_runs(session)
    assert len(runs) == SHOWN_ROWS and {run.command for run in runs} == {"report guests"}


def test_a_run_is_one_line_with_its_final_outcome(
        session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    """Review: a run writes a "started" row before anything, then its outcome."""
    session.lounge_id = team["admin"].lounge_id
    started = RunRecord("report guests", Outcome.STARTED, day=DAY, written=("/tmp/g.pdf",),
                        run="run-1")
    record_run(cli(session), started)
    clock.advance(dt.timedelta(seconds=3))
    record_run(cli(session), RunRecord("report guests", Outcome.DONE, day=DAY,
                                       written=("/tmp/g.pdf",), run="run-1"))
    clock.advance(dt.timedelta(minutes=1))
    record_run(cli(session), RunRecord("backup", Outcome.STARTED, written=("/b.sqlite3",),
                                       run="run-2"))  # its outcome never came
    assert staff_service.sign_in(session, team["manager"].id, MANAGER_PIN).ok

    unfinished, report = command_runs(session)

    assert (report.command, report.outcome, report.written) == (
        "report guests", "done", ("/tmp/g.pdf",))
    assert report.at.replace(tzinfo=None) == dt.datetime(2026, 11, 23, 9, 0), "when it started"
    assert (unfinished.command, unfinished.outcome, unfinished.written) == (
        "backup", "started", ("/b.sqlite3",))


def test_another_lounges_runs_do_not_crowd_out_this_ones(
        session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    """Review: the lounge is chosen in the query, before the limit, not after it."""
    from vipdesk.storage.models import Lounge
    ours = team["admin"].lounge_id
    other = Lounge.create(name="Other Lounge", airport="ARN", timezone="Europe/Stockholm",
                          created_at=clock.now())
    session.lounge_id = ours
    record_run(cli(session), RunRecord("backup"))
    clock.advance(dt.timedelta(minutes=1))
    session.lounge_id = other.id
    for _ in range(SHOWN_ROWS):
        record_run(cli(session), RunRecord("report guests"))
    session.lounge_id = ours
    assert staff_service.sign_in(session, team["manager"].id, MANAGER_PIN).ok
    assert [run.command for run in command_runs(session)] == ["backup"]
