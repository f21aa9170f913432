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

from vipdesk.documents.operator_report_data import Figures, OperatorReportData
from vipdesk.documents.report_data import ComplaintReportData, GuestReportData
from vipdesk.domain.vocabulary import Category, ComplaintStatus

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

OPERATOR_COLUMNS = (
    "lounge_id", "lounge", "airport", "timezone", "first_day", "last_day", "starts_utc",
    "ends_utc", "visits", "guests", "distinct_guests", "median_wait_minutes",
    "p90_wait_minutes", "longest_wait_minutes", "waited_10_min", "waited_15_min",
    "fatigue_alerts", "feedback", "complaints", "praise", "resolved", "not_resolved",
    *(f"status_{s.value}" for s in ComplaintStatus),
    *(f"category_{c.value}" for c in Category),
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


def operator_csv(data: OperatorReportData) -> str:
    """A row per lounge, its days its own local days (the UTC range says which hours),
    and a last row for all lounges together (lounge_id empty)."""
    period = data.header.period
    days = [period.first.isoformat(), period.last.isoformat()]
    rows = [[row.lounge_id, row.name, row.airport, row.timezone, *days,
             row.starts.strftime("%Y-%m-%d %H:%M"), row.ends.strftime("%Y-%m-%d %H:%M"),
             *_operator_figures(row.figures)] for row in data.lounges]
    rows.append(["", "All lounges", "", "", *days, "", "", *_operator_figures(data.total)])
    return _write(OPERATOR_COLUMNS, rows)


def _operator_figures(figures: Figures) -> list[object]:
    waits = figures.waits
    return [figures.visits, figures.guests, figures.distinct_guests, _minutes(waits.median),
            _minutes(waits.p90), _minutes(waits.longest), waits.ten_minutes,
            waits.fifteen_minutes, waits.fatigue_alerts, figures.feedback, figures.complaints,
            figures.praise, figures.resolved, figures.still_open,
            *(n for _, n in figures.by_status), *(n for _, n in figures.by_category)]


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
