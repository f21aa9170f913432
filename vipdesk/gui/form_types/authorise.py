"""The object-named widgets and layouts of ``ui/authorise.ui``, as mypy sees them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from vipdesk.gui.forms import DesignerForm


class AuthoriseForm(DesignerForm):
    """``ui/authorise.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "authorise"

    outer: QVBoxLayout
    headingLabel: QLabel
    staffLabel: QLabel
    staffCombo: QComboBox
    pinLabel: QLabel
    pinEdit: QLineEdit
    reasonLabel: QLabel
    reasonEdit: QLineEdit
    messageLabel: QLabel
    buttons: QHBoxLayout
    cancelButton: QPushButton
    approveButton: QPushButton
