"""The shift handover as plain data: what the next shift must pick up.

At shift end the services write it (``vipdesk.services.shifts``) into ``Shift.handover``
as JSON; the handover screen shows it and the handover PDF prints it. This module is the
one place that knows the JSON's keys, so both readers see typed fields, never strings.

Reading is forgiving: a stored handover is a record of the past and must stay readable
whatever happened to it since (rows written by older versions, scrubbed by retention,
or damaged). A missing or odd value reads as empty (no text, no time, zero) and keys
nobody knows are ignored. Times are aware; the JSON holds them in UTC, ISO 8601.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

HANDOVER_VERSION: Final = 1


@dataclass(frozen=True)
class GuestInLounge:
    visit_id: int
    guest_id: int
    guest_name: str
    status: str  # VisitStatus value
    space: str  # "" while waiting
    party_size: int
    arrived_at: dt.datetime | None
    seated_at: dt.datetime | None
    flight: str  # "SK1415"; "" when unknown
    boards_at: dt.datetime | None
    attendant: str

    @classmethod
    def read(cls, row: Mapping[str, Any]) -> GuestInLounge:
        return cls(
            visit_id=_int(row, "visit_id"), guest_id=_int(row, "guest_id"),
            guest_name=_text(row, "guest_name"), status=_text(row, "status"),
            space=_text(row, "space"), party_size=_int(row, "party_size", default=1),
            arrived_at=_moment(row, "arrived_at"), seated_at=_moment(row, "seated_at"),
            flight=_text(row, "flight"), boards_at=_moment(row, "boards_at"),
            attendant=_text(row, "attendant"))


@dataclass(frozen=True)
class OpenWait:
    wait_id: int
    visit_id: int
    guest_name: str
    reason: str  # WaitReason value
    wanted_kind: str | None  # SpaceKind value
    started_at: dt.datetime | None
    minutes_waiting: int

    @classmethod
    def read(cls, row: Mapping[str, Any]) -> OpenWait:
        return cls(
            wait_id=_int(row, "wait_id"), visit_id=_int(row, "visit_id"),
            guest_name=_text(row, "guest_name"), reason=_text(row, "reason"),
            wanted_kind=_text(row, "wanted_kind") or None,
            started_at=_moment(row, "started_at"),
            minutes_waiting=_int(row, "minutes_waiting"))


@dataclass(frozen=True)
class HandoverPromise:
    due_at: dt.datetime | None
    owner: str
    how: str
    overdue: bool

    @classmethod
    def read(cls, row: Mapping[str, Any]) -> HandoverPromise:
        return cls(due_at=_moment(row, "due_at"), owner=_text(row, "owner"),
                   how=_text(row, "how"), overdue=bool(row.get("overdue")))


@dataclass(frozen=True)
class OpenItem:
    complaint_id: int
    kind: str  # FeedbackKind value
    category: str
    severity: str
    status: str
    department: str
    guest_name: str
    guest_words: str
    guest_expects: str
    owner: str
    escalated: bool
    created_at: dt.datetime | None
    promise: HandoverPromise | None
    open_work_orders: int

    @classmethod
    def read(cls, row: Mapping[str, Any]) -> OpenItem:
        promise = row.get("promise")
        return cls(
            complaint_id=_int(row, "complaint_id"), kind=_text(row, "kind"),
            category=_text(row, "category"), severity=_text(row, "severity"),
            status=_text(row, "status"), department=_text(row, "department"),
            guest_name=_text(row, "guest_name"), guest_words=_text(row, "guest_words"),
            guest_expects=_text(row, "guest_expects"), owner=_text(row, "owner"),
            escalated=bool(row.get("escalated")), created_at=_moment(row, "created_at"),
            promise=HandoverPromise.read(promise) if isinstance(promise, Mapping) else None,
            open_work_orders=_int(row, "open_work_orders"))


@dataclass(frozen=True)
class PendingWorkOrder:
    work_order_id: int
    complaint_id: int
    department: str
    description: str
    created_at: dt.datetime | None
    guest_name: str

    @classmethod
    def read(cls, row: Mapping[str, Any]) -> PendingWorkOrder:
        return cls(
            work_order_id=_int(row, "work_order_id"), complaint_id=_int(row, "complaint_id"),
            department=_text(row, "department"), description=_text(row, "description"),
            created_at=_moment(row, "created_at"), guest_name=_text(row, "guest_name"))


@dataclass(frozen=True)
class DiaryLine:
    at: dt.datetime | None
    staff: str
    text: str

    @classmethod
    def read(cls, row: Mapping[str, Any]) -> DiaryLine:
        return cls(at=_moment(row, "at"), staff=_text(row, "staff"), text=_text(row, "text"))


@dataclass(frozen=True)
class HandoverData:
    """The snapshot written at shift end; what was open then stays as it was handed over."""

    version: int
    lounge: str
    airport: str
    timezone: str  # the lounge's, as written; "" in a damaged row (readers pick a fallback)
    shift_id: int
    staff: str
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    guests_in_lounge: tuple[GuestInLounge, ...]
    open_waits: tuple[OpenWait, ...]
    open_items: tuple[OpenItem, ...]
    pending_work_orders: tuple[PendingWorkOrder, ...]
    diary: tuple[DiaryLine, ...]

    @classmethod
    def read(cls, data: object) -> HandoverData:
        """The handover in a decoded JSON value; anything but an object reads as empty."""
        row: Mapping[str, Any] = data if isinstance(data, Mapping) else {}
        return cls(
            version=_int(row, "version", default=HANDOVER_VERSION), lounge=_text(row, "lounge"),
            airport=_text(row, "airport"), timezone=_text(row, "timezone"),
            shift_id=_int(row, "shift_id"), staff=_text(row, "staff"),
            started_at=_moment(row, "started_at"), ended_at=_moment(row, "ended_at"),
            guests_in_lounge=tuple(map(GuestInLounge.read, _rows(row, "guests_in_lounge"))),
            open_waits=tuple(map(OpenWait.read, _rows(row, "open_waits"))),
            open_items=tuple(map(OpenItem.read, _rows(row, "open_items"))),
            pending_work_orders=tuple(
                map(PendingWorkOrder.read, _rows(row, "pending_work_orders"))),
            diary=tuple(map(DiaryLine.read, _rows(row, "diary"))))

    @classmethod
    def from_json(cls, stored: str) -> HandoverData:
        """The handover as ``Shift.handover`` holds it; text that is not JSON reads as empty."""
        try:
            return cls.read(json.loads(stored))
        except (ValueError, RecursionError):
            return cls.read({})

    def to_json(self) -> str:
        """The JSON ``Shift.handover`` holds: the fields' names are its keys, in this order."""
        return json.dumps(_plain(self), ensure_ascii=False)


# --- reading and writing one value ---------------------------------------------------------

def _text(row: Mapping[str, Any], key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value)


def _int(row: Mapping[str, Any], key: str, *, default: int = 0) -> int:
    value = row.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return default
    try:
        return int(value)
    except (ValueError, OverflowError):
        return default


def _moment(row: Mapping[str, Any], key: str) -> dt.datetime | None:
    """An ISO 8601 time; one without a zone is UTC (as every handover writes them)."""
    value = row.get(key)
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _rows(row: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = row.get(key)
    return [r for r in value if isinstance(r, Mapping)] if isinstance(value, list) else []


def _plain(value: object) -> Any:
    """A JSON value: dataclasses become objects, tuples lists, times ISO 8601 in UTC."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: _plain(getattr(value, field.name))
                for field in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    return value
