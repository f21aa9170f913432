"""Seating decisions as the desk meets them: the refusals' words, the space list, and which
attendant gets the next party (services/seating.py, issue 17's mutation run)."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.domain.eligibility import PassDetails
from vipdesk.domain.vocabulary import Role, SpaceKind, SpaceState
from vipdesk.services import checkin, seating
from vipdesk.services.checkin import CheckIn
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import Shift, Space, Staff

TODAY = dt.date(2026, 11, 23)  # the conftest clock: 09:00 in Copenhagen


def guest(surname: str, number: int) -> PassDetails:
    return PassDetails(surname=surname, given_names="Karen", title="Mrs", origin="CPH",
                       destination="LHR", carrier="SK", flight_number="501", flight_date=TODAY,
                       compartment="F", seat="1A", sequence=str(number))


def space_id(name: str) -> int:
    return int(Space.get(Space.name == name).id)


def only_the_lobby(capacity: int) -> None:
    Space.update(capacity=capacity).where(Space.kind == SpaceKind.LOBBY).execute()
    Space.update(active=False).where(Space.kind != SpaceKind.LOBBY).execute()


def test_a_full_lounge_says_the_party_size_and_how_many_wait(desk_session: Session) -> None:
    only_the_lobby(1)
    checkin.check_in(desk_session, CheckIn(guest("Chen", 1)))
    with pytest.raises(seating.LoungeFull) as full:
        checkin.check_in(desk_session, CheckIn(guest("Berg", 2)))
    assert str(full.value) == ("The lounge has no room for a party of 1 right now "
                               "(0 already waiting). Offer the waiting list.")
    checkin.check_in(desk_session, CheckIn(guest("Berg", 2), wait=True))
    with pytest.raises(seating.LoungeFull) as still_full:
        checkin.check_in(desk_session, CheckIn(guest("Holm", 3), past_queue=True))
    assert (still_full.value.party_size, still_full.value.waiting) == (1, 1)
    assert "(1 already waiting)" in str(still_full.value)


def test_a_refused_space_says_who_sits_there_and_what_to_do(desk_session: Session) -> None:
    checkin.check_in(desk_session, CheckIn(guest("Chen", 1), space_id=space_id("Box 1")))
    with pytest.raises(seating.SpaceUnavailable) as refused:
        checkin.check_in(desk_session, CheckIn(guest("Berg", 2), space_id=space_id("Box 1")))
    assert str(refused.value) == (
        "Box 1 cannot take a party of 1 now: another party is seated in it (1/4 seated). "
        "Please choose another space, or offer the waiting list.")


def test_the_space_list_shows_each_active_space_with_who_sits_in_it(
        desk_session: Session) -> None:
    Space.update(active=False).where(Space.name == "Box 6").execute()
    checkin.check_in(desk_session, CheckIn(guest("Chen", 1), space_id=space_id("Box 2")))
    checkin.check_in(desk_session, CheckIn(guest("Berg", 2)))
    checkin.check_in(desk_session, CheckIn(guest("Holm", 3)))
    spaces = seating.spaces_now(desk_session)
    assert [space.name for space in spaces] == [
        "Lobby", "Box 1", "Box 2", "Box 3", "Box 4", "Box 5", "VIP Room 1", "VIP Room 2"]
    seated = {space.name: (space.people, space.parties) for space in spaces}
    assert seated["Lobby"] == (2, 2) and seated["Box 2"] == (1, 1) and seated["Box 1"] == (0, 0)
    assert [space.free_seats for space in spaces][:3] == [118, 4, 0]


def test_a_named_attendant_must_still_be_on_the_team(desk_session: Session,
                                                     team: dict[str, Staff]) -> None:
    assert seating.named_attendant(desk_session, team["attendant"].id).id == team["attendant"].id
    for not_an_attendant in (team["desk"].id, 999_999):
        with pytest.raises(ServiceError) as refused:
            seating.named_attendant(desk_session, not_an_attendant)
        assert str(refused.value) == (
            "This attendant is not on the team any more; please choose another.")


def test_the_least_busy_attendant_on_shift_gets_the_party_ties_by_name(
        desk_session: Session, team: dict[str, Staff]) -> None:
    lounge = team["admin"].lounge
    now = desk_session.clock.now()
    ali = team["attendant"]
    bo = Staff.create(lounge=lounge, name="Bo Attendant", role=Role.ATTENDANT, created_at=now)
    aa = Staff.create(lounge=lounge, name="Aa Attendant", role=Role.ATTENDANT, created_at=now)
    # Nobody on shift: any attendant, the first by name.
    assert seating.least_busy_attendant(desk_session).id == aa.id
    # On shift: only those, the fewest parties first, then by name.
    for member in (ali, bo):
        Shift.create(lounge=lounge, staff=member, started_at=now - dt.timedelta(hours=1))
    Shift.create(lounge=lounge, staff=aa, started_at=now - dt.timedelta(hours=9),
                 ended_at=now - dt.timedelta(hours=1))
    assert seating.least_busy_attendant(desk_session).id == ali.id
    first = checkin.check_in(desk_session, CheckIn(guest("Chen", 1)))
    assert first.attendant_id == ali.id
    assert checkin.check_in(desk_session, CheckIn(guest("Berg", 2))).attendant_id == bo.id
    assert checkin.check_in(desk_session, CheckIn(guest("Holm", 3))).attendant_id == ali.id
    assert seating.attendant_for(desk_session, aa.id).id == aa.id


def test_a_lounge_without_attendants_hands_the_party_to_nobody(
        desk_session: Session, team: dict[str, Staff]) -> None:
    Staff.update(active=False).where(Staff.role == Role.ATTENDANT).execute()
    assert seating.least_busy_attendant(desk_session) is None
    assert checkin.check_in(desk_session, CheckIn(guest("Chen", 1))).attendant_id is None


def test_the_proposed_space_is_the_wished_kind_else_the_lobby_else_none(
        desk_session: Session) -> None:
    proposed = seating.propose_space(desk_session, 2, SpaceKind.VIP_ROOM)
    assert proposed is not None and proposed.name == "VIP Room 1"
    proposed = seating.propose_space(desk_session, 9, SpaceKind.VIP_ROOM)
    assert proposed is not None and proposed.name == "Lobby"
    only_the_lobby(1)
    assert seating.propose_space(desk_session, 2, None) is None


def test_only_parties_seated_now_make_an_attendant_busy(desk_session: Session,
                                                        team: dict[str, Staff]) -> None:
    ali = team["attendant"]
    bo = Staff.create(lounge=ali.lounge, name="Bo Attendant", role=Role.ATTENDANT,
                      created_at=desk_session.clock.now())
    first, second, third = (checkin.check_in(desk_session, CheckIn(guest(name, n)))
                            for n, name in enumerate(("Chen", "Berg", "Holm"), start=1))
    assert [first.attendant_id, second.attendant_id, third.attendant_id] == [ali.id, bo.id, ali.id]
    checkin.check_out(desk_session, first.id)
    checkin.check_out(desk_session, third.id)
    # Ali looked after two parties who have left, Bo after one still seated.
    assert checkin.check_in(desk_session, CheckIn(guest("Lund", 4))).attendant_id == ali.id


def test_the_space_list_and_the_proposal_follow_the_lounges_order(desk_session: Session) -> None:
    Space.update(position=9).execute()
    Space.update(position=0).where(Space.name == "VIP Room 2").execute()
    Space.update(position=1).where(Space.name == "Box 4").execute()
    names = [space.name for space in seating.spaces_now(desk_session)]
    assert names[:3] == ["VIP Room 2", "Box 4", "Lobby"]
    assert names[3:] == ["Box 1", "Box 2", "Box 3", "Box 5", "Box 6", "VIP Room 1"]  # ties by id
    proposed = seating.propose_space(desk_session, 2, SpaceKind.BOX)
    assert proposed is not None and proposed.name == "Box 4"


def test_a_party_that_left_frees_its_box(desk_session: Session) -> None:
    first = checkin.check_in(desk_session, CheckIn(guest("Chen", 1), space_id=space_id("Box 1")))
    checkin.check_out(desk_session, first.id)
    box = next(space for space in seating.spaces_now(desk_session) if space.name == "Box 1")
    assert (box.people, box.parties, box.free_seats) == (0, 0, 4)
    again = checkin.check_in(desk_session, CheckIn(guest("Berg", 2), space_id=space_id("Box 1")))
    assert again.space_id == space_id("Box 1")


def test_a_closed_space_chosen_by_the_desk_is_refused(desk_session: Session) -> None:
    Space.update(active=False).where(Space.name == "Box 6").execute()
    with pytest.raises(seating.SpaceUnavailable) as refused:
        checkin.check_in(desk_session, CheckIn(guest("Chen", 1), space_id=space_id("Box 6")))
    assert str(refused.value) == (
        "Box 6 cannot take a party of 1 now: it is closed (0/4 seated). "
        "Please choose another space, or offer the waiting list.")


def test_the_space_list_says_for_whom_and_until_when_a_space_is_reserved(
        desk_session: Session) -> None:
    until = desk_session.clock.now() + dt.timedelta(hours=2)
    Space.update(state=SpaceState.RESERVED, reserved_for="Mr Berg's party",
                 reserved_until=until).where(Space.name == "VIP Room 1").execute()
    spaces = {space.name: space for space in seating.spaces_now(desk_session)}
    room, box = spaces["VIP Room 1"], spaces["Box 1"]
    assert (room.state, room.reserved_for, room.reserved_until) == (
        SpaceState.RESERVED, "Mr Berg's party", until)
    assert (box.reserved_for, box.reserved_until) == ("", None)
