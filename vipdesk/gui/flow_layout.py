"""A row of buttons that wraps onto a second line instead of cutting their words.

A row laid out in Designer as a QHBoxLayout squeezes its buttons below their text's
width when the pane is narrow (1280x800) or the words are long (Danish). ``wrap_row``
turns such a row into a ``FlowRow`` in place: each button keeps the width its text
needs, and the ones that do not fit go to the next line.

``FlowRow`` is a widget that places its children itself, not a ``QLayout`` subclass: a
layout written in Python is handed each ``QLayoutItem`` as a Python wrapper, and PySide
keeps such a wrapper under the item's address after Qt deletes the item (a button
deleted), so the next widget Qt builds there is read back as a ``QWidgetItem``.
"""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QWidget

from vipdesk.gui.layout_contents import contents

# What tells the row that its buttons changed: one added, gone, shown, hidden, re-worded.
_RELAYOUT = (QEvent.Type.LayoutRequest, QEvent.Type.ChildAdded, QEvent.Type.ChildRemoved)


class FlowRow(QWidget):
    """Its child widgets left to right at their size hints, wrapping to new lines as needed."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._spacing = spacing
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> None:
        """``widget`` joins the row at its end, shown or hidden as it was."""
        hidden = widget.isHidden()
        widget.setParent(self)
        widget.setHidden(hidden)
        self.updateGeometry()

    def widgets(self) -> list[QWidget]:
        """The row's widgets in order, hidden ones too."""
        return self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)

    def hasHeightForWidth(self) -> bool:  # Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # Qt API
        return self._place(width, move=False)

    def sizeHint(self) -> QSize:  # Qt API
        """All on one line, as the row was designed."""
        shown = self._shown()
        width = sum(_size(w).width() for w in shown) + self._spacing * max(0, len(shown) - 1)
        return QSize(width, max((_size(w).height() for w in shown), default=0))

    def minimumSizeHint(self) -> QSize:  # Qt API
        """The widest button: narrower than that, a word would be cut."""
        size = QSize(0, 0)
        for widget in self._shown():
            size = size.expandedTo(_size(widget))
        return size

    def event(self, event: QEvent) -> bool:  # Qt API
        if event.type() in _RELAYOUT:
            self.updateGeometry()  # the layout holding the row asks for its height again
            self._place(self.width(), move=True)
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        self._place(event.size().width(), move=True)
        super().resizeEvent(event)

    def _shown(self) -> list[QWidget]:
        return [w for w in self.widgets() if not w.isHidden()]

    def _place(self, width: int, *, move: bool) -> int:
        """Lay the shown widgets out in ``width`` (or only measure); the height they take."""
        x = y = line = 0
        for widget in self._shown():
            size = _size(widget)
            if x > 0 and x + size.width() > width:
                x, y, line = 0, y + line + self._spacing, 0
            if move:
                widget.setGeometry(QRect(QPoint(x, y), size))
            x += size.width() + self._spacing
            line = max(line, size.height())
        return y + line


def _size(widget: QWidget) -> QSize:
    """Its size hint, never below a minimum set on it (as a layout would)."""
    return widget.sizeHint().expandedTo(widget.minimumSize())


def wrap_row(row: QBoxLayout) -> FlowRow:
    """Replace the Designer row ``row`` by a FlowRow holding the same widgets (its
    spacers go: a wrapped row starts at the left), at the same place in its parent, with
    the same object name and the same place in the tab order."""
    holder = row.parent()  # a nested layout's parent object is the layout holding it
    if not isinstance(holder, QBoxLayout) or holder.indexOf(row) < 0:
        raise LookupError(f"the row {row.objectName()!r} does not stand in a box layout")
    index = holder.indexOf(row)
    flow = FlowRow(row.parentWidget(), spacing=max(row.spacing(), 6))
    flow.setObjectName(row.objectName())
    # a row laid out in Designer holds buttons, no layout
    widgets = [thing for thing in contents(row) if isinstance(thing, QWidget)]
    before = widgets[0].previousInFocusChain() if widgets else None
    for widget in widgets:
        row.removeWidget(widget)
        flow.add(widget)
    holder.removeItem(row)
    if shiboken6.isValid(row):  # PySide may have deleted it with the item already
        shiboken6.delete(row)  # now, and PySide knows: its wrapper may not outlive it
    holder.insertWidget(index, flow)
    _keep_tab_order(before, widgets)
    return flow


def _keep_tab_order(before: QWidget | None, widgets: list[QWidget]) -> None:
    """Moving the buttons into the row put them last in the window's tab order; put them
    back after the widget that came before them."""
    if before is None or before in widgets:
        return
    previous = before
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget


def wrap_rows(form: QWidget, *names: str) -> None:
    """``wrap_row`` for each of the form's rows named ``names``."""
    for name in names:
        row = form.findChild(QBoxLayout, name)
        if row is None:
            raise LookupError(f"the form has no row named {name!r}")
        wrap_row(row)



def flow_pairs(flow: FlowRow, row: QBoxLayout,
               pairs: Iterable[tuple[QWidget, QWidget]]) -> list[QWidget]:
    """Move each (label, field) of ``row`` into ``flow`` as one unit: a narrow screen or a
    longer language wraps the row between pairs, never between a label and its field."""
    made = []
    for label, field in pairs:
        pair = QWidget(flow)
        pair.setObjectName(f"{field.objectName()}Pair")
        line = QHBoxLayout(pair)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(row.spacing())
        for widget in (label, field):
            row.removeWidget(widget)
            line.addWidget(widget)
        flow.add(pair)
        made.append(pair)
    return made
