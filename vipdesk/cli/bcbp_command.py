"""``bcbp``: read boarding-pass strings, one per line, and print one JSON object per line.

For checking a scanner, or a batch of passes a lounge has collected, without the
desk. Output shape, one compact line per input line (``ensure_ascii=False``):

- ``{"ok": false, "error": "<message for the agent, naming the field at fault>"}``
- ``{"ok": true, ...}`` with the fields in :data:`PASS_FIELDS` and, per leg,
  :data:`LEG_FIELDS`.

Conventions: strings are trimmed of their padding spaces; a field the pass
carries but leaves blank is ``null``, and so is a field the pass does not carry.
``number_of_legs`` is a number. ``date_of_issue`` is an ISO date when it can be
resolved against ``today``, otherwise its raw digits (or ``null``). A leg's
``flight_date`` is the ISO date nearest ``today`` with the pass's day of year.
``baggage_tags`` is a list of the non-blank tag numbers, or ``null`` when none.

Input lines lose only their line ending (LF, or CR LF): trailing spaces are
part of a boarding pass. The exit status is 0 when every line was read,
whatever the passes held; 1 when the input itself could not be read.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Final, TextIO

from vipdesk.domain.bcbp import BoardingPass, BoardingPassError, Leg, parse

PASS_FIELDS: Final = (
    "format_code", "number_of_legs", "passenger_name", "surname", "given_names", "title",
    "electronic_ticket_indicator", "version_number", "passenger_description",
    "source_of_checkin", "source_of_issuance", "date_of_issue", "document_type",
    "issuer_designator", "baggage_tags", "security_data_type", "security_data", "warnings",
    "legs",
)
LEG_FIELDS: Final = (
    "pnr", "from", "to", "carrier", "flight_number", "julian_date", "flight_date",
    "compartment", "seat", "sequence", "status", "airline_numeric_code",
    "document_serial_number", "selectee_indicator", "international_doc_verification",
    "marketing_carrier", "frequent_flyer_airline", "frequent_flyer_number",
    "id_ad_indicator", "free_baggage_allowance", "fast_track", "airline_individual_use",
)
# Output names that differ from the attribute names of Leg.
_LEG_ATTRIBUTES: Final = {"from": "from_airport", "to": "to_airport"}

def run(stdin: TextIO, stdout: TextIO, *, today: dt.date) -> int:
    """Parse every line of ``stdin``; write one JSON line per input line to ``stdout``."""
    try:
        for line in stdin:
            _write(stdout, describe_line(line, today))
    except (UnicodeError, OSError) as exc:
        _write(stdout, {"ok": False, "error": f"The input could not be read: {exc}"})
        return 1
    return 0


def describe_line(line: str, today: dt.date) -> dict[str, object]:
    """The JSON object for one input line (its line ending is dropped here)."""
    try:
        boarding_pass = parse(line.rstrip("\r\n"), scan_date=today)
    except BoardingPassError as exc:
        return {"ok": False, "error": str(exc)}
    return {"ok": True, **describe_pass(boarding_pass)}


def describe_pass(boarding_pass: BoardingPass) -> dict[str, object]:
    """The documented fields of a pass, trimmed, blank as null."""
    special: dict[str, Callable[[BoardingPass], object]] = {
        "date_of_issue": _issue_date,
        "baggage_tags": lambda bp: list(bp.baggage_tags) or None,
        "warnings": lambda bp: list(bp.warnings),
        "legs": lambda bp: [describe_leg(leg) for leg in bp.legs],
        "number_of_legs": lambda bp: bp.number_of_legs,
    }
    return {
        name: special[name](boarding_pass) if name in special
        else _clean(getattr(boarding_pass, name))
        for name in PASS_FIELDS
    }


def describe_leg(leg: Leg) -> dict[str, object]:
    out: dict[str, object] = {}
    for name in LEG_FIELDS:
        value = getattr(leg, _LEG_ATTRIBUTES.get(name, name))
        out[name] = value.isoformat() if isinstance(value, dt.date) else _clean(value)
    return out


def _issue_date(boarding_pass: BoardingPass) -> str | None:
    if boarding_pass.issue_date is not None:
        return boarding_pass.issue_date.isoformat()
    return _clean(boarding_pass.date_of_issue)


def _clean(value: object) -> str | None:
    """Trim padding spaces; blank or missing becomes None."""
    if value is None:
        return None
    text = str(value).strip(" ")
    return text or None


def _write(stdout: TextIO, obj: dict[str, object]) -> None:
    stdout.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    stdout.flush()
