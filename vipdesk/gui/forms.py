"""Loading Qt Designer forms from ``ui/`` at run time: no generated code, no build step.

A screen composes its form: ``self.ui = load_form("sign_in", self)``; the
form's widgets are then reached by object name, e.g. ``self.ui.pinEdit``.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget


@functools.cache
def forms_dir() -> Path:
    """``ui/`` in a checkout, or the copy installed as ``vipdesk.ui``."""
    checkout = Path(__file__).resolve().parents[2] / "ui"
    if checkout.is_dir():
        return checkout
    return Path(__file__).resolve().parents[1] / "ui"  # installed: mapped by pyproject


def load_form(name: str, host: QWidget) -> QWidget:
    """Load ``ui/<name>.ui`` and lay it out to fill ``host``."""
    path = forms_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Qt form not found: {path}")
    try:
        form = QUiLoader().load(file, host)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"Qt form could not be loaded: {path}")
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form
