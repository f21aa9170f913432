"""The operator report as a PDF: every lounge side by side, for one day or a range of days.

Landscape pages in the daily reports' look (``report_layout``): the headline
figures of all lounges together, then a table per subject (visits and waits,
feedback by status, feedback by category) with a row per lounge and a total row.
Each lounge's days are its own local days; the page says so, and each lounge's row
names its time zone.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from vipdesk.documents import language, text
from vipdesk.documents import report_layout as layout
from vipdesk.documents.language import DocumentLanguage
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
    printed_words,
)
from vipdesk.domain.message import QT_TRANSLATE_NOOP

CONTEXT = "OperatorReport"
TITLE = QT_TRANSLATE_NOOP("OperatorReport", "Operator report")
ALL_LOUNGES = QT_TRANSLATE_NOOP("OperatorReport", "All lounges")


def _tr(words: str) -> str:
    return language.tr(CONTEXT, words)


def _num(value: int) -> str:
    return layout.format_number(value)


def _lounges(count: int) -> str:
    return language.counted(CONTEXT, count, QT_TRANSLATE_NOOP("OperatorReport", "{n} lounge"),
                            QT_TRANSLATE_NOOP("OperatorReport", "{n} lounges"))


def operator_report_pdf(data: OperatorReportData,
                        on_page: layout.PageHook | None = None,
                        in_language: DocumentLanguage = language.ENGLISH) -> bytes:
    """The whole report as PDF bytes (``on_page``: see :func:`report_layout.build_pdf`),
    in ``in_language``."""
    return layout.build_pdf(
        lambda out: layout.ReportDocument(out, title=_tr(TITLE), header=heading(data),
                                          first_page=layout.LANDSCAPE),
        lambda document: _story(document, data, Styles()), on_page, in_language)


def expected_pages(data: OperatorReportData) -> int:
    """About how many pages: three tables of a row per lounge, some thirty rows a page."""
    return 1 + len(data.lounges) // 10


def period_words(data: OperatorReportData) -> str:
    """"Monday 23 November 2026", or "Monday 23 November 2026 to Tuesday 24 November 2026"."""
    period = data.header.period
    if period.days == 1:
        return format_date(period.first)
    return _tr(QT_TRANSLATE_NOOP("OperatorReport", "{first} to {last}")).format(
        first=format_date(period.first), last=format_date(period.last))


def heading(data: OperatorReportData) -> Heading:
    header = data.header
    title = _tr(TITLE)
    return Heading(
        whose=f"<b>{text.escape(_tr(ALL_LOUNGES))}</b> · {_lounges(len(data.lounges))}",
        what=f"{text.escape(title)} · {period_words(data)}",
        printed=printed_words(header.printed_by, header.printed_at, header.printed_zone),
        document_title=f"{title}, "
                       + (_tr(QT_TRANSLATE_NOOP("OperatorReport", "{first} to {last}")).format(
                           first=header.period.first.isoformat(),
                           last=header.period.last.isoformat())
                          if header.period.days > 1 else header.period.first.isoformat()),
        footer=_tr(QT_TRANSLATE_NOOP(
            "OperatorReport", "Figures only, no guest's name: for the operator's "
            "administrators.")))


def _story(document: layout.ReportDocument, data: OperatorReportData,
           styles: Styles) -> list[Flowable]:
    width = document.frame_width(layout.LANDSCAPE)
    days = data.header.period.days
    story: list[Flowable] = [
        Paragraph(text.escape(_tr(TITLE)), styles.title),
        Paragraph(f"{period_words(data)} · "
                  + language.counted(CONTEXT, days, QT_TRANSLATE_NOOP("OperatorReport", "{n} day"),
                                     QT_TRANSLATE_NOOP("OperatorReport", "{n} days"))
                  + f" · {_lounges(len(data.lounges))}", styles.subtitle),
        Paragraph(_tr(QT_TRANSLATE_NOOP(
            "OperatorReport", "Each lounge's day is its own local day: from local midnight to "
            "local midnight in the lounge's time zone, named in its row. Lounges in different "
            "time zones count different hours of the same date.")), styles.note),
    ]
    story.append(layout.key_figures(_headline(data.total), width, styles))
    story += _visits_and_waits(data, styles, width)
    story += _feedback(data, styles, width)
    story += _categories(data, styles, width)
    story += [Spacer(0, 3), Paragraph(_tr(QT_TRANSLATE_NOOP(
        "OperatorReport", "As the daily reports count: a visit counts on the local day it "
        "arrived; guests include companions; distinct guests count each named guest once, "
        "across lounges too. A visit's wait is all its waits together (nought if it never "
        "waited, a running wait until printing). Fatigue alerts: waits that reached the "
        "lounge's fatigue threshold. Feedback counts on the day it was recorded, with its "
        "status now.")), styles.note)]
    return story


def _headline(total: Figures) -> list[tuple[str, str]]:
    waits = total.waits
    return [
        (_num(total.visits), _tr(QT_TRANSLATE_NOOP("OperatorReport", "visits"))),
        (_num(total.guests), _tr(QT_TRANSLATE_NOOP("OperatorReport", "guests, with companions"))),
        (_num(total.distinct_guests), _tr(QT_TRANSLATE_NOOP("OperatorReport", "distinct guests"))),
        (format_duration(waits.median),
         _tr(QT_TRANSLATE_NOOP("OperatorReport", "median wait per visit"))),
        (format_duration(waits.p90),
         _tr(QT_TRANSLATE_NOOP("OperatorReport", "90% waited at most"))),
        (_num(waits.fifteen_minutes),
         _tr(QT_TRANSLATE_NOOP("OperatorReport", "visits that waited 15 min or more"))),
        (_num(total.feedback), _tr(QT_TRANSLATE_NOOP("OperatorReport", "items of feedback"))),
        (_num(total.still_open),
         _tr(QT_TRANSLATE_NOOP("OperatorReport", "feedback not yet resolved"))),
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
        Paragraph(_tr(QT_TRANSLATE_NOOP("OperatorReport", "Visits and waits")), styles.h2),
        data_table([_tr(word) for word in (
                       QT_TRANSLATE_NOOP("OperatorReport", "Lounge"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Time zone"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Visits"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Guests"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Distinct\nguests"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Median\nwait"),
                       QT_TRANSLATE_NOOP("OperatorReport", "90% waited\nat most"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Longest\nwait"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Waited\n10+ min"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Waited\n15+ min"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Fatigue\nalerts"))], rows,
                   [name, zone] + [number] * numbers, numeric=range(2, 2 + numbers),
                   total=[_tr(ALL_LOUNGES), "", *_visit_cells(data.total)]),
    ]


def _visit_cells(figures: Figures) -> list[object]:
    waits = figures.waits
    return [_num(figures.visits), _num(figures.guests), _num(figures.distinct_guests),
            format_duration(waits.median), format_duration(waits.p90),
            format_duration(waits.longest), _num(waits.ten_minutes),
            _num(waits.fifteen_minutes), _num(waits.fatigue_alerts)]


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
        Paragraph(_tr(QT_TRANSLATE_NOOP(
            "OperatorReport", "Feedback: complaints, requests, suggestions and praise")),
            styles.h2),
        data_table([*(_tr(word) for word in (
                       QT_TRANSLATE_NOOP("OperatorReport", "Lounge"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Time zone"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Items"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Complaints"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Praise"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Resolved"),
                       QT_TRANSLATE_NOOP("OperatorReport", "Not\nresolved"))),
                    *(_short(label(s)) for s in statuses)], rows,
                   [name, zone] + [number] * numbers, numeric=range(2, 2 + numbers),
                   total=[_tr(ALL_LOUNGES), "", *_feedback_cells(data.total)]),
    ]


def _feedback_cells(figures: Figures) -> list[object]:
    return [_num(figures.feedback), _num(figures.complaints), _num(figures.praise),
            _num(figures.resolved), _num(figures.still_open),
            *(_num(n) if n else DASH for _, n in figures.by_status)]


def _categories(data: OperatorReportData, styles: Styles, width: float) -> list[Flowable]:
    categories = [key for key, _ in data.total.by_category]
    number = 50.0
    name = width - number * (len(categories) + 1)
    rows = [[cell(f"{row.name} · {row.airport}", name, styles.cell),
             *_category_cells(row.figures)] for row in data.lounges]
    return [
        Paragraph(_tr(QT_TRANSLATE_NOOP("OperatorReport", "Feedback by category")), styles.h2),
        data_table((_tr(QT_TRANSLATE_NOOP("OperatorReport", "Lounge")),
                    *(_short(label(c)) for c in categories),
                    _tr(QT_TRANSLATE_NOOP("OperatorReport", "Items"))), rows,
                   [name] + [number] * (len(categories) + 1),
                   numeric=range(1, len(categories) + 2),
                   total=[_tr(ALL_LOUNGES), *_category_cells(data.total)]),
    ]


def _category_cells(figures: Figures) -> list[object]:
    return [*(_num(n) if n else DASH for _, n in figures.by_category), _num(figures.feedback)]


def _short(words: str) -> str:
    """A category's name on two lines in its narrow header cell when it is long."""
    if len(words) <= 10 or " " not in words:
        return words
    spaces = [i for i, ch in enumerate(words) if ch == " "]
    middle = min(spaces, key=lambda i: abs(i - len(words) / 2))
    return f"{words[:middle]}\n{words[middle + 1:]}"
