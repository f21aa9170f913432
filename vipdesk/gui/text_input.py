"""Reading what a person typed, exactly: the one place that knows Qt's text quirks."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit


def plain_text(edit: QPlainTextEdit) -> str:
    """The text exactly as typed. ``toPlainText()`` turns a no-break space into a space and a
    line separator into a newline; the raw text keeps them, and only Qt's own paragraph
    break (how the document stores Enter) becomes a newline again."""
    return edit.document().toRawText().replace("\u2029", "\n")
