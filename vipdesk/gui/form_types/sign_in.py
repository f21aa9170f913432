"""The object-named widgets and layouts of ``ui/sign_in.ui``, as mypy sees them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from vipdesk.gui.forms import DesignerForm


class SignInForm(DesignerForm):
    """``ui/sign_in.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "sign_in"

    outer: QHBoxLayout
    card: QFrame
    cardLayout: QVBoxLayout
    languageRow: QHBoxLayout
    languageChoice: QComboBox
    loungeLabel: QLabel
    headingLabel: QLabel
    body: QHBoxLayout
    staffList: QListWidget
    pinColumn: QVBoxLayout
    pinLabel: QLabel
    pinEdit: QLineEdit
    keypad: QGridLayout
    key1: QPushButton
    key2: QPushButton
    key3: QPushButton
    key4: QPushButton
    key5: QPushButton
    key6: QPushButton
    key7: QPushButton
    key8: QPushButton
    key9: QPushButton
    keyClear: QPushButton
    key0: QPushButton
    keyBack: QPushButton
    signInButton: QPushButton
    messageLabel: QLabel
