"""Loading Qt Designer forms from ``ui/`` at run time: no generated code, no build step.

A screen composes its form: ``self.ui = load_form(SignInForm, self)``; the
form's widgets are then reached by object name, e.g. ``self.ui.pinEdit``, and mypy
checks them against the form type (``vipdesk.gui.form_types``).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import ClassVar, TypeVar, cast

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget


class DesignerForm(QWidget):
    """The type of a form loaded from ``ui/<ui_file>.ui``, so mypy checks ``self.ui.pinEdit``.

    ``QUiLoader`` builds a plain ``QWidget`` and sets each object-named child on it as an
    attribute. A subclass (``vipdesk.gui.form_types``) declares those children, name and Qt
    class; it is never built, only cast to (a Protocol cannot be: mypy refuses it as
    ``type[Form]``). ``tests/gui/test_forms.py`` keeps each subclass equal to its ``.ui``.
    """

    ui_file: ClassVar[str]


Form = TypeVar("Form", bound=DesignerForm)


@functools.cache
def forms_dir() -> Path:
    """``ui/`` in a checkout, or the copy installed as ``vipdesk.ui``."""
    checkout = Path(__file__).resolve().parents[2] / "ui"
    if checkout.is_dir():
        return checkout
    return Path(__file__).resolve().parents[1] / "ui"  # installed: mapped by pyproject


def load_form(form_type: type[Form], host: QWidget) -> Form:
    """Load the form type's ``ui/<ui_file>.ui`` and lay it out to fill ``host``."""
    path = form_path(form_type)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Qt form not found: {path}")
    try:
        loader = QUiLoader()
        loader.setLanguageChangeEnabled(True)  # the form retranslates itself (gui/language.py)
        form = loader.load(file, host)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"Qt form could not be loaded: {path}")
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return cast(Form, form)  # QUiLoader's QWidget, its children set as attributes


def form_path(form_type: type[DesignerForm]) -> Path:
    """The ``.ui`` file a form type is declared for."""
    return forms_dir() / f"{form_type.ui_file}.ui"
