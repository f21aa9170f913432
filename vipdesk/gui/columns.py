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


def room_for_stretched_heading(table: QTableView, stretch: int) -> None:
    """The table never so narrow that its stretched column cuts its heading: a stretched
    column takes what the others leave, and in a longer language that was less than its
    heading ("Space / guest" 21 px short at 1280x800). Call again when the headings change."""
    header = table.horizontalHeader()
    header.ensurePolished()
    others = sum(max(header.sectionSize(column), header.sectionSizeHint(column),
                     table.sizeHintForColumn(column))
                 for column in range(header.count())
                 if column != stretch and not header.isSectionHidden(column))
    frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    table.setMinimumWidth(others + header.sectionSizeHint(stretch) + frame)
