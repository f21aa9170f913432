"""Times on the lounge's wall clock: one conversion and one way of writing each time."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from vipdesk.domain import lounge_time

UTC = dt.UTC
CPH = "Europe/Copenhagen"


def test_a_utc_moment_is_shown_on_the_lounge_clock_with_leading_zeros() -> None:
    moment = dt.datetime(2026, 11, 23, 8, 5, tzinfo=UTC)
    assert lounge_time.to_local(moment, CPH) == dt.datetime(
        2026, 11, 23, 9, 5, tzinfo=zoneinfo.ZoneInfo(CPH))
    assert lounge_time.clock_text(moment, CPH) == "09:05"
    assert lounge_time.day_clock_text(moment, CPH) == "23 Nov 09:05"


def test_the_lounge_day_is_the_local_calendar_day() -> None:
    late = dt.datetime(2026, 11, 23, 23, 30, tzinfo=UTC)
    assert lounge_time.local_date(late, CPH) == dt.date(2026, 11, 24)
    assert lounge_time.local_date(late, "UTC") == dt.date(2026, 11, 23)


def test_no_time_is_no_text() -> None:
    assert lounge_time.clock_text(None, CPH) == ""
    assert lounge_time.day_clock_text(None, CPH) == ""


def test_month_names_are_english_whatever_the_locale() -> None:
    texts = [lounge_time.day_clock_text(dt.datetime(2026, month, 1, 12, tzinfo=UTC), "UTC")
             for month in range(1, 13)]
    assert [text.split()[1] for text in texts] == list(lounge_time.SHORT_MONTH_NAMES)


def test_one_table_names_the_months_whole_and_short() -> None:
    names = lounge_time.MONTH_NAMES
    assert (len(names), names[0], names[8], names[11]) == (12, "January", "September", "December")
    assert lounge_time.SHORT_MONTH_NAMES == ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                             "Aug", "Sep", "Oct", "Nov", "Dec")


def test_midnight_is_where_the_local_day_begins_in_utc() -> None:
    assert lounge_time.midnight_utc(dt.date(2026, 11, 23), CPH) == dt.datetime(
        2026, 11, 22, 23, 0, tzinfo=UTC)
    assert lounge_time.midnight_utc(dt.date(2026, 7, 1), CPH) == dt.datetime(
        2026, 6, 30, 22, 0, tzinfo=UTC)


def test_a_wall_clock_time_shown_twice_is_the_first() -> None:
    # 25 Oct 2026: Copenhagen's clocks go back from 03:00 to 02:00.
    assert lounge_time.wall_clock_utc(dt.date(2026, 10, 25), dt.time(2, 30), CPH) == dt.datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC)


def test_the_time_zone_lookup_is_cached_and_refuses_unknown_names() -> None:
    assert lounge_time.zone(CPH) is lounge_time.zone(CPH)
    with pytest.raises(zoneinfo.ZoneInfoNotFoundError):
        lounge_time.zone("Mars/Olympus_Mons")


def test_a_moment_with_its_year_is_written_day_month_year_and_time() -> None:
    moment = dt.datetime(2026, 12, 31, 23, 5, tzinfo=UTC)  # already 1 Jan 2027 in Copenhagen
    assert lounge_time.date_clock_text(moment, CPH) == "1 Jan 2027 00:05"
    assert lounge_time.date_clock_text(moment, "UTC") == "31 Dec 2026 23:05"
    assert lounge_time.date_clock_text(None, CPH) == ""


def test_each_month_is_written_with_its_own_name_by_every_writer() -> None:
    for month, name in enumerate(lounge_time.SHORT_MONTH_NAMES, start=1):
        moment = dt.datetime(2026, month, 9, 7, 0, tzinfo=UTC)
        assert lounge_time.day_clock_text(moment, "UTC") == f"9 {name} 07:00"
        assert lounge_time.date_clock_text(moment, "UTC") == f"9 {name} 2026 07:00"
        assert lounge_time.date_text(moment.date()) == f"9 {name} 2026"


def test_a_wall_clock_time_becomes_its_utc_moment() -> None:
    assert lounge_time.wall_clock_utc(dt.date(2026, 11, 23), dt.time(9, 30), CPH) == dt.datetime(
        2026, 11, 23, 8, 30, tzinfo=UTC)
    assert lounge_time.wall_clock_utc(dt.date(2026, 11, 23), dt.time(9, 30), CPH).tzinfo is UTC


def test_a_day_is_written_unpadded_with_its_english_month_and_year() -> None:
    assert lounge_time.date_text(dt.date(2026, 12, 7)) == "7 Dec 2026"
    assert lounge_time.date_text(dt.date(2027, 1, 23)) == "23 Jan 2027"
