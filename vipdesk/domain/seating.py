"""Whether a space can take a party now, and why not: the one place for the seating rule.

The lobby holds as many people as its capacity; a box or a VIP room holds one
party at a time, up to its capacity. A box or room being prepared or reserved
is not offered to anyone. The desk's space list, its refusals and the check-in
itself all ask :func:`space_problem`, so the reason the agent reads is the
reason the check-in was refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from vipdesk.domain.vocabulary import SpaceKind, SpaceState


class SpaceProblem(StrEnum):
    """Why a space cannot take a party now."""

    CLOSED = "closed"  # taken out of use by the administrator
    PREPARING = "preparing"
    RESERVED = "reserved"
    OCCUPIED = "occupied"  # a box or room with a party in it
    FULL = "full"  # the lobby has fewer free seats than the party has people
    TOO_SMALL = "too_small"  # the party is larger than the space


@dataclass(frozen=True)
class SpaceNow:
    """A space as it is now: what the desk lists and the check-in counts."""

    space_id: int
    name: str
    kind: SpaceKind
    capacity: int
    stored_state: SpaceState  # as the desk set it: free, being prepared, reserved
    people: int  # seated in it now
    parties: int
    active: bool = True
    reserved_for: str = ""
    reserved_until: dt.datetime | None = None

    @property
    def state(self) -> SpaceState:
        """As shown: OCCUPIED when a party sits in a space marked free."""
        if self.parties and self.stored_state is SpaceState.FREE:
            return SpaceState.OCCUPIED
        return self.stored_state

    @property
    def free_seats(self) -> int:
        """Seats a new party could take now (a box or room holds one party at a time)."""
        if not self.active or self.stored_state is not SpaceState.FREE:
            return 0
        if self.kind is SpaceKind.LOBBY:
            return max(self.capacity - self.people, 0)
        return 0 if self.parties else self.capacity


def space_problem(space: SpaceNow, party_size: int) -> SpaceProblem | None:
    """Why ``space`` cannot take a party of ``party_size`` now; None when it can."""
    if not space.active:
        return SpaceProblem.CLOSED
    if space.stored_state is SpaceState.PREPARING:
        return SpaceProblem.PREPARING
    if space.stored_state is SpaceState.RESERVED:
        return SpaceProblem.RESERVED
    if party_size > space.capacity:
        return SpaceProblem.TOO_SMALL
    if space.kind is SpaceKind.LOBBY:
        return SpaceProblem.FULL if space.people + party_size > space.capacity else None
    return SpaceProblem.OCCUPIED if space.parties else None


def best_space(spaces: Sequence[SpaceNow], party_size: int,
               wish: SpaceKind | None) -> SpaceNow | None:
    """Where a party goes: a free space of the wished kind, else the lobby; None when full.

    A lounge without a lobby offers its other spaces in their order instead.
    """
    kinds: list[SpaceKind] = [wish] if wish is not None and wish is not SpaceKind.LOBBY else []
    kinds.append(SpaceKind.LOBBY)
    if not any(space.kind is SpaceKind.LOBBY for space in spaces):
        kinds += [kind for kind in SpaceKind if kind not in kinds]
    for kind in kinds:
        for space in spaces:
            if space.kind is kind and space_problem(space, party_size) is None:
                return space
    return None


def wanted_kind(kind: SpaceKind | None) -> SpaceKind:
    """The kind of space a wait is for: a wait for no particular kind is for the lobby."""
    return kind or SpaceKind.LOBBY


def boarding_has_begun(boarding_at: dt.datetime | None, now: dt.datetime) -> bool:
    """The flight's boarding time has come (inclusive): the guest should be at the gate."""
    return boarding_at is not None and now >= boarding_at
