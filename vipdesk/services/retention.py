"""Keeping passenger data only as long as the lounge allows, and erasing a guest on request.

Two actions, both in one transaction with their audit row:

- :func:`expire` (:func:`anonymise_expired` answers its guest count), run by
  :func:`retention_job` at start-up and hourly with nobody signed in, and not
  at all while the PC's clock is in doubt (services/clock_check.py):
  everything older than the lounge's retention period loses its personal data
  (what that is: :mod:`vipdesk.domain.retention`), each row by its own age. A
  guest's profile goes when none of their visits (as main guest or companion)
  and none of their complaints is newer than the cut-off, so a regular guest
  keeps being greeted by name.
  Texts go by their own age: a complaint's words when the complaint is older
  than the cut-off, a diary line when it is. Running it twice changes nothing
  the second time.
- :func:`erase_guest`, by an administrator: the same for one guest at once,
  whatever the dates, and their name cut out of the texts that mention them.

Rows are updated, never deleted, so the reports' counts stay right. ``PRAGMA
secure_delete`` (storage/database.py) zeroes the space the old values leave in
the database pages; the old pages themselves stay in the write-ahead log until
a checkpoint, so after an erasure call :func:`push_to_disk` (the retention job
does, whenever it cleared anything). Backups keep what they held until
rotation deletes them (BackupPolicy.max_age_days).

On PostgreSQL those file steps (checkpoint, busy timeout, the search index's merges) do
nothing: the server keeps its own files and log, and has no ``secure_delete``. An updated
row's old version stays in its table's pages until autovacuum frees the space and a later
write reuses it; the server's backups (``pg_dump``) and log archive are the operator's IT's
to rotate.
"""

from __future__ import annotations

import datetime as dt
import json
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import reduce
from typing import Any

from peewee import SQL, Database, Field, Model, SqliteDatabase, fn

from vipdesk.domain import retention as rules
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.permissions import Permission
from vipdesk.services import clock_check, complaint_search
from vipdesk.services.actions import Done, action
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage import row_locks
from vipdesk.storage.models import (
    Companion,
    Complaint,
    ComplaintEvent,
    DiaryEntry,
    Guest,
    Lounge,
    Shift,
    Space,
    Visit,
    WaitingEntry,
    WorkOrder,
)
from vipdesk.storage.models import database as bound_database

CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit
BATCH = 50  # visits (complaints, shifts, diary lines) per batch: a write of a few ms


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _pending(column: Field) -> Any:
    """The text is there and not yet removed."""
    return (column != "") & column.is_null(False) & ~column.startswith(rules.REMOVED_MARK)


def _replace_query(model: type[Model], column: Field, marker: str, where: Any) -> Any:
    """``marker`` in place of every non-empty, not yet removed text: the update, not yet run."""
    return model.update({column: marker}).where(where & _pending(column))


# ---------------------------------------------------------------------------
# The retention job


@dataclass(frozen=True)
class Expired:
    """What one run of the retention job did."""

    guests: int  # guest profiles anonymised
    rows: int  # visits, complaints and shifts cleared (guests' included in none of them)
    more: bool = False  # a batch was full: run again soon (a backlog, e.g. after an upgrade)


def retention_job(session: Session, *, cleared_before: bool = False) -> Expired | None:
    """The scheduled run (start-up, hourly, and soon again while ``more``): None, and
    nothing touched, while the PC's clock disagrees with the time the database has seen;
    otherwise :func:`expire` in a batch of :data:`BATCH` rows, then, once the backlog
    is done and anything was cleared (in this run or, ``cleared_before``, in the runs
    of its backlog), the write-ahead log checkpointed, so the erased values do not stay
    readable in the database file. The desk runs the same batches on a worker thread
    (gui/housekeeping.py)."""
    if not clock_check.watch(session).agrees:
        return None
    done = expire(session, limit=BATCH)
    if not done.more and (cleared_before or done.guests or done.rows):
        push_to_disk(session.db)
    return done


def anonymise_expired(session: Session) -> int:
    """Anonymise what is older than the lounge's retention period; the number of guests done.

    Trusts the session's clock: the desk runs it through :func:`retention_job`,
    which does not while the clock is in doubt.
    """
    return expire(session).guests


Statement = tuple[str, tuple[Any, ...]]  # SQL and its parameters


@dataclass(frozen=True)
class Batch:
    """One run of the job, found and built before its write transaction, so neither the
    search nor building the SQL holds the lock that another desk's check-in waits for.

    Each statement carries the rows' conditions along with their ids (their age, not
    yet anonymised, a guest with nothing newer), so rows that changed since they were
    read (a guest who checked in meanwhile) are left as they are. ``counts`` says what
    each statement's row count adds to: ``guests``, ``words`` (complaints whose guest's
    words went), ``rows`` (visits, complaints, shifts done), or nothing.
    """

    retention_days: int  # the lounge's setting it was built for
    cut: dt.datetime
    statements: tuple[tuple[str, Statement], ...]
    more: bool  # a list was cut at the limit


def expire(session: Session, limit: int | None = None) -> Expired:
    """Clear what is older than the lounge's retention period, each row by its own age.

    Every run selects the rows still holding personal data (``anonymised_at`` is
    NULL; a partial index holds only those) whose own time is before the cut-off,
    clears them and marks them done. No watermark: rows written under a clock
    that was behind are cleared at the next run, rows written under one that
    was ahead when their own time comes, whatever the clock said in between.
    Guests are chosen among those named by the rows that crossed: every guest
    is created with a visit, so the row that crosses last names them. ``limit``:
    at most this many visits, complaints and shifts, oldest first (``more`` says
    whether any were left); in any order the result is the same.

    The rows are found and the statements built first (:func:`expired_batch`, no
    lock held), then run in one short write transaction (:func:`clear_batch`); each
    statement checks its rows again.
    """
    return clear_batch(session, expired_batch(session, limit))


def expired_batch(session: Session, limit: int | None = None) -> Batch:
    """The statements that clear, oldest first, at most ``limit`` visits, complaints,
    shifts and diary lines; reads only."""
    lounge = session.lounge
    now = session.clock.now()
    cut = rules.cut_off(now, lounge.retention_days)
    marker = rules.removed_after(lounge.retention_days)
    visits = [row.id for row in Visit.select(Visit.id).where(
        (Visit.lounge == lounge.id) & _visit_crossed(cut)
    ).order_by(Visit.arrived_at).limit(limit)]
    complaints = [row.id for row in Complaint.select(Complaint.id).where(
        (Complaint.lounge == lounge.id) & _complaint_crossed(cut)
    ).order_by(Complaint.created_at).limit(limit)]
    shifts = list(Shift.select(Shift.id, Shift.handover).where(
        (Shift.lounge == lounge.id) & _shift_crossed(cut)).order_by(Shift.ended_at).limit(limit))
    diary = [row.id for row in DiaryEntry.select(DiaryEntry.id).where(
        _diary_crossed(lounge.id, cut)).order_by(DiaryEntry.at).limit(limit)]

    candidates: set[int] = set()
    if visits:
        candidates.update(row.guest_id for row in Visit.select(Visit.guest).where(
            _among(Visit.id, visits)))
        candidates.update(row.guest_id for row in Companion.select(Companion.guest).where(
            _among(Companion.visit, visits) & Companion.guest.is_null(False))
            if row.guest_id is not None)
    if complaints:
        candidates.update(row.guest_id for row in Complaint.select(Complaint.guest).where(
            _among(Complaint.id, complaints) & Complaint.guest.is_null(False))
            if row.guest_id is not None)
    cuts = _cuts_of_every_lounge(now)
    guests = _expired_guests(cut, cuts, sorted(candidates)) if candidates else []

    queries: list[tuple[str, Any]] = []
    if guests:
        queries.append(("guests", Guest.update({**rules.ANONYMISED_GUEST, "anonymised_at": now})
                        .where(_expired_guest(cut, cuts, guests))))
    if visits:
        still_visits = Visit.select(Visit.id).where(
            _among(Visit.id, visits) & _visit_crossed(cut))
        queries += [("", query) for query in _visit_scrubs(still_visits, marker)]
        queries.append(("rows", Visit.update(anonymised_at=now).where(
            _among(Visit.id, visits) & _visit_crossed(cut))))
    if complaints:
        still_complaints = Complaint.select(Complaint.id).where(
            _among(Complaint.id, complaints) & _complaint_crossed(cut))
        words, *others = _complaint_scrubs(still_complaints, marker)
        queries += [("words", words), *(("", query) for query in others)]
        queries.append(("rows", Complaint.update(anonymised_at=now).where(
            _among(Complaint.id, complaints) & _complaint_crossed(cut))))
    if diary:
        queries.append(("", _replace_query(DiaryEntry, DiaryEntry.text, marker,
                                           _among(DiaryEntry.id, diary)
                                           & _diary_crossed(lounge.id, cut))))
    queries += [("rows", query) for query in _shift_updates(shifts, cut, marker, now)]
    queries.append(("", Space.update(reserved_for=None).where(
        (Space.lounge == lounge.id) & (Space.reserved_until < cut)
        & Space.reserved_for.is_null(False))))
    return Batch(retention_days=lounge.retention_days, cut=cut,
                 statements=tuple((counts, query.sql()) for counts, query in queries),
                 more=limit is not None and limit in (
                     len(visits), len(complaints), len(shifts), len(diary)))


@action("retention.anonymise_expired", permission=None)
def clear_batch(session: Session, batch: Batch) -> Done[Expired]:
    """Run the statements of ``batch`` under the write lock: a few milliseconds, so another
    desk's check-in waits no longer. A retention period changed since the batch was read
    leaves everything for the next run, which reads it anew. On PostgreSQL the lounge's row
    is locked first, so a retention period saved at another desk meanwhile is seen here."""
    row_locks.lock_lounge(session.db, session.lounge_id)
    lounge = session.lounge
    counted = {"guests": 0, "words": 0, "rows": 0}
    if lounge.retention_days == batch.retention_days:
        for counts, (sql, params) in batch.statements:
            changed = session.db.execute_sql(sql, params).rowcount
            if counts:
                counted[counts] += changed
    # Nobody is signed in, or whoever is did not ask for this: the job acts for the lounge.
    return Done(Expired(guests=counted["guests"], rows=counted["rows"],
                        more=batch.more or lounge.retention_days != batch.retention_days),
                lounge, {"retention_days": lounge.retention_days,
                         "cut_off": batch.cut.isoformat(), "guests": counted["guests"],
                         "complaints": counted["words"]}, staff=None)


def _visit_crossed(cut: dt.datetime) -> Any:
    return (Visit.anonymised_at.is_null() & (Visit.arrived_at < cut)
            & (Visit.checked_out_at.is_null() | (Visit.checked_out_at < cut)))


def _complaint_crossed(cut: dt.datetime) -> Any:
    return Complaint.anonymised_at.is_null() & (Complaint.created_at < cut)


def _shift_crossed(cut: dt.datetime) -> Any:
    return Shift.anonymised_at.is_null() & (Shift.ended_at < cut)


def _diary_crossed(lounge_id: int, cut: dt.datetime) -> Any:
    """The lounge's diary lines older than the cut-off whose text is not yet removed."""
    shifts = Shift.select(Shift.id).where(Shift.lounge == lounge_id)
    return DiaryEntry.shift.in_(shifts) & (DiaryEntry.at < cut) & _pending(DiaryEntry.text)


def _among_ids(ids: Sequence[int]) -> Any:
    """The ids as one value for ``IN``: a JSON list read by ``json_each`` on SQLite. peewee
    builds a long ``IN (?, ?, ...)`` a parameter at a time, tens of microseconds each,
    which under the write lock cost more than the update itself."""
    if isinstance(bound_database.obj, SqliteDatabase):
        return SQL("(SELECT value FROM json_each(?))", (json.dumps(list(ids)),))
    return list(ids)


def _among(column: Field, ids: Sequence[int]) -> Any:
    """``column IN ids`` (see :func:`_among_ids`)."""
    return column.in_(_among_ids(ids))


def _cuts_of_every_lounge(now: dt.datetime) -> dict[int, dt.datetime]:
    """Each lounge's cut-off: a guest is shared by the operator's lounges, and each keeps
    its rows as long as its own retention setting says."""
    return {lounge.id: rules.cut_off(now, lounge.retention_days)
            for lounge in Lounge.select(Lounge.id, Lounge.retention_days)}


def _expired_guests(cut: dt.datetime, cuts: dict[int, dt.datetime],
                    among: Sequence[int]) -> list[int]:
    """Those of ``among`` not yet anonymised with nothing newer than the cut-off."""
    return [row.id for row in Guest.select(Guest.id).where(_expired_guest(cut, cuts, among))
            .order_by(Guest.id)]


def _kept_by_a_lounge(lounge: Any, cuts: dict[int, dt.datetime], *times: Any) -> Any:
    """A row some lounge still keeps: one of ``times`` after the cut-off of the row's own
    lounge."""
    return reduce(operator.or_, [
        (lounge == lounge_id) & reduce(operator.or_, [when >= cut for when in times])
        for lounge_id, cut in cuts.items()])


def _expired_guest(cut: dt.datetime, cuts: dict[int, dt.datetime],
                   among: Sequence[int]) -> Any:
    """A guest of ``among`` not yet anonymised with nothing any lounge still keeps: no
    visit, companion's seat or complaint newer than the cut-off of its own lounge (``cuts``:
    a guest seen at lounge B is kept while B keeps them, whatever lounge A's setting), and
    their own record created before this lounge's cut-off ``cut``.

    ``among`` comes from the rows that crossed the cut-off: a guest created after
    all of their rows (which the desk never does: a guest is created with their
    first visit) is not looked at again once those rows are done.
    """
    recent_visit = Visit.select(Visit.id).where(
        (Visit.guest == Guest.id)
        & _kept_by_a_lounge(Visit.lounge, cuts, Visit.arrived_at, Visit.checked_out_at))
    companion_visit = Visit.alias("companion_visit")
    recent_companion = (Companion.select(Companion.id)
                        .join(companion_visit, on=(Companion.visit == companion_visit.id))
                        .where((Companion.guest == Guest.id)
                               & _kept_by_a_lounge(companion_visit.lounge, cuts,
                                                   companion_visit.arrived_at,
                                                   companion_visit.checked_out_at)))
    recent_complaint = Complaint.select(Complaint.id).where(
        (Complaint.guest == Guest.id)
        & _kept_by_a_lounge(Complaint.lounge, cuts, Complaint.created_at))
    return (_among(Guest.id, among) & Guest.anonymised_at.is_null()
            & (Guest.created_at < cut) & ~fn.EXISTS(recent_visit)
            & ~fn.EXISTS(recent_companion) & ~fn.EXISTS(recent_complaint))


def _anonymise_guests(ids: Sequence[int], now: dt.datetime) -> None:
    Guest.update({**rules.ANONYMISED_GUEST, "anonymised_at": now}).where(
        _among(Guest.id, ids)).execute()


def _visit_scrubs(visits: Any, marker: str) -> list[Any]:
    """Seat, sequence number, companions' names and staff notes of these visits (ids or a
    query): the updates, not yet run."""
    return [
        Visit.update(seat="", checkin_sequence=None).where(
            Visit.id.in_(visits) & ((Visit.seat != "") | Visit.checkin_sequence.is_null(False))),
        _replace_query(Visit, Visit.exception_reason, marker, Visit.id.in_(visits)),
        Companion.update(name=rules.ANONYMISED_NAME).where(
            Companion.visit.in_(visits) & (Companion.name != rules.ANONYMISED_NAME)),
        _replace_query(WaitingEntry, WaitingEntry.acknowledgement, marker,
                       WaitingEntry.visit.in_(visits)),
        _replace_query(WaitingEntry, WaitingEntry.escalation_note, marker,
                       WaitingEntry.visit.in_(visits)),
    ]


def _scrub_visits(visits: Any, marker: str) -> None:
    for query in _visit_scrubs(visits, marker):
        query.execute()


def _complaint_scrubs(complaints: Any, marker: str) -> list[Any]:
    """The guest's words (first) and everything written about these complaints (ids or a
    query): the updates, not yet run."""
    return [
        _replace_query(Complaint, Complaint.guest_words, marker, Complaint.id.in_(complaints)),
        *(_replace_query(Complaint, getattr(Complaint, name), marker,
                         Complaint.id.in_(complaints))
          for name in rules.COMPLAINT_TEXTS if name != "guest_words"),
        _replace_query(ComplaintEvent, ComplaintEvent.note, marker,
                       ComplaintEvent.complaint.in_(complaints)),
        _replace_query(WorkOrder, WorkOrder.description, marker,
                       WorkOrder.complaint.in_(complaints)),
    ]


def _scrub_complaints(complaints: Any, marker: str) -> int:
    """The guest's words and everything written about these complaints; how many changed."""
    words, *others = _complaint_scrubs(complaints, marker)
    changed: int = words.execute()
    for query in others:
        query.execute()
    return changed


def _shift_updates(shifts: Sequence[Shift], cut: dt.datetime, marker: str,
                   now: dt.datetime) -> list[Any]:
    """Each shift that ended before the cut-off done, its handover scrubbed (its diary
    lines, all older, go by their own time); unless its handover changed since it was read."""
    updates = []
    for shift in shifts:
        values: dict[Any, Any] = {Shift.anonymised_at: now}
        data = _load(shift.handover) if shift.handover else None
        if data is not None and not rules.handover_scrubbed(data):
            values[Shift.handover] = _dump(rules.scrub_handover(data, marker))
        updates.append(Shift.update(values).where(
            (Shift.id == shift.id) & _shift_crossed(cut) & (Shift.handover == shift.handover)))
    return updates


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


@dataclass(frozen=True)
class ErasedGuest:
    """A guest whose personal data is gone: the row stays, for the visits' counts."""

    guest_id: int
    anonymised_at: dt.datetime

@action("guest.erase", permission=Permission.ERASE_GUEST)
def erase_guest(session: Session, guest_id: int, reason: rules.ErasureReason | str
                ) -> Done[ErasedGuest]:
    """Erase one guest's personal data now; the audit row holds the guest id and reason code."""
    try:
        reason = rules.ErasureReason(reason)
    except ValueError:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "Please choose why this guest is being erased."))) from None
    guest = Guest.get_or_none(Guest.id == guest_id)
    if guest is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This guest is no longer on file.")))
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
    complaint_search.forget_removed_words()  # the search index's copy of the words too

    erased = Guest.get_by_id(guest.id)
    return Done(ErasedGuest(erased.id, erased.anonymised_at), guest,
                {"guest_id": guest.id, "reason": reason.value})


# Free text anywhere in the database that may mention a guest by name.
_TEXT_COLUMNS: tuple[Field, ...] = (
    Guest.notes, Guest.preferences, Companion.name, Visit.exception_reason,
    WaitingEntry.acknowledgement, WaitingEntry.escalation_note, Space.reserved_for,
    DiaryEntry.text, ComplaintEvent.note,
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
def set_retention_days(session: Session, days: int) -> Done[int]:
    """The administrator's retention setting; the next run of the job applies it."""
    if problem := rules.retention_problem(days):
        raise ServiceError(problem)
    lounge = session.lounge
    lounge.retention_days = days
    lounge.save()
    return Done(days, lounge, {"retention_days": days})


def tidy_log(db: Database) -> None:
    """Copy the write-ahead log into the database file as far as readers allow, without
    waiting for anyone and without blocking any writer (``PASSIVE``). The job calls it after
    each batch: otherwise the next commit past SQLite's automatic checkpoint threshold, a
    check-in at another desk as likely as not, would do this work while its agent waits."""
    if isinstance(db, SqliteDatabase):
        db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()


def forget_cleared_words(db: Database, stop: Callable[[], bool]) -> int:
    """Take the words retention cleared out of the complaint search index's file as well:
    FTS5 keeps them in older b-trees until they merge. One short merge step per write
    transaction (milliseconds of lock: a check-in at another desk hardly waits), until
    there is no more to merge or ``stop()`` says the desk is quitting. The steps taken:
    none on PostgreSQL, which has no index copy of the words."""
    if not isinstance(db, SqliteDatabase):
        return 0
    steps = 0
    while not stop():
        with db.atomic():
            more = complaint_search.merge_step()
        steps += 1
        if not more:
            break
    return steps


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
    return bool(busy == 0)


PUSH_WAIT_MS = 30  # the longest the job's push holds the write lock waiting for a reader


def push_to_disk_briefly(db: Database) -> bool:
    """:func:`push_to_disk` for the retention job, never making a writer wait long.

    A ``TRUNCATE`` checkpoint holds the write lock while it waits for readers of older
    snapshots (a backup's copy holds one for seconds), and every check-in waits with it,
    up to the 10 s busy timeout (issue 12). So: ``PASSIVE`` first (blocks nobody); only
    when that copied the whole log, ``TRUNCATE`` under a busy timeout of
    :data:`PUSH_WAIT_MS` on this connection. False when a reader or writer was in the
    way: the caller tries again at its next run."""
    if not isinstance(db, SqliteDatabase):
        return True
    busy, in_log, copied = db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    if busy or copied < in_log:
        return False  # a reader still needs part of the log
    waited = int(db.execute_sql("PRAGMA busy_timeout").fetchone()[0])
    db.execute_sql(f"PRAGMA busy_timeout = {PUSH_WAIT_MS}")
    try:
        busy, _log, _done = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {waited}")
    return bool(busy == 0)
