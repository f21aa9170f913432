"""A space's state and a refusal in words, as the desk shows them ("Box 2 — being prepared").

The rule is :func:`vipdesk.domain.seating.space_problem`; this module only words
it, translated in the ``SpaceWords`` context, so the list and the refusal agree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vipdesk.domain import lounge_time
from vipdesk.domain.seating import SpaceNow, SpaceProblem
from vipdesk.domain.vocabulary import SpaceKind, SpaceState

CONTEXT = "SpaceWords"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_text(space: SpaceNow, timezone: str) -> str:
    """How the space is now: "free (4 seats)", "being prepared", "occupied (2/4)", "full (4/4)"."""
    if space.stored_state is SpaceState.PREPARING:
        return _tr("being prepared")
    if space.stored_state is SpaceState.RESERVED:
        if space.reserved_for and space.reserved_until is not None:
            return (_tr("reserved for %1 until %2").replace("%1", space.reserved_for)
                    .replace("%2", lounge_time.clock_text(space.reserved_until, timezone)))
        return _tr("reserved")
    counts = f"{space.people}/{space.capacity}"
    if space.kind is SpaceKind.LOBBY:
        if space.free_seats == 0:
            return _tr("full (%1)").replace("%1", counts)
        return _tr("%1 of %2 seats free").replace("%1", str(space.free_seats)).replace(
            "%2", str(space.capacity))
    if space.parties:  # a box or room holds one party: taken, however many sit in it
        if space.people >= space.capacity:
            return _tr("full (%1)").replace("%1", counts)
        return _tr("occupied (%1)").replace("%1", counts)
    return _tr("free (%1 seats)").replace("%1", str(space.capacity))


def list_entry(space: SpaceNow, timezone: str) -> str:
    """One line of the desk's space list: "Box 3 — full (4/4)"."""
    return f"{space.name} — {state_text(space, timezone)}"


def refusal_text(space: SpaceNow, party_size: int, problem: SpaceProblem, timezone: str) -> str:
    """Why the space cannot take the party, in a sentence the agent can repeat."""
    if problem is SpaceProblem.TOO_SMALL:
        return (_tr("%1 seats %2; this party is %3. Please choose a larger space.")
                .replace("%1", space.name).replace("%2", str(space.capacity))
                .replace("%3", str(party_size)))
    if problem is SpaceProblem.FULL:
        return (_tr("%1 has %2 free seats; this party is %3. Please choose another space, "
                    "or offer the waiting list (F4).")
                .replace("%1", space.name).replace("%2", str(space.free_seats))
                .replace("%3", str(party_size)))
    if problem is SpaceProblem.CLOSED:
        return _tr("%1 is closed. Please choose another space.").replace("%1", space.name)
    return (_tr("%1 cannot take this party: %2. Please choose another space, or offer the "
                "waiting list (F4).").replace("%1", space.name)
            .replace("%2", state_text(space, timezone)))
