"""The language a document is printed in, and the choice of it where documents are printed.

A report or the handover prints in the lounge's language unless the person printing
chooses another (each language named in itself, as on the sign-in screen). The
documents have no Qt: they are handed a :class:`DocumentLanguage` whose translate
callable asks our translator for that language (loaded, never installed, so the
screen keeps speaking its own), falling back to the English text it has no entry for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vipdesk.documents import language as document_languages
from vipdesk.documents.language import DocumentLanguage
from vipdesk.gui.language import ENGLISH, LANGUAGES, translator_for
from vipdesk.services import languages

if TYPE_CHECKING:  # the command line prints reports without loading the widgets
    from PySide6.QtWidgets import QComboBox

    from vipdesk.services.session import Session


def default_print_language(session: Session) -> str:
    """The language a document prints in unless another is chosen: the lounge's (its
    papers are read by whoever comes next, whatever the screen speaks now)."""
    return languages.lounge_language(session)


def document_language(code: str) -> DocumentLanguage:
    """The documents' language for ``code`` ("en", "zh_CN", "da"); English for a code we do
    not ship or whose translation is missing."""
    if code == ENGLISH or code not in LANGUAGES:
        return document_languages.ENGLISH
    translator = translator_for(code)
    if translator is None:
        return document_languages.ENGLISH

    def translate(context: str, text: str, count: int = -1) -> str:
        return translator.translate(context, text, None, count) or text

    return DocumentLanguage(code, translate)


def offer_languages(combo: QComboBox, chosen: str) -> None:
    """Fill ``combo`` with the languages, each named in itself, ``chosen`` selected (often
    :func:`default_print_language`); the item data is the code."""
    combo.blockSignals(True)
    combo.clear()
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)
