"""Checking guests in and out through the service layer, as the desk does."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest
from playhouse.test_utils import assert_query_count

from tests.conftest import DESK_PIN, MANAGER_PIN
from tests.helpers import race
from tests.helpers.shared_data import naughty_strings
from vipdesk.clock import FakeClock
from vipdesk.domain import bcbp
from vipdesk.domain.eligibility import CompanionDetails, PassDetails, mask_frequent_flyer_number
from vipdesk.domain.vocabulary import (
    Cabin,
    Category,
    Channel,
    Department,
    Entitlement,
    FeedbackKind,
    Role,
    Severity,
    SpaceKind,
    SpaceState,
    VisitStatus,
    WaitReason,
)
from vipdesk.services import checkin, guests, seating
from vipdesk.services.checkin import Approval, CheckIn
from vipdesk.services.pass_details import leg_index_from, pass_details_from_boarding_pass
from vipdesk.services.session import NotSignedIn, ServiceError, Session, signed_in
from vipdesk.storage.models import (
    AuditEvent,
    Companion,
    Complaint,
    Guest,
    Lounge,
    Space,
    Staff,
    Visit,
    WaitingEntry,
)

TODAY = dt.date(2026, 11, 23)  # the conftest clock: 09:00 in Copenhagen
UTC = dt.UTC


def boarding_pass(name: str = "CHEN/LIMS", *, origin: str = "CPH", carrier: str = "SK ",
                  flight: str = "0995 ", day: int = 327, compartment: str = "C",
                  seat: str = "002A", sequence: str = "0025 ", pnr: str = "ABC123 ",
                  ff_number: str = "123456789") -> str:
    """A version-6 BCBP string with a repeated section carrying a frequent-flyer number."""
    repeated = ("057" + "2335433243" + "0" + "0" + carrier + "SK " + ff_number.ljust(16)
                + " " + "20K" + "N")
    conditional = ">6" + "00" + f"{len(repeated):02X}" + repeated
    return ("M1" + name.ljust(20) + "E" + pnr + origin + "PEK" + carrier + flight
            + f"{day:03d}" + compartment + seat + sequence + "1" + f"{len(conditional):02X}"
            + conditional)


def scanned(raw: str, scan_date: dt.date = TODAY) -> PassDetails:
    return pass_details_from_boarding_pass(bcbp.parse(raw, scan_date=scan_date))


def manual(**changes: object) -> PassDetails:
    fields: dict[str, object] = dict(
        surname="Jensen", given_names="Karen", title="Mrs", origin="CPH", destination="LHR",
        carrier="SK", flight_number="501", flight_date=TODAY, compartment="J", seat="3C",
        sequence="17")
    fields.update(changes)
    return PassDetails(**fields)  # type: ignore[arg-type]


def all_stored_text(db_path: Path) -> str:
    """Every value in every table of the database file, as one string."""
    import sqlite3
    connection = sqlite3.connect(db_path)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return "\n".join(repr(row) for table in tables
                         for row in connection.execute(f'SELECT * FROM "{table}"'))
    finally:
        connection.close()


def set_lobby(capacity: int, *, only_lobby: bool = True) -> Space:
    lobby = Space.get(Space.kind == SpaceKind.LOBBY)
    lobby.capacity = capacity
    lobby.save()
    if only_lobby:
        Space.update(active=False).where(Space.kind != SpaceKind.LOBBY).execute()
    return lobby


# --- the common path ---------------------------------------------------------


def test_a_scanned_pass_is_checked_in_seated_in_the_lobby_with_an_attendant(
        desk_session: Session, team: dict[str, Staff], db_path: Path) -> None:
    raw = boarding_pass()
    visit = checkin.check_in(desk_session, CheckIn(scanned(raw)))

    assert visit.status is VisitStatus.SEATED and visit.seated_at == visit.arrived_at
    assert visit.space_kind is SpaceKind.LOBBY
    assert visit.attendant_id == team["attendant"].id
    row = Visit.get_by_id(visit.id)
    assert (row.carrier, row.flight_number, row.flight_date, row.seat,
            row.checkin_sequence) == ("SK", "995", TODAY, "2A", "25")
    assert (row.cabin, visit.entitlement, visit.entitlement_rule) == (
        Cabin.BUSINESS, Entitlement.CABIN, "Business class")
    assert row.checked_in_by.id == team["desk"].id
    guest = Guest.get_by_id(visit.guest_id)
    assert (guest.surname, guest.given_names, guest.title) == ("CHEN", "LI", "Ms")

    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert (event.action, event.entity, event.entity_id) == ("visit.check_in", "visit", visit.id)
    for personal in ("CHEN", "Chen", "LI", "ABC123", "123456789", "6789"):
        assert personal not in event.detail
    stored = all_stored_text(db_path)
    assert "ABC123" not in stored, "the booking reference is never stored"
    assert raw.strip() not in stored and "123456789" not in stored
    assert guest.frequent_flyer_number == mask_frequent_flyer_number("123456789") == "*****6789"


def test_the_desk_sees_the_decision_and_a_space_before_anything_is_written(
        desk_session: Session) -> None:
    assessment = checkin.assess(desk_session, scanned(boarding_pass()))
    assert assessment.refusal is None and assessment.decision is not None
    assert assessment.decision.eligible and "Business class" in str(assessment.decision.reason)
    assert assessment.proposed_space is not None and assessment.profile is None
    assert Visit.select().count() == 0

    refused = checkin.assess(desk_session, manual(origin="ARN"))
    assert isinstance(refused.refusal, checkin.WrongAirport)


def test_a_connecting_pass_uses_the_leg_leaving_from_this_airport(desk_session: Session) -> None:
    first = ("M2" + "CHEN/LIMS".ljust(20) + "E" + "ABC123 " + "PEKCPHCA " + "0877 " + "326"
             + "J" + "001A" + "0003 " + "1" + "00")
    second = "ABC123 " + "CPHLHRSK " + "0501 " + "327" + "J" + "002C" + "0004 " + "1" + "00"
    bp = bcbp.parse(first + second, scan_date=TODAY)
    details = pass_details_from_boarding_pass(bp, leg_index_from(bp, "CPH"))
    visit = checkin.check_in(desk_session, CheckIn(details))
    assert (visit.origin, visit.destination, visit.flight_number) == ("CPH", "LHR", "501")


def test_checking_in_needs_a_signed_in_desk(session: Session, team: dict[str, Staff]) -> None:
    with pytest.raises(NotSignedIn):
        checkin.check_in(session, CheckIn(manual()))
    assert Visit.select().count() == 0


# --- refusals with a way forward -----------------------------------------------


def test_scanning_the_same_pass_twice_shows_the_first_visit(desk_session: Session) -> None:
    raw = boarding_pass()
    first = checkin.check_in(desk_session, CheckIn(scanned(raw)))
    audits = AuditEvent.select().count()
    with pytest.raises(checkin.AlreadyCheckedIn) as again:
        checkin.check_in(desk_session, CheckIn(scanned(raw)))
    assert again.value.visit_id == first.id and again.value.status is VisitStatus.SEATED
    # Typed by hand, unpadded, it is still the same pass.
    with pytest.raises(checkin.AlreadyCheckedIn):
        checkin.check_in(desk_session, CheckIn(manual(
            surname="Chen", given_names="Li", carrier="SK", flight_number="995",
            sequence="25")))
    assert Visit.select().count() == 1 and AuditEvent.select().count() == audits


def test_a_pass_for_a_flight_from_another_airport_is_refused(desk_session: Session) -> None:
    with pytest.raises(checkin.WrongAirport) as refused:
        checkin.check_in(desk_session, CheckIn(scanned(boarding_pass(origin="ARN"))))
    assert (refused.value.origin, refused.value.airport) == ("ARN", "CPH")
    assert "ARN" in str(refused.value) and Visit.select().count() == Guest.select().count() == 0


@pytest.mark.parametrize(("utc_now", "flight_date", "accepted"), [
    (dt.datetime(2026, 11, 23, 8, 0), TODAY, True),
    (dt.datetime(2026, 11, 23, 8, 0), dt.date(2026, 11, 24), False),
    (dt.datetime(2026, 11, 23, 8, 0), dt.date(2026, 11, 22), False),
    # 18:30 in Copenhagen (17:30 UTC): a flight just after midnight is let in...
    (dt.datetime(2026, 11, 23, 17, 30), dt.date(2026, 11, 24), True),
    # ...but not at 16:30 local (15:30 UTC).
    (dt.datetime(2026, 11, 23, 15, 30), dt.date(2026, 11, 24), False),
    # 00:30 on the 24th in Copenhagen, still the 23rd in UTC: the 24th is today.
    (dt.datetime(2026, 11, 23, 23, 30), dt.date(2026, 11, 24), True),
    (dt.datetime(2026, 11, 23, 23, 30), dt.date(2026, 11, 25), False),
    # A late flight of the 23rd, delayed past midnight, until 06:00 local...
    (dt.datetime(2026, 11, 24, 4, 30), dt.date(2026, 11, 23), True),
    # ...not at 06:30 local (05:30 UTC, which is still before 06:00 in UTC).
    (dt.datetime(2026, 11, 24, 5, 30), dt.date(2026, 11, 23), False),
])
def test_the_flight_must_be_today_in_the_lounge_time_zone(
        desk_session: Session, clock: FakeClock, utc_now: dt.datetime, flight_date: dt.date,
        accepted: bool) -> None:
    clock.set(utc_now.replace(tzinfo=UTC))
    details = manual(flight_date=flight_date)
    if accepted:
        assert checkin.check_in(desk_session, CheckIn(details)).flight_date == flight_date
    else:
        with pytest.raises(checkin.NotToday, match="not today"):
            checkin.check_in(desk_session, CheckIn(details))
        assert Visit.select().count() == 0


def test_a_pass_scanned_on_new_years_eve_for_day_one_is_for_tomorrow(
        desk_session: Session, clock: FakeClock) -> None:
    clock.set(dt.datetime(2026, 12, 31, 22, 0, tzinfo=UTC))  # 23:00 local
    details = scanned(boarding_pass(day=1), scan_date=dt.date(2026, 12, 31))
    assert details.flight_date == dt.date(2027, 1, 1)
    assert checkin.check_in(desk_session, CheckIn(details)).flight_date == dt.date(2027, 1, 1)


def test_a_guest_who_is_not_eligible_may_pay(desk_session: Session) -> None:
    economy = scanned(boarding_pass(compartment="Y"))
    with pytest.raises(checkin.NotEligible) as refused:
        checkin.check_in(desk_session, CheckIn(economy))
    assert refused.value.paid_price == Decimal(45)
    assert "Economy class on SK 995" in str(refused.value.reason)
    assert Visit.select().count() == 0

    visit = checkin.check_in(desk_session, CheckIn(economy, paid=True))
    assert (visit.entitlement, visit.entitlement_rule, visit.amount_paid) == (
        Entitlement.PAID, "Paid entry", Decimal(45))


def test_a_duty_manager_admits_a_guest_with_their_pin_and_a_reason(
        desk_session: Session, team: dict[str, Staff]) -> None:
    economy = manual(compartment="Y")
    approval = Approval(team["manager"].id, MANAGER_PIN, "Delayed 5 hours")
    visit = checkin.check_in(desk_session, CheckIn(economy, approval=approval))
    assert visit.entitlement is Entitlement.EXCEPTION
    assert visit.exception_by_id == team["manager"].id
    assert visit.exception_reason == "Delayed 5 hours"
    approved = AuditEvent.get(AuditEvent.action == "staff.authorise")
    assert approved.staff.id == team["manager"].id and '"ok": true' in approved.detail
    checked = AuditEvent.get(AuditEvent.action == "visit.check_in")
    assert "Delayed" not in checked.detail and str(team["manager"].id) in checked.detail


def test_a_wrong_manager_pin_refuses_and_counts_towards_the_back_off(
        desk_session: Session, team: dict[str, Staff]) -> None:
    with pytest.raises(checkin.ExceptionRefused, match="Wrong PIN"):
        checkin.check_in(desk_session, CheckIn(
            manual(compartment="Y"), approval=Approval(team["manager"].id, "0000", "Delayed")))
    assert Visit.select().count() == 0
    assert Staff.get_by_id(team["manager"].id).failed_pins == 1, "the failure is kept"


def test_a_desk_agent_cannot_approve_an_exception(
        desk_session: Session, team: dict[str, Staff]) -> None:
    with pytest.raises(checkin.ExceptionRefused, match="may not approve"):
        checkin.check_in(desk_session, CheckIn(manual(compartment="Y"), approval=Approval(
            team["desk"].id, DESK_PIN, "Friend of mine")))
    with pytest.raises(checkin.PassDetailsRejected) as no_reason:
        checkin.check_in(desk_session, CheckIn(manual(compartment="Y"), approval=Approval(
            team["manager"].id, MANAGER_PIN, "   ")))
    assert "exception_reason" in no_reason.value.problems
    assert Visit.select().count() == 0


# --- the party ---------------------------------------------------------------


def test_companions_come_free_then_paid_up_to_the_allowance(desk_session: Session) -> None:
    # First class: one companion free, two more at 45 each.
    party = [CompanionDetails("Wang Fang"), CompanionDetails("Chen Jie"),
             CompanionDetails("", manual(surname="Chen", given_names="Mei"))]
    visit = checkin.check_in(desk_session, CheckIn(manual(compartment="F"), party=party))
    assert visit.party_size == 4 and visit.amount_paid == Decimal(90)
    rows = list(Companion.select().where(Companion.visit == visit.id).order_by(Companion.id))
    assert [(c.name, c.paid, c.amount_paid) for c in rows] == [
        ("Wang Fang", False, 0), ("Chen Jie", True, 45), ("Mei Chen", True, 45)]
    assert rows[2].guest is not None and rows[2].guest.given_names == "Mei"


def test_a_party_beyond_the_allowance_is_refused(desk_session: Session) -> None:
    party = [CompanionDetails(f"Companion {n}") for n in range(4)]
    with pytest.raises(checkin.PartyTooLarge, match="at most 3"):
        checkin.check_in(desk_session, CheckIn(manual(compartment="F"), party=party))
    assert Visit.select().count() == Companion.select().count() == 0


def test_a_companion_needs_a_name(desk_session: Session) -> None:
    with pytest.raises(checkin.PassDetailsRejected) as refused:
        checkin.check_in(desk_session, CheckIn(manual(), party=[CompanionDetails("  ")]))
    assert "companion_1" in refused.value.problems


# --- seating -----------------------------------------------------------------


def test_a_full_lounge_offers_the_waiting_list(desk_session: Session, clock: FakeClock) -> None:
    set_lobby(2)
    first = checkin.check_in(desk_session, CheckIn(manual(sequence="1", compartment="F"),
                             party=[CompanionDetails("Ib Jensen")]))
    assert first.status is VisitStatus.SEATED
    with pytest.raises(checkin.LoungeFull) as full:
        checkin.check_in(desk_session, CheckIn(manual(sequence="2", surname="Hansen")))
    assert (full.value.party_size, full.value.waiting) == (1, 0)
    assert Visit.select().count() == 1

    clock.advance(minutes=1)
    waiting = checkin.check_in(desk_session,
                               CheckIn(manual(sequence="2", surname="Hansen"), wait=True))
    assert waiting.status is VisitStatus.WAITING and waiting.space_id is None
    assert waiting.attendant_id is None
    entry = WaitingEntry.get(WaitingEntry.visit == waiting.id)
    assert entry.reason is WaitReason.LOUNGE_FULL and entry.started_at == waiting.arrived_at
    assert entry.ended_at is None


def test_a_waiting_guest_is_seated_when_a_seat_frees_up(
        desk_session: Session, clock: FakeClock) -> None:
    set_lobby(1)
    seated = checkin.check_in(desk_session, CheckIn(manual(sequence="1")))
    waiting = checkin.check_in(desk_session,
                               CheckIn(manual(sequence="2", surname="Berg"), wait=True))
    with pytest.raises(checkin.LoungeFull):
        checkin.seat_waiting(desk_session, waiting.id)
    checkin.check_out(desk_session, seated.id)
    later = clock.advance(minutes=12)
    now_seated = checkin.seat_waiting(desk_session, waiting.id)
    assert (now_seated.status, now_seated.seated_at) == (VisitStatus.SEATED, later)
    assert now_seated.space_kind is SpaceKind.LOBBY and now_seated.attendant_id is not None
    assert WaitingEntry.get(WaitingEntry.visit == waiting.id).ended_at == later
    with pytest.raises(ServiceError, match="not waiting"):
        checkin.seat_waiting(desk_session, waiting.id)


def test_boxes_and_vip_rooms_hold_one_party_at_a_time(desk_session: Session) -> None:
    first = checkin.check_in(desk_session, CheckIn(manual(sequence="1"), wish=SpaceKind.BOX))
    second = checkin.check_in(desk_session, CheckIn(manual(sequence="2", surname="Berg"),
                              wish=SpaceKind.BOX))
    assert first.space_kind is second.space_kind is SpaceKind.BOX
    assert first.space_id != second.space_id
    with pytest.raises(checkin.SpaceUnavailable):
        checkin.check_in(desk_session, CheckIn(manual(sequence="3", surname="Holm"),
                         space_id=first.space_id))
    vip = checkin.check_in(desk_session, CheckIn(manual(sequence="4", surname="Lund"),
                           wish=SpaceKind.VIP_ROOM))
    assert vip.space_kind is SpaceKind.VIP_ROOM


def test_a_wish_that_cannot_be_met_falls_back_to_the_lobby(desk_session: Session) -> None:
    Space.update(state=SpaceState.PREPARING).where(Space.kind == SpaceKind.VIP_ROOM).execute()
    assert seating.propose_space(desk_session, 2, SpaceKind.VIP_ROOM).kind is SpaceKind.LOBBY
    assert seating.propose_space(desk_session, 5, SpaceKind.BOX).kind is SpaceKind.LOBBY


def test_the_attendant_with_the_fewest_parties_gets_the_next_guest(
        desk_session: Session, team: dict[str, Staff]) -> None:
    second = Staff.create(lounge=team["admin"].lounge, name="Bo Attendant", role=Role.ATTENDANT,
                          created_at=desk_session.clock.now())
    first = checkin.check_in(desk_session, CheckIn(manual(sequence="1")))
    other = checkin.check_in(desk_session, CheckIn(manual(sequence="2", surname="Berg")))
    assert {first.attendant_id, other.attendant_id} == {team["attendant"].id, second.id}
    named = checkin.check_in(desk_session, CheckIn(manual(sequence="3", surname="Holm"),
                             attendant_id=second.id))
    assert named.attendant_id == second.id
    with pytest.raises(ServiceError, match="attendant"):
        checkin.check_in(desk_session, CheckIn(manual(sequence="4", surname="Lund"),
                         attendant_id=team["desk"].id))


def test_two_desks_racing_never_overfill_the_lobby(
        db_target: str | Path, db: object, clock: FakeClock, team: dict[str, Staff]) -> None:
    """Two desks, each a process of its own, check six guests in each, a pair at a time."""
    lobby = set_lobby(5)
    rounds = [[partial(race.check_in, CheckIn(manual(surname=f"Guest{n}x{turn}",
                                                     sequence=f"{n}{turn}")))
               for n in range(2)] for turn in range(6)]
    outcomes = race.race_processes(db_target, race.desks(
        team["desk"].lounge_id, signed_in(team["desk"]), clock.now(), rounds))
    said = sorted(outcome for turns in outcomes for outcome in turns)
    assert said == ["refused: LoungeFull"] * 7 + [f"seated in {lobby.id}"] * 5
    assert Visit.select().where(Visit.status == VisitStatus.SEATED).count() == 5


# --- check-out ---------------------------------------------------------------


@pytest.mark.parametrize("rating", [0, 6, -1, True, 2.5, "5"])
def test_a_rating_is_a_whole_number_from_one_to_five(desk_session: Session, rating: object) -> None:
    visit = checkin.check_in(desk_session, CheckIn(manual()))
    with pytest.raises(ServiceError, match="1 to 5"):
        checkin.check_out(desk_session, visit.id, rating)  # type: ignore[arg-type]
    assert Visit.get_by_id(visit.id).status is VisitStatus.SEATED


def test_check_out_records_the_time_the_rating_and_frees_the_seat(
        desk_session: Session, clock: FakeClock) -> None:
    set_lobby(1)
    visit = checkin.check_in(desk_session, CheckIn(manual(sequence="1")))
    waiting = checkin.check_in(desk_session,
                               CheckIn(manual(sequence="2", surname="Berg"), wait=True))
    assert seating.propose_space(desk_session, 1) is None
    left = clock.advance(minutes=50)
    assert checkin.check_out(desk_session, visit.id, 5).status is VisitStatus.CHECKED_OUT
    out = Visit.get_by_id(visit.id)
    assert (out.status, out.checked_out_at, out.rating) == (VisitStatus.CHECKED_OUT, left, 5)
    assert seating.propose_space(desk_session, 1) is not None, "the seat is free again"
    with pytest.raises(ServiceError, match="already checked out"):
        checkin.check_out(desk_session, visit.id)

    checkin.check_out(desk_session, waiting.id)
    assert WaitingEntry.get(WaitingEntry.visit == waiting.id).ended_at == left
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert (event.action, event.entity_id) == ("visit.check_out", waiting.id)
    assert "Berg" not in event.detail


# --- guests across visits ------------------------------------------------------


def test_a_returning_guest_is_recognised_with_what_we_know(
        desk_session: Session, clock: FakeClock, team: dict[str, Staff]) -> None:
    first = Visit.get_by_id(
        checkin.check_in(desk_session, CheckIn(scanned(boarding_pass()), language="zh")).id)
    Complaint.create(lounge=first.lounge, guest=first.guest, visit=first,
                     channel=Channel.IN_PERSON, kind=FeedbackKind.COMPLAINT,
                     category=Category.NOISE, severity=Severity.MEDIUM, guest_words="Too loud",
                     department=Department.FRONT_DESK, created_at=clock.now(),
                     created_by=team["desk"])
    checkin.check_out(desk_session, first.id, 2)
    guest = Guest.get_by_id(first.guest.id)
    guest.birthday, guest.preferences = dt.date(1980, 11, 24), "Green tea, window seat"
    guest.save()

    clock.advance(days=1)
    details = scanned(boarding_pass(day=328, sequence="0031 "), scan_date=TODAY + dt.timedelta(1))
    profile = guests.returning_guest(desk_session, details)
    assert profile is not None and profile.guest_id == guest.id
    assert (profile.address, profile.full_address) == ("Ms Chen", "Ms Chen Li")
    assert profile.earlier_visits == 1 and profile.last_visit_at == first.arrived_at
    assert profile.birthday_today and profile.preferences == "Green tea, window seat"
    assert profile.complaint_last_time is not None
    assert profile.complaint_last_time.category is Category.NOISE

    second = checkin.check_in(desk_session, CheckIn(details))
    assert second.guest_id == guest.id and Guest.select().count() == 1
    now = guests.guest_profile(desk_session, guest.id, current_visit_id=second.id)
    assert now.earlier_visits == 1 and now.complaint_last_time is not None


def test_a_first_time_guest_has_no_profile_and_no_complaint(desk_session: Session) -> None:
    assert guests.returning_guest(desk_session, manual()) is None
    visit = checkin.check_in(desk_session, CheckIn(manual()))
    profile = guests.guest_profile(desk_session, visit.guest_id, current_visit_id=visit.id)
    assert profile.earlier_visits == 0 and profile.last_visit_at is None
    assert profile.complaint_last_time is None and not profile.birthday_today
    assert profile.address == "Mrs Jensen" and profile.full_address == "Mrs Karen Jensen"


def test_namesakes_with_different_frequent_flyer_numbers_are_different_guests(
        desk_session: Session) -> None:
    one = checkin.check_in(desk_session, CheckIn(manual(sequence="1", frequent_flyer_airline="SK",
                                                frequent_flyer_number="EBA111111")))
    two = checkin.check_in(desk_session, CheckIn(manual(sequence="2", frequent_flyer_airline="SK",
                                                frequent_flyer_number="EBA222222")))
    again = checkin.check_in(desk_session, CheckIn(manual(sequence="3", surname="JENSEN",
                                                  given_names="KAREN", title="MRS",
                                                  frequent_flyer_airline="SK",
                                                  frequent_flyer_number="XYZ991111")))
    assert one.guest_id != two.guest_id and again.guest_id == one.guest_id
    # No number on the pass, two namesakes with numbers on file: no guessing.
    unsure = checkin.check_in(desk_session, CheckIn(manual(sequence="4")))
    assert unsure.guest_id not in (one.guest_id, two.guest_id)


def test_newer_facts_update_the_guest(desk_session: Session) -> None:
    first = checkin.check_in(desk_session, CheckIn(manual(sequence="1", title="", compartment="Y",
                                                  frequent_flyer_airline="SK",
                                                  frequent_flyer_number="EBA111111",
                                                  frequent_flyer_tier="Gold"), paid=True))
    second = checkin.check_in(desk_session, CheckIn(manual(sequence="2", title="DR",
                                                   frequent_flyer_airline="SK",
                                                   frequent_flyer_number="EBA111111",
                                                   frequent_flyer_tier="Diamond"), language="da"))
    guest = Guest.get_by_id(first.guest_id)
    assert second.guest_id == guest.id
    assert (guest.title, guest.language, guest.frequent_flyer_tier) == ("Dr", "da", "Diamond")
    assert guest.frequent_flyer_number == "*****1111"


# --- manual entry and bad input -------------------------------------------------


def test_manual_entry_is_validated_field_by_field(desk_session: Session) -> None:
    with pytest.raises(checkin.PassDetailsRejected) as refused:
        checkin.check_in(desk_session, CheckIn(manual(surname="", origin="C1H", carrier="S",
                                              flight_number="12345", seat="A12")))
    assert set(refused.value.problems) == {"surname", "origin", "carrier", "flight_number", "seat"}
    assert Visit.select().count() == Guest.select().count() == AuditEvent.select().where(
        AuditEvent.action == "visit.check_in").count() == 0


def test_an_invited_guest_without_a_flight_is_checked_in(desk_session: Session) -> None:
    details = PassDetails(surname="Andersen", given_names="Hans", invited=True)
    visit = checkin.check_in(desk_session,
                             CheckIn(details, party=[CompanionDetails("Grete Andersen")]))
    assert visit.entitlement is Entitlement.INVITATION and visit.flight_date is None
    assert visit.amount_paid == 0 and visit.party_size == 2


def test_naughty_strings_as_names_are_stored_exactly_or_refused_with_a_message(
        desk_session: Session) -> None:
    naughty = naughty_strings()
    stored = refused = 0
    for number, text in enumerate(naughty):
        # A given name of its own for each, so no two are taken for the same guest.
        details = PassDetails(surname=text, given_names=f"N{number}", invited=True)
        try:
            visit = checkin.check_in(desk_session, CheckIn(details, wait=True,
                                     party=[CompanionDetails(text)]))
        except checkin.PassDetailsRejected as error:
            assert error.problems and all(error.problems.values()), text
            refused += 1
            continue
        guest = Guest.get_by_id(visit.guest_id)
        assert guest.surname == " ".join(text.split()), number
        assert Companion.get(Companion.visit == visit.id).name == " ".join(text.split())
        guests.guest_profile(desk_session, guest.id, current_visit_id=visit.id)
        stored += 1
    assert stored > 400 and refused > 0
    assert checkin.guests_in_lounge(desk_session, "'; DROP TABLE visit; --") == []


# --- queries -------------------------------------------------------------------


def test_guests_in_the_lounge_are_found_by_name_or_flight_in_one_list_query(
        desk_session: Session) -> None:
    chen = checkin.check_in(desk_session, CheckIn(scanned(boarding_pass())))
    jensen = checkin.check_in(desk_session, CheckIn(manual()))
    gone = checkin.check_in(desk_session, CheckIn(manual(sequence="9", surname="Berg")))
    checkin.check_out(desk_session, gone.id)

    with assert_query_count(2):  # the agent's current role (session.py), then the list
        everyone = checkin.guests_in_lounge(desk_session)
        names = [(v.surname, v.space_name) for v in everyone]  # what the lists show
    assert [v.visit_id for v in everyone] == [chen.id, jensen.id]
    assert names[0] == ("CHEN", "Lobby")
    def found(text: str) -> list[int]:
        return [v.visit_id for v in checkin.guests_in_lounge(desk_session, text)]

    assert found("chen") == found("sk 99") == [chen.id]
    assert found("Karen Jensen") == found("SK501") == [jensen.id]
    assert checkin.guests_in_lounge(desk_session, "%") == []
    assert checkin.guests_in_lounge(desk_session, "x" * 10_000) == []

    visit_found = checkin.find_visit(desk_session, chen.id)
    assert visit_found is not None and visit_found.surname == "CHEN"
    assert checkin.find_visit(desk_session, 10_000) is None


def test_a_visit_of_another_lounge_is_not_found(desk_session: Session) -> None:
    visit = checkin.check_in(desk_session, CheckIn(manual()))
    other = Lounge.create(name="Other", airport="ARN", timezone="Europe/Stockholm",
                          created_at=desk_session.clock.now())
    desk_session.lounge_id = other.id
    assert checkin.find_visit(desk_session, visit.id) is None
    with pytest.raises(ServiceError):
        checkin.check_out(desk_session, visit.id)
