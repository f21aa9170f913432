"""Complaints, praise and requests: the list, one item in full, and the next steps.

The list is one service query: every filter change (and the search, 300 ms after
the last key) asks the database again, which filters and sorts. The buttons
under the item are the steps its status allows (``available_steps``); whatever
the service refuses is said on the screen. The feedback dialog's draft lives
here, per guest, so typed text outlives the dialog (and a locked desk).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QWidget,
)

from vipdesk.domain import labels
from vipdesk.domain.complaints import ESCALATION_PERMISSION, PromiseOutcome, Step
from vipdesk.domain.lounge_time import SHORT_MONTH_NAMES, to_local
from vipdesk.domain.permissions import allows
from vipdesk.domain.vocabulary import (
    Category,
    ComplaintStatus,
    Department,
    FeedbackKind,
    Severity,
    WorkOrderStatus,
)
from vipdesk.gui.columns import set_column_widths
from vipdesk.gui.combo_width import as_wide_as_its_items
from vipdesk.gui.complaint_model import ComplaintModel, local_time
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.feedback_dialog import Draft, FeedbackDialog
from vipdesk.gui.flow_layout import FlowRow, flow_pairs, wrap_rows
from vipdesk.gui.form_types import ComplaintsForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.grid_lines import arrange
from vipdesk.gui.language import (
    ENGLISH,
    current_language,
    locale_for,
    shown_date,
    shown_number,
    shown_time,
    when_language_changes,
)
from vipdesk.gui.messages import MessageLine
from vipdesk.gui.promise_outcome_dialog import PromiseOutcomeDialog
from vipdesk.gui.words import counted, in_a_sentence, label
from vipdesk.services import complaints
from vipdesk.services.complaints import ComplaintFilter, FeedbackDetail, SortKey
from vipdesk.services.guests import guest_profile, lounge_now
from vipdesk.services.session import ServiceError, Session
from vipdesk.services.staff import staff_who_can_sign_in

SEARCH_DELAY_MS: Final = 300
OPEN: Final = "open"  # the status filter's "everything not closed yet"
CONTEXT: Final = "ComplaintsScreen"
SORTS: Final = ((QT_TRANSLATE_NOOP("ComplaintsScreen", "Newest first"), SortKey.CREATED, True),
                (QT_TRANSLATE_NOOP("ComplaintsScreen", "Oldest first"), SortKey.CREATED, False),
                (QT_TRANSLATE_NOOP("ComplaintsScreen", "Most severe first"), SortKey.SEVERITY,
                 True),
                (QT_TRANSLATE_NOOP("ComplaintsScreen", "Promise due soonest"), SortKey.DUE,
                 False))
# Each lifecycle button and the step it takes.
STEP_BUTTONS: Final = {Step.STARTED: "startButton", Step.RESOLVED: "resolveButton",
                       Step.CLOSED: "closeButton", Step.REOPENED: "reopenButton",
                       Step.ESCALATED: "escalateButton", Step.NOTE: "noteButton",
                       Step.ASSIGNED: "assignButton", Step.PROMISE_KEPT: "keepPromiseButton",
                       Step.WORK_ORDER_DONE: "completeWorkOrderButton"}
STEP_WORDS: Final = {
    Step.LOGGED: QT_TRANSLATE_NOOP("ComplaintsScreen", "Logged"),
    Step.ASSIGNED: QT_TRANSLATE_NOOP("ComplaintsScreen", "Assigned"),
    Step.STARTED: QT_TRANSLATE_NOOP("ComplaintsScreen", "Work started"),
    Step.RESOLVED: QT_TRANSLATE_NOOP("ComplaintsScreen", "Resolved"),
    Step.CLOSED: QT_TRANSLATE_NOOP("ComplaintsScreen", "Closed, guest told"),
    Step.REOPENED: QT_TRANSLATE_NOOP("ComplaintsScreen", "Reopened"),
    Step.ESCALATED: QT_TRANSLATE_NOOP("ComplaintsScreen", "Escalated to the duty manager"),
    Step.PROMISED: QT_TRANSLATE_NOOP("ComplaintsScreen", "Promise made"),
    Step.PROMISE_KEPT: QT_TRANSLATE_NOOP("ComplaintsScreen", "Promise kept"),
    Step.PROMISE_NOT_KEPT: QT_TRANSLATE_NOOP("ComplaintsScreen", "Promise not kept"),
    Step.NO_PROMISE: QT_TRANSLATE_NOOP("ComplaintsScreen", "No promise was made"),
    Step.NOTE: QT_TRANSLATE_NOOP("ComplaintsScreen", "Note"),
    Step.WORK_ORDER_ADDED: QT_TRANSLATE_NOOP("ComplaintsScreen", "Work order"),
    Step.WORK_ORDER_DONE: QT_TRANSLATE_NOOP("ComplaintsScreen", "Work order done"),
    Step.WORK_ORDER_CANCELLED: QT_TRANSLATE_NOOP("ComplaintsScreen", "Work order cancelled"),
}
DraftKey = tuple[int | None, int | None]
# How the complaint service writes a promise in the item's history (in English, stored).
PROMISE_NOTE: Final = re.compile(r"Due (\d{1,2}) ([A-Z][a-z]{2}) (\d{2}):(\d{2}), (.+?): (.*)\Z",
                                 re.DOTALL)
DAY_FORMATS: Final = {ENGLISH: "d MMM yyyy", "zh_CN": "yyyy年M月d日", "da": "d. MMM yyyy"}
WORK_ORDER_NOTE: Final = re.compile(r"#(\d+) (.+?): (.*)\Z", re.DOTALL)
THANKED_AND_PASSED_ON: Final = "Thanked; passed on to "


# Four filters a line (five side by side cut "Open (not closed)" at 1280x800); the search
# field goes up beside the title, so the filters keep to two lines and the list its rows.
FILTER_LINES = ((("statusFilter", 1), ("kindFilter", 1), ("categoryFilter", 1),
                 ("severityFilter", 1)),
                (("departmentFilter", 1), ("datesBox", 2), ("sortCombo", 1)))


def texts_from_code(*widgets: QWidget) -> None:
    """These widgets' texts are set in code (and redone by ``retranslate``): the form's own
    text for them must not come back over it when the language changes."""
    for widget in widgets:
        widget.setProperty("_q_notr_text", None)


class ComplaintsScreen(QWidget):
    def __init__(self, session: Session, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.events = session, events
        self.ui = load_form(ComplaintsForm, self)
        wrap_rows(self.ui, "stepRow", "assignRow")
        self.ui.filters.removeWidget(self.ui.searchEdit)
        self.ui.titleRow.insertWidget(1, self.ui.searchEdit, 1)
        self._let_filters_wrap()
        for combo in self.ui.findChildren(QComboBox):  # a chosen filter or owner reads whole;
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # rows wrap
        self.drafts: dict[DraftKey, Draft] = {}
        self.dialog: FeedbackDialog | None = None
        self._announcing = False
        self.detail: FeedbackDetail | None = None
        self.model = ComplaintModel(session.lounge.timezone, self)
        self._counts: tuple[int, int] | None = None  # (shown, total) of the last reload
        self._build_table()
        self._build_filters()
        for department in Department:
            self.ui.assignDepartmentCombo.addItem(label(department), department.value)
        for combo in (self.ui.statusFilter, self.ui.kindFilter, self.ui.categoryFilter,
                      self.ui.severityFilter, self.ui.departmentFilter):
            as_wide_as_its_items(combo)  # the filter row never cuts one
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.ui.searchEdit.textChanged.connect(lambda _text: self.search_timer.start())

        self.ui.logButton.clicked.connect(lambda: self.log_feedback_for(None, None))
        self.ui.assignButton.clicked.connect(self.assign)
        self.ui.startButton.clicked.connect(
            lambda: self._step(complaints.start_work, self.tr("Work started on #{id}.")))
        self.ui.resolveButton.clicked.connect(self.resolve)
        self.ui.closeButton.clicked.connect(
            lambda: self._step(complaints.close, self.tr("#{id} closed."), text=True))
        self.ui.reopenButton.clicked.connect(
            lambda: self._step(complaints.reopen, self.tr("#{id} reopened."), text=True))
        self.ui.escalateButton.clicked.connect(
            lambda: self._step(complaints.escalate,
                               self.tr("#{id} is with the duty manager."), text=True))
        self.ui.noteButton.clicked.connect(
            lambda: self._step(complaints.add_note, self.tr("Note added to #{id}."), text=True))
        self.ui.keepPromiseButton.clicked.connect(
            lambda: self._step(complaints.keep_promise, self.tr("Promise on #{id} kept."),
                               text=True))
        self.ui.completeWorkOrderButton.clicked.connect(self.complete_work_order)
        self.ui.workOrdersList.currentRowChanged.connect(lambda _row: self._enable_work_order())
        events.data_changed.connect(self._on_data_changed)
        events.tick.connect(self._on_tick)
        self.messages = MessageLine(self.ui.deskMessage, hide_when_empty=True)
        self.messages.clear()
        texts_from_code(self.ui.detailTitle)
        self.retranslate()  # the day fields in the language's own format too
        when_language_changes(self, self.retranslate)

    def retranslate(self) -> None:
        """The language changed: the filters, the list and the item are said again; the
        filters chosen, the search and the half-typed step text stay as they are."""
        ui = self.ui
        ui.statusFilter.setItemText(0, self.tr("Open (not closed)"))
        ui.statusFilter.setItemText(1, self.tr("Any status"))
        for combo, anything in ((ui.kindFilter, self.tr("Any kind")),
                                (ui.categoryFilter, self.tr("Any category")),
                                (ui.severityFilter, self.tr("Any severity")),
                                (ui.departmentFilter, self.tr("Any department"))):
            combo.setItemText(0, anything)
        kinds: tuple[tuple[QComboBox, Any], ...] = (
            (ui.statusFilter, ComplaintStatus), (ui.kindFilter, FeedbackKind),
            (ui.categoryFilter, Category), (ui.severityFilter, Severity),
            (ui.departmentFilter, Department), (ui.assignDepartmentCombo, Department))
        for combo, kind in kinds:
            for index in range(combo.count()):
                value = combo.itemData(index)
                if value and value != OPEN:
                    combo.setItemText(index, label(kind(value)))
        for index, (text, _key, _descending) in enumerate(SORTS):
            ui.sortCombo.setItemText(index, QCoreApplication.translate(CONTEXT, str(text)))
        for combo in (ui.statusFilter, ui.kindFilter, ui.categoryFilter, ui.severityFilter,
                      ui.departmentFilter, ui.sortCombo):
            as_wide_as_its_items(combo)
        for edit in (ui.fromDateEdit, ui.toDateEdit):  # the day chosen stays
            edit.setLocale(locale_for(current_language()))
            edit.setDisplayFormat(DAY_FORMATS.get(current_language(), DAY_FORMATS[ENGLISH]))
        if ui.assignOwnerCombo.count():
            ui.assignOwnerCombo.setItemText(0, self.tr("Anyone there"))
        self.model.retranslate()
        self._show_count()
        chosen = (ui.assignDepartmentCombo.currentIndex(), ui.assignOwnerCombo.currentIndex(),
                  ui.workOrdersList.currentRow())
        self.show_detail(self.detail)  # the item said again; what the agent chose stays
        ui.assignDepartmentCombo.setCurrentIndex(chosen[0])
        ui.assignOwnerCombo.setCurrentIndex(chosen[1])
        ui.workOrdersList.setCurrentRow(chosen[2])

    # -- building ------------------------------------------------------------------------
    def _let_filters_wrap(self) -> None:
        """The filters flow left to right and wrap to a new line where the screen ends: four
        side by side need 1041 px in a language 40% longer than English, more than a
        1280x800 screen gives them; the dates' pair wraps within itself too."""
        arrange(self.ui.filters, FILTER_LINES)  # the order they are read in
        self._let_dates_wrap()
        grid = self.ui.filters
        flow = FlowRow(self.ui.panel, spacing=max(grid.horizontalSpacing(), 6))
        flow.setObjectName("filterFlow")
        for line in FILTER_LINES:
            for name, _span in line:
                widget = self.ui.panel.findChild(QWidget, name)
                if widget is None:
                    raise LookupError(f"the filters have no {name!r}")
                grid.removeWidget(widget)
                flow.add(widget)
        grid.addWidget(flow, 0, 0)
        previous = None
        for line in FILTER_LINES:  # moving them put them last in the tab order
            for name, _span in line:
                widget = self.ui.panel.findChild(QWidget, name)
                if previous is not None and widget is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget

    def _let_dates_wrap(self) -> None:
        """"From [date]" and "to [date]" go on two lines when the pair is wider than its
        place (Danish and longer languages: the filter row needed 1344 px at 1280x800)."""
        box, ui = self.ui.datesBox, self.ui
        row = self.ui.datesRow
        flow = FlowRow(box, spacing=max(row.spacing(), 6))
        flow_pairs(flow, row, ((ui.datesCheck, ui.fromDateEdit), (ui.toLabel, ui.toDateEdit)))
        row.addWidget(flow)
        QWidget.setTabOrder(ui.datesCheck, ui.fromDateEdit)
        QWidget.setTabOrder(ui.fromDateEdit, ui.toDateEdit)

    def _build_table(self) -> None:
        table = self.ui.complaintsTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(34)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setMinimumSectionSize(36)
        # The guest's words come last, wide (not stretched: squeezed to a sliver when the
        # other columns fill the list); the table scrolls sideways to them.
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        set_column_widths(table, (48, 118, 96, 88, 100, 150, 130, 130, 320))
        table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._on_current(current))
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([600, 420])  # the list gets the room; the panel wraps

    def _build_filters(self) -> None:
        ui = self.ui
        ui.statusFilter.addItem(self.tr("Open (not closed)"), OPEN)
        ui.statusFilter.addItem(self.tr("Any status"), "")
        for combo, anything, values in (
                (ui.statusFilter, None, list(ComplaintStatus)),
                (ui.kindFilter, self.tr("Any kind"), list(FeedbackKind)),
                (ui.categoryFilter, self.tr("Any category"), list(Category)),
                (ui.severityFilter, self.tr("Any severity"), list(Severity)),
                (ui.departmentFilter, self.tr("Any department"), list(Department))):
            if anything is not None:
                combo.addItem(anything, "")
            for value in values:
                combo.addItem(label(value), value.value)
            combo.currentIndexChanged.connect(lambda _index: self.reload())
        for text, key, descending in SORTS:
            ui.sortCombo.addItem(QCoreApplication.translate(CONTEXT, str(text)),
                                 (key.value, descending))
        ui.sortCombo.currentIndexChanged.connect(lambda _index: self.reload())
        today = lounge_now(self.session).date()
        for edit in (ui.fromDateEdit, ui.toDateEdit):
            edit.setDate(QDate(today.year, today.month, today.day))
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _date: self.reload())
        ui.datesCheck.toggled.connect(self._on_dates_toggled)

    @Slot(bool)
    def _on_dates_toggled(self, on: bool) -> None:
        self._enable_dates(on)
        self.reload()

    def activate(self) -> None:
        owners = self.ui.assignOwnerCombo
        owners.clear()
        owners.addItem(self.tr("Anyone there"), None)
        for member in staff_who_can_sign_in(self.session):
            owners.addItem(member.name, member.id)
        self.reload()

    def forget_agent(self) -> None:
        """The desk locked or the agent signed out: no selected item, no "saved" message, no
        search or filters and no half-typed step note are left for the next person. Drafts of
        the feedback form stay (they are per guest, shown only when that form is opened)."""
        ui = self.ui
        ui.searchEdit.clear()
        self.search_timer.stop()  # no search now: with nobody signed in it would be refused
        combos = (ui.statusFilter, ui.kindFilter, ui.categoryFilter, ui.severityFilter,
                  ui.departmentFilter, ui.sortCombo)
        quiet = (ui.datesCheck, *combos)
        for widget in quiet:  # and no reload for each filter put back
            widget.blockSignals(True)
        for combo in combos:
            combo.setCurrentIndex(0)
        ui.datesCheck.setChecked(False)
        for widget in quiet:
            widget.blockSignals(False)
        self._enable_dates(False)
        ui.stepTextEdit.clear()
        self.model.set_rows([], self.session.clock.now())
        ui.countLabel.clear()
        self._counts = None
        self.show_detail(None)
        self.messages.clear()

    def _enable_dates(self, on: bool) -> None:
        """The day range is editable only while "dates" is ticked."""
        self.ui.fromDateEdit.setEnabled(on)
        self.ui.toDateEdit.setEnabled(on)

    # -- the list ------------------------------------------------------------------------
    def current_filter(self) -> ComplaintFilter:
        ui = self.ui

        def chosen(combo: Any, kind: type) -> tuple[Any, ...]:
            value = combo.currentData()
            return (kind(value),) if value else ()

        status = ui.statusFilter.currentData()
        statuses: tuple[ComplaintStatus, ...] = (
            tuple(s for s in ComplaintStatus if s is not ComplaintStatus.CLOSED)
            if status == OPEN else chosen(ui.statusFilter, ComplaintStatus))
        from_day = to_day = None
        if ui.datesCheck.isChecked():
            from_day = dt.date(*ui.fromDateEdit.date().getDate())
            to_day = dt.date(*ui.toDateEdit.date().getDate())
        sort, descending = ui.sortCombo.currentData() or (SortKey.CREATED.value, True)
        return ComplaintFilter(
            statuses=statuses, kinds=chosen(ui.kindFilter, FeedbackKind),
            categories=chosen(ui.categoryFilter, Category),
            severities=chosen(ui.severityFilter, Severity),
            departments=chosen(ui.departmentFilter, Department),
            from_day=from_day, to_day=to_day, text=ui.searchEdit.text(),
            sort=SortKey(sort), descending=bool(descending))

    @Slot()
    def reload(self, select_id: int | None = None) -> None:
        """Ask the database again, keeping the selected item selected if it is still listed."""
        self.search_timer.stop()
        if self.session.staff is None or self.session.locked:
            return
        if select_id is None and self.detail is not None:
            select_id = self.detail.summary.id
        wanted = self.current_filter()
        try:
            rows = complaints.list_feedback(self.session, wanted)
            total = complaints.count_feedback(self.session, wanted)
        except ServiceError as refusal:
            self.messages.refusal(refusal)
            return
        self.model.set_rows(rows, self.session.clock.now())
        self._counts = (len(rows), total)
        self._show_count()
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.select_row(row)
        else:
            self.show_detail(None)

    def _show_count(self) -> None:
        if self._counts is None:
            return
        shown, total = self._counts
        self.ui.countLabel.setText(
            counted(total, self.tr("%n item", "", total), self.tr("%n items", "", total))
            if shown == total
            else self.tr("The first {shown} of {total} items; narrow the filters to see the "
                         "rest.").format(shown=shown_number(shown), total=shown_number(total)))

    def select_row(self, row: int) -> None:
        table = self.ui.complaintsTable
        table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(self.model.index(row, 0))
        self._on_current(self.model.index(row, 0))

    def _on_current(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.show_detail(None)
            return
        self.show_item(self.model.rows[index.row()].id)

    def show_complaint(self, complaint_id: int) -> None:
        """Select the item in the list if the filters list it, else show it on its own."""
        self.reload(complaint_id)
        if self.model.row_of(complaint_id) < 0:
            self.show_item(complaint_id)

    def show_item(self, complaint_id: int) -> None:
        try:
            self.show_detail(complaints.get_feedback(self.session, complaint_id))
        except ServiceError as refusal:
            self.messages.refusal(refusal)
            self.show_detail(None)

    # -- the detail panel ----------------------------------------------------------------
    def show_detail(self, detail: FeedbackDetail | None) -> None:
        self.detail = detail
        ui = self.ui
        ui.detailBody.setVisible(detail is not None)
        ui.stepTextEdit.setVisible(detail is not None)
        if detail is None:
            ui.detailTitle.setText(self.tr("Select an item to see it in full."))
            for name in STEP_BUTTONS.values():
                getattr(ui, name).setVisible(False)
            ui.assignDepartmentCombo.setVisible(False)
            ui.assignOwnerCombo.setVisible(False)
            return
        row, zone = detail.summary, self.session.lounge.timezone
        ui.detailTitle.setText(" · ".join((
            f"#{row.id}", label(row.kind), label(row.category), label(row.severity),
            label(row.status))) + (self.tr(" · escalated") if row.escalated else ""))
        who = row.guest_name or self.tr("no guest on record")
        meta = (self.tr("{guest}, {channel}, logged {time} by {staff}. For: {department}, "
                        "{owner}") if row.owner_name else
                self.tr("{guest}, {channel}, logged {time} by {staff}. For: {department}"))
        ui.metaLabel.setText(meta.format(
            guest=who, channel=label(row.channel), time=local_time(row.created_at, zone),
            staff=detail.created_by_name, department=label(row.department),
            owner=row.owner_name))
        if ui.wordsView.toPlainText() != row.guest_words:
            ui.wordsView.setPlainText(row.guest_words)
        ui.expectsLabel.setText(self.tr("Expects: {expects}").format(
            expects=row.guest_expects or self.tr("not said")))
        done = [self.tr("Apologised.") if detail.apologised else self.tr("No apology recorded.")]
        if detail.immediate_action:
            done.append(self.tr("Done at once: {action}").format(
                action=detail.immediate_action))
        if detail.compensation_kind or detail.compensation_value:
            done.append(self.tr("Compensation: {kind} {value}").format(
                kind=detail.compensation_kind,
                value=shown_number(detail.compensation_value, 2)))
        if row.resolution:
            done.append(self.tr("Resolution: {resolution}").format(resolution=row.resolution))
        ui.doneLabel.setText("\n".join(done))
        self._show_promise(detail)
        self._show_work_orders(detail)
        ui.historyList.clear()
        for entry in detail.history:
            words = (QCoreApplication.translate(CONTEXT, str(STEP_WORDS[entry.step]))
                     if entry.step in STEP_WORDS else entry.step.value)
            text = f"{local_time(entry.at, zone)}  {words} — {entry.staff_name}"
            note = self._history_note(entry.step, entry.note, entry.at)
            ui.historyList.addItem(f"{text}: {note}" if note else text)
        self._show_steps(detail)
        if row.kind is FeedbackKind.PRAISE:
            self._show_praise(detail)

    def _history_note(self, step: Step, note: str, at: dt.datetime) -> str:
        """A history line's note as the agent wrote it; the few the complaint service writes
        itself, in English, said in the language (names and typed words as written)."""
        if not note or current_language() == ENGLISH:
            return note
        if step is Step.PROMISED:
            return self._promise_note(note, at)
        if step is Step.ASSIGNED:
            for department in Department:
                english = labels.label(department)
                if note == english or note.startswith(english + ", "):
                    return label(department) + note[len(english):]
        if step is Step.WORK_ORDER_ADDED and (found := WORK_ORDER_NOTE.match(note)):
            number, english, description = found.groups()
            for department in Department:
                if labels.label(department) == english:
                    return f"#{number} {label(department)}: {description}"
        if step is Step.CLOSED and note == "Thanked":
            return self.tr("Thanked")
        if step is Step.CLOSED and note.startswith(THANKED_AND_PASSED_ON):
            return self.tr("Thanked; passed on to {name}").format(
                name=note[len(THANKED_AND_PASSED_ON):])
        return note

    def _promise_note(self, note: str, at: dt.datetime) -> str:
        """A promise's history note, stored in English by the service ("Due 23 Nov 09:30,
        Dina Desk: at the desk"), said in the language (the owner and how as written)."""
        found = PROMISE_NOTE.match(note)
        if found is None:
            return note
        day, month, hour, minute, owner, how = found.groups()
        local = to_local(at, self.session.lounge.timezone)
        try:
            due = dt.datetime(local.year, SHORT_MONTH_NAMES.index(month) + 1, int(day),
                              int(hour), int(minute))
        except ValueError:
            return note
        if due.date() < local.date() - dt.timedelta(days=1):  # promised across New Year
            due = due.replace(year=due.year + 1)
        return self.tr("Due {due}, {owner}: {how}").format(
            due=f"{shown_date(due.date())} {shown_time(due)}", owner=owner, how=how)

    def _show_praise(self, detail: FeedbackDetail) -> None:
        """Praise is not a complaint: no severity, expectation or apology to show."""
        row, ui = detail.summary, self.ui
        ui.detailTitle.setText(" · ".join((f"#{row.id}", label(row.kind), label(row.status))))
        ui.expectsLabel.setText(
            self.tr("Praised: {staff}").format(staff=detail.praised_staff_name)
            if detail.praised_staff_name else self.tr("Praise for the whole team"))
        ui.doneLabel.setText(self.tr("Note: {note}").format(note=row.resolution)
                             if row.resolution else "")

    def _show_promise(self, detail: FeedbackDetail) -> None:
        row, zone = detail.summary, self.session.lounge.timezone
        label_ = self.ui.promiseLabel
        if row.promise_due_at is None:
            label_.setText(self.tr("No follow-up promised."))
            label_.setStyleSheet("")
            return
        due = local_time(row.promise_due_at, zone)
        if row.promise_kept_at is not None:
            label_.setText(self.tr("Promise for {due} kept at {time}.").format(
                due=due, time=local_time(row.promise_kept_at, zone)))
            label_.setStyleSheet("")
            return
        if row.promise_outcome:
            label_.setText(self.tr("Promise for {due} not kept.").format(due=due)
                           if row.promise_outcome == PromiseOutcome.NOT_KEPT
                           else self.tr("No promise was made after all."))
            label_.setStyleSheet("")
            return
        overdue = self.model.overdue(row)
        text = (self.tr("OVERDUE: promised by {due}, {owner} to tell the guest: {how}")
                if overdue else self.tr("Promised by {due}, {owner} to tell the guest: {how}"))
        label_.setText(text.format(due=due, owner=row.promise_owner_name, how=row.promise_how))
        label_.setStyleSheet("color: #b3261e; font-weight: 600;" if overdue else "")

    def _show_work_orders(self, detail: FeedbackDetail) -> None:
        orders = self.ui.workOrdersList
        orders.clear()
        for order in detail.work_orders:
            state = in_a_sentence(order.status)
            item = QListWidgetItem(f"#{order.id} {label(order.department)} ({state}): "
                                   f"{order.description}")
            item.setData(Qt.ItemDataRole.UserRole, order.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, order.status is WorkOrderStatus.OPEN)
            orders.addItem(item)
        first_open = next((n for n, o in enumerate(detail.work_orders)
                           if o.status is WorkOrderStatus.OPEN), -1)
        orders.setCurrentRow(first_open)
        has_orders = bool(detail.work_orders)
        self.ui.workOrdersHeading.setVisible(has_orders)
        orders.setVisible(has_orders)

    def _show_steps(self, detail: FeedbackDetail) -> None:
        row, steps = detail.summary, detail.available_steps
        for step, name in STEP_BUTTONS.items():
            getattr(self.ui, name).setVisible(step in steps)
        self.ui.escalateButton.setVisible(Step.ESCALATED in steps and not row.escalated)
        if row.escalated and not self._may_close_escalations():
            self.ui.resolveButton.setVisible(False)  # the duty manager's; a note is the desk's
        self.ui.keepPromiseButton.setVisible(row.promise_pending)
        self.ui.completeWorkOrderButton.setVisible(row.open_work_orders > 0)
        assignable = Step.ASSIGNED in steps
        self.ui.assignDepartmentCombo.setVisible(assignable)
        self.ui.assignOwnerCombo.setVisible(assignable)
        combo = self.ui.assignDepartmentCombo
        combo.setCurrentIndex(max(combo.findData(row.department.value), 0))
        owners = self.ui.assignOwnerCombo
        owners.setCurrentIndex(max(owners.findData(row.owner_id), 0))
        self._enable_work_order()

    def _enable_work_order(self) -> None:
        item: QListWidgetItem | None = self.ui.workOrdersList.currentItem()  # None: no row
        self.ui.completeWorkOrderButton.setEnabled(
            item is not None and bool(item.data(Qt.ItemDataRole.UserRole + 1)))

    # -- steps ---------------------------------------------------------------------------
    def _take_step(self, call: Callable[[], object], done: str, complaint_id: int) -> bool:
        """The channel shows the service's answer (``done`` when done); a step taken empties
        the step's text field and shows the item as it is now."""
        if self.messages.run(call, done) is None:
            return False
        self.ui.stepTextEdit.clear()
        self.reload(complaint_id)
        self._announce()
        return True

    def _step(self, service: Callable[..., Any], done: str, *, text: bool = False) -> bool:
        """Take a step on the selected item; ``text`` passes the step's text field along;
        ``done`` names the item as ``{id}``."""
        if self.detail is None:
            self.messages.warning(self.tr("Select an item first."))
            return False
        complaint_id = self.detail.summary.id
        args = (self.ui.stepTextEdit.text(),) if text else ()
        return self._take_step(lambda: service(self.session, complaint_id, *args),
                               done.format(id=complaint_id), complaint_id)

    def _may_close_escalations(self) -> bool:
        staff = self.session.staff
        return staff is not None and allows(staff.role, ESCALATION_PERMISSION)

    @Slot()
    def resolve(self) -> bool:
        """Resolve the selected item; with a promise pending, ask first whether it was kept."""
        if self.detail is None:
            self.messages.warning(self.tr("Select an item first."))
            return False
        row = self.detail.summary
        outcome = None
        if row.promise_pending:
            due = local_time(row.promise_due_at, self.session.lounge.timezone)
            dialog = PromiseOutcomeDialog(
                self.tr("Promised by {due}, {owner} to tell the guest: {how}").format(
                    due=due, owner=row.promise_owner_name, how=row.promise_how), self)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.outcome is None:
                return False
            outcome = dialog.outcome
        text = self.ui.stepTextEdit.text()
        return self._take_step(lambda: complaints.resolve(self.session, row.id, text, outcome),
                               self.tr("#{id} resolved.").format(id=row.id), row.id)

    @Slot()
    def assign(self) -> bool:
        if self.detail is None:
            self.messages.warning(self.tr("Select an item first."))
            return False
        complaint_id = self.detail.summary.id
        department = Department(self.ui.assignDepartmentCombo.currentData())
        owner = self.ui.assignOwnerCombo.currentData()
        return self._take_step(
            lambda: complaints.assign(self.session, complaint_id, department, owner),
            self.tr("#{id} assigned to {department}.").format(
                id=complaint_id, department=label(department)), complaint_id)

    @Slot()
    def complete_work_order(self) -> bool:
        item = self.ui.workOrdersList.currentItem()
        if self.detail is None or item is None:
            self.messages.warning(self.tr("Select an open work order first."))
            return False
        order_id = item.data(Qt.ItemDataRole.UserRole)
        note = self.ui.stepTextEdit.text()
        return self._take_step(
            lambda: complaints.complete_work_order(self.session, order_id, note),
            self.tr("Work order done on #{id}.").format(id=self.detail.summary.id),
            self.detail.summary.id)

    # -- logging feedback ----------------------------------------------------------------
    def log_feedback_for(self, guest_id: int | None, visit_id: int | None) -> FeedbackDialog:
        """Open the feedback form for a guest (from the desk or the board) or for nobody.

        The dialog is window-modal but does not block: the caller gets it back. A draft
        left for the same guest is put back in it.
        """
        if self.dialog is not None and self.dialog.isVisible():
            self._keep_draft()
            self.dialog.put_aside()
        name = ""
        if guest_id is not None:
            try:
                name = guest_profile(self.session, guest_id).full_address
            except ServiceError:
                name = ""
        dialog = FeedbackDialog(self.session, guest_id, visit_id, name, self)
        key: DraftKey = (guest_id, visit_id)
        if key in self.drafts:
            dialog.restore(self.drafts[key])
        dialog.draft_changed.connect(self._keep_draft)
        dialog.finished.connect(lambda result, d=dialog, k=key: self._on_dialog_done(d, k, result))
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _keep_draft(self) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.saved_id is None:
            self.drafts[(dialog.guest_id, dialog.visit_id)] = dialog.values()

    def _on_dialog_done(self, dialog: FeedbackDialog, key: DraftKey, result: int) -> None:
        if dialog.saved_id is not None or dialog.discarded:
            self.drafts.pop(key, None)
        elif dialog.has_text():
            self.drafts[key] = dialog.values()
        else:
            self.drafts.pop(key, None)
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.messages.ok(dialog.thank_you or self.tr("Feedback #{id} saved.")
                             .format(id=dialog.saved_id))
            self.reload(dialog.saved_id)
            self._announce()
            if self.model.row_of(dialog.saved_id) < 0:
                self.show_item(dialog.saved_id)

    # -- keeping up ----------------------------------------------------------------------
    def _announce(self) -> None:
        """Tell the other screens (and banners); this one has already reloaded."""
        self._announcing = True
        try:
            self.events.data_changed.emit("complaints")
        finally:
            self._announcing = False

    @Slot(str)
    def _on_data_changed(self, what: str) -> None:
        if what in ("complaints", "visits") and self.isVisible() and not self._announcing:
            self.reload()

    @Slot()
    def _on_tick(self) -> None:
        """The desk locked with the form open: put the form aside; its text stays here."""
        dialog = self.dialog
        if dialog is not None and dialog.isVisible() and (
                self.session.locked or self.session.staff is None):
            self._keep_draft()
            dialog.put_aside()
        if self.isVisible() and self.session.staff is not None:
            self.model.set_now(self.session.clock.now())
