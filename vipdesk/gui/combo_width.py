"""A combo box never narrower than its longest item.

``QComboBox.sizeHint`` (even with ``AdjustToContents``) leaves the styled edit field a few
pixels short of some items (Chinese full-width brackets, the pseudo-locale's accents): the
field is measured here, in the box's own styled font, and the box made wide enough.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox


def width_for_its_items(combo: QComboBox) -> int:
    """The width the box needs to show each of its items whole."""
    combo.ensurePolished()
    hint = combo.sizeHint()
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    option.rect = QRect(QPoint(0, 0), hint)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    widest = max((combo.fontMetrics().horizontalAdvance(combo.itemText(index))
                  for index in range(combo.count())), default=0)
    return hint.width() + max(0, widest - field.width())


def as_wide_as_its_items(combo: QComboBox) -> None:
    """Call after its items are set; again when their texts change (a language switch)."""
    combo.setMinimumWidth(width_for_its_items(combo))
