"""The welcome card handed to a guest: greeting by name, space, host, flight, Wi-Fi.

The document layer takes a plain ``WelcomeCardData`` (no database models), so the
card can be rendered from a preview, a test or a service alike. The layout scales
with the page width from the A6 design; anything too long shrinks, then wraps, and a
whole block shrinks to fit as a last resort, so no text ever runs off the card.
"""

from __future__ import annotations

import functools
import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5, A6, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from vipdesk.documents.fonts import MONO, SANS, SANS_BOLD, SERIF, primary_font
from vipdesk.documents.greetings import CardTexts, card_texts
from vipdesk.documents.text import rich, rich_lines

PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A6": A6,
    "A5": A5,
    "A4": A4,
    "Letter": letter,
    "4x6in": (4 * inch, 6 * inch),
}
DEFAULT_PAGE_SIZE = "A6"

Alignment = Literal[0, 1, 2, 4]  # TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY

# The largest payload reportlab's QR encoder fits at error-correction level M
# (version 40, byte mode), measured; real SSIDs (32 bytes) and WPA keys (63) are far below.
QR_MAX_BYTES = 2213

# A name up to this long is kept on one line of the greeting (it wraps after the
# salutation instead: "Welcome," / "Ms Chen Li"); a longer one wraps where it must.
KEEP_NAME_TOGETHER_UP_TO = 40

_INK = colors.HexColor("#1d2733")
_MUTED = colors.HexColor("#6b7280")
_ACCENT = colors.HexColor("#8a6a36")
_RULE = colors.HexColor("#d9d4c7")
_PANEL = colors.HexColor("#f5f2ea")


@dataclass(frozen=True)
class WelcomeCardData:
    """What one card says; times already formatted in the lounge's time zone."""

    lounge_name: str
    form_of_address: str  # "Ms Chen Li"
    language: str  # "en", "zh", "da", "de", "ar"; unknown languages get English
    space_name: str
    attendant_name: str | None
    wifi_network: str
    wifi_password: str
    flight: str | None = None  # "SK 1234 to LHR"
    boarding_time: str | None = None  # "10:45"
    gate: str | None = None


def wifi_qr_payload(network: str, password: str) -> str:
    """The ``WIFI:`` string phones read to join a network (the de facto ZXing format).

    ``\\ ; , : "`` are escaped with a backslash; no password means an open network.
    """

    def quote(value: str) -> str:
        for char in ("\\", ";", ",", ":", '"'):
            value = value.replace(char, "\\" + char)
        return value

    if not password:
        return f"WIFI:T:nopass;S:{quote(network)};;"
    return f"WIFI:T:WPA;S:{quote(network)};P:{quote(password)};;"


def render_welcome_card(
    data: WelcomeCardData, *, page_size: str = DEFAULT_PAGE_SIZE, invariant: bool = False
) -> bytes:
    """The card as PDF bytes, one page of ``page_size`` (a key of ``PAGE_SIZES``).

    ``invariant`` makes the bytes reproducible (no time stamp, fixed ids), for tests.
    """
    try:
        width, height = PAGE_SIZES[page_size]
    except KeyError:
        raise ValueError(
            f"unknown page size {page_size!r}; use one of {list(PAGE_SIZES)}") from None
    texts = card_texts(data.language)
    layout = _Layout(width, height)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=int(invariant), pageCompression=1)
    canvas.setTitle("Welcome card")
    canvas.setAuthor("VIP Desk")
    panel_top = layout.margin
    if data.wifi_network or data.wifi_password:
        panel_top = _draw_wifi_panel(canvas, layout, data, texts)
    _draw_main_block(canvas, layout, data, texts, bottom=panel_top)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class _Layout:
    """Sizes of the A6 design, scaled to the page width."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height
        self.k = width / A6[0]
        self.margin = 11 * mm * self.k
        self.inner_width = width - 2 * self.margin

    def pt(self, value: float) -> float:
        return value * self.k


def _style(
    family: str, size: float, *, color: colors.Color = _INK, align: Alignment = TA_LEFT
) -> ParagraphStyle:
    return ParagraphStyle(
        f"card-{family}-{size:g}",
        fontName=primary_font(family),
        fontSize=size,
        leading=size * 1.22,
        textColor=color,
        alignment=align,
    )


def _label(text: str, size: float, *, rtl: bool, align: Alignment) -> Paragraph:
    """A muted small-caps label ("SPACE", "PASSWORD") in the card's language."""
    return Paragraph(
        rich(text, SANS, rtl=rtl, small_caps_size=size * 0.85),
        _style(SANS, size, color=_MUTED, align=align),
    )


def _fitted(
    text: str,
    family: str,
    *,
    width: float,
    max_size: float,
    min_size: float,
    max_lines: int,
    color: colors.Color = _INK,
    align: Alignment = TA_LEFT,
    rtl: bool | None = None,
) -> Paragraph:
    """A paragraph at the largest size (down to ``min_size``) that fits ``max_lines``.

    Below the minimum the text wraps onto more lines rather than getting unreadable.
    """
    size = max_size
    while True:
        style = _style(family, size, color=color, align=align)
        markup = rich_lines(text, family, font_size=size, width=width, rtl=rtl)
        paragraph = Paragraph(markup, style)
        _, used = paragraph.wrap(width, 1e6)
        fits = used <= max_lines * style.leading + 0.01 and paragraph.minWidth() <= width
        if fits or size <= min_size:
            return paragraph
        size = max(min_size, size - 0.5)


def _draw_main_block(
    canvas: Canvas, layout: _Layout, data: WelcomeCardData, texts: CardTexts, *, bottom: float
) -> None:
    """Lounge name, greeting, wish and details, from the top margin down to ``bottom``.

    Room to spare is shared out between above the greeting and below the details,
    so a short card does not huddle at the top.
    """
    width = layout.inner_width
    head, body = _head(layout, data), _body(layout, data, texts)
    top = layout.height - layout.margin
    gap = layout.pt(8)
    frame_height = max(top - bottom - gap, layout.pt(20))
    _, used = KeepInFrame(width, frame_height, head + body, mode="shrink").wrapOn(
        canvas, width, frame_height
    )
    spare = max(0.0, frame_height - used)
    flowables = [*head, Spacer(1, spare * 0.35), *body]
    frame = Frame(
        layout.margin,
        top - frame_height,
        width,
        frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    frame.addFromList([KeepInFrame(width, frame_height, flowables, mode="shrink")], canvas)


def _head(layout: _Layout, data: WelcomeCardData) -> list[Flowable]:
    """The lounge's name in small capitals over a short rule."""
    pt = layout.pt
    width = layout.inner_width
    return [
        Paragraph(
            rich_lines(
                data.lounge_name, SANS_BOLD, font_size=pt(9.5), width=width,
                small_caps_size=pt(7.6),
            ),
            _style(SANS_BOLD, pt(9.5), color=_ACCENT, align=TA_CENTER),
        ),
        Spacer(1, pt(5)),
        HRFlowable(width="16%", thickness=pt(0.8), color=_ACCENT, hAlign="CENTER"),
    ]


def _body(layout: _Layout, data: WelcomeCardData, texts: CardTexts) -> list[Flowable]:
    """The greeting, fitted to at most three lines, the wish and the details table."""
    pt = layout.pt
    width = layout.inner_width
    body: list[Flowable] = [
        Spacer(1, pt(14)),
        _fitted(
            texts.greet(_keep_together(data.form_of_address)),
            SERIF,
            width=width,
            max_size=pt(21),
            min_size=pt(11),
            max_lines=3,
            align=TA_CENTER,
            rtl=texts.rtl,
        ),
        Spacer(1, pt(6)),
        Paragraph(
            rich(texts.wish, SANS, rtl=texts.rtl),
            _style(SANS, pt(8.5), color=_MUTED, align=TA_CENTER),
        ),
        Spacer(1, pt(14)),
    ]
    rows = _detail_rows(data, texts)
    if rows:
        body.append(_details_table(layout, rows, texts.rtl))
    return body


def _keep_together(name: str) -> str:
    """``name`` with non-breaking spaces if it is short enough to stay on one line."""
    name = name.strip()
    if len(name) > KEEP_NAME_TOGETHER_UP_TO:
        return name
    return name.replace(" ", "\u00a0")


def _detail_rows(data: WelcomeCardData, texts: CardTexts) -> list[tuple[str, str]]:
    """(label, value) for each detail the card knows, in the card's order."""
    rows = [
        (texts.space, data.space_name),
        (texts.host, data.attendant_name),
        (texts.flight, data.flight),
        (texts.boarding, data.boarding_time),
        (texts.gate, data.gate),
    ]
    return [(label, value) for label, value in rows if value and value.strip()]


def _details_table(layout: _Layout, rows: Sequence[tuple[str, str]], rtl: bool) -> Table:
    """Labels in one column, values in the other; mirrored on a right-to-left card."""
    pt = layout.pt
    label_width = layout.inner_width * 0.34
    value_width = layout.inner_width - label_width
    padding = pt(4)
    align: Alignment = TA_RIGHT if rtl else TA_LEFT
    cells = []
    for label, value in rows:
        label_cell = _label(label, pt(7.8), rtl=rtl, align=align)
        value_cell = _fitted(
            value,
            SANS_BOLD,
            width=value_width - padding,
            max_size=pt(10.5),
            min_size=pt(7.5),
            max_lines=2,
            align=align,
        )
        cells.append([value_cell, label_cell] if rtl else [label_cell, value_cell])
    widths = [value_width, label_width] if rtl else [label_width, value_width]
    table = Table(cells, colWidths=widths, hAlign="CENTER")
    label_col = 1 if rtl else 0
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, -1), 0 if rtl else padding),
                ("RIGHTPADDING", (0, 0), (0, -1), padding if rtl else 0),
                ("TOPPADDING", (0, 0), (-1, -1), pt(5)),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pt(5)),
                # Labels are smaller than values: lower them onto the values' baseline.
                ("TOPPADDING", (label_col, 0), (label_col, -1), pt(7)),
                ("LINEABOVE", (0, 0), (-1, 0), pt(0.5), _RULE),
                ("LINEBELOW", (0, 0), (-1, -1), pt(0.5), _RULE),
            ]
        )
    )
    return table


def _draw_wifi_panel(
    canvas: Canvas, layout: _Layout, data: WelcomeCardData, texts: CardTexts
) -> float:
    """The Wi-Fi panel at the foot of the card, QR code beside the credentials.

    Returns the panel's top edge, where the main block must stop.
    """
    pt = layout.pt
    qr_size = pt(74)
    pad = pt(8)
    panel_height = qr_size + 2 * pad
    x, y = layout.margin, layout.margin
    width = layout.inner_width
    canvas.saveState()
    canvas.setFillColor(_PANEL)
    canvas.setStrokeColor(_PANEL)
    canvas.roundRect(x, y, width, panel_height, pt(6), stroke=0, fill=1)
    canvas.restoreState()

    payload = wifi_qr_payload(data.wifi_network, data.wifi_password)
    has_qr = len(payload.encode("utf-8")) <= QR_MAX_BYTES
    text_x = x + pad
    text_width = width - 2 * pad
    if has_qr:
        qr_x = x + width - pad - qr_size if texts.rtl else x + pad
        _draw_qr(canvas, payload, qr_x, y + pad, qr_size)
        text_width -= qr_size + pad
        if not texts.rtl:
            text_x += qr_size + pad

    align: Alignment = TA_RIGHT if texts.rtl else TA_LEFT
    flowables: list[Flowable] = []
    # The password in a monospaced face, so that l, 1, I, O and 0 can be told apart.
    for label, value, family in (
        (texts.wifi, data.wifi_network, SANS_BOLD),
        (texts.password, data.wifi_password, MONO),
    ):
        if value:
            flowables += [
                _label(label, pt(7.4), rtl=texts.rtl, align=align),
                _fitted(value, family, width=text_width, max_size=pt(10), min_size=pt(7),
                        max_lines=2, align=align),
                Spacer(1, pt(5)),
            ]
    if has_qr:
        flowables.append(
            Paragraph(
                rich(texts.scan_to_join, SANS, rtl=texts.rtl),
                _style(SANS, pt(6.8), color=_MUTED, align=align),
            )
        )
    block = KeepInFrame(text_width, qr_size, flowables, mode="shrink")
    _, used = block.wrapOn(canvas, text_width, qr_size)
    block.drawOn(canvas, text_x, y + pad + (qr_size - used) / 2)
    return y + panel_height


@functools.lru_cache(maxsize=32)
def _qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix of ``payload`` (dark is True); cached: a lounge prints the same one all day."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    return tuple(tuple(bool(module) for module in row) for row in code.modules)


def _draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code of ``payload`` on a white square of ``size`` points, quiet zone included.

    Drawn as one path of runs of dark modules: reportlab's QR widget makes a shape
    object per run, which took most of a card's rendering time.
    """
    modules = _qr_modules(payload)
    quiet = 2  # modules of white border; the panel around it is pale enough to add more
    module = size / (len(modules) + 2 * quiet)
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    path = canvas.beginPath()
    for row_index, row in enumerate(modules):
        top = y + size - (row_index + quiet) * module
        column = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                # A hair taller than a module, so no seams show between rows.
                height = module * 1.04
                path.rect(x + (column + quiet) * module, top - height, length * module, height)
            column += length
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
