"""The desk's list of everyone in the lounge now, fed from one query."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from vipdesk.domain import lounge_time
from vipdesk.domain.names import form_of_address
from vipdesk.domain.vocabulary import VisitStatus
from vipdesk.storage.models import Visit

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class InLoungeRow:
    visit_id: int
    name: str
    party: int
    place: str
    since: str
    flight: str


def rows_from(visits: list[Visit], timezone: str, waiting_label: str) -> list[InLoungeRow]:
    return [InLoungeRow(
        visit_id=v.id,
        name=form_of_address(v.guest.title, v.guest.given_names, v.guest.surname, v.guest.language),
        party=v.party_size,
        place=v.space.name if v.space_id and v.status is VisitStatus.SEATED else waiting_label,
        since=lounge_time.clock_text(v.arrived_at, timezone),
        flight=f"{v.carrier} {v.flight_number.lstrip('0') or v.flight_number}".strip(),
    ) for v in visits]


class InLoungeModel(QAbstractTableModel):
    HEADERS = ("Guest", "Pax", "Where", "Since", "Flight")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[InLoungeRow] = []

    def set_rows(self, rows: list[InLoungeRow]) -> None:
        """Replace the rows in place when only their content changed, so selection survives."""
        if [r.visit_id for r in rows] == [r.visit_id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.HEADERS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, visit_id: int) -> int:
        return next((n for n, row in enumerate(self.rows) if row.visit_id == visit_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # tip: elided
            return (row.name, str(row.party), row.place, row.since, row.flight)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None
