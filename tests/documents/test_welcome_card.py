"""The welcome card: read back from the PDF in each language, robust to any input."""

from __future__ import annotations

import dataclasses
import io
import unicodedata

import pypdf
import pytest

from tests.helpers.shared_data import naughty_strings
from vipdesk.documents.fonts import SANS_BOLD, SERIF, font_for
from vipdesk.documents.greetings import card_texts
from vipdesk.documents.text import visual_order
from vipdesk.documents.welcome_card import (
    PAGE_SIZES,
    QR_MAX_BYTES,
    WelcomeCardData,
    render_welcome_card,
    wifi_qr_payload,
)

CARDS = {
    "en": WelcomeCardData(
        lounge_name="Nordic Lounge",
        form_of_address="Ms Chen Li",
        language="en",
        space_name="VIP Room 1",
        attendant_name="Ali",
        wifi_network="NordicLounge-Guest",
        wifi_password="welcome2026",
        flight="SK 1234 to LHR",
        boarding_time="10:45",
        gate="A12",
    ),
    "zh": WelcomeCardData(
        lounge_name="Nordic Lounge",
        form_of_address="陈丽女士",
        language="zh-Hans",
        space_name="贵宾室 2",
        attendant_name="王小明",
        wifi_network="北欧贵宾室",
        wifi_password="welcome2026",
        flight="CA 878 to PEK",
        boarding_time="11:20",
        gate="C34",
    ),
    "da": WelcomeCardData(
        lounge_name="Nordisk Lounge",
        form_of_address="Hr. Søren Ærø-Åberg",
        language="da",
        space_name="Boks 3",
        attendant_name="Åse Jørgensen",
        wifi_network="Lounge-Gæst",
        wifi_password="blåbær-2026",
        flight="SK 1415 til AAL",
        boarding_time="09:05",
        gate="B7",
    ),
    "ar": WelcomeCardData(
        lounge_name="Nordic Lounge",
        form_of_address="السيد محمد بن سلمان",
        language="ar",
        space_name="VIP Room 2",
        attendant_name="علي",
        wifi_network="NordicLounge-Guest",
        wifi_password="welcome2026",
        flight="QR 160 to DOH",
        boarding_time="14:30",
        gate="A4",
    ),
}


def page_text(pdf: bytes) -> str:
    """The card's text as a reader sees it: letters folded (Arabic presentation forms
    to plain letters), whitespace collapsed, so wrapped lines read as one."""
    raw = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def card(**changes: object) -> WelcomeCardData:
    return dataclasses.replace(CARDS["en"], **changes)


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return {language: render_welcome_card(data, invariant=True) for language, data in CARDS.items()}


@pytest.mark.parametrize("language", CARDS)
def test_card_reads_back_everything_in_the_guests_language(
    rendered: dict[str, bytes], language: str
) -> None:
    data = CARDS[language]
    texts = card_texts(data.language)
    text = page_text(rendered[language])
    assert folded(texts.greet(data.form_of_address)) in text
    for value in (
        data.form_of_address,
        data.space_name,
        data.attendant_name,
        data.wifi_network,
        data.wifi_password,
        data.flight,
        data.boarding_time,
        data.gate,
    ):
        assert value is not None
        assert folded(value) in text
    for label in (texts.space, texts.host, texts.flight, texts.boarding, texts.gate):
        assert folded(label).upper() in text.upper()
    for label in (texts.wifi, texts.password, texts.scan_to_join, texts.wish):
        # pypdf moves the full stop of a right-to-left sentence to its front.
        assert folded(label).strip(".").upper() in text.upper()
    assert data.lounge_name.upper() in text.upper()


def test_greetings_by_language() -> None:
    assert card_texts("en").greet("Ms Chen Li") == "Welcome, Ms Chen Li"
    assert card_texts("zh").greet("陈丽女士") == "尊敬的陈丽女士，欢迎光临"
    assert card_texts("zh_CN").greet("Ms Chen Li") == "尊敬的 Ms Chen Li，欢迎光临"
    assert card_texts("da-DK").greet("hr. Jensen") == "Kære hr. Jensen"  # issue 13
    assert card_texts("DE").greet("Frau Weiß") == "Herzlich willkommen, Frau Weiß"
    assert card_texts("ar").rtl
    assert card_texts("tlh").greet("Worf") == "Welcome, Worf"  # unknown: English
    assert card_texts("en").greet("  ") == "Welcome"


@pytest.mark.parametrize("language", CARDS)
def test_fonts_embedded_in_the_card_have_every_character_of_the_name(
    rendered: dict[str, bytes], language: str
) -> None:
    reader = pypdf.PdfReader(io.BytesIO(rendered[language]))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = {str(font.get_object()["/BaseFont"]).split("+")[-1] for font in fonts.values()}
    postscript = {
        "VipDesk-Serif": "NotoSerif-Regular",
        "VipDesk-Sans-Bold": "NotoSans-Bold",
        "VipDesk-CJK": "WenQuanYiMicroHei",
        "VipDesk-Arabic-Serif": "NotoNaskhArabic-Regular",
        "VipDesk-Arabic-Bold": "NotoSansArabic-Bold",
    }
    data = CARDS[language]
    for value, style in ((data.form_of_address, SERIF), (data.attendant_name or "", SANS_BOLD)):
        for char in visual_order(value).replace(" ", ""):
            font = font_for(char, style)
            assert font is not None, f"no font has {char!r}"
            assert any(name.startswith(postscript[font]) for name in embedded), (char, font)


def test_optional_details_are_left_out_when_unknown() -> None:
    pdf = render_welcome_card(card(attendant_name=None, flight=None, boarding_time=None, gate=None))
    text = page_text(pdf)
    assert "VIP Room 1" in text
    for label in ("HOST", "FLIGHT", "BOARDING", "GATE"):
        assert label not in text.upper().replace("WELCOME", "")


def test_qr_payload_escapes_the_special_characters() -> None:
    assert wifi_qr_payload("Lounge", "pass") == "WIFI:T:WPA;S:Lounge;P:pass;;"
    assert (
        wifi_qr_payload('a\\b;c,d:e"f', 'p;w,d:"\\')
        == 'WIFI:T:WPA;S:a\\\\b\\;c\\,d\\:e\\"f;P:p\\;w\\,d\\:\\"\\\\;;'
    )
    assert wifi_qr_payload("Open Lounge", "") == "WIFI:T:nopass;S:Open Lounge;;"


def test_wifi_too_long_for_a_qr_code_still_prints_without_one() -> None:
    network = "N" * (QR_MAX_BYTES + 1)
    text = page_text(render_welcome_card(card(wifi_network=network)))
    assert "Scan to join" not in text
    assert "welcome2026" in text
    assert "Scan to join" in page_text(render_welcome_card(card()))


def test_invariant_cards_are_byte_for_byte_identical() -> None:
    assert render_welcome_card(CARDS["zh"], invariant=True) == render_welcome_card(
        CARDS["zh"], invariant=True
    )


@pytest.mark.parametrize("page_size", PAGE_SIZES)
def test_every_page_size_renders_one_page_of_that_size(page_size: str) -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_welcome_card(CARDS["da"], page_size=page_size)))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(PAGE_SIZES[page_size], abs=0.01)
    assert "Søren Ærø-Åberg" in page_text(render_welcome_card(CARDS["da"], page_size=page_size))


def test_unknown_page_size_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="unknown page size 'B5'"):
        render_welcome_card(CARDS["en"], page_size="B5")


def test_a_200_character_name_is_all_on_the_card() -> None:
    name = "Ms " + " ".join(["Wolfeschlegelsteinhausenbergerdorff"] * 6)[:197]
    assert len(name) == 200
    for language in ("en", "zh", "da"):
        pdf = render_welcome_card(card(form_of_address=name, language=language))
        assert name in page_text(pdf)
    # In an Arabic sentence the Latin name reads back in pieces, but all of it is there.
    text = page_text(render_welcome_card(card(form_of_address=name, language="ar"))).split()
    assert all(word in text for word in name.split())


def test_markup_in_any_field_is_printed_not_obeyed() -> None:
    evil = '<font color="red">Bob</font> &amp; <b>'
    pdf = render_welcome_card(
        card(form_of_address=evil, space_name=evil, attendant_name=evil, wifi_network=evil)
    )
    assert page_text(pdf).count('<font color="red">Bob</font> &amp; <b>') >= 3


def blns() -> list[str]:
    return naughty_strings()


@pytest.mark.parametrize("language", ["en", "zh", "ar"])
def test_every_50th_naughty_string_in_every_field_builds_a_card(language: str) -> None:
    for text in blns()[::50]:
        data = WelcomeCardData(
            lounge_name=text,
            form_of_address=text,
            language=language,
            space_name=text,
            attendant_name=text,
            wifi_network=text,
            wifi_password=text,
            flight=text,
            boarding_time=text,
            gate=text,
        )
        assert render_welcome_card(data).startswith(b"%PDF-")


def test_every_naughty_string_as_the_name_builds_a_card() -> None:
    # Ten strings to a card keeps this fast; each still goes through the whole card.
    strings = blns()
    for start in range(0, len(strings), 10):
        name = " ".join(strings[start : start + 10])
        assert render_welcome_card(card(form_of_address=name)).startswith(b"%PDF-")
