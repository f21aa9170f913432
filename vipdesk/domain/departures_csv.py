"""Reading the day's departures: a CSV file from the airport or typed in by hand.

The rules (one place; the import and the hand-entry form both use them):

- The first non-blank line is the header. Columns are found by name, in any
  order and case, spaces and dots ignored: *flight* (Flight, Flight no, Flt),
  *departure* (Departure, Departure time, Departs, Dep, STD, Time), *gate*
  (Gate), *boarding* (Boarding, Boarding time, Boards), *destination*
  (Destination, Dest, To). Flight and departure are required; the others may be
  missing or empty; other columns (remarks, status) are ignored.
- Excel's ways are accepted: a byte-order mark, ``;`` (or tab) instead of ``,``
  (whichever the header line uses most), quoted cells, CRLF line ends, blank
  lines and rows of empty cells (skipped).
- A flight is an airline code and a number, with or without a space or hyphen:
  ``SK 1234``, ``sk1234``, ``SAS 1234``, ``U2 61A``. The number loses its leading
  zeros (``SK 0123`` is ``SK 123``), as on a scanned boarding pass, so visits link.
- Times are the lounge's wall clock on the day being imported: ``09:35``,
  ``9.35``, ``0935`` or ``09:35:00``; or an ISO date and time (``2026-11-23T09:35``,
  local; with an offset or ``Z``, exactly that moment), which may fall on the
  next day (a departure delayed past midnight) but no later.
- Boarding is the last time with that wall clock before departure: a boarding
  time later on the clock than the departure is the evening before (boards
  23:50, departs 00:20). It must be before departure and at most three hours
  before it. Without a boarding time none is stored: the board assumes
  departure minus 30 minutes for its reminder and says it is assumed, and the
  welcome card prints no boarding time it does not know.
- Daylight-saving days: a wall-clock time that does not exist (02:30 when the
  clocks go forward) is refused with a message; one that happens twice (02:30
  when they go back) is the first of the two, the earlier moment, so a
  reminder is never late.
- A bad file is not half-imported: every bad line is reported with its line
  number (as a spreadsheet numbers its rows; the header is line 1) and what is
  wrong, and nothing is saved until the file is right. A flight listed twice is
  a bad line. The agent fixes the file (or types the flight by hand) and
  imports again; importing again updates rather than duplicates.
- Garbage is refused, never stored: a cell longer than 64 characters, a file
  over a million characters or 3,000 flights, control characters. At most 100
  problems are listed, and how many more there were.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zoneinfo
from dataclasses import dataclass, field
from dataclasses import field as dataclass_field
from typing import Final

from vipdesk.domain.flights import flight_label, unpadded
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message

UTC = dt.UTC

MAX_TEXT_CHARS: Final = 1_000_000
MAX_FILE_BYTES: Final = 4 * MAX_TEXT_CHARS  # UTF-8 takes at most four bytes a character
MAX_FLIGHTS: Final = 3_000
MAX_CELL_CHARS: Final = 64
MAX_PROBLEMS: Final = 100
ASSUMED_BOARDING_LEAD: Final = dt.timedelta(minutes=30)
MAX_BOARDING_LEAD: Final = dt.timedelta(hours=3)

FIELDS: Final = ("flight", "departure", "gate", "boarding", "destination")
REQUIRED: Final = ("flight", "departure")
WHAT: Final = {"flight": "flight", "departure": "departure time", "gate": "gate",
               "boarding": "boarding time", "destination": "destination"}
# The field in a message ("The departure time is missing."), said in the reader's language.
WHAT_SAID: Final = {
    "flight": Message(QT_TRANSLATE_NOOP("Messages", "flight")),
    "departure": Message(QT_TRANSLATE_NOOP("Messages", "departure time")),
    "gate": Message(QT_TRANSLATE_NOOP("Messages", "gate")),
    "boarding": Message(QT_TRANSLATE_NOOP("Messages", "boarding time")),
    "destination": Message(QT_TRANSLATE_NOOP("Messages", "destination")),
}
HEADER_NAMES: Final[dict[str, frozenset[str]]] = {
    "flight": frozenset({"flight", "flightno", "flightnumber", "flt", "fltno"}),
    "departure": frozenset({"departure", "departuretime", "departs", "dep", "deptime",
                            "std", "time", "scheduled", "scheduleddeparture"}),
    "gate": frozenset({"gate"}),
    "boarding": frozenset({"boarding", "boardingtime", "boards", "boardingstarts", "brd"}),
    "destination": frozenset({"destination", "dest", "to"}),
}
DELIMITERS: Final = (",", ";", "\t")

# An airline is two characters, not both digits (SK, U2, 9W), or three letters (SAS).
_FLIGHT = re.compile(r"((?:[A-Z][0-9A-Z]|[0-9][A-Z])[A-Z]?)[\s\-]*([0-9]{1,4}[A-Z]?)")
_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?|(\d{2})(\d{2})")
_GATE = re.compile(r"[0-9A-Z][0-9A-Z \-/]{0,7}")
_AIRPORT = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class Departure:
    """One flight of the day, ready to store: times aware UTC."""

    carrier: str
    flight_number: str
    departs_at: dt.datetime
    boards_at: dt.datetime | None = None
    gate: str = ""
    destination: str = ""

    @property
    def flight(self) -> str:
        return flight_label(self.carrier, self.flight_number)


class BadValue(ValueError):
    """A value of a departure that cannot be right; ``message`` says why (``str()``: English)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _said(error: ValueError) -> Message:
    return error.message if isinstance(error, BadValue) else Message(str(error))


@dataclass(frozen=True)
class LineProblem:
    """What is wrong on one line of the file; line 0 is the file as a whole.

    ``message`` is the English; ``said`` the same as a :class:`Message` for the screen
    (``in_words`` of it: :attr:`as_message`)."""

    line: int
    message: str
    field: str = ""
    said: Message | None = dataclass_field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, line: int, said: Message, field: str = "") -> LineProblem:
        return cls(line, str(said), field, said)

    @property
    def as_message(self) -> Message:
        said = self.said if self.said is not None else Message(self.message)
        if not self.line:
            return said
        return Message(QT_TRANSLATE_NOOP("Messages", "Line {line}: {problem}"),
                       {"line": str(self.line), "problem": said})

    def __str__(self) -> str:
        return f"Line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True)
class DeparturesFile:
    departures: tuple[Departure, ...] = ()
    problems: tuple[LineProblem, ...] = ()
    more_problems: int = 0  # problems found beyond the MAX_PROBLEMS listed

    @property
    def ok(self) -> bool:
        return not self.problems


class DepartureProblems(ValueError):
    """The fields of one departure are wrong; ``problems`` maps each field to its message
    in English, ``messages`` to the same as a :class:`Message`; ``message`` is them all."""

    def __init__(self, problems: dict[str, Message]) -> None:
        self.messages = problems
        self.problems = {name: str(said) for name, said in problems.items()}
        self.message = one_after_another(list(problems.values()))
        super().__init__(str(self.message))


def one_after_another(sentences: list[Message]) -> Message:
    """Sentences in a row, "A. B. C." (a language may join them its own way)."""
    said = sentences[0] if sentences else Message("")
    for sentence in sentences[1:]:
        said = Message(QT_TRANSLATE_NOOP("Messages", "{sentences} {sentence}"),
                       {"sentences": said, "sentence": sentence})
    return said


def rejected_file(problems: tuple[LineProblem, ...], more: int) -> Message:
    """Why nothing of a departures file was imported: ``problems`` (the first few) and how
    many ``more`` there are."""
    listed: Message | None = None
    for problem in problems:
        listed = problem.as_message if listed is None else Message(
            QT_TRANSLATE_NOOP("Messages", "{problems}; {problem}"),
            {"problems": listed, "problem": problem.as_message})
    if more > 0:
        return Message(QT_TRANSLATE_NOOP("Messages",
                                         "Nothing was imported. {problems}; and {more} more."),
                       {"problems": listed or Message(""), "more": str(more)})
    return Message(QT_TRANSLATE_NOOP("Messages", "Nothing was imported. {problems}."),
                   {"problems": listed or Message("")})


# --- one departure ------------------------------------------------------------------------------


def shown(text: str, limit: int = 20) -> str:
    """A cell quoted in a message: short, and with no control characters."""
    clean = "".join("?" if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    return f"“{clean[:limit]}…”" if len(clean) > limit else f"“{clean}”"


def parse_flight(text: str) -> tuple[str, str]:
    """``"SK 0123"`` -> ``("SK", "123")``; ValueError with a message otherwise."""
    match = _FLIGHT.fullmatch(text.strip().upper())
    if match is None:
        raise BadValue(Message(QT_TRANSLATE_NOOP(
            "Messages", "The flight {value} is not a flight like SK 1234."),
            {"value": shown(text)}))
    return match.group(1), unpadded(match.group(2))


def _clock(text: str) -> dt.time | None:
    match = _CLOCK.fullmatch(text)
    if match is None:
        return None
    hours, minutes, seconds, compact_hours, compact_minutes = match.groups()
    hour, minute = int(hours or compact_hours), int(minutes or compact_minutes)
    second = int(seconds or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return dt.time(hour, minute, second)


def _on_wall_clock(day: dt.date, time: dt.time, zone: zoneinfo.ZoneInfo, what: str) -> dt.datetime:
    """The moment the lounge's clocks show ``time`` on ``day`` (the first, if twice)."""
    local = dt.datetime.combine(day, time, tzinfo=zone)
    moment = local.astimezone(UTC)
    if moment.astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        values = {"time": f"{time:%H:%M}", "day": day, "zone": zone.key}
        if what == "boarding time":
            raise BadValue(Message(QT_TRANSLATE_NOOP(
                "Messages",
                "The boarding time {time} does not exist on {day} in {zone}: "
                "the clocks go forward that night. Please check the time."), values))
        raise BadValue(Message(QT_TRANSLATE_NOOP(
            "Messages",
            "The departure time {time} does not exist on {day} in {zone}: "
            "the clocks go forward that night. Please check the time."), values))
    return moment


def _iso(text: str, zone: zoneinfo.ZoneInfo, what: str) -> dt.datetime | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ].+", text):
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return _on_wall_clock(moment.date(), moment.time(), zone, what)
    return moment.astimezone(UTC)


def _time_problem(text: str, what: str) -> BadValue:
    if what == "boarding time":
        return BadValue(Message(QT_TRANSLATE_NOOP(
            "Messages",
            "The boarding time {value} is not a time like 09:35 (or 2026-11-23T09:35)."),
            {"value": shown(text)}))
    return BadValue(Message(QT_TRANSLATE_NOOP(
        "Messages",
        "The departure time {value} is not a time like 09:35 (or 2026-11-23T09:35)."),
        {"value": shown(text)}))


def parse_departure_time(text: str, day: dt.date, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """The departure moment (UTC) for a time on the lounge's clock on ``day``."""
    text = text.strip()
    if (time := _clock(text)) is not None:
        return _on_wall_clock(day, time, zone, "departure time")
    moment = _iso(text, zone, "departure time")
    if moment is None:
        raise _time_problem(text, "departure time")
    local_day = moment.astimezone(zone).date()
    if local_day not in (day, day + dt.timedelta(days=1)):
        raise BadValue(Message(QT_TRANSLATE_NOOP(
            "Messages",
            "The departure {value} is on {day}, not on {imported}, the day being imported."),
            {"value": shown(text), "day": local_day, "imported": day}))
    return moment


def parse_boarding_time(text: str, departs_at: dt.datetime, zone: zoneinfo.ZoneInfo
                        ) -> dt.datetime | None:
    """The boarding moment (UTC) before ``departs_at``; None for an empty cell."""
    text = text.strip()
    if not text:
        return None
    if (time := _clock(text)) is not None:
        departure_day = departs_at.astimezone(zone).date()
        moment = _on_wall_clock(departure_day, time, zone, "boarding time")
        if moment > departs_at:  # boards the evening before a departure after midnight
            moment = _on_wall_clock(departure_day - dt.timedelta(days=1), time, zone,
                                    "boarding time")
    elif (written := _iso(text, zone, "boarding time")) is not None:
        moment = written
    else:
        raise _time_problem(text, "boarding time")
    if moment >= departs_at:
        raise BadValue(Message(QT_TRANSLATE_NOOP(
            "Messages", "The boarding time must be before the departure time.")))
    lead = departs_at - moment
    if lead > MAX_BOARDING_LEAD:
        hours, minutes = divmod(int(lead.total_seconds() // 60), 60)
        raise BadValue(Message(QT_TRANSLATE_NOOP(
            "Messages",
            "Boarding at {boarding} would be {hours} h {minutes} min before the departure at "
            "{departure}; boarding starts at most 3 hours before departure. Please check the "
            "times."), {"boarding": f"{moment.astimezone(zone):%H:%M}", "hours": str(hours),
                        "minutes": f"{minutes:02d}",
                        "departure": f"{departs_at.astimezone(zone):%H:%M}"}))
    return moment


def _cell_problem(text: str, name: str) -> Message | None:
    if len(text) > MAX_CELL_CHARS:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "The {what} cell is {length} characters long; it can have at most {most}."),
            {"what": WHAT_SAID[name], "length": f"{len(text):,}", "most": str(MAX_CELL_CHARS)})
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text):
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "The {what} cell contains control characters."), {"what": WHAT_SAID[name]})
    return None


def read_departure(day: dt.date, timezone: str, *, flight: str, departure: str, gate: str = "",
                   boarding: str = "", destination: str = "") -> Departure:
    """One departure from the texts of its fields; :class:`DepartureProblems` if any is wrong."""
    zone = zoneinfo.ZoneInfo(timezone)
    cells = {"flight": flight, "departure": departure, "gate": gate, "boarding": boarding,
             "destination": destination}
    problems: dict[str, Message] = {name: problem for name, text in cells.items()
                if (problem := _cell_problem(text, name))}
    values = {name: text.strip() for name, text in cells.items()}
    for name in REQUIRED:
        if name not in problems and not values[name]:
            problems[name] = Message(QT_TRANSLATE_NOOP("Messages", "The {what} is missing."),
                                     {"what": WHAT_SAID[name]})

    carrier = number = ""
    departs_at = boards_at = None
    if "flight" not in problems:
        try:
            carrier, number = parse_flight(values["flight"])
        except ValueError as error:
            problems["flight"] = _said(error)
    if "departure" not in problems:
        try:
            departs_at = parse_departure_time(values["departure"], day, zone)
        except ValueError as error:
            problems["departure"] = _said(error)
    if "boarding" not in problems and departs_at is not None:
        try:
            boards_at = parse_boarding_time(values["boarding"], departs_at, zone)
        except ValueError as error:
            problems["boarding"] = _said(error)
    gate_text = " ".join(values["gate"].upper().split())
    if "gate" not in problems and gate_text and not _GATE.fullmatch(gate_text):
        problems["gate"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "The gate {value} is not a gate like A12 or C 26."),
            {"value": shown(values["gate"])})
    airport = values["destination"].upper()
    if "destination" not in problems and airport and not _AIRPORT.fullmatch(airport):
        problems["destination"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "The destination {value} is not an airport code like OSL."),
            {"value": shown(values["destination"])})
    if problems:
        raise DepartureProblems({name: problems[name] for name in FIELDS if name in problems})
    assert departs_at is not None
    return Departure(carrier=carrier, flight_number=number, departs_at=departs_at,
                     boards_at=boards_at, gate=gate_text, destination=airport)


def assumed_boarding(departure: Departure) -> dt.datetime:
    """When boarding starts, or is assumed to start when the file did not say."""
    return departure.boards_at or departure.departs_at - ASSUMED_BOARDING_LEAD


# --- the file -------------------------------------------------------------------------------------


def _header_key(cell: str) -> str:
    return "".join(ch for ch in cell.casefold() if ch.isalnum())


def _delimiter(text: str) -> str:
    first = next((line for line in io.StringIO(text) if line.strip()), "")
    return max(DELIMITERS, key=first.count) if any(d in first for d in DELIMITERS) else ","


def _columns(cells: list[str], line: int) -> tuple[dict[str, int], list[LineProblem]]:
    columns: dict[str, int] = {}
    problems = []
    for index, cell in enumerate(cells):
        key = _header_key(cell[:MAX_CELL_CHARS])
        for name, spellings in HEADER_NAMES.items():
            if key in spellings:
                if name in columns:
                    problems.append(LineProblem.of(line, Message(QT_TRANSLATE_NOOP(
                        "Messages", "Two columns are the {what}: {first} and {second}. "
                        "Please keep one."), {"what": WHAT_SAID[name],
                                              "first": shown(cells[columns[name]]),
                                              "second": shown(cell)}), name))
                columns[name] = index
    if not columns:
        problems.append(LineProblem.of(line, Message(QT_TRANSLATE_NOOP(
            "Messages",
            "The first line must name the columns, like: Flight;Departure;Gate;Boarding."))))
        return columns, problems
    for name in REQUIRED:
        if name not in columns:
            problems.append(LineProblem.of(line, Message(QT_TRANSLATE_NOOP(
                "Messages",
                "The header has no {what} column; the columns needed are "
                "Flight and Departure (Gate and Boarding if known)."),
                {"what": WHAT_SAID[name]}), name))
    return columns, problems


@dataclass
class _Collector:
    problems: list[LineProblem] = field(default_factory=list)
    more: int = 0

    def add(self, problem: LineProblem) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        else:
            self.more += 1


def read_departures_csv(text: str, day: dt.date, timezone: str) -> DeparturesFile:
    """Every departure of the file, or every problem with it (by line): see the module rules."""
    if len(text) > MAX_TEXT_CHARS:
        return DeparturesFile(problems=(LineProblem.of(0, Message(QT_TRANSLATE_NOOP(
            "Messages",
            "The file has {length} characters; a day's departures file has at most {most}. "
            "Is it the right file?"), {"length": f"{len(text):,}",
                                       "most": f"{MAX_TEXT_CHARS:,}"})),))
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    found = _Collector()
    departures: list[Departure] = []
    first_line: dict[tuple[str, str], int] = {}
    columns: dict[str, int] | None = None
    rows = 0
    next_start = 1
    try:
        for cells in reader:
            line, next_start = next_start, reader.line_num + 1  # a quoted cell may span lines
            if not any(cell.strip() for cell in cells):
                continue
            if columns is None:
                columns, header_problems = _columns(cells, line)
                if header_problems:
                    return DeparturesFile(problems=tuple(header_problems))
                continue
            rows += 1
            if rows > MAX_FLIGHTS:
                found.add(LineProblem.of(line, Message(QT_TRANSLATE_NOOP(
                    "Messages",
                    "A day's file has at most {most} flights; this line is one too many. "
                    "Is it the right file?"), {"most": f"{MAX_FLIGHTS:,}"})))
                break
            _read_row(cells, line, columns, day, timezone, departures, first_line, found)
    except csv.Error as error:
        found.add(LineProblem.of(reader.line_num, Message(QT_TRANSLATE_NOOP(
            "Messages", "This line cannot be read as CSV ({error})."), {"error": str(error)})))
    if columns is None:
        found.add(LineProblem.of(0, Message(QT_TRANSLATE_NOOP("Messages", "The file is empty."))))
    elif not departures and not found.problems:
        found.add(LineProblem.of(0, Message(QT_TRANSLATE_NOOP(
            "Messages", "The file has a header but no flights."))))
    return DeparturesFile(departures=tuple(departures), problems=tuple(found.problems),
                          more_problems=found.more)


def _read_row(cells: list[str], line: int, columns: dict[str, int], day: dt.date, timezone: str,
              departures: list[Departure], first_line: dict[tuple[str, str], int],
              found: _Collector) -> None:
    values = {name: cells[index] if index < len(cells) else "" for name, index in columns.items()}
    try:
        departure = read_departure(day, timezone, **values)
    except DepartureProblems as error:
        for name, said in error.messages.items():
            found.add(LineProblem.of(line, said, name))
        return
    key = (departure.carrier, departure.flight_number)
    if key in first_line:
        found.add(LineProblem.of(line, Message(QT_TRANSLATE_NOOP(
            "Messages", "{flight} is also on line {line}."),
            {"flight": departure.flight, "line": str(first_line[key])}), "flight"))
        return
    first_line[key] = line
    departures.append(departure)
