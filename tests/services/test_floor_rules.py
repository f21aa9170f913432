"""The floor rules a lounge expects (issue 11): the waiting list for a box, nobody seated past a
queue without the desk knowing, a refusal that says why, boarding that has begun, and what a
guest is still owed when they leave."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.clock import FakeClock
from vipdesk.domain.complaints import FeedbackInput, Promise
from vipdesk.domain.eligibility import CompanionDetails, PassDetails
from vipdesk.domain.vocabulary import (
    Category,
    FeedbackKind,
    SpaceKind,
    SpaceState,
    VisitStatus,
    WaitReason,
)
from vipdesk.services import checkin, complaints, departures, seating
from vipdesk.services.checkin import CheckIn
from vipdesk.services.session import Session
from vipdesk.storage.models import Space, Staff, Visit, WaitingEntry

TODAY = dt.date(2026, 11, 23)  # the conftest clock: 09:00 in Copenhagen


def guest(surname: str, number: int, **changes: object) -> PassDetails:
    fields: dict[str, object] = dict(
        surname=surname, given_names="Karen", title="Mrs", origin="CPH", destination="LHR",
        carrier="SK", flight_number="501", flight_date=TODAY, compartment="F", seat="1A",
        sequence=str(number))
    fields.update(changes)
    return PassDetails(**fields)  # type: ignore[arg-type]


def space(name: str) -> Space:
    return Space.get(Space.name == name)


def fill_lobby() -> None:
    Space.update(capacity=0).where(Space.kind == SpaceKind.LOBBY).execute()


def open_lobby(capacity: int = 40) -> None:
    Space.update(capacity=capacity).where(Space.kind == SpaceKind.LOBBY).execute()


# --- the waiting list for a box ------------------------------------------------------------


def test_the_waiting_list_takes_a_guest_who_wants_a_box_even_when_the_lobby_has_room(
        desk_session: Session) -> None:
    for number in range(1, 7):  # all six boxes taken; the lobby has 120 seats free
        checkin.check_in(desk_session, CheckIn(guest(f"Box{number}", number), wish=SpaceKind.BOX))
    assert Space.get(Space.kind == SpaceKind.LOBBY).visits.count() == 0

    visit = checkin.check_in(desk_session,
                             CheckIn(guest("Chen", 10), wish=SpaceKind.BOX, wait=True))

    assert visit.status is VisitStatus.WAITING and visit.space_id is None
    wait = WaitingEntry.get(WaitingEntry.visit == visit.id)
    assert (wait.wanted_kind, wait.reason) == (SpaceKind.BOX, WaitReason.LOUNGE_FULL)


def test_the_waiting_list_never_seats_even_when_the_space_wanted_is_free(
        desk_session: Session) -> None:
    visit = checkin.check_in(desk_session, CheckIn(guest("Chen", 1), space_id=space("Box 1").id,
                             wait=True))
    assert visit.status is VisitStatus.WAITING and visit.space_id is None
    wait = WaitingEntry.get(WaitingEntry.visit == visit.id)
    assert (wait.wanted_kind, wait.reason) == (SpaceKind.BOX, WaitReason.DESK_QUEUE)


# --- seating past a queue ------------------------------------------------------------------


def test_a_new_arrival_is_not_seated_past_the_queue_without_the_desk_knowing(
        desk_session: Session, clock: FakeClock) -> None:
    fill_lobby()
    first = checkin.check_in(desk_session, CheckIn(guest("Holm", 1), wait=True))
    clock.advance(minutes=5)
    checkin.check_in(desk_session, CheckIn(guest("Berg", 2), wait=True))
    clock.advance(minutes=20)
    open_lobby()

    with pytest.raises(checkin.SeatingPastQueue) as queue:
        checkin.check_in(desk_session, CheckIn(guest("Sato", 3)))
    assert next(w.visit_id for w in queue.value.waits) == first.id
    assert len(queue.value.waits) == 2
    assert "Mrs Karen Holm has waited 25 minutes" in str(queue.value)
    assert Visit.select().where(Visit.status == VisitStatus.SEATED).count() == 0

    seated = checkin.check_in(desk_session, CheckIn(guest("Sato", 3), past_queue=True))
    assert seated.status is VisitStatus.SEATED


def test_only_a_queue_for_the_same_kind_of_space_that_would_fit_counts(
        desk_session: Session) -> None:
    fill_lobby()
    checkin.check_in(desk_session, CheckIn(guest("Room", 1), wish=SpaceKind.VIP_ROOM, wait=True))
    open_lobby(capacity=2)
    checkin.check_in(desk_session, CheckIn(guest("Big", 2),
                     party=[CompanionDetails("Ib Big"), CompanionDetails("Bo Big")], wait=True))
    # A VIP-room wait does not block the lobby; a party of three cannot sit in two seats.
    assert checkin.check_in(desk_session, CheckIn(guest("Sato", 3))).space_kind is SpaceKind.LOBBY
    with pytest.raises(checkin.SeatingPastQueue):
        checkin.check_in(desk_session, CheckIn(guest("Lund", 4), wish=SpaceKind.VIP_ROOM))


# --- spaces and refusals -------------------------------------------------------------------


def test_a_refused_space_says_why(desk_session: Session) -> None:
    Space.update(state=SpaceState.PREPARING).where(Space.name == "Box 2").execute()
    checkin.check_in(desk_session, CheckIn(guest("Chen", 1), space_id=space("Box 1").id))

    with pytest.raises(checkin.SpaceUnavailable) as occupied:
        checkin.check_in(desk_session, CheckIn(guest("Berg", 2), space_id=space("Box 1").id))
    assert occupied.value.problem == "occupied"
    assert "another party is seated in it" in str(occupied.value)
    with pytest.raises(checkin.SpaceUnavailable) as preparing:
        checkin.check_in(desk_session, CheckIn(guest("Berg", 2), space_id=space("Box 2").id))
    assert preparing.value.problem == "preparing"
    assert "being prepared" in str(preparing.value)


def test_the_assessment_lists_every_space_as_it_is_now(desk_session: Session) -> None:
    Space.update(state=SpaceState.PREPARING).where(Space.name == "Box 2").execute()
    checkin.check_in(desk_session, CheckIn(guest("Chen", 1), space_id=space("Box 1").id,
                     party=[CompanionDetails("Ib Chen")]))

    spaces = {s.name: s for s in checkin.assess(desk_session, guest("Berg", 2)).spaces}

    assert (spaces["Box 1"].state, spaces["Box 1"].people) == (SpaceState.OCCUPIED, 2)
    assert spaces["Box 2"].state is SpaceState.PREPARING
    assert [s.name for s in spaces.values()] == [s.name for s in seating.active_spaces(
        desk_session)]


# --- boarding that has begun ---------------------------------------------------------------


def test_the_assessment_says_when_boarding_has_begun(
        desk_session: Session, clock: FakeClock) -> None:
    departures.import_departures_csv(
        desk_session, "flight,departure,gate,boarding\nSK 501,09:30,A12,08:50\n"
        "SK 777,13:00,B3,\n", TODAY)

    late = checkin.assess(desk_session, guest("Chen", 1)).boarding
    assert late is not None and late.begun and not late.assumed
    assert late.at == dt.datetime(2026, 11, 23, 7, 50, tzinfo=dt.UTC)

    later = checkin.assess(desk_session, guest("Berg", 2, flight_number="777")).boarding
    assert later is not None and not later.begun and later.assumed
    assert checkin.assess(desk_session, guest("Holm", 3, flight_number="9")).boarding is None


# --- what the guest is still owed at check-out ----------------------------------------------


def test_check_out_finds_the_guests_open_complaint_and_unkept_promise(
        desk_session: Session, clock: FakeClock, team: dict[str, Staff]) -> None:
    visit = checkin.check_in(desk_session, CheckIn(guest("Chen", 1)))
    other = checkin.check_in(desk_session, CheckIn(guest("Berg", 2)))
    assert complaints.open_for_check_out(desk_session, visit.id) == []
    promise = Promise(due_at=clock.now() + dt.timedelta(minutes=30),
                      owner_id=team["desk"].id, how="at the desk")
    logged = complaints.log_feedback(desk_session, FeedbackInput(
        kind=FeedbackKind.COMPLAINT, category=Category.FOOD_AND_BEVERAGE,
        guest_words="The soup was cold.", guest_id=visit.guest_id, visit_id=visit.id,
        promise=promise))
    complaints.log_feedback(desk_session, FeedbackInput(
        kind=FeedbackKind.PRAISE, category=Category.STAFF, guest_words="Lovely staff.",
        guest_id=visit.guest_id, visit_id=visit.id))

    owed = complaints.open_for_check_out(desk_session, visit.id)

    assert [row.id for row in owed] == [logged.id]
    assert owed[0].promise_pending and owed[0].guest_words == "The soup was cold."
    assert complaints.open_for_check_out(desk_session, other.id) == []
