"""The object-named widgets and layouts of ``ui/first_run.ui``, as mypy sees them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from vipdesk.gui.forms import DesignerForm


class FirstRunForm(DesignerForm):
    """``ui/first_run.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "first_run"

    outer: QVBoxLayout
    headingLabel: QLabel
    introLabel: QLabel
    columns: QHBoxLayout
    loungeForm: QFormLayout
    nameLabel: QLabel
    nameEdit: QLineEdit
    nameError: QLabel
    airportLabel: QLabel
    airportEdit: QLineEdit
    airportError: QLabel
    timezoneLabel: QLabel
    timezoneCombo: QComboBox
    timezoneError: QLabel
    adminNameLabel: QLabel
    adminNameEdit: QLineEdit
    adminNameError: QLabel
    adminPinLabel: QLabel
    adminPinEdit: QLineEdit
    adminPinRepeatLabel: QLabel
    adminPinRepeatEdit: QLineEdit
    adminPinError: QLabel
    spacesColumn: QVBoxLayout
    spacesLabel: QLabel
    spacesTable: QTableWidget
    spaceButtons: QHBoxLayout
    addSpaceButton: QPushButton
    removeSpaceButton: QPushButton
    spacesError: QLabel
    footer: QHBoxLayout
    backButton: QPushButton
    createButton: QPushButton
