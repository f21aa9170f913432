"""Finding a guest to erase on request, and what erasing them touches (administrators only).

The erasure itself is :func:`vipdesk.services.retention.erase_guest`. Booking
references are never stored (issue 9), so a guest is found by name or by the last
four characters of a frequent-flyer number, the only part we keep.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from peewee import Expression

from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.names import form_of_address
from vipdesk.domain.permissions import Permission
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import Companion, Complaint, Guest, Visit

MAX_FOUND: Final = 50
MIN_SEARCH: Final = 2


@dataclass(frozen=True)
class GuestOnFile:
    """One guest as the erasure screen lists them, with what erasing them touches."""

    id: int
    name: str  # "Ms Li Chen"
    frequent_flyer: str  # "SK ********1234", "" when none
    visits: int  # as the main guest
    visits_as_companion: int
    complaints: int  # theirs, and those about their visits (praise included)
    last_visit_at: dt.datetime | None


def _name_condition(text: str) -> Expression | None:
    """Every word must be in the surname or the given names (ASCII case-blind in SQLite)."""
    condition = None
    for word in text.split():
        term = Guest.surname.contains(word) | Guest.given_names.contains(word)
        condition = term if condition is None else condition & term
    return condition


def find_guests(session: Session, text: str) -> list[GuestOnFile]:
    """Guests whose name holds every word of ``text``, or whose frequent-flyer number ends
    with its last four characters; not those already erased. At most 50, by surname."""
    session.require(Permission.ERASE_GUEST)
    text = " ".join(text.split())
    if len(text) < MIN_SEARCH:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "Type at least two letters of the name, or the last four "
            "characters of the frequent-flyer number.")))
    condition = _name_condition(text)
    compact = text.replace(" ", "")
    if len(compact) >= 4 and any(ch.isdigit() for ch in compact):
        condition |= ((Guest.frequent_flyer_number != "")
                      & Guest.frequent_flyer_number.endswith(compact[-4:].upper()))
    query = (Guest.select().where(condition & Guest.anonymised_at.is_null())
             .order_by(Guest.surname, Guest.given_names, Guest.id).limit(MAX_FOUND))
    return [_on_file(guest) for guest in query]


def guest_on_file(session: Session, guest_id: int) -> GuestOnFile:
    """One guest with the counts the erasure screen shows before it asks to confirm."""
    session.require(Permission.ERASE_GUEST)
    guest = Guest.get_or_none(Guest.id == guest_id)
    if guest is None or guest.anonymised_at is not None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This guest is no longer on file.")))
    return _on_file(guest)


def _on_file(guest: Guest) -> GuestOnFile:
    visits = Visit.select(Visit.id).where(Visit.guest == guest.id)
    last = (Visit.select(Visit.arrived_at).where(Visit.guest == guest.id)
            .order_by(Visit.arrived_at.desc()).first())
    number = guest.frequent_flyer_number
    return GuestOnFile(
        id=guest.id,
        name=form_of_address(guest.title, guest.given_names, guest.surname, guest.language),
        frequent_flyer=f"{guest.frequent_flyer_programme} {number}".strip() if number else "",
        visits=visits.count(),
        visits_as_companion=Companion.select().where(Companion.guest == guest.id).count(),
        complaints=Complaint.select().where((Complaint.guest == guest.id)
                                            | Complaint.visit.in_(visits)).count(),
        last_visit_at=last.arrived_at if last else None)
