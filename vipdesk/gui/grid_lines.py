"""Re-lay a Designer grid's widgets on other lines, by their names, at run time.

A grid drawn for a wide screen cuts its words at 1280x800 (two combo boxes side by side
read "Least busy atte"). ``arrange`` puts the same widgets on the lines given, keeping the
.ui file as it is, so other code still finds them by name.

Only widgets move: a row of several widgets stands in the grid inside a plain QWidget
(``companionBox``, ``datesBox``). Moving a nested layout needs ``takeAt``, whose
QLayoutItem wrapper PySide keeps under the layout's address, and ``findChild`` then no
longer finds that layout by its class.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QWidget

from vipdesk.gui.layout_contents import contents

Cell = tuple[str, int]  # an object name and how many columns it spans
Line = Sequence[Cell]


def arrange(grid: QGridLayout, lines: Sequence[Line]) -> None:
    """Put the grid's widgets on ``lines``, left to right; an empty name leaves its
    columns empty. Those not named go below, each on a line of its own, across the grid.
    A grid laid out here holds no spacers."""
    named: dict[str, QWidget] = {}
    unnamed: list[QWidget] = []
    for thing in contents(grid):
        if not isinstance(thing, QWidget):
            raise LookupError(f"the grid holds the layout {thing.objectName()!r}: "
                              "put it in a QWidget in the .ui file")
        grid.removeWidget(thing)  # Qt deletes its item; no wrapper of it was made
        name = thing.objectName()
        (named.__setitem__(name, thing) if name else unnamed.append(thing))
    width = max((sum(span for _name, span in line) for line in lines), default=1)
    for row, line in enumerate(lines):
        column = 0
        for name, span in line:
            if name in named:
                grid.addWidget(named.pop(name), row, column, 1, span)
            column += span
    for row, kept in enumerate([*named.values(), *unnamed], start=len(lines)):
        grid.addWidget(kept, row, 0, 1, width)
