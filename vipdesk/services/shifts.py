"""Shifts, the shift diary, and the handover the next shift must read and acknowledge.

At shift end the desk writes the handover as a JSON snapshot in ``Shift.handover``:
what was open at that moment stays exactly as it was handed over, even after the
items move on, so the printed handover and the screen always agree with what the
next shift was told. Its shape and JSON are
:mod:`vipdesk.documents.handover_data`; the lounge's time zone travels with it so a
reader shows local times.

What leaves for the screens is a :class:`ShiftRecord`, a :class:`DiaryRow` or a
:class:`HandoverRecord`, never a database row.

Two desks at once: on SQLite the actions take turns on the write lock; on PostgreSQL
each reads what it decides on locked (:mod:`vipdesk.storage.row_locks`): the member's
own row before a shift starts (one open shift each), the open shift before it ends
(one handover), the ended shift before its handover is acknowledged (once, by one).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from vipdesk.documents.handover_data import (
    HANDOVER_VERSION,
    DiaryLine,
    GuestInLounge,
    HandoverData,
    HandoverPromise,
    OpenItem,
    OpenWait,
    PendingWorkOrder,
)
from vipdesk.domain.complaints import required_text_problem
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.names import form_of_address
from vipdesk.domain.permissions import Permission
from vipdesk.domain.vocabulary import IN_LOUNGE
from vipdesk.services import complaints
from vipdesk.services.actions import Done, action
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage import row_locks
from vipdesk.storage.models import (
    DiaryEntry,
    Flight,
    Guest,
    Lounge,
    Shift,
    Space,
    Staff,
    Visit,
    WaitingEntry,
)
from vipdesk.storage.query_rows import dicts_of


@dataclass(frozen=True)
class ShiftRecord:
    """A shift as a service has just read or written it; ``ended_at`` None while open."""

    id: int
    started_at: dt.datetime
    ended_at: dt.datetime | None


def shift_record(shift: Shift) -> ShiftRecord:
    """The record of a shift row."""
    return ShiftRecord(id=shift.id, started_at=shift.started_at, ended_at=shift.ended_at)


@dataclass(frozen=True)
class HandoverRecord:
    """A written handover and whether the next shift has acknowledged it."""

    shift_id: int
    staff_id: int
    staff_name: str
    started_at: dt.datetime
    ended_at: dt.datetime
    acknowledged_by_id: int | None
    acknowledged_by_name: str
    acknowledged_at: dt.datetime | None
    data: HandoverData


@dataclass(frozen=True)
class DiaryRow:
    id: int
    at: dt.datetime
    staff_id: int
    staff_name: str
    text: str


# --- shifts and the diary ---------------------------------------------------------------------

def current_shift(session: Session) -> ShiftRecord | None:
    """The signed-in staff member's open shift at this lounge, if any."""
    shift = _current_shift_row(session)
    return shift_record(shift) if shift is not None else None


def _current_shift_row(session: Session) -> Shift | None:
    if session.staff is None:
        return None
    shift: Shift | None = row_locks.locked(session.db, (
        Shift.select().where((Shift.lounge == session.lounge_id)
                             & (Shift.staff == session.staff_id) & Shift.ended_at.is_null())
        .order_by(Shift.started_at.desc()))).first()
    return shift


def _open_shift(session: Session) -> Shift:
    shift = _current_shift_row(session)
    if shift is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "Please start your shift first.")))
    return shift


@action("shift.start", permission=Permission.WRITE_DIARY)
def start_shift(session: Session) -> Done[ShiftRecord]:
    # Their own row first: the same person starting a shift at two desks at once takes turns.
    list(row_locks.locked(session.db, Staff.select(Staff.id).where(Staff.id == session.staff_id)))
    if _current_shift_row(session) is not None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "Your shift has already started; end it before starting another.")))
    shift = Shift.create(lounge=session.lounge_id, staff=session.staff_id,
                         started_at=session.clock.now())
    return Done(shift_record(shift), shift)


@action("shift.add_diary_entry", permission=Permission.WRITE_DIARY)
def add_diary_entry(session: Session, text: str) -> Done[DiaryRow]:
    """A note in the shift diary, kept exactly as written."""
    if problem := required_text_problem(text, "the diary entry"):
        raise ServiceError(problem)
    shift = _open_shift(session)
    writer = session.staff
    assert writer is not None  # the action decorator has checked the sign-in
    entry = DiaryEntry.create(shift=shift, at=session.clock.now(), staff=writer.id, text=text)
    return Done(DiaryRow(entry.id, entry.at, writer.id, writer.name, entry.text), entry,
                {"shift": shift.id})


def diary(session: Session, shift_id: int) -> list[DiaryRow]:
    query = (DiaryEntry.select(DiaryEntry.id, DiaryEntry.at, DiaryEntry.staff, DiaryEntry.text,
                               Staff.name)
             .join_from(DiaryEntry, Staff).join_from(DiaryEntry, Shift)
             .where((DiaryEntry.shift == shift_id) & (Shift.lounge == session.lounge_id))
             .order_by(DiaryEntry.at, DiaryEntry.id))
    return [DiaryRow(r["id"], r["at"], r["staff"], r["name"], r["text"]) for r in dicts_of(query)]


@action("shift.end", permission=Permission.WRITE_DIARY)
def end_shift(session: Session) -> Done[ShiftRecord]:
    """End the shift and write its handover: everything the next shift must pick up."""
    shift = _open_shift(session)
    shift.ended_at = session.clock.now()
    shift.handover = _snapshot(session, shift).to_json()
    shift.save()
    return Done(shift_record(shift), shift)


# --- the handover -----------------------------------------------------------------------------

def _name(row: dict[str, Any]) -> str:
    if row.get("surname") is None:
        return ""
    return form_of_address(row["title"], row["given_names"], row["surname"], row["language"])


def _guests_in_lounge(session: Session) -> tuple[GuestInLounge, ...]:
    attendant = Staff.alias("attendant")
    query = (Visit
             .select(Visit.id, Visit.guest, Visit.status, Visit.party_size, Visit.arrived_at,
                     Visit.seated_at, Visit.carrier, Visit.flight_number,
                     Guest.title, Guest.given_names, Guest.surname, Guest.language,
                     Space.name.alias("space_name"), Flight.boards_at,
                     attendant.name.alias("attendant_name"))
             .join_from(Visit, Guest)
             .join_from(Visit, Space, JOIN.LEFT_OUTER)
             .join_from(Visit, Flight, JOIN.LEFT_OUTER)
             .join_from(Visit, attendant, JOIN.LEFT_OUTER, on=(Visit.attendant == attendant.id))
             .where((Visit.lounge == session.lounge_id)
                    & Visit.status.in_(IN_LOUNGE))
             .order_by(Visit.arrived_at, Visit.id))
    return tuple(GuestInLounge(
        visit_id=r["id"], guest_id=r["guest"], guest_name=_name(r), status=str(r["status"]),
        space=r["space_name"] or "", party_size=r["party_size"],
        arrived_at=r["arrived_at"], seated_at=r["seated_at"],
        flight=f"{r['carrier']}{r['flight_number']}".strip(), boards_at=r["boards_at"],
        attendant=r["attendant_name"] or "") for r in dicts_of(query))


def _open_waits(session: Session) -> tuple[OpenWait, ...]:
    now = session.clock.now()
    query = (WaitingEntry
             .select(WaitingEntry.id, WaitingEntry.visit, WaitingEntry.reason,
                     WaitingEntry.wanted_kind, WaitingEntry.started_at,
                     Guest.title, Guest.given_names, Guest.surname, Guest.language)
             .join(Visit).join(Guest)
             .where((Visit.lounge == session.lounge_id) & WaitingEntry.ended_at.is_null())
             .order_by(WaitingEntry.started_at, WaitingEntry.id))
    return tuple(OpenWait(
        wait_id=r["id"], visit_id=r["visit"], guest_name=_name(r), reason=str(r["reason"]),
        wanted_kind=str(r["wanted_kind"]) if r["wanted_kind"] else None,
        started_at=r["started_at"],
        minutes_waiting=max(0, int((now - r["started_at"]).total_seconds() // 60)))
        for r in dicts_of(query))


def _open_items(session: Session) -> tuple[OpenItem, ...]:
    items: list[OpenItem] = []
    for row in complaints.open_for_handover(session):
        promise = None
        if row.promise_pending:
            promise = HandoverPromise(due_at=row.promise_due_at,
                                      owner=row.promise_owner_name, how=row.promise_how,
                                      overdue=row.promise_overdue)
        items.append(OpenItem(
            complaint_id=row.id, kind=str(row.kind), category=str(row.category),
            severity=str(row.severity), status=str(row.status), department=str(row.department),
            guest_name=row.guest_name, guest_words=row.guest_words,
            guest_expects=row.guest_expects, owner=row.owner_name, escalated=row.escalated,
            created_at=row.created_at, promise=promise,
            open_work_orders=row.open_work_orders))
    return tuple(items)


def _snapshot(session: Session, shift: Shift) -> HandoverData:
    lounge = Lounge.get_by_id(session.lounge_id)
    return HandoverData(
        version=HANDOVER_VERSION, lounge=lounge.name, airport=lounge.airport,
        timezone=lounge.timezone, shift_id=shift.id, staff=shift.staff.name,
        started_at=shift.started_at, ended_at=shift.ended_at,
        guests_in_lounge=_guests_in_lounge(session),
        open_waits=_open_waits(session),
        open_items=_open_items(session),
        pending_work_orders=tuple(PendingWorkOrder(
            work_order_id=w.id, complaint_id=w.complaint_id, department=str(w.department),
            description=w.description, created_at=w.created_at,
            guest_name=w.guest_name) for w in complaints.open_work_orders(session)),
        diary=tuple(DiaryLine(at=d.at, staff=d.staff_name, text=d.text)
                    for d in diary(session, shift.id)),
    )


def _records(session: Session) -> Any:
    writer, acknowledger = Staff.alias("writer"), Staff.alias("acknowledger")
    return (Shift
            .select(Shift.id, Shift.staff, Shift.started_at, Shift.ended_at, Shift.handover,
                    Shift.acknowledged_by, Shift.acknowledged_at,
                    writer.name.alias("writer_name"),
                    acknowledger.name.alias("acknowledger_name"))
            .join_from(Shift, writer, on=(Shift.staff == writer.id))
            .join_from(Shift, acknowledger, JOIN.LEFT_OUTER,
                       on=(Shift.acknowledged_by == acknowledger.id))
            .where((Shift.lounge == session.lounge_id) & Shift.ended_at.is_null(False)))


def _to_record(row: dict[str, Any]) -> HandoverRecord:
    return HandoverRecord(
        shift_id=row["id"], staff_id=row["staff"], staff_name=row["writer_name"],
        started_at=row["started_at"], ended_at=row["ended_at"],
        acknowledged_by_id=row["acknowledged_by"],
        acknowledged_by_name=row["acknowledger_name"] or "",
        acknowledged_at=row["acknowledged_at"], data=HandoverData.from_json(row["handover"]))


def pending_handover(session: Session) -> HandoverRecord | None:
    """The oldest handover nobody has acknowledged yet; None when all are read."""
    row = (_records(session).where(Shift.acknowledged_at.is_null())
           .order_by(Shift.ended_at, Shift.id).dicts().first())
    return _to_record(row) if row else None


def handover(session: Session, shift_id: int) -> HandoverRecord:
    """A written handover, to show or print again."""
    row = _records(session).where(Shift.id == shift_id).dicts().first()
    if row is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "That shift has not ended, so it has no handover yet.")))
    return _to_record(row)


@action("shift.acknowledge_handover", permission=Permission.WRITE_DIARY)
def acknowledge_handover(session: Session, shift_id: int) -> Done[ShiftRecord]:
    """The next shift has read the handover: recorded with who and when."""
    shift: Shift | None = row_locks.locked(session.db, Shift.select().where(
        (Shift.id == shift_id) & (Shift.lounge == session.lounge_id))).first()
    if shift is None or shift.ended_at is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "That shift has not ended, so it has no handover yet.")))
    if shift.acknowledged_at is not None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This handover was already acknowledged by {name}."),
            {"name": shift.acknowledged_by.name}) if shift.acknowledged_by else Message(
                QT_TRANSLATE_NOOP("Messages", "This handover was already acknowledged.")))
    shift.acknowledged_by_id, shift.acknowledged_at = session.staff_id, session.clock.now()
    shift.save()
    return Done(shift_record(shift), shift)
