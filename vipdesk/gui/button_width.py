"""A button never narrower than its words.

The stylesheet's ``min-width`` gives every QPushButton an explicit minimum width (48 px
and its padding), and a layout may then squeeze a button down to it, cutting its words,
when a dialog opens narrower than its row of buttons (a window is first sized to at most
two thirds of the screen). The width of its text, in its own styled font, is its minimum.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

FOCUS_BORDER = 2  # the focus frame is a pixel wider on each side than the plain border


def as_wide_as_its_words(button: QAbstractButton) -> None:
    """Call after the button's text is set; again if the text changes."""
    button.ensurePolished()
    button.setMinimumWidth(button.sizeHint().width() + FOCUS_BORDER)
