"""Settings → Staff: who works here, their roles and PINs (administrators only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QWidget

from vipdesk.domain import lounge_time
from vipdesk.domain.permissions import SIGN_IN_ROLES
from vipdesk.domain.vocabulary import Role
from vipdesk.gui import words
from vipdesk.gui.button_width import as_wide_as_its_words
from vipdesk.gui.columns import room_for_stretched_heading
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.flow_layout import wrap_rows
from vipdesk.gui.form_types import StaffForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.language import when_language_changes
from vipdesk.gui.messages import MessageLine
from vipdesk.gui.records_model import RecordsModel
from vipdesk.services import staff as staff_service
from vipdesk.services.session import ServiceError, Session
from vipdesk.services.staff import PinRejected
from vipdesk.services.staff_list import StaffRow, staff_rows

R = TypeVar("R")


class StaffTableModel(RecordsModel[StaffRow]):
    HEADERS = (str(QT_TRANSLATE_NOOP("StaffTableModel", "Name")),
               str(QT_TRANSLATE_NOOP("StaffTableModel", "Role")),
               str(QT_TRANSLATE_NOOP("StaffTableModel", "Signs in")),
               str(QT_TRANSLATE_NOOP("StaffTableModel", "Status")))

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone

    def cells(self, row: StaffRow) -> tuple[str, ...]:
        return (row.name, words.label(row.role),
                self.tr("Yes") if row.can_sign_in else self.tr("No"), self.status(row))

    def status(self, row: StaffRow) -> str:
        if not row.active:
            return self.tr("Deactivated")
        if row.locked_out_until is not None:
            until = lounge_time.to_local(row.locked_out_until, self.timezone)
            return self.tr("Locked out until {time}").format(time=f"{until:%H:%M:%S}")
        return self.tr("Active")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("StaffTableModel", self.HEADERS[section])
        return None

    def row_of(self, staff_id: int) -> int:
        return next((n for n, row in enumerate(self.rows) if row.id == staff_id), -1)


class StaffScreen(QWidget):
    def __init__(self, session: Session, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.events = session, events
        self.ui = load_form(StaffForm, self)
        wrap_rows(self.ui, "renameRow", "roleRow")  # a field and its button, or under it
        self.model = StaffTableModel(session.lounge.timezone, self)
        self.messages = MessageLine(self.ui.messageLabel)
        self.pin_error = MessageLine(self.ui.pinError)  # a refused PIN, beside its field
        self.new_pin_error = MessageLine(self.ui.newPinError)
        self.ui.staffTable.setModel(self.model)
        self.ui.staffTable.verticalHeader().setVisible(False)
        header = self.ui.staffTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for role in Role:
            self.ui.roleCombo.addItem(words.label(role), role)
            self.ui.selectedRoleCombo.addItem(words.label(role), role)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.setPinButton.clicked.connect(self.set_pin)
        self.ui.deactivateButton.clicked.connect(self.deactivate)
        self.ui.renameButton.clicked.connect(self.rename)
        self.ui.changeRoleButton.clicked.connect(self.change_role)
        self.ui.clearLockoutButton.clicked.connect(self.clear_lockout)
        self.ui.staffTable.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self.show_selected())
        self.ui.selectedLabel.setProperty("_q_notr_text", None)  # set in code, redone here
        self.show_selected()
        room_for_stretched_heading(self.ui.staffTable, 0)
        self._fit_buttons()
        when_language_changes(self, self.retranslate)

    def retranslate(self) -> None:
        """The language changed: roles, the list and the selected person's line again; the
        names and PINs being typed stay."""
        for combo in (self.ui.roleCombo, self.ui.selectedRoleCombo):
            for index in range(combo.count()):
                combo.setItemText(index, words.label(Role(combo.itemData(index))))
        self.model.retranslate()
        room_for_stretched_heading(self.ui.staffTable, 0)
        self._fit_buttons()
        self._show_selected_line(self.selected())

    def _fit_buttons(self) -> None:
        """The panel's buttons as wide as their words in the language shown (the list beside
        takes what they leave: "Change role" was cut in a longer language)."""
        ui = self.ui
        for button in (ui.addButton, ui.setPinButton, ui.deactivateButton, ui.renameButton,
                       ui.changeRoleButton, ui.clearLockoutButton):
            as_wide_as_its_words(button)

    def _show_selected_line(self, row: StaffRow | None) -> None:
        self.ui.selectedLabel.setText(
            self.tr("Select someone in the list.") if row is None else
            f"{row.name} · {words.label(row.role)} · {self.model.status(row)}")

    def activate(self) -> None:
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the list again, keeping the selected person selected."""
        if select_id is None and (row := self.selected()) is not None:
            select_id = row.id
        self.model.set_rows(staff_rows(self.session))
        room_for_stretched_heading(self.ui.staffTable, 0)  # "Locked out" widens its column
        number = self.model.row_of(select_id) if select_id is not None else -1
        if number >= 0:
            self.ui.staffTable.selectRow(number)
        self.show_selected()

    def show_selected(self) -> None:
        """The selected person's name, role and state in the panel; its buttons only for them."""
        row = self.selected()
        ui = self.ui
        for widget in (ui.renameEdit, ui.renameButton, ui.selectedRoleCombo,
                       ui.changeRoleButton, ui.newPinEdit, ui.setPinButton, ui.deactivateButton):
            widget.setEnabled(row is not None)
        ui.clearLockoutButton.setEnabled(row is not None and row.locked_out_until is not None)
        self._show_selected_line(row)
        if row is None:
            ui.renameEdit.clear()
            return
        ui.renameEdit.setText(row.name)
        ui.selectedRoleCombo.setCurrentIndex(ui.selectedRoleCombo.findData(row.role))
        signs_in = row.role in SIGN_IN_ROLES
        ui.newPinEdit.setEnabled(signs_in)
        ui.setPinButton.setEnabled(signs_in)
        ui.deactivateButton.setEnabled(row.active)

    def forget_agent(self) -> None:
        """The desk locked or the administrator signed out: no typed name or PIN, no
        selection and no message are left for the next person."""
        for edit in (self.ui.nameEdit, self.ui.pinEdit, self.ui.newPinEdit, self.ui.renameEdit):
            edit.clear()
        for line in (self.messages, self.pin_error, self.new_pin_error):
            line.clear()
        self.ui.staffTable.clearSelection()
        self.ui.staffTable.setCurrentIndex(QModelIndex())
        self.ui.roleCombo.setCurrentIndex(0)
        self.show_selected()

    def selected(self) -> StaffRow | None:
        index = self.ui.staffTable.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _staff_step(self, call: Callable[[], R], done: str,
                    pin_error: MessageLine | None = None, **fields: str) -> R | None:
        """The channel shows the service's answer, with the person's name for {name} (and
        ``fields`` for the others); a refused
        PIN is shown beside its field. After a step done, the list shows the person as they
        are now. Returns the service's result, or None when refused."""
        for line in (self.messages, self.pin_error, self.new_pin_error):
            line.clear()
        elsewhere: dict[type[ServiceError], MessageLine] | None = (
            {PinRejected: pin_error} if pin_error is not None else None)
        # A new PIN is compared with every colleague's slow hash: about a second in a big team.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            answer = self.messages.run(
                call, lambda result: done.format(name=getattr(result, "name", ""), **fields),
                refusals_elsewhere=elsewhere)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if answer is None:
            return None
        self.reload(getattr(answer.result, "id", None))
        self.events.data_changed.emit("staff")
        return answer.result

    def _selected_or_say(self) -> StaffRow | None:
        row = self.selected()
        if row is None:
            self.messages.error(self.tr("Select a staff member first."))
        return row

    @Slot()
    def add(self) -> None:
        role = Role(self.ui.roleCombo.currentData())
        pin = self.ui.pinEdit.text() if role is not Role.ATTENDANT else None
        done = (self.tr("{name} is added as an attendant.") if role is Role.ATTENDANT
                else self.tr("{name} is added and can sign in with the PIN you gave."))
        name = self.ui.nameEdit.text()
        if self._staff_step(lambda: staff_service.add_staff(self.session, name, role, pin),
                            done, self.pin_error) is not None:
            self.ui.nameEdit.clear()
            self.ui.pinEdit.clear()

    @Slot()
    def set_pin(self) -> None:
        if (row := self._selected_or_say()) is None:
            return
        pin = self.ui.newPinEdit.text()
        if self._staff_step(lambda: staff_service.set_pin(self.session, row.id, pin),
                            self.tr("{name} has a new PIN and can sign in with it now."),
                            self.new_pin_error) is not None:
            self.ui.newPinEdit.clear()

    @Slot()
    def rename(self) -> None:
        if (row := self._selected_or_say()) is None:
            return
        name = self.ui.renameEdit.text()
        self._staff_step(lambda: staff_service.rename(self.session, row.id, name),
                         self.tr("{old} is now called {name}; everything they did stays "
                                 "theirs."), old=row.name)

    @Slot()
    def change_role(self) -> None:
        if (row := self._selected_or_say()) is None:
            return
        role = Role(self.ui.selectedRoleCombo.currentData())
        if role is row.role:
            self.messages.error(self.tr("{name} is already {role}.").format(
                name=row.name, role=words.label(role)))
            return
        done = (self.tr("{name} is now an attendant and no longer signs in.")
                if role is Role.ATTENDANT else
                self.tr("{name} is now {role}. Set a PIN for them if they have none.")
                if not row.can_sign_in else self.tr("{name} is now {role}."))
        self._staff_step(lambda: staff_service.change_role(self.session, row.id, role),
                         done, role=words.label(role))

    @Slot()
    def clear_lockout(self) -> None:
        if (row := self._selected_or_say()) is None:
            return
        self._staff_step(lambda: staff_service.clear_lockout(self.session, row.id),
                         self.tr("{name} can try their PIN again now."))

    @Slot()
    def deactivate(self) -> None:
        if (row := self._selected_or_say()) is None:
            return
        self._staff_step(lambda: staff_service.deactivate(self.session, row.id),
                         self.tr("{name} is deactivated and can no longer sign in."))
