"""Table columns at least as wide as their headings, in any language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTableView


def set_column_widths(table: QTableView, widths: Sequence[int | None]) -> None:
    """Each column gets its width, or its heading's width where that is wider (a heading
    is never cut: "Since" is not "Sinc"); ``None`` (or 0) leaves the column as it is."""
    header = table.horizontalHeader()
    header.ensurePolished()  # the stylesheet's font and padding count
    for column, width in enumerate(widths):
        if width:
            table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
