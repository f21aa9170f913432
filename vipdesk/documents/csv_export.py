"""The daily reports' tables as CSV, for a spreadsheet or an airline's own systems.

One table per file with a single header row: the guest report gives one row per
visit, the complaint report one row per item (the guest's words in full, the
history in one cell, a line per event). Times are local to the lounge.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a
formula (and a leading tab or carriage return can smuggle one in), so every text
cell that starts with one of those is neutralised with a leading apostrophe.
The file is UTF-8 with a byte-order mark, so spreadsheet programs read Chinese,
Danish and Arabic names correctly.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from vipdesk.documents.report_data import ComplaintReportData, GuestReportData

ENCODING = "utf-8-sig"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

GUEST_COLUMNS = (
    "visit", "arrived", "left", "guest", "carrier", "flight", "from", "to", "cabin",
    "entitlement", "space", "party_size", "stay_minutes", "wait_minutes", "rating",
)
COMPLAINT_COLUMNS = (
    "item", "recorded", "recorded_by", "kind", "category", "severity", "status", "channel",
    "guest", "flight", "department", "escalated", "apologised", "guest_words",
    "guest_expects", "immediate_action", "compensation", "compensation_value",
    "promise_how", "promise_owner", "promise_due", "promise_kept", "promise_outcome",
    "resolution", "resolved", "minutes_to_resolve", "history",
)


def neutralise(value: str) -> str:
    """``value`` made safe for a spreadsheet cell: a would-be formula gets a leading ``'``."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def guest_csv(data: GuestReportData) -> str:
    """Every visit of the guest report, one row each."""
    rows = ([v.visit_id, _moment(v.arrived_at), _moment(v.left_at), v.name, v.carrier,
             v.flight_number, v.origin, v.destination, v.cabin.value if v.cabin else "",
             v.entitlement.value, v.space, v.party_size, _minutes(v.stay), _minutes(v.wait),
             v.rating] for v in data.visits)
    return _write(GUEST_COLUMNS, rows)


def complaint_csv(data: ComplaintReportData) -> str:
    """Every item of the complaint report, praise too, one row each."""
    rows = ([e.complaint_id, _moment(e.created_at), e.created_by, e.kind.value,
             e.category.value, e.severity.value, e.status.value, e.channel, e.guest, e.flight,
             e.department, e.escalated, e.apologised, e.guest_words, e.guest_expects,
             e.immediate_action, e.compensation_kind,
             e.compensation_value if e.gave_compensation else "", e.promise_how,
             e.promise_owner, _moment(e.promise_due_at), _moment(e.promise_kept_at),
             e.promise_settled_as, e.resolution, _moment(e.resolved_at),
             _minutes(e.time_to_resolve),
             "\n".join(f"{_moment(line.at)} {line.staff}: {line.step} ({line.status.value})"
                       + (f" — {line.note}" if line.note else "") for line in e.history)]
            for e in data.entries)
    return _write(COMPLAINT_COLUMNS, rows)


def _write(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()


def _cell(value: object) -> object:
    """Numbers stay numbers; booleans are yes/no; every piece of text is neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, Decimal)):
        return value
    return neutralise(str(value))


def _moment(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


def _minutes(value: dt.timedelta | None) -> int | str:
    return int(value.total_seconds() // 60) if value is not None else ""
