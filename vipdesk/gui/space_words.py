"""A space's state and a refusal in words, as the desk shows them ("Box 2 — being prepared").

The rule is :func:`vipdesk.domain.seating.space_problem`; this module only words
it, translated in the ``SpaceWords`` context, so the list and the refusal agree.
Each text is made when it is shown: in the language the desk speaks then.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from vipdesk.domain import lounge_time
from vipdesk.domain.seating import SpaceNow, SpaceProblem
from vipdesk.domain.vocabulary import SpaceKind, SpaceState
from vipdesk.gui.language import shown_number, shown_time
from vipdesk.gui.words import counted

CONTEXT = "SpaceWords"
translate = QCoreApplication.translate


class SpaceWords(QObject):
    """The counted texts: lupdate reads a plural (numerus) text only from ``self.tr``, so
    they sit in a class of the context's name."""

    def free_seats(self, seats: int) -> str:
        return counted(seats, self.tr("free (%n seat)", "", seats),
                       self.tr("free (%n seats)", "", seats))

    def too_few_seats(self, free: int) -> str:
        return counted(
            free,
            self.tr("{space} has %n free seat; this party is {party}. Please choose another "
                    "space, or offer the waiting list (F4).", "", free),
            self.tr("{space} has %n free seats; this party is {party}. Please choose another "
                    "space, or offer the waiting list (F4).", "", free))


_counted = SpaceWords()


def state_text(space: SpaceNow, timezone: str) -> str:
    """How the space is now: "free (4 seats)", "being prepared", "occupied (2/4)", "full (4/4)"."""
    if space.stored_state is SpaceState.PREPARING:
        return translate("SpaceWords", "being prepared")
    if space.stored_state is SpaceState.RESERVED:
        if space.reserved_for and space.reserved_until is not None:
            return translate("SpaceWords", "reserved for {name} until {time}").format(
                name=space.reserved_for,
                time=shown_time(lounge_time.to_local(space.reserved_until, timezone)))
        return translate("SpaceWords", "reserved")
    counts = f"{shown_number(space.people)}/{shown_number(space.capacity)}"
    if space.kind is SpaceKind.LOBBY:
        if space.free_seats == 0:
            return translate("SpaceWords", "full ({counts})").format(counts=counts)
        return translate("SpaceWords", "{free} of {capacity} seats free").format(
            free=shown_number(space.free_seats), capacity=shown_number(space.capacity))
    if space.parties:  # a box or room holds one party: taken, however many sit in it
        if space.people >= space.capacity:
            return translate("SpaceWords", "full ({counts})").format(counts=counts)
        return translate("SpaceWords", "occupied ({counts})").format(counts=counts)
    return _counted.free_seats(space.capacity)


def list_entry(space: SpaceNow, timezone: str) -> str:
    """One line of the desk's space list: "Box 3 — full (4/4)"."""
    return f"{space.name} — {state_text(space, timezone)}"


def refusal_text(space: SpaceNow, party_size: int, problem: SpaceProblem, timezone: str) -> str:
    """Why the space cannot take the party, in a sentence the agent can repeat."""
    party = shown_number(party_size)
    if problem is SpaceProblem.TOO_SMALL:
        return translate("SpaceWords", "{space} seats {capacity}; this party is {party}. Please "
                         "choose a larger space.").format(
            space=space.name, capacity=shown_number(space.capacity), party=party)
    if problem is SpaceProblem.FULL:
        return _counted.too_few_seats(space.free_seats).format(space=space.name, party=party)
    if problem is SpaceProblem.CLOSED:
        return translate("SpaceWords", "{space} is closed. Please choose another space."
                         ).format(space=space.name)
    return translate("SpaceWords", "{space} cannot take this party: {state}. Please choose "
                     "another space, or offer the waiting list (F4).").format(
        space=space.name, state=state_text(space, timezone))
