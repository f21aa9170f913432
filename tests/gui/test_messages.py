"""The one message channel: each level's look, a message replacing the last, clearing, and
a service's answer (or refusal) shown in words, through real labels under the desk's style."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStatusBar, QVBoxLayout, QWidget

from vipdesk.domain.bcbp import BoardingPassError
from vipdesk.gui.messages import MessageLevel, MessageLine, StatusNote, in_words, unforeseen
from vipdesk.gui.style import GREEN, INK_AMBER, INK_BLUE, RED, STYLESHEET
from vipdesk.services.session import ServiceError


class PinRefused(ServiceError):
    """A refusal of a kind that is shown on another line (beside a PIN field)."""


@pytest.fixture
def window(qtbot) -> QWidget:
    """A window that carries the desk's stylesheet, as the main window does."""
    widget = QWidget()
    widget.setStyleSheet(STYLESHEET)
    QVBoxLayout(widget)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def labels(window: QWidget, *names: str) -> list[QLabel]:
    """Labels with the desk's object names, shown in ``window``."""
    made = []
    for name in names:
        label = QLabel(window)
        label.setObjectName(name)
        window.layout().addWidget(label)
        label.show()
        made.append(label)
    return made


def look(label: QLabel) -> tuple[str, str, bool]:
    palette = label.palette()
    return (palette.color(QPalette.ColorRole.WindowText).name(),
            palette.color(QPalette.ColorRole.Window).name(), label.font().bold())


@pytest.mark.parametrize(("level", "tone", "expected"), [
    (MessageLevel.OK, "ok", (GREEN, "#e3f4e7", True)),
    (MessageLevel.INFO, "info", (INK_BLUE, "#e8f0fb", False)),
    (MessageLevel.WARNING, "warn", (INK_AMBER, "#fff3dc", True)),
    (MessageLevel.ERROR, "error", (RED, "#fde8e7", True)),
])
def test_each_level_has_its_own_look_on_a_screens_message_strip(
        window: QWidget, level: MessageLevel, tone: str, expected: tuple[str, str, bool]) -> None:
    [strip] = labels(window, "deskMessage")
    line = MessageLine(strip)
    line.show("The lounge is full for this party.", level)
    assert strip.text() == "The lounge is full for this party."
    assert strip.property("tone") == tone  # what the tests of the screens read
    assert look(strip) == expected
    assert line.level is level


def test_a_message_label_is_red_until_a_step_is_done(window: QWidget) -> None:
    [label] = labels(window, "messageLabel")
    line = MessageLine(label)
    line.error("Select a staff member first.")
    assert look(label)[0] == RED
    line.ok("Mette is added as an attendant.")
    assert look(label)[0] == GREEN


@pytest.mark.parametrize("name", ["messageLabel", "decisionLabel", "anyOtherLabel"])
def test_a_message_line_of_any_label_shows_each_level_in_its_own_colour(
        window: QWidget, name: str) -> None:
    """An INFO message on a screen's message label read in alarm red (and bold), as if the
    step had failed: each level now has its colour on every label a MessageLine shows."""
    [label] = labels(window, name)
    line = MessageLine(label)
    seen = {}
    for level in MessageLevel:
        line.show("Nothing else to do.", level)
        seen[level] = look(label)[0]
    assert seen == {MessageLevel.OK: GREEN, MessageLevel.INFO: INK_BLUE,
                    MessageLevel.WARNING: INK_AMBER, MessageLevel.ERROR: RED}
    line.info("Nothing else to do.")
    assert not label.font().bold()


def test_a_new_message_replaces_the_last_one_words_and_look(window: QWidget) -> None:
    [strip] = labels(window, "deskMessage")
    line = MessageLine(strip)
    line.error("Wrong PIN.")
    line.ok("Your shift has started.")
    assert (line.text(), strip.property("tone"), look(strip)[0]) == (
        "Your shift has started.", "ok", GREEN)


def test_clearing_hides_a_strip_that_would_be_an_empty_coloured_bar(window: QWidget) -> None:
    strip, held = labels(window, "deskMessage", "deskMessage")
    hiding, holding = MessageLine(strip, hide_when_empty=True), MessageLine(held)
    for line in (hiding, holding):
        line.warning("Select an item first.")
    assert strip.isVisible() and held.isVisible()
    for line in (hiding, holding):
        line.clear()
    assert (strip.text(), held.text()) == ("", "")
    assert not strip.isVisible()
    assert held.isVisible()  # a line that holds its place keeps it
    hiding.info("Importing the departures…")
    assert strip.isVisible()


def test_the_service_answers_and_the_channel_shows_it(window: QWidget) -> None:
    [strip] = labels(window, "deskMessage")
    line = MessageLine(strip)
    answer = line.run(lambda: 42, lambda result: f"Feedback #{result} saved.")
    assert answer is not None and answer.result == 42
    assert (line.text(), line.level) == ("Feedback #42 saved.", MessageLevel.OK)

    def refuse() -> int:
        raise ServiceError("This visit is already checked out.")

    assert line.run(refuse, "Checked out.") is None
    assert (line.text(), line.level) == ("This visit is already checked out.",
                                         MessageLevel.ERROR)

    quiet = line.run(lambda: None)  # no words for a done step: the last message stays
    assert quiet is not None and line.text() == "This visit is already checked out."


def test_a_refusal_of_a_named_kind_is_shown_on_its_own_line(window: QWidget) -> None:
    strip, beside_pin = labels(window, "messageLabel", "pinError")
    line, pin_line = MessageLine(strip), MessageLine(beside_pin)

    def refuse(error: ServiceError) -> None:
        raise error

    elsewhere: dict[type[ServiceError], MessageLine] = {PinRefused: pin_line}
    assert line.run(lambda: refuse(PinRefused("Too short: 6 digits.")), "Done.",
                    refusals_elsewhere=elsewhere) is None
    assert (line.text(), pin_line.text()) == ("", "Too short: 6 digits.")
    assert line.run(lambda: refuse(ServiceError("No such person.")), "Done.",
                    refusals_elsewhere=elsewhere) is None
    assert line.text() == "No such person."


def test_an_error_nobody_foresaw_is_not_shown_in_its_own_words(window: QWidget) -> None:
    """One way to put an error in words: a refusal and an unreadable pass say what to do,
    a full disk says so, and anything else (it may hold guest data) asks to check the screen."""
    [strip] = labels(window, "deskMessage")
    line = MessageLine(strip)
    line.refusal(BoardingPassError("flight_date", "The pass's flight date is not a day."))
    assert line.text() == "The pass's flight date is not a day."
    assert in_words(ServiceError("The lounge is full.")) == "The lounge is full."
    full = sqlite3.OperationalError("database or disk is full")
    assert in_words(full).startswith("The disk is full: this action was not saved.")
    assert unforeseen(full) == in_words(full)
    secret = KeyError("Ms Li Chen")
    assert in_words(secret).startswith("Something went wrong")
    assert "Chen" not in in_words(secret)
    assert unforeseen(ServiceError("The lounge is full.")).startswith("Something went wrong")


def test_the_status_bars_note_is_on_the_same_channel_with_its_level_and_its_time(
        window: QWidget) -> None:
    bar = QStatusBar(window)
    window.layout().addWidget(bar)
    note = StatusNote(bar)
    note.warning("The boarding pass was not read.", seconds=30)
    assert note.text() == bar.currentMessage() == "The boarding pass was not read."
    assert bar.property("tone") == "warn"
    assert bar.palette().color(QPalette.ColorRole.WindowText).name() == "#ffd27f"
    note.show("A scanned pass is held.")
    assert bar.property("tone") == "info"
    note.clear("Some other note, already replaced")
    assert note.text() == "A scanned pass is held."  # a newer note is not taken away
    note.clear("A scanned pass is held.")
    assert note.text() == ""
