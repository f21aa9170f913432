"""Signed in at lounge A as each role, every screen it may open shows no row of lounge B: each
screen built and activated, every visible text and every row of every list walked. A new
screen in vipdesk.gui.screens is walked with no change here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from tests.scoping.two_lounges import LoungeCast, leaks
from vipdesk.domain.permissions import allows
from vipdesk.domain.vocabulary import Role
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.main_window import MainWindow
from vipdesk.gui.screens import all_screens
from vipdesk.services import staff
from vipdesk.services.session import Session

ROLES = (Role.FRONT_DESK, Role.DUTY_MANAGER, Role.ADMINISTRATOR)


def _count(count, parent: QModelIndex) -> int:  # type: ignore[no-untyped-def]
    """A list model hides its column count (and a flat one its children's rows): one, none."""
    try:
        return int(count(parent))
    except TypeError:
        return 1 if count.__name__ == "columnCount" else 0


def model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> Iterator[str]:
    """Every cell's text and tooltip, headers too, children of a tree as well."""
    columns = _count(model.columnCount, parent)
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if value is not None:
                yield str(value)
    for row in range(_count(model.rowCount, parent)):
        for column in range(max(1, columns)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if column == 0 and parent == QModelIndex() and _count(model.rowCount, index) > 0:
                yield from model_texts(model, index)


# Widgets that list every lounge by design: the desk's choice of the lounge it serves
# (Settings, administrators only).
EVERY_LOUNGE = {"loungeCombo"}


def _within(widget: QWidget | None, names: set[str]) -> bool:
    """Whether the widget, or one it is part of (a combo box's list), is one of ``names``."""
    while widget is not None:
        if widget.objectName() in names:
            return True
        widget = widget.parentWidget()
    return False


def widget_texts(root: QWidget) -> Iterator[str]:
    """What every widget under ``root`` says: labels, fields, buttons, lists, combo boxes."""
    for widget in [root, *root.findChildren(QWidget)]:
        if _within(widget, EVERY_LOUNGE):
            continue
        yield widget.toolTip()
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            yield widget.text()
        elif isinstance(widget, (QTextEdit, QTextBrowser, QPlainTextEdit)):
            yield widget.toPlainText()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from model_texts(widget.model())


def settle(qtbot) -> None:
    """Let the screen's reads on workers finish and their answers be shown."""
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(5000)
        qtbot.wait(50)


def signed_in_at_a(session: Session, a: LoungeCast, role: Role) -> None:
    member = a.by_role(role)
    assert member.pin is not None and staff.sign_in(session, member.id, member.pin).ok


@pytest.mark.parametrize("role", ROLES, ids=lambda role: role.value)
def test_no_screen_at_a_shows_a_row_of_b(qtbot, session: Session,
                                         lounges: tuple[LoungeCast, LoungeCast],
                                         role: Role) -> None:
    a, _ = lounges
    signed_in_at_a(session, a, role)
    found: dict[str, list[str]] = {}
    for spec in all_screens():
        if not allows(role, spec.permission):
            continue
        screen = spec.factory(session, DeskEvents())
        qtbot.addWidget(screen)
        screen.resize(1366, 768)
        screen.show()
        if hasattr(screen, "activate"):
            screen.activate()
        settle(qtbot)
        found[spec.key] = leaks(widget_texts(screen))
        screen.close()
    assert found, "the role opened no screen"
    assert {key: shown for key, shown in found.items() if shown} == {}


def test_the_sign_in_and_the_window_at_a_show_no_one_of_b(
        qtbot, session: Session, lounges: tuple[LoungeCast, LoungeCast]) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    assert leaks(widget_texts(window)) == []


def test_the_screens_of_b_show_bs_rows(qtbot, session: Session,
                                       lounges: tuple[LoungeCast, LoungeCast]) -> None:
    """The control: the same walk at B finds B's markers on its screens."""
    _, b = lounges
    session.lounge_id = b.lounge_id
    signed_in_at_a(session, b, Role.ADMINISTRATOR)
    shown = []
    for spec in all_screens():
        screen = spec.factory(session, DeskEvents())
        qtbot.addWidget(screen)
        screen.show()
        if hasattr(screen, "activate"):
            screen.activate()
        settle(qtbot)
        if leaks(widget_texts(screen)):
            shown.append(spec.key)
        screen.close()
    assert {"desk", "board", "complaints", "handover", "staff"} <= set(shown)
