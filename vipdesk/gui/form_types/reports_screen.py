"""The object-named widgets and layouts of ``ui/reports_screen.ui``, as mypy sees them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.gui.forms import DesignerForm


class ReportsForm(DesignerForm):
    """``ui/reports_screen.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "reports_screen"

    outer: QVBoxLayout
    screenTitle: QLabel
    panel: QFrame
    choices: QHBoxLayout
    reportLabel: QLabel
    reportCombo: QComboBox
    dayLabel: QLabel
    dayEdit: QDateEdit
    toLabel: QLabel
    toEdit: QDateEdit
    languageLabel: QLabel
    languageCombo: QComboBox
    showButton: QPushButton
    outputRow: QHBoxLayout
    deskMessage: QLabel
    buildProgress: QProgressBar
    cancelButton: QPushButton
    printButton: QPushButton
    savePdfButton: QPushButton
    saveCsvButton: QPushButton
    reportTabs: QTabWidget
    previewTab: QWidget
    previewLayout: QVBoxLayout
    pagesArea: QScrollArea
    pagesWidget: QWidget
    pagesLayout: QVBoxLayout
    runsTab: QWidget
    runsLayout: QVBoxLayout
    runsNote: QLabel
    commandRunsTable: QTableView
