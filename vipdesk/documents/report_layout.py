"""What every daily report shares: page furniture, styles, tables and the wording of figures.

Every page carries the same header (lounge, day, who printed it and when, page N
of M). The total page count is only known once the story has been laid out, so
:class:`NumberedCanvas` keeps each finished page and writes "Page N of M" on all
of them when the document is saved (the two-pass canvasmaker pattern). The rest
of the header is drawn by the page templates' ``onPage`` callback, inside
``saveState``/``restoreState`` so it never leaks a font or colour into the story.

Text from people (guests' names and words, staff notes) is markup inside a
Paragraph: it only ever reaches one through :func:`markup` and
:func:`markup_lines`, the one place that escapes it and picks fonts per script.
Table cells that the body font can print as they are stay plain strings, which
is several times faster to lay out than a Paragraph per cell.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import io
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from vipdesk.documents import fonts, language, text
from vipdesk.documents.language import DocumentLanguage
from vipdesk.documents.report_data import ReportHeader
from vipdesk.domain import counting, labels
from vipdesk.domain.message import QT_TRANSLATE_NOOP

PORTRAIT = "portrait"
LANDSCAPE = "landscape"
MARGIN = 14 * mm
HEADER_HEIGHT = 16 * mm  # the band above the frame
FOOTER_HEIGHT = 8 * mm

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6773")
ACCENT = colors.HexColor("#1f3a5f")
ACCENT_LIGHT = colors.HexColor("#e3eaf3")
ZEBRA = colors.HexColor("#f3f6f9")
RULE = colors.HexColor("#c5ced8")
WARNING_HEX = "#b3261e"  # for <font color> in Paragraph markup
WARNING = colors.HexColor(WARNING_HEX)
HIGHLIGHT = colors.HexColor("#d9822b")

BODY_SIZE = 9
CELL_SIZE = 8  # every table's text
CELL_LEADING = CELL_SIZE * 1.2
CELL_TOP_PADDING = 2
CELL_BOTTOM_PADDING = 2.5
# The height of a table row of single-line cells.
PLAIN_ROW_HEIGHT = CELL_LEADING + CELL_TOP_PADDING + CELL_BOTTOM_PADDING
DASH = "—"
# Told the number of pages laid out so far; may raise to stop the build.
PageHook = Callable[[int], None]
CONTEXT = "ReportLayout"  # the Linguist context of the words every report shares


def _tr(text: str) -> str:
    return language.tr(CONTEXT, text)


def label(value: object) -> str:
    """The printed word for an enum value (or its string) in the document's language;
    "Not known" for none."""
    key = "" if value is None else str(value)
    return (language.vocabulary(labels.label(key)) if key
            else _tr(QT_TRANSLATE_NOOP("ReportLayout", "Not known")))


def sans(bold: bool = False) -> str:
    """The text style (font chain) of the document's own words: the CJK face first in
    a Chinese document, so that all of its text prints in one face."""
    if language.current().chinese:
        return fonts.SANS_CJK_BOLD if bold else fonts.SANS_CJK
    return fonts.SANS_BOLD if bold else fonts.SANS


# ---------------------------------------------------------------------------
# Text from people


def markup(value: str, *, bold: bool = False) -> str:
    """Paragraph markup for one line of text from a person: escaped, a font per script."""
    return text.rich(value, sans(bold))


def markup_lines(value: str, width: float, *, size: float = BODY_SIZE) -> str:
    """Like :func:`markup` for text that wraps; right-to-left lines are broken in reading order."""
    return text.rich_lines(value, sans(), font_size=size, width=width)


def body_font(bold: bool = False) -> str:
    return fonts.primary_font(sans(bold))


def plain_printable(value: str) -> bool:
    """Whether the body font prints ``value`` as it is, so it needs no Paragraph.

    Printable (no control characters, line breaks or lone surrogates: nothing
    ``text.clean`` would change) and, beyond ASCII, already in NFC, left to right
    and in the body font.
    """
    if not value.isprintable():
        return False
    if value.isascii():
        return True
    primary = body_font()
    return (unicodedata.is_normalized("NFC", value) and not text.needs_bidi(value)
            and all(fonts.font_covers(primary, ch) for ch in value))


@functools.cache
def _widest_latin1(font: str) -> float:
    """The widest advance (per point of size) of the font's Latin-1 characters."""
    return max(stringWidth(chr(c), font, 1) for c in range(0x20, 0x100)
               if c < 0x7F or c >= 0xA0)


def fits(value: str, font: str, size: float, width: float) -> bool:
    """Whether ``value`` fits on one line of ``width``: counted for short Latin-1, else measured."""
    if len(value) * size * _widest_latin1(font) <= width and max(value, default=" ") <= "\xff":
        return True
    return stringWidth(value, font, size) <= width


class TextLine(Flowable):
    """One line of text from a person, drawn run by run in fonts that have its glyphs.

    What a Paragraph of ``markup(value)`` prints, for a table cell that holds a
    short name in Arabic or Chinese: no markup parsing and no line breaking, so
    a long table stays fast whatever the guests' scripts.
    """

    def __init__(self, runs: list[tuple[str, str]], size: float) -> None:
        super().__init__()
        self.runs, self.size = runs, size
        self.text_width = sum(stringWidth(run, font, size) for font, run in runs)

    @classmethod
    def of(cls, value: str, size: float) -> TextLine:
        primary = body_font()
        style = sans()
        runs: list[tuple[str, list[str]]] = []
        for char in text.visual_order(text.clean(value)):
            font = fonts.font_for(char, style)
            if font is None:
                if unicodedata.category(char) in _INVISIBLE:
                    continue
                font = primary  # no font has it: its "missing" box, honestly
            if runs and runs[-1][0] == font:
                runs[-1][1].append(char)
            else:
                runs.append((font, [char]))
        return cls([(font, "".join(chars)) for font, chars in runs], size)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.text_width, self.size * 1.2

    def draw(self) -> None:
        x, baseline = 0.0, self.size * 0.2
        for font, run in self.runs:
            self.canv.setFont(font, self.size)
            self.canv.drawString(x, baseline, run)
            x += stringWidth(run, font, self.size)


_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
CELL_PADDING = 6  # left and right padding of every table cell together


def cell(value: str, width: float, style: ParagraphStyle, *, limit: int = 300) -> Any:
    """A table cell for text from a person, as cheap as it can be and still print right.

    A plain string when the body font prints it on one line; a :class:`TextLine`
    when it needs other scripts' fonts but fits; else a wrapping Paragraph. A cell
    holds at most ``limit`` characters (then an ellipsis), so one freak value cannot
    make a row taller than a page: free text belongs in Paragraphs outside tables,
    where it is printed in full.
    """
    if len(value) > limit:
        value = value[:limit] + "…"
    room = width - CELL_PADDING
    if plain_printable(value) and fits(value, style.fontName, style.fontSize, room):
        return value
    if len(value) <= 80:
        line = TextLine.of(value, style.fontSize)
        if line.text_width <= room:
            return line
    return Paragraph(markup_lines(value, room, size=style.fontSize), style)


def row_heights(rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> list[float]:
    """Each row's height, worked out once: a long table then never measures a row again.

    Rows of plain strings (nearly all) are one line high; a row with a Flowable is
    as high as its tallest one wraps to.
    """
    heights = []
    for row in rows:
        height = PLAIN_ROW_HEIGHT
        for value, width in zip(row, widths, strict=False):
            if isinstance(value, Flowable):
                _, used = value.wrap(width - CELL_PADDING, 10_000)
                height = max(height, used + CELL_TOP_PADDING + CELL_BOTTOM_PADDING)
        heights.append(height)
    return heights


# ---------------------------------------------------------------------------
# Styles


def paragraph_style(name: str, **kw: Any) -> ParagraphStyle:
    """A style of the printed documents: the embedded body font, ink, ``BODY_SIZE`` and a
    leading of 1.3 times the size unless told otherwise."""
    kw.setdefault("fontName", body_font())
    kw.setdefault("fontSize", BODY_SIZE)
    kw.setdefault("leading", kw["fontSize"] * 1.3)
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, **kw)


class Styles:
    """The paragraph styles of the reports, in the embedded fonts."""

    def __init__(self) -> None:
        bold = body_font(bold=True)
        style = paragraph_style
        self.title = style("title", fontName=bold, fontSize=17, textColor=ACCENT, spaceAfter=1)
        self.subtitle = style("subtitle", fontSize=10.5, textColor=MUTED, spaceAfter=8)
        self.h2 = style("h2", fontName=bold, fontSize=12, textColor=ACCENT, spaceBefore=10,
                        spaceAfter=4, keepWithNext=1)
        self.h3 = style("h3", fontName=bold, fontSize=9.5, spaceBefore=6, spaceAfter=2,
                        keepWithNext=1)
        self.body = style("body", spaceAfter=3)
        self.note = style("note", fontSize=7.5, textColor=MUTED, spaceAfter=3)
        self.cell = style("cell", fontSize=CELL_SIZE, leading=CELL_LEADING)
        self.cell_right = style("cell_right", fontSize=CELL_SIZE, leading=CELL_LEADING,
                                alignment=TA_RIGHT)
        self.figure = style("figure", fontName=bold, fontSize=15, leading=17, textColor=ACCENT)
        self.figure_label = style("figure_label", fontSize=7, leading=8.5, textColor=MUTED)
        self.quote = style("quote", leftIndent=10, rightIndent=6, borderPadding=(4, 6, 4, 6),
                           backColor=ZEBRA, spaceBefore=3, spaceAfter=7)
        self.field = style("field", leftIndent=10, spaceAfter=2)
        self.field_label = style("field_label", leftIndent=10, spaceAfter=2, keepWithNext=1)
        self.history = style("history", fontSize=8, leading=10.5, leftIndent=64,
                             firstLineIndent=-54, spaceAfter=1)


# ---------------------------------------------------------------------------
# Wording of figures


def format_duration(value: dt.timedelta | None) -> str:
    """"42 min", "1 h 05 min" (in the document's language); whole minutes, rounded down;
    a dash for none."""
    if value is None:
        return DASH
    minutes = max(0, int(value.total_seconds() // 60))
    if minutes < 60:
        return _tr(QT_TRANSLATE_NOOP("ReportLayout", "{minutes} min")).format(minutes=minutes)
    return _tr(QT_TRANSLATE_NOOP("ReportLayout", "{hours} h {minutes} min")).format(
        hours=minutes // 60, minutes=f"{minutes % 60:02d}")


def format_time(value: dt.datetime | None, day: dt.date | None = None) -> str:
    """"14:05"; with "+1d" when it falls on the next day (a guest who left after midnight)."""
    if value is None:
        return DASH
    shift = (value.date() - day).days if day is not None else 0
    clock = language.current().time(value)
    if not shift:
        return clock
    return _tr(QT_TRANSLATE_NOOP("ReportLayout", "{time} {days}d")).format(
        time=clock, days=f"{shift:+d}")


def format_date(day: dt.date) -> str:
    """"Monday 23 November 2026" in the document's language, whatever the machine's locale."""
    return language.current().date(day)


def format_moment(value: dt.datetime) -> str:
    """"23 Nov 2026 09:00"."""
    return language.current().moment(value)


def format_money(value: Decimal) -> str:
    return language.current().number(value, 2)


def format_number(value: int | float, decimals: int = 0) -> str:
    """"1,234" ("1.234" in Danish)."""
    return language.current().number(value, decimals)


def format_share(part: int, whole: int) -> str:
    """"12%"; "<1%" rather than a share of nought for a few."""
    if not whole:
        return DASH
    share = 100 * part / whole
    sign = "\u00a0%" if language.current().code == "da" else "%"  # Danish: "12 %"
    return f"<1{sign}" if 0 < share < 0.5 else f"{share:.0f}{sign}"


def plural(count: int, one: str, many: str | None = None) -> str:
    """"1 page", "3 pages": the counted phrase of :mod:`vipdesk.domain.counting` (English)."""
    return counting.counted(count, "{n} " + one, "{n} " + (many or one + "s"))


def counted(context: str, count: int, one: str, many: str) -> str:
    """A counted phrase in the document's language ("{n} guest", "{n} guests", both marked)."""
    return language.counted(context, count, one, many)


# ---------------------------------------------------------------------------
# Tables


def table_style(*, numeric: Iterable[int] = (), zebra: bool = True,
                header_rows: int = 1) -> list[tuple[Any, ...]]:
    """The one look of every table: bold header on a light band, zebra rows, hairlines."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), body_font(), CELL_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_TOP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_BOTTOM_PADDING),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
    ]
    if header_rows:
        commands += [
            ("FONT", (0, 0), (-1, header_rows - 1), body_font(bold=True), CELL_SIZE),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT_LIGHT),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), ACCENT),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    for column in numeric:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    return commands


def data_table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
               *, numeric: Iterable[int] = (), total: Sequence[Any] | None = None,
               extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A summary or list table that may break across pages, repeating its header row."""
    data = [list(header), *[list(r) for r in rows]]
    commands = table_style(numeric=numeric)
    if total is not None:
        data.append(list(total))
        commands += [("FONT", (0, -1), (-1, -1), body_font(bold=True), CELL_SIZE),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                     ("BACKGROUND", (0, -1), (-1, -1), colors.white)]
    table = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def _cell_style(name: str, *, bold: bool = False, right: bool = False,
                colour: colors.Color = INK) -> CellStyle:
    style = CellStyle(name)
    style.fontname, style.fontsize, style.leading = body_font(bold), CELL_SIZE, CELL_LEADING
    style.topPadding, style.bottomPadding = CELL_TOP_PADDING, CELL_BOTTOM_PADDING
    style.leftPadding = style.rightPadding = CELL_PADDING / 2
    style.color, style.valign = colour, "TOP"
    style.alignment = "RIGHT" if right else "LEFT"
    return style


class _BatchedTextTable(Table):
    """reportlab's Table, writing its one-line text cells into one PDF text object per page.

    ``Table.draw`` prints each string cell with ``canvas.drawString``: a new text
    object, a bidi check and a font look-up per cell, which is most of the time a
    table of thousands of rows takes. Here single-line strings in top-aligned
    left- or right-aligned cells are collected into one text object instead (the
    same PDF text, fewer wrappers); every other cell, and everything else, is
    Table's own. Overrides ``Table._drawCell`` (reportlab 4 and 5).
    """

    _batch: Any = None

    def draw(self) -> None:
        self._batch = self.canv.beginText()
        self._batch_font: tuple[str, float] | None = None
        self._batch_colour: Any = None
        try:
            super().draw()
            self.canv.saveState()
            self.canv.drawText(self._batch)
            self.canv.restoreState()
        finally:
            self._batch = None

    def _drawCell(self, cellval: Any, cellstyle: CellStyle, pos: tuple[float, float],  # noqa: N802
                  size: tuple[float, float]) -> None:
        batch = self._batch
        if isinstance(cellval, str) and "\n" not in cellval:
            runs = [(cellstyle.fontname, cellval)] if cellval else []
        elif isinstance(cellval, TextLine):
            runs = cellval.runs
        else:
            runs = None
        if (batch is None or runs is None or cellstyle.valign != "TOP"
                or cellstyle.alignment not in ("LEFT", "RIGHT")):
            super()._drawCell(cellval, cellstyle, pos, size)  # type: ignore[misc]  # not in stubs
            return
        if cellstyle.color != self._batch_colour:
            batch.setFillColor(cellstyle.color)
            self._batch_colour = cellstyle.color
        (column, row), (width, height) = pos, size
        font_size = cellstyle.fontsize
        y = row + height - cellstyle.topPadding - font_size
        x = column + cellstyle.leftPadding
        if cellstyle.alignment == "RIGHT":
            x = (column + width - cellstyle.rightPadding
                 - sum(stringWidth(run, font, font_size) for font, run in runs))
        for number, (font, run) in enumerate(runs):
            if (font, font_size) != self._batch_font:
                batch.setFont(font, font_size, cellstyle.leading)
                self._batch_font = (font, font_size)
            batch.setTextOrigin(x, y)
            batch.textLine(run)
            if number + 1 < len(runs):
                x += stringWidth(run, font, font_size)


def long_table(header: Sequence[str], rows: Sequence[list[Any]], widths: Sequence[float], *,
               numeric: Iterable[int] = (), warn: Iterable[tuple[int, int]] = ()) -> Flowable:
    """A table of thousands of rows, looking like :func:`data_table`, laid out fast.

    It repeats its header row on every page. Instead of style commands, which
    reportlab applies to every cell of every page's piece, each column shares one
    cell style object (``warn``: the (row, column) cells, counted in ``rows``,
    printed in red); row heights are worked out once, and each page gets a table of
    its own rows only (:class:`PagedTable`).
    """
    numeric = set(numeric)
    columns = range(len(widths))
    head = [_cell_style("head", bold=True, right=c in numeric, colour=ACCENT) for c in columns]
    body = [_cell_style("body", right=c in numeric) for c in columns]
    alarm = [_cell_style("warn", right=c in numeric, colour=WARNING) for c in columns]
    cell_styles = [body] * len(rows)
    for row, column in warn:
        marked = list(cell_styles[row])
        marked[column] = alarm[column]
        cell_styles[row] = marked
    heights = row_heights([list(header), *rows], widths)
    return PagedTable(list(header), list(rows), list(widths), heights, head, cell_styles)


class PagedTable(Flowable):
    """A long table laid out one page at a time, header row on each.

    reportlab splits a Table by copying the rows left into a new Table at every page
    break, so a table of n rows costs n²/rows-per-page: 30,000 visits took twice as
    long per visit as 3,000. Here the row heights are summed once, a page break finds
    its row by bisection, and each page's rows become a small table of their own.
    """

    def __init__(self, header: list[Any], rows: list[list[Any]], widths: list[float],
                 heights: list[float], head: list[CellStyle],
                 cell_styles: list[list[CellStyle]], start: int = 0,
                 reach: list[float] | None = None) -> None:
        super().__init__()
        self.header, self.rows, self.widths, self.heights = header, rows, widths, heights
        self.head, self.cell_styles, self.start = head, cell_styles, start
        self.hAlign = "LEFT"
        if reach is None:  # reach[i]: the height of the body rows before row i
            reach = [0.0]
            for height in heights[1:]:
                reach.append(reach[-1] + height)
        self.reach = reach

    def _height_of(self, start: int, end: int) -> float:
        return self.heights[0] + self.reach[end] - self.reach[start]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return sum(self.widths), self._height_of(self.start, len(self.rows))

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        limit = available_height - self.heights[0] + self.reach[self.start]
        end = bisect.bisect_right(self.reach, limit + 1e-6) - 1  # rows [start, end) fit
        if end <= self.start:
            return []  # not even one row: the next page
        return [self._table(self.start, end),
                PagedTable(self.header, self.rows, self.widths, self.heights, self.head,
                           self.cell_styles, end, self.reach)]

    def draw(self) -> None:
        table = self._table(self.start, len(self.rows))
        table.wrapOn(self.canv, sum(self.widths), self._height_of(self.start, len(self.rows)))
        table.drawOn(self.canv, 0, 0)

    def _table(self, start: int, end: int) -> Table:
        zebra = [colors.white, ZEBRA] if start % 2 == 0 else [ZEBRA, colors.white]
        table = _BatchedTextTable(
            [self.header, *self.rows[start:end]], colWidths=self.widths,
            rowHeights=[self.heights[0], *self.heights[start + 1:end + 1]], repeatRows=1,
            cellStyles=[self.head, *self.cell_styles[start:end]], hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), zebra),
        ]
        if end == len(self.rows):
            commands.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE))
        table.setStyle(TableStyle(commands))
        return table


def key_figures(figures: Sequence[tuple[str, str]], width: float, styles: Styles,
                per_row: int = 4) -> Table:
    """The headline numbers as tiles: a big value over a small caption."""
    tiles: list[list[Paragraph | str]] = [[Paragraph(text.escape(value), styles.figure),
              Paragraph(text.escape(caption), styles.figure_label)]
             for value, caption in figures]
    while len(tiles) % per_row:
        tiles.append([""])
    rows = [tiles[i:i + per_row] for i in range(0, len(tiles), per_row)]
    table = Table(rows, colWidths=[width / per_row] * per_row, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
        ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
        ("LINEBELOW", (0, 0), (-1, -2), 2, colors.white),
        ("LINEABOVE", (0, 0), (-1, 0), 1.5, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def side_by_side(left: Flowable, right: Flowable, width: float, gap: float = 12) -> Table:
    """Two small tables next to each other (each must fit on one page)."""
    half = (width - gap) / 2
    table = Table([[left, "", right]], colWidths=[half, gap, half], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


# ---------------------------------------------------------------------------
# Pages


def page_size(canvas: Canvas) -> tuple[float, float]:
    """The size of the page being drawn (landscape pages differ from the document's)."""
    size: tuple[float, float] = canvas._pagesize  # type: ignore[attr-defined]  # not in stubs
    return size


class NumberedCanvas(Canvas):
    """A canvas that writes "Page N of M" on every page once M is known.

    ``showPage`` only remembers the finished page; ``save`` replays them all,
    now knowing the total, and adds the page number to each.
    """

    def __init__(self, *args: Any, on_page: PageHook | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._finished_pages: list[dict[str, Any]] = []
        self._on_page = on_page

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._finished_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's, not in its stubs
        if self._on_page is not None:
            self._on_page(len(self._finished_pages))

    def save(self) -> None:
        total = len(self._finished_pages)
        for number, page in enumerate(self._finished_pages, start=1):
            if self._on_page is not None and number % 50 == 0:
                self._on_page(total)  # writing hundreds of pages: a chance to stop
            self.__dict__.update(page)
            self._draw_page_number(number, total)
            super().showPage()
        super().save()

    def _draw_page_number(self, number: int, total: int) -> None:
        width, height = page_size(self)
        self.saveState()
        self.setFont(body_font(bold=True), 8)
        self.setFillColor(ACCENT)
        self.drawRightString(width - MARGIN, height - MARGIN + 1,
                             _tr(QT_TRANSLATE_NOOP("ReportLayout", "Page {number} of {total}"))
                             .format(number=number, total=total))
        self.restoreState()


class ReportDocument(BaseDocTemplate):
    """An A4 report with the shared header; portrait pages, and landscape ones for wide tables.

    Switch orientation in the story with ``NextPageTemplate(LANDSCAPE)`` and a page break.
    Every page template draws the same furniture (what ``onFirstPage`` and
    ``onLaterPages`` do for a SimpleDocTemplate).
    """

    def __init__(self, out: Any, *, title: str, header: ReportHeader | Heading,
                 first_page: str = PORTRAIT) -> None:
        heading = header if isinstance(header, Heading) else lounge_heading(title, header)
        super().__init__(out, pagesize=A4, title=heading.document_title, author="VIP Desk",
                         creator="VIP Desk", invariant=1, leftMargin=MARGIN,
                         rightMargin=MARGIN, topMargin=MARGIN + HEADER_HEIGHT,
                         bottomMargin=MARGIN + FOOTER_HEIGHT)
        self.report_title = title
        self.header = header
        self._furniture = _Furniture(heading)
        self.addPageTemplates([self._template(PORTRAIT, A4),
                               self._template(LANDSCAPE, landscape(A4))])
        self._firstPageTemplateIndex = 0 if first_page == PORTRAIT else 1  # reportlab's

    def _template(self, name: str, size: tuple[float, float]) -> PageTemplate:
        width, height = size
        frame = Frame(MARGIN, MARGIN + FOOTER_HEIGHT, width - 2 * MARGIN,
                      height - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT, id=name,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=self._furniture.draw)

    def frame_width(self, orientation: str = PORTRAIT) -> float:
        size = A4 if orientation == PORTRAIT else landscape(A4)
        return size[0] - 2 * MARGIN


PERSONAL_DATA = QT_TRANSLATE_NOOP(
    "ReportLayout", "Contains passengers' personal data: share only with the airline or "
    "operator concerned, and dispose of it securely.")


@dataclass(frozen=True)
class Heading:
    """What the header band of every page says, as Paragraph markup (already escaped)."""

    whose: str  # "Nordic Lounge · CPH", in bold
    what: str  # "Daily guest report · Monday 23 November 2026"
    printed: str  # "Printed by ... on ... (Europe/Copenhagen)"
    document_title: str  # the PDF's own title (plain text)
    footer: str = PERSONAL_DATA  # in the document's language


def lounge_heading(title: str, header: ReportHeader) -> Heading:
    """The heading of a lounge's daily report."""
    return Heading(
        whose=f"{markup(header.lounge_name, bold=True)} · {text.escape(header.airport)}",
        what=f"{text.escape(title)} · {format_date(header.day.day)}",
        printed=printed_words(header.printed_by, header.printed_at, header.day.timezone),
        document_title=f"{title}, {header.lounge_name}, {header.day.day.isoformat()}",
        footer=_tr(PERSONAL_DATA))


def printed_words(printed_by: str, printed_at: dt.datetime, timezone: str) -> str:
    return _tr(QT_TRANSLATE_NOOP("ReportLayout", "Printed by {name} on {moment} ({zone})")).format(
        name=markup(printed_by), moment=format_moment(printed_at), zone=text.escape(timezone))


class _Furniture:
    """The header and footer band, drawn on every page (the header Paragraphs are built once)."""

    def __init__(self, heading: Heading) -> None:
        regular, bold = body_font(), body_font(bold=True)
        self.lounge = Paragraph(
            heading.whose,
            ParagraphStyle("lounge", fontName=bold, fontSize=10.5, leading=13, textColor=ACCENT))
        self.day = Paragraph(
            heading.what,
            ParagraphStyle("day", fontName=regular, fontSize=8.5, leading=11, textColor=INK))
        self.printed = Paragraph(
            heading.printed,
            ParagraphStyle("printed", fontName=regular, fontSize=7.5, leading=9.5,
                           textColor=MUTED, alignment=TA_RIGHT))
        self._cache: dict[tuple[int, float], tuple[Paragraph, float]] = {}
        self.footer = heading.footer

    def draw(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = page_size(canvas)
        inner = width - 2 * MARGIN
        top = height - MARGIN
        canvas.saveState()
        for paragraph, x, y, room in (
                (self.lounge, 0, 0, 0.62), (self.day, 0, 13, 0.62),
                (self.printed, inner * 0.45, 12, 0.55)):
            laid_out, used = self._laid_out(paragraph, inner * room)
            laid_out.drawOn(canvas, MARGIN + x, top - y - used)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, top - HEADER_HEIGHT + 6, width - MARGIN, top - HEADER_HEIGHT + 6)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, MARGIN + FOOTER_HEIGHT - 3, width - MARGIN, MARGIN + FOOTER_HEIGHT - 3)
        canvas.setFont(body_font(), 6.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN + 1, self.footer)
        canvas.restoreState()

    def _laid_out(self, paragraph: Paragraph, width: float) -> tuple[Paragraph, float]:
        """``paragraph`` wrapped to ``width``, once per width (portrait and landscape pages)."""
        key = (id(paragraph), round(width, 2))
        if key not in self._cache:
            copy = Paragraph(paragraph.text, paragraph.style)
            _, used = copy.wrap(width, 40)
            self._cache[key] = (copy, used)
        return self._cache[key]


def build_pdf(document_factory: Callable[[Any], ReportDocument],
              story_factory: Callable[[ReportDocument], list[Flowable]],
              on_page: PageHook | None = None,
              in_language: DocumentLanguage = language.ENGLISH) -> bytes:
    """Lay out a report into PDF bytes (the caller decides where they go).

    ``on_page`` is told the number of pages laid out after each page, and now and then
    while they are written out; whatever it raises stops the build (a cancelled preview).
    """
    buffer = io.BytesIO()
    with language.speaking(in_language):
        document = document_factory(buffer)
        document.build(story_factory(document),
                       canvasmaker=functools.partial(NumberedCanvas, on_page=on_page))
    return buffer.getvalue()
