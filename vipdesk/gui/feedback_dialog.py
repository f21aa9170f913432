"""Log feedback: a form that guides the agent through listening, and never loses typed text.

The labels are the questions to ask (what happened, in the guest's words; what
the guest expects; did you apologise). Every change is offered as a *draft*
(``draft_changed``): the screen that opened the dialog keeps it and hands it
back next time, so text survives Cancel, a closed dialog, and a locked desk.
Only Save (or an explicit Discard) ends the draft.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final, Literal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from vipdesk.domain import lounge_time
from vipdesk.domain.complaints import (
    REQUEST_TEMPLATES,
    FeedbackInput,
    PraiseInput,
    Promise,
    WorkOrderInput,
)
from vipdesk.domain.message import Message
from vipdesk.domain.vocabulary import Category, Channel, Department, FeedbackKind, Severity
from vipdesk.gui.button_width import as_wide_as_its_words
from vipdesk.gui.form_types import FeedbackForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.language import (
    ENGLISH,
    current_language,
    in_language,
    locale_for,
    when_language_changes,
)
from vipdesk.gui.messages import in_words
from vipdesk.gui.text_input import plain_text
from vipdesk.gui.words import label
from vipdesk.services import complaints
from vipdesk.services.complaints import FeedbackRejected
from vipdesk.services.session import ServiceError, Session
from vipdesk.services.staff import attendants, staff_who_can_sign_in

Draft = dict[str, Any]
DiscardChoice = Literal["discard", "keep", "back"]
TEXT_FIELDS: Final = ("words", "expects", "immediate", "compensation_kind", "work_order",
                      "promise_how", "praise_note")
TEMPLATE_LABELS: Final = {
    "wheelchair": QT_TRANSLATE_NOOP("FeedbackDialog", "Wheelchair assistance"),
    "dietary": QT_TRANSLATE_NOOP("FeedbackDialog", "Dietary needs"),
    "call_before_boarding": QT_TRANSLATE_NOOP("FeedbackDialog", "Call before boarding"),
    "meeting_point": QT_TRANSLATE_NOOP("FeedbackDialog", "Meeting point"),
}
# The service's field names for the error labels beside the fields.
ERROR_LABELS: Final = {
    "guest_words": "wordsError", "guest_expects": "expectsError",
    "immediate_action": "immediateError", "compensation_kind": "compensationError",
    "compensation_value": "compensationError", "promise": "promiseError",
    "work_orders": "workOrderError", "note": "praiseNoteError",
}
# What a complaint asks and praise does not (praise has its own small box, praiseBox).
NOT_FOR_PRAISE: Final = (
    "templateLabel", "templateCombo", "expectsLabel", "expectsEdit", "expectsError",
    "apologisedCheck", "immediateLabel", "immediateEdit", "immediateError", "categoryLabel",
    "categoryCombo", "severityLabel", "severityCombo", "departmentLabel", "departmentCombo",
    "workOrderLabel", "workOrderEdit", "workOrderError", "compensationLabel",
    "compensationKindEdit", "compensationValueSpin", "compensationError", "promiseGroup",
    "escalateCheck")
# The promise's time as each language writes it (24 hours).
DUE_FORMATS: Final = {ENGLISH: "ddd d MMM  HH:mm", "zh_CN": "M月d日 ddd  HH:mm",
                      "da": "ddd d. MMM  HH:mm"}
PROMISE_MINUTES: Final = 30  # the suggested follow-up time, from now


def _fill(combo: QComboBox, values: list[StrEnum]) -> None:
    for value in values:
        combo.addItem(label(value), value.value)


def _template_label(key: str) -> str:
    text = TEMPLATE_LABELS.get(key)
    return key if text is None else QCoreApplication.translate("FeedbackDialog", str(text))


def _relabel(combo: QComboBox, kind: type[StrEnum]) -> None:
    """Each item's word again, in the language now (what is chosen stays chosen)."""
    for index in range(combo.count()):
        combo.setItemText(index, label(kind(combo.itemData(index))))


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class FeedbackDialog(QDialog):
    draft_changed = Signal()

    def __init__(self, session: Session, guest_id: int | None = None,
                 visit_id: int | None = None, guest_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.guest_id, self.visit_id = session, guest_id, visit_id
        self.timezone = session.lounge.timezone
        self.saved_id: int | None = None
        self.thank_you = ""  # after praise is saved: what to say to the guest, and to whom
        self.guest_name = guest_name
        self.discarded = False
        self._check_fields = False  # the form asks the agent to check the fields in red
        # the last refusal, kept to be said again in the language chosen meanwhile
        self._problems: dict[str, str | Message] = {}
        self._refusal: BaseException | None = None
        self.ui = load_form(FeedbackForm, self)
        for by_code in (self.ui.wordsLabel, self.ui.saveButton):  # set by show_kind
            by_code.setProperty("_q_notr_text", None)
        for combo in (self.ui.kindCombo, self.ui.channelCombo):  # a choice reads whole in
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # any language
        _fill(self.ui.kindCombo, list(FeedbackKind))
        _fill(self.ui.channelCombo, list(Channel))
        _fill(self.ui.categoryCombo, list(Category))
        _fill(self.ui.severityCombo, list(Severity))
        _fill(self.ui.departmentCombo, list(Department))
        _choose(self.ui.severityCombo, Severity.MEDIUM.value)
        if guest_id is None:
            _choose(self.ui.channelCombo, Channel.PHONE.value)
        self.ui.templateCombo.addItem(self.tr("None"), "")
        for key in REQUEST_TEMPLATES:
            self.ui.templateCombo.addItem(_template_label(key), key)
        for member in staff_who_can_sign_in(session):
            self.ui.promiseOwnerCombo.addItem(member.name, member.id)
        if session.staff is not None:
            _choose(self.ui.promiseOwnerCombo, session.staff.id)
        self.ui.praisedStaffCombo.addItem(self.tr("Nobody in particular"), None)
        colleagues = staff_who_can_sign_in(session) + attendants(session)
        for member in sorted(colleagues, key=lambda m: m.name.casefold()):
            self.ui.praisedStaffCombo.addItem(member.name, member.id)
        self.ui.promiseDueEdit.setDateTime(self._suggested_due())
        for name in set(ERROR_LABELS.values()):
            getattr(self.ui, name).setVisible(False)
        self.ui.formMessage.setText("")

        self.ui.templateCombo.activated.connect(lambda _index: self.apply_template())
        self.ui.kindCombo.currentIndexChanged.connect(lambda _index: self.show_kind())
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QPlainTextEdit, QLineEdit)):
                widget.textChanged.connect(self.draft_changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.draft_changed)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self.draft_changed)
        self.ui.promiseGroup.toggled.connect(self.draft_changed)
        self.ui.compensationValueSpin.valueChanged.connect(self.draft_changed)
        self.ui.promiseDueEdit.dateTimeChanged.connect(self.draft_changed)
        self.retranslate()
        when_language_changes(self, self.retranslate)
        self.resize(1000, 660)
        self.ui.wordsEdit.setFocus()

    def retranslate(self) -> None:
        """The language changed: every word on the form again; everything typed and chosen
        stays as it is."""
        ui = self.ui
        self.setWindowTitle(self.tr("Log feedback"))
        ui.headingLabel.setText(
            self.tr("Feedback from {guest}").format(guest=self.guest_name) if self.guest_name
            else self.tr("Feedback with no guest on record (a call or an email)"))
        for combo, kind in ((ui.kindCombo, FeedbackKind), (ui.channelCombo, Channel),
                            (ui.categoryCombo, Category), (ui.severityCombo, Severity),
                            (ui.departmentCombo, Department)):
            _relabel(combo, kind)
        ui.templateCombo.setItemText(0, self.tr("None"))
        for index in range(1, ui.templateCombo.count()):
            ui.templateCombo.setItemText(index, _template_label(ui.templateCombo.itemData(index)))
        ui.praisedStaffCombo.setItemText(0, self.tr("Nobody in particular"))
        language = current_language()  # the time chosen stays; its words are the language's
        ui.promiseDueEdit.setLocale(locale_for(language))
        ui.promiseDueEdit.setDisplayFormat(DUE_FORMATS.get(language, DUE_FORMATS[ENGLISH]))
        if self._problems or self._refusal is not None:  # the last refusal, in the language
            self._say_problems()
        self.show_kind()

    # -- the draft -------------------------------------------------------------------------
    def values(self) -> Draft:
        """Everything typed and chosen, to keep while the agent is pulled away."""
        ui = self.ui
        return {
            "kind": ui.kindCombo.currentData(), "channel": ui.channelCombo.currentData(),
            "template": ui.templateCombo.currentData(),
            "category": ui.categoryCombo.currentData(),
            "severity": ui.severityCombo.currentData(),
            "department": ui.departmentCombo.currentData(),
            "words": plain_text(ui.wordsEdit), "expects": plain_text(ui.expectsEdit),
            "apologised": ui.apologisedCheck.isChecked(),
            "immediate": ui.immediateEdit.text(),
            "compensation_kind": ui.compensationKindEdit.text(),
            "compensation_value": ui.compensationValueSpin.value(),
            "work_order": ui.workOrderEdit.text(),
            "promise": ui.promiseGroup.isChecked(),
            "promise_due": ui.promiseDueEdit.dateTime().toString("yyyy-MM-ddTHH:mm"),
            "promise_owner": ui.promiseOwnerCombo.currentData(),
            "promise_how": ui.promiseHowEdit.text(),
            "escalate": ui.escalateCheck.isChecked(),
            "praised_staff": ui.praisedStaffCombo.currentData(),
            "praise_note": ui.praiseNoteEdit.text(),
        }

    def restore(self, draft: Draft) -> None:
        ui = self.ui
        for combo, key in ((ui.kindCombo, "kind"), (ui.channelCombo, "channel"),
                           (ui.templateCombo, "template"), (ui.categoryCombo, "category"),
                           (ui.severityCombo, "severity"), (ui.departmentCombo, "department"),
                           (ui.promiseOwnerCombo, "promise_owner"),
                           (ui.praisedStaffCombo, "praised_staff")):
            _choose(combo, draft.get(key))
        ui.wordsEdit.setPlainText(draft.get("words", ""))
        ui.expectsEdit.setPlainText(draft.get("expects", ""))
        ui.apologisedCheck.setChecked(bool(draft.get("apologised")))
        ui.immediateEdit.setText(draft.get("immediate", ""))
        ui.compensationKindEdit.setText(draft.get("compensation_kind", ""))
        ui.compensationValueSpin.setValue(float(draft.get("compensation_value", 0)))
        ui.workOrderEdit.setText(draft.get("work_order", ""))
        ui.promiseGroup.setChecked(bool(draft.get("promise")))
        due = QDateTime.fromString(draft.get("promise_due", ""), "yyyy-MM-ddTHH:mm")
        if due.isValid():
            ui.promiseDueEdit.setDateTime(due)
        ui.promiseHowEdit.setText(draft.get("promise_how", ""))
        ui.escalateCheck.setChecked(bool(draft.get("escalate")))
        ui.praiseNoteEdit.setText(draft.get("praise_note", ""))
        ui.wordsEdit.moveCursor(ui.wordsEdit.textCursor().MoveOperation.End)

    def has_text(self) -> bool:
        values = self.values()
        return any(str(values[key]).strip() for key in TEXT_FIELDS)

    # -- praise -------------------------------------------------------------------------
    def is_praise(self) -> bool:
        return self.ui.kindCombo.currentData() == FeedbackKind.PRAISE.value

    @Slot()
    def show_kind(self) -> None:
        """Praise gets its own small form: who, what they praised, which colleague, a note."""
        praise = self.is_praise()
        errors = set(ERROR_LABELS.values())
        for name in NOT_FOR_PRAISE:
            widget = getattr(self.ui, name)
            widget.setVisible(not praise and (name not in errors or bool(widget.text())))
        self.ui.praiseBox.setVisible(praise)
        self.ui.wordsLabel.setText(
            self.tr("What did the guest praise, in their words?") if praise
            else QCoreApplication.translate("FeedbackForm",
                                            "What happened, in the guest's words?"))
        self.ui.saveButton.setText(self.tr("Save and thank") if praise
                                   else self.tr("Save feedback"))

    def praise_input(self) -> PraiseInput:
        return PraiseInput(guest_words=plain_text(self.ui.wordsEdit),
                           channel=Channel(self.ui.channelCombo.currentData()),
                           guest_id=self.guest_id, visit_id=self.visit_id,
                           staff_id=self.ui.praisedStaffCombo.currentData(),
                           note=self.ui.praiseNoteEdit.text())

    def thank_you_line(self) -> str:
        """What the agent says to the guest now, and whom to pass the praise on to."""
        colleague = (self.ui.praisedStaffCombo.currentText()
                     if self.ui.praisedStaffCombo.currentData() is not None else "")
        if self.guest_name and colleague:
            text = self.tr("Praise recorded and closed. Thank the guest: “Thank you, {guest}, "
                           "that is lovely to hear. I will pass it on to {colleague}.” Then "
                           "tell {colleague}.")
        elif self.guest_name:
            text = self.tr("Praise recorded and closed. Thank the guest: “Thank you, {guest}, "
                           "that is lovely to hear. I will pass it on to the team.”")
        elif colleague:
            text = self.tr("Praise recorded and closed. Thank the guest: “Thank you, that is "
                           "lovely to hear. I will pass it on to {colleague}.” Then tell "
                           "{colleague}.")
        else:
            text = self.tr("Praise recorded and closed. Thank the guest: “Thank you, that is "
                           "lovely to hear. I will pass it on to the team.”")
        return text.format(guest=self.guest_name, colleague=colleague)

    # -- special service requests ---------------------------------------------------------
    @Slot()
    def apply_template(self) -> None:
        """A special request: kind request, its category and department, and a work order."""
        key = self.ui.templateCombo.currentData()
        if not key:
            return
        template = REQUEST_TEMPLATES[key]
        _choose(self.ui.kindCombo, FeedbackKind.REQUEST.value)
        _choose(self.ui.categoryCombo, template.category.value)
        _choose(self.ui.departmentCombo, template.department.value)
        current = self.ui.workOrderEdit.text()
        known = {t.description for t in REQUEST_TEMPLATES.values()}
        if not current.strip() or current in known:
            self.ui.workOrderEdit.setText(template.description)
        self.ui.workOrderEdit.setFocus()

    # -- saving ---------------------------------------------------------------------------
    def _suggested_due(self) -> QDateTime:
        local = lounge_time.to_local(self.session.clock.now(), self.timezone)
        local += dt.timedelta(minutes=PROMISE_MINUTES + (5 - local.minute % 5) % 5)
        return QDateTime(QDate(local.year, local.month, local.day),
                         QTime(local.hour, local.minute))

    def promise_due_utc(self) -> dt.datetime:
        """The chosen time on the lounge's wall clock, as an aware UTC time."""
        chosen = self.ui.promiseDueEdit.dateTime()
        day, time = chosen.date(), chosen.time()
        return lounge_time.wall_clock_utc(dt.date(day.year(), day.month(), day.day()),
                                          dt.time(time.hour(), time.minute()), self.timezone)

    def feedback_input(self) -> FeedbackInput:
        ui = self.ui
        department = Department(ui.departmentCombo.currentData())
        promise = None
        if ui.promiseGroup.isChecked():
            promise = Promise(due_at=self.promise_due_utc(),
                              owner_id=ui.promiseOwnerCombo.currentData(),
                              how=ui.promiseHowEdit.text())
        work_order = ui.workOrderEdit.text()
        return FeedbackInput(
            kind=FeedbackKind(ui.kindCombo.currentData()),
            category=Category(ui.categoryCombo.currentData()),
            guest_words=plain_text(ui.wordsEdit),
            channel=Channel(ui.channelCombo.currentData()),
            severity=Severity(ui.severityCombo.currentData()),
            guest_id=self.guest_id, visit_id=self.visit_id,
            guest_expects=plain_text(ui.expectsEdit),
            apologised=ui.apologisedCheck.isChecked(),
            immediate_action=ui.immediateEdit.text(),
            compensation_kind=ui.compensationKindEdit.text(),
            compensation_value=Decimal(str(round(ui.compensationValueSpin.value(), 2))),
            department=department, promise=promise, escalate=ui.escalateCheck.isChecked(),
            work_orders=(WorkOrderInput(department, work_order),) if work_order.strip() else ())

    def show_problems(self, problems: Mapping[str, str | Message],
                      refusal: BaseException | None = None) -> None:
        """Each problem under its field, and ``refusal`` (or "check the fields") above the
        buttons, in the desk's language; kept, to be said again after a language switch."""
        self._problems, self._refusal = dict(problems), refusal
        self._say_problems()

    def _say_problems(self) -> None:
        message = in_words(self._refusal) if self._refusal is not None else ""
        shown: dict[str, list[str]] = {}
        for field, said in self._problems.items():
            problem = in_language(said) if isinstance(said, Message) else str(said)
            name = ERROR_LABELS.get(field)
            if name is None:
                message = " ".join(filter(None, (message, problem)))
            else:
                shown.setdefault(name, []).append(problem)
        for name in set(ERROR_LABELS.values()):
            error: QLabel = getattr(self.ui, name)
            error.setText(" ".join(shown.get(name, [])))
            error.setVisible(name in shown)
        self._check_fields = not message and bool(shown)
        self.ui.formMessage.setText(message or (
            self.tr("Please check the fields marked in red.") if shown else ""))

    @Slot()
    def save(self) -> None:
        try:
            if self.is_praise():
                complaint = complaints.log_praise(self.session, self.praise_input())
                self.thank_you = self.thank_you_line()
            else:
                complaint = complaints.log_feedback(self.session, self.feedback_input())
        except FeedbackRejected as refusal:
            self.show_problems(refusal.messages)
            return
        except ServiceError as refusal:
            self.show_problems({}, refusal)
            return
        self.saved_id = complaint.id
        self.accept()

    # -- leaving without saving -----------------------------------------------------------
    def ask_discard(self) -> DiscardChoice:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard this feedback?"),
                          self.tr("Discard this feedback? What you typed will be lost."),
                          QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep as draft"), QMessageBox.ButtonRole.RejectRole)
        back = box.addButton(self.tr("Go back to it"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(back)
        for button in box.buttons():
            as_wide_as_its_words(button)
        box.exec()
        clicked = box.clickedButton()
        return "discard" if clicked is discard else "keep" if clicked is keep else "back"

    def reject(self) -> None:
        """Cancel, Esc or the window's close: typed text is never lost without asking."""
        if self.saved_id is None and self.has_text():
            choice = self.ask_discard()
            if choice == "back":
                return
            self.discarded = choice == "discard"
        super().reject()

    def put_aside(self) -> None:
        """Close without asking (the desk locked): the draft stays with the screen."""
        super().reject()
