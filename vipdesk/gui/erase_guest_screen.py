"""Erase a guest on request (administrators only): find them, see what goes, confirm, erase.

The administrator confirms with their own PIN (checked like any approval: audited,
with the back-off after wrong PINs), so a guest is never erased by a stray click.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QWidget

from vipdesk.domain import lounge_time
from vipdesk.domain.permissions import Permission
from vipdesk.domain.retention import ErasureReason
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.form_types import EraseGuestForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.language import (
    in_language,
    shown_date,
    shown_number,
    when_language_changes,
)
from vipdesk.gui.messages import MessageLine
from vipdesk.gui.records_model import RecordsModel
from vipdesk.gui.words import counted
from vipdesk.services import erasure, retention, staff
from vipdesk.services.erasure import GuestOnFile
from vipdesk.services.session import ServiceError, Session

REASONS: Final = (
    (ErasureReason.GUEST_REQUEST,
     QT_TRANSLATE_NOOP("EraseGuestScreen", "The guest asked to be forgotten")),
    (ErasureReason.LEGAL_OBLIGATION,
     QT_TRANSLATE_NOOP("EraseGuestScreen", "A regulator or court requires it")),
    (ErasureReason.RECORDED_IN_ERROR,
     QT_TRANSLATE_NOOP("EraseGuestScreen", "The profile should never have existed")),
)


class GuestTableModel(RecordsModel[GuestOnFile]):
    HEADERS = (str(QT_TRANSLATE_NOOP("GuestTableModel", "Guest")),
               str(QT_TRANSLATE_NOOP("GuestTableModel", "Frequent flyer")),
               str(QT_TRANSLATE_NOOP("GuestTableModel", "Visits")),
               str(QT_TRANSLATE_NOOP("GuestTableModel", "Last visit")))

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone

    def cells(self, row: GuestOnFile) -> tuple[str, ...]:
        last = (shown_date(lounge_time.local_date(row.last_visit_at, self.timezone))
                if row.last_visit_at else "")
        return (row.name, row.frequent_flyer, shown_number(row.visits), last)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("GuestTableModel", self.HEADERS[section])
        return None


class EraseGuestScreen(QWidget):
    def __init__(self, session: Session, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.events = session, events
        self.ui = load_form(EraseGuestForm, self)
        self.model = GuestTableModel(session.lounge.timezone, self)
        self.messages = MessageLine(self.ui.messageLabel)
        ui = self.ui
        ui.guestTable.setModel(self.model)
        ui.guestTable.verticalHeader().setVisible(False)
        header = ui.guestTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for reason, text in REASONS:
            ui.reasonCombo.addItem(QCoreApplication.translate("EraseGuestScreen", str(text)),
                                   reason.value)
        ui.findButton.clicked.connect(self.find_guests)
        ui.findEdit.returnPressed.connect(self.find_guests)
        ui.eraseButton.clicked.connect(self.erase)
        ui.pinEdit.returnPressed.connect(self.erase)
        ui.guestTable.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self.show_selected())
        ui.guestHeading.setProperty("_q_notr_text", None)  # set in code, redone here
        self.show_selected()
        when_language_changes(self, self.retranslate)

    def retranslate(self) -> None:
        """The language changed: reasons, the list and the chosen guest again; the search
        and the PIN being typed stay."""
        for index, (_reason, text) in enumerate(REASONS):
            self.ui.reasonCombo.setItemText(
                index, QCoreApplication.translate("EraseGuestScreen", str(text)))
        self.model.retranslate()
        self._show_guest(self.selected())

    def activate(self) -> None:
        self.ui.findEdit.setFocus()

    def forget_agent(self) -> None:
        """Locked or signed out: no name searched, no guest shown, no PIN, no message."""
        self.ui.findEdit.clear()
        self.ui.pinEdit.clear()
        self.model.set_rows([])
        self.messages.clear()
        self.show_selected()

    def selected(self) -> GuestOnFile | None:
        index = self.ui.guestTable.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    @Slot()
    def find_guests(self) -> None:
        self.messages.clear()
        found = self.messages.run(lambda: erasure.find_guests(self.session,
                                                              self.ui.findEdit.text()))
        if found is None:
            return
        rows = found.result
        self.model.set_rows(rows)
        if not rows:
            self.messages.info(self.tr("No guest on file matches. Erased guests are not listed."))
        elif len(rows) == 1:
            self.ui.guestTable.selectRow(0)
        elif len(rows) == erasure.MAX_FOUND:
            self.messages.info(self.tr("Only the first {count} are listed: type more of the "
                                       "name.").format(count=shown_number(erasure.MAX_FOUND)))
        self.show_selected()

    def show_selected(self) -> None:
        guest = self.selected()
        ui = self.ui
        for widget in (ui.reasonCombo, ui.pinEdit, ui.eraseButton):
            widget.setEnabled(guest is not None)
        self._show_guest(guest)

    def _show_guest(self, guest: GuestOnFile | None) -> None:
        ui = self.ui
        if guest is None:
            ui.guestHeading.setText(self.tr("Choose a guest in the list"))
            ui.summaryLabel.clear()
            return
        ui.guestHeading.setText(guest.name)
        ui.summaryLabel.setText(self.tr("On file: {history}.").format(
            history=self.history(guest)))

    def history(self, guest: GuestOnFile) -> str:
        """"3 visits · 1 visit as a companion · 2 feedback items", leaving out what is none."""
        visits, along, said = guest.visits, guest.visits_as_companion, guest.complaints
        parts = [
            counted(visits, self.tr("%n visit", "", visits), self.tr("%n visits", "", visits))
            if visits else "",
            counted(along, self.tr("%n visit as a companion", "", along),
                    self.tr("%n visits as a companion", "", along)) if along else "",
            counted(said, self.tr("%n feedback item", "", said),
                    self.tr("%n feedback items", "", said)) if said else ""]
        return " · ".join(part for part in parts if part) or self.tr("no visits and no feedback")

    @Slot()
    def erase(self) -> None:
        guest = self.selected()
        if guest is None:
            self.messages.error(self.tr("Choose a guest in the list first."))
            return
        me = self.session.staff
        if me is None:
            return
        pin = self.ui.pinEdit.text()
        self.ui.pinEdit.clear()
        if not pin:
            self.messages.error(self.tr("Type your PIN to confirm."))
            self.ui.pinEdit.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            confirmed = staff.authorise(self.session, me.id, pin, Permission.ERASE_GUEST)
            if not confirmed.ok:
                self.messages.error(in_language(confirmed.words))
                self.ui.pinEdit.setFocus()
                return
            retention.erase_guest(self.session, guest.id, self.ui.reasonCombo.currentData())
            retention.push_to_disk(self.session.db)
        except ServiceError as refusal:
            self.messages.refusal(refusal)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.model.set_rows([row for row in self.model.rows if row.id != guest.id])
        self.ui.guestTable.setCurrentIndex(QModelIndex())
        self.show_selected()
        self.messages.ok(self.tr("{name} is erased ({history}). The reports keep their counts, "
                                 "with nothing that names them.")
                         .format(name=guest.name, history=self.history(guest)))
        self.events.data_changed.emit("guests")
