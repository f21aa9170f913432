"""In Chinese and in Danish, no screen or dialog of the desk is left in English (issue 13).

The desk is walked as the layout-fit test walks it (``tests.gui.test_layout_fit``: the real
window on a busy demo lounge, signed in as the front desk, the duty manager and the
administrator, every screen with rows chosen, every dialog opened), and every text a person
can read is taken from each visible widget (``tests.helpers.screen_words``): labels,
buttons, tooltips, placeholders, headers, cells, combo entries, menu entries. A text is
English when it holds a word of the desk's own English texts that is no proper name, code,
word the language shares with English, or lounge data (the guest's words, names and flights
are whatever the database holds, and stay as they were written). The welcome card's
preview is a picture of the card (in the guest's language), so its words are not read.

The control: the same walk in English finds English everywhere. And in no language does a
text count with "(s)": counted texts use Qt's plural forms.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QWidget

from tests.gui import test_layout_fit as layout_fit
from tests.gui.test_layout_fit import Inspector, open_the_desk, settle, walk_the_desk
from tests.helpers.screen_words import Shown, english_words, shown_texts, speak_throughout
from vipdesk.demo.busy import BusyMoment
from vipdesk.gui.main_window import MainWindow
from vipdesk.services.session import Session

# The layout-fit test's busy demo lounge, copied for each test.
demo, busy, session = layout_fit.demo, layout_fit.busy, layout_fit.session
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", "QPainter::begin")



class Reader(Inspector):
    """Reads every text instead of measuring it: (place, what was shown) in walk order."""

    def __init__(self, window: MainWindow, size: tuple[int, int]) -> None:
        super().__init__(window, size)
        self.seen: list[tuple[str, Shown]] = []

    def look(self, place: str, root: QWidget) -> None:
        settle()
        self.seen += [(place, shown) for shown in shown_texts(root)]

    def placement(self, place: str, dialog: QWidget) -> None:
        """Where a dialog opens is the layout test's business."""


_walked: dict[str, tuple[list[tuple[str, Shown]], list[str]]] = {}


def walk_in(language: str, qtbot, session: Session, busy: BusyMoment
            ) -> tuple[list[tuple[str, Shown]], list[str]]:
    """What the whole desk shows in ``language`` (walked once per language and test run),
    and the lounge's own data: every text the database holds."""
    if language not in _walked:
        speak_throughout(language)
        window = open_the_desk(qtbot, session, 1366, 768)
        reader = Reader(window, (1366, 768))
        walk_the_desk(qtbot, window, reader, session, busy)
        _walked[language] = (reader.seen, lounge_data(session))
    return _walked[language]


def lounge_data(session: Session) -> list[str]:
    """Every text value stored in the database (names, the guest's words, flights, notes),
    longest first: what the desk shows as it was written, in no language of its own."""
    values: set[str] = set()
    for table in session.db.get_tables():
        for row in session.db.execute_sql(f'SELECT * FROM "{table}"').fetchall():
            values.update(v for v in row if isinstance(v, str) and re.search(r"[A-Za-z]{3}", v))
    return sorted(values, key=len, reverse=True)


def without_data(text: str, data: list[str]) -> str:
    """``text`` with the lounge's data taken out: each whole value, and each piece of an
    elided one (a long complaint shown as its beginning and "…")."""
    pieces = re.split(r"[…\n“”]", text)  # first: a shorter value inside a piece would break it
    for piece in pieces:
        words = " ".join(piece.split())
        if len(words) >= 12 and any(words in " ".join(value.split()) for value in data):
            text = text.replace(piece, " ")
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    return text


def english_left(seen: list[tuple[str, Shown]], data: list[str], language: str
                 ) -> dict[str, tuple[str, Shown, list[str]]]:
    """Each English text once: where it was first seen and its English words."""
    found: dict[str, tuple[str, Shown, list[str]]] = {}
    judged: dict[str, list[str]] = {}
    for place, shown in seen:
        if shown.text not in judged:
            judged[shown.text] = english_words(without_data(shown.text, data), language)
        if judged[shown.text] and shown.text not in found:
            found[shown.text] = (place, shown, judged[shown.text])
    return found


def listing(found: dict[str, tuple[str, Shown, list[str]]]) -> str:
    return "\n".join(f"{place} | {shown.widget} ({shown.what}) | {text!r} | "
                     f"English: {' '.join(words)}"
                     for text, (place, shown, words) in found.items())


@pytest.mark.parametrize("language", ["zh_CN", "da"])
def test_no_screen_is_left_in_english(qtbot, session: Session, busy: BusyMoment,
                                      language: str) -> None:
    seen, data = walk_in(language, qtbot, session, busy)
    assert len(seen) > 500, "the walk read the desk's screens"
    found = english_left(seen, data, language)
    assert not found, (f"{len(found)} texts still in English in {language} "
                       f"(place | widget | text):\n{listing(found)}")


def test_the_same_walk_in_english_finds_english(qtbot, session: Session,
                                                busy: BusyMoment) -> None:
    """The control: the check reads English where there is English, on every screen."""
    seen, data = walk_in("en", qtbot, session, busy)
    found = english_left(seen, data, "en")
    places = {place.split("/")[0] for place, _shown, _words in found.values()}
    assert len(found) > 200, listing(found)
    assert {"sign-in", "front desk", "duty manager", "administrator"} <= places
    texts = set(found)
    assert {"Waiting", "Complaint"} & texts or any("Waiting" in t for t in texts)


def counted_with_brackets(seen: list[tuple[str, Shown]]) -> list[str]:
    return sorted({f"{place} | {shown.widget} ({shown.what}) | {shown.text!r}"
                   for place, shown in seen if "(s)" in shown.text})


@pytest.mark.parametrize("language", ["en", "zh_CN", "da"])
def test_no_text_counts_with_s_in_brackets(qtbot, session: Session, busy: BusyMoment,
                                           language: str) -> None:
    """"3 guest(s)" is nobody's language: counted texts take the count's plural form."""
    seen, _data = walk_in(language, qtbot, session, busy)
    found = counted_with_brackets(seen)
    assert not found, f"texts with '(s)' in {language}:\n" + "\n".join(found)


def test_the_bracket_check_sees_a_bracketed_count(qtbot) -> None:
    from PySide6.QtWidgets import QLabel
    label = QLabel("3 guest(s) waiting")
    qtbot.addWidget(label)
    label.show()
    assert counted_with_brackets([("here", s) for s in shown_texts(label)])

