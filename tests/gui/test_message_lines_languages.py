"""Issue 13: a message line on screen says its words again after a language switch.

A refusal (or words given as a way to make them) is made again in the new language; a
finished text shown in the old language (a passing "saved" note) is cleared, never left in
the old language.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.test_complaints_screen import log, screen
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.vocabulary import Category, Department
from vipdesk.gui.complaints_screen import ComplaintsScreen
from vipdesk.gui.language import in_language, use_language
from vipdesk.gui.messages import MessageLevel, MessageLine
from vipdesk.services import complaints
from vipdesk.services.session import ServiceError, Session

__all__ = ["screen"]  # the fixture, for pytest

SIGN_IN_FIRST = Message(QT_TRANSLATE_NOOP("Messages", "Please sign in first."))


def switch_to(language: str) -> None:
    use_language(language)
    QApplication.processEvents()


@pytest.fixture
def line(qtbot) -> MessageLine:
    label = QLabel()
    qtbot.addWidget(label)
    return MessageLine(label, hide_when_empty=True)


@pytest.mark.parametrize("language", ["zh_CN", "da"])
def test_a_refusal_is_said_again_in_the_new_language(line: MessageLine, language: str) -> None:
    line.refusal(ServiceError(SIGN_IN_FIRST))
    assert line.text() == "Please sign in first."
    switch_to(language)
    assert line.text() == in_language(SIGN_IN_FIRST) != "Please sign in first."
    assert line.label.property("tone") == MessageLevel.ERROR.value
    switch_to("en")
    assert line.text() == "Please sign in first."


def test_words_given_as_a_callable_are_made_again(line: MessageLine) -> None:
    line.say(lambda: in_language(SIGN_IN_FIRST), MessageLevel.WARNING)
    switch_to("da")
    assert line.text() == in_language(SIGN_IN_FIRST) != "Please sign in first."
    assert line.level is MessageLevel.WARNING


def test_a_finished_text_in_the_old_language_is_cleared(line: MessageLine) -> None:
    line.ok("Feedback #3 saved.")
    switch_to("zh_CN")
    assert line.text() == "" and line.label.isHidden()


def test_a_finished_text_shown_again_in_the_new_language_stays(line: MessageLine) -> None:
    switch_to("da")
    line.info("Gemt.")  # a screen's retranslate may show its line's text first
    switch_to("da")
    assert line.text() == "Gemt."


@pytest.mark.parametrize("language", ["zh_CN", "da"])
def test_a_refusal_on_the_complaints_screen_is_said_in_the_new_language(
        qtbot, screen: ComplaintsScreen, desk_session: Session, language: str) -> None:
    item = log(desk_session, "Wi-Fi keeps dropping", category=Category.WIFI_AND_IT)
    complaints.assign(desk_session, item, Department.IT)
    complaints.start_work(desk_session, item)
    screen.reload(item)
    complaints.resolve(desk_session, item, "Router restarted")  # meanwhile, at another desk
    with pytest.raises(ServiceError) as refused:
        complaints.resolve(desk_session, item, "Router restarted")
    screen.ui.stepTextEdit.setText("Router restarted")
    qtbot.mouseClick(screen.ui.resolveButton, Qt.MouseButton.LeftButton)
    english = str(refused.value.message)
    assert screen.ui.deskMessage.text() == english
    switch_to(language)
    shown = screen.ui.deskMessage.text()
    assert shown == in_language(refused.value.message) != english
    assert screen.ui.deskMessage.property("tone") == "error"
    switch_to("en")
    assert screen.ui.deskMessage.text() == english


def test_a_done_note_made_from_the_answer_is_cleared_too(line: MessageLine) -> None:
    """A caller fills a template it translated before the call: it cannot be made again."""
    assert line.run(lambda: 3, lambda n: f"Feedback #{n} saved.") is not None
    assert line.text() == "Feedback #3 saved."
    switch_to("da")
    assert line.text() == ""
