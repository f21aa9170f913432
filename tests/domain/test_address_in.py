"""Forms of address in the card's language (issue 13): Chinese title after the name, in
Chinese; Danish "hr."/"fru" before the surname; the name in its own order."""

from __future__ import annotations

import pytest

from tests.helpers.shared_data import naughty_strings
from vipdesk.domain.names import address_in


@pytest.mark.parametrize(("text_language", "title", "given", "surname", "guest", "expected"), [
    ("zh", "MR", "晓明", "王", "zh", "王晓明先生"),
    ("zh_CN", "MR", "晓明", "王", None, "王晓明先生"),  # written in Chinese: family first
    ("zh", "MR", "", "王", "zh", "王先生"),
    ("zh", "MS", "LI", "CHEN", "zh", "Chen Li 女士"),  # a Chinese guest's Latin name
    ("zh", "MS", "FREJA", "NIELSEN", "da", "Freja Nielsen 女士"),  # her own order
    ("zh", "DR", "晓明", "王", "zh", "王晓明博士"),
    ("zh", "MRS", "丽", "陈", "zh", "陈丽夫人"),
    ("zh", "MISS", "丽", "陈", "zh", "陈丽小姐"),
    ("zh", "MSTR", "晓明", "王", "zh", "王晓明"),  # no "Master" in Chinese
    ("zh", "", "晓明", "王", "zh", "王晓明"),  # never a guessed title
    ("zh", "XYZ", "Freja", "Nielsen", "da", "Freja Nielsen"),
    ("da", "MR", "LARS", "HANSEN", "da", "hr. Hansen"),
    ("da-DK", "MS", "Freja", "Nielsen", "da", "fru Nielsen"),
    ("da", "MRS", "Freja", "Nielsen", "da", "fru Nielsen"),
    ("da", "DR", "Lars", "Hansen", "da", "dr. Hansen"),
    ("da", "", "Lars", "Hansen", "da", "Lars Hansen"),
    ("da", "MSTR", "Lars", "Hansen", "da", "Lars Hansen"),
    ("da", "MR", "XIAOMING", "WANG", "zh", "hr. Wang"),
    ("en", "MR", "XIAOMING", "WANG", "zh", "Mr Wang Xiaoming"),  # English: as before
    ("en", "MS", "Freja", "Nielsen", "da", "Ms Freja Nielsen"),
    ("de", "MS", "Freja", "Nielsen", "da", "Ms Freja Nielsen"),
    (None, "MS", "Freja", "Nielsen", "da", "Ms Freja Nielsen"),
])
def test_address_in(text_language: str | None, title: str, given: str, surname: str,
                    guest: str | None, expected: str) -> None:
    assert address_in(text_language, title, given, surname, guest) == expected


def test_no_english_title_inside_chinese() -> None:
    for title in ("MR", "MRS", "MS", "MISS", "MSTR", "DR", "PROF", "REV", "SIR", "LADY",
                  "LORD", "CAPT"):
        written = address_in("zh", title, "晓明", "王", "zh")
        assert written.isascii() is False
        assert not any(ch.isascii() and ch.isalpha() for ch in written), written


def test_naughty_strings_never_crash() -> None:
    for text in naughty_strings()[:300]:
        for language in ("zh", "da", "en"):
            assert isinstance(address_in(language, text[:20], text, text, language), str)


@pytest.mark.parametrize(("language", "title", "given", "surname", "greeting"), [
    ("zh", "MR", "晓明", "王", "尊敬的王晓明先生，欢迎光临"),
    ("zh", "MR", "XIAOMING", "WANG", "尊敬的 Wang Xiaoming 先生，欢迎光临"),
    ("da", "MR", "LARS", "HANSEN", "Kære hr. Hansen"),
    ("en", "MR", "XIAOMING", "WANG", "Welcome, Mr Wang Xiaoming"),
])
def test_the_printed_card_greets_in_its_language(language: str, title: str, given: str,
                                                 surname: str, greeting: str) -> None:
    """What the guest reads on the card itself, read back from the PDF."""
    import dataclasses
    import io
    import unicodedata

    import pypdf

    from tests.documents.test_welcome_card import CARDS
    from vipdesk.documents.welcome_card import render_welcome_card
    data = dataclasses.replace(CARDS["en"], language=language,
                               form_of_address=address_in(language, title, given, surname, "zh"))
    raw = pypdf.PdfReader(io.BytesIO(render_welcome_card(data))).pages[0].extract_text()
    words = "".join(unicodedata.normalize("NFKC", raw).split())
    assert "".join(unicodedata.normalize("NFKC", greeting).split()) in words
    assert "Mr" not in words or language == "en"
