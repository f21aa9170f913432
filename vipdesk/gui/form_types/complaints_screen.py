"""The object-named widgets and layouts of ``ui/complaints_screen.ui``, as mypy sees them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipdesk.gui.forms import DesignerForm


class ComplaintsForm(DesignerForm):
    """``ui/complaints_screen.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "complaints_screen"

    outer: QVBoxLayout
    titleRow: QHBoxLayout
    screenTitle: QLabel
    logButton: QPushButton
    panel: QFrame
    filters: QGridLayout
    statusFilter: QComboBox
    kindFilter: QComboBox
    categoryFilter: QComboBox
    severityFilter: QComboBox
    departmentFilter: QComboBox
    datesBox: QWidget
    datesRow: QHBoxLayout
    datesCheck: QCheckBox
    fromDateEdit: QDateEdit
    toLabel: QLabel
    toDateEdit: QDateEdit
    searchEdit: QLineEdit
    sortCombo: QComboBox
    deskMessage: QLabel
    splitter: QSplitter
    listSide: QWidget
    listLayout: QVBoxLayout
    complaintsTable: QTableView
    countLabel: QLabel
    detailPanel: QFrame
    detailLayout: QVBoxLayout
    detailTitle: QLabel
    detailScroll: QScrollArea
    detailBody: QWidget
    bodyLayout: QVBoxLayout
    metaLabel: QLabel
    wordsHeading: QLabel
    wordsView: QPlainTextEdit
    expectsLabel: QLabel
    doneLabel: QLabel
    promiseRow: QHBoxLayout
    promiseLabel: QLabel
    keepPromiseButton: QPushButton
    workOrdersHeading: QLabel
    workOrdersList: QListWidget
    workOrderRow: QHBoxLayout
    completeWorkOrderButton: QPushButton
    historyHeading: QLabel
    historyList: QListWidget
    stepTextEdit: QLineEdit
    stepRow: QHBoxLayout
    startButton: QPushButton
    resolveButton: QPushButton
    closeButton: QPushButton
    reopenButton: QPushButton
    escalateButton: QPushButton
    noteButton: QPushButton
    assignRow: QHBoxLayout
    assignDepartmentCombo: QComboBox
    assignOwnerCombo: QComboBox
    assignButton: QPushButton
