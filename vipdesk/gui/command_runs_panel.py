"""The duty manager's list of command-line runs (report, backup, restore), on the Reports screen.

Anyone with a shell on the kiosk's account can export every guest with these
commands. The Reports screen is where the duty manager already prints and saves the
same reports, so the runs are shown there, in a tab beside the preview whose title
counts them: who ran what, from which OS account, and what was written where.
The rows come from one service query (:func:`vipdesk.services.command_runs.command_runs`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QTabWidget, QWidget

from vipdesk.gui.board_models import RowsModel, TableRow
from vipdesk.gui.language import shown_date, shown_number, shown_time, when_language_changes
from vipdesk.gui.messages import in_words
from vipdesk.services.command_runs import SHOWN_DAYS, SHOWN_ROWS, CommandRun, command_runs
from vipdesk.services.session import ServiceError, Session

CONTEXT = "CommandRuns"
HEADERS = tuple(str(text) for text in (
    QT_TRANSLATE_NOOP("CommandRuns", "When"), QT_TRANSLATE_NOOP("CommandRuns", "OS account"),
    QT_TRANSLATE_NOOP("CommandRuns", "Staff"), QT_TRANSLATE_NOOP("CommandRuns", "Command"),
    QT_TRANSLATE_NOOP("CommandRuns", "Day"), QT_TRANSLATE_NOOP("CommandRuns", "Outcome"),
    QT_TRANSLATE_NOOP("CommandRuns", "Written to")))
SHARED_COLUMNS = (5, 6)  # outcome and paths can be long: they share the width left, elided


def tr(text: str) -> str:
    """A text of this panel marked elsewhere (the headers) in the language now."""
    return QCoreApplication.translate(CONTEXT, text)


class CommandRunsModel(RowsModel):
    """One row per run, newest first, with its final outcome; a run that recorded its start
    but no outcome (a crash, a busy database) says so. Refreshed in place like the board's
    tables."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HEADERS, parent)
        self.runs: list[CommandRun] = []

    def set_runs(self, runs: list[CommandRun]) -> None:
        self.runs = list(runs)
        self.set_rows([_row(run) for run in runs])

    def retranslate(self) -> None:
        """The language changed: headers and every row said again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        self.set_runs(self.runs)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return tr(self.headers[section])
        return None


def _row(run: CommandRun) -> TableRow:
    written = list(run.written)
    if run.restored_from:
        written.append(QCoreApplication.translate("CommandRuns", "restored {path}")
                       .format(path=run.restored_from))
    if run.kept_aside:
        written.append(QCoreApplication.translate(
            "CommandRuns", "the previous database kept as {path}").format(path=run.kept_aside))
    outcome = {"done": QCoreApplication.translate("CommandRuns", "done"),
               "refused": QCoreApplication.translate("CommandRuns", "refused"),
               "failed": QCoreApplication.translate("CommandRuns", "failed"),
               "started": QCoreApplication.translate("CommandRuns",
                                                     "started, outcome not recorded"),
               }.get(run.outcome, run.outcome)
    if run.note:
        outcome = f"{outcome}: {run.note}"
    return TableRow(
        key=run.event_id,
        cells=(f"{shown_date(run.at.date())} {shown_time(run.at)}", run.os_account,
               run.staff or QCoreApplication.translate("CommandRuns", "command line (no PIN)"),
               run.command,
               run.day.isoformat() if run.day else "", outcome, "; ".join(written)),
        tone="" if run.outcome == "done" else "soon")


class CommandRunsPanel(QObject):
    """Fills the form's table from the service each time the Reports screen is shown."""

    def __init__(self, session: Session, table: QTableView, note: QLabel, tabs: QTabWidget,
                 tab: QWidget) -> None:
        super().__init__(table)
        self.session, self.note, self.tabs, self.tab = session, note, tabs, tab
        self.model = CommandRunsModel(self)
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        # Paths and refusals are as long as anyone makes them: the short columns take what
        # they need, the two long ones share the rest, elided in the middle (a path's start
        # and file name stay), the whole text in the cell's tooltip.
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in SHARED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.shown: int | None = None  # how many runs the tab's title counts; None: not read
        self.refusal = ""  # what the service said instead of the runs
        when_language_changes(table, self.retranslate)

    def retranslate(self) -> None:
        """The language changed: the table, the note and the tab's title again."""
        self.model.retranslate()
        self._show_note()

    def reload(self) -> None:
        try:
            runs = command_runs(self.session)
        except ServiceError as refusal:
            self.model.set_runs([])
            self.refusal = in_words(refusal)
            self.note.setText(self.refusal)
            return
        self.refusal = ""
        self.shown = len(runs)
        self.model.set_runs(runs)
        self._show_note()

    def _show_note(self) -> None:
        if self.refusal or self.shown is None:
            return
        self.note.setText(
            QCoreApplication.translate(
                "CommandRuns", "Reports, backups and restores run from the command line in "
                "the last {days} days (at most {rows}), newest first. Ask IT about any you do "
                "not recognise.").format(days=shown_number(SHOWN_DAYS),
                                         rows=shown_number(SHOWN_ROWS)))
        self.tabs.setTabText(self.tabs.indexOf(self.tab),
                             QCoreApplication.translate(
                                 "CommandRuns", "Command-line runs ({count})")
                             .format(count=shown_number(self.shown)))
