"""The complaints list as a table model, and how its times read on the lounge's clock.

The rows come from one service query (``complaints.list_feedback``), already
filtered and sorted by the database; the model only shows them. Whether a
promise is overdue is re-read from the clock on every tick (``set_now``), so
the red rows turn red on time without another query.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from vipdesk.domain.complaints import promise_overdue
from vipdesk.domain.lounge_time import clock_text, day_clock_text, to_local
from vipdesk.domain.vocabulary import Severity
from vipdesk.gui.language import ENGLISH, current_language, say_model_again, shown_date, shown_time
from vipdesk.gui.words import label
from vipdesk.services.complaints import FeedbackRow

Index = QModelIndex | QPersistentModelIndex
OVERDUE_TEXT: Final = QColor("#b3261e")
OVERDUE_BACKGROUND: Final = QColor("#fde8e7")
WORDS_SHOWN: Final = 160  # characters of the guest's words in a table cell; the detail has all


def local_time(moment: dt.datetime | None, timezone: str, *, with_day: bool = True) -> str:
    """"23 Nov 09:30" (or "09:30") on the lounge's wall clock; "" for no time. In another
    language the day is the language's ("2026年11月23日 09:30", "23. nov. 2026 09:30")."""
    if moment is None or current_language() == ENGLISH:
        return day_clock_text(moment, timezone) if with_day else clock_text(moment, timezone)
    local = to_local(moment, timezone)
    return f"{shown_date(local.date())} {shown_time(local)}" if with_day else shown_time(local)


def first_line(text: str, limit: int = WORDS_SHOWN) -> str:
    """A table cell shows the start of the text on one line; the detail panel shows it all."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


class ComplaintModel(QAbstractTableModel):
    HEADERS: Final = (
        str(QT_TRANSLATE_NOOP("ComplaintModel", "#")),
        str(QT_TRANSLATE_NOOP("ComplaintModel", "Logged")),
        str(QT_TRANSLATE_NOOP("ComplaintModel", "Kind")),
        str(QT_TRANSLATE_NOOP("ComplaintModel", "Severity")),
        str(QT_TRANSLATE_NOOP("ComplaintModel", "Status")),
        str(QT_TRANSLATE_NOOP("ComplaintModel", "Guest")),
        str(QT_TRANSLATE_NOOP("ComplaintModel", "Promise due")),
        str(QT_TRANSLATE_NOOP("ComplaintModel", "Department")),
        str(QT_TRANSLATE_NOOP("ComplaintModel", "In the guest's words")),
    )
    PROMISE_COLUMN: Final = 6
    WORDS_COLUMN: Final = 8
    ID_ROLE: Final = Qt.ItemDataRole.UserRole

    def __init__(self, timezone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self.rows: list[FeedbackRow] = []
        self.now: dt.datetime | None = None

    # -- feeding -------------------------------------------------------------------------
    def set_rows(self, rows: list[FeedbackRow], now: dt.datetime) -> None:
        self.beginResetModel()
        self.rows, self.now = list(rows), now
        self.endResetModel()

    def set_now(self, now: dt.datetime) -> None:
        """Re-read the clock: rows whose promise has just fallen due turn red."""
        before = self.now
        self.now = now
        changed = [n for n, row in enumerate(self.rows)
                   if self._overdue(row, before) != self._overdue(row, now)]
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0),
                                  self.index(max(changed), len(self.HEADERS) - 1))

    def row_of(self, complaint_id: int) -> int:
        return next((n for n, row in enumerate(self.rows) if row.id == complaint_id), -1)

    def overdue(self, row: FeedbackRow) -> bool:
        return self._overdue(row, self.now)

    @staticmethod
    def _overdue(row: FeedbackRow, now: dt.datetime | None) -> bool:
        if now is None:
            return row.promise_overdue
        return promise_overdue(row.promise_due_at, row.promise_kept_at, row.promise_outcome,
                               now)

    def retranslate(self) -> None:
        """The language changed: headers and every cell are said again."""
        say_model_again(self)

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == self.ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:  # a cell too narrow elides: the tip says all
            return (first_line(row.guest_words, 600) if column == self.WORDS_COLUMN
                    else self._text(row, column))
        if role == Qt.ItemDataRole.ForegroundRole and self.overdue(row):
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and self.overdue(row):
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and (
                (self.overdue(row) and column == self.PROMISE_COLUMN)
                or (column == 3 and row.severity in (Severity.HIGH, Severity.CRITICAL))):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: FeedbackRow, column: int) -> str:
        if column == 0:
            return str(row.id)
        if column == 1:
            return local_time(row.created_at, self.timezone)
        if column == 2:
            return label(row.kind)
        if column == 3:
            return label(row.severity) + (" ⚑" if row.escalated else "")
        if column == 4:
            return label(row.status)
        if column == 5:
            return row.guest_name or self.tr("(no guest)")
        if column == self.PROMISE_COLUMN:
            if not row.promise_pending:
                return ""
            due = local_time(row.promise_due_at, self.timezone)
            return self.tr("{time} overdue").format(time=due) if self.overdue(row) else due
        if column == 7:
            return label(row.department)
        return first_line(row.guest_words)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate("ComplaintModel", self.HEADERS[section])
        return None
