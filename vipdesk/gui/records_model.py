"""A read-only table of records, one tuple of cells each (the staff and the erase lists).

The whole list is set at once (``set_rows``); a cut cell shows whole in its tooltip.
The board's lists, updated in place with tones, use ``board_models.RowsModel`` instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from vipdesk.gui.language import say_model_again, when_language_changes

Index = QModelIndex | QPersistentModelIndex
Record = TypeVar("Record")


class RecordsModel(QAbstractTableModel, Generic[Record]):
    HEADERS: tuple[str, ...] = ()  # untranslated; translated in headerData
    """Each marked for lupdate in the subclass's context:
    ``QT_TRANSLATE_NOOP("StaffTableModel", "Name")`` (see :meth:`context`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Record] = []
        if isinstance(parent, QWidget):  # a model hears no LanguageChange: its owner does
            when_language_changes(parent, self.retranslate)

    @classmethod
    def context(cls) -> str:
        """The translation context of the headers (and cells): the subclass's name."""
        return cls.__name__

    def retranslate(self) -> None:
        """The language changed: the view asks again for every header and cell."""
        say_model_again(self)

    def cells(self, row: Record) -> Sequence[str]:
        """The row's text, one per header."""
        raise NotImplementedError

    def set_rows(self, rows: list[Record]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # a long name
        if not index.isValid() or role not in shown:  # is elided: the tooltip has it whole
            return None
        return self.cells(self.rows[index.row()])[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.context(), self.HEADERS[section])
        return None
