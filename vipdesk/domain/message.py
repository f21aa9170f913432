"""A message for a person, kept as its English text and named values until it is shown.

Services and the boarding-pass reader refuse with a :class:`Message`, never a finished
sentence: the screen renders it in the agent's language (``vipdesk.gui.messages``), the
command line and the desk's log read its English (``str()``). The English text is the
message's id in Qt Linguist's :data:`CONTEXT`; mark each one where it is written::

    Message(QT_TRANSLATE_NOOP("Messages", "This pass is for a flight from {origin}."),
            {"origin": origin})

Named values fill ``{name}`` fields after translation, so a translator may move them. A
value that is itself a :class:`Message` is rendered first (a sentence inside a sentence).
A counted message gives ``count``: its text holds ``%n``, and Qt picks the plural form
of the reader's language (English: the text's own words, ``%n`` put in).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

CONTEXT: Final = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate knows this name)
    """Mark ``text`` for translation in ``context``; the text itself is unchanged.

    The domain and the services have no Qt: lupdate finds this plain function by its name."""
    return text


Translate = Callable[[str, str, int], str]
"""``(context, text, count)`` to the reader's text; ``count`` is -1 for an uncounted one."""


def english(context: str, text: str, count: int = -1) -> str:
    """The untranslated text, ``%n`` put in: what the log and the command line read."""
    del context
    return text.replace("%n", str(count)) if count >= 0 else text


def plain_value(value: object) -> str:
    """A named value in English: times in 24 hours, dates as "23 Nov 2026"."""
    if isinstance(value, dt.datetime):
        return value.strftime("%d %b %Y %H:%M")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d %b %Y").lstrip("0")
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


@dataclass(frozen=True)
class Message:
    """An English text with ``{name}`` fields (the translator's id) and their values."""

    text: str
    values: Mapping[str, object] = field(default_factory=dict)
    count: int = -1

    def render(self, translate: Translate = english,
               shown: Callable[[object], str] = plain_value) -> str:
        """The message in the reader's words: ``translate`` the text, then fill its fields
        with each value ``shown`` (a nested message rendered the same way)."""
        text = translate(CONTEXT, self.text, self.count)
        filled = {name: value.render(translate, shown) if isinstance(value, Message)
                  else shown(value) for name, value in self.values.items()}
        try:
            return text.format_map(filled)
        except (KeyError, IndexError, ValueError):  # a translation with a broken field
            return self.text.format_map({name: str(v) for name, v in filled.items()})

    def __str__(self) -> str:
        return self.render()
