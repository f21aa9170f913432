"""Tab pages that scroll rather than make the window taller than the screen.

A QTabWidget is as tall as its tallest page, and the window as tall as its tallest
screen: one long settings form made the desk's window 883 px tall, past a 1280x800
screen's edge (on X it grows; its bottom is cut). Each page without a scroll area of
its own is put in one; its widgets keep their names and places.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget


def scroll_pages(tabs: QTabWidget) -> None:
    """Each page's contents move into a scroll area on the page. The page itself stays the
    tab's page: the form retranslates the tab's title from it when the language changes."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is None or isinstance(page, QScrollArea) or page.findChild(QScrollArea) is not None:
            continue
        layout = page.layout()
        if layout is None:
            continue
        inner = QWidget()
        inner.setObjectName(f"{page.objectName()}Contents")
        inner.setLayout(layout)  # its widgets move with it, names and places kept
        area = QScrollArea(page)
        area.setObjectName(f"{page.objectName()}Scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(inner)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(area)


def scroll_in_place(widget: QWidget) -> QScrollArea:
    """Put ``widget`` in a scroll area where it stands in its parent's box layout: the
    desk's guest panel with a boarding notice and a two-line message under a fixed
    banner needs more than a 768-pixel screen leaves; it scrolls rather than squeeze."""
    parent = widget.parentWidget()
    assert parent is not None, "a widget to scroll in place stands in a parent's layout"
    column = next(box for box in parent.findChildren(QBoxLayout) if box.indexOf(widget) >= 0)
    index = column.indexOf(widget)
    stretch = column.stretch(index)
    column.removeWidget(widget)
    area = QScrollArea(parent)
    area.setObjectName(f"{widget.objectName()}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    column.insertWidget(index, area, stretch)
    return area
