"""A duty manager's (or administrator's) PIN for one step: leaving kiosk mode, an exception."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from vipdesk.domain.message import Message
from vipdesk.domain.permissions import Permission, allows
from vipdesk.gui.form_types import AuthoriseForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.language import in_language, when_language_changes
from vipdesk.gui.messages import MessageLevel, in_words
from vipdesk.gui.said_again import SaidAgain, Words
from vipdesk.services import staff as staff_service
from vipdesk.services.session import ServiceError, Session

# Tries the step with the approver's id, PIN and reason; returns why it failed (its words,
# or the way to make them in the desk's language), or None.
Approver = Callable[[int, str, str], "str | Words | None"]


class AuthoriseDialog(QDialog):
    """Asks someone allowed to ``permission`` for their PIN; ``approver_id`` on success.

    By default the PIN is checked by the staff service. A step that checks the
    PIN itself, in its own transaction (a check-in with an exception), passes
    ``approve_with`` instead, so the PIN is checked once and a refusal stays
    in the dialog.
    """

    def __init__(self, session: Session, permission: Permission, heading: str | Words, *,
                 ask_reason: bool = False, parent: QWidget | None = None,
                 approve_with: Approver | None = None) -> None:
        super().__init__(parent)
        self.session, self.permission = session, permission
        self.approver_id: int | None = None
        self.ui = load_form(AuthoriseForm, self)
        self.heading = heading  # a caller's own words, or made again on a language change
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
        self.messages = SaidAgain(self.ui.messageLabel)
        self.retranslate()
        when_language_changes(self, self.retranslate)
        self.resize(520, max(self.sizeHint().height(), self.heightForWidth(520)))  # heading wraps

    def retranslate(self) -> None:
        """The texts set here, in the language the desk speaks now (the form's own redo
        themselves); the reason typed stays, and so does what the dialog said."""
        self.setWindowTitle(self.tr("Approval needed"))
        heading = self.heading
        self.ui.headingLabel.setText(heading if isinstance(heading, str) else heading())
        self.messages.again()

    @property
    def reason(self) -> str:
        return self.ui.reasonEdit.text().strip()

    @Slot()
    def approve(self) -> None:
        staff_id = self.ui.staffCombo.currentData()
        if staff_id is None:
            self.messages.say(lambda: self.tr("Nobody here may approve this."),
                              MessageLevel.ERROR)
            return
        if self.ask_reason and not self.reason:
            self.messages.say(lambda: self.tr("Please give the reason."), MessageLevel.ERROR)
            return
        pin = self.ui.pinEdit.text()
        self.ui.pinEdit.clear()
        problem: str | Words | Message | None
        try:
            if self.approve_with is not None:
                problem = self.approve_with(staff_id, pin, self.reason)
            else:
                result = staff_service.authorise(self.session, staff_id, pin, self.permission)
                problem = None if result.ok else result.words
        except ServiceError as refusal:
            refused = refusal
            problem = lambda: in_words(refused)  # noqa: E731 (said again on a switch)
        if problem:
            if isinstance(problem, Message):  # a service's Message: in the desk's language
                message = problem
                self.messages.say(lambda: in_language(message), MessageLevel.ERROR)
            elif isinstance(problem, str):
                self.messages.error(problem)
            else:
                self.messages.say(problem, MessageLevel.ERROR)
            return
        self.approver_id = staff_id
        self.accept()
