"""Whether a space can take a party now, and where the next party goes: the seating rule."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.domain import seating
from vipdesk.domain.seating import SpaceNow, SpaceProblem
from vipdesk.domain.vocabulary import SpaceKind, SpaceState

NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)


def space(kind: SpaceKind = SpaceKind.LOBBY, capacity: int = 10, people: int = 0,
          parties: int = 0, state: SpaceState = SpaceState.FREE, active: bool = True,
          space_id: int = 1) -> SpaceNow:
    return SpaceNow(space_id=space_id, name=f"{kind} {space_id}", kind=kind, capacity=capacity,
                    stored_state=state, people=people, parties=parties, active=active)


def test_the_lobby_takes_people_up_to_its_capacity_exactly() -> None:
    lobby = space(capacity=10, people=7, parties=3)
    assert seating.space_problem(lobby, 3) is None
    assert seating.space_problem(lobby, 4) is SpaceProblem.FULL
    assert lobby.free_seats == 3
    assert space(capacity=10).free_seats == 10
    assert space(capacity=10, people=12, parties=2).free_seats == 0  # over-full, never negative


@pytest.mark.parametrize("kind", [SpaceKind.BOX, SpaceKind.VIP_ROOM])
def test_a_box_or_room_holds_one_party_up_to_its_capacity(kind: SpaceKind) -> None:
    empty = space(kind, capacity=4)
    assert seating.space_problem(empty, 4) is None
    assert seating.space_problem(empty, 1) is None
    assert seating.space_problem(empty, 5) is SpaceProblem.TOO_SMALL
    assert empty.free_seats == 4
    taken = space(kind, capacity=4, people=1, parties=1)
    assert seating.space_problem(taken, 1) is SpaceProblem.OCCUPIED
    assert taken.free_seats == 0


def test_a_party_larger_than_the_lobby_is_too_small_not_full() -> None:
    assert seating.space_problem(space(capacity=10), 11) is SpaceProblem.TOO_SMALL
    assert seating.space_problem(space(capacity=10), 10) is None


@pytest.mark.parametrize(("changes", "problem"), [
    ({"active": False}, SpaceProblem.CLOSED),
    ({"active": False, "state": SpaceState.PREPARING}, SpaceProblem.CLOSED),
    ({"state": SpaceState.PREPARING}, SpaceProblem.PREPARING),
    ({"state": SpaceState.PREPARING, "capacity": 1}, SpaceProblem.PREPARING),
    ({"state": SpaceState.RESERVED}, SpaceProblem.RESERVED),
    ({"state": SpaceState.RESERVED, "capacity": 1}, SpaceProblem.RESERVED),
])
def test_a_closed_prepared_or_reserved_space_is_offered_to_nobody(
        changes: dict[str, object], problem: SpaceProblem) -> None:
    fields: dict[str, object] = {"capacity": 4, **changes}
    box = space(SpaceKind.BOX, **fields)  # type: ignore[arg-type]
    assert seating.space_problem(box, 2) is problem  # a party too large hears the first reason
    assert box.free_seats == 0


def test_a_box_marked_free_with_a_party_in_it_shows_as_occupied() -> None:
    assert space(SpaceKind.BOX, parties=1, people=2).state is SpaceState.OCCUPIED
    assert space(SpaceKind.BOX).state is SpaceState.FREE
    assert space(SpaceKind.BOX, parties=1, state=SpaceState.RESERVED).state is (
        SpaceState.RESERVED)
    assert space(SpaceKind.BOX, state=SpaceState.PREPARING).state is SpaceState.PREPARING


def test_the_wished_kind_first_then_the_lobby_in_the_lounges_order() -> None:
    lobby = space(SpaceKind.LOBBY, space_id=1)
    box_taken = space(SpaceKind.BOX, parties=1, people=2, space_id=2)
    box_a = space(SpaceKind.BOX, capacity=4, space_id=3)
    box_b = space(SpaceKind.BOX, capacity=6, space_id=4)
    room = space(SpaceKind.VIP_ROOM, capacity=8, space_id=5)
    spaces = [lobby, box_taken, box_a, box_b, room]
    assert seating.best_space(spaces, 2, SpaceKind.BOX) is box_a
    assert seating.best_space(spaces, 5, SpaceKind.BOX) is box_b
    assert seating.best_space(spaces, 7, SpaceKind.BOX) is lobby  # no box that big: the lobby
    assert seating.best_space(spaces, 2, SpaceKind.VIP_ROOM) is room
    assert seating.best_space(spaces, 2, None) is lobby
    assert seating.best_space(spaces, 2, SpaceKind.LOBBY) is lobby


def test_no_free_space_is_none() -> None:
    full = [space(SpaceKind.LOBBY, capacity=4, people=4, parties=2),
            space(SpaceKind.BOX, capacity=4, space_id=2)]
    assert seating.best_space(full, 1, None) is None  # the box was not wished for
    assert seating.best_space(full, 1, SpaceKind.BOX) is full[1]
    assert seating.best_space([], 1, None) is None


def test_a_lounge_without_a_lobby_offers_its_other_spaces_in_order() -> None:
    room = space(SpaceKind.VIP_ROOM, capacity=6, space_id=1)
    box = space(SpaceKind.BOX, capacity=4, space_id=2)
    assert seating.best_space([room, box], 2, None) is box  # boxes come before rooms
    assert seating.best_space([room, box], 5, None) is room
    assert seating.best_space([room, box], 2, SpaceKind.VIP_ROOM) is room
    assert seating.best_space([room, box], 7, None) is None
    # with a lobby, a box nobody wished for is not offered
    lobby = space(SpaceKind.LOBBY, capacity=4, people=4, parties=1, space_id=3)
    assert seating.best_space([room, box, lobby], 2, None) is None


def test_a_wait_for_no_kind_of_space_is_for_the_lobby() -> None:
    assert seating.wanted_kind(None) is SpaceKind.LOBBY
    assert seating.wanted_kind(SpaceKind.BOX) is SpaceKind.BOX


def test_boarding_has_begun_from_the_boarding_time_on() -> None:
    assert not seating.boarding_has_begun(NOW, NOW - dt.timedelta(seconds=1))
    assert seating.boarding_has_begun(NOW, NOW)
    assert seating.boarding_has_begun(NOW, NOW + dt.timedelta(hours=1))
    assert not seating.boarding_has_begun(None, NOW)
