"""Does every text on screen fit its widget? Measured, never compared with known words.

``misfits(root)`` walks every visible widget under ``root`` (a window or a dialog) and
names each button, label, tab and header section whose text needs more room than the
widget has, measured with that widget's own font metrics and its style's margins. It
knows no widget by name, so new screens and longer words (Danish, Chinese) are measured
the same way. What is allowed to be short of room: a label that wraps (if its height
fits), an item view's cell that elides and carries a tooltip, and anything inside a
scroll area's viewport (it scrolls into view).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionSpinBox,
    QTabBar,
    QWidget,
)

SLACK = 1  # pixels of rounding forgiven
CELL_MARGIN = 6  # a cell's text margins (the focus frame's, both sides)
_MNEMONIC = Qt.TextFlag.TextShowMnemonic


def misfits(root: QWidget) -> list[str]:
    """One line per text that does not fit, naming where it is and how short it is."""
    found: list[str] = []
    widgets = [w for w in [root, *root.findChildren(QWidget)]
               if w.isVisible() and w.window() is root.window()]
    # A stack's minimum is that of its largest page, shown or not: a widget holding one
    # is judged through its pages instead.
    holding_stacks = set()
    for stack in root.findChildren(QStackedWidget):
        holder = stack
        while holder is not None:
            holding_stacks.add(holder)
            holder = holder.parentWidget()
    squeezed = [w for w in widgets if w not in holding_stacks and _squeezed(w)]
    for widget in squeezed:  # the innermost only: its ancestors are squeezed through it
        if not any(other is not widget and widget.isAncestorOf(other) for other in squeezed):
            found += _squeezed(widget)
    for widget in widgets:
        if isinstance(widget, QAbstractButton):
            found += _button(widget)
        elif isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QComboBox):
            found += _combo(widget)
        elif isinstance(widget, QAbstractSpinBox):
            found += _spin_box(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
        elif isinstance(widget, QAbstractItemView):
            found += _cells(widget)
    return found


def where(widget: QWidget) -> str:
    """The widget's path of object names (or class names), for a readable failure."""
    names = []
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names[:4]))


def _shown_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` (in its own coordinates) that its ancestors do not cut off;
    a scroll area's viewport does not count as cutting (its content scrolls)."""
    shown = widget.rect()
    parent = widget.parentWidget()
    while parent is not None:
        outer = parent.parentWidget()
        if isinstance(outer, QAbstractScrollArea) and parent is outer.viewport():
            break
        shown = shown.intersected(QRect(widget.mapFrom(parent, QPoint(0, 0)), parent.size()))
        if parent.isWindow():
            break
        parent = outer
    return shown


def _squeezed(widget: QWidget) -> list[str]:
    """A widget given less room than its layout's minimum: its rows overlap and the last
    ones are cut at its edge, whatever their own texts say."""
    layout = widget.layout()
    if layout is None:
        return []
    need = layout.totalMinimumSize()
    if layout.hasHeightForWidth():
        need.setHeight(layout.totalMinimumHeightForWidth(widget.width())
                       if hasattr(layout, "totalMinimumHeightForWidth")
                       else layout.totalHeightForWidth(widget.width()))
    short_w, short_h = need.width() - widget.width(), need.height() - widget.height()
    if short_w <= SLACK and short_h <= SLACK:
        return []
    return [(f"{type(widget).__name__} {where(widget)}: its contents need "
             f"{need.width()}x{need.height()}, it has {widget.width()}x{widget.height()}")]


def _short(widget: QWidget, text: str, need_w: int, need_h: int, have: QRect) -> list[str]:
    short_w, short_h = need_w - have.width(), need_h - have.height()
    if short_w <= SLACK and short_h <= SLACK:
        return []
    what = []
    if short_w > SLACK:
        what.append(f"{short_w}px too narrow")
    if short_h > SLACK:
        what.append(f"{short_h}px too low")
    return [f"{type(widget).__name__} {where(widget)} {text!r}: {', '.join(what)}"]


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _button(button: QAbstractButton) -> list[str]:
    text = button.text()
    if not text:
        return []
    shown = _shown_rect(button)
    if isinstance(button, (QPushButton, QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = {QPushButton: QStyle.SubElement.SE_PushButtonContents,
                   QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
                   QRadioButton: QStyle.SubElement.SE_RadioButtonContents}
        kind = next(k for k in element if isinstance(button, k))
        contents = button.style().subElementRect(element[kind], option, button)
        size = button.fontMetrics().size(_MNEMONIC, text)
        need_w = size.width()
        if not button.icon().isNull():
            need_w += button.iconSize().width() + 4
        if isinstance(button, QPushButton) and button.menu() is not None:
            need_w += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator,
                                                 option, button)
        # The contents rect is where the label is drawn; the button's own rect cuts it.
        have = contents.intersected(shown)
        return _short(button, _clean(text), need_w, size.height(), have)
    hint = button.sizeHint()  # a tool button's hint is its text, icon and padding
    return _short(button, _clean(text), hint.width(), hint.height(), shown)


def _label(label: QLabel) -> list[str]:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    shown = _shown_rect(label)
    if label.wordWrap():
        need_h = label.heightForWidth(label.width())
        return _short(label, text, 0, need_h, QRect(0, 0, shown.width(), shown.height()))
    hint = label.minimumSizeHint()  # a non-wrapping label's text, margins and indent
    return _short(label, text, hint.width(), hint.height(), shown)


def _combo(combo: QComboBox) -> list[str]:
    """The chosen item's text in the box's field (an editable box scrolls its text)."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    size = combo.fontMetrics().size(0, text)
    need_w = combo.fontMetrics().horizontalAdvance(text)  # as the box measures its items
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need_w += combo.iconSize().width() + 4
    return _short(combo, text, need_w, size.height(), field.intersected(_shown_rect(combo)))


def _spin_box(box: QAbstractSpinBox) -> list[str]:
    """A date, time or number box shows all of its value beside its arrows."""
    text = box.text()
    if not text:
        return []
    option = QStyleOptionSpinBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                       QStyle.SubControl.SC_SpinBoxEditField, box)
    size = box.fontMetrics().size(0, text)
    # The line edit inside keeps a couple of pixels of its own on each side.
    return _short(box, text, size.width() + 4, size.height(),
                  field.intersected(_shown_rect(box)))


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    metrics = bar.fontMetrics()
    padding = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index)
        size = metrics.size(_MNEMONIC, text)
        need_w = size.width() + padding // 2
        if not bar.tabIcon(index).isNull():
            need_w += bar.iconSize().width() + 4
        have = bar.tabRect(index).intersected(_shown_rect(bar))
        found += _short(bar, f"tab {_clean(text)}", need_w, size.height(), have)
    return found


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    found = []
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    # The stylesheet's section padding is not in the metrics: measure a section's hint.
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if text is None or str(text) == "":
            continue
        text = str(text)
        need = metrics.size(0, text)
        hint = header.sectionSizeFromContents(logical) if hasattr(
            header, "sectionSizeFromContents") else None
        need_w = max(need.width() + 2 * margin, hint.width() if hint is not None else 0)
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            need_w = max(need_w, need.width() + 2 * margin + 16)
        position = header.sectionViewportPosition(logical)
        size = header.sectionSize(logical)
        have = (QRect(position, 0, size, header.height()) if horizontal
                else QRect(0, position, header.width(), size))
        visible = have.intersected(header.viewport().rect())
        if visible.isEmpty():
            continue  # scrolled out of view
        if horizontal:
            found += _short(header, f"column {text}", need_w, 0, have)
        else:
            found += _short(header, f"row {text}", 0, need.height(), have)
    return found


def _cells(view: QAbstractItemView) -> list[str]:
    """A cell's text that does not fit is fine if it elides and the cell has a tooltip."""
    model = view.model()
    if model is None or isinstance(view, QHeaderView):
        return []
    found = []
    metrics = view.fontMetrics()
    viewport = view.viewport().rect()
    elides = view.textElideMode() != Qt.TextElideMode.ElideNone
    columns = 1 if isinstance(view, QListView) else model.columnCount(view.rootIndex())
    for row in range(model.rowCount(view.rootIndex())):
        if view.visualRect(model.index(row, 0, view.rootIndex())).top() > viewport.bottom():
            break  # the rows below are out of sight
        for column in range(columns):
            index = model.index(row, column, view.rootIndex())
            rect = view.visualRect(index)
            if rect.isEmpty() or not rect.intersects(viewport):
                continue
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or isinstance(text, bool) or str(text) == "":
                continue
            need = metrics.size(0, str(text))
            if need.width() + CELL_MARGIN <= rect.width():
                continue
            if view.wordWrap() and metrics.boundingRect(
                    0, 0, rect.width() - CELL_MARGIN, 0, Qt.TextFlag.TextWordWrap,
                    str(text)).height() <= rect.height():
                continue
            if elides and index.data(Qt.ItemDataRole.ToolTipRole):
                continue
            found.append(f"{type(view).__name__} {where(view)} cell {str(text)!r}: "
                         f"{need.width() + CELL_MARGIN - rect.width()}px too narrow, no tooltip")
    return found
