"""Check-out: one tap for the guest's rating from 1 to 5, or none; and, before the guest
leaves, what we still owe them (an open complaint, a promise not yet kept)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vipdesk.domain import lounge_time
from vipdesk.gui import words
from vipdesk.gui.language import shown_time, when_language_changes
from vipdesk.services.complaints import FeedbackRow

MAX_WORDS_SHOWN = 120


class CheckOutDialog(QDialog):
    """``rating`` is 1..5, or None when the guest gave none. ``owed``: the guest's open
    complaints and unkept promises (``complaints.open_for_check_out``), shown above all else."""

    def __init__(self, guest_name: str, parent: QWidget | None = None,
                 owed: Sequence[FeedbackRow] = (), timezone: str = "UTC") -> None:
        super().__init__(parent)
        self.guest_name, self.owed, self.timezone = guest_name, tuple(owed), timezone
        self.rating: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.heading = heading = QLabel()
        heading.setObjectName("headingLabel")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.owed_label = QLabel()
        self.owed_label.setObjectName("owedLabel")
        self.owed_label.setWordWrap(True)
        self.owed_label.setVisible(bool(owed))
        self.owed_label.setProperty("role", "notice")
        layout.addWidget(self.owed_label)
        self.question = QLabel()
        layout.addWidget(self.question)
        stars = QHBoxLayout()
        self.star_buttons = []
        for value in range(1, 6):
            button = QPushButton("★" * value)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, v=value: self.choose(v))
            stars.addWidget(button)
            self.star_buttons.append(button)
        layout.addLayout(stars)
        buttons = QHBoxLayout()
        self.cancel_button = cancel = QPushButton()
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.no_rating_button = QPushButton()
        self.no_rating_button.setDefault(True)
        self.no_rating_button.clicked.connect(lambda: self.choose(None))
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.no_rating_button)
        layout.addLayout(buttons)
        self.retranslate()
        when_language_changes(self, self.retranslate)
        width = max(self.sizeHint().width(), 560)
        self.resize(width, max(self.sizeHint().height(), self.heightForWidth(width)))  # wraps

    def retranslate(self) -> None:
        """Every text of the dialog, in the language the desk speaks now."""
        self.setWindowTitle(self.tr("Check out"))
        self.heading.setText(self.tr("Check out {name}?").format(name=self.guest_name))
        self.owed_label.setText(self._owed_text(self.owed, self.timezone))
        self.question.setText(self.tr("How was the guest's stay? (optional)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.no_rating_button.setText(self.tr("Check out without rating"))
        for value, button in enumerate(self.star_buttons, start=1):
            button.setToolTip(words.counted(value, self.tr("%n star", "", value),
                                            self.tr("%n stars", "", value)))

    def _owed_text(self, owed: Sequence[FeedbackRow], timezone: str) -> str:
        """One paragraph per item: what it is, in the guest's words, and any promise."""
        if not owed:
            return ""
        lines = [self.tr("Before the guest leaves, this is still open:")]
        for row in owed:
            said = " ".join(row.guest_words.split())
            if len(said) > MAX_WORDS_SHOWN:
                said = said[:MAX_WORDS_SHOWN - 1] + "…"
            line = self.tr("• {kind} ({category}, {status}): “{words}”").format(
                kind=words.label(row.kind), category=words.label(row.category),
                status=words.label(row.status), words=said)
            if row.promise_pending and row.promise_due_at is not None:
                due = shown_time(lounge_time.to_local(row.promise_due_at, timezone))
                promise = (self.tr("Promise overdue since {time}: {what}") if row.promise_overdue
                           else self.tr("Promise due at {time}: {what}"))
                line += "\n   " + promise.format(
                    time=due, what=row.promise_how or row.promise_owner_name)
            lines.append(line)
        return "\n".join(lines)

    def choose(self, rating: int | None) -> None:
        self.rating = rating
        self.accept()
