"""The daily guest report PDF (and its CSV), read back as text and checked against the rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter

import pytest

from tests.documents import report_lounge_fixtures
from tests.report_fixtures import (
    Cast,
    blns,
    busy_day,
    pdf_pages,
    printable_sample,
    report_body,
    single_visit,
    squeezed,
    visits_on,
)
from vipdesk.clock import FakeClock
from vipdesk.documents import text
from vipdesk.documents.csv_export import GUEST_COLUMNS, guest_csv, neutralise
from vipdesk.documents.guest_report import VISIT_COLUMNS, guest_report_pdf
from vipdesk.documents.report_data import GuestReportData
from vipdesk.documents.report_layout import format_duration, format_share, format_time, label
from vipdesk.services.reports import build_guest_report
from vipdesk.storage.models import Guest, Lounge

UTC = dt.UTC
DAY = dt.date(2026, 11, 23)

# The shared lounge's fixtures, named in this module for pytest to find (assigned, not
# imported by name, so a linter does not take them for unused imports).
shared = report_lounge_fixtures.shared
lounge = report_lounge_fixtures.lounge
cast = report_lounge_fixtures.cast


def report(lounge: Lounge, clock: FakeClock, day: dt.date) -> GuestReportData:
    return report_lounge_fixtures.printed_next_morning(build_guest_report, lounge, clock, day)


def test_every_figure_of_a_busy_day_is_printed(lounge: Lounge, cast: Cast,
                                               clock: FakeClock) -> None:
    day = dt.date(2026, 11, 2)
    busy_day(lounge, day, cast, visits=90)
    data = report(lounge, clock, day)
    pages = pdf_pages(guest_report_pdf(data))
    everything = report_body(pages)
    visits = visits_on(lounge, day)
    guests = sum(v.party_size for v in visits)

    assert f"{guests:,} guests (everyone in each party)" in pages[0]
    assert f"{len(visits):,} parties (visits checked in)" in pages[0]
    cabins = Counter()
    for v in visits:
        cabins[v.cabin.value if v.cabin else ""] += v.party_size
    for tally in data.by_cabin:
        assert tally.guests == cabins[tally.key]
        assert (f"{label(tally.key)} {tally.parties:,} {tally.guests:,} "
                f"{100 * tally.guests / guests:.0f}%") in pages[0]
    for tally in data.by_entitlement:
        assert f"{label(tally.key)} {tally.parties:,} {tally.guests:,}" in pages[0]
    for tally in data.by_airline:
        assert f"{tally.key or 'Not known'} {tally.parties:,} {tally.guests:,}" in pages[0]
    assert f"Total {len(visits):,} {guests:,} 100%" in pages[0]

    peak = data.peak
    assert f"Peak: {peak.guests:,} guests at once, {peak.label}–" in pages[0]
    stays = [v.checked_out_at - v.arrived_at for v in visits if v.checked_out_at]
    assert (f"Average stay {format_duration(sum(stays, dt.timedelta()) / len(stays))} and "
            f"longest {format_duration(max(stays))}") in everything
    assert f"{len(data.long_waits)} waits reached the fatigue threshold of 15 minutes" in everything
    assert (f"Alerts answered within 5 minutes: {data.waits_acknowledged_in_time}; answered "
            f"late: {data.waits_acknowledged_late}; never answered: "
            f"{data.waits_not_acknowledged}.") in everything
    ratings = [v.rating for v in visits if v.rating is not None]
    assert (f"{len(ratings)} ratings, average {sum(ratings) / len(ratings):.2f} out of 5"
            in everything)
    for rating in range(1, 6):
        count = ratings.count(rating)
        assert f"{rating} {count} {100 * count / len(ratings):.0f}%" in everything
    exceptions = [v for v in visits if v.entitlement.value == "exception"]
    assert f"{len(exceptions)} parties" in everything
    assert everything.count(cast.manager.name) >= len(exceptions)

    # Every visit, in order of arrival, with its times.
    table = squeezed(everything[everything.index("Every visit"):])
    position = 0
    for visit in data.visits:
        out = format_time(visit.left_at, day) if visit.left_at else "inlounge"
        row = squeezed(f"{format_time(visit.arrived_at)}{out}")
        position = table.index(row, position) + len(row)
        if not text.needs_bidi(visit.name):
            assert table.startswith(squeezed(visit.name), position)


def test_every_page_has_the_header_and_the_visit_table_repeats_its_header_row(
        lounge: Lounge, cast: Cast, clock: FakeClock) -> None:
    day = dt.date(2026, 11, 9)
    busy_day(lounge, day, cast, visits=160)
    pages = pdf_pages(guest_report_pdf(report(lounge, clock, day)))
    assert len(pages) >= 5
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Nordic Lounge · CPH" in page
        assert "Daily guest report · Monday 9 November 2026" in page
        assert "Printed by Mads Manager on 10 Nov 2026 08:00 (Europe/Copenhagen)" in page
    table_pages = [p for p in pages if "Every visit" in p]
    start = pages.index(table_pages[0])
    assert len(pages) - start >= 3, "the visit table runs over several pages"
    for page in pages[start:]:
        assert " ".join(VISIT_COLUMNS) in page


def test_a_day_without_guests_says_so(lounge: Lounge, cast: Cast, clock: FakeClock) -> None:
    busy_day(lounge, dt.date(2027, 1, 4), cast, visits=5)
    pages = pdf_pages(guest_report_pdf(report(lounge, clock, dt.date(2027, 1, 6))))
    assert len(pages) == 1
    assert "No guests visited the lounge on this day." in pages[0]
    assert "Page 1 of 1" in pages[0]


def test_a_guest_who_stays_past_midnight_is_on_the_day_they_came(
        lounge: Lounge, cast: Cast, clock: FakeClock) -> None:
    evening = dt.datetime(2026, 11, 16, 22, 30, tzinfo=UTC)  # 23:30 in Copenhagen
    night = dt.datetime(2026, 11, 16, 23, 30, tzinfo=UTC)  # 00:30 on the 17th
    single_visit(lounge, cast, evening, evening + dt.timedelta(minutes=80), surname="Evening")
    single_visit(lounge, cast, night, night + dt.timedelta(minutes=30), surname="Night")
    day = dt.date(2026, 11, 16)
    first = " ".join(pdf_pages(guest_report_pdf(report(lounge, clock, day))))
    second = " ".join(pdf_pages(guest_report_pdf(report(lounge, clock,
                                                        day + dt.timedelta(days=1)))))
    assert "23:30 00:50 +1d Ms Mei Evening" in first and "Night" not in first
    assert "00:30 01:00 Ms Mei Night" in second and "Ms Mei Evening" not in second


def test_names_in_chinese_danish_and_arabic_print(lounge: Lounge, cast: Cast,
                                                  clock: FakeClock) -> None:
    busy_day(lounge, DAY, cast, visits=12)  # the built-in cast has all three scripts
    pages = pdf_pages(guest_report_pdf(report(lounge, clock, DAY)))
    everything = squeezed(" ".join(pages))
    for name in ("Søren", "Kierkegaard", "Åse", "Ødegård", "王", "Jørgensen"):
        assert squeezed(name) in everything
    for word in ("ليلى", "حداد"):  # right to left: each word reads back whole
        assert squeezed(word) in everything


def test_every_guest_named_with_a_naughty_string_still_gives_a_report(
        lounge: Lounge, cast: Cast, clock: FakeClock) -> None:
    names, day = blns(), dt.date(2026, 11, 30)
    busy_day(lounge, day, cast, visits=len(names) // 2 + 1, names=names, texts=names)
    data = report(lounge, clock, day)
    pdf = guest_report_pdf(data)
    assert pdf.startswith(b"%PDF")
    pages = pdf_pages(pdf)
    everything = squeezed(report_body(pages))
    surnames = {g.surname for g in Guest.select()}
    assert set(names) <= surnames | {g.given_names for g in Guest.select()}
    # The report shows each name as the desk says it (the names rule re-cases some).
    shown = list(dict.fromkeys(v.name for v in data.visits if len(v.name) < 120))
    sample = printable_sample(shown, every=5)
    assert len(sample) >= 20
    missing = [n for n in sample if squeezed(n) not in everything]
    assert not missing


def test_csv_of_the_visits_has_every_row_and_neutralises_formulas(
        lounge: Lounge, cast: Cast, clock: FakeClock) -> None:
    nasty = ["=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tTab", "\rReturn",
             "Plain", "Ærø-Ølsen", "王"]
    day = dt.date(2026, 12, 7)
    busy_day(lounge, day, cast, visits=len(nasty), names=nasty)
    data = report(lounge, clock, day)
    rows = list(csv.reader(io.StringIO(guest_csv(data))))
    assert tuple(rows[0]) == GUEST_COLUMNS
    assert [int(r[0]) for r in rows[1:]] == [v.visit_id for v in data.visits]
    for row, visit in zip(rows[1:], data.visits, strict=True):
        assert row[GUEST_COLUMNS.index("guest")] == neutralise(visit.name)
        assert int(row[GUEST_COLUMNS.index("party_size")]) == visit.party_size
        assert row[GUEST_COLUMNS.index("arrived")] == visit.arrived_at.strftime("%Y-%m-%d %H:%M")
    cells = [c for r in rows[1:] for c in r]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert any(c.startswith("'=HYPERLINK") for c in cells)


@pytest.mark.parametrize(("value", "safe"), [
    ("=1+1", "'=1+1"), ("+31 20 123", "'+31 20 123"), ("-5", "'-5"), ("@cmd", "'@cmd"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("Chen", "Chen"), ("a=b", "a=b"), ("", ""),
    ("'quoted", "'quoted"),
])
def test_formula_cells_are_neutralised(value: str, safe: str) -> None:
    assert neutralise(value) == safe


def test_a_name_and_a_reason_ten_thousand_characters_long_do_not_break_the_table(
        lounge: Lounge, cast: Cast, clock: FakeClock) -> None:
    day = dt.date(2026, 12, 14)
    arrived = dt.datetime(2026, 12, 14, 9, 0, tzinfo=UTC)
    visit = single_visit(lounge, cast, arrived, arrived + dt.timedelta(hours=1),
                         surname="Ø" * 10_000)
    visit.entitlement, visit.exception_by = "exception", cast.manager
    visit.exception_reason = "Because " * 1250
    visit.save()
    data = report(lounge, clock, day)
    pages = pdf_pages(guest_report_pdf(data))
    shown = squeezed(report_body(pages))
    assert squeezed(data.visits[0].name[:250]) in shown, "cut short in the table, not dropped"
    assert "Because" * 70 in shown


@pytest.mark.parametrize(("value", "words"), [
    (None, "—"), (dt.timedelta(seconds=59), "0 min"), (dt.timedelta(minutes=59, seconds=59),
                                                       "59 min"),
    (dt.timedelta(hours=1), "1 h 00 min"), (dt.timedelta(hours=25, minutes=5), "25 h 05 min"),
])
def test_durations_are_whole_minutes_rounded_down(value: dt.timedelta | None,
                                                  words: str) -> None:
    assert format_duration(value) == words


@pytest.mark.parametrize(("part", "whole", "words"), [
    (1, 1000, "<1%"), (0, 10, "0%"), (1, 3, "33%"), (2, 3, "67%"), (5, 0, "—"),
])
def test_shares_never_round_a_few_to_nothing(part: int, whole: int, words: str) -> None:
    assert format_share(part, whole) == words
