"""The object-named widgets and layouts of ``ui/erase_guest_screen.ui``, as mypy sees them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
)

from vipdesk.gui.forms import DesignerForm


class EraseGuestForm(DesignerForm):
    """``ui/erase_guest_screen.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "erase_guest_screen"

    outer: QVBoxLayout
    screenTitle: QLabel
    introLabel: QLabel
    findRow: QHBoxLayout
    findLabel: QLabel
    findEdit: QLineEdit
    findButton: QPushButton
    columns: QHBoxLayout
    guestTable: QTableView
    panelScroll: QScrollArea
    panel: QFrame
    panelLayout: QVBoxLayout
    guestHeading: QLabel
    summaryLabel: QLabel
    whatLabel: QLabel
    reasonLabel: QLabel
    reasonCombo: QComboBox
    pinLabel: QLabel
    pinEdit: QLineEdit
    eraseButton: QPushButton
    messageLabel: QLabel
