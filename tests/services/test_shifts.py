"""Shifts, the diary, and the handover the next shift reads and acknowledges."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader

from tests.conftest import MANAGER_PIN
from vipdesk.clock import FakeClock
from vipdesk.documents.handover_data import HandoverData, HandoverPromise
from vipdesk.documents.handover_pdf import render_handover_pdf
from vipdesk.domain.complaints import request_from_template
from vipdesk.domain.vocabulary import (
    Category,
    Department,
    Entitlement,
    FeedbackKind,
    Severity,
    SpaceKind,
    VisitStatus,
    WaitReason,
)
from vipdesk.services import complaints, shifts, staff
from vipdesk.services.complaints import FeedbackInput, Promise
from vipdesk.services.session import NotSignedIn, ServiceError, Session
from vipdesk.storage.models import (
    AuditEvent,
    Guest,
    Lounge,
    Shift,
    Space,
    Staff,
    Visit,
    WaitingEntry,
)

UTC = dt.UTC


def guest(clock: FakeClock, surname: str, given: str, title: str = "",
          language: str = "en") -> Guest:
    return Guest.create(surname=surname, given_names=given, title=title, language=language,
                        created_at=clock.now())


def visit(clock: FakeClock, lounge: Lounge, who: Guest, by: Staff, *,
          status: VisitStatus = VisitStatus.SEATED, space: str | None = None,
          attendant: Staff | None = None, party: int = 1) -> Visit:
    return Visit.create(
        lounge=lounge, guest=who, status=status, arrived_at=clock.now(), party_size=party,
        seated_at=clock.now() if status is VisitStatus.SEATED else None,
        checked_out_at=clock.now() if status is VisitStatus.CHECKED_OUT else None,
        space=Space.get(Space.name == space) if space else None, attendant=attendant,
        carrier="SK", flight_number="1415", entitlement=Entitlement.CABIN, checked_in_by=by)


def feedback(**changes: object) -> FeedbackInput:
    fields: dict[str, object] = {"kind": FeedbackKind.COMPLAINT, "category": Category.NOISE,
                                 "guest_words": "Too loud near the bar."}
    fields.update(changes)
    return FeedbackInput(**fields)  # type: ignore[arg-type]


def sign_in_manager(session: Session, team: dict[str, Staff]) -> None:
    staff.sign_out(session)
    assert staff.sign_in(session, team["manager"].id, MANAGER_PIN).ok


# --- shifts and the diary ----------------------------------------------------------------------

def test_a_shift_starts_once_and_keeps_a_diary_exactly_as_written(
        desk_session: Session, clock: FakeClock) -> None:
    with pytest.raises(ServiceError, match="start your shift"):
        shifts.add_diary_entry(desk_session, "Before the shift")
    shift = shifts.start_shift(desk_session)
    with pytest.raises(ServiceError, match="already started"):
        shifts.start_shift(desk_session)
    clock.advance(minutes=5)
    shifts.add_diary_entry(desk_session, "  Coffee machine 2 leaks.\nF&B told <at once>. ")
    with pytest.raises(ServiceError, match="diary entry"):
        shifts.add_diary_entry(desk_session, " \n ")
    [line] = shifts.diary(desk_session, shift.id)
    assert line.text == "  Coffee machine 2 leaks.\nF&B told <at once>. "
    assert (line.staff_name, line.at) == ("Dina Desk", clock.now())
    assert shifts.current_shift(desk_session).id == shift.id  # type: ignore[union-attr]


def test_the_screens_get_records_of_shifts_never_rows(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    assert shifts.current_shift(desk_session) is None
    started = shifts.start_shift(desk_session)
    assert started == shifts.ShiftRecord(started.id, clock.now(), ended_at=None)
    assert shifts.current_shift(desk_session) == started
    clock.advance(minutes=5)
    entry = shifts.add_diary_entry(desk_session, "Gate B12 closed")
    assert shifts.diary(desk_session, started.id) == [entry]
    assert (entry.staff_id, entry.staff_name) == (team["desk"].id, "Dina Desk")
    clock.advance(hours=8)
    ended = shifts.end_shift(desk_session)
    assert ended == shifts.ShiftRecord(started.id, started.started_at, ended_at=clock.now())
    sign_in_manager(desk_session, team)
    assert shifts.acknowledge_handover(desk_session, started.id) == ended


def test_no_shift_change_without_a_signed_in_staff_member(
        desk_session: Session, clock: FakeClock) -> None:
    shift = shifts.start_shift(desk_session)
    staff.sign_out(desk_session)
    for change in (lambda: shifts.start_shift(desk_session),
                   lambda: shifts.add_diary_entry(desk_session, "Note"),
                   lambda: shifts.end_shift(desk_session),
                   lambda: shifts.acknowledge_handover(desk_session, shift.id)):
        with pytest.raises(NotSignedIn):
            change()
    assert Shift.get_by_id(shift.id).ended_at is None


def test_ending_without_a_shift_is_refused(desk_session: Session) -> None:
    with pytest.raises(ServiceError, match="start your shift"):
        shifts.end_shift(desk_session)


# --- the handover ------------------------------------------------------------------------------

@pytest.fixture
def busy_lounge(desk_session: Session, lounge: Lounge, team: dict[str, Staff],
                clock: FakeClock) -> dict[str, int]:
    """A lounge at the end of a morning shift, with something of everything."""
    desk, attendant = team["desk"], team["attendant"]
    ids: dict[str, int] = {}
    ids["shift"] = shifts.start_shift(desk_session).id
    chen = guest(clock, "Chen", "Li", "MS", language="zh")
    soren = guest(clock, "Ærø-Østergaard", "Søren", "MR", language="da")
    wang = guest(clock, "王", "芳")
    gone = guest(clock, "Left", "Already")
    ids["chen_visit"] = visit(clock, lounge, chen, desk, space="VIP Room 1", attendant=attendant,
                              party=3).id
    ids["soren_visit"] = visit(clock, lounge, soren, desk, space="Lobby").id
    visit(clock, lounge, gone, desk, status=VisitStatus.CHECKED_OUT)
    clock.advance(minutes=30)
    waiting = visit(clock, lounge, wang, desk, status=VisitStatus.WAITING, party=2)
    ids["wait"] = WaitingEntry.create(visit=waiting, reason=WaitReason.ROOM_PREPARING,
                                      wanted_kind=SpaceKind.VIP_ROOM, started_at=clock.now()).id
    WaitingEntry.create(visit=ids["chen_visit"], reason=WaitReason.DESK_QUEUE,
                        started_at=clock.now() - dt.timedelta(minutes=20),
                        ended_at=clock.now() - dt.timedelta(minutes=18))

    ids["noise"] = complaints.log_feedback(desk_session, feedback(
        visit_id=ids["soren_visit"], severity=Severity.HIGH, guest_expects="A quieter seat",
        promise=Promise(clock.now() + dt.timedelta(minutes=15), desk.id, "Back at his seat"))).id
    ids["wheelchair"] = complaints.log_feedback(desk_session, request_from_template(
        "wheelchair", "Needs a wheelchair to gate C32", visit_id=ids["chen_visit"])).id
    ids["praise"] = complaints.log_feedback(desk_session, feedback(
        kind=FeedbackKind.PRAISE, category=Category.STAFF, guest_words="Lovely staff")).id
    ids["praise_promised"] = complaints.log_feedback(desk_session, feedback(
        kind=FeedbackKind.PRAISE, category=Category.STAFF, guest_words="Tell Ali thanks",
        promise=Promise(clock.now() + dt.timedelta(hours=3), desk.id, "Email"))).id
    done = complaints.log_feedback(desk_session, feedback(guest_words="Cold tea"))
    complaints.assign(desk_session, done.id, Department.FOOD_AND_BEVERAGE)
    complaints.start_work(desk_session, done.id)
    complaints.resolve(desk_session, done.id, "New pot")
    complaints.close(desk_session, done.id, "Told at the bar")
    ids["closed"] = done.id
    finished = complaints.log_feedback(desk_session, request_from_template(
        "dietary", "Vegan", visit_id=ids["soren_visit"]))
    complaints.complete_work_order(desk_session, complaints.get_feedback(
        desk_session, finished.id).work_orders[0].id)
    ids["dietary"] = finished.id

    shifts.add_diary_entry(desk_session, "VIP Room 2 aircon fixed.")
    clock.advance(minutes=20)  # the noise promise is now 5 minutes overdue
    shifts.add_diary_entry(desk_session, "SK flights delayed 40 min.")
    return ids


def test_the_handover_holds_everything_left_open(
        desk_session: Session, busy_lounge: dict[str, int], clock: FakeClock) -> None:
    ids = busy_lounge
    shift = shifts.end_shift(desk_session)
    record = shifts.handover(desk_session, shift.id)
    data = record.data
    assert (record.staff_name, record.ended_at, record.acknowledged_at) == (
        "Dina Desk", clock.now(), None)
    assert (data.lounge, data.timezone, data.staff) == (
        "Nordic Lounge", "Europe/Copenhagen", "Dina Desk")

    guests = {g.guest_name: g for g in data.guests_in_lounge}
    assert set(guests) == {"Ms Chen Li", "Mr Søren Ærø-Østergaard", "王芳"}, "not the one who left"
    assert (guests["Ms Chen Li"].space, guests["Ms Chen Li"].attendant,
            guests["Ms Chen Li"].party_size, guests["Ms Chen Li"].flight) == (
        "VIP Room 1", "Ali Attendant", 3, "SK1415")
    assert (guests["王芳"].status, guests["王芳"].space) == ("waiting", "")

    [wait] = data.open_waits
    assert (wait.wait_id, wait.guest_name, wait.reason, wait.wanted_kind,
            wait.minutes_waiting) == (ids["wait"], "王芳", "room_preparing", "vip_room", 20)

    items = {i.complaint_id: i for i in data.open_items}
    assert set(items) == {ids["noise"], ids["wheelchair"], ids["dietary"],
                          ids["praise_promised"]}, "open complaints, requests and promises"
    noise = items[ids["noise"]]
    assert noise.promise == HandoverPromise(
        due_at=dt.datetime(2026, 11, 23, 8, 45, tzinfo=dt.UTC), owner="Dina Desk",
        how="Back at his seat", overdue=True)
    assert (noise.guest_name, noise.guest_words, noise.guest_expects, noise.severity) \
        == ("Mr Søren Ærø-Østergaard", "Too loud near the bar.", "A quieter seat", "high")
    assert items[ids["wheelchair"]].promise is None
    praise_promise = items[ids["praise_promised"]].promise
    assert praise_promise is not None and praise_promise.overdue is False
    assert data.open_items[0].complaint_id == ids["noise"], "most urgent promise first"

    [order] = data.pending_work_orders
    assert (order.complaint_id, order.department, order.guest_name) == (
        ids["wheelchair"], "airline_liaison", "Ms Chen Li")
    assert "gate C32" in order.description

    assert [(d.staff, d.text) for d in data.diary] == [
        ("Dina Desk", "VIP Room 2 aircon fixed."), ("Dina Desk", "SK flights delayed 40 min.")]


def test_the_handover_is_stored_as_the_same_json_as_before(
        desk_session: Session, busy_lounge: dict[str, int]) -> None:
    """Rows written before the snapshot became a dataclass, and rows written after, read alike:
    the keys, the nesting and the ISO UTC times stay as they were."""
    shift = shifts.end_shift(desk_session)
    stored = json.loads(Shift.get_by_id(shift.id).handover)
    assert list(stored) == [
        "version", "lounge", "airport", "timezone", "shift_id", "staff", "started_at",
        "ended_at", "guests_in_lounge", "open_waits", "open_items", "pending_work_orders",
        "diary"]
    assert stored["version"] == 1 and stored["ended_at"] == "2026-11-23T08:50:00+00:00"
    noise = next(i for i in stored["open_items"] if i["complaint_id"] == busy_lounge["noise"])
    assert noise["promise"] == {"due_at": "2026-11-23T08:45:00+00:00", "owner": "Dina Desk",
                                "how": "Back at his seat", "overdue": True}
    [wait] = stored["open_waits"]
    assert set(wait) == {"wait_id", "visit_id", "guest_name", "reason", "wanted_kind",
                         "started_at", "minutes_waiting"}
    assert HandoverData.read(stored) == shifts.handover(desk_session, shift.id).data


def test_an_old_scrubbed_or_damaged_handover_still_reads(
        desk_session: Session, clock: FakeClock) -> None:
    shift = shifts.start_shift(desk_session)
    shifts.end_shift(desk_session)
    old = json.dumps({  # as an earlier version wrote it, then scrubbed by retention
        "version": 1, "lounge": "Nordic Lounge", "airport": "CPH",
        "timezone": "Europe/Copenhagen", "shift_id": shift.id, "staff": "Dina Desk",
        "started_at": "2026-11-23T06:00:00+00:00", "ended_at": "2026-11-23T14:00:00+00:00",
        "guests_in_lounge": [{"visit_id": 1, "guest_id": 1, "guest_name": "Guest",
                              "status": "seated", "space": "Lobby", "party_size": 2,
                              "arrived_at": "2026-11-23T12:10:00+00:00", "seated_at": None,
                              "flight": "", "boards_at": None, "attendant": ""}],
        "open_waits": [], "open_items": [], "pending_work_orders": [],
        "diary": [{"at": "2026-11-23T07:00:00", "staff": "Dina Desk", "text": "[removed]"}],
        "personal_data_removed": True}, ensure_ascii=False)
    Shift.update(handover=old).where(Shift.id == shift.id).execute()
    data = shifts.handover(desk_session, shift.id).data
    assert (data.guests_in_lounge[0].party_size, data.guests_in_lounge[0].seated_at) == (2, None)
    assert data.diary[0].at == dt.datetime(2026, 11, 23, 7, tzinfo=dt.UTC), "no zone: UTC"

    for damaged in ("", "not json", "[1, 2]", '{"open_items": ["odd", {"promise": "soon"}]}'):
        Shift.update(handover=damaged).where(Shift.id == shift.id).execute()
        data = shifts.handover(desk_session, shift.id).data
        assert data.ended_at is None and data.guests_in_lounge == ()
        assert all(item.promise is None for item in data.open_items)


def test_the_handover_is_a_snapshot_of_shift_end(
        desk_session: Session, busy_lounge: dict[str, int]) -> None:
    shift = shifts.end_shift(desk_session)
    shifts.start_shift(desk_session)
    complaints.keep_promise(desk_session, busy_lounge["noise"], "Moved him to a quiet corner")
    shifts.add_diary_entry(desk_session, "Next shift's note")
    data = shifts.handover(desk_session, shift.id).data
    promise = data.open_items[0].promise
    assert promise is not None and promise.overdue is True
    assert len(data.diary) == 2


def test_the_next_shift_reads_and_acknowledges_the_handover(
        desk_session: Session, busy_lounge: dict[str, int], team: dict[str, Staff],
        clock: FakeClock) -> None:
    assert shifts.pending_handover(desk_session) is None, "nothing written yet"
    ended = shifts.end_shift(desk_session)
    sign_in_manager(desk_session, team)
    shifts.start_shift(desk_session)
    pending = shifts.pending_handover(desk_session)
    assert pending is not None and pending.shift_id == ended.id
    clock.advance(minutes=4)
    shifts.acknowledge_handover(desk_session, ended.id)
    record = shifts.handover(desk_session, ended.id)
    assert (record.acknowledged_by_id, record.acknowledged_by_name, record.acknowledged_at) == (
        team["manager"].id, "Mads Manager", clock.now())
    assert shifts.pending_handover(desk_session) is None
    with pytest.raises(ServiceError, match="already acknowledged by Mads Manager"):
        shifts.acknowledge_handover(desk_session, ended.id)
    audit = AuditEvent.select().where(AuditEvent.action == "shift.acknowledge_handover").get()
    assert (audit.staff.id, audit.entity, audit.entity_id) == (team["manager"].id, "shift",
                                                                ended.id)


def test_unread_handovers_come_oldest_first(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    first = shifts.start_shift(desk_session)
    clock.advance(hours=8)
    shifts.end_shift(desk_session)
    sign_in_manager(desk_session, team)
    second = shifts.start_shift(desk_session)
    clock.advance(hours=8)
    shifts.end_shift(desk_session)
    assert shifts.pending_handover(desk_session).shift_id == first.id  # type: ignore[union-attr]
    shifts.acknowledge_handover(desk_session, first.id)
    assert shifts.pending_handover(desk_session).shift_id == second.id  # type: ignore[union-attr]


def test_an_open_shift_has_no_handover_to_acknowledge(desk_session: Session) -> None:
    shift = shifts.start_shift(desk_session)
    with pytest.raises(ServiceError, match="not ended"):
        shifts.acknowledge_handover(desk_session, shift.id)
    with pytest.raises(ServiceError, match="not ended"):
        shifts.handover(desk_session, shift.id)


def test_the_written_handover_prints_with_every_name(
        desk_session: Session, busy_lounge: dict[str, int]) -> None:
    shift = shifts.end_shift(desk_session)
    pdf = render_handover_pdf(shifts.handover(desk_session, shift.id).data, invariant=True)
    content = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("Shift handover", "Nordic Lounge", "Mr Søren Ærø-Østergaard", "王芳",
                     "Ms Chen Li", "OVERDUE promise", "Back at his seat",
                     "Wheelchair assistance", "SK flights delayed 40 min.", "VIP Room 1"):
        assert expected in content, expected
    assert "Cold tea" not in content, "a closed item is not handed over"
