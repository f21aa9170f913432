"""The object-named widgets and layouts of ``ui/lounge_chooser.ui``, as mypy sees them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from vipdesk.gui.forms import DesignerForm


class LoungeChooserForm(DesignerForm):
    """``ui/lounge_chooser.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "lounge_chooser"

    outer: QVBoxLayout
    headingLabel: QLabel
    introLabel: QLabel
    loungeList: QListWidget
    buttons: QHBoxLayout
    cancelButton: QPushButton
    openButton: QPushButton
