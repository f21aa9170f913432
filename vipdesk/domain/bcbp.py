"""Read the IATA bar-coded boarding pass (BCBP, Resolution 792, format ``M``).

The scanner types the barcode like a keyboard. :func:`parse` reads that text by
the lengths the pass itself declares (fixed widths plus hexadecimal size
fields), never by splitting on spaces, because blanks are data: a blank field
is a field, and trailing spaces count towards a declared size.

Layout (versions 1 to 8; later versions only add fields at the end of a section)::

    M n NAME(20) E                          mandatory, once
    leg: PNR(7) FROM(3) TO(3) CARRIER(3) FLIGHT(5) DAY(3) CABIN(1) SEAT(4)
         SEQUENCE(5) STATUS(1) SIZE(2 hex)  mandatory, once per leg
         SIZE chars of additional data:
           leg 1 only: '>' VERSION(1) USIZE(2 hex) unique section (USIZE chars)
           every leg:  RSIZE(2 hex) repeated section (RSIZE chars)
           the rest:   for the airline's own use
    '^' TYPE(1) LENGTH(2 hex) security data  optional, once, at the end

Policy for passes that do not conform (also in ``docs/bcbp-policy.md``).
The rule: accept, with a warning in ``BoardingPass.warnings``, when the mandatory
part is sound and the fault cannot change who flies where and when; reject, with
a :class:`BoardingPassError` naming the field, when it can or when the text is
not a boarding pass at all.

Accepted with a warning:
- a scanner's AIM symbology prefix (``]Q3`` QR, ``]L2`` PDF417, ``]z0`` Aztec,
  ...) before the ``M``: removed; the scanner can be told not to send it.
- a lower-case (or mixed-case) passenger name: kept as scanned.
- a blank electronic-ticket indicator, a blank name, blank flight fields (the
  field is then blank in the result; the agent asks the guest).
- a flight number that is not zero-padded (``'61   '`` for ``'0061 '``).
- a unique or repeated section whose declared size runs past the leg's
  additional data: read up to the leg's end; a field cut in half is dropped.
- the last leg declaring more additional data than the text holds, when its
  structured sections are complete (typically the scanner or a copy and paste
  dropped trailing spaces of the airline's own data): read what is there.
- a one-leg pass declaring no additional data (size ``00``) that is followed
  by a conditional section starting with ``>`` (printed by real airlines):
  the undeclared data is ignored, the mandatory part is used.
- the last leg declaring less additional data than it holds, when a security
  section follows whose declared length ends exactly at the end of the text:
  the characters in between are ignored.
- a security section whose length is wrong: the security data is opaque to
  us, so whatever follows ``^`` and its header is kept as the security data.
- blank padding after the end of the pass: ignored.
- an unknown version number: fields are still read by the declared sizes.
- a date of issue that is not a date: kept raw, not resolved.
- Julian day 366 when none of the previous, current and next year is a leap
  year: ``flight_date`` is left empty.

Stripped silently: trailing CR/LF (the Enter key the scanner types after a scan).

Rejected:
- empty text; any control character (NUL, TAB, GS ``\\x1d`` that some scanners
  put between legs, a line break inside the text: two scans read as one); any
  character outside printable ASCII (a pass never carries one; usually the
  scanner's keyboard layout does not match the PC's).
- a format code other than ``M``, a leg count other than 1 to 4, fewer than 60
  characters, fewer legs than announced.
- a mandatory field whose value cannot be right: an airport code with digits,
  a flight date that is not a day of the year (001-366), a size that is not two
  hexadecimal digits, an electronic-ticket indicator other than ``E`` or blank,
  and so on. A flight number with five digits (``'00723'``) is rejected: the
  text has slipped by one character, so the flight date read after it is wrong.
- the last leg declaring more additional data than the text holds when its
  structured sections are incomplete: the pass was cut short.
- two passes glued together (a second ``M1``... after the end of the first).
- anything else after the end of the pass (``'01A-EXTRA'``).

Dates: the pass carries a day of the year, not the year. With ``scan_date``,
``Leg.flight_date`` takes the year (previous, current or next) that puts the
day nearest to the scan date (a tie goes to the future date). The date of issue
(last digit of the year + day of year) resolves to the most recent such date
no later than the day after the scan date.

Names: ``SURNAME/GIVEN NAMES TITLE``. A title is recognised as the last word of
the given names when it is one of MR MRS MS MISS MSTR DR PROF REV SIR LADY LORD
CAPT; a given part that is only a title (``DOE/MS``) gives a title and no given
names. A title glued to the given names (``CHEN/LIMS``, ``SMITH/JOHNMR``) is
recognised only for MR MRS MS MISS MSTR and only when at least two letters of
given name remain: ``LEOPOLD/EMR`` stays given name ``EMR``. The other titles
are never split off glued, because real given names end with them (ALEKSANDR,
YASIR). A given name that happens to end in MS (ADAMS) is split wrongly; the raw
name is always kept and the desk shows it for the agent to confirm.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Final

from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message

MANDATORY_LENGTH: Final = 60
MAX_LEGS: Final = 4
KNOWN_VERSIONS: Final = frozenset("12345678")
TITLES: Final = frozenset(
    {"MR", "MRS", "MS", "MISS", "MSTR", "DR", "PROF", "REV", "SIR", "LADY", "LORD", "CAPT"}
)
GLUED_TITLES: Final = ("MSTR", "MISS", "MRS", "MR", "MS")  # longest first
_MIN_GIVEN_BEFORE_GLUED_TITLE: Final = 2

_PRINTABLE_ASCII = re.compile(r"[ -~]*")
_HEX2 = re.compile(r"[0-9A-Fa-f]{2}")
_AIM_PREFIX = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_PASS_START = re.compile(r"(?:\][A-Za-z][0-9A-Za-z])?M[1-4]")
_LOOSE_FLIGHT = re.compile(r" *[0-9]{1,4}[A-Z]? *")
_ISSUE_DATE = re.compile(r"[0-9]{4}")
_SHOWN_CHARS = 40


class BoardingPassError(ValueError):
    """The scanned text is not a boarding pass we can use; ``field`` names the culprit.

    ``message`` is a :class:`~vipdesk.domain.message.Message` the screen renders in the
    agent's language; ``str()`` of the error is its English (the log, the command line)."""

    def __init__(self, field: str, message: Message | str) -> None:
        self.message = message if isinstance(message, Message) else Message(message)
        super().__init__(str(self.message))
        self.field = field

    def __reduce__(self) -> tuple[type[BoardingPassError], tuple[str, Message]]:
        return (type(self), (self.field, self.message))


@dataclass(frozen=True)
class Leg:
    """One flight of the pass. Strings are raw fixed-width data; None: not on the pass."""

    pnr: str
    from_airport: str
    to_airport: str
    carrier: str
    flight_number: str
    julian_date: str
    compartment: str
    seat: str
    sequence: str
    status: str
    variable_size: int
    repeated_conditional_size: int | None = None
    airline_numeric_code: str | None = None
    document_serial_number: str | None = None
    selectee_indicator: str | None = None
    international_doc_verification: str | None = None
    marketing_carrier: str | None = None
    frequent_flyer_airline: str | None = None
    frequent_flyer_number: str | None = None
    id_ad_indicator: str | None = None
    free_baggage_allowance: str | None = None
    fast_track: str | None = None
    airline_individual_use: str | None = None
    flight_date: dt.date | None = None


@dataclass(frozen=True)
class BoardingPass:
    """A parsed pass. Strings are raw fixed-width data; None: not on the pass."""

    raw: str
    format_code: str
    number_of_legs: int
    passenger_name: str
    electronic_ticket_indicator: str
    legs: tuple[Leg, ...]
    version_number_indicator: str | None = None
    version_number: str | None = None
    unique_conditional_size: int | None = None
    passenger_description: str | None = None
    source_of_checkin: str | None = None
    source_of_issuance: str | None = None
    date_of_issue: str | None = None
    document_type: str | None = None
    issuer_designator: str | None = None
    baggage_tag_license_plates: str | None = None
    first_non_consecutive_baggage_tag: str | None = None
    second_non_consecutive_baggage_tag: str | None = None
    security_data_indicator: str | None = None
    security_data_type: str | None = None
    security_data_length: int | None = None
    security_data: str | None = None
    issue_date: dt.date | None = None
    warnings: tuple[str, ...] = ()

    @property
    def surname(self) -> str:
        return split_name(self.passenger_name)[0]

    @property
    def given_names(self) -> str:
        """Given names without the title; '' when the pass has none."""
        return split_name(self.passenger_name)[1]

    @property
    def title(self) -> str | None:
        return split_name(self.passenger_name)[2]

    @property
    def baggage_tags(self) -> tuple[str, ...]:
        """The non-blank baggage tag numbers, trimmed."""
        tags = (
            self.baggage_tag_license_plates,
            self.first_non_consecutive_baggage_tag,
            self.second_non_consecutive_baggage_tag,
        )
        return tuple(tag.strip(" ") for tag in tags if tag is not None and tag.strip(" "))


# --- the field tables ---------------------------------------------------------


@dataclass(frozen=True)
class _Field:
    """One fixed-width field; ``pattern`` and ``problem`` only for mandatory ones.

    ``problem`` is the whole refusal for a wrong value, with ``{leg}`` and ``{value}``."""

    attr: str
    label: str
    width: int
    pattern: str = ""
    problem: str = ""


_LEG_FIELDS: Final = (
    _Field("pnr", "booking reference", 7, r"[0-9A-Z ]{7}",
        QT_TRANSLATE_NOOP("Messages", "This is not a boarding pass: the booking reference "
                          "of leg {leg} is not a booking reference (got {value}).")),
    _Field("from_airport", "departure airport", 3, r"[A-Z]{3}",
        QT_TRANSLATE_NOOP("Messages", "This is not a boarding pass: the departure airport "
                          "of leg {leg} is not an airport code (got {value}).")),
    _Field("to_airport", "arrival airport", 3, r"[A-Z]{3}",
        QT_TRANSLATE_NOOP("Messages", "This is not a boarding pass: the arrival airport "
                          "of leg {leg} is not an airport code (got {value}).")),
    _Field("carrier", "airline", 3, r"[0-9A-Z]{2}[0-9A-Z ]",
        QT_TRANSLATE_NOOP("Messages", "This is not a boarding pass: the airline "
                          "of leg {leg} is not an airline code (got {value}).")),
    _Field("flight_number", "flight number", 5, r"[0-9]{4}[A-Z ]",
        QT_TRANSLATE_NOOP("Messages", "This is not a boarding pass: the flight number "
                          "of leg {leg} is not a flight number (got {value}).")),
    _Field(
        "julian_date", "flight date", 3,
        r"00[1-9]|0[1-9][0-9]|[12][0-9]{2}|3[0-5][0-9]|36[0-6]",
        QT_TRANSLATE_NOOP("Messages", "This is not a boarding pass: the flight date "
                          "of leg {leg} is not a day of the year (got {value})."),
    ),
    _Field("compartment", "cabin", 1, r"[A-Z]",
        QT_TRANSLATE_NOOP("Messages", "This is not a boarding pass: the cabin "
                          "of leg {leg} is not a cabin letter (got {value}).")),
    _Field("seat", "seat", 4, r"[0-9A-Z ]{4}",
        QT_TRANSLATE_NOOP("Messages", "This is not a boarding pass: the seat "
                          "of leg {leg} is not a seat number (got {value}).")),
    _Field("sequence", "check-in number", 5, r"[0-9A-Z ]{5}",
        QT_TRANSLATE_NOOP("Messages", "This is not a boarding pass: the check-in number "
                          "of leg {leg} is not a check-in number (got {value}).")),
    _Field("status", "passenger status", 1, r"[0-9A-Z]",
        QT_TRANSLATE_NOOP("Messages", "This is not a boarding pass: the passenger status "
                          "of leg {leg} is not a passenger status (got {value}).")),
)
_UNIQUE_FIELDS: Final = (
    _Field("passenger_description", "passenger description", 1),
    _Field("source_of_checkin", "source of check-in", 1),
    _Field("source_of_issuance", "source of issue", 1),
    _Field("date_of_issue", "date of issue", 4),
    _Field("document_type", "document type", 1),
    _Field("issuer_designator", "issuing airline", 3),
    _Field("baggage_tag_license_plates", "baggage tag", 13),
    _Field("first_non_consecutive_baggage_tag", "first extra baggage tag", 13),
    _Field("second_non_consecutive_baggage_tag", "second extra baggage tag", 13),
)
_REPEATED_FIELDS: Final = (
    _Field("airline_numeric_code", "airline number", 3),
    _Field("document_serial_number", "ticket serial number", 10),
    _Field("selectee_indicator", "selectee indicator", 1),
    _Field("international_doc_verification", "document verification", 1),
    _Field("marketing_carrier", "marketing airline", 3),
    _Field("frequent_flyer_airline", "frequent-flyer airline", 3),
    _Field("frequent_flyer_number", "frequent-flyer number", 16),
    _Field("id_ad_indicator", "ID/AD indicator", 1),
    _Field("free_baggage_allowance", "baggage allowance", 3),
    _Field("fast_track", "fast track", 1),
)
_LEG_MANDATORY_WIDTH: Final = sum(f.width for f in _LEG_FIELDS) + 2


# --- public entry point -------------------------------------------------------


def parse(raw: str, *, scan_date: dt.date | None = None) -> BoardingPass:
    """Read one scanned boarding pass; only :class:`BoardingPassError` escapes."""
    try:
        return _parse(raw, scan_date)
    except BoardingPassError:
        raise
    except Exception as exc:  # a bug here must never take the desk down with it
        raise BoardingPassError("boarding pass", Message(QT_TRANSLATE_NOOP(
            "Messages",
            "This boarding pass could not be read. Please enter the details by hand."),
        )) from exc


def split_name(name: str) -> tuple[str, str, str | None]:
    """Split ``SURNAME/GIVEN NAMES TITLE`` into (surname, given names, title), as scanned."""
    surname, slash, rest = name.strip(" ").partition("/")
    surname = surname.strip(" ")
    if not slash:
        return surname, "", None
    words = rest.split()
    if not words:
        return surname, "", None
    last = words[-1]
    if last.upper() in TITLES:
        return surname, " ".join(words[:-1]), last
    for title in GLUED_TITLES:
        head = last[: -len(title)]
        if (
            last.upper().endswith(title)
            and len(head) >= _MIN_GIVEN_BEFORE_GLUED_TITLE
            and head.isalpha()
        ):
            return surname, " ".join([*words[:-1], head]), last[len(head):]
    return surname, " ".join(words), None


# --- reading ------------------------------------------------------------------


class _Reader:
    """A cursor over ``text[start:end]`` that never reads past ``end``."""

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        self.text = text
        self.pos = start
        self.end = len(text) if end is None else end

    @property
    def left(self) -> int:
        return self.end - self.pos

    def take(self, width: int) -> str:
        value = self.text[self.pos : min(self.pos + width, self.end)]
        self.pos += len(value)
        return value

    def rest(self) -> str:
        return self.take(self.left)


def _parse(raw: object, scan_date: dt.date | None) -> BoardingPass:
    if not isinstance(raw, str):
        raise BoardingPassError("boarding pass", Message(QT_TRANSLATE_NOOP(
            "Messages", "This is not a boarding pass: no text was scanned.")))
    notes: list[str] = []
    text = _strip_prefix(raw.rstrip("\r\n"), notes)
    _check_characters(text)
    legs_count = _read_header(text)
    reader = _Reader(text, 2)
    # BoardingPass's keywords by field name, each of its field's type.
    head: dict[str, Any] = _read_name_and_ticket(reader, notes)
    values: dict[str, Any] = {}
    legs = []
    for number in range(1, legs_count + 1):
        legs.append(_read_leg(reader, number, legs_count, values, notes, scan_date))
    values.update(_read_tail(reader, legs, notes))
    issue_date = _read_issue_date(values.get("date_of_issue"), scan_date, notes)
    return BoardingPass(
        raw=text, format_code="M", number_of_legs=legs_count, legs=tuple(legs),
        issue_date=issue_date, warnings=tuple(notes), **head, **values,
    )


def _strip_prefix(text: str, notes: list[str]) -> str:
    """Drop a scanner's AIM symbology identifier such as ``]Q3``."""
    match = _AIM_PREFIX.match(text)
    if match is None:
        return text
    notes.append(
        f"The scanner put '{match.group()}' in front of the boarding pass; it was removed. "
        "The scanner can be set not to send it."
    )
    return text[match.end():]


def _check_characters(text: str) -> None:
    """Reject what no boarding pass carries: nothing, control and non-ASCII characters."""
    if not text:
        raise BoardingPassError("boarding pass", Message(QT_TRANSLATE_NOOP(
            "Messages", "Nothing was scanned: the boarding pass is empty.")))
    match = _PRINTABLE_ASCII.match(text)
    bad_at = match.end() if match else 0
    if bad_at == len(text):
        return
    char = text[bad_at]
    where = bad_at + 1
    if char in "\r\n":
        raise BoardingPassError("characters", Message(QT_TRANSLATE_NOOP(
            "Messages",
            "This is not one boarding pass: the text has a line break in it "
            "(position {position}), as if two scans were read together. Scan one boarding "
            "pass at a time."), {"position": where}))
    if ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F:
        raise BoardingPassError("characters", Message(QT_TRANSLATE_NOOP(
            "Messages",
            "This is not a boarding pass: it contains an invisible control character "
            "(code {code} at position {position}). Boarding passes never do; "
            "check the scanner's settings and scan again."),
            {"code": f"{ord(char):02X}", "position": where}))
    raise BoardingPassError("characters", Message(QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a boarding pass: it contains {character} (position {position}), a "
        "character boarding passes never carry. If the printed pass looks fine, check that "
        "the scanner's keyboard layout matches this computer's."),
        {"character": _show(char), "position": where}))


def _read_header(text: str) -> int:
    """Check the format code and leg count; return the number of legs."""
    if text[0] != "M":
        if text[0] == "m":
            raise BoardingPassError("format code", Message(QT_TRANSLATE_NOOP(
                "Messages",
                "This is not a boarding pass: it should start with 'M' (got {value}). "
                "Is Caps Lock on?"), {"value": _show(text[0])}))
        raise BoardingPassError("format code", Message(QT_TRANSLATE_NOOP(
            "Messages", "This is not a boarding pass: it should start with 'M' (got {value})."),
            {"value": _show(text[0])}))
    if len(text) < 2:
        raise BoardingPassError("number of legs", Message(QT_TRANSLATE_NOOP(
            "Messages",
            "This is not a boarding pass: the number of legs should be a digit from 1 to "
            "{most} (got nothing)."), {"most": MAX_LEGS}))
    if text[1] not in "1234":
        raise BoardingPassError("number of legs", Message(QT_TRANSLATE_NOOP(
            "Messages",
            "This is not a boarding pass: the number of legs should be a digit from 1 to "
            "{most} (got {value})."), {"most": MAX_LEGS, "value": _show(text[1])}))
    if len(text) < MANDATORY_LENGTH:
        raise BoardingPassError("length", Message(QT_TRANSLATE_NOOP(
            "Messages",
            "This is not a boarding pass, or only part of it was read: it has {length} "
            "characters, and a boarding pass has at least {least}. Scan it again."),
            {"length": len(text), "least": MANDATORY_LENGTH}))
    return int(text[1])


def _read_name_and_ticket(reader: _Reader, notes: list[str]) -> dict[str, str]:
    name = reader.take(20)
    ticket = reader.take(1)
    if not name.strip(" "):
        notes.append("The boarding pass shows no passenger name.")
    elif name != name.upper():
        notes.append("The passenger name is not in capitals; it is kept as scanned.")
    if ticket == " ":
        notes.append("The electronic ticket indicator is blank.")
    elif ticket != "E":
        raise BoardingPassError("electronic ticket indicator", Message(QT_TRANSLATE_NOOP(
            "Messages",
            "This is not a boarding pass: the electronic ticket indicator should be 'E' "
            "(got {value})."), {"value": _show(ticket)}))
    return {"passenger_name": name, "electronic_ticket_indicator": ticket}


def _read_leg(
    reader: _Reader, number: int, count: int, pass_values: dict[str, object],
    notes: list[str], scan_date: dt.date | None,
) -> Leg:
    """Read one leg's mandatory fields and its additional data."""
    missing = reader.left < _LEG_MANDATORY_WIDTH or reader.text.startswith("^", reader.pos)
    if number > 1 and missing:
        raise BoardingPassError(f"leg {number}", Message(QT_TRANSLATE_NOOP(
            "Messages",
            "This is not a boarding pass, or only part of it was read: it announces "
            "{announced} legs but holds only {held}."), {"announced": count, "held": number - 1}))
    values: dict[str, Any] = {  # by field name, as head in _parse()
        field.attr: _read_mandatory(reader, field, number, notes) for field in _LEG_FIELDS
    }
    _note_blank_fields(values, number, notes)
    size = _read_leg_size(reader, number)
    available = reader.left
    if size > available and number < count:
        raise _cut_short(number, size, available)
    chunk = _Reader(reader.text, reader.pos, reader.pos + min(size, available))
    reader.pos = chunk.end
    complete = _read_additional(chunk, number, pass_values, values, notes)
    if size > available:
        if not complete:
            raise _cut_short(number, size, available)
        notes.append(
            f"Leg {number} announces {size} characters of additional data but only "
            f"{available} follow; the airline's own data at the end may be missing."
        )
    julian = values["julian_date"]
    values["flight_date"] = _resolve_flight_date(str(julian), number, scan_date, notes)
    return Leg(variable_size=size, **values)


def _read_mandatory(reader: _Reader, field: _Field, leg: int, notes: list[str]) -> str:
    """Read a fixed-width mandatory field; blank is allowed, a wrong value is not."""
    value = reader.take(field.width)
    if not value.strip(" ") or re.fullmatch(field.pattern, value):
        return value
    if field.attr == "flight_number" and _LOOSE_FLIGHT.fullmatch(value):
        notes.append(
            f"The flight number of leg {leg} is written {_show(value)} instead of "
            f"{_show(_padded_flight(value))}."
        )
        return value
    raise BoardingPassError(
        f"leg {leg} {field.label}", Message(field.problem, {"leg": leg, "value": _show(value)}))


def _padded_flight(value: str) -> str:
    """'61   ' -> '0061 ': the form the standard asks for."""
    stripped = value.strip(" ")
    digits = stripped.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return (digits.zfill(4) + stripped[len(digits):]).ljust(5)


def _note_blank_fields(values: dict[str, object], leg: int, notes: list[str]) -> None:
    blank = [f.label for f in _LEG_FIELDS if not str(values[f.attr]).strip(" ")]
    if blank:
        notes.append(f"Leg {leg} does not show its {', '.join(blank)}.")


def _read_leg_size(reader: _Reader, leg: int) -> int:
    value = reader.take(2)
    if not _HEX2.fullmatch(value):
        raise BoardingPassError(f"leg {leg} size of additional data", Message(QT_TRANSLATE_NOOP(
            "Messages",
            "This is not a boarding pass: the size of the additional data of leg {leg} "
            "should be two hexadecimal digits (got {value})."),
            {"leg": leg, "value": _show(value)}))
    return int(value, 16)


def _cut_short(leg: int, size: int, available: int) -> BoardingPassError:
    return BoardingPassError(f"leg {leg} size of additional data", Message(QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a boarding pass, or only part of it was read: leg {leg} announces {size} "
        "more characters but only {available} follow. Scan it again."),
        {"leg": leg, "size": size, "available": available}))


def _read_additional(
    chunk: _Reader, leg: int, pass_values: dict[str, object],
    values: dict[str, object], notes: list[str],
) -> bool:
    """Read a leg's additional data; False if a declared section ran off its end."""
    complete = True
    if leg == 1:
        if chunk.left == 0:
            return False
        if chunk.text[chunk.pos] != ">":
            notes.append(
                "The additional data of leg 1 does not start with '>'; "
                "it was kept as the airline's own data."
            )
            values["airline_individual_use"] = chunk.rest()
            return False
        pass_values["version_number_indicator"] = chunk.take(1)
        version = chunk.take(1)
        pass_values["version_number"] = version or None
        if version and version not in KNOWN_VERSIONS:
            notes.append(f"The boarding pass has version {_show(version)}, which is unknown here.")
        size, ok = _read_section(chunk, _UNIQUE_FIELDS, "unique data", pass_values, notes)
        pass_values["unique_conditional_size"] = size
        complete = ok and size is not None
    size, ok = _read_section(chunk, _REPEATED_FIELDS, f"leg {leg} data", values, notes)
    values["repeated_conditional_size"] = size
    complete = complete and ok and size is not None
    if chunk.left:
        values["airline_individual_use"] = chunk.rest()
    return complete


def _read_section(
    chunk: _Reader, fields: tuple[_Field, ...], label: str,
    out: dict[str, object], notes: list[str],
) -> tuple[int | None, bool]:
    """Read a size-prefixed section; return (declared size, whether it was complete)."""
    if chunk.left == 0:
        return None, True
    size_text = chunk.take(2)
    if not _HEX2.fullmatch(size_text):
        notes.append(
            f"The size of the {label} is not two hexadecimal digits ({_show(size_text)}); "
            "the rest of this leg's additional data was ignored."
        )
        chunk.rest()
        return None, False
    size = int(size_text, 16)
    section = _Reader(chunk.text, chunk.pos, chunk.pos + min(size, chunk.left))
    chunk.pos = section.end
    ok = size <= section.left
    if not ok:
        notes.append(
            f"The {label} announces {size} characters but the leg holds only {section.left}; "
            "what is there was read."
        )
    for field in fields:
        value = section.take(field.width)
        if len(value) == field.width:
            out[field.attr] = value
        elif value:
            notes.append(
                f"The {field.label} is cut short by the size of the {label}; it was ignored."
            )
    return size, ok


def _read_tail(reader: _Reader, legs: list[Leg], notes: list[str]) -> dict[str, object]:
    """Read what follows the last leg: the security section, or nothing."""
    rest = reader.rest()
    if not rest:
        return {}
    if rest.startswith("^"):
        return _read_security(rest, notes)
    if len(legs) == 1 and legs[0].variable_size == 0 and rest.startswith(">"):
        notes.append(
            "Leg 1 declares no additional data, yet some follows; it was ignored "
            "(the airline printed a wrong size)."
        )
        return {}
    if not rest.strip(" "):
        notes.append(_blank_tail_note(rest))
        return {}
    _reject_second_pass(rest)
    security_at = _security_start(rest)
    if security_at is None:
        raise BoardingPassError("end of pass", Message(QT_TRANSLATE_NOOP(
            "Messages",
            "This is not a boarding pass: unexpected characters follow its end (got {value})."),
            {"value": _show(rest)}))
    notes.append(
        f"{security_at} characters between leg {len(legs)} and the security data were "
        "ignored (the pass declares a wrong size for the leg)."
    )
    return _read_security(rest[security_at:], notes)


def _security_start(rest: str) -> int | None:
    """Where a security section starts whose declared length ends exactly at the end."""
    at = rest.find("^")
    while at >= 0:
        header = rest[at + 2 : at + 4]
        if _HEX2.fullmatch(header) and int(header, 16) == len(rest) - at - 4:
            return at
        at = rest.find("^", at + 1)
    return None


def _blank_tail_note(tail: str) -> str:
    return f"{len(tail)} blank characters after the end of the boarding pass were ignored."


def _reject_second_pass(rest: str) -> None:
    if _PASS_START.match(rest) and len(rest) >= MANDATORY_LENGTH:
        raise BoardingPassError("end of pass", Message(QT_TRANSLATE_NOOP(
            "Messages",
            "This is two boarding passes read as one. Scan one boarding pass at a time.")))


def _read_security(rest: str, notes: list[str]) -> dict[str, object]:
    """Read ``^`` TYPE LENGTH DATA; the data is opaque, so a wrong length only warns."""
    values: dict[str, object] = {"security_data_indicator": "^"}
    if len(rest) < 4:
        notes.append("The security data at the end of the boarding pass is cut short.")
        values["security_data_type"] = rest[1:2] or None
        return values
    values["security_data_type"] = rest[1]
    data = rest[4:]
    if not _HEX2.fullmatch(rest[2:4]):
        notes.append("The length of the security data is not two hexadecimal digits.")
        values["security_data"] = data
        return values
    length = int(rest[2:4], 16)
    values["security_data_length"] = length
    after = data[length:]
    if length > len(data):
        notes.append(f"The security data announces {length} characters but has {len(data)}.")
    elif after and not after.strip(" "):
        notes.append(_blank_tail_note(after))
        data = data[:length]
    elif after:
        _reject_second_pass(after)
        notes.append(f"The security data announces {length} characters but has {len(data)}.")
    values["security_data"] = data
    return values


# --- dates --------------------------------------------------------------------


def _day_of_year(year: int, day: int) -> dt.date | None:
    if not (dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= day <= 366):
        return None
    if day == 366 and not calendar.isleap(year):
        return None
    return dt.date(year, 1, 1) + dt.timedelta(days=day - 1)


def nearest_day_of_year(day: int, scan_date: dt.date) -> dt.date | None:
    """The date with this day of year nearest to ``scan_date`` (previous, this or next year)."""
    years = (scan_date.year - 1, scan_date.year, scan_date.year + 1)
    candidates = [d for d in (_day_of_year(y, day) for y in years) if d is not None]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - scan_date).days), d < scan_date))


def latest_issue_date(code: str, scan_date: dt.date) -> dt.date | None:
    """``'6225'`` -> the latest date in a year ending in 6, day 225, not after scan + 1 day."""
    digit, day = int(code[0]), int(code[1:])
    limit = scan_date + dt.timedelta(days=1) if scan_date < dt.date.max else scan_date
    years = range(scan_date.year + 1, scan_date.year - 12, -1)
    dates = [_day_of_year(y, day) for y in years if y % 10 == digit]
    return max((d for d in dates if d is not None and d <= limit), default=None)


def _resolve_flight_date(
    julian: str, leg: int, scan_date: dt.date | None, notes: list[str]
) -> dt.date | None:
    if scan_date is None or not julian.strip(" "):
        return None
    resolved = nearest_day_of_year(int(julian), scan_date)
    if resolved is None:
        notes.append(
            f"The flight date of leg {leg} is day {julian}, which no nearby year has; "
            "check the date on the printed pass."
        )
    return resolved


def _read_issue_date(raw: object, scan_date: dt.date | None, notes: list[str]) -> dt.date | None:
    if not isinstance(raw, str) or not raw.strip(" "):
        return None
    if not _ISSUE_DATE.fullmatch(raw) or not 1 <= int(raw[1:]) <= 366:
        notes.append(f"The date of issue ({_show(raw)}) is not a date; it was ignored.")
        return None
    return latest_issue_date(raw, scan_date) if scan_date is not None else None


def _show(value: str) -> str:
    """Quote a scanned value for a message, shortened and with invisibles made visible."""
    shown = value if len(value) <= _SHOWN_CHARS else value[:_SHOWN_CHARS] + "..."
    return repr(shown)
