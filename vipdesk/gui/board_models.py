"""The lounge board's table models: refreshed in place, so nothing flickers or loses its place.

Every refresh hands a model the whole list of rows again; :meth:`RowsModel.set_rows`
turns the difference into the smallest model signals: ``dataChanged`` for rows
whose text or tone changed, ``beginRemoveRows``/``beginInsertRows`` for rows
that left or arrived. The view keeps its selection and scroll position because
the rows it knows are never reset (only a reordering of kept rows resets).

The waiting list's timers re-read the clock every tick: :meth:`WaitingModel.tick`
repaints only the timer column, and a row whose stage changed (amber at 10
minutes, red at 15) as a whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from vipdesk.domain import waiting as rules
from vipdesk.domain.lounge_time import clock_text
from vipdesk.domain.message import QT_TRANSLATE_NOOP
from vipdesk.domain.vocabulary import SpaceKind, SpaceState
from vipdesk.domain.waiting import WaitSettings, WaitStage
from vipdesk.gui import style
from vipdesk.gui.language import say_model_again, shown_number, when_language_changes
from vipdesk.gui.words import in_a_sentence
from vipdesk.services.board import BoardData, PartyRow
from vipdesk.services.departures import DepartureRow
from vipdesk.services.waiting import WaitRow

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "Board"

# Tones: how a row is painted. (background, foreground); None keeps the view's own.
TONES: dict[str, tuple[str | None, str | None]] = {
    "": (None, None),
    "space": ("#e9edf2", "#0d1b2a"),
    "soon": ("#fff3dc", "#7a4a00"),
    "informed": (None, "#555555"),
    "muted": (None, "#666666"),
    WaitStage.CALM.value: (None, None),
    WaitStage.AMBER.value: (style.AMBER, "#ffffff"),
    WaitStage.RED.value: (style.RED, "#ffffff"),
    WaitStage.ESCALATED.value: ("#7a1410", "#ffffff"),
}
_BRUSHES = {tone: tuple(QBrush(QColor(c)) if c else None for c in pair)
            for tone, pair in TONES.items()}


@dataclass(frozen=True)
class TableRow:
    """One row as shown: a stable key, its cells' text, and its tone."""

    key: Hashable
    cells: tuple[str, ...]
    tone: str = ""
    bold: bool = False
    tip: str = ""  # more than the cells say, in the first cell's tooltip


class RowsModel(QAbstractTableModel):
    """A read-only table of :class:`TableRow`, updated in place (see the module)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)  # marked in the "Board" context; translated in headerData
        self.rows: list[TableRow] = []
        self._bold = QFont()
        self._bold.setBold(True)
        if isinstance(parent, QWidget):  # a model hears no LanguageChange: its view's owner does
            when_language_changes(parent, self.retranslate)

    def retranslate(self) -> None:
        """The language changed: the view asks again for every header and cell (the owner
        rebuilds rows whose words it made, see ``BoardScreen.retranslate``)."""
        say_model_again(self)

    # -- refreshing ---------------------------------------------------------------------
    def set_rows(self, rows: Sequence[TableRow]) -> None:
        new = list(rows)
        new_keys = [row.key for row in new]
        wanted = set(new_keys)
        for number in range(len(self.rows) - 1, -1, -1):  # bottom up: numbers stay valid
            if self.rows[number].key not in wanted:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self.rows[number]
                self.endRemoveRows()
        kept = [row.key for row in self.rows]
        if kept != [key for key in new_keys if key in set(kept)]:
            self.beginResetModel()  # kept rows changed order: rare (nothing sorts by time)
            self.rows = new
            self.endResetModel()
            return
        for number, row in enumerate(new):
            if number < len(self.rows) and self.rows[number].key == row.key:
                if self.rows[number] != row:
                    self.rows[number] = row
                    self.dataChanged.emit(self.index(number, 0),
                                          self.index(number, len(self.headers) - 1))
                continue
            self.beginInsertRows(QModelIndex(), number, number)
            self.rows.insert(number, row)
            self.endInsertRows()

    def row_of(self, key: Hashable) -> int:
        return next((n for n, row in enumerate(self.rows) if row.key == key), -1)

    def key_at(self, number: int) -> Hashable | None:
        return self.rows[number].key if 0 <= number < len(self.rows) else None

    # -- Qt's model API -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and row.tip and index.column() == 0:
            return f"{self.cell(row, index.row(), 0).strip()}\n{row.tip}"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return _BRUSHES.get(self.tone(row, index.row()), (None, None))[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return _BRUSHES.get(self.tone(row, index.row()), (None, None))[1]
        if role == Qt.ItemDataRole.FontRole and (row.bold or self.tone(row, index.row())
                                                 in ("red", "escalated")):
            return self._bold
        return None

    def cell(self, row: TableRow, number: int, column: int) -> str:
        return row.cells[column] if column < len(row.cells) else ""

    def tone(self, row: TableRow, number: int) -> str:
        return row.tone

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return QCoreApplication.translate(CONTEXT, self.headers[section])
        return None


# --- the spaces and their parties ----------------------------------------------------------

SPACE_HEADERS = (QT_TRANSLATE_NOOP("Board", "Space / guest"), QT_TRANSLATE_NOOP("Board", "Pax"),
                 QT_TRANSLATE_NOOP("Board", "In"), QT_TRANSLATE_NOOP("Board", "Flight"),
                 QT_TRANSLATE_NOOP("Board", "Boards"), QT_TRANSLATE_NOOP("Board", "Attendant"))
DEPARTURE_HEADERS = (QT_TRANSLATE_NOOP("Board", "Flight"), QT_TRANSLATE_NOOP("Board", "To"),
                     QT_TRANSLATE_NOOP("Board", "Departs"), QT_TRANSLATE_NOOP("Board", "Boards"),
                     QT_TRANSLATE_NOOP("Board", "Gate"))
ATTENDANT_HEADERS = (QT_TRANSLATE_NOOP("Board", "Attendant"), QT_TRANSLATE_NOOP("Board", "Parties"),
                     QT_TRANSLATE_NOOP("Board", "Guests"))
FOUND_HEADERS = (QT_TRANSLATE_NOOP("Board", "Guest"), QT_TRANSLATE_NOOP("Board", "Pax"),
                 QT_TRANSLATE_NOOP("Board", "Where"), QT_TRANSLATE_NOOP("Board", "Flight"),
                 QT_TRANSLATE_NOOP("Board", "In"))


def _space_state(space: Any, timezone: str) -> str:
    if space.kind is SpaceKind.LOBBY:
        return ""
    text = in_a_sentence(space.state)
    if space.state is SpaceState.RESERVED:
        until = clock_text(space.reserved_until, timezone)
        text += QCoreApplication.translate("Board", ": {name} until {time}").format(
            name=space.reserved_for, time=until)
    return text


def _party_cells(party: PartyRow, timezone: str) -> tuple[str, ...]:
    boards = clock_text(party.boarding_at, timezone)
    if boards and party.boarding_assumed:
        boards = f"~{boards}"
    if boards and party.boarding_soon:
        boards += " " + QCoreApplication.translate("Board", "soon")
    elif boards and party.informed:
        boards += " ✓"  # told about boarding
    return ("    " + party.guest_name, shown_number(party.party_size),
            clock_text(party.arrived_at, timezone), party.flight, boards, party.attendant_name)


def space_rows(data: BoardData) -> list[TableRow]:
    """A heading row per space (occupancy against capacity, state), then each party in it."""
    timezone = data.timezone
    rows = []
    for space in data.spaces:
        heading = " · ".join(part for part in (
            space.name, f"{space.people}/{space.capacity}", _space_state(space, timezone)) if part)
        rows.append(TableRow(key=("space", space.space_id), tone="space", bold=True,
                             cells=(heading, "", "", "", "", "")))
        for party in space.parties:
            tone = "soon" if party.boarding_soon else "informed" if party.informed else ""
            tip = QCoreApplication.translate("Board", "Checked in at {desk}").format(
                desk=party.desk) if party.desk else ""
            rows.append(TableRow(key=("party", party.visit_id), tone=tone,
                                 cells=_party_cells(party, timezone), tip=tip))
    return rows


def departure_rows(departures: Sequence[DepartureRow], timezone: str) -> list[TableRow]:
    return [TableRow(key=d.flight_id, cells=(
        d.flight, d.destination, clock_text(d.departs_at, timezone),
        ("~" if d.boarding_assumed else "") + clock_text(d.boarding_at, timezone), d.gate))
        for d in departures]


def attendant_rows(data: BoardData) -> list[TableRow]:
    rows = []
    for member in data.attendants:
        parties = ", ".join(f"{p.guest_name} ({p.party_size})" for p in member.parties)
        rows.append(TableRow(key=member.staff_id, tone="" if member.parties else "muted",
                             cells=(member.name, shown_number(len(member.parties)), parties)))
    return rows


# --- the waiting list, with live timers ------------------------------------------------------

WAIT_HEADERS = (QT_TRANSLATE_NOOP("Board", "Guest"), QT_TRANSLATE_NOOP("Board", "Pax"),
                QT_TRANSLATE_NOOP("Board", "Waiting"), QT_TRANSLATE_NOOP("Board", "Why"))
TIMER_COLUMN = 2


def timer_text(waited: dt.timedelta) -> str:
    """``mm:ss`` (``h:mm:ss`` past an hour): what the live timer shows."""
    seconds = int(waited.total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


class WaitingModel(RowsModel):
    """The waiting list: live timer per row; the stage (and colour) follows the clock."""

    def __init__(self, clock: Callable[[], dt.datetime], parent: QObject | None = None) -> None:
        super().__init__(WAIT_HEADERS, parent)
        self.clock = clock
        self.now = clock()
        self.settings = WaitSettings()
        self.waits: dict[Hashable, WaitRow] = {}
        self._stages: list[WaitStage] = []

    def set_waits(self, waits: Sequence[WaitRow], settings: WaitSettings) -> None:
        self.settings, self.now = settings, self.clock()
        self.waits = {wait.wait_id: wait for wait in waits}
        self._stages = []  # rows move in set_rows: each stage is worked out afresh meanwhile
        self.set_rows([TableRow(key=w.wait_id, cells=self._cells(w)) for w in waits])
        self._stages = [self.stage_of(n) for n in range(len(self.rows))]

    def _cells(self, wait: WaitRow) -> tuple[str, ...]:
        why = [in_a_sentence(wait.reason)]
        if wait.wanted_kind is not None:
            why.append(QCoreApplication.translate("Board", "wants a {space}").format(
                space=in_a_sentence(wait.wanted_kind)))
        if wait.acknowledged_at is not None and not wait.needs_acknowledgement:
            why.append(QCoreApplication.translate("Board", "acknowledged by {name}").format(
                name=wait.acknowledged_by))
        elif wait.escalated_at is not None:
            why.append(QCoreApplication.translate("Board", "escalated to the duty manager"))
        elif wait.alert_raised_at is not None:
            why.append(QCoreApplication.translate("Board", "fatigue alert: acknowledge"))
        return (wait.guest_name, shown_number(wait.party_size), "", " · ".join(why))

    def wait_at(self, number: int) -> WaitRow | None:
        key = self.key_at(number)
        return self.waits.get(key) if key is not None else None

    def stage_of(self, number: int) -> WaitStage:
        wait = self.wait_at(number)
        if wait is None:
            return WaitStage.CALM
        return rules.stage(wait.times, self.settings, self.now)

    def tick(self) -> None:
        """Re-read the clock: repaint the timers, and whole rows whose stage changed."""
        self.now = self.clock()
        if not self.rows:
            return
        last = len(self.headers) - 1
        for number in range(len(self.rows)):
            stage = self.stage_of(number)
            if number < len(self._stages) and stage != self._stages[number]:
                self._stages[number] = stage
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))
        self.dataChanged.emit(self.index(0, TIMER_COLUMN),
                              self.index(len(self.rows) - 1, TIMER_COLUMN),
                              [Qt.ItemDataRole.DisplayRole])

    def cell(self, row: TableRow, number: int, column: int) -> str:
        if column == TIMER_COLUMN:
            wait = self.waits.get(row.key)
            return timer_text(rules.waited(wait.times, self.now)) if wait else ""
        return super().cell(row, number, column)

    def tone(self, row: TableRow, number: int) -> str:
        """The stage worked out at the last tick (a repaint asks three times a cell)."""
        if number < len(self._stages):
            return self._stages[number].value
        return self.stage_of(number).value
