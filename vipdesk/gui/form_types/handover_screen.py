"""The object-named widgets and layouts of ``ui/handover_screen.ui``, as mypy sees them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from vipdesk.gui.forms import DesignerForm


class HandoverForm(DesignerForm):
    """``ui/handover_screen.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "handover_screen"

    outer: QVBoxLayout
    titleRow: QHBoxLayout
    screenTitle: QLabel
    startShiftButton: QPushButton
    endShiftButton: QPushButton
    shiftLabel: QLabel
    deskMessage: QLabel
    columns: QHBoxLayout
    diaryPanel: QFrame
    diaryLayout: QVBoxLayout
    diaryHeading: QLabel
    diaryList: QListWidget
    entryLabel: QLabel
    entryEdit: QPlainTextEdit
    entryRow: QHBoxLayout
    addEntryButton: QPushButton
    handoverPanel: QFrame
    handoverLayout: QVBoxLayout
    handoverHeading: QLabel
    handoverView: QTextBrowser
    handoverButtons: QHBoxLayout
    ackLabel: QLabel
    printButton: QPushButton
    acknowledgeButton: QPushButton
