"""What a person reads on screen, and whether it is still English (issue 13's whole-app tests).

``shown_texts(root)`` names every text a person can read under a window or a dialog:
labels, buttons, group and tab titles, tooltips, placeholders, read-only fields, combo box
entries, menu entries, table headers and cells, with the widget it is on. No widget is
known by name, so a new screen is read with no change here.

``english_words(text, language)`` is the heuristic that finds English: an ASCII word of
three letters or more that the desk's own English texts use (the ``<source>`` words of
the ``.ts`` files), unless it is a proper name, a code (all capitals: VIP, CPH, PIN,
PNR), a word the language shares with English (Danish "lounge", "lobby") or one of the
lounge's own data (the guest's words, names, flights: whatever the database holds).

``pseudo_translation(folder)`` builds and compiles a pseudo-locale from the ``.ts``
sources: every text 40% longer, with accents, its ``{fields}``, ``%n`` and tags kept.
"""

from __future__ import annotations

import math
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import PySide6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from tests.helpers.fit import where

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "resources" / "translations" / "vipdesk_da.ts"

# Proper names and product words that stay as they are in every language.
PROPER_NAMES = ("VIP Desk", "English", "Dansk", "简体中文", "Wi-Fi", "WiFi", "Qt", "PySide",
                "SAS", "Copenhagen", "Kastrup", "Gmail", "PDF", "CSV",
                "Enter", "Esc", "Letter",  # keys on the keyboard and a paper size keep their names
                "Europe")  # a time zone's own name (Europe/Copenhagen) is a code
# Words Danish writes the same as English: the glossary's loanwords and Danish's own.
DANISH_TOO = frozenset({
    "lounge", "lounges", "lobby", "administrator", "administrators", "invitation",
    "invitationer", "feedback", "business", "premium", "economy", "boarding", "min", "job",
    "for", "under", "over", "start", "stop", "status", "data", "service", "system", "plan",
    "problem", "hotel", "gate", "database", "alarm", "ring", "kort", "note", "noter", "navn", "fly",
    "her", "man", "hold", "mod", "alt", "til", "fri", "sig", "tid", "den", "der", "dem",
    "kan", "ved", "hvis", "som", "med", "men", "end", "eller", "tag", "e-mail", "email",
    "mail", "pin", "print", "printer", "scanner", "type", "format", "post", "side",
    "dato", "port", "test", "demo", "filter", "logo", "sms", "online", "offline", "log",
    "kode", "ind", "tom", "lang", "bar", "fast", "hvad", "ikke", "alle", "var",
    "ned", "vis", "skal", "rest", "scan", "find", "person", "have", "drink", "destination",
    "voucher", "prof",
})


def is_proper(word: str) -> bool:
    return word.isupper() and len(word) <= 5  # a code: VIP, CPH, PIN, PNR, IATA


@cache
def english_vocabulary() -> frozenset[str]:
    """Every ASCII word of three letters or more in the desk's English texts."""
    root = ET.parse(SOURCES).getroot()
    words: set[str] = set()
    for source in root.iter("source"):
        text = re.sub(r"\{[^{}]*\}|<[^>]+>|%n|&\w+;", " ", source.text or "")
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", text))
    return frozenset(words)


def english_words(text: str, language: str, data: Iterable[str] = ()) -> list[str]:
    """The English words in ``text`` (empty: none found), read as in ``language``."""
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    for value in data:
        text = text.replace(value, " ")
    shared = DANISH_TOO if language == "da" else frozenset({"pin"})
    found = []
    for word in re.findall(r"(?<![\w-])[A-Za-z]{3,}(?![\w-])", text):
        if is_proper(word) or word.lower() in shared:
            continue
        if word.lower() in english_vocabulary():
            found.append(word)
    return found


# --- what a person reads ---------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    widget: str  # its path of object names
    what: str  # "text", "tooltip", "placeholder", "header", "cell", "menu", "item", "title"
    text: str


def plain(text: str) -> str:
    """A label's rich text as the words it shows."""
    if re.search(r"<[A-Za-z/][^>]*>|&\w+;", text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _count(count: Callable[[QModelIndex], int], parent: QModelIndex) -> int:
    """A list model hides its column count (and a flat one its children's rows): one, none
    (as ``tests.scoping.test_screens`` counts them)."""
    try:
        return int(count(parent))
    except TypeError:
        return 1 if count.__name__ == "columnCount" else 0


def _model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()
                 ) -> Iterator[tuple[str, str]]:
    columns = _count(model.columnCount, parent)
    if parent == QModelIndex():
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(column, Qt.Orientation.Horizontal, role)
                if value is not None and not isinstance(value, (int, float)):
                    yield "header", str(value)
    for row in range(_count(model.rowCount, parent)):
        for column in range(max(1, columns)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None and not isinstance(value, (int, float, bool)):
                    yield "cell", str(value)
            if column == 0 and parent == QModelIndex() and _count(model.rowCount, index) > 0:
                yield from _model_texts(model, index)


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_texts(submenu)


def _texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "tooltip", widget.toolTip()
    if widget.isWindow():
        yield "title", widget.windowTitle()
    if isinstance(widget, QLabel):
        yield "text", plain(widget.text())
    elif isinstance(widget, QAbstractButton):
        yield "text", widget.text()
        menu = widget.menu() if isinstance(widget, (QPushButton, QToolButton)) else None
        if menu is not None:
            yield from (("menu", t) for t in _menu_texts(menu))
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():  # what the agent types is theirs
            yield "text", widget.text()
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "text", widget.toPlainText()
    elif isinstance(widget, QComboBox):
        yield "placeholder", widget.placeholderText()
        yield from (("item", widget.itemText(i)) for i in range(widget.count()))
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
            yield "tooltip", widget.tabToolTip(index)
    elif isinstance(widget, QSpinBox):
        yield "text", f"{widget.prefix()} {widget.suffix()}"
        yield "text", widget.specialValueText()
    elif isinstance(widget, QAbstractSpinBox):
        yield "text", widget.specialValueText()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())
    for action in widget.actions():  # context menus and shortcuts with words
        yield "menu", action.text()


def shown_texts(root: QWidget) -> list[Shown]:
    """Every text a person can read in ``root``'s window (visible widgets only)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        for what, text in _texts_of(widget):
            if text and text.strip():
                found.append(Shown(where(widget), what, text))
    return found


# --- the pseudo-locale -----------------------------------------------------------------

_ACCENTED = str.maketrans(
    "aceinorsuyzACEINORSUYZ", "áçéîñöŕšüýžÁÇÉÎÑÖŔŠÜÝŽ")
# Kept as they are: {fields}, %n and %1, a Python %s or %(name)s, tags, entities, "&&".
_KEEP = re.compile(r"(\{[^{}]*\}|%L?\d+|%\(\w+\)\w|%\w|%%|<[^>]*>|&\w+;|&&|\n)")
_PADDING = "ŀöñğéŕ "


def pseudo(text: str) -> str:
    """``text`` with accents and 40% longer; fields, ``%n``, tags and entities kept."""
    if not text:
        return text
    parts = _KEEP.split(text)
    shown = "".join(p.translate(_ACCENTED) if i % 2 == 0 else p for i, p in enumerate(parts))
    visible = sum(len(p) for i, p in enumerate(parts) if i % 2 == 0)
    extra = math.ceil(visible * 0.4)
    padding = (" " + _PADDING * (extra // len(_PADDING) + 1))[:extra]
    return f"{shown}{padding}" if extra else shown


def pseudo_translation(folder: Path) -> Path:
    """A compiled pseudo-locale of every text in the ``.ts`` sources, in ``folder``."""
    tree = ET.parse(SOURCES)
    root = tree.getroot()
    root.set("language", "da")  # two plural forms, as Danish
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts = folder / "vipdesk_pseudo.ts"
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    qm = folder / "vipdesk_pseudo.qm"
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def speak_throughout(language: str) -> None:
    """The desk speaks ``language`` and keeps it through every sign-in of the walk: where
    the lounge has a default language and each staff member one of their own (issue 13's
    migration 0020), both are set to it, so signing in does not switch back."""
    from vipdesk.gui.language import use_language
    from vipdesk.storage.models import Lounge, Staff
    use_language(language)
    for model in (Lounge, Staff):
        if "language" in model._meta.fields:
            model.update(language=language).execute()
