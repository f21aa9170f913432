"""The daily guest report as a PDF: the summary a manager hands to an airline, then every visit.

Page one (portrait) carries the summary: key figures, guests by cabin, entitlement
and airline, occupancy by hour as a chart, waits over the fatigue threshold,
exceptions granted and ratings. The table of every visit follows on landscape
pages, where its eleven columns have room; it breaks across pages with its
header row repeated.

The visit table is the bulk of a busy day (3,000 rows, some 80 pages), so its
cells are plain strings wherever the body font can print them; only names that
need another script's font, or do not fit, become Paragraphs.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from vipdesk.documents import language, text
from vipdesk.documents import report_layout as layout
from vipdesk.documents.language import DocumentLanguage
from vipdesk.documents.report_data import GuestReportData, HourOccupancy, VisitRow
from vipdesk.documents.report_layout import (
    DASH,
    Styles,
    cell,
    data_table,
    format_date,
    format_duration,
    format_share,
    format_time,
    label,
)
from vipdesk.domain.flights import flight_label
from vipdesk.domain.message import QT_TRANSLATE_NOOP

CONTEXT = "GuestReport"
TITLE = QT_TRANSLATE_NOOP("GuestReport", "Daily guest report")
VISIT_COLUMNS = ("In", "Out", "Guest", "Flight", "Route", "Cabin", "Entitlement", "Space",
                 "Party", "Stay", "Wait")
_COLUMN_WORDS = (QT_TRANSLATE_NOOP("GuestReport", "In"), QT_TRANSLATE_NOOP("GuestReport", "Out"),
                 QT_TRANSLATE_NOOP("GuestReport", "Guest"),
                 QT_TRANSLATE_NOOP("GuestReport", "Flight"),
                 QT_TRANSLATE_NOOP("GuestReport", "Route"),
                 QT_TRANSLATE_NOOP("GuestReport", "Cabin"),
                 QT_TRANSLATE_NOOP("GuestReport", "Entitlement"),
                 QT_TRANSLATE_NOOP("GuestReport", "Space"),
                 QT_TRANSLATE_NOOP("GuestReport", "Party"),
                 QT_TRANSLATE_NOOP("GuestReport", "Stay"),
                 QT_TRANSLATE_NOOP("GuestReport", "Wait"))
# Landscape A4 less margins is about 757 pt; the guest's name takes what is left.
_FIXED_WIDTHS = {"In": 32, "Out": 48, "Flight": 50, "Route": 62, "Cabin": 82,
                 "Entitlement": 76, "Space": 72, "Party": 30, "Stay": 58, "Wait": 44}
_NUMERIC = (8, 9, 10)


def _tr(words: str) -> str:
    return language.tr(CONTEXT, words)


def _n(count: int, one: str, many: str) -> str:
    return language.counted(CONTEXT, count, one, many)


def _num(value: int) -> str:
    return layout.format_number(value)


def guest_report_pdf(data: GuestReportData, on_page: layout.PageHook | None = None,
                     in_language: DocumentLanguage = language.ENGLISH) -> bytes:
    """The whole report as PDF bytes (``on_page``: see :func:`report_layout.build_pdf`),
    in ``in_language``."""
    return layout.build_pdf(
        lambda out: layout.ReportDocument(out, title=_tr(TITLE), header=data.header),
        lambda document: _story(document, data, Styles()), on_page, in_language)


# Visit rows on a landscape page, one line each: what a busy day's page count follows.
_ROWS_PER_PAGE = 30


def expected_pages(data: GuestReportData) -> int:
    """About how many pages the report will have, before it is laid out (for progress)."""
    if not data.visits:
        return 1
    return 2 + -(-len(data.visits) // _ROWS_PER_PAGE)


def _story(document: layout.ReportDocument, data: GuestReportData,
           styles: Styles) -> list[Flowable]:
    width = document.frame_width(layout.PORTRAIT)
    day = data.header.day
    story: list[Flowable] = [
        Paragraph(text.escape(_tr(TITLE)), styles.title),
        Paragraph(_tr(QT_TRANSLATE_NOOP("GuestReport", "{date} · a day of {hours} in {zone}"))
                  .format(date=format_date(day.day),
                          hours=_n(int(day.length.total_seconds() // 3600),
                                   QT_TRANSLATE_NOOP("GuestReport", "{n} hour"),
                                   QT_TRANSLATE_NOOP("GuestReport", "{n} hours")),
                          zone=text.escape(day.timezone)), styles.subtitle),
    ]
    if not data.visits:
        story += [Paragraph(_tr(QT_TRANSLATE_NOOP(
                      "GuestReport", "No guests visited the lounge on this day.")), styles.h2),
                  Paragraph(_tr(QT_TRANSLATE_NOOP(
                      "GuestReport", "No visit began between local midnight and the next; "
                      "there are no figures to report.")), styles.body)]
        if any(h.guests for h in data.occupancy):
            story += _occupancy(data, styles, width)
        return story
    story.append(layout.key_figures(_headline(data), width, styles))
    story += _who_came(data, styles, width)
    story += _occupancy(data, styles, width)
    story += _stays_and_waits(data, styles, width)
    story += _exceptions(data, styles, width)
    story += _ratings(data, styles, width)
    story += [NextPageTemplate(layout.LANDSCAPE), PageBreak()]
    story += _visit_table(data, styles, document.frame_width(layout.LANDSCAPE))
    return story


def _headline(data: GuestReportData) -> list[tuple[str, str]]:
    peak = data.peak
    average = data.rating_average
    return [
        (_num(data.guests), _tr(QT_TRANSLATE_NOOP("GuestReport",
                                                  "guests (everyone in each party)"))),
        (_num(data.parties), _tr(QT_TRANSLATE_NOOP("GuestReport", "parties (visits checked in)"))),
        (_num(peak.guests) if peak else DASH,
         _tr(QT_TRANSLATE_NOOP("GuestReport", "most at once, {hours}")).format(
             hours=_hour_span(peak)) if peak
         else _tr(QT_TRANSLATE_NOOP("GuestReport", "most at once"))),
        (_num(data.seats), _tr(QT_TRANSLATE_NOOP("GuestReport", "seats in the lounge"))),
        (format_duration(data.average_stay), _tr(QT_TRANSLATE_NOOP("GuestReport",
                                                                   "average stay"))),
        (format_duration(data.longest_stay), _tr(QT_TRANSLATE_NOOP("GuestReport",
                                                                   "longest stay"))),
        (_num(len(data.long_waits)),
         _tr(QT_TRANSLATE_NOOP("GuestReport", "waits of {minutes} min or more")).format(
             minutes=data.fatigue_minutes)),
        (f"{layout.format_number(average, 1)} / 5" if average is not None else DASH,
         _tr(QT_TRANSLATE_NOOP("GuestReport", "average of {ratings}")).format(
             ratings=_n(data.rating_count, QT_TRANSLATE_NOOP("GuestReport", "{n} rating"),
                        QT_TRANSLATE_NOOP("GuestReport", "{n} ratings")))),
    ]


def _hour_span(hour: HourOccupancy) -> str:
    return f"{hour.label}–{(hour.starts_at + dt.timedelta(hours=1)):%H:%M}"  # 24 hours


def _who_came(data: GuestReportData, styles: Styles, width: float) -> list[Flowable]:
    half = (width - 12) / 2
    widths = [half - 150, 50, 50, 50]
    header = ("", _tr(QT_TRANSLATE_NOOP("GuestReport", "Parties")),
              _tr(QT_TRANSLATE_NOOP("GuestReport", "Guests")),
              _tr(QT_TRANSLATE_NOOP("GuestReport", "Share")))

    def tally_table(title: str, tallies: Any) -> Table:
        rows = [(label(t.key), _num(t.parties), _num(t.guests),
                 format_share(t.guests, data.guests)) for t in tallies]
        return data_table((title, *header[1:]), rows, widths, numeric=(1, 2, 3),
                          total=(_tr(QT_TRANSLATE_NOOP("GuestReport", "Total")),
                                 _num(data.parties), _num(data.guests), format_share(1, 1)))

    airline_rows = [(t.key or label(None), _num(t.parties), _num(t.guests),
                     format_share(t.guests, data.guests)) for t in data.by_airline]
    return [
        Paragraph(_tr(QT_TRANSLATE_NOOP("GuestReport", "Who came")), styles.h2),
        Paragraph(_tr(QT_TRANSLATE_NOOP(
            "GuestReport", "Guests count everyone who came in; parties count visits (a guest "
            "and the people who came in with them).")), styles.note),
        layout.side_by_side(tally_table(_tr(QT_TRANSLATE_NOOP("GuestReport", "Cabin")),
                                        data.by_cabin),
                            tally_table(_tr(QT_TRANSLATE_NOOP("GuestReport", "Entitlement")),
                                        data.by_entitlement), width),
        Spacer(0, 8),
        *_airlines(airline_rows, data, widths, width),
    ]


_AIRLINES_PER_HALF = 28  # two columns of airlines fit beside each other on a page


def _airlines(rows: list[tuple[str, str, str, str]], data: GuestReportData,
              widths: list[float], width: float) -> list[Flowable]:
    """By airline: in two columns when there are many, one long list when there are very many."""
    header = (_tr(QT_TRANSLATE_NOOP("GuestReport", "Airline")),
              _tr(QT_TRANSLATE_NOOP("GuestReport", "Parties")),
              _tr(QT_TRANSLATE_NOOP("GuestReport", "Guests")),
              _tr(QT_TRANSLATE_NOOP("GuestReport", "Share")))
    total = (_tr(QT_TRANSLATE_NOOP("GuestReport", "Total")), _num(data.parties),
             _num(data.guests), format_share(1, 1))
    if len(rows) <= 6 or len(rows) > 2 * _AIRLINES_PER_HALF:
        return [data_table(header, rows, widths, numeric=(1, 2, 3), total=total)]
    middle = (len(rows) + 1) // 2
    return [layout.side_by_side(
        data_table(header, rows[:middle], widths, numeric=(1, 2, 3)),
        data_table(header, rows[middle:], widths, numeric=(1, 2, 3), total=total), width)]


def _occupancy(data: GuestReportData, styles: Styles, width: float) -> list[Flowable]:
    peak = data.peak
    caption = (_tr(QT_TRANSLATE_NOOP(
        "GuestReport", "Peak: {guests} at once, {hours}, against {seats} seats.")).format(
            guests=_n(peak.guests, QT_TRANSLATE_NOOP("GuestReport", "{n} guest"),
                      QT_TRANSLATE_NOOP("GuestReport", "{n} guests")),
            hours=_hour_span(peak), seats=_num(data.seats)) if peak
        else _tr(QT_TRANSLATE_NOOP("GuestReport", "Nobody was in the lounge.")))
    return [KeepTogether([
        Paragraph(_tr(QT_TRANSLATE_NOOP("GuestReport", "Occupancy by hour")), styles.h2),
        Paragraph(_tr(QT_TRANSLATE_NOOP(
            "GuestReport", "The most guests in the lounge at one time in each hour (local "
            "time). {peak}")).format(peak=caption), styles.note),
        OccupancyChart(data, width, 170),
    ])]


class OccupancyChart(Flowable):
    """Guests at once per local hour: the busiest hour in orange, the seats as a dashed line."""

    def __init__(self, data: GuestReportData, width: float, height: float) -> None:
        super().__init__()
        self.data, self.width, self.height = data, width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self._drawing().drawOn(self.canv, 0, 0)

    def _drawing(self) -> Drawing:
        hours = self.data.occupancy
        values = [h.guests for h in hours]
        peak = self.data.peak
        seats = self.data.seats
        top = max(max(values, default=0), seats, 1)
        drawing = Drawing(self.width, self.height)
        chart = VerticalBarChart()
        chart.x, chart.y = 34, 30
        # reportlab's stubs say int for these sizes; the chart takes any number of points.
        chart.width, chart.height = self.width - 44, self.height - 42  # type: ignore[assignment]
        chart.data = [values]
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = _nice_ceiling(top * 1.08)
        chart.valueAxis.valueStep = _nice_ceiling(chart.valueAxis.valueMax / 5)
        chart.valueAxis.labels.fontName = layout.body_font()
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labels.fillColor = layout.MUTED
        chart.valueAxis.strokeColor = layout.RULE
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = layout.ZEBRA
        chart.valueAxis.gridStrokeWidth = 0.6
        chart.categoryAxis.categoryNames = _chart_labels(hours)
        chart.categoryAxis.labels.fontName = layout.body_font()
        chart.categoryAxis.labels.fontSize = 7
        chart.categoryAxis.labels.fillColor = layout.MUTED
        chart.categoryAxis.labels.dy = -3
        chart.categoryAxis.strokeColor = layout.RULE
        chart.categoryAxis.tickDown = 2
        chart.bars.strokeColor = None
        chart.bars[0].fillColor = layout.ACCENT
        chart.barSpacing = 1.5  # type: ignore[assignment]
        chart.groupSpacing = 3
        chart.barLabelFormat = lambda v: layout.format_number(round(v)) if v else ""
        chart.barLabels.fontName = layout.body_font()
        chart.barLabels.fontSize = 6
        chart.barLabels.fillColor = layout.INK
        chart.barLabels.nudge = 5
        chart.barLabels.boxFillColor = colors.white  # readable where a label meets the seats line
        chart.barLabels.leftPadding = chart.barLabels.rightPadding = 1
        chart.barLabels.topPadding = chart.barLabels.bottomPadding = 0
        if peak is not None:
            chart.bars[(0, hours.index(peak))].fillColor = layout.HIGHLIGHT
        if seats:  # behind the bars, so a full hour's bar shows over it
            y = chart.y + chart.height * seats / chart.valueAxis.valueMax
            drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=layout.WARNING,
                             strokeWidth=0.7, strokeDashArray=[3, 2]))
        drawing.add(chart)
        self._legend(drawing, chart.x + chart.width, self.height - 6, seats, peak is not None)
        drawing.add(String(chart.x + chart.width / 2, 4,
                           _tr(QT_TRANSLATE_NOOP("GuestReport", "hour of the day (local time)")),
                           fontName=layout.body_font(), fontSize=7, fillColor=layout.MUTED,
                           textAnchor="middle"))
        return drawing


    @staticmethod
    def _legend(drawing: Drawing, right: float, y: float, seats: int, peak: bool) -> None:
        """Above the plot, right-aligned: what the orange bar and the dashed line mean."""
        font, size = layout.body_font(), 7
        entries = []
        if peak:
            entries.append(("bar", _tr(QT_TRANSLATE_NOOP("GuestReport", "busiest hour"))))
        if seats:
            entries.append(("line", _n(seats, QT_TRANSLATE_NOOP("GuestReport", "{n} seat"),
                                       QT_TRANSLATE_NOOP("GuestReport", "{n} seats"))))
        x = right
        for kind, caption in reversed(entries):
            x -= stringWidth(caption, font, size)
            drawing.add(String(x, y - 2.5, caption, fontName=font, fontSize=size,
                               fillColor=layout.MUTED))
            x -= 16
            if kind == "bar":
                drawing.add(_swatch(x + 3, y - 3, 9, 7, layout.HIGHLIGHT))
            else:
                drawing.add(Line(x, y, x + 13, y, strokeColor=layout.WARNING,
                                 strokeWidth=0.7, strokeDashArray=[3, 2]))
            x -= 10


def _chart_labels(hours: tuple[HourOccupancy, ...]) -> list[str]:
    """"14"; the hour that comes twice when the clocks go back carries its zone on a second line."""
    return [h.label[:2] + ("\n" + h.label.split(" ", 1)[1] if " " in h.label else "")
            for h in hours]


def _nice_ceiling(value: float) -> int:
    """The next of 1, 2, 2.5, 5 × 10^n at or above ``value``, for round axis steps."""
    magnitude = 1
    while magnitude * 10 <= value:
        magnitude *= 10
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return max(1, int(step * magnitude))
    return int(10 * magnitude)


def _stays_and_waits(data: GuestReportData, styles: Styles, width: float) -> list[Flowable]:
    checked_out = sum(1 for v in data.visits if v.stay is not None)
    stays = _tr(QT_TRANSLATE_NOOP(
        "GuestReport", "Average stay {average} and longest {longest}, over the {parties} who "
        "checked out;")).format(
            average=format_duration(data.average_stay),
            longest=format_duration(data.longest_stay),
            parties=_parties(checked_out))
    still = (_tr(QT_TRANSLATE_NOOP(
        "GuestReport", "{parties} had not checked out when this report was printed.")).format(
            parties=_parties(data.still_in_lounge)) if data.still_in_lounge
        else _tr(QT_TRANSLATE_NOOP(
            "GuestReport", "every party had checked out when this report was printed.")))
    story: list[Flowable] = [
        Paragraph(_tr(QT_TRANSLATE_NOOP("GuestReport", "Stays and waits")), styles.h2),
        Paragraph(f"{stays} {still}", styles.body),
    ]
    waits = data.long_waits
    if not waits:
        story.append(Paragraph(_tr(QT_TRANSLATE_NOOP(
            "GuestReport", "No guest waited {minutes} minutes or more.")).format(
                minutes=data.fatigue_minutes), styles.body))
        return story
    story.append(Paragraph(_tr(QT_TRANSLATE_NOOP(
        "GuestReport", "{waits} reached the fatigue threshold of {minutes} minutes; the longest "
        "lasted {longest}. Alerts answered within {escalate} minutes: {in_time}; answered "
        "late: {late}; never answered: {never}.")).format(
            waits=_n(len(waits), QT_TRANSLATE_NOOP("GuestReport", "{n} wait"),
                     QT_TRANSLATE_NOOP("GuestReport", "{n} waits")),
            minutes=data.fatigue_minutes, longest=format_duration(data.longest_wait),
            escalate=data.escalate_after_minutes,
            in_time=_num(data.waits_acknowledged_in_time),
            late=_num(data.waits_acknowledged_late),
            never=_num(data.waits_not_acknowledged)), styles.body))
    widths = [34, width - 34 - 74 - 44 - 34 - 46 - 90 - 62, 74, 44, 34, 46, 90, 62]
    rows, late = [], []
    for n, wait in enumerate(waits):
        answered = _tr(QT_TRANSLATE_NOOP("GuestReport", "in time") if wait.in_time else
                       QT_TRANSLATE_NOOP("GuestReport", "late")
                       if wait.acknowledged_at is not None
                       else QT_TRANSLATE_NOOP("GuestReport", "not answered"))
        if not wait.in_time:
            late.append((n, 7))
        rows.append([format_time(wait.started_at), cell(wait.name, widths[1], styles.cell),
                     label(wait.reason), format_duration(wait.waited),
                     format_time(wait.alert_at),
                     format_time(wait.acknowledged_at, data.header.day.day),
                     cell(wait.acknowledged_by or DASH, widths[6], styles.cell), answered])
    header = [_tr(word) for word in (
        QT_TRANSLATE_NOOP("GuestReport", "From"), QT_TRANSLATE_NOOP("GuestReport", "Guest"),
        QT_TRANSLATE_NOOP("GuestReport", "Why"), QT_TRANSLATE_NOOP("GuestReport", "Waited"),
        QT_TRANSLATE_NOOP("GuestReport", "Alert"), QT_TRANSLATE_NOOP("GuestReport", "Answered"),
        QT_TRANSLATE_NOOP("GuestReport", "Answered by"),
        QT_TRANSLATE_NOOP("GuestReport", "In time?"))]
    story.append(layout.long_table(header, rows, widths, numeric=(3,), warn=late))
    return story


def _exceptions(data: GuestReportData, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(_tr(QT_TRANSLATE_NOOP(
        "GuestReport", "Exceptions granted by duty managers")), styles.h2)]
    if not data.exceptions:
        return [*story, Paragraph(_tr(QT_TRANSLATE_NOOP(
            "GuestReport", "No exceptions were granted.")), styles.body)]
    story.append(Paragraph(_tr(QT_TRANSLATE_NOOP(
        "GuestReport", "{parties} ({guests}) came in on a duty manager's exception.")).format(
            parties=_parties(len(data.exceptions)),
            guests=_n(sum(e.party_size for e in data.exceptions),
                      QT_TRANSLATE_NOOP("GuestReport", "{n} guest"),
                      QT_TRANSLATE_NOOP("GuestReport", "{n} guests"))), styles.body))
    widths = [36, 150, 34, 110, width - 330]
    rows = [[format_time(e.arrived_at), cell(e.name, widths[1], styles.cell), str(e.party_size),
             cell(e.granted_by, widths[3], styles.cell),
             cell(e.reason or DASH, widths[4], styles.cell, limit=_REASON_LIMIT)]
            for e in data.exceptions]
    header = [_tr(word) for word in (
        QT_TRANSLATE_NOOP("GuestReport", "In"), QT_TRANSLATE_NOOP("GuestReport", "Guest"),
        QT_TRANSLATE_NOOP("GuestReport", "Party"), QT_TRANSLATE_NOOP("GuestReport", "Granted by"),
        QT_TRANSLATE_NOOP("GuestReport", "Why"))]
    story.append(layout.long_table(header, rows, widths, numeric=(2,)))
    return story


# A reason is a line or two; one pasted in at great length is cut here (the full text
# is in the visit's record), so that a row never outgrows a page.
_REASON_LIMIT = 600


def _ratings(data: GuestReportData, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(_tr(QT_TRANSLATE_NOOP("GuestReport", "Satisfaction")),
                                       styles.h2)]
    count = data.rating_count
    if not count:
        return [*story, Paragraph(_tr(QT_TRANSLATE_NOOP("GuestReport", "No guest gave a rating.")),
                                  styles.body)]
    story.append(Paragraph(_tr(QT_TRANSLATE_NOOP(
        "GuestReport", "{ratings}, average {average} out of 5 ({share} of parties rated their "
        "visit).")).format(
            ratings=_n(count, QT_TRANSLATE_NOOP("GuestReport", "{n} rating"),
                       QT_TRANSLATE_NOOP("GuestReport", "{n} ratings")),
            average=layout.format_number(data.rating_average or 0, 2),
            share=format_share(count, data.parties)), styles.body))
    most = max(n for _, n in data.ratings) or 1
    bar_width = 200
    rows = [(f"{rating}", _num(n), format_share(n, count), _bar(n / most, bar_width))
            for rating, n in sorted(data.ratings, reverse=True)]
    header = (_tr(QT_TRANSLATE_NOOP("GuestReport", "Rating")),
              _tr(QT_TRANSLATE_NOOP("GuestReport", "Ratings")),
              _tr(QT_TRANSLATE_NOOP("GuestReport", "Share")), "")
    story.append(KeepTogether([data_table(header, rows,
                                          [50, 50, 50, bar_width + 8], numeric=(0, 1, 2))]))
    return story


def _parties(count: int) -> str:
    return _n(count, QT_TRANSLATE_NOOP("GuestReport", "{n} party"),
              QT_TRANSLATE_NOOP("GuestReport", "{n} parties"))


def _swatch(x: float, y: float, width: float, height: float, colour: colors.Color) -> Rect:
    """A filled rectangle without an outline (set after construction: reportlab's stubs
    mistype the keyword arguments of ``Rect``)."""
    rect = Rect(x, y, width, height)
    rect.fillColor, rect.strokeColor = colour, None
    return rect


def _bar(fraction: float, width: float) -> Drawing:
    drawing = Drawing(width, 7)
    drawing.add(_swatch(0, 0, max(0.5, width * fraction), 7, layout.ACCENT))
    return drawing


def _visit_table(data: GuestReportData, styles: Styles, width: float) -> list[Flowable]:
    widths: dict[str, float] = dict(_FIXED_WIDTHS)
    widths["Guest"] = width - sum(_FIXED_WIDTHS.values())
    day = data.header.day.day
    threshold = dt.timedelta(minutes=data.fatigue_minutes)
    rows = [_visit_cells(visit, day, widths["Guest"], styles) for visit in data.visits]
    long_waits = [(n, VISIT_COLUMNS.index("Wait")) for n, visit in enumerate(data.visits)
                  if visit.wait >= threshold]
    return [
        Paragraph(_tr(QT_TRANSLATE_NOOP("GuestReport", "Every visit")), styles.h2),
        Paragraph(_tr(QT_TRANSLATE_NOOP(
            "GuestReport", "{visits} in order of arrival; times are local. Waits of {minutes} "
            "minutes or more are in red; “+1d” marks a time after midnight.")).format(
                visits=_n(data.parties, QT_TRANSLATE_NOOP("GuestReport", "{n} visit"),
                          QT_TRANSLATE_NOOP("GuestReport", "{n} visits")),
                minutes=data.fatigue_minutes), styles.note),
        layout.long_table([_tr(word) for word in _COLUMN_WORDS], rows,
                          [widths[c] for c in VISIT_COLUMNS],
                          numeric=_NUMERIC, warn=long_waits),
    ]


def _visit_cells(visit: VisitRow, day: dt.date, name_width: float,
                 styles: Styles) -> list[Any]:
    flight = flight_label(visit.carrier, visit.flight_number)
    route = (f"{visit.origin}–{visit.destination}" if visit.origin or visit.destination
             else "")
    return [
        format_time(visit.arrived_at),
        format_time(visit.left_at, day) if visit.left_at is not None
        else _tr(QT_TRANSLATE_NOOP("GuestReport", "in lounge")),
        cell(visit.name, name_width, styles.cell),
        cell(flight, _FIXED_WIDTHS["Flight"], styles.cell) if flight else DASH,
        cell(route, _FIXED_WIDTHS["Route"], styles.cell) if route else DASH,
        label(visit.cabin.value if visit.cabin else ""),
        label(visit.entitlement.value),
        cell(visit.space, _FIXED_WIDTHS["Space"], styles.cell) if visit.space else DASH,
        str(visit.party_size),
        format_duration(visit.stay),
        format_duration(visit.wait) if visit.wait else DASH,
    ]
