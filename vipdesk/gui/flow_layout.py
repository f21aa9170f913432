"""A row of buttons that wraps onto a second line instead of cutting their words.

A row laid out in Designer as a QHBoxLayout squeezes its buttons below their text's
width when the pane is narrow (1280x800) or the words are long (Danish). ``wrap_row``
turns such a row into a ``FlowLayout`` in place: each button keeps the width its text
needs, and the ones that do not fit go to the next line.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QWidget

from vipdesk.gui.layout_contents import contents


class FlowLayout(QLayout):
    """Items left to right at their size hints, wrapping to new lines as needed."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # Qt API
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # Qt API
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # Qt API
        """All on one line, as the row was designed."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # Qt API
        """The widest item: narrower than that, a word would be cut."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.sizeHint())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._shown():
            size = item.sizeHint()
            if x > area.x() and x + size.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), size))
            x += size.width() + self.spacing()
            line = max(line, size.height())
        return y + line - rect.y() + margins.bottom()


def wrap_row(row: QBoxLayout) -> FlowLayout:
    """Replace the Designer row ``row`` by a FlowLayout holding the same widgets (its
    spacers go: a wrapped row starts at the left), at the same place in its parent."""
    holder = row.parent()  # a nested layout's parent object is the layout holding it
    if not isinstance(holder, QBoxLayout) or holder.indexOf(row) < 0:
        raise LookupError(f"the row {row.objectName()!r} does not stand in a box layout")
    index = holder.indexOf(row)
    flow = FlowLayout(spacing=max(row.spacing(), 6))
    flow.setObjectName(row.objectName())
    for thing in contents(row):  # buttons; a row laid out in Designer holds no layout
        if isinstance(thing, QWidget):
            row.removeWidget(thing)
            flow.addWidget(thing)
    holder.removeItem(row)
    if shiboken6.isValid(row):  # PySide may have deleted it with the item already
        shiboken6.delete(row)  # now, and PySide knows: its wrapper may not outlive it
    holder.insertLayout(index, flow)
    return flow


def wrap_rows(form: QWidget, *names: str) -> None:
    """``wrap_row`` for each of the form's rows named ``names``."""
    for name in names:
        row = form.findChild(QBoxLayout, name)
        if row is None:
            raise LookupError(f"the form has no row named {name!r}")
        wrap_row(row)
