"""What a Designer layout holds, found without touching its layout items.

PySide keeps the Python wrapper of every ``QLayoutItem`` it hands out (``itemAt``,
``takeAt``) alive as long as the layout's own wrapper. Qt deletes those items (a
``removeWidget``, the layout's end) without telling PySide, and a wrapper left behind
then answers for whatever Qt builds next at that address: a button read back as a
``QWidgetItem``, or a crash. So the layouts we rearrange at run time are read here through
``indexOf``, which hands out no item: the widgets and nested layouts themselves, in order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QWidget


def contents(layout: QLayout) -> list[QWidget | QLayout]:
    """The widgets and nested layouts ``layout`` holds, in its order; spacers are left out."""
    owner = layout.parentWidget()
    if owner is None:
        return []
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    found: list[tuple[int, QWidget | QLayout]] = []
    for widget in owner.findChildren(QWidget, options=direct):
        if (index := layout.indexOf(widget)) >= 0:
            found.append((index, widget))
    for nested in layout.findChildren(QLayout, options=direct):
        if (index := layout.indexOf(nested)) >= 0:
            found.append((index, nested))
    return [thing for _index, thing in sorted(found, key=lambda pair: pair[0])]
