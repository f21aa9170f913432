"""How the desk writes a guest's name: "Ms Chen Li", never "CHEN/LIMS"."""

from __future__ import annotations

import pytest

from tests.helpers.shared_data import naughty_strings
from vipdesk.domain.names import form_of_address, full_name, short_address, tidy_name, title_for


@pytest.mark.parametrize(("code", "title"), [
    ("MR", "Mr"), ("MRS", "Mrs"), ("MS", "Ms"), ("MISS", "Miss"), ("MSTR", "Master"),
    ("DR", "Dr"), ("dr.", "Dr"), ("PROF", "Prof"), ("Ms", "Ms"), ("", ""), (None, ""),
    ("XYZ", ""),
])
def test_titles_from_the_pass(code: str | None, title: str) -> None:
    assert title_for(code) == title


@pytest.mark.parametrize(("scanned", "written"), [
    ("CHEN", "Chen"),
    ("O'BRIEN", "O'Brien"),
    ("MCDONALD", "McDonald"),
    ("JENSEN-SØRENSEN", "Jensen-Sørensen"),
    ("ÆRØSKØBING", "Ærøskøbing"),
    ("ÅSE", "Åse"),
    ("MARY  ANN", "Mary Ann"),
    ("d’arcy", "D’Arcy"),
    ("van der Berg", "van der Berg"),  # mixed case: typed by someone who knew
    ("MacLeod", "MacLeod"),
    ("陈", "陈"),
    ("", ""),
])
def test_names_in_one_case_are_recased(scanned: str, written: str) -> None:
    assert tidy_name(scanned) == written


@pytest.mark.parametrize(("title", "given", "surname", "language", "full", "short"), [
    ("MS", "LI", "CHEN", "zh", "Ms Chen Li", "Ms Chen"),
    ("MS", "LI", "CHEN", "zh-CN", "Ms Chen Li", "Ms Chen"),
    ("MS", "LI", "CHEN", "en", "Ms Li Chen", "Ms Chen"),
    ("MR", "HIROSHI", "TANAKA", "ja", "Mr Tanaka Hiroshi", "Mr Tanaka"),
    ("MRS", "KAREN", "JENSEN-SØRENSEN", "da", "Mrs Karen Jensen-Sørensen",
     "Mrs Jensen-Sørensen"),
    ("MSTR", "SEAN", "O'BRIEN", None, "Master Sean O'Brien", "Master O'Brien"),
    ("", "LI", "CHEN", "en", "Li Chen", "Li Chen"),  # no title: never guess Mr or Ms
    ("DR", "", "SMITH", "en", "Dr Smith", "Dr Smith"),
    ("DR", "丽", "陈", "zh", "Dr 陈丽", "Dr 陈"),
])
def test_form_of_address(title: str, given: str, surname: str, language: str | None,
                         full: str, short: str) -> None:
    assert form_of_address(title, given, surname, language) == full
    assert short_address(title, given, surname, language) == short


def test_a_name_with_only_a_surname_or_only_given_names() -> None:
    assert full_name("", "CHEN") == "Chen" and full_name("LI", "") == "Li"
    assert form_of_address("MS", "", "") == ""


def test_naughty_strings_never_crash_the_greeting() -> None:
    for text in naughty_strings():
        for language in ("en", "zh", "da"):
            assert isinstance(form_of_address(text[:20], text, text, language), str)
            assert isinstance(short_address(text, text, text, language), str)


def test_initials_are_all_a_locked_desk_shows() -> None:
    from vipdesk.domain.names import initials
    assert initials("METTE", "CHEN") == "M. C."
    assert initials("Li", "Chen", "zh") == "C. L.", "in the order the guest writes the name"
    assert initials("丽", "陈") == "陈. 丽."
    assert initials("", "Jensen") == "J."
    assert initials("", "") == ""
