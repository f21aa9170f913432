"""Keeping passenger data only as long as the lounge allows, and erasing a guest on request.

Two actions, both in one transaction with their audit row:

- :func:`anonymise_expired`, run at start-up and daily with nobody signed in:
  everything older than the lounge's retention period loses its personal data
  (what that is: :mod:`vipdesk.domain.retention`). A guest's profile goes when
  none of their visits (as main guest or companion) and none of their complaints
  is newer than the cut-off, so a regular guest keeps being greeted by name.
  Texts go by their own age: a complaint's words when the complaint is older
  than the cut-off, a diary line when it is. Running it twice changes nothing
  the second time.
- :func:`erase_guest`, by an administrator: the same for one guest at once,
  whatever the dates, and their name cut out of the texts that mention them.

Rows are updated, never deleted, so the reports' counts stay right. ``PRAGMA
secure_delete`` (storage/database.py) zeroes the space the old values leave in
the database pages; the old pages themselves stay in the write-ahead log until
a checkpoint, so after an erasure call :func:`push_to_disk`. Backups keep what
they held until rotation deletes them (BackupPolicy.max_age_days).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from peewee import Database, Field, Model, SqliteDatabase, fn

from vipdesk.domain import retention as rules
from vipdesk.domain.permissions import Permission
from vipdesk.services.actions import action
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import (
    Companion, Complaint, ComplaintEvent, DiaryEntry, Guest, Lounge, Shift, Space, Visit,
    WaitingEntry, WorkOrder,
)

CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _replace_text(model: type[Model], column: Field, marker: str, where: Any) -> int:
    """Put ``marker`` in place of every non-empty, not yet removed text; how many rows changed."""
    pending = (column != "") & column.is_null(False) & ~column.startswith(rules.REMOVED_MARK)
    return model.update({column: marker}).where(where & pending).execute()


# ---------------------------------------------------------------------------
# The retention job


@action("retention.anonymise_expired", permission=None)
def anonymise_expired(session: Session) -> int:
    """Anonymise what is older than the lounge's retention period; the number of guests done.

    Reads only what crossed the cut-off since the last run (``Lounge.anonymised_until``),
    so the daily run takes milliseconds however long the history; the first run
    reads everything. Every guest is created with a visit, so the visits, companions
    and complaints that crossed the cut-off name every guest who may now expire.
    History written into the past after a run (an import) is not seen: set
    ``anonymised_until`` back to None after writing it.
    """
    lounge = session.lounge
    now = session.clock.now()
    cut = rules.cut_off(now, lounge.retention_days)
    marker = rules.removed_after(lounge.retention_days)
    since = lounge.anonymised_until

    # Subqueries, not id lists: a day of a busy lounge is thousands of rows.
    crossed_visits = (
        Visit.select(Visit.id).where(
            (Visit.lounge == lounge.id) & _crossed(Visit.checked_out_at, since, cut)),
        Visit.select(Visit.id).where(  # never checked out: by arrival
            (Visit.lounge == lounge.id) & Visit.checked_out_at.is_null()
            & _crossed(Visit.arrived_at, since, cut)),
    )
    crossed_complaints = Complaint.select(Complaint.id).where(
        (Complaint.lounge == lounge.id) & _crossed(Complaint.created_at, since, cut))

    if since is None:
        guests = _expired_guests(cut)
    else:
        candidates = [
            *(visits.select(Visit.guest) for visits in crossed_visits),
            *(Companion.select(Companion.guest).where(Companion.visit.in_(visits))
              for visits in crossed_visits),
            Complaint.select(Complaint.guest).where(Complaint.id.in_(crossed_complaints)),
        ]
        guests = sorted({g for among in candidates for g in _expired_guests(cut, among)})
    for ids in _chunks(guests):
        _anonymise_guests(ids, now)
    for visits in crossed_visits:
        _scrub_visits(visits, marker)
    changed = _scrub_complaints(crossed_complaints, marker)
    lounge_shifts = Shift.select(Shift.id).where(Shift.lounge == lounge.id)
    _replace_text(DiaryEntry, DiaryEntry.text, marker,
                  DiaryEntry.shift.in_(lounge_shifts) & _crossed(DiaryEntry.at, since, cut))
    Space.update(reserved_for=None).where(
        (Space.lounge == lounge.id) & (Space.reserved_until < cut)
        & Space.reserved_for.is_null(False)).execute()
    _scrub_handovers(lounge.id, since, cut, marker)
    Lounge.update(anonymised_until=cut if since is None else max(since, cut)).where(
        Lounge.id == lounge.id).execute()

    # Nobody is signed in, or whoever is did not ask for this: the job acts for the lounge.
    session.audit(lounge, staff=None, retention_days=lounge.retention_days,
                  cut_off=cut.isoformat(), guests=len(guests), complaints=changed)
    return len(guests)


def _crossed(column: Field, since: dt.datetime | None, cut: dt.datetime) -> Any:
    """Before the cut-off, and not before the last run's (None: the first run)."""
    before = column < cut
    return before if since is None else before & (column >= since)


def _expired_guests(cut: dt.datetime, among: Any = None) -> list[int]:
    """Guests not yet anonymised with nothing newer than the cut-off (of ``among``, if given).

    ``among``: guest ids, or a subquery selecting them.
    """
    recent_visit = Visit.select(Visit.id).where(
        (Visit.guest == Guest.id) & ((Visit.arrived_at >= cut) | (Visit.checked_out_at >= cut)))
    companion_visit = Visit.alias("companion_visit")
    recent_companion = (Companion.select(Companion.id)
                        .join(companion_visit, on=(Companion.visit == companion_visit.id))
                        .where((Companion.guest == Guest.id)
                               & ((companion_visit.arrived_at >= cut)
                                  | (companion_visit.checked_out_at >= cut))))
    recent_complaint = Complaint.select(Complaint.id).where(
        (Complaint.guest == Guest.id) & (Complaint.created_at >= cut))
    condition = (Guest.anonymised_at.is_null() & (Guest.created_at < cut)
                 & ~fn.EXISTS(recent_visit) & ~fn.EXISTS(recent_companion)
                 & ~fn.EXISTS(recent_complaint))
    if among is not None:
        condition &= Guest.id.in_(among)
    return [row.id for row in Guest.select(Guest.id).where(condition).order_by(Guest.id)]


def _anonymise_guests(ids: Sequence[int], now: dt.datetime) -> None:
    Guest.update({**rules.ANONYMISED_GUEST, "anonymised_at": now}).where(
        Guest.id.in_(list(ids))).execute()


def _scrub_visits(visits: Any, marker: str) -> None:
    """Seat, sequence number, companions' names and staff notes of these visits (ids or a query)."""
    Visit.update(seat="", checkin_sequence=None).where(
        Visit.id.in_(visits) & ((Visit.seat != "") | Visit.checkin_sequence.is_null(False))
    ).execute()
    _replace_text(Visit, Visit.exception_reason, marker, Visit.id.in_(visits))
    Companion.update(name=rules.ANONYMISED_NAME).where(
        Companion.visit.in_(visits) & (Companion.name != rules.ANONYMISED_NAME)).execute()
    _replace_text(WaitingEntry, WaitingEntry.acknowledgement, marker,
                  WaitingEntry.visit.in_(visits))


def _scrub_complaints(complaints: Any, marker: str) -> int:
    """The guest's words and everything written about these complaints; how many changed."""
    changed = _replace_text(Complaint, Complaint.guest_words, marker, Complaint.id.in_(complaints))
    for name in rules.COMPLAINT_TEXTS:
        if name != "guest_words":
            _replace_text(Complaint, getattr(Complaint, name), marker,
                          Complaint.id.in_(complaints))
    _replace_text(ComplaintEvent, ComplaintEvent.note, marker,
                  ComplaintEvent.complaint.in_(complaints))
    _replace_text(WorkOrder, WorkOrder.description, marker, WorkOrder.complaint.in_(complaints))
    return changed


def _scrub_handovers(lounge_id: int, since: dt.datetime | None, cut: dt.datetime,
                     marker: str) -> None:
    query = (Shift.select(Shift.id, Shift.handover)
             .where((Shift.lounge == lounge_id) & _crossed(Shift.ended_at, since, cut)
                    & (Shift.handover != "")
                    & ~Shift.handover.contains(f'"{rules.HANDOVER_DONE_KEY}"')))
    for shift in query:
        data = _load(shift.handover)
        if data is None or rules.handover_scrubbed(data):
            continue
        Shift.update(handover=_dump(rules.scrub_handover(data, marker))).where(
            Shift.id == shift.id).execute()


def _load(text: str) -> dict[str, Any] | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)  # as services/shifts.py writes it


# ---------------------------------------------------------------------------
# Erasure on request


@action("guest.erase", permission=Permission.ERASE_GUEST)
def erase_guest(session: Session, guest_id: int, reason: rules.ErasureReason | str) -> Guest:
    """Erase one guest's personal data now; the audit row holds the guest id and reason code."""
    try:
        reason = rules.ErasureReason(reason)
    except ValueError:
        raise ServiceError("Please choose why this guest is being erased.") from None
    guest = Guest.get_or_none(Guest.id == guest_id)
    if guest is None:
        raise ServiceError("This guest is no longer on file.")
    pattern = None if guest.anonymised_at is not None else rules.name_pattern(
        guest.surname, guest.given_names)
    words = rules.name_words(guest.surname, guest.given_names) if pattern else []

    visit_ids = [v.id for v in Visit.select(Visit.id).where(Visit.guest == guest.id)]
    complaint_ids = [c.id for c in Complaint.select(Complaint.id).where(
        (Complaint.guest == guest.id)
        | Complaint.visit.in_(Visit.select(Visit.id).where(Visit.guest == guest.id)))]

    _anonymise_guests([guest.id], session.clock.now())
    for ids in _chunks(visit_ids):
        _scrub_visits(ids, rules.ERASED_TEXT)
    Companion.update(name=rules.ANONYMISED_NAME).where(
        (Companion.guest == guest.id) & (Companion.name != rules.ANONYMISED_NAME)).execute()
    for ids in _chunks(complaint_ids):
        _scrub_complaints(ids, rules.ERASED_TEXT)
    if pattern is not None:
        _cut_name_everywhere(pattern, words)
    _erase_from_handovers(guest.id, set(visit_ids), set(complaint_ids), pattern)

    session.audit(guest, guest_id=guest.id, reason=reason.value)
    return Guest.get_by_id(guest.id)


# Free text anywhere in the database that may mention a guest by name.
_TEXT_COLUMNS: tuple[Field, ...] = (
    Guest.notes, Guest.preferences, Companion.name, Visit.exception_reason,
    WaitingEntry.acknowledgement, Space.reserved_for, DiaryEntry.text, ComplaintEvent.note,
    WorkOrder.description, *(getattr(Complaint, name) for name in rules.COMPLAINT_TEXTS),
)


def _mentions(column: Field, words: Sequence[str]) -> Any:
    """Rows whose column may hold one of the words (SQL LIKE is only ASCII case-blind)."""
    condition = None
    for word in words:
        for spelling in {word, word.lower(), word.upper(), word.title(), word.casefold()}:
            term = column.contains(spelling)
            condition = term if condition is None else condition | term
    return condition


def _cut_name_everywhere(pattern: re.Pattern[str], words: Sequence[str]) -> None:
    for column in _TEXT_COLUMNS:
        model = column.model
        for row in model.select(model.id, column).where(_mentions(column, words)):
            text = getattr(row, column.name)
            cut = rules.redact(text, pattern)
            if cut != text:
                model.update({column: cut}).where(model.id == row.id).execute()


def _erase_from_handovers(guest_id: int, visit_ids: set[int], complaint_ids: set[int],
                          pattern: re.Pattern[str] | None) -> None:
    """Handover snapshots are JSON: the guest's lines scrubbed, the name cut from the rest."""
    ids_as_json = [f'"guest_id": {guest_id}', *(f'"visit_id": {v}' for v in visit_ids),
                   *(f'"complaint_id": {c}' for c in complaint_ids)]
    query = Shift.select(Shift.id, Shift.handover).where(Shift.handover != "")
    for shift in query:
        text = shift.handover
        if not any(mark in text for mark in ids_as_json) and not (
                pattern is not None and pattern.search(text)):
            continue
        data = _load(text)
        if data is None:
            continue
        erased = _dump(rules.erase_from_handover(
            data, guest_id=guest_id, visit_ids=visit_ids, complaint_ids=complaint_ids,
            pattern=pattern))
        if erased != text:
            Shift.update(handover=erased).where(Shift.id == shift.id).execute()


# ---------------------------------------------------------------------------
# Settings and the file on disk


@action("lounge.set_retention", permission=Permission.EDIT_SETTINGS)
def set_retention_days(session: Session, days: int) -> Lounge:
    """The administrator's retention setting; the next run of the job applies it."""
    if problem := rules.retention_problem(days):
        raise ServiceError(problem)
    lounge = session.lounge
    lounge.retention_days = days
    lounge.save()
    session.audit(lounge, retention_days=days)
    return lounge


def push_to_disk(db: Database) -> bool:
    """Checkpoint the write-ahead log into the database file and empty it.

    Call after :func:`erase_guest` (outside its transaction): until then the
    erased values are still in the pages of the database file that the log has
    not yet overwritten. False when another connection kept the checkpoint from
    completing (it completes at a later checkpoint).
    """
    if not isinstance(db, SqliteDatabase):
        return True  # PostgreSQL has no write-ahead log file of ours to empty
    busy, _log, _done = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0
