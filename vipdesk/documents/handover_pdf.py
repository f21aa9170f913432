"""The shift handover on paper: what the next shift must pick up, most urgent first.

It prints the snapshot written at shift end (``Shift.handover``, read into
:class:`~vipdesk.documents.handover_data.HandoverData`), never the live database, so the paper says
exactly what the screen said when the shift ended. Order on the page follows
urgency: promises and open items, then work orders, guests waiting, guests in
the lounge, and the diary.

Everything a person typed (names, guests' words, diary notes) is markup inside a
Paragraph, so it reaches one only through ``report_layout.markup`` / ``markup_lines``,
which escape it and pick a font per script (``vipdesk.documents.text.rich``:
CJK, Arabic, Danish...). A guest's words are cut at :data:`WORDS_LIMIT`
characters (the screen has the full text); a diary note is printed in full,
outside any table, so it may run over pages.
"""

from __future__ import annotations

import datetime as dt
import io
import zoneinfo
from collections.abc import Sequence
from typing import Any, Final

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from vipdesk.documents import fonts, language, text
from vipdesk.documents.handover_data import (
    DiaryLine,
    GuestInLounge,
    HandoverData,
    OpenItem,
    OpenWait,
    PendingWorkOrder,
)
from vipdesk.documents.language import DocumentLanguage
from vipdesk.documents.report_layout import (
    NumberedCanvas,
    Styles,
    body_font,
    format_date,
    format_duration,
    label,
    markup,
    markup_lines,
    paragraph_style,
)
from vipdesk.domain import lounge_time
from vipdesk.domain.message import QT_TRANSLATE_NOOP

WORDS_LIMIT: Final = 600
CELL_LIMIT: Final = 300  # a table row must fit on a page: a cell holds at most this much
MARGIN: Final = 14 * mm
HEADER_HEIGHT: Final = 12 * mm
FOOTER_HEIGHT: Final = 8 * mm
CONTEXT: Final = "HandoverPdf"
TITLE: Final = QT_TRANSLATE_NOOP("HandoverPdf", "Shift handover")
FOOTER: Final = QT_TRANSLATE_NOOP(
    "HandoverPdf", "Shift handover. Contains guests' personal data: keep it at the desk and "
    "dispose of it securely.")
DASH: Final = "—"

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6773")
ACCENT = colors.HexColor("#1f3a5f")
ACCENT_LIGHT = colors.HexColor("#e3eaf3")
ZEBRA = colors.HexColor("#f3f6f9")
RULE = colors.HexColor("#c5ced8")
WARNING = colors.HexColor("#b3261e")


def _tr(words: str) -> str:
    return language.tr(CONTEXT, words)


def render_handover_pdf(handover_data: HandoverData, *, invariant: bool = False,
                        in_language: DocumentLanguage = language.ENGLISH) -> bytes:
    """The handover as A4 PDF bytes in ``in_language``. ``invariant`` makes the bytes
    reproducible (for tests)."""
    with language.speaking(in_language):
        return _render(handover_data, invariant)


def _render(handover_data: HandoverData, invariant: bool) -> bytes:
    handover = _Handover(handover_data)
    buffer = io.BytesIO()
    width, height = A4
    document = BaseDocTemplate(
        buffer, pagesize=A4, invariant=int(invariant), author="VIP Desk", creator="VIP Desk",
        title=f"{_tr(TITLE)}, {text.clean(handover.data.lounge)}, {handover.shift_day()}",
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT)
    frame_width = width - 2 * MARGIN
    frame = Frame(MARGIN, MARGIN + FOOTER_HEIGHT, frame_width,
                  height - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate(id="handover", frames=[frame],
                                            onPage=_Furniture(handover).draw)])
    document.build(_Story(handover, frame_width).flowables(), canvasmaker=NumberedCanvas)
    return buffer.getvalue()


# --- times ------------------------------------------------------------------------------------

class _Handover:
    """The snapshot and its times on the lounge's clock (UTC when its zone is unknown)."""

    def __init__(self, data: HandoverData) -> None:
        self.data = data
        try:
            self.zone = lounge_time.zone(data.timezone or "UTC")
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            self.zone = lounge_time.zone("UTC")
        self.ended = self.moment(data.ended_at)

    def moment(self, value: dt.datetime | None) -> dt.datetime | None:
        return None if value is None else lounge_time.to_local(value, self.zone.key)

    def time(self, value: dt.datetime | None) -> str:
        """"14:05" on the shift's last day, "22 Nov 14:05" on another; lounge time, in the
        document's language."""
        moment = self.moment(value)
        if moment is None:
            return DASH
        words = language.current()
        if self.ended is not None and moment.date() == self.ended.date():
            return words.time(moment)
        return f"{words.day_month(moment.date())} {words.time(moment)}"

    def shift_day(self) -> str:
        """"Monday 23 November 2026" (English names whatever the machine's locale)."""
        if self.ended is None:
            return ""
        return format_date(self.ended.date())


def _caption(words: str) -> str:
    """A field's bold caption, translated, with the language's colon: "<b>With:</b>"."""
    colon = "：" if language.current().chinese else ":"
    return f"<b>{text.escape(_tr(words))}{colon}</b>"


# --- the story --------------------------------------------------------------------------------

class _Styles(Styles):
    """The reports' styles (title, headings, figures, fields) and the handover's own."""

    def __init__(self) -> None:
        super().__init__()
        bold, style = body_font(bold=True), paragraph_style
        self.note = style("note", fontSize=8, textColor=MUTED, spaceAfter=3)
        self.item = style("item", fontName=bold, fontSize=9.5, leading=12.5, spaceBefore=2,
                          spaceAfter=1)
        self.overdue = style("overdue", leftIndent=10, spaceAfter=2, textColor=WARNING)
        # The shaded box reaches borderPadding above its text: keep clear of the line above.
        self.words = style("words", leftIndent=10, rightIndent=6, borderPadding=(4, 6, 4, 6),
                           backColor=ZEBRA, spaceBefore=7, spaceAfter=7)
        self.words_rtl = ParagraphStyle("words_rtl", parent=self.words, alignment=TA_RIGHT)
        self.diary = style("diary", fontSize=8.5, leading=11, leftIndent=64,
                           firstLineIndent=-54, spaceAfter=2)
        self.cell = style("cell", fontSize=8, leading=10)
        self.figure_alarm = ParagraphStyle("figure_alarm", parent=self.figure, textColor=WARNING)


class _Story:
    """The flowables of the handover, section by section."""

    def __init__(self, handover: _Handover, width: float) -> None:
        self.h = handover
        self.width = width
        self.s = _Styles()

    def flowables(self) -> list[Flowable]:
        h, s = self.h, self.s
        story: list[Flowable] = [
            Paragraph(text.escape(_tr(TITLE)), s.title),
            Paragraph(_tr(QT_TRANSLATE_NOOP("HandoverPdf", "{staff} · {start} to {end} · {day}"))
                      .format(staff=markup(h.data.staff), start=h.time(h.data.started_at),
                              end=h.time(h.data.ended_at), day=text.escape(h.shift_day())),
                      s.subtitle),
            self._figures(),
            self._acknowledgement(),
        ]
        story += self._items()
        story += self._work_orders()
        story += self._waits()
        story += self._guests()
        story += self._diary()
        return story

    def _heading(self, title: str, count: int) -> Paragraph:
        number = language.current().number(count)
        return Paragraph(f"{text.escape(_tr(title))} "
                         f"<font size=9 color='#5b6773'>({number})</font>", self.s.h2)

    def _none(self, what: str) -> Paragraph:
        return Paragraph(text.escape(_tr(what)), self.s.note)

    # -- the top of the first page -------------------------------------------------------------

    def _figures(self) -> Table:
        """The headline numbers as tiles: a big value over a small caption."""
        data = self.h.data
        items = data.open_items
        overdue = sum(1 for i in items if i.promise is not None and i.promise.overdue)
        guests = sum(g.party_size for g in data.guests_in_lounge)
        figures = [(guests, QT_TRANSLATE_NOOP("HandoverPdf", "guests in the lounge"), False),
                   (len(data.open_waits), QT_TRANSLATE_NOOP("HandoverPdf", "waiting now"), False),
                   (len(items), QT_TRANSLATE_NOOP("HandoverPdf", "open items"), False),
                   (overdue, QT_TRANSLATE_NOOP("HandoverPdf", "promises overdue"), overdue > 0),
                   (len(data.pending_work_orders),
                    QT_TRANSLATE_NOOP("HandoverPdf", "work orders pending"), False)]
        number = language.current().number
        tiles = [[Paragraph(number(value), self.s.figure_alarm if alarm else self.s.figure),
                  Paragraph(text.escape(_tr(caption)), self.s.figure_label)]
                 for value, caption, alarm in figures]
        table = Table([tiles], colWidths=[self.width / len(tiles)] * len(tiles), hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
            ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
            ("LINEABOVE", (0, 0), (-1, 0), 1.5, ACCENT),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ]))
        return table

    def _acknowledgement(self) -> Table:
        """Where the next shift signs the paper copy (the desk records it on screen too)."""
        box = Table([[_tr(QT_TRANSLATE_NOOP("HandoverPdf", "Read and acknowledged by")), "",
                      _tr(QT_TRANSLATE_NOOP("HandoverPdf", "at")), ""]],
                    colWidths=[self.width * f for f in (0.22, 0.48, 0.05, 0.25)], hAlign="LEFT")
        box.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), body_font(), 8.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
            ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
            ("LINEBELOW", (3, 0), (3, 0), 0.6, INK),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 12),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ]))
        return box

    # -- promises and open items ---------------------------------------------------------------

    def _items(self) -> list[Flowable]:
        items = self.h.data.open_items
        out: list[Flowable] = [self._heading(
            QT_TRANSLATE_NOOP("HandoverPdf", "Promises and open items"), len(items))]
        if not items:
            return [*out, self._none(QT_TRANSLATE_NOOP(
                "HandoverPdf", "Nothing open: no complaints, requests or promises."))]
        return out + [KeepTogether(self._item(item)) for item in items]

    def _item(self, item: OpenItem) -> list[Flowable]:
        h, s = self.h, self.s
        number = item.complaint_id
        parts = [f"#{number}", label(item.kind), label(item.category), label(item.severity),
                 label(item.status)]
        title = " · ".join(text.escape(p) for p in parts)
        guest = item.guest_name
        nobody = text.escape(_tr(QT_TRANSLATE_NOOP("HandoverPdf", "no guest on record")))
        title += f" — {markup(guest, bold=True)}" if guest else f" — <i>{nobody}</i>"
        if item.escalated:
            escalated = text.escape(_tr(QT_TRANSLATE_NOOP("HandoverPdf", "ESCALATED")))
            title += f" <font color='#b3261e'>· {escalated}</font>"
        flow: list[Flowable] = [Paragraph(title, s.item)]

        promise = item.promise
        if promise is not None:
            late = promise.overdue
            flow.append(Paragraph(
                _caption(QT_TRANSLATE_NOOP("HandoverPdf", "OVERDUE promise") if late
                         else QT_TRANSLATE_NOOP("HandoverPdf", "Promise")) + " "
                + _tr(QT_TRANSLATE_NOOP("HandoverPdf", "by {due}, {owner}: {how}")).format(
                    due=text.escape(h.time(promise.due_at)), owner=markup(promise.owner),
                    how=markup(promise.how)),
                s.overdue if late else s.field))

        owner = item.owner
        orders = item.open_work_orders
        pending = (" · " + text.escape(language.counted(
            CONTEXT, orders, QT_TRANSLATE_NOOP("HandoverPdf", "{n} work order pending"),
            QT_TRANSLATE_NOOP("HandoverPdf", "{n} work orders pending"))) if orders else "")
        flow.append(Paragraph(
            _caption(QT_TRANSLATE_NOOP("HandoverPdf", "With")) + " "
            + text.escape(label(item.department))
            + (f", {markup(owner)}" if owner else "")
            + " · " + text.escape(_tr(QT_TRANSLATE_NOOP("HandoverPdf", "logged {time}")).format(
                time=h.time(item.created_at)))
            + pending, s.field))

        words = item.guest_words
        if len(words) > WORDS_LIMIT:
            words = words[:WORDS_LIMIT] + "… " + _tr(QT_TRANSLATE_NOOP(
                "HandoverPdf", "(full text in VIP Desk, item #{number})")).format(number=number)
        if words.strip():
            style = s.words_rtl if text.is_rtl(words) else s.words
            flow.append(Paragraph(markup_lines(words, self.width - 22, size=style.fontSize), style))
        expects = item.guest_expects[:WORDS_LIMIT]
        if expects.strip():
            flow.append(Paragraph(_caption(QT_TRANSLATE_NOOP("HandoverPdf", "Expects")) + " "
                                  + markup_lines(
                expects, self.width - 60, size=s.field.fontSize), s.field))
        flow.append(Spacer(1, 4))
        return flow

    # -- tables --------------------------------------------------------------------------------

    def _cell(self, value: str, width: float) -> Any:
        """A plain string when the body font prints it on one line, else a wrapping Paragraph."""
        if len(value) > CELL_LIMIT:
            value = value[:CELL_LIMIT] + "…"
        style = self.s.cell
        primary = style.fontName
        if (text.clean(value) == value and not text.needs_bidi(value)
                and all(fonts.font_covers(primary, ch) for ch in value)
                and stringWidth(value, primary, style.fontSize) <= width - 6):
            return value
        return Paragraph(markup_lines(value, width - 6, size=style.fontSize), style)

    def _table(self, header: Sequence[str], rows: list[list[str]],
               fractions: Sequence[float]) -> Table:
        widths = [self.width * f for f in fractions]
        data = [[_tr(word) for word in header]] + [
            [self._cell(v, w) for v, w in zip(row, widths, strict=True)] for row in rows]
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), body_font(), 8),
            ("FONT", (0, 0), (-1, 0), body_font(bold=True), 8),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        return table

    def _work_orders(self) -> list[Flowable]:
        rows: Sequence[PendingWorkOrder] = self.h.data.pending_work_orders
        h = self.h
        out: list[Flowable] = [self._heading(
            QT_TRANSLATE_NOOP("HandoverPdf", "Pending work orders"), len(rows))]
        if not rows:
            return [*out, self._none(QT_TRANSLATE_NOOP("HandoverPdf", "No work orders pending."))]
        order = _tr(QT_TRANSLATE_NOOP("HandoverPdf", "#{order} (item #{item})"))
        return [*out, self._table(
            [QT_TRANSLATE_NOOP("HandoverPdf", "Order"),
             QT_TRANSLATE_NOOP("HandoverPdf", "Department"),
             QT_TRANSLATE_NOOP("HandoverPdf", "What to do"),
             QT_TRANSLATE_NOOP("HandoverPdf", "For"),
             QT_TRANSLATE_NOOP("HandoverPdf", "Since")],
            [[order.format(order=r.work_order_id, item=r.complaint_id),
              label(r.department), r.description,
              r.guest_name or DASH, h.time(r.created_at)] for r in rows],
            (0.13, 0.15, 0.41, 0.19, 0.12))]

    def _waits(self) -> list[Flowable]:
        rows: Sequence[OpenWait] = self.h.data.open_waits
        h = self.h
        out: list[Flowable] = [self._heading(
            QT_TRANSLATE_NOOP("HandoverPdf", "Guests waiting"), len(rows))]
        if not rows:
            return [*out, self._none(QT_TRANSLATE_NOOP("HandoverPdf", "Nobody is waiting."))]
        return [*out, self._table(
            [QT_TRANSLATE_NOOP("HandoverPdf", "Guest"), QT_TRANSLATE_NOOP("HandoverPdf", "Why"),
             QT_TRANSLATE_NOOP("HandoverPdf", "Wants"), QT_TRANSLATE_NOOP("HandoverPdf", "Since"),
             QT_TRANSLATE_NOOP("HandoverPdf", "Waited")],
            [[r.guest_name, label(r.reason),
              label(r.wanted_kind) if r.wanted_kind else DASH,
              h.time(r.started_at),
              format_duration(dt.timedelta(minutes=r.minutes_waiting))]
             for r in rows],
            (0.36, 0.2, 0.16, 0.14, 0.14))]

    def _guests(self) -> list[Flowable]:
        rows: Sequence[GuestInLounge] = self.h.data.guests_in_lounge
        h = self.h
        out: list[Flowable] = [self._heading(
            QT_TRANSLATE_NOOP("HandoverPdf", "Guests in the lounge"), len(rows))]
        if not rows:
            return [*out, self._none(QT_TRANSLATE_NOOP("HandoverPdf", "The lounge is empty."))]
        return [*out, self._table(
            [QT_TRANSLATE_NOOP("HandoverPdf", "Guest"), QT_TRANSLATE_NOOP("HandoverPdf", "Party"),
             QT_TRANSLATE_NOOP("HandoverPdf", "Space"), QT_TRANSLATE_NOOP("HandoverPdf", "Flight"),
             QT_TRANSLATE_NOOP("HandoverPdf", "Boards"),
             QT_TRANSLATE_NOOP("HandoverPdf", "Attendant"),
             QT_TRANSLATE_NOOP("HandoverPdf", "Arrived")],
            [[r.guest_name, str(r.party_size), r.space or label(r.status), r.flight or DASH,
              h.time(r.boards_at), r.attendant or DASH, h.time(r.arrived_at)] for r in rows],
            (0.27, 0.07, 0.15, 0.1, 0.1, 0.19, 0.12))]

    # -- the diary -----------------------------------------------------------------------------

    def _diary(self) -> list[Flowable]:
        rows: Sequence[DiaryLine] = self.h.data.diary
        out: list[Flowable] = [self._heading(QT_TRANSLATE_NOOP("HandoverPdf", "Diary"), len(rows))]
        if not rows:
            return [*out, self._none(QT_TRANSLATE_NOOP("HandoverPdf",
                                                       "No diary entries this shift."))]
        for row in rows:
            out.append(Paragraph(
                f"<b>{text.escape(self.h.time(row.at))}</b>&nbsp;&nbsp;"
                f"{markup(row.staff)}: "
                + markup_lines(row.text, self.width - 70,
                               size=self.s.diary.fontSize),
                self.s.diary))
        return out


# --- page furniture ---------------------------------------------------------------------------

class _Furniture:
    """Lounge and shift on top of every page, the privacy line at the bottom."""

    def __init__(self, handover: _Handover) -> None:
        h = handover
        self.title = Paragraph(
            f"{markup(h.data.lounge, bold=True)} · {text.escape(h.data.airport)}",
            ParagraphStyle("lounge", fontName=body_font(bold=True), fontSize=10.5, leading=13,
                           textColor=ACCENT))
        self.shift = Paragraph(
            f"{text.escape(_tr(TITLE))} · {markup(h.data.staff)} · {text.escape(h.shift_day())} "
            f"({text.escape(h.zone.key)})",
            ParagraphStyle("shift", fontName=body_font(), fontSize=8, leading=10, textColor=MUTED))
        self.footer = _tr(FOOTER)

    def draw(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        top = height - MARGIN
        canvas.saveState()
        for paragraph, y in ((self.title, top), (self.shift, top - 13)):
            _, used = paragraph.wrapOn(canvas, (width - 2 * MARGIN) * 0.8, 30)
            paragraph.drawOn(canvas, MARGIN, y - used)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, top - HEADER_HEIGHT + 4, width - MARGIN, top - HEADER_HEIGHT + 4)
        canvas.setFont(body_font(), 6.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN + 1, self.footer)
        canvas.restoreState()

