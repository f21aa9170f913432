"""The one message channel on screen: what the desk tells the agent, and how it looks.

A screen reads: the user did X, the service answered, the channel shows it::

    self.messages.run(lambda: shifts.start_shift(self.session), self.tr("Your shift has started."))

Every message has a :class:`MessageLevel`; :class:`MessageLine` is the one presenter, a
label of a screen or dialog that shows the text in its level's colours (``style.py``
styles the label's ``tone`` property), and :class:`StatusNote` the status bar's passing
note; :func:`in_words` is the one way to turn an error a
service or the pass reader raised into the words the agent reads. There is no global
channel object: each screen or dialog owns the line it shows its messages on.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from vipdesk.domain.bcbp import BoardingPassError
from vipdesk.domain.message import Message
from vipdesk.gui.language import current_language, in_language, when_language_changes
from vipdesk.gui.style import set_tone
from vipdesk.services.actions import storage_problem
from vipdesk.services.session import ServiceError

R = TypeVar("R")


class MessageLevel(enum.Enum):
    """How a message looks; the value is the label's ``tone`` the stylesheet colours."""

    OK = "ok"  # the action is done
    INFO = "info"  # what the desk does next, or found
    WARNING = "warn"  # done, or not done, with something the agent must see to
    ERROR = "error"  # refused or failed: nothing was saved


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def in_words(error: BaseException) -> str:
    """What the agent reads for ``error``: a service's refusal says what to do in its own
    words (a :class:`~vipdesk.services.actions.StorageProblem` included), a boarding pass the
    reader could not use names the field at fault; anything else is :func:`unforeseen`."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return in_language(message)
    if isinstance(error, ServiceError | BoardingPassError):
        return str(error)
    return unforeseen(error)


def unforeseen(error: BaseException) -> str:
    """What the agent reads for an error no screen expected (the safety net's message): a
    database failure is told as the disk's trouble; anything else asks the agent to check
    the screen (its details are for the desk's log, never the screen: they may hold guest
    data)."""
    problem = storage_problem(error)
    if problem is not None:
        return in_language(problem.message)
    return _tr("Something went wrong, and the last action may not have finished. Please check "
               "the screen before going on (search the guest, or reopen the screen). If it "
               "happens again, please call IT: the details are in the desk's log.")


@dataclass(frozen=True)
class Answered(Generic[R]):
    """The service did what was asked; ``result`` is what it returned (often None)."""

    result: R


Words = Callable[[], str]
"""A text made in the language the desk speaks at the time it is called."""


class MessageLine:
    """A screen's or dialog's message label: shows one message at a time, in its level's look.

    ``hide_when_empty`` hides the label while it has nothing to say (a coloured strip with
    no words would look like a fault); a label that holds its place keeps it.

    When the language changes, what the line shows is never left in the old language:

    - a refusal (:meth:`refusal`, or one :meth:`run` caught) and words given as a callable
      (:meth:`say`) are made again in the new language (:meth:`again`);
    - a finished text given to :meth:`show` (``self.tr(...)`` already translated, or
      :meth:`run`'s ``done``: callers fill a template translated beforehand) cannot be
      made again: if it was shown in another language than the new one, the line is cleared
      (a passing note like "Feedback #3 saved." goes; a screen whose ``retranslate`` shows
      its line's text again keeps it, whichever runs first).
    """

    def __init__(self, label: QLabel, *, hide_when_empty: bool = False) -> None:
        self.label = label
        self.hide_when_empty = hide_when_empty
        self.level = MessageLevel.INFO
        self.words: Words | None = None  # how to make the words shown again, if known
        self.language = current_language()  # the one the words shown are in
        when_language_changes(label, self._language_changed)

    def show(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        """``text`` as it is (it is cleared by a language switch: see the class)."""
        self.words = None
        self._show(text, level)

    def _show(self, text: str, level: MessageLevel) -> None:
        self.level = level
        self.language = current_language()
        self.label.setText(text)
        if self.hide_when_empty:
            self.label.setVisible(bool(text))
        set_tone(self.label, level.value)

    def say(self, words: Words, level: MessageLevel = MessageLevel.INFO) -> None:
        """The words ``words`` makes, made again in the new language after a switch."""
        self._show(words(), level)
        self.words = words

    def again(self) -> None:
        """Say the words shown again in the language the desk speaks now (a screen's
        ``retranslate`` may call it; the line does it itself on a switch)."""
        words = self.words
        if words is not None:
            self.say(words, self.level)

    def _language_changed(self) -> None:
        if self.words is not None:
            self.again()
        elif self.language != current_language() and self.label.text():
            self.clear()

    def ok(self, text: str) -> None:
        self.show(text, MessageLevel.OK)

    def info(self, text: str) -> None:
        self.show(text, MessageLevel.INFO)

    def warning(self, text: str) -> None:
        self.show(text, MessageLevel.WARNING)

    def error(self, text: str) -> None:
        self.show(text, MessageLevel.ERROR)

    def refusal(self, error: BaseException) -> None:
        """The service's (or the pass reader's) answer, in words, as an error (said again in
        the new language after a switch)."""
        self.say(lambda: in_words(error), MessageLevel.ERROR)

    def clear(self) -> None:
        self.show("", MessageLevel.INFO)

    def text(self) -> str:
        return self.label.text()

    def run(self, call: Callable[[], R], done: str | Callable[[R], str] | None = None, *,
            refusals_elsewhere: Mapping[type[ServiceError], MessageLine] | None = None
            ) -> Answered[R] | None:
        """Ask a service for what the agent did: its refusal is shown as an error and gives
        None; else ``done`` (words, or words made from the result) is shown as done, and the
        answer is returned. A refusal of a kind in ``refusals_elsewhere`` is shown on that
        line instead (a refused PIN beside its field)."""
        try:
            result = call()
        except ServiceError as refusal:
            line = next((line for kind, line in (refusals_elsewhere or {}).items()
                         if isinstance(refusal, kind)), self)
            line.refusal(refusal)
            return None
        if done is not None:  # finished words (often a template filled): cleared by a switch
            self.ok(done if isinstance(done, str) else done(result))
        return Answered(result)


class StatusNote:
    """The status bar's passing note: what the desk tells whoever is at it outside any
    screen's own line (a pass not read, the PIN rules, a chore that failed), for a while,
    in its level's colour on the bar."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar

    def show(self, text: str, level: MessageLevel = MessageLevel.INFO, *,
             seconds: int = 0) -> None:
        """``text`` until the next note, or for ``seconds`` (0: until replaced or cleared)."""
        set_tone(self.bar, level.value)
        self.bar.showMessage(text, seconds * 1000)

    def warning(self, text: str, *, seconds: int = 0) -> None:
        self.show(text, MessageLevel.WARNING, seconds=seconds)

    def text(self) -> str:
        return self.bar.currentMessage()

    def clear(self, text: str | None = None) -> None:
        """Take the note away (only if it is still ``text``, when given)."""
        if text is None or self.bar.currentMessage() == text:
            self.bar.clearMessage()
