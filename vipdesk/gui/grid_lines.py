"""Re-lay a Designer grid's widgets on other lines, by their names, at run time.

A grid drawn for a wide screen cuts its words at 1280x800 (two combo boxes side by side
read "Least busy atte"). ``arrange`` puts the same widgets (and nested rows) on the
lines given, keeping the .ui file as it is, so other code still finds them by name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QLayout, QWidget

from vipdesk.gui.layout_contents import contents

Cell = tuple[str, int]  # an object name and how many columns it spans
Line = Sequence[Cell]


def arrange(grid: QGridLayout, lines: Sequence[Line]) -> None:
    """Put the grid's widgets and rows on ``lines``, left to right; an empty name leaves its
    columns empty. Those not named go below, each on a line of its own, across the grid.
    Spacers go (a grid laid out here needs none)."""
    named: dict[str, QWidget | QLayout] = {}
    unnamed: list[QWidget | QLayout] = []
    for thing in contents(grid):
        _take(grid, thing)
        (named.__setitem__(thing.objectName(), thing) if thing.objectName()
         else unnamed.append(thing))
    width = max((sum(span for _name, span in line) for line in lines), default=1)
    for row, line in enumerate(lines):
        column = 0
        for name, span in line:
            if name in named:
                _put(grid, named.pop(name), row, column, span)
            column += span
    for row, thing in enumerate([*named.values(), *unnamed], start=len(lines)):
        _put(grid, thing, row, 0, width)


def _take(grid: QGridLayout, thing: QWidget | QLayout) -> None:
    if isinstance(thing, QWidget):
        grid.removeWidget(thing)  # Qt deletes the widget's item; the widget stays
    else:
        grid.removeItem(thing)  # a nested layout is its own item: nothing is deleted


def _put(grid: QGridLayout, thing: QWidget | QLayout, row: int, column: int,
         span: int) -> None:
    if isinstance(thing, QWidget):
        grid.addWidget(thing, row, column, 1, span)
    else:
        grid.addLayout(thing, row, column, 1, span)
