"""The desk's list of everyone in the lounge now, fed from one query.

The whole list is read when the desk is shown or searched; the desk's own check-in,
check-out or seating changes one row (:meth:`InLoungeModel.put_row`,
:meth:`InLoungeModel.remove_row`), so the list, its selection and its scroll position
stay as they were and a year of history costs a scan nothing more.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from vipdesk.domain import lounge_time
from vipdesk.domain.flights import flight_label
from vipdesk.domain.message import QT_TRANSLATE_NOOP
from vipdesk.domain.names import form_of_address
from vipdesk.domain.vocabulary import VisitStatus
from vipdesk.gui.language import say_model_again, shown_number, when_language_changes
from vipdesk.services.visit_records import InLounge

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class InLoungeRow:
    visit_id: int
    name: str
    party: int
    place: str
    since: str
    flight: str
    arrived_at: dt.datetime | None = field(default=None, compare=False)  # the list's order
    waiting: bool = False  # not seated: "waiting" in the language of the moment it is shown

    @property
    def order(self) -> tuple[dt.datetime, int]:
        """Oldest arrival first, as the list is read (services/checkin.py)."""
        return (self.arrived_at or dt.datetime.min.replace(tzinfo=dt.UTC),
                self.visit_id)


def rows_from(visits: list[InLounge], timezone: str, waiting_label: str) -> list[InLoungeRow]:
    return [row_from(v, timezone, waiting_label) for v in visits]


def row_from(v: InLounge, timezone: str, waiting_label: str) -> InLoungeRow:
    seated = bool(v.space_name) and v.status is VisitStatus.SEATED
    return InLoungeRow(
        visit_id=v.visit_id,
        name=form_of_address(v.title, v.given_names, v.surname, v.language),
        party=v.party_size,
        place=v.space_name if seated else waiting_label,
        since=lounge_time.clock_text(v.arrived_at, timezone),
        flight=flight_label(v.carrier, v.flight_number),
        arrived_at=v.arrived_at,
        waiting=not seated,
    )


class InLoungeModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("InLoungeModel", "Guest"),
               QT_TRANSLATE_NOOP("InLoungeModel", "Pax"),
               QT_TRANSLATE_NOOP("InLoungeModel", "Where"),
               QT_TRANSLATE_NOOP("InLoungeModel", "Since"),
               QT_TRANSLATE_NOOP("InLoungeModel", "Flight"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[InLoungeRow] = []
        if isinstance(parent, QWidget):  # a model hears no LanguageChange: its owner does
            when_language_changes(parent, self.retranslate)

    def retranslate(self) -> None:
        """The language changed: the view asks again for every header and cell."""
        say_model_again(self)

    def set_rows(self, rows: list[InLoungeRow]) -> None:
        """Replace the rows in place when only their content changed, so selection survives."""
        if [r.visit_id for r in rows] == [r.visit_id for r in self.rows]:
            self.rows = rows
            if rows:
                last = self.index(len(rows) - 1, len(self.HEADERS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def put_row(self, row: InLoungeRow) -> None:
        """One visit changed (seated, moved) or came in: its row alone is updated or
        inserted in its place; the rest of the list, and the selection, stay."""
        at = self.row_of(row.visit_id)
        if at >= 0 and self.rows[at].order == row.order:
            self.rows[at] = row
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.HEADERS) - 1))
            return
        if at >= 0:
            self.remove_row(row.visit_id)
        at = bisect.bisect([r.order for r in self.rows], row.order)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, row)
        self.endInsertRows()

    def remove_row(self, visit_id: int) -> None:
        """One visit left the list (checked out, or no longer matching the search)."""
        at = self.row_of(visit_id)
        if at < 0:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self.rows[at]
        self.endRemoveRows()

    def row_of(self, visit_id: int) -> int:
        return next((n for n, row in enumerate(self.rows) if row.visit_id == visit_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # tip: elided
            place = (QCoreApplication.translate("InLoungeModel", "waiting") if row.waiting
                     else row.place)
            return (row.name, shown_number(row.party), place, row.since,
                    row.flight)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("InLoungeModel", self.HEADERS[section])
        return None
