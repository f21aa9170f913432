"""The board, the banner, the status bar and the shell in Chinese and Danish: no English left,
and a language switched while they are open redoes every header and cell at once."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from tests.conftest import DESK_PIN
from tests.gui.test_board_screen import full_lobby, make_board
from tests.gui.test_main_window import sign_in
from tests.services.test_board import arrive
from vipdesk.clock import FakeClock
from vipdesk.domain import lounge_time
from vipdesk.domain.vocabulary import Severity, SpaceKind, SpaceState
from vipdesk.gui.alert_banner import AlertBanner, alert_text, private_text, with_note
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.language import use_language
from vipdesk.gui.main_window import MainWindow
from vipdesk.gui.status_bar import DeskStatusBar
from vipdesk.resources_path import resource_path
from vipdesk.services import alerts, board, departures, waiting
from vipdesk.services.session import Session
from vipdesk.storage.models import Guest, Lounge, Space, Staff

LANGUAGES = ("zh_CN", "da")
WORD = re.compile(r"[^\W\d_]+")


# --- what counts as English ----------------------------------------------------------------

def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if len(w) >= 3}


def english_words(code: str) -> set[str]:
    """The words of the desk's English texts that no text of ``code`` uses: seeing one on a
    screen in that language means an English text was left (the sources are the .ts file's)."""
    root = ET.parse(resource_path("translations") / f"vipdesk_{code}.ts").getroot()
    english: set[str] = set()
    translated: set[str] = set()
    for message in root.iter("message"):
        english |= _words(message.findtext("source") or "")
        translation = message.find("translation")
        if translation is not None:
            forms = translation.findall("numerusform") or [translation]
            for form in forms:
                translated |= _words(form.text or "")
    return english - translated


def proper_words() -> set[str]:
    """Names and codes from the data: the lounge's, its spaces', its staff's and guests'."""
    words: set[str] = {"vip", "desk"}
    for lounge in Lounge.select():
        words |= _words(f"{lounge.name} {lounge.airport}")
    for space in Space.select():
        words |= _words(space.name)
    for member in Staff.select():
        words |= _words(member.name)
    for guest in Guest.select():
        words |= _words(f"{guest.title or ''} {guest.given_names or ''} {guest.surname or ''}")
    return words


# --- what a person sees ----------------------------------------------------------------------

def _view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(model.rowCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield str(model.data(model.index(row, column), role) or "")


def shown_texts(roots: Iterable[QWidget]) -> list[str]:
    """Every visible widget's text, tooltip, placeholder, tab, header and cell under ``roots``."""
    texts: list[str] = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            texts.append(widget.toolTip())
            if widget.isWindow():
                texts.append(widget.windowTitle())
            if isinstance(widget, QLabel):
                texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
            elif isinstance(widget, QAbstractButton):
                texts.append(widget.text())
            elif isinstance(widget, QLineEdit):
                texts.append(widget.placeholderText())
            elif isinstance(widget, QComboBox):
                texts.extend(widget.itemText(n) for n in range(widget.count()))
            elif isinstance(widget, QGroupBox):
                texts.append(widget.title())
            elif isinstance(widget, QTabWidget):
                texts.extend(widget.tabText(n) for n in range(widget.count()))
            elif isinstance(widget, QAbstractItemView):
                texts.extend(_view_texts(widget))
    return [text for text in texts if text.strip()]


def english_left(code: str, roots: Iterable[QWidget]) -> list[tuple[str, list[str]]]:
    english = english_words(code) - proper_words()
    left = []
    for text in shown_texts(roots):
        found = sorted(_words(text) & english)
        if found:
            left.append((text, found))
    return left


def settle() -> None:
    """The language change's events, and the redo each screen puts after them."""
    for _ in range(3):
        QCoreApplication.processEvents()


# --- a busy lounge ---------------------------------------------------------------------------

def busy_lounge(session: Session, clock: FakeClock) -> None:
    """A seated party with a flight, a box reserved, a guest who waited into a fatigue alert."""
    arrive(session, "Chen", flight="501")
    day = lounge_time.local_date(clock.now(), session.lounge.timezone)
    departures.add_or_edit_flight(session, day, flight="SK501", departure="11:40",
                                  gate="A12", boarding="09:20", destination="LHR")
    box = Space.get(Space.kind == SpaceKind.BOX)
    board.set_space_state(session, box.id, SpaceState.RESERVED, "Mr Larsen",
                          clock.now() + dt.timedelta(hours=1))
    full_lobby()
    arrive(session, "Hansen", wait=True)
    clock.advance(minutes=16)
    waiting.raise_due_alerts(session)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_board_banner_and_status_bar_speak_the_language(
        qtbot, desk_session: Session, clock: FakeClock, code: str) -> None:
    busy_lounge(desk_session, clock)
    use_language(code)
    screen = make_board(qtbot, desk_session)
    screen.ui.findEdit.setText("Chen")  # the found guests' tab
    banner = AlertBanner(desk_session, DeskEvents())
    qtbot.addWidget(banner)
    banner.resize(1280, 80)
    banner.show()
    banner.refresh()
    status = DeskStatusBar(desk_session)
    qtbot.addWidget(status)
    status.show()
    status.reload()
    settle()
    assert banner.shown_texts(), "the fatigue alert is on the banner"
    assert english_left(code, [screen, banner, status]) == []
    screen.ui.sideTabs.setCurrentIndex(0)
    settle()
    assert english_left(code, [screen]) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_switching_the_language_redoes_the_open_board_at_once(
        qtbot, desk_session: Session, clock: FakeClock, code: str) -> None:
    busy_lounge(desk_session, clock)
    screen = make_board(qtbot, desk_session)
    model = screen.spaces_model
    english_header = model.headerData(0, Qt.Orientation.Horizontal)
    waits = screen.waiting_model
    english_why = waits.data(waits.index(0, 3))
    english_heading = screen.ui.waitingHeading.text()
    headers_redone: list[tuple[int, int]] = []
    model.headerDataChanged.connect(lambda _o, first, last: headers_redone.append((first, last)))
    cells_redone: list[int] = []
    waits.dataChanged.connect(lambda first, _last, _roles=(): cells_redone.append(first.row()))
    use_language(code)
    settle()
    assert headers_redone, "the view was told to ask for its headers again"
    assert cells_redone, "the view was told to ask for its cells again"
    assert model.headerData(0, Qt.Orientation.Horizontal) != english_header
    assert waits.data(waits.index(0, 3)) != english_why
    assert screen.ui.waitingHeading.text() != english_heading
    assert english_left(code, [screen]) == []
    use_language("en")
    settle()
    assert model.headerData(0, Qt.Orientation.Horizontal) == english_header
    assert waits.data(waits.index(0, 3)) == english_why
    assert screen.ui.waitingHeading.text() == english_heading


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_shell_switches_its_navigation_banner_and_status_bar(
        qtbot, session: Session, team: dict[str, Staff], clock: FakeClock, code: str) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, team["desk"].name, DESK_PIN)
    busy_lounge(session, clock)
    window.show_screen("board")
    window.banner.refresh()
    window.status.reload()
    english_nav = window.nav_buttons["board"].text()
    use_language(code)
    settle()
    assert window.nav_buttons["board"].text() != english_nav
    board_screen = window.screens["board"]
    assert english_left(code, [window.nav, window.banner, window.status, board_screen]) == []
    assert window.nav.width() >= window.nav_layout.sizeHint().width()


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_kind_of_alert_is_worded_in_the_language(
        qtbot, session: Session, lounge: Lounge, clock: FakeClock, code: str) -> None:
    use_language(code)
    english = english_words(code)
    now = clock.now()
    for kind in alerts.AlertKind:
        alert = alerts.Alert(kind=kind, severity=Severity.HIGH, since=now - dt.timedelta(
            minutes=20), guest_name="Ms Chen", guest_initials="M. C.", note="Gate changed",
            note_by="Lise", started_at=now - dt.timedelta(minutes=20))
        for text in (alert_text(alert, "Europe/Copenhagen"),
                     private_text(alert, now, "Europe/Copenhagen"),
                     with_note(alert_text(alert), alert)):
            assert not (_words(text) - {"chen", "gate", "changed", "lise"}) & english, text
        unnamed = alerts.Alert(kind=kind, severity=Severity.HIGH, since=now)
        assert not _words(alert_text(unnamed)) & english
        assert not _words(private_text(unnamed, now)) & english
