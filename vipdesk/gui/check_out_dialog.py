"""Check-out: one tap for the guest's rating from 1 to 5, or none."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class CheckOutDialog(QDialog):
    """``rating`` is 1..5, or None when the guest gave none."""

    def __init__(self, guest_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check out"))
        self.rating: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(self.tr("Check out %1?").replace("%1", guest_name))
        heading.setObjectName("headingLabel")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("How was the guest's stay? (optional)")))
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
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.no_rating_button = QPushButton(self.tr("Check out without rating"))
        self.no_rating_button.setDefault(True)
        self.no_rating_button.clicked.connect(lambda: self.choose(None))
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.no_rating_button)
        layout.addLayout(buttons)

    def choose(self, rating: int | None) -> None:
        self.rating = rating
        self.accept()
