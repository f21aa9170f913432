"""The object-named widgets and layouts of ``ui/desk_screen.ui``, as mypy sees them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipdesk.gui.forms import DesignerForm


class DeskForm(DesignerForm):
    """``ui/desk_screen.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "desk_screen"

    columns: QHBoxLayout
    mainColumn: QVBoxLayout
    scanRow: QHBoxLayout
    scanEdit: QLineEdit
    manualButton: QPushButton
    deskMessage: QLabel
    panel: QFrame
    guestLayout: QVBoxLayout
    addressLabel: QLabel
    flightLabel: QLabel
    loyaltyLabel: QLabel
    historyLabel: QLabel
    decisionLabel: QLabel
    boardingLabel: QLabel
    seatingGrid: QGridLayout
    spaceLabel: QLabel
    spaceCombo: QComboBox
    attendantLabel: QLabel
    attendantCombo: QComboBox
    languageLabel: QLabel
    languageCombo: QComboBox
    partyLabel: QLabel
    companionBox: QWidget
    companionRow: QHBoxLayout
    companionEdit: QLineEdit
    addCompanionButton: QPushButton
    companionScanButton: QPushButton
    partyNames: QLabel
    actionRow: QHBoxLayout
    checkInButton: QPushButton
    paidButton: QPushButton
    exceptionButton: QPushButton
    waitButton: QPushButton
    clearButton: QPushButton
    cardRow: QHBoxLayout
    doneLabel: QLabel
    previewCardButton: QPushButton
    printCardButton: QPushButton
    inLoungePanel: QFrame
    inLoungeLayout: QVBoxLayout
    inLoungeTitle: QLabel
    searchEdit: QLineEdit
    inLoungeTable: QTableView
    inLoungeButtons: QHBoxLayout
    feedbackButton: QPushButton
    checkOutButton: QPushButton
