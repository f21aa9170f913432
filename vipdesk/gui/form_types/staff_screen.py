"""The object-named widgets and layouts of ``ui/staff_screen.ui``, as mypy sees them."""

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


class StaffForm(DesignerForm):
    """``ui/staff_screen.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "staff_screen"

    outer: QVBoxLayout
    screenTitle: QLabel
    messageLabel: QLabel
    columns: QHBoxLayout
    staffTable: QTableView
    panelScroll: QScrollArea
    panel: QFrame
    panelLayout: QVBoxLayout
    addHeading: QLabel
    nameLabel: QLabel
    nameEdit: QLineEdit
    roleLabel: QLabel
    roleCombo: QComboBox
    pinLabel: QLabel
    pinEdit: QLineEdit
    pinError: QLabel
    addButton: QPushButton
    line: QFrame
    selectedHeading: QLabel
    selectedLabel: QLabel
    renameLabel: QLabel
    renameRow: QHBoxLayout
    renameEdit: QLineEdit
    renameButton: QPushButton
    selectedRoleLabel: QLabel
    roleRow: QHBoxLayout
    selectedRoleCombo: QComboBox
    changeRoleButton: QPushButton
    newPinEdit: QLineEdit
    newPinError: QLabel
    setPinButton: QPushButton
    clearLockoutButton: QPushButton
    deactivateButton: QPushButton
