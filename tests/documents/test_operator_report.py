"""The operator report's PDF and CSV, read back, each lounge's row checked against the rows
of the database counted the plain way (tests/operator_fixtures.py)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
from collections import Counter
from pathlib import Path

import pytest

from tests.operator_fixtures import MINUTE, Expected, expected, second_lounge, still_open
from tests.report_fixtures import Cast, busy_day, make_cast, pdf_pages, reader, squeezed
from vipdesk.clock import FakeClock
from vipdesk.documents.csv_export import ENCODING, OPERATOR_COLUMNS, operator_csv
from vipdesk.documents.operator_report import operator_report_pdf
from vipdesk.domain.vocabulary import Category, ComplaintStatus, FeedbackKind
from vipdesk.services.operator_report import build_operator_report
from vipdesk.storage.models import Lounge

UTC = dt.UTC
FIRST, LAST = dt.date(2026, 11, 23), dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 26, 7, 0, tzinfo=UTC)


@pytest.fixture
def lounges(lounge: Lounge, clock: FakeClock) -> list[Lounge]:
    """Nordic (Copenhagen) and Gulf (Dubai), three busy days each; the first two reported."""
    cast = make_cast(lounge, clock.now())
    gulf, gulf_cast, _ = second_lounge(clock.now())
    staff: list[tuple[Lounge, Cast]] = [(lounge, cast), (gulf, gulf_cast)]
    for offset in range(3):
        for number, (which, people) in enumerate(staff):
            busy_day(which, FIRST + dt.timedelta(days=offset), people, visits=30 + 5 * number,
                     seed=offset + 7 * number, complaints=8 + number)
    clock.set(NOW)
    return [gulf, lounge]  # as the report orders them: by name


def _minutes(value: dt.timedelta) -> str:
    whole = int(value.total_seconds() // 60)
    return f"{whole} min" if whole < 60 else f"{whole // 60} h {whole % 60:02d} min"


def _waits(plain: Expected) -> tuple[dt.timedelta, dt.timedelta, int, int]:
    waits, middle = plain.waits, len(plain.waits) // 2
    median = waits[middle] if len(waits) % 2 else (waits[middle - 1] + waits[middle]) / 2
    return (median, waits[math.ceil(0.9 * len(waits)) - 1],
            sum(1 for w in waits if w >= 10 * MINUTE), sum(1 for w in waits if w >= 15 * MINUTE))


def test_the_pdf_prints_each_lounges_figures(lounges: list[Lounge], clock: FakeClock) -> None:
    pdf = operator_report_pdf(build_operator_report(reader(lounges[1], clock), FIRST, LAST))
    pages = pdf_pages(pdf)
    whole = squeezed(" ".join(pages))
    assert "Operator report · Monday 23 November 2026 to Tuesday 24 November 2026" in pages[0]
    assert "Each lounge's day is its own local day" in pages[0]
    assert "Figures only, no guest's name" in pages[0]  # not the daily reports' warning
    for lounge in lounges:
        plain = expected(lounge, FIRST, LAST, NOW)
        median, p90, ten, fifteen = _waits(plain)
        visits = (f"{lounge.name} · {lounge.airport} {lounge.timezone} {plain.visits} "
                  f"{plain.guests} {plain.distinct_guests} {_minutes(median)} {_minutes(p90)} "
                  f"{_minutes(max(plain.waits))} {ten} {fifteen} {plain.red}")
        assert squeezed(visits) in whole, visits
        items = plain.feedback
        statuses = Counter(c.status for c in items)
        feedback = (f"{lounge.name} · {lounge.airport} {lounge.timezone} {len(items)} "
                    f"{sum(1 for c in items if c.kind is FeedbackKind.COMPLAINT)} "
                    f"{sum(1 for c in items if c.kind is FeedbackKind.PRAISE)} "
                    f"{sum(1 for c in items if c.resolved_at is not None)} {still_open(items)} "
                    + " ".join(str(statuses[s]) if statuses[s] else "—"
                               for s in ComplaintStatus))
        assert squeezed(feedback) in whole, feedback
        categories = Counter(c.category for c in items)
        by_category = (f"{lounge.name} · {lounge.airport} "
                       + " ".join(str(categories[c]) if categories[c] else "—" for c in Category)
                       + f" {len(items)}")
        assert squeezed(by_category) in whole, by_category
    everyone = [expected(lounge, FIRST, LAST, NOW) for lounge in lounges]
    assert squeezed(f"All lounges {sum(p.visits for p in everyone)} "
                    f"{sum(p.guests for p in everyone)}") in whole
    if folder := os.environ.get("VIPDESK_KEEP_PDF"):  # to look at it: pdftoppm -png
        Path(folder, "operator-report.pdf").write_bytes(pdf)


def test_the_csv_has_a_row_per_lounge_and_a_total(lounges: list[Lounge],
                                                  clock: FakeClock) -> None:
    data = build_operator_report(reader(lounges[1], clock), FIRST, LAST)
    table = operator_csv(data)
    rows = list(csv.DictReader(io.StringIO(table)))
    assert tuple(rows[0]) == OPERATOR_COLUMNS
    assert [r["lounge"] for r in rows] == ["Gulf Lounge", "Nordic Lounge", "All lounges"]
    for row, lounge in zip(rows, lounges, strict=False):
        plain = expected(lounge, FIRST, LAST, NOW)
        median, p90, ten, fifteen = _waits(plain)
        assert (row["lounge_id"], row["timezone"], row["first_day"], row["last_day"]) == (
            str(lounge.id), lounge.timezone, "2026-11-23", "2026-11-24")
        assert [int(row[k]) for k in ("visits", "guests", "distinct_guests",
                                      "median_wait_minutes", "p90_wait_minutes",
                                      "waited_10_min", "waited_15_min", "fatigue_alerts")] == [
            plain.visits, plain.guests, plain.distinct_guests, int(median / MINUTE),
            int(p90 / MINUTE), ten, fifteen, plain.red]
        items = plain.feedback
        assert int(row["feedback"]) == len(items)
        assert int(row["not_resolved"]) == still_open(items)
        for category in Category:
            assert int(row[f"category_{category.value}"]) == sum(
                1 for c in items if c.category is category)
    starts = {"Gulf Lounge": "2026-11-22 20:00", "Nordic Lounge": "2026-11-22 23:00"}
    assert {r["lounge"]: r["starts_utc"] for r in rows[:2]} == starts
    total = rows[-1]
    assert int(total["visits"]) == sum(int(r["visits"]) for r in rows[:2])
    assert int(total["feedback"]) == sum(int(r["feedback"]) for r in rows[:2])
    assert table.encode(ENCODING).startswith(b"\xef\xbb\xbf")


def test_a_lounge_name_is_text_not_markup_nor_a_formula(lounge: Lounge, clock: FakeClock) -> None:
    gulf, _, _ = second_lounge(clock.now())
    Lounge.update(name="=Gulf <b>Lounge</b> & Co").where(Lounge.id == gulf.id).execute()
    data = build_operator_report(reader(lounge, clock), FIRST)
    assert squeezed("=Gulf <b>Lounge</b> & Co · DXB") in squeezed(
        " ".join(pdf_pages(operator_report_pdf(data))))
    rows = list(csv.DictReader(io.StringIO(operator_csv(data))))
    assert rows[0]["lounge"] == "'=Gulf <b>Lounge</b> & Co"
