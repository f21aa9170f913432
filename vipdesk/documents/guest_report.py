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

from vipdesk.documents import report_layout as layout
from vipdesk.documents import text
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
    plural,
)
from vipdesk.domain.flights import flight_label

TITLE = "Daily guest report"
VISIT_COLUMNS = ("In", "Out", "Guest", "Flight", "Route", "Cabin", "Entitlement", "Space",
                 "Party", "Stay", "Wait")
# Landscape A4 less margins is about 757 pt; the guest's name takes what is left.
_FIXED_WIDTHS = {"In": 32, "Out": 48, "Flight": 50, "Route": 62, "Cabin": 82,
                 "Entitlement": 76, "Space": 72, "Party": 30, "Stay": 58, "Wait": 44}
_NUMERIC = (8, 9, 10)


def guest_report_pdf(data: GuestReportData, on_page: layout.PageHook | None = None) -> bytes:
    """The whole report as PDF bytes (``on_page``: see :func:`report_layout.build_pdf`)."""
    return layout.build_pdf(
        lambda out: layout.ReportDocument(out, title=TITLE, header=data.header),
        lambda document: _story(document, data, Styles()), on_page)


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
        Paragraph(TITLE, styles.title),
        Paragraph(f"{format_date(day.day)} · a day of "
                  f"{plural(int(day.length.total_seconds() // 3600), 'hour')} in "
                  f"{text.escape(day.timezone)}", styles.subtitle),
    ]
    if not data.visits:
        story += [Paragraph("No guests visited the lounge on this day.", styles.h2),
                  Paragraph("No visit began between local midnight and the next; "
                            "there are no figures to report.", styles.body)]
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
        (f"{data.guests:,}", "guests (everyone in each party)"),
        (f"{data.parties:,}", "parties (visits checked in)"),
        (f"{peak.guests:,}" if peak else DASH,
         f"most at once, {_hour_span(peak)}" if peak else "most at once"),
        (f"{data.seats:,}", "seats in the lounge"),
        (format_duration(data.average_stay), "average stay"),
        (format_duration(data.longest_stay), "longest stay"),
        (f"{len(data.long_waits):,}", f"waits of {data.fatigue_minutes} min or more"),
        (f"{average:.1f} / 5" if average is not None else DASH,
         f"average of {plural(data.rating_count, 'rating')}"),
    ]


def _hour_span(hour: HourOccupancy) -> str:
    return f"{hour.label}–{(hour.starts_at + dt.timedelta(hours=1)):%H:%M}"


def _who_came(data: GuestReportData, styles: Styles, width: float) -> list[Flowable]:
    half = (width - 12) / 2
    widths = [half - 150, 50, 50, 50]
    header = ("", "Parties", "Guests", "Share")

    def tally_table(title: str, tallies: Any) -> Table:
        rows = [(label(t.key), f"{t.parties:,}", f"{t.guests:,}",
                 format_share(t.guests, data.guests)) for t in tallies]
        return data_table((title, *header[1:]), rows, widths, numeric=(1, 2, 3),
                          total=("Total", f"{data.parties:,}", f"{data.guests:,}", "100%"))

    airline_rows = [(t.key or "Not known", f"{t.parties:,}", f"{t.guests:,}",
                     format_share(t.guests, data.guests)) for t in data.by_airline]
    return [
        Paragraph("Who came", styles.h2),
        Paragraph("Guests count everyone who came in; parties count visits (a guest and "
                  "the people who came in with them).", styles.note),
        layout.side_by_side(tally_table("Cabin", data.by_cabin),
                            tally_table("Entitlement", data.by_entitlement), width),
        Spacer(0, 8),
        *_airlines(airline_rows, data, widths, width),
    ]


_AIRLINES_PER_HALF = 28  # two columns of airlines fit beside each other on a page


def _airlines(rows: list[tuple[str, str, str, str]], data: GuestReportData,
              widths: list[float], width: float) -> list[Flowable]:
    """By airline: in two columns when there are many, one long list when there are very many."""
    header = ("Airline", "Parties", "Guests", "Share")
    total = ("Total", f"{data.parties:,}", f"{data.guests:,}", "100%")
    if len(rows) <= 6 or len(rows) > 2 * _AIRLINES_PER_HALF:
        return [data_table(header, rows, widths, numeric=(1, 2, 3), total=total)]
    middle = (len(rows) + 1) // 2
    return [layout.side_by_side(
        data_table(header, rows[:middle], widths, numeric=(1, 2, 3)),
        data_table(header, rows[middle:], widths, numeric=(1, 2, 3), total=total), width)]


def _occupancy(data: GuestReportData, styles: Styles, width: float) -> list[Flowable]:
    peak = data.peak
    caption = (f"Peak: {plural(peak.guests, 'guest')} at once, {_hour_span(peak)}, against "
               f"{data.seats:,} seats." if peak else "Nobody was in the lounge.")
    return [KeepTogether([
        Paragraph("Occupancy by hour", styles.h2),
        Paragraph(f"The most guests in the lounge at one time in each hour (local time). "
                  f"{caption}", styles.note),
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
        chart.barLabelFormat = lambda v: f"{v:,.0f}" if v else ""
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
        drawing.add(String(chart.x + chart.width / 2, 4, "hour of the day (local time)",
                           fontName=layout.body_font(), fontSize=7, fillColor=layout.MUTED,
                           textAnchor="middle"))
        return drawing


    @staticmethod
    def _legend(drawing: Drawing, right: float, y: float, seats: int, peak: bool) -> None:
        """Above the plot, right-aligned: what the orange bar and the dashed line mean."""
        font, size = layout.body_font(), 7
        entries = []
        if peak:
            entries.append(("bar", "busiest hour"))
        if seats:
            entries.append(("line", f"{seats:,} seats"))
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
    story: list[Flowable] = [
        Paragraph("Stays and waits", styles.h2),
        Paragraph(
            f"Average stay {format_duration(data.average_stay)} and longest "
            f"{format_duration(data.longest_stay)}, over the "
            f"{plural(checked_out, 'party', 'parties')} who checked out; "
            + (f"{plural(data.still_in_lounge, 'party', 'parties')} had not checked out "
               if data.still_in_lounge else "every party had checked out ")
            + "when this report was printed.", styles.body),
    ]
    waits = data.long_waits
    if not waits:
        story.append(Paragraph(f"No guest waited {data.fatigue_minutes} minutes or more.",
                               styles.body))
        return story
    story.append(Paragraph(
        f"{plural(len(waits), 'wait')} reached the fatigue threshold of "
        f"{data.fatigue_minutes} minutes; the longest lasted "
        f"{format_duration(data.longest_wait)}. Alerts answered within "
        f"{data.escalate_after_minutes} minutes: {data.waits_acknowledged_in_time:,}; "
        f"answered late: {data.waits_acknowledged_late:,}; never answered: "
        f"{data.waits_not_acknowledged:,}.", styles.body))
    widths = [34, width - 34 - 74 - 44 - 34 - 46 - 90 - 62, 74, 44, 34, 46, 90, 62]
    rows, late = [], []
    for n, wait in enumerate(waits):
        answered = ("in time" if wait.in_time else
                    "late" if wait.acknowledged_at is not None else "not answered")
        if not wait.in_time:
            late.append((n, 7))
        rows.append([format_time(wait.started_at), cell(wait.name, widths[1], styles.cell),
                     label(wait.reason), format_duration(wait.waited),
                     format_time(wait.alert_at),
                     format_time(wait.acknowledged_at, data.header.day.day),
                     cell(wait.acknowledged_by or DASH, widths[6], styles.cell), answered])
    story.append(layout.long_table(("From", "Guest", "Why", "Waited", "Alert", "Answered",
                                    "Answered by", "In time?"), rows, widths, numeric=(3,),
                                   warn=late))
    return story


def _exceptions(data: GuestReportData, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Exceptions granted by duty managers", styles.h2)]
    if not data.exceptions:
        return [*story, Paragraph("No exceptions were granted.", styles.body)]
    story.append(Paragraph(
        f"{plural(len(data.exceptions), 'party', 'parties')} "
        f"({plural(sum(e.party_size for e in data.exceptions), 'guest')}) came in on a duty "
        "manager's exception.", styles.body))
    widths = [36, 150, 34, 110, width - 330]
    rows = [[format_time(e.arrived_at), cell(e.name, widths[1], styles.cell), str(e.party_size),
             cell(e.granted_by, widths[3], styles.cell),
             cell(e.reason or DASH, widths[4], styles.cell, limit=_REASON_LIMIT)]
            for e in data.exceptions]
    story.append(layout.long_table(("In", "Guest", "Party", "Granted by", "Why"), rows, widths,
                                   numeric=(2,)))
    return story


# A reason is a line or two; one pasted in at great length is cut here (the full text
# is in the visit's record), so that a row never outgrows a page.
_REASON_LIMIT = 600


def _ratings(data: GuestReportData, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Satisfaction", styles.h2)]
    count = data.rating_count
    if not count:
        return [*story, Paragraph("No guest gave a rating.", styles.body)]
    story.append(Paragraph(
        f"{plural(count, 'rating')}, average {data.rating_average:.2f} out of 5 "
        f"({format_share(count, data.parties)} of parties rated their visit).", styles.body))
    most = max(n for _, n in data.ratings) or 1
    bar_width = 200
    rows = [(f"{rating}", f"{n:,}", format_share(n, count), _bar(n / most, bar_width))
            for rating, n in sorted(data.ratings, reverse=True)]
    story.append(KeepTogether([data_table(("Rating", "Ratings", "Share", ""), rows,
                                          [50, 50, 50, bar_width + 8], numeric=(0, 1, 2))]))
    return story


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
        Paragraph("Every visit", styles.h2),
        Paragraph(f"{plural(data.parties, 'visit')} in order of arrival; times are local. "
                  f"Waits of {data.fatigue_minutes} minutes or more are in red; "
                  "“+1d” marks a time after midnight.", styles.note),
        layout.long_table(VISIT_COLUMNS, rows, [widths[c] for c in VISIT_COLUMNS],
                          numeric=_NUMERIC, warn=long_waits),
    ]


def _visit_cells(visit: VisitRow, day: dt.date, name_width: float,
                 styles: Styles) -> list[Any]:
    flight = flight_label(visit.carrier, visit.flight_number)
    route = (f"{visit.origin}–{visit.destination}" if visit.origin or visit.destination
             else "")
    return [
        format_time(visit.arrived_at),
        format_time(visit.left_at, day) if visit.left_at is not None else "in lounge",
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
