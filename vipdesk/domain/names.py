"""How the desk addresses a guest: "Ms Chen Li", never "CHEN/LIMS".

Boarding passes carry names in capitals (``CHEN/LIMS``: surname, given names,
a title glued on). The desk greets by name, so the name must come out as a
person would write it.

Rules (one place, used by the desk, the welcome card and the reports):

- Title: the pass's MR, MRS, MS, MISS, MSTR, DR (and PROF, REV, SIR, LADY,
  LORD, CAPT) become Mr, Mrs, Ms, Miss, Master, Dr, ...; anything else is
  dropped rather than shown wrong.
- Capitalisation: a name typed or scanned all in capitals (or all in small
  letters) is re-cased word by word: ``O'BRIEN`` -> O'Brien, ``MCDONALD`` ->
  McDonald, ``JENSEN-SØRENSEN`` -> Jensen-Sørensen, ``ÆRØ`` -> Ærø. A name in
  mixed case (``van der Berg``, ``MacLeod``) was typed by someone who knew, and
  is kept exactly. ``Mac`` is not re-cased (Mack, Macey), nor are particles
  (``VAN DER BERG`` -> Van Der Berg): the agent can correct the profile.
- Order: Western order (title, given names, surname: "Ms Li Chen") except for
  guests whose language is Chinese, Japanese or Korean, who are addressed
  surname first ("Ms Chen Li"), as they would write it. A name written in CJK
  characters is joined without a space ("陈丽").
- The short form, shown large on the desk, is title and surname ("Ms Chen");
  without a title it is the full name (we never guess Mr or Ms).

Names are stored as given; these functions only shape what is shown.

A text in another language addresses the guest its own way (:func:`address_in`, the
welcome card): Chinese puts the title after the name, in Chinese, with no English
title inside ("王晓明先生", "Freja Nielsen 女士"); Danish writes "hr." or "fru" before
the surname ("hr. Hansen"). The name keeps its own order (family name first for a
name in Chinese characters or a guest whose language writes it so).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

TITLES: Final[dict[str, str]] = {
    "MR": "Mr", "MRS": "Mrs", "MS": "Ms", "MISS": "Miss", "MSTR": "Master",
    "MASTER": "Master", "DR": "Dr", "PROF": "Prof", "REV": "Rev", "SIR": "Sir",
    "LADY": "Lady", "LORD": "Lord", "CAPT": "Capt",
}
SURNAME_FIRST_LANGUAGES: Final = frozenset({"zh", "ja", "ko"})

# Each written title in the languages that say it their own way; "" drops it (a Chinese or
# Danish text does not call a boy "Master").
TITLES_IN: Final[dict[str, dict[str, str]]] = {
    "zh": {"Mr": "先生", "Mrs": "夫人", "Ms": "女士", "Miss": "小姐", "Master": "",
           "Dr": "博士", "Prof": "教授", "Rev": "牧师", "Sir": "爵士", "Lady": "夫人",
           "Lord": "勋爵", "Capt": "机长"},
    "da": {"Mr": "hr.", "Mrs": "fru", "Ms": "fru", "Miss": "frk.", "Master": "",
           "Dr": "dr.", "Prof": "professor", "Rev": "pastor", "Sir": "Sir", "Lady": "Lady",
           "Lord": "Lord", "Capt": "kaptajn"},
}

_WORD_SEPARATORS = re.compile(r"([\s\-'’])")
_MC = re.compile(r"^(Mc)(\w)(.*)$", re.DOTALL)


def title_for(raw: str | None) -> str:
    """The written title for a pass's title code; '' for none or one we do not know."""
    if not raw:
        return ""
    key = raw.strip().rstrip(".").upper()
    return TITLES.get(key, "")


def is_cjk(text: str) -> bool:
    """True when the text is written in Chinese, Japanese or Korean characters."""
    return any(unicodedata.east_asian_width(ch) == "W" and ch.isalpha() for ch in text)


def tidy_name(name: str) -> str:
    """A name as a person would write it: re-cased only when it came in one case."""
    name = " ".join(name.split())
    letters = [ch for ch in name if ch.isalpha() and (ch.isupper() or ch.islower())]
    one_case = all(ch.isupper() for ch in letters) or all(ch.islower() for ch in letters)
    if not letters or not one_case:
        return name
    parts = _WORD_SEPARATORS.split(name.lower())
    return "".join(_recase_word(part) for part in parts)


def _recase_word(word: str) -> str:
    if not word or _WORD_SEPARATORS.fullmatch(word):
        return word
    word = word[0].upper() + word[1:]
    if match := _MC.match(word):
        word = match.group(1) + match.group(2).upper() + match.group(3)
    return word


def _language_code(language: str | None) -> str:
    return (language or "").strip().lower().replace("_", "-").split("-")[0]


def full_name(given_names: str, surname: str, language: str | None = None) -> str:
    """Given names and surname in the order the guest's language writes them."""
    given, family = tidy_name(given_names), tidy_name(surname)
    if not given:
        return family
    if not family:
        return given
    if is_cjk(family) and is_cjk(given):
        return family + given
    if _language_code(language) in SURNAME_FIRST_LANGUAGES:
        return f"{family} {given}"
    return f"{given} {family}"


def form_of_address(title: str | None, given_names: str, surname: str,
                    language: str | None = None) -> str:
    """The full greeting line: "Ms Li Chen"; "Ms Chen Li" for a Chinese guest."""
    name = full_name(given_names, surname, language)
    written = title_for(title)
    return f"{written} {name}" if written and name else name


def address_in(text_language: str | None, title: str | None, given_names: str, surname: str,
               language: str | None = None) -> str:
    """How a text in ``text_language`` addresses the guest (``language``: the guest's own,
    for the name's order).

    Chinese: the name, then the title in Chinese ("王晓明先生", "Wang Xiaoming 先生");
    Danish: the title and the surname ("hr. Hansen", "fru Nielsen"); without a title,
    the full name (we never guess). Any other language: :func:`form_of_address`."""
    code = _language_code(text_language)
    titles = TITLES_IN.get(code)
    if titles is None:
        return form_of_address(title, given_names, surname, language)
    written = titles.get(title_for(title), "")
    if code == "zh":
        name = full_name(given_names, surname, language)
        if not written or not name:
            return name
        return f"{name}{written}" if is_cjk(name[-1]) else f"{name} {written}"
    family = tidy_name(surname)
    if written and family:
        return f"{written} {family}"
    return full_name(given_names, surname, language)


def short_address(title: str | None, given_names: str, surname: str,
                  language: str | None = None) -> str:
    """What the desk shows large: "Ms Chen"; the full name when there is no title."""
    written = title_for(title)
    family = tidy_name(surname)
    if written and family:
        return f"{written} {family}"
    return form_of_address(title, given_names, surname, language)


def initials(given_names: str, surname: str, language: str | None = None) -> str:
    """"M. C." for Mette Chen: enough for the desk to know whom, and no one else (a locked
    desk shows this, never the name). In the order the guest's language writes the name."""
    given, family = tidy_name(given_names), tidy_name(surname)
    letters = [part[0].upper() for part in (given, family) if part]
    if len(letters) == 2 and (_language_code(language) in SURNAME_FIRST_LANGUAGES
                              or (is_cjk(given) and is_cjk(family))):
        letters.reverse()
    return " ".join(f"{letter}." for letter in letters)
