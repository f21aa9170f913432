"""A Designer row of buttons wraps onto a second line instead of cutting their words,
keeps its name, its place and its tab order, and hands no layout item to Python."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from tests.helpers.qt import delete_later_now, layout_item_wrappers
from vipdesk.gui.flow_layout import FlowRow, wrap_rows

FORM = """<ui version="4.0"><widget class="QWidget" name="Form">
<layout class="QVBoxLayout" name="column">
<item><widget class="QLineEdit" name="before"/></item>
<item><layout class="QHBoxLayout" name="actions">{buttons}
<item><spacer name="stretch"><property name="orientation"><enum>Qt::Horizontal</enum></property>
</spacer></item></layout></item>
<item><widget class="QLineEdit" name="after"/></item>
</layout></widget></ui>"""


def a_form(qtbot, words: list[str]) -> tuple[QWidget, QLineEdit, list[QPushButton], QLineEdit]:
    """A form as Designer lays it out: a field, a row of buttons named ``actions`` ending
    in a stretch, a field; built by QUiLoader, as the desk's forms are."""
    buttons = "".join(f'<item><widget class="QPushButton" name="b{i}"><property name="text">'
                      f"<string>{text}</string></property></widget></item>"
                      for i, text in enumerate(words))
    source = QBuffer()
    source.setData(QByteArray(FORM.format(buttons=buttons).encode()))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    form = QUiLoader().load(source)
    qtbot.addWidget(form)
    before, after = form.findChild(QLineEdit, "before"), form.findChild(QLineEdit, "after")
    assert before is not None and after is not None
    return form, before, [form.findChild(QPushButton, f"b{i}") for i in range(len(words))], after


def the_row(form: QWidget) -> FlowRow:
    row = form.findChild(FlowRow, "actions")
    assert row is not None
    return row


def tops(buttons: list[QPushButton]) -> list[int]:
    return [button.geometry().top() for button in buttons]


def test_a_row_too_narrow_for_its_buttons_goes_on_two_lines_with_every_word_whole(qtbot) -> None:
    words = ["Check in", "Move to the VIP room", "Hand over to an attendant", "Send to the queue"]
    form, _before, buttons, _after = a_form(qtbot, words)
    wrap_rows(form, "actions")
    form.resize(900, 300)
    form.show()
    qtbot.waitExposed(form)
    assert len(set(tops(buttons))) == 1  # wide enough: one line, as designed

    form.resize(320, 300)
    qtbot.waitUntil(lambda: len(set(tops(buttons))) > 1)
    for button in buttons:
        assert button.width() >= button.sizeHint().width()  # no word cut
        assert button.geometry().right() < the_row(form).width()
    assert the_row(form).height() >= buttons[-1].geometry().bottom()  # the row grew for them


def test_a_hidden_button_takes_no_place_and_a_deleted_one_leaves_the_row(qtbot) -> None:
    form, _before, buttons, _after = a_form(qtbot, ["One", "Two", "Three"])
    wrap_rows(form, "actions")
    form.resize(600, 200)
    form.show()
    qtbot.waitExposed(form)
    buttons[0].hide()
    qtbot.waitUntil(lambda: buttons[1].geometry().left() == 0)

    buttons[1].deleteLater()
    delete_later_now()
    assert the_row(form).widgets() == [buttons[0], buttons[2]]
    qtbot.waitUntil(lambda: buttons[2].geometry().left() == 0)
    assert layout_item_wrappers() == []


def test_a_button_whose_words_grow_gets_the_room_they_need(qtbot) -> None:
    form, _before, buttons, _after = a_form(qtbot, ["One", "Two"])
    wrap_rows(form, "actions")
    form.resize(600, 200)
    form.show()
    qtbot.waitExposed(form)
    buttons[0].setText("One, with many more words than before")
    qtbot.waitUntil(lambda: buttons[0].width() >= buttons[0].sizeHint().width())
    assert buttons[1].geometry().left() > buttons[0].geometry().right()


def test_the_row_keeps_its_place_in_the_form_and_in_the_tab_order(qtbot) -> None:
    form, before, buttons, after = a_form(qtbot, ["One", "Two", "Three"])
    wrap_rows(form, "actions")
    column = form.layout()
    assert isinstance(column, QBoxLayout)
    assert column.indexOf(before) == 0 and column.indexOf(the_row(form)) == 1
    assert column.indexOf(after) == 2
    chain = [before.nextInFocusChain()]
    while len(chain) < 4:
        chain.append(chain[-1].nextInFocusChain())
    assert chain == [*buttons, after]


def test_no_layout_item_reaches_python_and_the_old_row_is_gone(qtbot) -> None:
    """Before the row was a widget, the wrapped row kept a Python wrapper of each button's
    layout item, and a deleted button's wrapper answered for the next object Qt built at
    its address: a table read back as a ``QWidgetItem``, a row ``findChild`` missed."""
    form, _before, buttons, _after = a_form(qtbot, ["One", "Two"])
    wrap_rows(form, "actions")
    assert layout_item_wrappers() == []
    assert form.findChild(QHBoxLayout, "actions") is None
    for button in buttons:
        assert shiboken6.isValid(button) and button.parent() is the_row(form)
