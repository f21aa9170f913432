"""The operator report as a PDF: every lounge side by side, for one day or a range of days.

Landscape pages in the daily reports' look (``report_layout``): the headline
figures of all lounges together, then a table per subject (visits and waits,
feedback by status, feedback by category) with a row per lounge and a total row.
Each lounge's days are its own local days; the page says so, and each lounge's row
names its time zone.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from vipdesk.documents import report_layout as layout
from vipdesk.documents.operator_report_data import Figures, OperatorReportData
from vipdesk.documents.report_layout import (
    DASH,
    Heading,
    Styles,
    cell,
    data_table,
    format_date,
    format_duration,
    label,
    plural,
    printed_words,
)

TITLE = "Operator report"
ALL_LOUNGES = "All lounges"


def operator_report_pdf(data: OperatorReportData,
                        on_page: layout.PageHook | None = None) -> bytes:
    """The whole report as PDF bytes (``on_page``: see :func:`report_layout.build_pdf`)."""
    return layout.build_pdf(
        lambda out: layout.ReportDocument(out, title=TITLE, header=heading(data),
                                          first_page=layout.LANDSCAPE),
        lambda document: _story(document, data, Styles()), on_page)


def expected_pages(data: OperatorReportData) -> int:
    """About how many pages: three tables of a row per lounge, some thirty rows a page."""
    return 1 + len(data.lounges) // 10


def period_words(data: OperatorReportData) -> str:
    """"Monday 23 November 2026", or "Monday 23 November 2026 to Tuesday 24 November 2026"."""
    period = data.header.period
    if period.days == 1:
        return format_date(period.first)
    return f"{format_date(period.first)} to {format_date(period.last)}"


def heading(data: OperatorReportData) -> Heading:
    header = data.header
    return Heading(
        whose=f"<b>{ALL_LOUNGES}</b> · {plural(len(data.lounges), 'lounge')}",
        what=f"{TITLE} · {period_words(data)}",
        printed=printed_words(header.printed_by, header.printed_at, header.printed_zone),
        document_title=f"{TITLE}, {header.period.first.isoformat()}"
                       + (f" to {header.period.last.isoformat()}"
                          if header.period.days > 1 else ""),
        footer="Figures only, no guest's name: for the operator's administrators.")


def _story(document: layout.ReportDocument, data: OperatorReportData,
           styles: Styles) -> list[Flowable]:
    width = document.frame_width(layout.LANDSCAPE)
    days = data.header.period.days
    story: list[Flowable] = [
        Paragraph(TITLE, styles.title),
        Paragraph(f"{period_words(data)} · {plural(days, 'day')} · "
                  f"{plural(len(data.lounges), 'lounge')}", styles.subtitle),
        Paragraph("Each lounge's day is its own local day: from local midnight to local "
                  "midnight in the lounge's time zone, named in its row. Lounges in different "
                  "time zones count different hours of the same date.", styles.note),
    ]
    story.append(layout.key_figures(_headline(data.total), width, styles))
    story += _visits_and_waits(data, styles, width)
    story += _feedback(data, styles, width)
    story += _categories(data, styles, width)
    story += [Spacer(0, 3), Paragraph(
        "As the daily reports count: a visit counts on the local day it arrived; guests include "
        "companions; distinct guests count each named guest once, across lounges too. A "
        "visit's wait is all its waits together (nought if it never waited, a running wait "
        "until printing). Fatigue alerts: waits that reached the lounge's fatigue threshold. "
        "Feedback counts on the day it was recorded, with its status now.", styles.note)]
    return story


def _headline(total: Figures) -> list[tuple[str, str]]:
    waits = total.waits
    return [
        (f"{total.visits:,}", "visits"),
        (f"{total.guests:,}", "guests, with companions"),
        (f"{total.distinct_guests:,}", "distinct guests"),
        (format_duration(waits.median), "median wait per visit"),
        (format_duration(waits.p90), "90% waited at most"),
        (f"{waits.fifteen_minutes:,}", "visits that waited 15 min or more"),
        (f"{total.feedback:,}", "items of feedback"),
        (f"{total.still_open:,}", "feedback not yet resolved"),
    ]


def _lounge_cells(data: OperatorReportData, styles: Styles, name_width: float,
                  zone_width: float) -> list[list[object]]:
    """Each lounge's name and airport, and its time zone, as the first two cells of a row."""
    return [[cell(f"{row.name} · {row.airport}", name_width, styles.cell),
             cell(row.timezone, zone_width, styles.cell)] for row in data.lounges]


def _visits_and_waits(data: OperatorReportData, styles: Styles,
                      width: float) -> list[Flowable]:
    numbers = 9
    number = 62.0
    zone = 100.0
    name = width - zone - numbers * number
    rows = []
    for first, row in zip(_lounge_cells(data, styles, name, zone), data.lounges, strict=True):
        rows.append(first + _visit_cells(row.figures))
    return [
        Paragraph("Visits and waits", styles.h2),
        data_table(("Lounge", "Time zone", "Visits", "Guests", "Distinct\nguests",
                    "Median\nwait", "90% waited\nat most", "Longest\nwait", "Waited\n10+ min",
                    "Waited\n15+ min", "Fatigue\nalerts"), rows,
                   [name, zone] + [number] * numbers, numeric=range(2, 2 + numbers),
                   total=[ALL_LOUNGES, "", *_visit_cells(data.total)]),
    ]


def _visit_cells(figures: Figures) -> list[object]:
    waits = figures.waits
    return [f"{figures.visits:,}", f"{figures.guests:,}", f"{figures.distinct_guests:,}",
            format_duration(waits.median), format_duration(waits.p90),
            format_duration(waits.longest), f"{waits.ten_minutes:,}",
            f"{waits.fifteen_minutes:,}", f"{waits.fatigue_alerts:,}"]


def _feedback(data: OperatorReportData, styles: Styles, width: float) -> list[Flowable]:
    statuses = [key for key, _ in data.total.by_status]
    numbers = 5 + len(statuses)
    number = 52.0
    zone = 100.0
    name = width - zone - numbers * number
    rows = [first + _feedback_cells(row.figures)
            for first, row in zip(_lounge_cells(data, styles, name, zone), data.lounges,
                                  strict=True)]
    return [
        Paragraph("Feedback: complaints, requests, suggestions and praise", styles.h2),
        data_table(("Lounge", "Time zone", "Items", "Complaints", "Praise", "Resolved",
                    "Not\nresolved", *(_short(label(s)) for s in statuses)), rows,
                   [name, zone] + [number] * numbers, numeric=range(2, 2 + numbers),
                   total=[ALL_LOUNGES, "", *_feedback_cells(data.total)]),
    ]


def _feedback_cells(figures: Figures) -> list[object]:
    return [f"{figures.feedback:,}", f"{figures.complaints:,}", f"{figures.praise:,}",
            f"{figures.resolved:,}", f"{figures.still_open:,}",
            *(f"{n:,}" if n else DASH for _, n in figures.by_status)]


def _categories(data: OperatorReportData, styles: Styles, width: float) -> list[Flowable]:
    categories = [key for key, _ in data.total.by_category]
    number = 50.0
    name = width - number * (len(categories) + 1)
    rows = [[cell(f"{row.name} · {row.airport}", name, styles.cell),
             *_category_cells(row.figures)] for row in data.lounges]
    return [
        Paragraph("Feedback by category", styles.h2),
        data_table(("Lounge", *(_short(label(c)) for c in categories), "Items"), rows,
                   [name] + [number] * (len(categories) + 1),
                   numeric=range(1, len(categories) + 2),
                   total=[ALL_LOUNGES, *_category_cells(data.total)]),
    ]


def _category_cells(figures: Figures) -> list[object]:
    return [*(f"{n:,}" if n else DASH for _, n in figures.by_category), f"{figures.feedback:,}"]


def _short(words: str) -> str:
    """A category's name on two lines in its narrow header cell when it is long."""
    if len(words) <= 10 or " " not in words:
        return words
    spaces = [i for i, ch in enumerate(words) if ch == " "]
    middle = min(spaces, key=lambda i: abs(i - len(words) / 2))
    return f"{words[:middle]}\n{words[middle + 1:]}"
