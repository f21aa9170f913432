"""The pass reader's rules, one by one: what it refuses, what it notes, and the exact words.

Written against the survivors of a mutation run (docs/mutation.md): each test states a rule
the peers' vectors in test_bcbp.py left unpinned. A refusal and a note are what the desk
shows the agent, so their words are part of the rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.domain.bcbp import (
    BoardingPass,
    BoardingPassError,
    latest_issue_date,
    nearest_day_of_year,
    parse,
    split_name,
)

PASS = "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 226F001A0025 100"
SECOND_LEG = "DEF456 FRAGVALH 3664 227C012C0002 100"
SCAN_DAY = dt.date(2026, 8, 14)
NOT_A_PASS = "This is not a boarding pass"
PART_READ = "This is not a boarding pass, or only part of it was read"


def _with_leg_data(data: str, size: int | None = None) -> str:
    """PASS with ``data`` as leg 1's additional data, declared ``size`` long (default: right)."""
    return PASS[:58] + f"{len(data) if size is None else size:02X}" + data


def _two_legs(first_size: str = "00", second: str = SECOND_LEG) -> str:
    return "M2" + PASS[2:58] + first_size + second


def _read(raw: str) -> BoardingPass:
    return parse(raw, scan_date=SCAN_DAY)


def _refusal(raw: object) -> tuple[str, str]:
    with pytest.raises(BoardingPassError) as caught:
        parse(raw, scan_date=SCAN_DAY)  # type: ignore[arg-type]
    return caught.value.field, str(caught.value)


# --- what is refused, and the words the agent reads -----------------------------

REFUSALS = [
    pytest.param(
        None, "boarding pass", f"{NOT_A_PASS}: no text was scanned.", id="no-text"),
    pytest.param(
        "", "boarding pass", "Nothing was scanned: the boarding pass is empty.", id="empty"),
    pytest.param(
        "m" + PASS[1:], "format code",
        f"{NOT_A_PASS}: it should start with 'M' (got 'm'). Is Caps Lock on?", id="caps-lock"),
    pytest.param(
        "B" + PASS[1:], "format code", f"{NOT_A_PASS}: it should start with 'M' (got 'B').",
        id="format-code"),
    pytest.param(
        "M", "number of legs",
        f"{NOT_A_PASS}: the number of legs should be a digit from 1 to 4 (got nothing).",
        id="legs-missing"),
    pytest.param(
        "M5", "number of legs",
        f"{NOT_A_PASS}: the number of legs should be a digit from 1 to 4 (got '5').",
        id="legs-five"),
    pytest.param(
        "MX" + PASS[2:], "number of legs",
        f"{NOT_A_PASS}: the number of legs should be a digit from 1 to 4 (got 'X').",
        id="legs-letter"),
    pytest.param(
        "M1", "length",
        f"{PART_READ}: it has 2 characters, and a boarding pass has at least 60. Scan it again.",
        id="header-only"),
    pytest.param(
        PASS[:10] + "\n" + PASS[10:], "characters",
        "This is not one boarding pass: the text has a line break in it (position 11), as if "
        "two scans were read together. Scan one boarding pass at a time.", id="line-break"),
    pytest.param(
        PASS[:5] + "\x1f" + PASS[6:], "characters",
        f"{NOT_A_PASS}: it contains an invisible control character (code 1F at position 6). "
        "Boarding passes never do; check the scanner's settings and scan again.",
        id="control-1F"),
    pytest.param(
        PASS[:5] + "\x9f" + PASS[6:], "characters",
        f"{NOT_A_PASS}: it contains an invisible control character (code 9F at position 6). "
        "Boarding passes never do; check the scanner's settings and scan again.",
        id="control-9F"),
    pytest.param(
        PASS[:5] + "\xa0" + PASS[6:], "characters",
        f"{NOT_A_PASS}: it contains '\\xa0' (position 6), a character boarding passes never "
        "carry. If the printed pass looks fine, check that the scanner's keyboard layout "
        "matches this computer's.", id="non-ascii-A0"),
    pytest.param(
        PASS[:22] + "X" + PASS[23:], "electronic ticket indicator",
        f"{NOT_A_PASS}: the electronic ticket indicator should be 'E' (got 'X').",
        id="ticket-indicator"),
    pytest.param(
        PASS.replace("0834 ", "XXXXX"), "leg 1 flight number",
        f"{NOT_A_PASS}: the flight number of leg 1 is not a flight number (got 'XXXXX').",
        id="flight-of-letters"),
    pytest.param(
        PASS[:23] + "^" + PASS[24:], "leg 1 booking reference",
        f"{NOT_A_PASS}: the booking reference of leg 1 is not a booking reference "
        "(got '^BC123 ').", id="caret-in-first-leg"),
    pytest.param(
        PASS[:58] + "ZZ", "leg 1 size of additional data",
        f"{NOT_A_PASS}: the size of the additional data of leg 1 should be two hexadecimal "
        "digits (got 'ZZ').", id="leg-size-not-hex"),
    pytest.param(
        _with_leg_data("", size=5), "leg 1 size of additional data",
        f"{PART_READ}: leg 1 announces 5 more characters but only 0 follow. Scan it again.",
        id="leg-data-missing"),
    pytest.param(
        _with_leg_data("ABCDE", size=9), "leg 1 size of additional data",
        f"{PART_READ}: leg 1 announces 9 more characters but only 5 follow. Scan it again.",
        id="airline-data-cut"),
    pytest.param(
        _with_leg_data(">60005AB", size=10), "leg 1 size of additional data",
        f"{PART_READ}: leg 1 announces 10 more characters but only 8 follow. Scan it again.",
        id="leg-section-cut"),
    pytest.param(
        _two_legs(first_size=f"{len(SECOND_LEG):02X}"), "leg 2",
        f"{PART_READ}: it announces 2 legs but holds only 1.", id="first-leg-eats-second"),
    pytest.param(
        _two_legs(first_size="FF"), "leg 1 size of additional data",
        f"{PART_READ}: leg 1 announces 255 more characters but only 37 follow. Scan it again.",
        id="first-leg-runs-over"),
    pytest.param(
        PASS + "XX", "end of pass",
        f"{NOT_A_PASS}: unexpected characters follow its end (got 'XX').", id="tail"),
    pytest.param(
        PASS + "Y" * 40, "end of pass",
        f"{NOT_A_PASS}: unexpected characters follow its end (got '{'Y' * 40}').",
        id="tail-shown-whole-at-40"),
    pytest.param(
        PASS + "Y" * 41, "end of pass",
        f"{NOT_A_PASS}: unexpected characters follow its end (got '{'Y' * 40}...').",
        id="tail-shortened-past-40"),
    pytest.param(
        PASS + "AB^105A^CDEF", "end of pass",
        f"{NOT_A_PASS}: unexpected characters follow its end (got 'AB^105A^CDEF').",
        id="no-security-ends-exactly"),
    pytest.param(
        PASS + PASS, "end of pass",
        "This is two boarding passes read as one. Scan one boarding pass at a time.",
        id="two-passes"),
]


@pytest.mark.parametrize(("raw", "field", "message"), REFUSALS)
def test_a_refused_pass_names_its_field_and_says_why(raw: object, field: str, message: str) -> None:
    assert _refusal(raw) == (field, message)


class _BrokenText(str):
    """Text whose own methods fail: stands for a bug inside the reader."""

    __slots__ = ()

    def rstrip(self, chars: str | None = None) -> str:
        raise RuntimeError("a bug in the reader")


def test_a_bug_in_the_reader_is_a_refusal_asking_for_the_details_by_hand() -> None:
    assert _refusal(_BrokenText(PASS)) == (
        "boarding pass",
        "This boarding pass could not be read. Please enter the details by hand.",
    )


# --- what is accepted with a note -------------------------------------------------

NOTES = [
    pytest.param(PASS[:22] + " " + PASS[23:], "The electronic ticket indicator is blank.",
                 id="blank-ticket-indicator"),
    pytest.param(PASS[:2] + " " * 20 + PASS[22:], "The boarding pass shows no passenger name.",
                 id="no-name"),
    pytest.param(PASS[:2] + "Desmarais/Luc".ljust(20) + PASS[22:],
                 "The passenger name is not in capitals; it is kept as scanned.",
                 id="name-not-in-capitals"),
    pytest.param(PASS.replace("0834 ", "61X  "),
                 "The flight number of leg 1 is written '61X  ' instead of '0061X'.",
                 id="flight-not-padded"),
    pytest.param(PASS.replace("001A", "    "), "Leg 1 does not show its seat.", id="blank-seat"),
    pytest.param(PASS.replace("001A0025 ", " " * 9),
                 "Leg 1 does not show its seat, check-in number.", id="blank-seat-and-number"),
    pytest.param("]Q3" + PASS,
                 "The scanner put ']Q3' in front of the boarding pass; it was removed. The scanner "
                 "can be set not to send it.", id="scanner-prefix"),
    pytest.param(PASS + ">600", "Leg 1 declares no additional data, yet some follows; it was "
                 "ignored (the airline printed a wrong size).", id="undeclared-leg-data"),
    pytest.param(PASS.replace("226F", "366F"),
                 "The flight date of leg 1 is day 366, which no nearby year has; "
                 "check the date on the printed pass.", id="day-366-without-leap-year"),
    pytest.param(_with_leg_data("ABCDE"),
                 "The additional data of leg 1 does not start with '>'; "
                 "it was kept as the airline's own data.", id="airline-data-without-marker"),
    pytest.param(_with_leg_data(">600ZZ"),
                 "The size of the leg 1 data is not two hexadecimal digits ('ZZ'); "
                 "the rest of this leg's additional data was ignored.", id="section-size-not-hex"),
    pytest.param(_with_leg_data(">6001"),
                 "The size of the leg 1 data is not two hexadecimal digits ('1'); "
                 "the rest of this leg's additional data was ignored.",
                 id="section-size-one-char"),
    pytest.param(_with_leg_data(">609AB"),
                 "The unique data announces 9 characters but the leg holds only 2; "
                 "what is there was read.", id="section-longer-than-leg"),
    pytest.param(PASS + "^1", "The security data at the end of the boarding pass is cut short.",
                 id="security-cut-short"),
    pytest.param(PASS + "^1ZZabc", "The length of the security data is not two hexadecimal digits.",
                 id="security-length-not-hex"),
    pytest.param(PASS + "^105ABCDEXX", "The security data announces 5 characters but has 7.",
                 id="security-longer-than-declared"),
    pytest.param(PASS + "^105ABCDE  ",
                 "2 blank characters after the end of the boarding pass were ignored.",
                 id="blanks-after-security"),
    pytest.param(PASS + "AB^105A^CDE",
                 "2 characters between leg 1 and the security data were ignored "
                 "(the pass declares a wrong size for the leg).", id="caret-inside-security-data"),
    pytest.param(PASS + "AB^100^105ABCDE",
                 "6 characters between leg 1 and the security data were ignored "
                 "(the pass declares a wrong size for the leg).", id="caret-with-wrong-length"),
    pytest.param(PASS + "A^1ZZ^103A^C",
                 "5 characters between leg 1 and the security data were ignored "
                 "(the pass declares a wrong size for the leg).", id="security-between-carets"),
    pytest.param(PASS + "AB^^105ABCDE",
                 "3 characters between leg 1 and the security data were ignored "
                 "(the pass declares a wrong size for the leg).", id="adjacent-carets"),
]


@pytest.mark.parametrize(("raw", "note"), NOTES)
def test_an_odd_but_usable_pass_is_read_with_one_note(raw: str, note: str) -> None:
    assert _read(raw).warnings == (note,)


def test_the_last_leg_may_announce_more_than_follows_when_its_sections_are_whole() -> None:
    last_leg_runs_over = _two_legs(second=SECOND_LEG[:-2] + "0A" + "0200")

    boarding_pass = _read(last_leg_runs_over)

    assert boarding_pass.legs[1].repeated_conditional_size == 2
    assert boarding_pass.warnings == (
        "The airline number is cut short by the size of the leg 2 data; it was ignored.",
        "Leg 2 announces 10 characters of additional data but only 4 follow; "
        "the airline's own data at the end may be missing.",
    )


def test_a_second_leg_of_exactly_the_mandatory_width_is_read() -> None:
    boarding_pass = _read(_two_legs())

    assert [leg.flight_number for leg in boarding_pass.legs] == ["0834 ", "3664 "]
    assert boarding_pass.warnings == ()


def test_a_cabin_letter_x_is_a_cabin_not_a_blank() -> None:
    assert _read(PASS.replace("226F", "226X")).warnings == ()


def test_a_name_of_xs_is_a_name() -> None:
    assert _read(PASS[:2] + "X".ljust(20) + PASS[22:]).warnings == ()


def test_only_the_scanners_line_ending_comes_off_the_end() -> None:
    boarding_pass = _read(PASS + "^103ABX\r\n")

    assert (boarding_pass.format_code, boarding_pass.security_data) == ("M", "ABX")
    assert boarding_pass.warnings == ()


def test_airline_data_without_the_marker_is_kept_whole() -> None:
    assert _read(_with_leg_data("ABCDE")).legs[0].airline_individual_use == "ABCDE"


def test_the_size_of_a_legs_repeated_section_is_kept() -> None:
    boarding_pass = _read(_with_leg_data(">60003ABC"))

    assert boarding_pass.legs[0].repeated_conditional_size == 3
    assert boarding_pass.legs[0].airline_numeric_code == "ABC"


# --- the security section ---------------------------------------------------------


def test_security_data_of_length_zero_is_whole() -> None:
    boarding_pass = _read(PASS + "^100")

    assert (boarding_pass.security_data_indicator, boarding_pass.security_data_type) == ("^", "1")
    assert (boarding_pass.security_data_length, boarding_pass.security_data) == (0, "")
    assert boarding_pass.warnings == ()


@pytest.mark.parametrize(("tail", "kind"), [("^", None), ("^1", "1"), ("^12", "1")])
def test_cut_short_security_data_keeps_its_type(tail: str, kind: str | None) -> None:
    boarding_pass = _read(PASS + tail)

    assert boarding_pass.security_data_indicator == "^"
    assert boarding_pass.security_data_type == kind


def test_security_data_with_an_unreadable_length_is_kept_as_scanned() -> None:
    assert _read(PASS + "^1ZZabc").security_data == "abc"


def test_blanks_after_the_security_data_are_dropped() -> None:
    assert _read(PASS + "^105ABCDE  ").security_data == "ABCDE"


# --- dates --------------------------------------------------------------------------


def _issued(code: str) -> BoardingPass:
    """A version-6 pass whose unique data ends with the date of issue ``code``."""
    return _read(_with_leg_data(">607" + "1WW" + code))


@pytest.mark.parametrize(("code", "issued"), [
    ("6001", dt.date(2026, 1, 1)),
    ("6226", dt.date(2026, 8, 14)),
    ("6366", dt.date(2016, 12, 31)),
])
def test_the_date_of_issue_is_a_day_from_1_to_366(code: str, issued: dt.date) -> None:
    boarding_pass = _issued(code)

    assert boarding_pass.issue_date == issued
    assert boarding_pass.warnings == ()


@pytest.mark.parametrize("code", ["6000", "6367", "XXXX"])
def test_a_date_of_issue_out_of_the_year_is_noted_and_ignored(code: str) -> None:
    boarding_pass = _issued(code)

    assert boarding_pass.issue_date is None
    assert boarding_pass.warnings == (
        f"The date of issue ('{code}') is not a date; it was ignored.",
    )


def test_no_year_has_a_day_367() -> None:
    assert nearest_day_of_year(367, SCAN_DAY) is None
    assert latest_issue_date("6367", SCAN_DAY) is None


def test_the_issue_date_looks_back_eleven_years_at_most() -> None:
    # 2026 has no day 366; 2016, twelve years back, is beyond the look-back.
    assert latest_issue_date("6366", dt.date(2028, 6, 1)) is None
    assert latest_issue_date("7365", dt.date(2028, 6, 1)) == dt.date(2027, 12, 31)


def test_the_issue_date_works_on_the_last_day_the_calendar_has() -> None:
    assert latest_issue_date("9365", dt.date.max) == dt.date.max


# --- names ----------------------------------------------------------------------------


def test_names_that_start_or_end_with_x_keep_their_x() -> None:
    assert split_name("XU/XENIA") == ("XU", "XENIA", None)
    assert split_name("FOX /MAX") == ("FOX", "MAX", None)


def test_a_title_glued_to_the_last_of_several_given_names_comes_off() -> None:
    assert split_name("SMITH/ANNA MARIA LUCMRS") == ("SMITH", "ANNA MARIA LUC", "MRS")
