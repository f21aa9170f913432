"""A message line that says its words again when the language changes.

A screen that shows what the desk said (a refusal, a warning, a check-in's result) gives
:meth:`SaidAgain.say` the way to make the words, not the words: on a language change
(``retranslate``) :meth:`SaidAgain.again` makes them in the new language, so nothing shown
is lost or left in the old one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from vipdesk.gui.messages import MessageLevel, MessageLine, in_words

Words = Callable[[], str]
"""A text made in the language the desk speaks at the time it is called."""


class SaidAgain(MessageLine):
    """A message line whose words are made again when the language changes (:meth:`again`):
    what the desk said is said in the new language, never lost or left in the old one."""

    def __init__(self, label: QLabel, *, hide_when_empty: bool = False) -> None:
        super().__init__(label, hide_when_empty=hide_when_empty)
        self.words: Words | None = None

    def show(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        self.words = None  # fixed words: kept as they are
        super().show(text, level)

    def say(self, words: Words, level: MessageLevel = MessageLevel.INFO) -> None:
        self.show(words(), level)
        self.words = words

    def refusal(self, error: BaseException) -> None:
        self.say(lambda: in_words(error), MessageLevel.ERROR)

    def again(self) -> None:
        words = self.words
        if words is not None:
            self.say(words, self.level)
