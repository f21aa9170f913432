"""Every Designer form loads, and its type in ``vipdesk.gui.form_types`` says what it holds.

mypy checks ``self.ui.pinEdit`` against the form type, not against the ``.ui`` file, so
the two must not drift: each object-named widget or layout in the file is declared with
exactly its Qt class, and nothing else is. The files are kept as Qt Designer writes
them (one element a line), so a form opened and saved in Designer changes nothing else.
"""

from __future__ import annotations

import typing
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QWidget

from vipdesk.gui.form_types import FORM_TYPES
from vipdesk.gui.forms import DesignerForm, form_path, forms_dir, load_form

# Designer's pseudo-classes, and the Qt class QUiLoader builds for each.
BUILT_AS = {"Line": "QFrame"}
LONGEST_LINE = 320  # a long sentence stays on its <string> line, as Designer writes it


def objects_in(form_type: type[DesignerForm]) -> dict[str, str]:
    """Object name -> Qt class of every widget and layout in the form's ``.ui`` file."""
    top = ET.parse(form_path(form_type)).getroot().find("widget")
    assert top is not None
    return {
        element.attrib["name"]: BUILT_AS.get(element.attrib["class"], element.attrib["class"])
        for element in top.iter()
        if element is not top and element.tag in ("widget", "layout")
    }


def declared_in(form_type: type[DesignerForm]) -> dict[str, type]:
    """Attribute name -> class, as the form type declares them for mypy."""
    hints = typing.get_type_hints(form_type)
    return {name: hint for name, hint in hints.items() if name != "ui_file"}


def test_every_form_file_has_a_form_type() -> None:
    assert sorted(path.stem for path in forms_dir().glob("*.ui")) == sorted(
        form_type.ui_file for form_type in FORM_TYPES)


@pytest.mark.parametrize("form_type", FORM_TYPES, ids=lambda form_type: form_type.ui_file)
def test_the_form_type_declares_every_object_of_its_file_with_its_class(
        form_type: type[DesignerForm]) -> None:
    declared = {name: cls.__name__ for name, cls in declared_in(form_type).items()}
    assert declared == objects_in(form_type)
    assert ET.parse(form_path(form_type)).getroot().findtext("class") == form_type.__name__


@pytest.mark.parametrize("form_type", FORM_TYPES, ids=lambda form_type: form_type.ui_file)
def test_the_loaded_form_holds_what_its_type_declares(
        qtbot, form_type: type[DesignerForm]) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    form = load_form(form_type, host)
    for name, cls in declared_in(form_type).items():
        assert type(getattr(form, name)) is cls, name

@pytest.mark.parametrize("form_type", FORM_TYPES, ids=lambda form_type: form_type.ui_file)
def test_the_form_file_is_laid_out_as_designer_writes_it(form_type: type[DesignerForm]) -> None:
    lines = form_path(form_type).read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ['<?xml version="1.0" encoding="UTF-8"?>', '<ui version="4.0">']
    assert lines[-1] == "</ui>"
    assert len(lines) > 10
    assert max(len(line) for line in lines) <= LONGEST_LINE
    for line in lines[1:]:
        indent = len(line) - len(line.lstrip(" "))
        assert line[indent] == "<", line  # one element a line: no text on a line of its own
        assert line.count("<") <= 2, line  # at most <string>text</string>
