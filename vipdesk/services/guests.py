"""Guests remembered across visits: who is this, and what do we know from last time.

Recognising a returning guest (the one rule, used by check-in and the desk):

1. Same surname and same given names, compared without regard to case or
   extra spaces (``CHEN/LI`` scanned is ``Chen Li`` typed).
2. When the pass carries a frequent-flyer number, the guest on file must have
   the same last four characters (all we keep), or no number on file yet (we
   learn it now). Two people with the same name and different numbers are two
   guests.
3. Without a frequent-flyer number we take the guest on file who has none
   either, or the only guest with that name. Two or more namesakes with
   numbers on file and none on the pass: a new guest rather than a wrong
   profile (a birthday or complaint shown to the wrong person is worse than a
   profile started afresh).

Anonymised guests are never recognised. Newer facts win: the title, language,
frequent-flyer programme, number (masked) and tier are updated when a visit
brings them; names are kept as first stored.

Several lounges of one operator share the guests (a guest row has no lounge), so
the rule above recognises a guest at any lounge of the database. What a desk is
shown of them (:class:`GuestProfile`):

- the shared guest record whole: address, language, preferences, notes, birthday,
  frequent-flyer programme, number (masked) and tier;
- this lounge's history: the earlier visits here, the last one's day and the
  complaint about it (a complaint made here);
- of each other lounge, only its name, how many visits the guest ended there and
  the day of the latest (:class:`VisitsElsewhere`: "also visited our Sky Lounge"),
  never those visits' times, spaces, attendants, flights or complaints: they are
  that lounge's rows, and another lounge's staff has no need of them;
- the flag that the guest is checked in at another lounge now, its name and since
  when (:class:`~vipdesk.services.visit_records.CheckedInElsewhere`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import fn

from vipdesk.domain import lounge_time
from vipdesk.domain.eligibility import (
    PassDetails,
    last_four,
    mask_frequent_flyer_number,
    normalise,
)
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.names import form_of_address, short_address, tidy_name, title_for
from vipdesk.domain.permissions import Permission
from vipdesk.domain.vocabulary import (
    IN_LOUNGE,
    Category,
    ComplaintStatus,
    FeedbackKind,
    VisitStatus,
)
from vipdesk.services.session import ServiceError, Session
from vipdesk.services.visit_records import CheckedInElsewhere
from vipdesk.storage.models import Complaint, Guest, Lounge, Visit


def lounge_now(session: Session, lounge: Lounge | None = None) -> dt.datetime:
    """Now, on the lounge's wall clock: what "today" means at the desk."""
    lounge = lounge or session.lounge
    return lounge_time.to_local(session.clock.now(), lounge.timezone)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _spellings(name: str) -> list[str]:
    """How the same name may have been stored: as scanned, typed, or re-cased."""
    name = " ".join(name.split())
    return sorted({name, name.upper(), name.lower(), name.title(), name.capitalize(),
                   tidy_name(name), tidy_name(name.upper())})


def _folded(name: str) -> list[str]:
    """The name's spellings as the database's ``lower()`` folds them: ASCII letters only
    (SQLite) or every letter (PostgreSQL). What the recognition index holds."""
    return sorted({folded for spelling in _spellings(name)
                   for folded in (spelling.lower(), _ascii_lower(spelling))})


def _ascii_lower(text: str) -> str:
    return "".join(ch.lower() if "A" <= ch <= "Z" else ch for ch in text)


def _namesakes(surname: str, given_names: str) -> Any:
    """Guests on file who may bear this name, through the recognition index (migration
    0014); each is still checked against the rule by :func:`_key`."""
    return Guest.select().where(
        fn.lower(Guest.surname).in_(_folded(surname))
        & fn.lower(Guest.given_names).in_(_folded(given_names))
        & Guest.anonymised_at.is_null())


def recognise(session: Session, surname: str, given_names: str,
              frequent_flyer_number: str = "") -> Guest | None:
    """The guest on file this is, by the rule in the module docstring; None: a new guest.

    One read through the recognition index (migration 0014), in the rule's order of
    preference, that stops at the first namesakes which decide: so a few guests are read
    however many share the name."""
    if not surname.strip():
        return None
    key = (_key(surname), _key(given_names))
    namesakes = _namesakes(surname, given_names)
    has_number = Guest.frequent_flyer_number != ""
    guest: Guest  # each namesake read (peewee's stubs leave an iterator's rows untyped)
    if frequent_flyer_number:
        tail = last_four(frequent_flyer_number)
        # Those with a number ending the same first (newest first), then those without one.
        for guest in (namesakes.where(Guest.frequent_flyer_number.endswith(tail) | ~has_number)
                      .order_by(has_number.desc(), Guest.id.desc()).iterator()):
            if (_key(guest.surname), _key(guest.given_names)) != key:
                continue
            if not guest.frequent_flyer_number or last_four(guest.frequent_flyer_number) == tail:
                return guest
        return None
    # Those without a number first (newest first); else the only namesake, if there is one.
    found: list[Guest] = []
    for guest in namesakes.order_by(has_number.asc(), Guest.id.desc()).iterator():
        if (_key(guest.surname), _key(guest.given_names)) != key:
            continue
        if not guest.frequent_flyer_number:
            return guest
        found.append(guest)
        if len(found) == 2:
            return None
    return found[0] if found else None


def remember(session: Session, details: PassDetails, language: str | None = None) -> Guest:
    """The guest for these details, created or brought up to date (inside an action)."""
    guest = recognise(session, details.surname, details.given_names,
                      details.frequent_flyer_number)
    return update(session, guest, details, language)


def update(session: Session, guest: Guest | None, details: PassDetails,
           language: str | None = None) -> Guest:
    """Bring a recognised guest up to date with newer facts, or start a new one."""
    title = title_for(details.title) or details.title[:20]
    known = dict(guest.__data__) if guest is not None else {}
    is_new = guest is None
    if guest is None:
        guest = Guest(surname=details.surname, given_names=details.given_names,
                      created_at=session.clock.now())
    if title:
        guest.title = title
    if language:
        guest.language = language
    if details.frequent_flyer_number:
        guest.frequent_flyer_number = mask_frequent_flyer_number(details.frequent_flyer_number)
        guest.frequent_flyer_programme = details.frequent_flyer_airline[:8]
    if details.frequent_flyer_tier:
        guest.frequent_flyer_tier = details.frequent_flyer_tier
    if is_new or any(guest.__data__.get(name) != value
                     for name, value in known.items()):
        guest.save()  # a returning guest with nothing new is not written again
    return guest


def known_tier(guest: Guest | None, programme: str) -> str:
    """The tier on file for this programme, for a pass that does not carry one."""
    if guest is None or not programme or guest.frequent_flyer_programme != programme:
        return ""
    return guest.frequent_flyer_tier


@dataclass(frozen=True)
class LastComplaint:
    """The complaint of the guest's previous visit: enough to say sorry and ask."""

    id: int
    category: Category
    status: ComplaintStatus
    created_at: dt.datetime


@dataclass(frozen=True)
class VisitsElsewhere:
    """The guest's ended visits at another lounge of the operator, as a count and a day
    only (the module docstring says why)."""

    lounge_name: str
    visits: int
    last_on: dt.date  # the day of the latest, on that lounge's wall clock


@dataclass(frozen=True)
class GuestProfile:
    """What the desk shows about a guest: how to address them and what we know.

    ``earlier_visits``, ``last_visit_at`` and ``complaint_last_time`` are of this lounge
    only; other lounges are ``visits_elsewhere`` (ended visits) and ``checked_in_elsewhere``
    (open now there: the flag)."""

    guest_id: int
    address: str  # "Ms Chen", shown large
    full_address: str  # "Ms Chen Li"
    language: str
    earlier_visits: int  # here
    last_visit_at: dt.datetime | None  # here
    preferences: str
    notes: str
    birthday_today: bool
    complaint_last_time: LastComplaint | None
    frequent_flyer_programme: str
    frequent_flyer_number: str  # masked
    frequent_flyer_tier: str
    visits_elsewhere: tuple[VisitsElsewhere, ...] = ()  # by lounge name
    checked_in_elsewhere: tuple[CheckedInElsewhere, ...] = ()  # earliest first


def birthday_today(birthday: dt.date | None, today: dt.date) -> bool:
    """Whether to wish a happy birthday; 29 February is celebrated on the 28th in other years."""
    if birthday is None:
        return False
    if (birthday.month, birthday.day) == (today.month, today.day):
        return True
    leap = today.year % 4 == 0 and (today.year % 100 != 0 or today.year % 400 == 0)
    return ((birthday.month, birthday.day) == (2, 29) and not leap
            and (today.month, today.day) == (2, 28))


def guest_profile(session: Session, guest_id: int, *, current_visit_id: int | None = None,
                  language: str | None = None) -> GuestProfile:
    """The guest's profile; ``current_visit_id`` is the visit now at the desk, not counted.
    Refused with nobody signed in or a locked desk: it is personal data."""
    session.require(Permission.CHECK_IN)
    guest = Guest.get_or_none(Guest.id == guest_id)
    if guest is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This guest is no longer on file.")))
    current = (Visit.select(Visit.id, Visit.arrived_at)
               .where((Visit.id == current_visit_id) & (Visit.lounge == session.lounge_id))
               .first() if current_visit_id is not None else None)
    return _profile(session, guest, current_visit_id, current, language)


def _profile(session: Session, guest: Guest, current_visit_id: int | None,
             current: Visit | None, language: str | None) -> GuestProfile:
    """The profile from the guest's visits in every lounge (one query: a guest has few),
    split into this lounge's history and what other lounges may tell (the module
    docstring), and the complaint of the last visit here; ``current`` (the visit at the
    desk) is not an earlier one."""
    # Lounge.id too: the joined lounge (without its id) would otherwise blank visit.lounge_id.
    visits = list(Visit.select(Visit.id, Visit.arrived_at, Visit.status, Lounge.id,
                               Lounge.name, Lounge.timezone)
                  .join(Lounge).where(Visit.guest == guest.id))
    here = [visit for visit in visits
            if visit.lounge_id == session.lounge_id and visit.id != current_visit_id]
    last = max(here, key=lambda visit: (visit.arrived_at, visit.id), default=None)
    until = current.arrived_at if current is not None else session.clock.now()
    speaks = language or guest.language
    return GuestProfile(
        guest_id=guest.id,
        address=short_address(guest.title, guest.given_names, guest.surname, speaks),
        full_address=form_of_address(guest.title, guest.given_names, guest.surname, speaks),
        language=guest.language,
        earlier_visits=len(here),
        last_visit_at=last.arrived_at if last else None,
        preferences=guest.preferences,
        notes=guest.notes,
        birthday_today=birthday_today(guest.birthday, lounge_now(session).date()),
        complaint_last_time=_complaint_of(session, guest, last, until) if last else None,
        frequent_flyer_programme=guest.frequent_flyer_programme,
        frequent_flyer_number=guest.frequent_flyer_number,
        frequent_flyer_tier=guest.frequent_flyer_tier,
        visits_elsewhere=_visits_elsewhere(session, visits),
        checked_in_elsewhere=_open_elsewhere(session, visits),
    )


def _elsewhere(session: Session, visits: list[Visit]) -> list[Visit]:
    return [visit for visit in visits if visit.lounge_id != session.lounge_id]


def _visits_elsewhere(session: Session, visits: list[Visit]) -> tuple[VisitsElsewhere, ...]:
    """Per other lounge, the guest's ended visits there: a count and the latest day."""
    ended: dict[int, list[Visit]] = {}
    for visit in _elsewhere(session, visits):
        if visit.status not in IN_LOUNGE:
            ended.setdefault(visit.lounge_id, []).append(visit)
    summaries = []
    for there in ended.values():
        latest = max(there, key=lambda visit: visit.arrived_at)
        summaries.append(VisitsElsewhere(
            lounge_name=latest.lounge.name, visits=len(there),
            last_on=lounge_time.local_date(latest.arrived_at, latest.lounge.timezone)))
    return tuple(sorted(summaries, key=lambda summary: summary.lounge_name))


def _open_elsewhere(session: Session, visits: list[Visit]) -> tuple[CheckedInElsewhere, ...]:
    """The guest's visits waiting or seated at another lounge now: the flag, earliest first."""
    return tuple(CheckedInElsewhere(visit.lounge_id, visit.lounge.name, visit.arrived_at)
                 for visit in sorted(_elsewhere(session, visits),
                                     key=lambda visit: (visit.arrived_at, visit.id))
                 if visit.status in IN_LOUNGE)


def checked_in_elsewhere(session: Session, guest: Guest | None
                         ) -> tuple[CheckedInElsewhere, ...]:
    """Where else the guest is checked in now (waiting or seated at another lounge of the
    database): what check-in flags to the agent and notes on its audit row. One query."""
    if guest is None:
        return ()
    return _open_elsewhere(session, list(
        Visit.select(Visit.id, Visit.arrived_at, Visit.status, Lounge.id, Lounge.name)
        .join(Lounge)
        .where((Visit.guest == guest.id) & (Visit.lounge != session.lounge_id)
               & Visit.status.in_(IN_LOUNGE))))


def _complaint_of(session: Session, guest: Guest, last: Visit, until: dt.datetime
                  ) -> LastComplaint | None:
    """A complaint about the last visit here, or one the guest made here after it began."""
    about_last = (Complaint.visit == last.id) | (
        Complaint.visit.is_null() & (Complaint.guest == guest.id)
        & (Complaint.lounge == session.lounge_id)
        & (Complaint.created_at >= last.arrived_at) & (Complaint.created_at < until))
    complaint = (Complaint.select()
                 .where((Complaint.kind == FeedbackKind.COMPLAINT) & about_last)
                 .order_by(Complaint.created_at.desc()).first())
    if complaint is None:
        return None
    return LastComplaint(complaint.id, complaint.category, complaint.status, complaint.created_at)


def returning_guest(session: Session, details: PassDetails,
                    language: str | None = None) -> GuestProfile | None:
    """The profile of the guest at the desk, if we have seen them before (after a scan)."""
    details = normalise(details)
    guest = recognise(session, details.surname, details.given_names, details.frequent_flyer_number)
    return profile_at_desk(session, guest, language)


def profile_at_desk(session: Session, guest: Guest | None,
                    language: str | None = None) -> GuestProfile | None:
    """The profile of a recognised guest at the desk; None for a new guest.
    Refused with nobody signed in or a locked desk: it is personal data."""
    if guest is None:
        return None
    session.require(Permission.CHECK_IN)
    # A guest scanned again while still in the lounge: their visit now is not an earlier one.
    # No ORDER BY: sorting by arrival would walk the lounge's history by its arrival index.
    now_in = (Visit.select(Visit.id, Visit.arrived_at)
              .where((Visit.guest == guest.id) & (Visit.lounge == session.lounge_id)
                     & Visit.status.in_((VisitStatus.WAITING, VisitStatus.SEATED))))
    current = max(now_in, key=lambda visit: visit.arrived_at, default=None)
    return _profile(session, guest, current.id if current else None, current, language)
