"""Resolving an item with a promise pending: was the promise kept? Asked, never assumed.

Three answers, each a button that sizes to its words, and Cancel: kept, not kept, or
no promise was made after all. The answer is read through :attr:`outcome`.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vipdesk.domain.complaints import PromiseOutcome
from vipdesk.gui.button_width import as_wide_as_its_words
from vipdesk.gui.language import when_language_changes


class PromiseOutcomeDialog(QDialog):
    """Asks what became of the promise before the item is resolved."""

    def __init__(self, promise_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: PromiseOutcome | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.heading = heading = QLabel()
        heading.setObjectName("headingLabel")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        promise = QLabel(promise_text)
        promise.setWordWrap(True)
        layout.addWidget(promise)
        row = QHBoxLayout()
        self.buttons: dict[PromiseOutcome, QPushButton] = {}
        for outcome in PromiseOutcome:
            button = QPushButton()
            button.setAutoDefault(False)  # Enter (a scanner's, say) answers nothing
            button.setObjectName(f"outcome_{outcome.value}")
            button.clicked.connect(lambda _=False, o=outcome: self.choose(o))
            self.buttons[outcome] = button
            row.addWidget(button)
        row.addStretch(1)
        self.cancel = cancel = QPushButton()
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        layout.addLayout(row)
        self.retranslate()
        when_language_changes(self, self.retranslate)
        cancel.setFocus()  # a stray key answers nothing: only a deliberate press does

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Was the promise kept?"))
        self.heading.setText(self.tr("Was the promise to the guest kept?"))
        for outcome, words in ((PromiseOutcome.KEPT, self.tr("Kept")),
                               (PromiseOutcome.NOT_KEPT, self.tr("Not kept")),
                               (PromiseOutcome.NO_PROMISE, self.tr("No promise was made"))):
            self.buttons[outcome].setText(words)
        self.cancel.setText(self.tr("Cancel"))
        for button in (*self.buttons.values(), self.cancel):
            as_wide_as_its_words(button)

    @Slot()
    def choose(self, outcome: PromiseOutcome) -> None:
        self.outcome = outcome
        self.accept()
