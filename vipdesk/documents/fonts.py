"""The fonts that printed documents embed, and which of them prints which character.

No single free TrueType font covers every name a lounge sees, so each text style
has a fallback chain: a Latin face first, then Arabic, Hebrew, CJK and a symbols
face. ``vipdesk.documents.text.rich`` cuts text into runs and gives each run the
first font in the chain that has its glyphs (so nothing prints as a box).

reportlab can only embed TrueType-outline fonts (``glyf``), hence WenQuanYi Micro
Hei for CJK rather than the CFF Noto CJK. Fonts are registered on first use, once
per process, never at import time. Sources and licences: ``resources/fonts/README.md``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from vipdesk.resources_path import resource_path

SANS = "sans"
SANS_BOLD = "sans-bold"
SERIF = "serif"
# A Chinese document prints all its text in the CJK face, Latin letters and figures too.
SANS_CJK = "sans-cjk"
SANS_CJK_BOLD = "sans-cjk-bold"
MONO = "mono"


@dataclass(frozen=True)
class _Face:
    file: str
    subfont_index: int = 0


_FACES: dict[str, _Face] = {
    "VipDesk-Sans": _Face("NotoSans-Regular.ttf"),
    "VipDesk-Sans-Bold": _Face("NotoSans-Bold.ttf"),
    "VipDesk-Serif": _Face("NotoSerif-Regular.ttf"),
    "VipDesk-Mono": _Face("NotoSansMono-Regular.ttf"),
    "VipDesk-Arabic": _Face("NotoSansArabic-Regular.ttf"),
    "VipDesk-Arabic-Bold": _Face("NotoSansArabic-Bold.ttf"),
    "VipDesk-Arabic-Serif": _Face("NotoNaskhArabic-Regular.ttf"),
    "VipDesk-Hebrew": _Face("NotoSansHebrew-Regular.ttf"),
    "VipDesk-Hebrew-Bold": _Face("NotoSansHebrew-Bold.ttf"),
    "VipDesk-Hebrew-Serif": _Face("NotoSerifHebrew-Regular.ttf"),
    "VipDesk-CJK": _Face("wqy-microhei.ttc", subfont_index=0),
    "VipDesk-Symbols": _Face("DejaVuSans.ttf"),
    "VipDesk-Symbols-Bold": _Face("DejaVuSans-Bold.ttf"),
}

# Bold counterpart of each face, so that ``<b>`` around rich text still finds glyphs.
_BOLD: dict[str, str] = {
    "VipDesk-Sans": "VipDesk-Sans-Bold",
    "VipDesk-Arabic": "VipDesk-Arabic-Bold",
    "VipDesk-Hebrew": "VipDesk-Hebrew-Bold",
    "VipDesk-Symbols": "VipDesk-Symbols-Bold",
}

FALLBACK_CHAINS: dict[str, tuple[str, ...]] = {
    SANS: ("VipDesk-Sans", "VipDesk-Arabic", "VipDesk-Hebrew", "VipDesk-CJK", "VipDesk-Symbols"),
    SANS_BOLD: (
        "VipDesk-Sans-Bold",
        "VipDesk-Arabic-Bold",
        "VipDesk-Hebrew-Bold",
        "VipDesk-CJK",
        "VipDesk-Symbols-Bold",
    ),
    SANS_CJK: ("VipDesk-CJK", "VipDesk-Sans", "VipDesk-Arabic", "VipDesk-Hebrew",
               "VipDesk-Symbols"),
    SANS_CJK_BOLD: ("VipDesk-CJK", "VipDesk-Sans-Bold", "VipDesk-Arabic-Bold",
                    "VipDesk-Hebrew-Bold", "VipDesk-Symbols-Bold"),
    SERIF: (
        "VipDesk-Serif",
        "VipDesk-Arabic-Serif",
        "VipDesk-Hebrew-Serif",
        "VipDesk-CJK",
        "VipDesk-Symbols",
    ),
    MONO: (
        "VipDesk-Mono",
        "VipDesk-Sans",
        "VipDesk-Arabic",
        "VipDesk-Hebrew",
        "VipDesk-CJK",
        "VipDesk-Symbols",
    ),
}


@functools.cache
def register_fonts() -> None:
    """Register every face with reportlab (once; later calls return at once), before any
    document is made, and set reportlab's one process-wide option we change: streams
    compressed but not also ASCII85-encoded (pure Python here, a quarter more bytes, the
    largest fixed cost of a small report; a PDF holds binary streams as well as any). Set
    once for every document, so no two builds on two threads see it differently."""
    rl_config.useA85 = 0
    for name, face in _FACES.items():
        path = resource_path("fonts", face.file)
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=face.subfont_index))
    for name in _FACES:
        bold = _BOLD.get(name, name)
        pdfmetrics.registerFontFamily(
            name, normal=name, bold=bold, italic=name, boldItalic=bold
        )


def fallback_chain(style: str) -> tuple[str, ...]:
    """The registered font names for ``style`` (SANS, SANS_BOLD, SERIF, MONO), best first."""
    register_fonts()
    try:
        return FALLBACK_CHAINS[style]
    except KeyError:
        raise ValueError(
            f"unknown text style {style!r}; use one of {sorted(FALLBACK_CHAINS)}") from None


def primary_font(style: str) -> str:
    """The font a ParagraphStyle of ``style`` should name as its ``fontName``."""
    return fallback_chain(style)[0]


@functools.cache
def _cmap(font_name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, TTFont):
        raise ValueError(f"{font_name!r} is not one of the desk's TrueType fonts")
    return frozenset(font.face.charToGlyph)


def font_covers(font_name: str, char: str) -> bool:
    """Whether the registered font has a glyph for ``char`` (one code point)."""
    return ord(char) in _cmap(font_name)


@functools.lru_cache(maxsize=8192)
def font_for(char: str, style: str) -> str | None:
    """The first font of the style's chain with a glyph for ``char``, or None if none has one."""
    for name in fallback_chain(style):
        if font_covers(name, char):
            return name
    return None


def uncovered(text: str, style: str = SANS) -> set[str]:
    """The characters of ``text`` that no font of the style's chain can print."""
    return {char for char in text if font_for(char, style) is None}
