"""The vocabulary's words on screen: the one English table, translated as it is shown.

The words live in :mod:`vipdesk.domain.labels` (marked for lupdate in its
``Vocabulary`` context); every screen shows a stored value through these
functions, so the desk, the board and the complaint list name it alike.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from vipdesk.domain import labels
from vipdesk.domain.vocabulary import Entitlement


def _tr(text: str) -> str:
    return QCoreApplication.translate(labels.CONTEXT, text)


def label(value: StrEnum | str) -> str:
    """The translated word for a stored value (its value in words if it has none)."""
    return _tr(labels.label(value))


def in_a_sentence(value: StrEnum) -> str:
    """The translated lower-case words for a value inside running text ("wants a VIP room")."""
    return _tr(labels.IN_A_SENTENCE[value])


def way_in(entitlement: Entitlement) -> str:
    """What an access rule checks, translated ("Frequent-flyer tier")."""
    return _tr(labels.WAY_IN.get(entitlement, entitlement.value))


def counted(count: int, one: str, many: str) -> str:
    """A counted phrase on screen: "1 page", "3 pages", never "page(s)".

    ``one`` and ``many`` are the caller's own translations, both literal so lupdate
    finds them, both given the count so Qt puts it in place of ``%n``::

        counted(n, self.tr("%n page", "", n), self.tr("%n pages", "", n))

    English has one form for 1 and another for every other count. Other languages
    have other rules: when issue 13 ships translations with Qt's numerus forms (English
    included), ``many`` carries every form and this returns it alone; the call sites
    stay as they are.
    """
    return one if count == 1 else many
