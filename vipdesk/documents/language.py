"""The language a printed document speaks: its words, dates, times and numbers.

A report or the handover PDF prints in the lounge's language, or one chosen when
printing. The documents have no Qt: the caller hands a :class:`DocumentLanguage`
built from a translate callable (the GUI and the command line make one from a loaded
``QTranslator``; :data:`ENGLISH` needs none). While a document is laid out its
language is the current one (:func:`speaking`), so the shared layout (headers,
"Page N of M", the body font) follows it without threading it through every
helper; it is a context variable, so two documents built at once on two threads
each keep their own.

Each document marks its texts with ``QT_TRANSLATE_NOOP`` in a context of its own
and reads them through :func:`tr`. A counted text is two marked texts, one and many
(lupdate makes numerus entries only for ``tr()`` inside a class, which the documents
do not have): Danish says them as English does, Chinese the same for both.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from vipdesk.domain.labels import CONTEXT as VOCABULARY
from vipdesk.domain.message import Translate

ENGLISH_CODE: Final = "en"
CHINESE_CODE: Final = "zh_CN"
DANISH_CODE: Final = "da"
CODES: Final = (ENGLISH_CODE, CHINESE_CODE, DANISH_CODE)

_WEEKDAYS: Final[dict[str, tuple[str, ...]]] = {
    ENGLISH_CODE: ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                   "Sunday"),
    CHINESE_CODE: ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    DANISH_CODE: ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
}
_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    ENGLISH_CODE: ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"),
    DANISH_CODE: ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                  "september", "oktober", "november", "december"),
}
_SHORT_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    ENGLISH_CODE: tuple(name[:3] for name in _MONTHS[ENGLISH_CODE]),
    DANISH_CODE: ("jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.",
                  "okt.", "nov.", "dec."),
}


def _untranslated(context: str, text: str, count: int = -1) -> str:
    del context, count
    return text


@dataclass(frozen=True)
class DocumentLanguage:
    """A language code ("en", "zh_CN", "da") and the translate callable for its words.

    ``translate`` is ``(context, text, count)`` to the text in the language, or ""
    when it has none (Qt's way): the English text is printed then."""

    code: str = ENGLISH_CODE
    translate: Translate = field(default=_untranslated, compare=False)

    def __post_init__(self) -> None:
        if self.code not in CODES:
            object.__setattr__(self, "code", ENGLISH_CODE)

    @property
    def chinese(self) -> bool:
        return self.code == CHINESE_CODE

    def tr(self, context: str, text: str, count: int = -1) -> str:
        """``text`` (marked in ``context``) in the language; English when untranslated."""
        if self.code == ENGLISH_CODE:
            return text
        return self.translate(context, text, count) or text

    # --- figures -----------------------------------------------------------------------

    def number(self, value: int | float | Decimal, decimals: int = 0) -> str:
        """"1,234" (English, Chinese), "1.234" (Danish); ``decimals`` places."""
        written = f"{value:,.{decimals}f}" if decimals or not isinstance(value, int) \
            else f"{value:,}"
        if self.code == DANISH_CODE:
            written = written.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return written

    def time(self, value: dt.time | dt.datetime) -> str:
        """Always 24 hours: "09:05"."""
        return f"{value.hour:02d}:{value.minute:02d}"

    def date(self, day: dt.date) -> str:
        """"Monday 23 November 2026", "2026年11月23日 星期一", "mandag 23. november 2026"."""
        weekday = _WEEKDAYS[self.code][day.weekday()]
        if self.chinese:
            return f"{day.year}年{day.month}月{day.day}日 {weekday}"
        if self.code == DANISH_CODE:
            return f"{weekday} {day.day}. {_MONTHS[DANISH_CODE][day.month - 1]} {day.year}"
        return f"{weekday} {day.day} {_MONTHS[ENGLISH_CODE][day.month - 1]} {day.year}"

    def short_date(self, day: dt.date) -> str:
        """"23 Nov 2026", "2026年11月23日", "23. nov. 2026"."""
        if self.chinese:
            return f"{day.year}年{day.month}月{day.day}日"
        if self.code == DANISH_CODE:
            return f"{day.day}. {_SHORT_MONTHS[DANISH_CODE][day.month - 1]} {day.year}"
        return f"{day.day} {_SHORT_MONTHS[ENGLISH_CODE][day.month - 1]} {day.year}"

    def day_month(self, day: dt.date) -> str:
        """"22 Nov", "11月22日", "22. nov."."""
        if self.chinese:
            return f"{day.month}月{day.day}日"
        return f"{day.day}{'.' if self.code == DANISH_CODE else ''} " \
               f"{_SHORT_MONTHS[self.code][day.month - 1]}"

    def moment(self, value: dt.datetime) -> str:
        """A day and a time: "23 Nov 2026 09:00"."""
        return f"{self.short_date(value.date())} {self.time(value)}"


ENGLISH: Final = DocumentLanguage()

_current: contextvars.ContextVar[DocumentLanguage] = contextvars.ContextVar(
    "vipdesk_document_language", default=ENGLISH)


def current() -> DocumentLanguage:
    """The language of the document being laid out (English outside one)."""
    return _current.get()


@contextlib.contextmanager
def speaking(language: DocumentLanguage) -> Iterator[DocumentLanguage]:
    """Lay out a document in ``language`` inside this block."""
    token = _current.set(language)
    try:
        yield language
    finally:
        _current.reset(token)


def tr(context: str, text: str, count: int = -1) -> str:
    """``text`` in the current document's language."""
    return _current.get().tr(context, text, count)


def counted(context: str, count: int, one: str, many: str) -> str:
    """A counted phrase in the current language: ``one`` or ``many`` translated, then
    ``{n}`` put in as a number of the language."""
    language = _current.get()
    words = language.tr(context, one if count == 1 else many)
    return words.replace("{n}", language.number(count))


def vocabulary(word: str) -> str:
    """A word of the vocabulary (``labels.label``) in the current language."""
    return _current.get().tr(VOCABULARY, word)


