"""Untrusted text made safe and printable inside reportlab Paragraph markup.

A Paragraph's text is markup, so anything a person typed is escaped here. reportlab
draws glyphs left to right with one font per run and no OpenType shaping, so here
too: Arabic is shaped into its presentation forms (arabic-reshaper; its optional
vowel marks are left out, as without OpenType positioning they would print astray), right-to-left
runs are put in display order (python-bidi, Unicode bidi algorithm with mirroring),
and each run of characters is wrapped in ``<font name=...>`` naming the first font
of the style's fallback chain that has its glyphs (``vipdesk.documents.fonts``).
Documents use ``rich()`` (or ``rich_lines()`` for wrapping text) for every string
that came from a person, a scanner or the database.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from xml.sax.saxutils import escape as _xml_escape

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from vipdesk.documents.fonts import SANS, fallback_chain, font_covers, font_for

# Control characters print as nothing useful (and some upset the PDF text layer):
# line breaks and tabs become spaces, other controls and lone surrogates are replaced.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACE_LIKE = re.compile(r"\r\n|[\r\n\t\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

# Bidi classes that make reordering necessary: strong right-to-left letters and the
# explicit embedding and override controls (which the algorithm consumes).
_BIDI_TRIGGERS = frozenset(
    {"R", "AL", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"}
)

# The bidi implementation that mirrors brackets (python-bidi's pure-Python one) knows
# embeddings but not the newer isolates, nor characters without a bidi class
# (unassigned in this Python's Unicode database, so unprintable anyway): an isolate
# becomes the embedding closest to it (FSI guesses left-to-right), the others go.
_ISOLATES_AS_EMBEDDINGS = str.maketrans(
    {"\u2066": "\u202a", "\u2067": "\u202b", "\u2068": "\u202a", "\u2069": "\u202c"}
)

# Invisible characters that no font needs to draw; dropped when no font has them,
# rather than printed as a box.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def clean(text: str) -> str:
    """Text as it should print: NFC, line breaks as spaces, control characters removed."""
    text = _SURROGATE.sub("\ufffd", text)
    text = _SPACE_LIKE.sub(" ", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def escape(text: str) -> str:
    """``text`` cleaned and escaped for Paragraph markup (``&``, ``<``, ``>``)."""
    return _xml_escape(clean(text))


def needs_bidi(text: str) -> bool:
    """Whether ``text`` holds right-to-left script or explicit direction controls."""
    return any(unicodedata.bidirectional(char) in _BIDI_TRIGGERS for char in text)


def is_rtl(text: str) -> bool:
    """Whether ``text`` reads right to left: its first strongly directional letter is RTL."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction == "L":
            return False
        if direction in ("R", "AL"):
            return True
    return False


@functools.cache
def _reshaper() -> ArabicReshaper:
    return ArabicReshaper()


def visual_order(text: str, *, rtl: bool | None = None) -> str:
    """``text`` shaped and in the left-to-right order the PDF draws it.

    ``rtl`` forces the paragraph direction; by default the first strong letter decides.
    Text without right-to-left script is returned unchanged.
    """
    if not needs_bidi(text):
        return text
    known = "".join(char for char in text if unicodedata.bidirectional(char))
    shaped = _reshaper().reshape(known.translate(_ISOLATES_AS_EMBEDDINGS))
    base = None if rtl is None else ("R" if rtl else "L")
    return str(get_display(shaped, base_dir=base))


def _font_runs(
    text: str, style: str, small_caps_size: float | None
) -> list[tuple[str, float | None, str]]:
    """Cut display-ordered ``text`` into (font, size or None, characters) runs."""
    primary = fallback_chain(style)[0]
    pieces: list[tuple[str, float | None, str]] = []
    current = primary
    for char in text:
        size: float | None = None
        if small_caps_size is not None and char.islower():
            char, size = char.upper(), small_caps_size
        for part in char:  # str.upper() may give several characters ("ß" -> "SS")
            if (part.isspace() or unicodedata.combining(part)) and font_covers(current, part):
                font: str | None = current  # keep spaces and marks with their neighbours
            else:
                font = font_for(part, style)
            if font is None:
                if unicodedata.category(part) in _INVISIBLE_CATEGORIES:
                    continue
                font = primary  # nothing has it: print the font's "missing" box, honestly
            pieces.append((font, size, part))
            current = font
    return [
        (font, size, "".join(part for _, _, part in group))
        for (font, size), group in itertools.groupby(pieces, key=lambda p: (p[0], p[1]))
    ]


def rich(
    text: str,
    style: str = SANS,
    *,
    rtl: bool | None = None,
    small_caps_size: float | None = None,
) -> str:
    """Paragraph markup that prints ``text`` exactly, whatever its script.

    ``style`` picks the fallback chain (``fonts.SANS``, ``SANS_BOLD``, ``SERIF``,
    ``MONO``); the Paragraph's own ``fontName`` should be ``fonts.primary_font(style)``
    and its ``fontSize`` the size. ``small_caps_size`` prints lower-case letters as
    capitals of that size. Meant for one line of text or text without right-to-left
    script; for a wrapping paragraph that may hold some, use ``rich_lines``.
    """
    display = visual_order(clean(text), rtl=rtl)
    out = []
    for font, size, run in _font_runs(display, style, small_caps_size):
        size_attr = f' size="{size:g}"' if size is not None else ""
        out.append(f'<font name="{font}"{size_attr}>{_xml_escape(run)}</font>')
    return "".join(out)


def font_runs(text: str, style: str = SANS, *, rtl: bool | None = None) -> list[tuple[str, str]]:
    """(font name, characters) runs of ``text`` cleaned and in display order.

    For drawing one line straight onto a canvas (``drawString`` run after run)
    where a Paragraph would be too slow, e.g. the cells of a long table.
    """
    display = visual_order(clean(text), rtl=rtl)
    return [(font, run) for font, _, run in _font_runs(display, style, None)]


def text_width(text: str, style: str, font_size: float) -> float:
    """Width in points of ``text`` printed with ``rich(text, style)`` at ``font_size``."""
    return sum(stringWidth(run, font, font_size) for font, run in font_runs(text, style))


def rich_lines(
    text: str,
    style: str,
    *,
    font_size: float,
    width: float,
    rtl: bool | None = None,
    small_caps_size: float | None = None,
) -> str:
    """Like ``rich``, for a Paragraph ``width`` points wide that may wrap.

    Paragraph breaks lines after the text was put in display order, which would print
    the end of an Arabic or Hebrew sentence on the first line. So text that needs
    reordering is broken into lines here, in reading order, each line reordered on
    its own and joined with ``<br/>``. Other text is left to Paragraph to wrap.
    """
    cleaned = clean(text)
    if not needs_bidi(cleaned):
        return rich(cleaned, style, rtl=rtl, small_caps_size=small_caps_size)
    direction = is_rtl(cleaned) if rtl is None else rtl
    lines = _break_lines(cleaned, style, font_size, width)
    return "<br/>".join(
        rich(line, style, rtl=direction, small_caps_size=small_caps_size) for line in lines
    )


def _break_lines(text: str, style: str, font_size: float, width: float) -> list[str]:
    """Greedy line breaking in reading order; a word wider than a line is cut by character."""

    def fits(candidate: str) -> bool:
        return text_width(candidate, style, font_size) <= width

    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if fits(candidate):
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for char in word:
            if current and not fits(current + char):
                lines.append(current)
                current = ""
            current += char
    if current or not lines:
        lines.append(current)
    return lines
