"""The object-named widgets and layouts of ``ui/board_screen.ui``, as mypy sees them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.gui.forms import DesignerForm


class BoardForm(DesignerForm):
    """``ui/board_screen.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "board_screen"

    outer: QVBoxLayout
    header: QHBoxLayout
    screenTitle: QLabel
    findEdit: QLineEdit
    deskMessage: QLabel
    mainSplitter: QSplitter
    spacesPane: QWidget
    spacesLayout: QVBoxLayout
    spacesHeading: QLabel
    spacesTable: QTableView
    partyButtons: QHBoxLayout
    moveButton: QPushButton
    handOverButton: QPushButton
    informedButton: QPushButton
    checkOutButton: QPushButton
    feedbackButton: QPushButton
    spaceButtons: QHBoxLayout
    spaceButtonsLabel: QLabel
    freeButton: QPushButton
    preparingButton: QPushButton
    reserveButton: QPushButton
    sidePane: QWidget
    sideLayout: QVBoxLayout
    waitingHeading: QLabel
    waitingTable: QTableView
    waitButtons: QHBoxLayout
    seatButton: QPushButton
    acknowledgeButton: QPushButton
    proposalLabel: QLabel
    sideTabs: QTabWidget
    departuresTab: QWidget
    departuresLayout: QVBoxLayout
    departuresTable: QTableView
    flightButtons: QHBoxLayout
    importButton: QPushButton
    addFlightButton: QPushButton
    editFlightButton: QPushButton
    attendantsTab: QWidget
    attendantsLayout: QVBoxLayout
    attendantsTable: QTableView
    foundTab: QWidget
    foundLayout: QVBoxLayout
    foundTable: QTableView
