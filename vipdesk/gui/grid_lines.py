"""Re-lay a Designer grid's widgets on other lines, by their names, at run time.

A grid drawn for a wide screen cuts its words at 1280x800 (two combo boxes side by side
read "Least busy atte"). ``arrange`` puts the same widgets (and nested rows) on the
lines given, keeping the .ui file as it is, so other code still finds them by name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QLayoutItem

Cell = tuple[str, int]  # an object name and how many columns it spans
Line = Sequence[Cell]


def arrange(grid: QGridLayout, lines: Sequence[Line]) -> None:
    """Put the grid's items on ``lines``, left to right; an empty name leaves its columns
    empty. Items not named go below, each on a line of its own, across the grid."""
    items: dict[str, QLayoutItem] = {}
    unnamed: list[QLayoutItem] = []
    while grid.count():
        item = grid.takeAt(0)
        if item is None:
            break
        thing = item.widget() or item.layout()
        name = thing.objectName() if thing is not None else ""
        (unnamed.append(item) if not name else items.__setitem__(name, item))
    width = max((sum(span for _name, span in line) for line in lines), default=1)
    for row, line in enumerate(lines):
        column = 0
        for name, span in line:
            if name in items:
                grid.addItem(items.pop(name), row, column, 1, span)
            column += span
    for row, item in enumerate([*items.values(), *unnamed], start=len(lines)):
        grid.addItem(item, row, 0, 1, width)
