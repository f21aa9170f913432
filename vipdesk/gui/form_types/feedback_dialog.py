"""The object-named widgets and layouts of ``ui/feedback_dialog.ui``, as mypy sees them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.gui.forms import DesignerForm


class FeedbackForm(DesignerForm):
    """``ui/feedback_dialog.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "feedback_dialog"

    outer: QVBoxLayout
    headingLabel: QLabel
    columns: QHBoxLayout
    listenColumn: QVBoxLayout
    kindRow: QHBoxLayout
    channelRow: QHBoxLayout
    kindLabel: QLabel
    kindCombo: QComboBox
    channelLabel: QLabel
    channelCombo: QComboBox
    templateRow: QHBoxLayout
    templateLabel: QLabel
    templateCombo: QComboBox
    wordsLabel: QLabel
    wordsEdit: QPlainTextEdit
    wordsError: QLabel
    praiseBox: QWidget
    praiseLayout: QVBoxLayout
    praisedStaffLabel: QLabel
    praisedStaffCombo: QComboBox
    praiseNoteLabel: QLabel
    praiseNoteEdit: QLineEdit
    praiseNoteError: QLabel
    praiseHint: QLabel
    expectsLabel: QLabel
    expectsEdit: QPlainTextEdit
    expectsError: QLabel
    apologisedCheck: QCheckBox
    immediateLabel: QLabel
    immediateEdit: QLineEdit
    immediateError: QLabel
    routeColumn: QVBoxLayout
    routeGrid: QGridLayout
    categoryLabel: QLabel
    categoryCombo: QComboBox
    severityLabel: QLabel
    severityCombo: QComboBox
    departmentLabel: QLabel
    departmentCombo: QComboBox
    workOrderLabel: QLabel
    workOrderEdit: QLineEdit
    workOrderError: QLabel
    compensationRow: QHBoxLayout
    compensationLabel: QLabel
    compensationKindEdit: QLineEdit
    compensationValueSpin: QDoubleSpinBox
    compensationError: QLabel
    promiseGroup: QGroupBox
    promiseGrid: QGridLayout
    promiseDueLabel: QLabel
    promiseDueEdit: QDateTimeEdit
    promiseOwnerLabel: QLabel
    promiseOwnerCombo: QComboBox
    promiseHowLabel: QLabel
    promiseHowEdit: QLineEdit
    promiseError: QLabel
    escalateCheck: QCheckBox
    buttonRow: QHBoxLayout
    formMessage: QLabel
    cancelButton: QPushButton
    saveButton: QPushButton
