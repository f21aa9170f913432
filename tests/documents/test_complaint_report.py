"""The daily complaint report PDF (and its CSV), read back as text and checked against the rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zoneinfo
from collections import Counter
from decimal import Decimal

from tests.documents import report_lounge_fixtures
from tests.report_fixtures import (
    Cast,
    blns,
    busy_day,
    pdf_pages,
    printable_sample,
    report_body,
    squeezed,
)
from vipdesk.clock import FakeClock
from vipdesk.documents.complaint_report import complaint_report_pdf
from vipdesk.documents.csv_export import COMPLAINT_COLUMNS, complaint_csv, neutralise
from vipdesk.documents.report_data import ComplaintReportData
from vipdesk.documents.report_layout import format_duration, format_money, label
from vipdesk.domain.vocabulary import (
    Category,
    Channel,
    ComplaintStatus,
    Department,
    FeedbackKind,
    Severity,
)
from vipdesk.services.reports import build_complaint_report
from vipdesk.storage.models import Complaint, ComplaintEvent, Lounge

UTC = dt.UTC

# The shared lounge's fixtures, named in this module for pytest to find (assigned, not
# imported by name, so a linter does not take them for unused imports).
shared = report_lounge_fixtures.shared
lounge = report_lounge_fixtures.lounge
cast = report_lounge_fixtures.cast


def report(lounge: Lounge, clock: FakeClock, day: dt.date) -> ComplaintReportData:
    return report_lounge_fixtures.printed_next_morning(build_complaint_report, lounge, clock, day)


def complaints_on(lounge: Lounge, day: dt.date) -> list[Complaint]:
    zone = zoneinfo.ZoneInfo(lounge.timezone)
    return sorted((c for c in Complaint.select() if c.created_at.astimezone(zone).date() == day),
                  key=lambda c: (c.created_at, c.id))


def test_every_figure_and_every_word_of_the_day_is_printed(
        lounge: Lounge, cast: Cast, clock: FakeClock) -> None:
    day = dt.date(2026, 11, 2)
    busy_day(lounge, day, cast, visits=30, complaints=18)
    data = report(lounge, clock, day)
    pages = pdf_pages(complaint_report_pdf(data))
    first, everything = pages[0], report_body(pages)
    rows = complaints_on(lounge, day)

    assert f"{len(rows)} items of feedback" in first
    for attribute, title in (("kind", "Kind"), ("severity", "Severity"),
                             ("category", "Category"), ("status", "Status")):
        counts = Counter(getattr(c, attribute).value for c in rows)
        assert f"{title} Items Share" in first
        for value, n in counts.items():
            assert f"{label(value)} {n} {100 * n / len(rows):.0f}%" in first
    resolved = [c.resolved_at - c.created_at for c in rows if c.resolved_at]
    assert (f"{len(resolved)} items resolved, on average "
            f"{format_duration(sum(resolved, dt.timedelta()) / len(resolved))} after it was "
            f"recorded; the longest took {format_duration(max(resolved))}.") in everything
    given = [c for c in rows if c.compensation_kind or c.compensation_value]
    total = sum((Decimal(c.compensation_value) for c in given), Decimal(0))
    assert f"{format_money(total)} compensation given (value)" in first
    assert f"Total {len(given)} {format_money(total)}" in everything
    late_or_open = [c for c in rows if c.promise_due_at is not None
                    and (c.promise_kept_at is None or c.promise_kept_at > c.promise_due_at)]
    assert f"{len(late_or_open)} promises kept late, not kept or still open" in first
    for complaint in late_or_open:
        assert f"#{complaint.id} " in everything

    # Each item in full, complaints first and praise in its own section after them.
    flat = squeezed(everything)
    praise_at = flat.index(squeezed("Praise #"))
    for complaint in rows:
        words = flat.find(squeezed(complaint.guest_words))
        assert words >= 0
        assert (words > praise_at) == (complaint.kind is FeedbackKind.PRAISE)
        assert f"#{complaint.id} · " in everything
        for event in ComplaintEvent.select().where(ComplaintEvent.complaint == complaint):
            if event.note:
                assert squeezed(event.note) in flat


def test_every_page_has_the_header(lounge: Lounge, cast: Cast, clock: FakeClock) -> None:
    day = dt.date(2026, 11, 9)
    busy_day(lounge, day, cast, visits=20, complaints=30)
    pages = pdf_pages(complaint_report_pdf(report(lounge, clock, day)))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Nordic Lounge · CPH" in page
        assert "Daily complaint report · Monday 9 November 2026" in page
        assert "Printed by Mads Manager on 10 Nov 2026 08:00" in page


def test_a_day_without_feedback_says_so(lounge: Lounge, cast: Cast, clock: FakeClock) -> None:
    busy_day(lounge, dt.date(2027, 1, 4), cast, visits=5, complaints=3)
    pages = pdf_pages(complaint_report_pdf(report(lounge, clock, dt.date(2027, 1, 6))))
    assert pages and "No complaints or praise were recorded on this day." in pages[0]


def test_ten_thousand_characters_of_complaint_print_in_full_across_pages(
        lounge: Lounge, cast: Cast, clock: FakeClock) -> None:
    words = " ".join(f"Word{n}<&>" for n in range(1100))[:10_000]
    unbroken = "X" * 10_000  # no space to break a line at
    history_note = "Called the guest back; " * 150
    for n, said in enumerate((words, unbroken)):
        complaint = Complaint.create(
            lounge=lounge, channel=Channel.EMAIL, kind=FeedbackKind.COMPLAINT,
            category=Category.OTHER, severity=Severity.HIGH, status=ComplaintStatus.NEW,
            guest_words=said, department=Department.MANAGEMENT,
            created_at=dt.datetime(2026, 11, 16, 10 + n, tzinfo=UTC), created_by=cast.desk)
        ComplaintEvent.create(complaint=complaint, at=complaint.created_at, staff=cast.manager,
                              status=ComplaintStatus.NEW, note=history_note if n else "")
    pages = pdf_pages(complaint_report_pdf(report(lounge, clock, dt.date(2026, 11, 16))))
    assert len(pages) >= 4
    flat = squeezed(report_body(pages))
    assert squeezed(words) in flat
    assert unbroken in flat
    assert squeezed(history_note) in flat


def test_complaints_in_naughty_strings_still_give_a_report(
        lounge: Lounge, cast: Cast, clock: FakeClock) -> None:
    strings = blns()
    # Each item takes eight strings in turn (words, expectation, action, resolution, notes),
    # so 65 items go through the whole list.
    day = dt.date(2026, 11, 23)
    busy_day(lounge, day, cast, visits=20, complaints=len(strings) // 8 + 1, names=strings,
             texts=strings)
    data = report(lounge, clock, day)
    assert {e.guest_words for e in data.entries} <= set(strings)
    pdf = complaint_report_pdf(data)
    assert pdf.startswith(b"%PDF")
    flat = squeezed(report_body(pdf_pages(pdf)))
    sample = printable_sample([e.guest_words for e in data.entries], every=2)
    assert len(sample) >= 10
    assert not [s for s in sample if squeezed(s) not in flat]


def test_csv_of_the_items_keeps_the_words_and_neutralises_formulas(
        lounge: Lounge, cast: Cast, clock: FakeClock) -> None:
    said = ["=1+2", "@SUM(A1:A9)", "-rm -rf", "+44 20", "Lovely \"staff\", thank you\nAgain",
            "\t=cmd"]
    day = dt.date(2026, 11, 30)
    busy_day(lounge, day, cast, visits=10, complaints=len(said), texts=said)
    data = report(lounge, clock, day)
    rows = list(csv.reader(io.StringIO(complaint_csv(data), newline="")))
    assert tuple(rows[0]) == COMPLAINT_COLUMNS
    words = COMPLAINT_COLUMNS.index("guest_words")
    assert [r[words] for r in rows[1:]] == [neutralise(e.guest_words) for e in data.entries]
    cells = {c for r in rows[1:] for c in r}
    assert cells >= {"'=1+2", "'@SUM(A1:A9)", "'-rm -rf", "'+44 20",
                     "Lovely \"staff\", thank you\nAgain", "'\t=cmd"}
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
