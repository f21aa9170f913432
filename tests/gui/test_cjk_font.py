"""Chinese renders on a PC without CJK fonts: the desk registers the PDFs' CJK font for the
screens, and a guest's Chinese name falls back to it on an English screen too."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from vipdesk.gui.cjk_font import register_cjk_font
from vipdesk.gui.language import use_language


def glyph_fonts(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_a_chinese_name_is_drawn_with_real_glyphs(qapp: QApplication) -> None:
    assert register_cjk_font() == "WenQuanYi Micro Hei"
    assert register_cjk_font() == "WenQuanYi Micro Hei"  # once: the second call costs nothing
    runs = glyph_fonts("Mr 王晓明 · 尊敬的", QApplication.font())
    han = [(family, glyphs) for family, glyphs in runs if "wenquanyi" in family.lower()]
    assert han, runs
    assert all(0 not in glyphs for _family, glyphs in runs)  # no missing-glyph boxes


def test_switching_to_chinese_registers_it(qapp: QApplication) -> None:
    use_language("zh_CN")
    assert register_cjk_font() == "WenQuanYi Micro Hei"
