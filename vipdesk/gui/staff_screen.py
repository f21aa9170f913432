"""Settings → Staff: who works here, their roles and PINs (administrators only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from vipdesk.domain.vocabulary import Role
from vipdesk.gui import words
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.forms import load_form
from vipdesk.services import staff as staff_service
from vipdesk.services.session import ServiceError, Session
from vipdesk.services.staff import PinRejected
from vipdesk.services.staff_list import StaffRow, staff_rows

Index = QModelIndex | QPersistentModelIndex


class StaffTableModel(QAbstractTableModel):
    HEADERS = ("Name", "Role", "Signs in", "Status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StaffRow] = []

    def set_rows(self, rows: list[StaffRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (row.name, words.label(row.role),
                self.tr("Yes") if row.can_sign_in else self.tr("No"),
                self.tr("Active") if row.active else self.tr("Deactivated"))[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None


class StaffScreen(QWidget):
    def __init__(self, session: Session, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.events = session, events
        self.ui = load_form("staff_screen", self)
        self.model = StaffTableModel(self)
        self.ui.staffTable.setModel(self.model)
        self.ui.staffTable.verticalHeader().setVisible(False)
        header = self.ui.staffTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for role in Role:
            self.ui.roleCombo.addItem(words.label(role), role)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.setPinButton.clicked.connect(self.set_pin)
        self.ui.deactivateButton.clicked.connect(self.deactivate)

    def activate(self) -> None:
        self.model.set_rows(staff_rows(self.session))

    def forget_agent(self) -> None:
        """The desk locked or the administrator signed out: no typed name or PIN, no
        selection and no message are left for the next person."""
        for edit in (self.ui.nameEdit, self.ui.pinEdit, self.ui.newPinEdit):
            edit.clear()
        for label in (self.ui.messageLabel, self.ui.pinError, self.ui.newPinError):
            label.clear()
        self.ui.staffTable.clearSelection()
        self.ui.staffTable.setCurrentIndex(QModelIndex())
        self.ui.roleCombo.setCurrentIndex(0)

    def selected(self) -> StaffRow | None:
        index = self.ui.staffTable.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _run(self, action: Any, *args: Any, pin_error: QLabel | None = None) -> bool:
        """Run a staff action; a refused PIN is shown beside its field, any other refusal below."""
        for label in (self.ui.messageLabel, self.ui.pinError, self.ui.newPinError):
            label.clear()
        # A new PIN is compared with every colleague's slow hash: about a second in a big team.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            action(self.session, *args)
        except PinRejected as refusal:
            (pin_error or self.ui.messageLabel).setText(str(refusal))
            return False
        except ServiceError as refusal:
            self.ui.messageLabel.setText(str(refusal))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.model.set_rows(staff_rows(self.session))
        self.events.data_changed.emit("staff")
        return True

    @Slot()
    def add(self) -> None:
        role = Role(self.ui.roleCombo.currentData())
        pin = self.ui.pinEdit.text() if role is not Role.ATTENDANT else None
        if self._run(staff_service.add_staff, self.ui.nameEdit.text(), role, pin,
                     pin_error=self.ui.pinError):
            self.ui.nameEdit.clear()
            self.ui.pinEdit.clear()

    @Slot()
    def set_pin(self) -> None:
        if (row := self.selected()) is None:
            self.ui.messageLabel.setText(self.tr("Select a staff member first."))
            return
        if self._run(staff_service.set_pin, row.id, self.ui.newPinEdit.text(),
                     pin_error=self.ui.newPinError):
            self.ui.newPinEdit.clear()

    @Slot()
    def deactivate(self) -> None:
        if (row := self.selected()) is None:
            self.ui.messageLabel.setText(self.tr("Select a staff member first."))
            return
        self._run(staff_service.deactivate, row.id)
