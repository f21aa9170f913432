"""What a Designer layout holds, as the widgets and layouts themselves.

A ``QLayoutItem`` is not a QObject: when Qt deletes one (``removeWidget`` does), PySide is
not told, and a Python wrapper still held for it answers for whatever Qt builds next at
that address (a button read back as a ``QWidgetItem``, or a crash). So the layouts we
rearrange at run time are read through this one function, which keeps no item: it hands
back the widgets and nested layouts, and the caller moves those.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def contents(layout: QLayout) -> list[QWidget | QLayout]:
    """The widgets and nested layouts ``layout`` holds, in order; spacers are left out."""
    found: list[QWidget | QLayout] = []
    for index in range(layout.count()):
        thing = _held_at(layout, index)
        if thing is not None:
            found.append(thing)
    return found


def _held_at(layout: QLayout, index: int) -> QWidget | QLayout | None:
    item = layout.itemAt(index)  # the item's wrapper dies with this frame, before any move
    if item is None:
        return None
    widget = item.widget()
    return widget if widget is not None else item.layout()
