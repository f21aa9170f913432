"""Fonts for printed documents: every script a guest's name may be in has glyphs."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from tests.conftest import REPO
from vipdesk.documents import fonts
from vipdesk.documents.fonts import MONO, SANS, SANS_BOLD, SERIF, font_for, uncovered
from vipdesk.documents.text import clean, escape, is_rtl, rich, rich_lines, visual_order
from vipdesk.resources_path import resource_path

NAMES = {
    "danish": "Søren Ærø-Åberg, Ålborg, Jørgensen",
    "german": "Jürgen Groß-Weißmüller",
    "polish_czech": "Łukasz Żółć, Dvořák Šťěpán",
    "chinese": "陈丽女士 王小明",
    "japanese": "やまだ たろう 山田太郎 カタカナ",
    "korean": "김민준",
    "arabic": "السيد محمد بن سلمان",
    "hebrew": "שלום כהן",
    "greek_cyrillic": "Παπαδόπουλος Иванов",
    "vietnamese": "Nguyễn Thị Minh Khai",
}


@pytest.mark.parametrize("style", [SANS, SANS_BOLD, SERIF, MONO])
@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
def test_every_character_of_these_names_has_a_glyph(name: str, style: str) -> None:
    # Arabic prints as presentation forms, so check the characters actually drawn.
    assert uncovered(name, style) == set()
    assert uncovered(visual_order(name), style) == set()


def test_each_script_goes_to_the_font_made_for_it() -> None:
    assert font_for("a", SANS) == "VipDesk-Sans"
    assert font_for("ø", SANS) == "VipDesk-Sans"
    assert font_for("陈", SANS) == "VipDesk-CJK"
    assert font_for("，", SANS) == "VipDesk-CJK"
    assert font_for("ﻣ", SANS) == "VipDesk-Arabic"  # an Arabic presentation form
    assert font_for("ש", SANS) == "VipDesk-Hebrew"
    assert font_for("ø", SANS_BOLD) == "VipDesk-Sans-Bold"
    assert font_for("∑", SANS) is not None


def test_font_files_are_there_with_their_licences() -> None:
    readme = resource_path("fonts", "README.md").read_text(encoding="utf-8")
    for face in fonts._FACES.values():
        assert resource_path("fonts", face.file).is_file()
        assert f"`{face.file}`" in readme
    for licence in ("LICENSE-Noto.txt", "LICENSE-DejaVu.txt", "LICENSE-WenQuanYi.txt",
                    "LICENSE-Apache-2.0.txt"):
        assert resource_path("fonts", licence).is_file()
        assert licence in readme


def test_resources_are_found_in_the_checkout() -> None:
    assert resource_path("fonts") == REPO / "resources" / "fonts"


def test_importing_the_fonts_module_registers_nothing() -> None:
    code = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "import vipdesk.documents.fonts, vipdesk.documents.welcome_card\n"
        "assert 'VipDesk-Sans' not in pdfmetrics.getRegisteredFontNames()\n"
        "vipdesk.documents.fonts.register_fonts()\n"
        "assert 'VipDesk-Sans' in pdfmetrics.getRegisteredFontNames()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_unknown_style_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="unknown text style 'fancy'"):
        fonts.fallback_chain("fancy")


def test_markup_is_escaped() -> None:
    markup = rich('<b>Bob</b> & <font name="x">"Alice"</font>')
    assert "<b>" not in markup
    assert "&lt;b&gt;Bob&lt;/b&gt; &amp; &lt;font" in markup
    assert escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"


def test_runs_of_each_script_are_wrapped_in_their_font() -> None:
    markup = rich("Ms 陈丽")
    assert markup == '<font name="VipDesk-Sans">Ms </font><font name="VipDesk-CJK">陈丽</font>'


def test_small_caps_print_lower_case_as_smaller_capitals() -> None:
    markup = rich("Nordic", SANS_BOLD, small_caps_size=7.5)
    assert markup == (
        '<font name="VipDesk-Sans-Bold">N</font>'
        '<font name="VipDesk-Sans-Bold" size="7.5">ORDIC</font>'
    )


def test_clean_removes_controls_and_keeps_the_words() -> None:
    assert clean("Ann\r\nLee\tX\x00\x07\x1b") == "Ann Lee X"
    assert clean("e\u0301") == "é"
    assert clean("\ud800x") == "\ufffdx"


def test_arabic_is_shaped_and_put_in_display_order() -> None:
    name = "محمد بن سلمان"
    display = visual_order(name)
    assert display != name
    assert all("\ufe70" <= char <= "\ufeff" or char == " " for char in display)
    # Read right to left and folded back to plain letters, it is the name again.
    assert unicodedata.normalize("NFKC", display[::-1]) == name


def test_brackets_are_mirrored_in_right_to_left_text() -> None:
    assert visual_order("(שלום) [x]") == "[x] (םולש)"


def test_direction_follows_the_first_strong_letter() -> None:
    assert is_rtl("«محمد» Smith")
    assert not is_rtl("123 Smith محمد")


def test_wrapped_arabic_starts_with_its_first_words() -> None:
    text = "أهلا وسهلا السيد محمد بن سلمان"
    markup = rich_lines(text, SANS, font_size=12, width=60)
    lines = markup.split("<br/>")
    assert len(lines) > 2
    first_line = Paragraph(lines[0], ParagraphStyle("x", fontName="VipDesk-Sans")).getPlainText()
    assert unicodedata.normalize("NFKC", first_line[::-1]).startswith("أهلا")


def test_a_long_word_is_cut_to_the_width() -> None:
    markup = rich_lines("ש" * 200, SANS, font_size=12, width=80)
    assert markup.count("<br/>") >= 5


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=60), rtl=st.sampled_from([None, True, False]))
def test_any_text_becomes_markup_a_paragraph_can_draw(text: str, rtl: bool | None) -> None:
    style = ParagraphStyle("x", fontName=fonts.primary_font(SANS), fontSize=10)
    for markup in (rich(text, rtl=rtl), rich_lines(text, SANS, font_size=10, width=100, rtl=rtl)):
        paragraph = Paragraph(markup, style)
        paragraph.wrapOn(Canvas(None), 100, 1000)
        paragraph.drawOn(Canvas(None), 0, 0)
