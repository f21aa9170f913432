"""A duty manager's (or administrator's) PIN for one step: leaving kiosk mode, an exception."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from vipdesk.domain.permissions import Permission, allows
from vipdesk.gui.form_types import AuthoriseForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.language import in_language
from vipdesk.gui.messages import MessageLine, in_words
from vipdesk.services import staff as staff_service
from vipdesk.services.session import ServiceError, Session

# Tries the step with the approver's id, PIN and reason; returns why it failed, or None.
Approver = Callable[[int, str, str], "str | None"]


class AuthoriseDialog(QDialog):
    """Asks someone allowed to ``permission`` for their PIN; ``approver_id`` on success.

    By default the PIN is checked by the staff service. A step that checks the
    PIN itself, in its own transaction (a check-in with an exception), passes
    ``approve_with`` instead, so the PIN is checked once and a refusal stays
    in the dialog.
    """

    def __init__(self, session: Session, permission: Permission, heading: str, *,
                 ask_reason: bool = False, parent: QWidget | None = None,
                 approve_with: Approver | None = None) -> None:
        super().__init__(parent)
        self.session, self.permission = session, permission
        self.approver_id: int | None = None
        self.setWindowTitle(self.tr("Approval needed"))
        self.ui = load_form(AuthoriseForm, self)
        self.ui.headingLabel.setText(heading)
        for person in staff_service.staff_who_can_sign_in(session):
            if allows(person.role, permission):
                self.ui.staffCombo.addItem(person.name, person.id)
        self.ui.reasonLabel.setVisible(ask_reason)
        self.ui.reasonEdit.setVisible(ask_reason)
        self.ask_reason = ask_reason
        self.approve_with = approve_with
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.approveButton.clicked.connect(self.approve)
        self.ui.pinEdit.returnPressed.connect(self.approve)
        self.ui.pinEdit.setFocus()
        self.messages = MessageLine(self.ui.messageLabel)
        self.resize(520, max(self.sizeHint().height(), self.heightForWidth(520)))  # heading wraps

    @property
    def reason(self) -> str:
        return self.ui.reasonEdit.text().strip()

    @Slot()
    def approve(self) -> None:
        staff_id = self.ui.staffCombo.currentData()
        if staff_id is None:
            self.messages.error(self.tr("Nobody here may approve this."))
            return
        if self.ask_reason and not self.reason:
            self.messages.error(self.tr("Please give the reason."))
            return
        pin = self.ui.pinEdit.text()
        self.ui.pinEdit.clear()
        try:
            if self.approve_with is not None:
                problem = self.approve_with(staff_id, pin, self.reason)
            else:
                result = staff_service.authorise(self.session, staff_id, pin, self.permission)
                problem = None if result.ok else in_language(result.words)
        except ServiceError as refusal:
            problem = in_words(refusal)
        if problem:
            self.messages.error(problem)
            return
        self.approver_id = staff_id
        self.accept()
