"""The waiting list and the 15-minute fatigue alert, applied to the database.

The rules (when a wait starts, turns amber, red, escalates) live in
:mod:`vipdesk.domain.waiting`; this module records them. Every change a person
makes is an ``@action`` needing ``SEAT_GUESTS``. The GUI calls
:func:`raise_due_alerts` on its timer tick:

- It reads the open waits with one query (the ``ended_at, started_at`` index)
  and writes nothing, not even an audit row, when nothing is due.
- ``alert_raised_at`` records *now*: when this desk actually raised the alert
  (the honest audit time). The due time stays computable from ``started_at``
  and the lounge's settings (:func:`vipdesk.domain.waiting.alert_due_at`), and
  the escalation is due from it, not from the desk's tick.
- Each alert and each escalation is written by a conditional update (only if
  not yet recorded), so it happens once per wait across refreshes, restarts and
  several desks; only the desk whose update went through gets it back (to
  chime). On SQLite the desks' ticks take turns on the write lock; on PostgreSQL
  the second desk's ``UPDATE ... WHERE alert_raised_at IS NULL`` waits for the
  first desk's row lock and then, reading the row as committed, matches nothing
  (READ COMMITTED re-checks the condition): raised once, escalated once, audited
  once. The desk's own steps on a wait read it locked first (``_wait_here``), and
  one open wait per visit is a partial unique index (migration 0006). A desk
  that wants to chime for alerts raised by another desk should chime on banner
  keys it has not seen before.
- The automatic alerts are audited with no staff member (the clock raised
  them, not the person signed in) and still happen while the desk is locked.
- A guest still waiting a fatigue interval after an acknowledgement is alerted
  again, escalated to the duty manager (:func:`raise_due_alerts`); an escalated
  alert is acknowledged by the duty manager only, and the desk can add a note
  for the manager (:func:`add_escalation_note`).

The actions hand back a :class:`WaitRecord` (the wait as just written) and the
queries a :class:`WaitRow` (as the board lists it): never a database row.

Fatigue alerts join the banner feed of :mod:`vipdesk.services.alerts` through
:func:`waiting_banner`, an ``AlertSource``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, IntegrityError, Select, fn

from vipdesk.domain import waiting as rules
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.names import form_of_address, initials
from vipdesk.domain.permissions import Permission
from vipdesk.domain.vocabulary import Severity, SpaceKind, VisitStatus, WaitReason
from vipdesk.domain.waiting import (
    ACKNOWLEDGEMENT_CHOICES,
    Acknowledgement,
    WaitSettings,
    WaitStage,
    WaitTimes,
)
from vipdesk.services import alerts
from vipdesk.services.actions import Done, action
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage import row_locks
from vipdesk.storage.models import Guest, Lounge, Staff, Visit, WaitingEntry

__all__ = [
    "ACKNOWLEDGEMENT_CHOICES", "Acknowledgement", "AlreadyWaiting", "WaitRecord", "WaitRow",
    "WaitStage", "acknowledge_alert", "add_escalation_note", "end_wait", "end_waits_of_visit",
    "longest_waiting_for", "open_waits", "put_on_waiting_list", "queue_for", "raise_due_alerts",
    "waiting_banner",
]


class AlreadyWaiting(ServiceError):
    """The visit already has an open wait: ``wait_id`` is that one."""

    def __init__(self, wait_id: int | None) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "Messages", "This guest is already on the waiting list.")))
        self.wait_id = wait_id


@dataclass(frozen=True)
class WaitRow:
    """One open wait as the board's waiting list shows it."""

    wait_id: int
    visit_id: int
    guest_id: int
    guest_name: str  # "Ms Li Chen"
    guest_initials: str  # "L. C.": all a locked desk shows
    party_size: int
    reason: WaitReason
    wanted_kind: SpaceKind | None  # None: any space (the lobby)
    started_at: dt.datetime  # aware UTC
    minutes_waited: int
    stage: WaitStage
    alert_due_at: dt.datetime
    escalation_due_at: dt.datetime
    alert_raised_at: dt.datetime | None
    acknowledged_at: dt.datetime | None
    acknowledged_by: str  # staff name, "" if not acknowledged
    acknowledged_with: tuple[Acknowledgement, ...]
    acknowledgement: str  # the free text, as typed
    escalated_at: dt.datetime | None
    seated: bool  # waiting while seated (for a room, or to settle)
    realerted_at: dt.datetime | None = None  # the alert came back after an acknowledgement
    escalation_note: str = ""  # the desk's note for the duty manager
    escalation_note_by: str = ""
    needs_acknowledgement: bool = False  # the alert is open: nobody has answered it (yet again)

    @property
    def times(self) -> WaitTimes:
        return WaitTimes(started_at=self.started_at, alert_raised_at=self.alert_raised_at,
                         acknowledged_at=self.acknowledged_at, escalated_at=self.escalated_at,
                         realerted_at=self.realerted_at)

    @property
    def escalated(self) -> bool:
        """With the duty manager: only they (or an administrator) may acknowledge it."""
        return self.stage is WaitStage.ESCALATED


@dataclass(frozen=True)
class WaitRecord:
    """One wait as an action has just written it."""

    id: int
    visit_id: int
    started_at: dt.datetime  # aware UTC
    ended_at: dt.datetime | None


def _record(wait: WaitingEntry) -> WaitRecord:
    return WaitRecord(id=wait.id, visit_id=wait.visit_id, started_at=wait.started_at,
                      ended_at=wait.ended_at)


# --- queries ------------------------------------------------------------------------------


def _open_waits_query(session: Session) -> Select:
    acknowledger = Staff.alias()
    noter = Staff.alias()
    return (WaitingEntry
            .select(WaitingEntry.id, WaitingEntry.visit, WaitingEntry.reason,
                    WaitingEntry.wanted_kind, WaitingEntry.started_at,
                    WaitingEntry.alert_raised_at, WaitingEntry.acknowledged_at,
                    WaitingEntry.acknowledgement, WaitingEntry.acknowledged_with,
                    WaitingEntry.escalated_at, WaitingEntry.realerted_at,
                    WaitingEntry.escalation_note, noter.name.alias("noted_by_name"),
                    Visit.guest, Visit.party_size, Visit.status.alias("visit_status"),
                    Guest.title, Guest.given_names, Guest.surname, Guest.language,
                    acknowledger.name.alias("acknowledged_by_name"),
                    Lounge.amber_minutes, Lounge.fatigue_minutes, Lounge.escalate_after_minutes)
            .join(Visit).join(Guest).switch(Visit).join(Lounge)
            .join_from(WaitingEntry, acknowledger, JOIN.LEFT_OUTER,
                       on=(WaitingEntry.acknowledged_by == acknowledger.id))
            .join_from(WaitingEntry, noter, JOIN.LEFT_OUTER,
                       on=(WaitingEntry.escalation_note_by == noter.id))
            # "+ 0": without statistics SQLite would rather walk every visit of the lounge
            # (a year of history) than the few open waits; this keeps it on the
            # ``ended_at, started_at`` index, which also gives the order.
            .where(WaitingEntry.ended_at.is_null() & ((Visit.lounge + 0) == session.lounge_id))
            .order_by(WaitingEntry.started_at, WaitingEntry.id))


def _codes(stored: str) -> tuple[Acknowledgement, ...]:
    known = {code.value for code in Acknowledgement}
    return tuple(Acknowledgement(code) for code in stored.split(",") if code in known)


def _to_row(row: dict[str, Any], now: dt.datetime) -> WaitRow:
    settings = WaitSettings.of(row)  # the query selects the lounge's thresholds
    times = WaitTimes(started_at=row["started_at"], alert_raised_at=row["alert_raised_at"],
                      acknowledged_at=row["acknowledged_at"], escalated_at=row["escalated_at"],
                      realerted_at=row["realerted_at"])
    return WaitRow(
        wait_id=row["id"], visit_id=row["visit"], guest_id=row["guest"],
        guest_name=form_of_address(row["title"], row["given_names"], row["surname"],
                                   row["language"]),
        guest_initials=initials(row["given_names"], row["surname"], row["language"]),
        party_size=row["party_size"], reason=row["reason"], wanted_kind=row["wanted_kind"],
        started_at=row["started_at"], minutes_waited=rules.minutes_waited(times, now),
        stage=rules.stage(times, settings, now),
        alert_due_at=rules.alert_due_at(times.started_at, settings),
        escalation_due_at=rules.escalation_due_at(times.started_at, settings),
        alert_raised_at=row["alert_raised_at"], acknowledged_at=row["acknowledged_at"],
        acknowledged_by=row["acknowledged_by_name"] or "",
        acknowledged_with=_codes(row["acknowledged_with"]),
        acknowledgement=row["acknowledgement"], escalated_at=row["escalated_at"],
        seated=row["visit_status"] is VisitStatus.SEATED, realerted_at=row["realerted_at"],
        escalation_note=row["escalation_note"], escalation_note_by=row["noted_by_name"] or "",
        needs_acknowledgement=rules.needs_acknowledgement(times, settings, now))


def open_waits(session: Session) -> list[WaitRow]:
    """Everyone waiting now, longest first: the board's waiting list (one query)."""
    now = session.clock.now()
    return [_to_row(row, now) for row in _open_waits_query(session).dicts()]


def _waiting_for_query(session: Session, kind: SpaceKind, max_party_size: int | None) -> Select:
    wanted = WaitingEntry.wanted_kind == kind
    if kind is SpaceKind.LOBBY:
        wanted |= WaitingEntry.wanted_kind.is_null()
    query = _open_waits_query(session).where(wanted & (WaitingEntry.reason != WaitReason.SETTLING))
    if max_party_size is not None:
        query = query.where(Visit.party_size <= max_party_size)
    return query


def longest_waiting_for(session: Session, kind: SpaceKind,
                        max_party_size: int | None = None) -> WaitRow | None:
    """Whom to propose when a space of ``kind`` frees up: the longest wait for that kind.

    A wait for no particular kind counts for the lobby. Guests waiting to settle
    at check-out want no space and are never proposed. ``max_party_size`` skips
    parties too large for the space that freed up.
    """
    row = _waiting_for_query(session, kind, max_party_size).limit(1).dicts().first()
    return _to_row(row, session.clock.now()) if row is not None else None


def queue_for(session: Session, kind: SpaceKind, max_party_size: int | None = None
              ) -> list[WaitRow]:
    """Everyone a new arrival would pass by taking a space of ``kind``: the parties waiting for
    that kind who would fit (``max_party_size``), longest first (one query)."""
    now = session.clock.now()
    return [_to_row(row, now) for row in _waiting_for_query(session, kind, max_party_size).dicts()]


# --- the banner feed -----------------------------------------------------------------------


def _desk_alert(row: WaitRow, since: dt.datetime | None = None) -> alerts.Alert:
    return alerts.Alert(
        kind=alerts.AlertKind.FATIGUE,
        severity=Severity.HIGH, since=since or row.alert_raised_at or row.alert_due_at,
        guest_name=row.guest_name, guest_initials=row.guest_initials,
        started_at=row.started_at, note=row.escalation_note, note_by=row.escalation_note_by,
        for_manager=False, guest_id=row.guest_id,
        visit_id=row.visit_id, wait_id=row.wait_id, due_at=row.alert_due_at)


def _manager_alert(row: WaitRow, since: dt.datetime | None = None) -> alerts.Alert:
    return alerts.Alert(
        kind=alerts.AlertKind.FATIGUE_ESCALATED,
        severity=Severity.CRITICAL,
        since=since or row.realerted_at or row.escalated_at or row.escalation_due_at,
        guest_name=row.guest_name, guest_initials=row.guest_initials,
        started_at=row.started_at, note=row.escalation_note, note_by=row.escalation_note_by,
        for_manager=True, guest_id=row.guest_id,
        visit_id=row.visit_id, wait_id=row.wait_id, due_at=row.escalation_due_at)


def waiting_banner(session: Session) -> list[alerts.Alert]:
    """Red waits whose alert is open, for every desk; escalated ones also for the manager.

    An ``alerts.AlertSource``: add it to ``alerts.SOURCES``. Computed from the
    stored times and the clock, so the banner is right even before the next tick.
    """
    found = []
    for row in open_waits(session):
        if not row.needs_acknowledgement:
            continue
        found.append(_desk_alert(row))
        if row.escalated:
            found.append(_manager_alert(row))
    return found


# --- the timer tick -------------------------------------------------------------------------


class _AlreadyRecorded(ServiceError):
    """Another desk (or an earlier tick) recorded it first: roll back, write no audit row."""


@action("wait.alert_raised", permission=None)
def _record_alert(session: Session, wait_id: int, due_at: dt.datetime) -> Done[None]:
    now = session.clock.now()
    changed = (WaitingEntry.update(alert_raised_at=now)
               .where((WaitingEntry.id == wait_id) & WaitingEntry.alert_raised_at.is_null()
                      & WaitingEntry.ended_at.is_null()).execute())
    if not changed:
        raise _AlreadyRecorded("")
    return Done(None, WaitingEntry(id=wait_id), {"due_at": due_at.isoformat()}, staff=None)


@action("wait.alert_escalated", permission=None)
def _record_escalation(session: Session, wait_id: int, due_at: dt.datetime) -> Done[None]:
    now = session.clock.now()
    changed = (WaitingEntry.update(escalated_at=now)
               .where((WaitingEntry.id == wait_id) & WaitingEntry.escalated_at.is_null()
                      & WaitingEntry.acknowledged_at.is_null()
                      & WaitingEntry.ended_at.is_null()).execute())
    if not changed:
        raise _AlreadyRecorded("")
    return Done(None, WaitingEntry(id=wait_id), {"due_at": due_at.isoformat()}, staff=None)


@action("wait.alert_repeated", permission=None)
def _record_repeat(session: Session, wait_id: int, due_at: dt.datetime) -> Done[None]:
    """Alert again after the latest acknowledgement, straight to the duty manager."""
    now = session.clock.now()
    changed = (WaitingEntry.update(realerted_at=now,
                                   escalated_at=fn.COALESCE(WaitingEntry.escalated_at, now))
               .where((WaitingEntry.id == wait_id) & WaitingEntry.acknowledged_at.is_null(False)
                      & (WaitingEntry.realerted_at.is_null()
                         | (WaitingEntry.realerted_at < WaitingEntry.acknowledged_at))
                      & WaitingEntry.ended_at.is_null()).execute())
    if not changed:
        raise _AlreadyRecorded("")
    return Done(None, WaitingEntry(id=wait_id), {"due_at": due_at.isoformat()}, staff=None)


def raise_due_alerts(session: Session) -> list[alerts.Alert]:
    """Record the alerts and escalations that have come due; return the new ones (to chime).

    Called on every GUI tick: one query, and no write at all when nothing is due.
    """
    if session.lounge_id is None:
        return []
    now = session.clock.now()
    new: list[alerts.Alert] = []
    # Read to the end before writing: an SQLite read still open pins this connection to its
    # snapshot, and a write lock asked for on a snapshot another desk has committed past is
    # refused at once ("database is locked", without the busy timeout's wait).
    for record in list(_open_waits_query(session).dicts()):
        row = _to_row(record, now)
        due = rules.due_now(row.times, WaitSettings.of(record), now)
        if due.raise_alert and _recorded(_record_alert, session, row.wait_id, row.alert_due_at):
            new.append(_desk_alert(row, since=now))
        if due.escalate and _recorded(_record_escalation, session, row.wait_id,
                                      row.escalation_due_at):
            new.append(_manager_alert(row, since=now))
        repeat_at = rules.repeat_due_at(row.times, WaitSettings.of(record))
        if due.repeat and repeat_at and _recorded(_record_repeat, session, row.wait_id, repeat_at):
            new.append(_manager_alert(row, since=now))
    return new


def _recorded(record: Any, session: Session, wait_id: int, due_at: dt.datetime) -> bool:
    try:
        record(session, wait_id, due_at)
    except _AlreadyRecorded:
        return False
    return True


# --- the desk's actions ---------------------------------------------------------------------


def _visit_here(session: Session, visit_id: int) -> Visit:
    visit = Visit.get_or_none((Visit.id == visit_id) & (Visit.lounge == session.lounge_id))
    if visit is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This visit is not on file here.")))
    return visit


def _open_wait_of(visit_id: int) -> WaitingEntry | None:
    return WaitingEntry.get_or_none((WaitingEntry.visit == visit_id)
                                    & WaitingEntry.ended_at.is_null())


def _wait_here(session: Session, wait_id: int) -> WaitingEntry:
    """The wait, locked until the action ends (two desks ending one wait take turns)."""
    wait: WaitingEntry | None = row_locks.locked(session.db, (
        WaitingEntry.select(WaitingEntry, Visit).join(Visit)
        .where((WaitingEntry.id == wait_id) & (Visit.lounge == session.lounge_id)))).first()
    if wait is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This wait is not on file here.")))
    return wait


@action("wait.start", permission=Permission.SEAT_GUESTS)
def put_on_waiting_list(session: Session, visit_id: int, reason: WaitReason,
                        wanted_kind: SpaceKind | None = None) -> Done[WaitRecord]:
    """Put a visit on the waiting list; the wait starts at arrival (or now: see the rules).

    Refusals: a visit not here or checked out, :class:`AlreadyWaiting`, a
    wanted space for a guest settling the bill.
    """
    reason = WaitReason(reason)
    wanted_kind = SpaceKind(wanted_kind) if wanted_kind is not None else None
    if reason is WaitReason.SETTLING and wanted_kind is not None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "A guest waiting to settle is not waiting for a space.")))
    visit = _visit_here(session, visit_id)
    if visit.status is VisitStatus.CHECKED_OUT:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This guest has already checked out.")))
    if (existing := _open_wait_of(visit.id)) is not None:
        raise AlreadyWaiting(existing.id)
    now = session.clock.now()
    started = rules.wait_starts_at(reason, visit.arrived_at,
                                   seated=visit.status is VisitStatus.SEATED, now=now)
    try:
        with session.db.atomic():
            wait = WaitingEntry.create(visit=visit, reason=reason, wanted_kind=wanted_kind,
                                       started_at=started)
    except IntegrityError:
        # Another desk put the guest on the list a moment ago (the one-open-wait index).
        existing = _open_wait_of(visit.id)
        raise AlreadyWaiting(existing.id if existing else None) from None
    return Done(_record(wait), wait, {"visit": visit.id, "reason": reason.value,
                             "wanted": wanted_kind.value if wanted_kind else None})


@action("wait.acknowledge", permission=Permission.SEAT_GUESTS)
def acknowledge_alert(session: Session, wait_id: int, what_was_done: str = "",
                      choices: Iterable[Acknowledgement | str] = ()) -> Done[WaitRecord]:
    """Record what the desk did for a tired guest: codes from ACKNOWLEDGEMENT_CHOICES and/or text.

    Who and when come from the session and the clock. An alert that is due but
    not yet raised by a tick is raised now too. The text is stored as typed. An
    escalated alert is the duty manager's to close: anyone else is refused (and
    may add a note with :func:`add_escalation_note`).
    """
    try:
        codes = tuple(dict.fromkeys(Acknowledgement(code) for code in choices))
    except ValueError:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "Please choose what was done from the list."))) from None
    if problem := rules.acknowledgement_problem(codes, what_was_done):
        raise ServiceError(problem)
    wait = _wait_here(session, wait_id)
    settings = WaitSettings.of(session.lounge)
    times = _times_of(wait)
    now = session.clock.now()
    if problem := rules.can_acknowledge(times, settings, now):
        raise ServiceError(problem)
    if rules.is_escalated(times, settings, now):
        session.require(rules.ESCALATION_PERMISSION)
    changes: dict[Any, Any] = {
        WaitingEntry.acknowledged_at: now, WaitingEntry.acknowledged_by: session.staff_id,
        WaitingEntry.acknowledgement: what_was_done,
        WaitingEntry.acknowledged_with: ",".join(code.value for code in codes)}
    if wait.alert_raised_at is None:
        changes[WaitingEntry.alert_raised_at] = now
    if wait.first_acknowledged_at is None:
        changes[WaitingEntry.first_acknowledged_at] = now
        changes[WaitingEntry.first_acknowledged_by] = session.staff_id
    answered = (WaitingEntry.acknowledged_at.is_null() if wait.acknowledged_at is None
                else WaitingEntry.acknowledged_at == wait.acknowledged_at)
    changed = (WaitingEntry.update(changes)
               .where((WaitingEntry.id == wait.id) & answered
                      & WaitingEntry.ended_at.is_null()).execute())
    if not changed:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This alert has just been acknowledged at another desk.")))
    return Done(_record(WaitingEntry.get_by_id(wait.id)), wait, {
        "visit": wait.visit_id, "done": [code.value for code in codes],
        "escalated": wait.escalated_at is not None, "repeat": wait.realerted_at is not None})


def _times_of(wait: WaitingEntry) -> WaitTimes:
    return WaitTimes(started_at=wait.started_at, alert_raised_at=wait.alert_raised_at,
                     acknowledged_at=wait.acknowledged_at, escalated_at=wait.escalated_at,
                     ended_at=wait.ended_at, realerted_at=wait.realerted_at)


@action("wait.escalation_note", permission=Permission.SEAT_GUESTS)
def add_escalation_note(session: Session, wait_id: int, note: str) -> Done[WaitRecord]:
    """The desk's words for the duty manager on an escalated alert (the manager closes it)."""
    if problem := rules.acknowledgement_problem((Acknowledgement.OTHER,), note):
        raise ServiceError(problem)
    wait = _wait_here(session, wait_id)
    if wait.ended_at is not None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This guest is no longer waiting.")))
    wait.escalation_note, wait.escalation_note_by_id = note, session.staff_id
    wait.save(only=[WaitingEntry.escalation_note, WaitingEntry.escalation_note_by])
    return Done(_record(wait), wait, {"visit": wait.visit_id})


@action("wait.end", permission=Permission.SEAT_GUESTS)
def end_wait(session: Session, wait_id: int) -> Done[WaitRecord]:
    """The wait is over: the guest was seated, settled, or left."""
    wait = _wait_here(session, wait_id)
    if wait.ended_at is not None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This guest is no longer waiting.")))
    wait.ended_at = session.clock.now()
    wait.save(only=[WaitingEntry.ended_at])
    return Done(_record(wait), wait, {"visit": wait.visit_id})


def end_waits_of_visit(session: Session, visit_id: int) -> int:
    """End the visit's open wait inside another action (seating); the number ended (0 or 1)."""
    ended: int = (WaitingEntry.update(ended_at=session.clock.now())
                  .where((WaitingEntry.visit == visit_id) & WaitingEntry.ended_at.is_null())
                  .execute())
    return ended
