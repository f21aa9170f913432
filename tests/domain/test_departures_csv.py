"""Reading the day's departures file: Excel's ways, bad lines by number, midnight and DST."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from vipdesk.domain import departures_csv as csvrules
from vipdesk.domain.departures_csv import (
    Departure,
    DepartureProblems,
    LineProblem,
    read_departure,
    read_departures_csv,
)
from vipdesk.domain.eligibility import PassDetails, normalise

CPH = "Europe/Copenhagen"
ZONE = zoneinfo.ZoneInfo(CPH)
DAY = dt.date(2026, 11, 23)  # winter time: UTC+1


def local(day: dt.date, hour: int, minute: int, fold: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE,
                       fold=fold).astimezone(dt.UTC)


def read(text: str, day: dt.date = DAY) -> csvrules.DeparturesFile:
    return read_departures_csv(text, day, CPH)


def test_a_good_file_gives_every_departure_in_utc() -> None:
    found = read("Flight,Departure,Gate,Boarding\n"
                 "SK 1234,09:35,A12,09:05\n"
                 "LH827,10:10,B 7,\n")
    assert found.ok and found.problems == ()
    assert found.departures == (
        Departure("SK", "1234", local(DAY, 9, 35), local(DAY, 9, 5), "A12"),
        Departure("LH", "827", local(DAY, 10, 10), None, "B 7"),
    )
    assert found.departures[0].flight == "SK 1234"
    assert csvrules.assumed_boarding(found.departures[1]) == local(DAY, 9, 40)


def test_excel_bom_semicolons_crlf_quotes_and_blank_rows() -> None:
    text = ("\ufeffFLIGHT NO.;Dep. Time;Remarks;gate;Boarding time;To\r\n"
            "sk 0123;9.35;\"Delayed; see desk\";c26;0905;osl\r\n"
            ";;;;;\r\n"
            "\r\n"
            "\"DY 1302\";\"14:05:00\";;;;\r\n")
    found = read(text)
    assert found.problems == ()
    first, second = found.departures
    assert (first.carrier, first.flight_number, first.gate, first.destination) == (
        "SK", "123", "C26", "OSL")
    assert (first.departs_at, first.boards_at) == (local(DAY, 9, 35), local(DAY, 9, 5))
    assert (second.flight, second.departs_at) == ("DY 1302", local(DAY, 14, 5))


def test_a_tab_separated_file_with_columns_in_another_order() -> None:
    found = read("Boarding\tGate\tSTD\tFlt\n08:50\tA1\t09:20\tSAS 901\n")
    assert found.departures == (
        Departure("SAS", "901", local(DAY, 9, 20), local(DAY, 8, 50), "A1"),)


@pytest.mark.parametrize(("text", "carrier", "number"), [
    ("SK 1234", "SK", "1234"), ("SK1234", "SK", "1234"), ("sk-1234", "SK", "1234"),
    ("U2 61A", "U2", "61A"), ("U21234", "U2", "1234"), ("D8 0007", "D8", "7"),
    ("SAS1234", "SAS", "1234"), ("SK\u00a0123", "SK", "123"),
])
def test_flights_are_written_many_ways(text: str, carrier: str, number: str) -> None:
    assert csvrules.parse_flight(text) == (carrier, number)


@pytest.mark.parametrize("text", [
    "SK", "1234", "12 34", "SK 12345", "SK 12 34", "SK/LH 12", "=HYPERLINK()"])
def test_what_is_not_a_flight_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a flight like SK 1234"):
        csvrules.parse_flight(text)


def test_flight_numbers_are_spelled_as_on_a_scanned_boarding_pass() -> None:
    scanned = normalise(PassDetails(surname="Chen", carrier="SK ", flight_number="0061A"))
    assert csvrules.parse_flight("SK 0061A") == (scanned.carrier, scanned.flight_number)


def test_bad_lines_are_reported_by_line_number_and_nothing_is_kept() -> None:
    found = read("Flight,Departure,Gate,Boarding\n"  # line 1
                 "SK 1234,09:35,A12,09:05\n"  # 2: good
                 "XX,25:00,A1,\n"  # 3: two problems
                 ",10:00,,\n"  # 4: no flight
                 "\"LH 1\",\"11:00\",\"multi\nline\",\n"  # 5-6: a quoted cell over two lines
                 "SK 1234,12:00,,\n"  # 7: listed twice
                 "DY 1,13:00,,14:00\n")  # 8: boarding after departure... the day before, too early
    assert [(p.line, p.field) for p in found.problems] == [
        (3, "flight"), (3, "departure"), (4, "flight"), (5, "gate"), (7, "flight"), (8, "boarding")]
    assert not found.ok
    messages = [str(p) for p in found.problems]
    assert messages[0] == "Line 3: The flight “XX” is not a flight like SK 1234."
    assert messages[1] == ("Line 3: The departure time “25:00” is not a time like 09:35 "
                           "(or 2026-11-23T09:35).")
    assert messages[2] == "Line 4: The flight is missing."
    assert messages[4] == "Line 7: SK 1234 is also on line 2."
    assert "23 h 00 min before the departure at 13:00" in messages[5]


def test_a_10000_character_cell_is_refused_without_echoing_it() -> None:
    garbage = "9" * 10_000
    found = read(f"Flight,Departure,Gate\nSK 1,{garbage},A1\nSK 2,10:00,{garbage}\n")
    assert [(p.line, p.field) for p in found.problems] == [(2, "departure"), (3, "gate")]
    assert "10,000 characters long" in found.problems[0].message
    assert all(len(p.message) < 200 for p in found.problems)


def test_garbage_files_get_one_clear_message() -> None:
    assert [str(p) for p in read("").problems] == ["The file is empty."]
    assert [str(p) for p in read("\ufeff\n\n").problems] == ["The file is empty."]
    assert "first line must name the columns" in str(read("SK 1234,09:35\n").problems[0])
    assert "no departure time column" in str(read("Flight,Gate\nSK 1,A1\n").problems[0])
    assert "header but no flights" in str(read("Flight,Departure\n").problems[0])
    assert "Two columns are the departure time" in str(read("Flight,STD,Departure\n").problems[0])
    huge = read("x" * (csvrules.MAX_TEXT_CHARS + 1))
    assert huge.problems[0].line == 0 and "at most 1,000,000" in str(huge.problems[0])
    control = read("Flight,Departure\nSK 1\x07,09:00\n")
    assert control.problems == (LineProblem(2, "The flight cell contains control characters.",
                                            "flight"),)
    binary = read("Flight,Departure\n\x00\x01\x02,\x00\n")
    assert not binary.ok


def test_problems_are_capped_and_counted() -> None:
    lines = "".join(f"?{n},xx\n" for n in range(150))
    found = read("Flight,Departure\n" + lines)
    assert len(found.problems) == csvrules.MAX_PROBLEMS
    assert found.more_problems == 2 * 150 - csvrules.MAX_PROBLEMS


def test_too_many_flights_is_refused() -> None:
    lines = "".join(f"SK {n},09:00\n" for n in range(1, csvrules.MAX_FLIGHTS + 2))
    found = read("Flight,Departure\n" + lines)
    assert "at most 3,000 flights" in str(found.problems[-1])


def test_boarding_before_midnight_for_a_departure_after_midnight() -> None:
    found = read("Flight,Departure,Boarding\nSK 1,00:20,23:50\nSK 2,23:50,23:20\n")
    night, late = found.departures
    assert (night.departs_at, night.boards_at) == (local(DAY, 0, 20),
                                                  local(DAY - dt.timedelta(days=1), 23, 50))
    assert (late.departs_at, late.boards_at) == (local(DAY, 23, 50), local(DAY, 23, 20))


def test_iso_times_may_name_the_next_day_for_a_delay_but_not_another_day() -> None:
    found = read("Flight,Departure,Boarding\n"
                 "SK 1,2026-11-24T00:40,2026-11-24 00:05\n"
                 "SK 2,2026-11-23T09:00Z,\n"
                 "SK 3,2026-11-25T09:00,\n")
    delayed, utc = found.departures
    assert (delayed.departs_at, delayed.boards_at) == (
        local(DAY + dt.timedelta(days=1), 0, 40), local(DAY + dt.timedelta(days=1), 0, 5))
    assert utc.departs_at == dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    assert [(p.line, p.field) for p in found.problems] == [(4, "departure")]
    assert "25 Nov 2026, not on 23 Nov 2026" in found.problems[0].message


def test_the_day_the_clocks_go_forward() -> None:
    spring = dt.date(2026, 3, 29)  # 02:00 CET -> 03:00 CEST in Copenhagen
    found = read("Flight,Departure,Boarding\n"
                 "SK 1,03:10,01:50\n"  # boards in winter time, departs in summer time
                 "SK 2,02:30,\n", day=spring)
    [flight] = found.departures
    assert flight.departs_at == dt.datetime(2026, 3, 29, 1, 10, tzinfo=dt.UTC)
    assert flight.boards_at == dt.datetime(2026, 3, 29, 0, 50, tzinfo=dt.UTC)
    assert flight.departs_at - flight.boards_at == dt.timedelta(minutes=20), "20, not 80 minutes"
    assert [(p.line, p.field) for p in found.problems] == [(3, "departure")]
    assert "02:30 does not exist on 29 Mar 2026" in found.problems[0].message


def test_the_day_the_clocks_go_back_takes_the_first_0230() -> None:
    autumn = dt.date(2026, 10, 25)  # 03:00 CEST -> 02:00 CET
    found = read("Flight,Departure,Boarding\nSK 1,02:30,02:10\nSK 2,03:30,02:40\n", day=autumn)
    first, second = found.departures
    assert first.departs_at == local(autumn, 2, 30, fold=0)
    assert first.departs_at == dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)
    assert second.departs_at - second.boards_at == dt.timedelta(hours=1, minutes=50), (
        "02:40 is taken as the first (summer time) 02:40")


def test_the_hand_entry_form_gets_problems_by_field() -> None:
    departure = read_departure(DAY, CPH, flight=" sk 12 ", departure="0935", boarding="",
                               gate="a 3", destination="arn")
    assert departure == Departure("SK", "12", local(DAY, 9, 35), None, "A 3", "ARN")
    with pytest.raises(DepartureProblems) as refused:
        read_departure(DAY, CPH, flight="", departure="soon", gate="#1", destination="Oslo")
    assert list(refused.value.problems) == ["flight", "departure", "gate", "destination"]
    assert refused.value.problems["destination"] == (
        "The destination “Oslo” is not an airport code like OSL.")
    with pytest.raises(DepartureProblems, match="before the departure"):
        read_departure(DAY, CPH, flight="SK 1", departure="09:00", boarding="09:00")


# --- each rule's exact words and bounds (issue 17: tests that can fail) -------------------------


def test_every_time_read_is_an_aware_utc_moment() -> None:
    found = read("Flight,Departure,Boarding\nSK 1,09:35,09:05\nSK 2,2026-11-23T10:00,"
                 "2026-11-23T09:30+01:00\n")
    for departure in found.departures:
        assert departure.departs_at.tzinfo is dt.UTC
        assert departure.boards_at is not None and departure.boards_at.tzinfo is dt.UTC


def test_boarding_on_the_departures_own_local_day_after_midnight() -> None:
    # 00:20 in Copenhagen is 23:20 UTC the day before: the day is the lounge's, not UTC's.
    departure = read_departure(DAY, CPH, flight="SK 1", departure="00:20", boarding="00:05")
    assert departure == Departure("SK", "1", local(DAY, 0, 20), local(DAY, 0, 5), "", "")


def test_boarding_at_the_departure_time_is_refused_as_not_before_it() -> None:
    with pytest.raises(DepartureProblems) as refused:
        read_departure(DAY, CPH, flight="SK 1", departure="09:00", boarding="09:00")
    assert refused.value.problems == {
        "boarding": "The boarding time must be before the departure time."}


def test_boarding_three_hours_before_departure_is_the_earliest() -> None:
    departure = read_departure(DAY, CPH, flight="SK 1", departure="12:00", boarding="09:00")
    assert departure.boards_at == local(DAY, 9, 0)
    with pytest.raises(DepartureProblems) as refused:
        read_departure(DAY, CPH, flight="SK 1", departure="12:00", boarding="08:59")
    assert refused.value.problems == {"boarding": (
        "Boarding at 08:59 would be 3 h 01 min before the departure at 12:00; boarding starts "
        "at most 3 hours before departure. Please check the times.")}


def test_a_boarding_time_that_is_no_time_is_refused_in_words() -> None:
    with pytest.raises(DepartureProblems) as refused:
        read_departure(DAY, CPH, flight="SK 1", departure="09:00", boarding="soon")
    assert refused.value.problems == {
        "boarding": "The boarding time “soon” is not a time like 09:35 (or 2026-11-23T09:35)."}


@pytest.mark.parametrize("boarding", ["02:30", "2026-03-29T02:30"])
def test_a_boarding_time_the_clocks_skip_is_refused_in_words(boarding: str) -> None:
    with pytest.raises(DepartureProblems) as refused:
        read_departure(dt.date(2026, 3, 29), CPH, flight="SK 1", departure="04:00",
                       boarding=boarding)
    assert refused.value.problems == {"boarding": (
        "The boarding time 02:30 does not exist on 29 Mar 2026 in Europe/Copenhagen: "
        "the clocks go forward that night. Please check the time.")}


def test_a_departure_time_the_clocks_skip_is_refused_in_words() -> None:
    with pytest.raises(DepartureProblems) as refused:
        read_departure(dt.date(2026, 3, 29), CPH, flight="SK 1", departure="2026-03-29T02:30")
    assert refused.value.problems == {"departure": (
        "The departure time 02:30 does not exist on 29 Mar 2026 in Europe/Copenhagen: "
        "the clocks go forward that night. Please check the time.")}


def test_the_problems_of_one_departure_read_as_one_sentence_each() -> None:
    with pytest.raises(DepartureProblems) as refused:
        read_departure(DAY, CPH, flight="", departure="")
    assert str(refused.value) == "The flight is missing. The departure time is missing."


@pytest.mark.parametrize(("flight", "quoted"), [
    ("A" * 20, "“" + "A" * 20 + "”"),
    ("A" * 21, "“" + "A" * 20 + "…”"),
    ("SK\u200b1", "“SK?1”"),  # an invisible character is shown as a question mark
])
def test_a_cell_is_quoted_short_and_visible_in_a_message(flight: str, quoted: str) -> None:
    with pytest.raises(DepartureProblems) as refused:
        read_departure(DAY, CPH, flight=flight, departure="09:00")
    assert refused.value.problems == {
        "flight": f"The flight {quoted} is not a flight like SK 1234."}


def test_a_short_row_leaves_the_missing_cells_empty() -> None:
    found = read("Flight,Departure,Gate,Destination\nSK 1,09:00\n")
    assert found.problems == ()
    assert found.departures == (Departure("SK", "1", local(DAY, 9, 0)),)


def test_header_problems_name_line_field_and_words() -> None:
    assert read("\n\nFlight,Gate\nSK 1,A1\n").problems == (LineProblem(3, (
        "The header has no departure time column; the columns needed are Flight and "
        "Departure (Gate and Boarding if known)."), "departure"),)
    assert read("Flight,STD,Departure\n").problems == (LineProblem(
        1, "Two columns are the departure time: “STD” and “Departure”. Please keep one.",
        "departure"),)
    assert read("Remarks,Status\nSK 1,09:00\n").problems == (LineProblem(
        1, "The first line must name the columns, like: Flight;Departure;Gate;Boarding."),)


def test_whole_file_problems_are_on_line_0() -> None:
    assert read("").problems == (LineProblem(0, "The file is empty."),)
    assert read("Flight,Departure\n").problems == (
        LineProblem(0, "The file has a header but no flights."),)


def test_a_file_of_exactly_a_million_characters_is_read() -> None:
    start = "Flight,Departure\nSK 1,09:00\n"
    found = read(start + "\n" * (csvrules.MAX_TEXT_CHARS - len(start)))
    assert found.problems == () and len(found.departures) == 1
    found = read(start + "\n" * (csvrules.MAX_TEXT_CHARS + 1 - len(start)))
    assert [str(p) for p in found.problems] == [
        "The file has 1,000,001 characters; a day's departures file has at most 1,000,000. "
        "Is it the right file?"]


def test_exactly_3000_flights_are_read_and_the_3001st_is_one_too_many() -> None:
    lines = [f"SK {n},09:00\n" for n in range(1, csvrules.MAX_FLIGHTS + 2)]
    found = read("Flight,Departure\n" + "".join(lines[:-1]))
    assert found.ok and len(found.departures) == csvrules.MAX_FLIGHTS
    found = read("Flight,Departure\n" + "".join(lines))
    assert found.problems == (LineProblem(
        csvrules.MAX_FLIGHTS + 2, "A day's file has at most 3,000 flights; this line is one "
        "too many. Is it the right file?"),)


def test_a_line_the_csv_reader_cannot_read_is_reported_by_its_number() -> None:
    huge = "x" * 200_000  # over the csv module's limit for one cell
    found = read(f"Flight,Departure\nSK 1,09:00\nSK 2,\"{huge}\"\n")
    assert found.problems == (LineProblem(
        3, "This line cannot be read as CSV (field larger than field limit (131072))."),)


@pytest.mark.parametrize(("text", "moment"), [
    ("00:00", local(DAY, 0, 0)), ("23:59", local(DAY, 23, 59)),
    ("09:35:30", local(DAY, 9, 35) + dt.timedelta(seconds=30)),
    ("23:59:59", local(DAY, 23, 59) + dt.timedelta(seconds=59)),
])
def test_the_last_hour_minute_and_second_of_the_day_are_times(text: str,
                                                               moment: dt.datetime) -> None:
    assert read_departure(DAY, CPH, flight="SK 1", departure=text).departs_at == moment


@pytest.mark.parametrize("text", ["24:00", "09:60", "09:60:00", "09:30:60", "2400"])
def test_a_clock_past_its_last_hour_minute_or_second_is_no_time(text: str) -> None:
    with pytest.raises(DepartureProblems) as refused:
        read_departure(DAY, CPH, flight="SK 1", departure=text)
    assert refused.value.problems == {"departure": (
        f"The departure time “{text}” is not a time like 09:35 (or 2026-11-23T09:35).")}


def test_a_departure_time_the_clocks_skip_is_refused_in_words_when_typed_as_a_clock() -> None:
    with pytest.raises(DepartureProblems) as refused:
        read_departure(dt.date(2026, 3, 29), CPH, flight="SK 1", departure="02:30")
    assert refused.value.problems == {"departure": (
        "The departure time 02:30 does not exist on 29 Mar 2026 in Europe/Copenhagen: "
        "the clocks go forward that night. Please check the time.")}


def test_a_boarding_time_the_evening_before_that_the_clocks_skip_is_refused() -> None:
    # Departs 01:00 on 30 Mar; boarding 02:30 would be the night of 29 Mar, which has no 02:30.
    with pytest.raises(DepartureProblems) as refused:
        read_departure(dt.date(2026, 3, 30), CPH, flight="SK 1", departure="01:00",
                       boarding="02:30")
    assert refused.value.problems == {"boarding": (
        "The boarding time 02:30 does not exist on 29 Mar 2026 in Europe/Copenhagen: "
        "the clocks go forward that night. Please check the time.")}


def test_the_day_of_an_iso_departure_is_the_lounges_day() -> None:
    # 23:30 UTC on the 24th is 00:30 on the 25th in Copenhagen: two days after the 23rd.
    with pytest.raises(DepartureProblems) as refused:
        read_departure(DAY, CPH, flight="SK 1", departure="2026-11-24T23:30Z")
    assert refused.value.problems == {"departure": (
        "The departure “2026-11-24T23:30Z” is on 25 Nov 2026, not on 23 Nov 2026, "
        "the day being imported.")}


def test_a_cell_of_64_characters_is_read_and_65_are_refused() -> None:
    departure = read_departure(DAY, CPH, flight="SK 1".ljust(64), departure="09:00")
    assert departure.flight == "SK 1"
    with pytest.raises(DepartureProblems) as refused:
        read_departure(DAY, CPH, flight="SK 1".ljust(65), departure="09:00",
                       gate="G" * 65, boarding="0" * 65, destination="X" * 65)
    assert refused.value.problems == {
        "flight": "The flight cell is 65 characters long; it can have at most 64.",
        "gate": "The gate cell is 65 characters long; it can have at most 64.",
        "boarding": "The boarding time cell is 65 characters long; it can have at most 64.",
        "destination": "The destination cell is 65 characters long; it can have at most 64."}


def test_a_broken_character_in_a_cell_is_refused() -> None:
    with pytest.raises(DepartureProblems) as refused:
        read_departure(DAY, CPH, flight="SK 1", departure="09:00", gate="A\ud8001")
    assert refused.value.problems == {"gate": "The gate cell contains control characters."}


def test_no_boarding_is_read_against_a_departure_that_was_refused() -> None:
    with pytest.raises(DepartureProblems) as refused:
        read_departure(DAY, CPH, flight="SK 1", departure="soon", boarding="08:30")
    assert list(refused.value.problems) == ["departure"]
