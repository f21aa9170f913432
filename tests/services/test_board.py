"""The lounge board's read and its actions: move, hand over, space states, capacity races."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

import pytest
from playhouse.test_utils import assert_query_count

from tests.conftest import MANAGER_PIN
from tests.helpers import race
from vipdesk.clock import FakeClock
from vipdesk.domain.eligibility import CompanionDetails, PassDetails
from vipdesk.domain.vocabulary import Role, SpaceKind, SpaceState, WaitReason
from vipdesk.domain.waiting import WaitStage
from vipdesk.services import board, checkin, departures, seating, waiting
from vipdesk.services import staff as staff_service
from vipdesk.services.checkin import Approval, CheckIn
from vipdesk.services.session import NotSignedIn, ServiceError, Session, signed_in
from vipdesk.services.visit_records import VisitRecord
from vipdesk.storage.models import AuditEvent, Space, Staff, Visit

TODAY = dt.date(2026, 11, 23)  # the conftest clock: 09:00 in Copenhagen
UTC = dt.UTC


def arrive(session: Session, surname: str, *, party: int = 1, flight: str = "501",
           space: Space | None = None, wait: bool = False, wish: SpaceKind | None = None
           ) -> VisitRecord:
    """Check a party in through the desk's service: first class, or a manager admits a big one."""
    sequence = str(Visit.select().count() + 1)
    details = PassDetails(
        surname=surname, given_names="Karen", title="Mrs", origin="CPH", destination="LHR",
        carrier="SK", flight_number=flight, flight_date=TODAY,
        compartment="F" if party <= 3 else "Y", seat="1A", sequence=sequence)
    companions = [CompanionDetails(f"Companion {n} {surname}") for n in range(party - 1)]
    approval = None
    if party > 3:
        manager = Staff.get(Staff.role == Role.DUTY_MANAGER)
        approval = Approval(manager.id, MANAGER_PIN, "Family travelling together")
    return checkin.check_in(session, CheckIn(
        details, party=companions, wait=wait, wish=wish, space_id=space.id if space else None,
        approval=approval))


def space(name: str) -> Space:
    return Space.get(Space.name == name)


def only(session: Session, **capacity: int) -> None:
    """Keep only the named spaces active, with these capacities."""
    Space.update(active=False).execute()
    for name, seats in capacity.items():
        Space.update(active=True, capacity=seats).where(
            Space.name == name.replace("_", " ")).execute()


# --- the read ------------------------------------------------------------------------------


def test_the_board_shows_spaces_parties_waits_attendants_and_departures(
        desk_session: Session, clock: FakeClock, team: dict[str, Staff]) -> None:
    departures.import_departures_csv(
        desk_session, "flight,departure,gate,boarding\nSK 501,09:30,A12,09:10\n"
        "SK 777,13:00,B3,12:30\n", TODAY)
    Space.update(capacity=1).where(Space.kind == SpaceKind.LOBBY).execute()
    chen = arrive(desk_session, "Chen", party=2, space=space("Box 1"))
    berg = arrive(desk_session, "Berg", flight="777")
    lund = arrive(desk_session, "Lund", wait=True)  # the lobby is full
    clock.advance(minutes=11)

    data = board.board(desk_session)

    box = next(s for s in data.spaces if s.name == "Box 1")
    assert (box.state, box.stored_state, box.people, box.free_seats) == (
        SpaceState.OCCUPIED, SpaceState.FREE, 2, 0)
    party = box.parties[0]
    assert (party.visit_id, party.guest_name, party.party_size, party.flight, party.gate) == (
        chen.id, "Mrs Karen Chen", 2, "SK 501", "A12")
    assert party.boarding_at == dt.datetime(2026, 11, 23, 8, 10, tzinfo=UTC)
    assert party.boarding_soon and not party.informed, "boards at 09:10, it is 09:11"
    assert party.attendant_name == "Ali Attendant"
    lobby = next(s for s in data.spaces if s.kind is SpaceKind.LOBBY)
    assert [p.visit_id for p in lobby.parties] == [berg.id]
    assert not lobby.parties[0].boarding_soon, "SK 777 boards at 13:30"
    assert lobby.free_seats == 0
    assert [(w.visit_id, w.stage) for w in data.waits] == [(lund.id, WaitStage.AMBER)]
    assert data.waiting_parties[lund.id].flight == "SK 501"
    assert [(a.name, [p.visit_id for p in a.parties]) for a in data.attendants] == [
        ("Ali Attendant", [chen.id, berg.id])]
    assert [d.flight for d in data.departures] == ["SK 501", "SK 777"]
    assert [p.visit_id for p in data.boarding_soon] == [chen.id, lund.id]

    departures.mark_informed(desk_session, chen.id)
    assert not board.board(desk_session).party(chen.id).boarding_soon


def test_the_board_is_read_in_five_queries_however_many_parties(desk_session: Session) -> None:
    for n in range(12):
        arrive(desk_session, f"Guest{n}", wait=n >= 8)  # the queue last: nobody passes it
    desk_session.lounge  # noqa: B018  (read once: between actions the desk keeps it)
    with assert_query_count(5 + 1):  # and one pragma: has another desk written since?
        board.board(desk_session)


def test_a_reserved_or_prepared_room_shows_its_state_and_is_not_offered(
        desk_session: Session, clock: FakeClock) -> None:
    only(desk_session, VIP_Room_1=8, Lobby=1)
    until = clock.now() + dt.timedelta(hours=1)
    reserved = board.set_space_state(desk_session, space("VIP Room 1").id, SpaceState.RESERVED,
                                     reserved_for="  Mr   Tanaka ", reserved_until=until)
    assert (reserved.state, reserved.reserved_for, reserved.free_seats) == (
        SpaceState.RESERVED, "Mr Tanaka", 0), "the space as it is now, not its row"
    row = next(s for s in board.board(desk_session).spaces if s.name == "VIP Room 1")
    assert (row.state, row.reserved_for, row.reserved_until, row.free_seats) == (
        SpaceState.RESERVED, "Mr Tanaka", until, 0)
    assert seating.propose_space(desk_session, 2, SpaceKind.VIP_ROOM) is None
    board.set_space_state(desk_session, space("VIP Room 1").id, SpaceState.PREPARING)
    assert Space.get(Space.name == "VIP Room 1").reserved_for is None
    with pytest.raises(seating.SpaceUnavailable):
        arrive(desk_session, "Sato", space=space("VIP Room 1"))
    board.set_space_state(desk_session, space("VIP Room 1").id, SpaceState.FREE)
    assert seating.propose_space(desk_session, 2, SpaceKind.VIP_ROOM).name == "VIP Room 1"
    assert [e.detail for e in AuditEvent.select().where(AuditEvent.action == "space.state")] == [
        '{"state": "reserved"}', '{"state": "preparing"}', '{"state": "free"}']


@pytest.mark.parametrize(("state", "kwargs", "message"), [
    ("occupied", {}, "occupied while a party"),
    ("broken", {}, "free, being prepared or reserved"),
    ("reserved", {}, "name of the guest"),
    ("reserved", {"reserved_for": "Mr X"}, "time the space is reserved until"),
    ("reserved", {"reserved_for": "Mr X", "reserved_until": dt.datetime(2026, 11, 23, 7, 0,
                                                                         tzinfo=UTC)},
     "already passed"),
    ("reserved", {"reserved_for": "x" * 201,
                  "reserved_until": dt.datetime(2026, 11, 23, 9, 0, tzinfo=UTC)}, "at most 200"),
])
def test_space_state_refusals(desk_session: Session, state: str, kwargs: dict[str, object],
                              message: str) -> None:
    with pytest.raises(ServiceError, match=message):
        board.set_space_state(desk_session, space("Box 2").id, state, **kwargs)  # type: ignore[arg-type]
    assert Space.get(Space.name == "Box 2").state is SpaceState.FREE


def test_the_lobby_has_no_state_and_an_occupied_room_cannot_be_prepared(
        desk_session: Session) -> None:
    with pytest.raises(ServiceError, match="open seating"):
        board.set_space_state(desk_session, space("Lobby").id, SpaceState.PREPARING)
    arrive(desk_session, "Chen", space=space("Box 3"))
    with pytest.raises(ServiceError, match="A party is seated in Box 3"):
        board.set_space_state(desk_session, space("Box 3").id, SpaceState.PREPARING)


# --- moving and handing over -----------------------------------------------------------------


def test_a_box_of_four_refuses_a_party_of_five_and_takes_a_party_of_four(
        desk_session: Session) -> None:
    five = arrive(desk_session, "Five", party=5)
    four = arrive(desk_session, "Four", party=4)
    assert Visit.get_by_id(five.id).space.kind is SpaceKind.LOBBY
    with pytest.raises(seating.SpaceUnavailable, match="Box 1 cannot take a party of 5"):
        board.move_party(desk_session, five.id, space("Box 1").id)
    moved = board.move_party(desk_session, four.id, space("Box 1").id)
    assert Visit.get_by_id(moved.id).space.name == moved.space_name == "Box 1"
    with pytest.raises(seating.SpaceUnavailable, match="Box 1"):
        board.move_party(desk_session, five.id, space("Box 1").id)
    with pytest.raises(ServiceError, match="already in Box 1"):
        board.move_party(desk_session, four.id, space("Box 1").id)
    assert [e.detail for e in AuditEvent.select().where(AuditEvent.action == "visit.move")] == [
        f'{{"space_from": {space("Lobby").id}, "space_to": {space("Box 1").id}, '
        '"waits_ended": 0}']


def test_moving_into_a_full_lobby_is_refused(desk_session: Session) -> None:
    only(desk_session, Lobby=5, Box_1=4)
    in_box = arrive(desk_session, "Box", party=3, space=space("Box 1"))
    arrive(desk_session, "Lobby", party=2)
    arrive(desk_session, "More", party=1)
    with pytest.raises(seating.SpaceUnavailable, match="Lobby cannot take a party of 3"):
        board.move_party(desk_session, in_box.id, space("Lobby").id)
    arrive(desk_session, "Last", party=2)
    lobby = next(s for s in board.board(desk_session).spaces if s.kind is SpaceKind.LOBBY)
    assert (lobby.people, lobby.free_seats) == (5, 0)
    with pytest.raises(seating.LoungeFull):
        arrive(desk_session, "Too many")


def test_a_move_ends_the_wait_of_a_seated_guest_waiting_for_a_room(
        desk_session: Session) -> None:
    visit = arrive(desk_session, "Chen")
    waiting.put_on_waiting_list(desk_session, visit.id, WaitReason.ROOM_PREPARING,
                                SpaceKind.VIP_ROOM)
    board.move_party(desk_session, visit.id, space("VIP Room 2").id)
    assert waiting.open_waits(desk_session) == []


def test_only_seated_parties_of_this_lounge_move(desk_session: Session) -> None:
    Space.update(capacity=0).where(Space.kind == SpaceKind.LOBBY).execute()
    waits = arrive(desk_session, "Chen", wait=True)
    Space.update(capacity=10).where(Space.kind == SpaceKind.LOBBY).execute()
    with pytest.raises(ServiceError, match="not seated"):
        board.move_party(desk_session, waits.id, space("Box 1").id)
    with pytest.raises(ServiceError, match="not on file"):
        board.move_party(desk_session, 9999, space("Box 1").id)
    seated = checkin.seat_waiting(desk_session, waits.id)  # the queue first, then anyone new
    with pytest.raises(ServiceError, match="no longer exists"):
        board.move_party(desk_session, seated.id, 9999)


def test_hand_over_to_an_attendant_by_name(desk_session: Session,
                                           team: dict[str, Staff]) -> None:
    visit = arrive(desk_session, "Chen")
    bo = staff_service.add_staff(desk_session.__class__(
        db=desk_session.db, clock=desk_session.clock, lounge_id=desk_session.lounge_id,
        staff=team["admin"]), "Bo Attendant", Role.ATTENDANT, None)
    handed = board.hand_over(desk_session, visit.id, bo.id)
    assert (handed.attendant_id, handed.attendant_name) == (bo.id, "Bo Attendant")
    data = board.board(desk_session)
    assert {a.name: [p.visit_id for p in a.parties] for a in data.attendants} == {
        "Ali Attendant": [], "Bo Attendant": [visit.id]}
    with pytest.raises(ServiceError, match="not on the team"):
        board.hand_over(desk_session, visit.id, team["desk"].id)
    assert Visit.get_by_id(visit.id).attendant_id == bo.id


def test_the_board_actions_need_someone_signed_in(desk_session: Session) -> None:
    visit = arrive(desk_session, "Chen")
    staff_service.sign_out(desk_session)
    for act in (lambda: board.move_party(desk_session, visit.id, space("Box 1").id),
                lambda: board.hand_over(desk_session, visit.id, 1),
                lambda: board.set_space_state(desk_session, space("Box 1").id, "preparing")):
        with pytest.raises(NotSignedIn):
            act()
    assert Visit.get_by_id(visit.id).space.kind is SpaceKind.LOBBY


# --- two desks racing --------------------------------------------------------------------------


def test_two_desks_racing_for_the_last_seat_of_a_box(
        db_target: str | Path, db: object, clock: FakeClock, team: dict[str, Staff]) -> None:
    """Two desks, each a process of its own, move a party each into the same free box at once."""
    desk = Session(db=db, clock=clock, lounge_id=team["desk"].lounge_id,  # type: ignore[arg-type]
                   staff=signed_in(team["desk"]))
    parties = [arrive(desk, f"Racer{n}", party=2) for n in range(6)]
    box = space("Box 1")
    rounds = [[partial(race.move_party, visit.id, box.id) for visit in pair]
              for pair in zip(parties[0::2], parties[1::2], strict=True)]
    outcomes = race.race_processes(db_target, race.desks(
        team["desk"].lounge_id, signed_in(team["desk"]), clock.now(), rounds))
    said = sorted(outcome for turns in outcomes for outcome in turns)
    assert said == ["done"] + ["refused: SpaceUnavailable"] * 5
    assert Visit.select().where(Visit.space == box.id).count() == 1
