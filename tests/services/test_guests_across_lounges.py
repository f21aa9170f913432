"""Guests shared by the operator's lounges: recognised in any of them, each lounge's visits
its own, and the flags when a guest or a pass is at another lounge already."""

from __future__ import annotations

import datetime as dt
import json
from functools import partial
from pathlib import Path

import pytest

from tests.helpers.other_lounge import other_lounge
from tests.helpers.race import Desk, race_processes
from tests.helpers.race import check_in as desk_check_in
from tests.services.test_checkin import TODAY, boarding_pass, manual, scanned
from vipdesk.clock import FakeClock
from vipdesk.domain.pin import PinKey
from vipdesk.domain.vocabulary import Category, Channel, Department, FeedbackKind, Severity
from vipdesk.services import checkin, guests
from vipdesk.services.checkin import CheckIn
from vipdesk.services.session import Session, signed_in
from vipdesk.services.visit_records import CheckedInElsewhere
from vipdesk.storage.models import AuditEvent, Complaint, Guest, Staff, Visit


@pytest.fixture
def sky(desk_session: Session, db: object, clock: FakeClock, pin_key: PinKey) -> Session:
    """A desk of the operator's second lounge, "Sky Lounge", in the same database; the
    first ("Nordic Lounge") is ``desk_session``'s."""
    return other_lounge(db, clock, pin_key, name="Sky Lounge")


def test_a_guest_seen_only_at_another_lounge_is_recognised_without_that_lounges_visits(
        desk_session: Session, sky: Session, clock: FakeClock) -> None:
    """Before: the profile at Nordic counted Sky's visit as an earlier visit here, with
    its time, and showed the complaint made at Sky as "complained last time"."""
    there = Visit.get_by_id(checkin.check_in(sky, CheckIn(manual())).id)
    Complaint.create(lounge=there.lounge, guest=there.guest, visit=there,
                     channel=Channel.IN_PERSON, kind=FeedbackKind.COMPLAINT,
                     category=Category.NOISE, severity=Severity.MEDIUM, guest_words="Too loud",
                     department=Department.FRONT_DESK, created_at=clock.now(),
                     created_by=Staff.get_by_id(sky.staff_id))
    checkin.check_out(sky, there.id, 2)
    Guest.update(preferences="Green tea").where(Guest.id == there.guest_id).execute()
    clock.advance(days=1)

    profile = guests.returning_guest(desk_session, manual(
        flight_date=TODAY + dt.timedelta(days=1), sequence="40"))
    assert profile is not None and profile.guest_id == there.guest_id
    assert profile.preferences == "Green tea", "the shared guest record is shown whole"
    assert (profile.earlier_visits, profile.last_visit_at, profile.complaint_last_time) == (
        0, None, None), "Sky's visit and complaint are not Nordic's history"
    assert profile.visits_elsewhere == (guests.VisitsElsewhere("Sky Lounge", 1, TODAY),)
    assert profile.checked_in_elsewhere == ()

    here = checkin.check_in(desk_session, CheckIn(manual(
        flight_date=TODAY + dt.timedelta(days=1), sequence="40")))
    assert here.guest_id == there.guest_id and Guest.select().count() == 1
    assert here.also_checked_in == (), "Sky's visit has ended"
    back_at_sky = guests.guest_profile(sky, there.guest_id)
    assert back_at_sky.earlier_visits == 1 and back_at_sky.complaint_last_time is not None
    assert back_at_sky.checked_in_elsewhere == (
        CheckedInElsewhere(desk_session.lounge_id or 0, "Nordic Lounge", here.arrived_at),)


def test_the_same_pass_at_another_lounge_is_refused_naming_that_lounge_and_the_time(
        desk_session: Session, sky: Session, clock: FakeClock) -> None:
    """Before: Sky's desk was told "already checked in; here is that visit", a visit of
    Nordic's it cannot show."""
    raw = boarding_pass()
    first = checkin.check_in(desk_session, CheckIn(scanned(raw)))  # 09:00 in Copenhagen
    clock.advance(minutes=42)
    audits = AuditEvent.select().count()

    assessed = checkin.assess(sky, scanned(raw))
    assert isinstance(assessed.refusal, checkin.PassUsedElsewhere)
    with pytest.raises(checkin.PassUsedElsewhere) as refused:
        checkin.check_in(sky, CheckIn(scanned(raw)))
    assert str(refused.value).startswith(
        "This boarding pass was used at Nordic Lounge at 09:00 today. "
        "The guest is still checked in there.")
    assert (refused.value.lounge_name, refused.value.at) == ("Nordic Lounge", first.arrived_at)
    assert Visit.select().count() == 1 and AuditEvent.select().count() == audits

    checkin.check_out(desk_session, first.id)
    clock.advance(hours=16)  # 01:42 the next day: the late flight is still let in
    with pytest.raises(checkin.PassUsedElsewhere) as later:
        checkin.check_in(sky, CheckIn(scanned(raw)))
    assert "at 09:00 on 23 Nov 2026. That visit has ended." in str(later.value)
    with pytest.raises(checkin.AlreadyCheckedIn):  # at its own lounge: the visit, as before
        checkin.check_in(desk_session, CheckIn(scanned(raw)))


def test_a_guest_checked_in_at_another_lounge_is_admitted_with_the_flag(
        desk_session: Session, sky: Session, clock: FakeClock) -> None:
    """Another pass (a connection, a manual entry), the guest still in at Sky: Nordic's desk
    sees it before and after check-in, and the audit row notes Sky's id."""
    there = checkin.check_in(sky, CheckIn(manual(flight_number="777", sequence="5")))
    clock.advance(minutes=30)

    assessed = checkin.assess(desk_session, manual())
    assert assessed.refusal is None and assessed.profile is not None
    flag = CheckedInElsewhere(sky.lounge_id or 0, "Sky Lounge", there.arrived_at)
    assert assessed.profile.checked_in_elsewhere == (flag,)
    assert assessed.profile.visits_elsewhere == () and assessed.profile.earlier_visits == 0

    here = checkin.check_in(desk_session, CheckIn(manual()))
    assert here.also_checked_in == (flag,) and here.guest_id == there.guest_id
    event = AuditEvent.select().where(AuditEvent.action == "visit.check_in").order_by(
        AuditEvent.id.desc()).get()
    assert json.loads(event.detail)["checked_in_elsewhere"] == [sky.lounge_id]
    assert "Sky" not in event.detail, "the audit row holds ids, not names"

    checkin.check_out(sky, there.id)
    other = checkin.check_in(desk_session, CheckIn(manual(
        surname="Berg", given_names="Ole", sequence="18")))
    assert other.also_checked_in == ()
    last = AuditEvent.select().where(AuditEvent.action == "visit.check_in").order_by(
        AuditEvent.id.desc()).get()
    assert "checked_in_elsewhere" not in json.loads(last.detail)


def test_the_same_pass_at_two_lounges_at_once_makes_one_visit_and_flags_the_other(
        db_target: str | Path, desk_session: Session, sky: Session, clock: FakeClock,
        team: dict[str, Staff]) -> None:
    """Real processes, one desk a lounge, let go together: the lounges lock no space in
    common, so on PostgreSQL the loser meets the unique index (check-in's insert), not the
    look-up before it; either way it is told where the pass was used."""
    turns = [partial(desk_check_in, CheckIn(manual(surname=f"Twin{n}", sequence=str(100 + n))))
             for n in range(4)]
    desks = [Desk(desk_session.lounge_id or 0, signed_in(team["desk"]), clock.now(), turns),
             Desk(sky.lounge_id or 0, sky.staff, clock.now(), turns)]

    outcomes = race_processes(db_target, desks)

    for turn in zip(*outcomes, strict=True):
        assert sorted(said.split(" in ")[0] for said in turn) == [
            "refused: PassUsedElsewhere", "seated"], turn
    assert Visit.select().count() == len(turns)


def test_a_complaint_made_at_another_lounge_is_not_this_lounges_last_time(
        desk_session: Session, sky: Session, clock: FakeClock) -> None:
    """The guest's last visit was here; afterwards they complained to Sky (no visit of
    theirs named, say by phone). Before: Nordic's desk read it as "complained last time"."""
    here = checkin.check_in(desk_session, CheckIn(manual()))
    checkin.check_out(desk_session, here.id)
    clock.advance(hours=2)
    Complaint.create(lounge=sky.lounge_id, guest=here.guest_id, channel=Channel.PHONE,
                     kind=FeedbackKind.COMPLAINT, category=Category.NOISE,
                     severity=Severity.LOW, guest_words="Loud", department=Department.FRONT_DESK,
                     created_at=clock.now(), created_by=Staff.get_by_id(sky.staff_id))
    clock.advance(days=1)

    profile = guests.returning_guest(desk_session, manual(
        flight_date=TODAY + dt.timedelta(days=1), sequence="41"))
    assert profile is not None and profile.earlier_visits == 1
    assert profile.complaint_last_time is None
