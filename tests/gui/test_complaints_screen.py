"""Complaints screen: log through the dialog, the draft, filters and search, the lifecycle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import MANAGER_PIN
from tests.helpers.shared_data import naughty_strings
from vipdesk.clock import FakeClock
from vipdesk.domain.complaints import FeedbackInput, Promise
from vipdesk.domain.vocabulary import Category, ComplaintStatus, Department, FeedbackKind, Severity
from vipdesk.gui.complaint_model import ComplaintModel
from vipdesk.gui.complaints_screen import ComplaintsScreen
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.feedback_dialog import FeedbackDialog, plain_text
from vipdesk.services import alerts, complaints, staff
from vipdesk.services.session import Session
from vipdesk.storage.models import Complaint, Staff


@pytest.fixture
def screen(qtbot, desk_session: Session) -> ComplaintsScreen:
    widget = ComplaintsScreen(desk_session, DeskEvents())
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.activate()
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def log(session: Session, words: str, **fields) -> int:
    entry = FeedbackInput(kind=fields.pop("kind", FeedbackKind.COMPLAINT),
                          category=fields.pop("category", Category.NOISE),
                          guest_words=words, **fields)
    return complaints.log_feedback(session, entry).id


def test_a_complaint_logged_through_the_dialog_is_listed(qtbot, screen: ComplaintsScreen) -> None:
    click(qtbot, screen.ui.logButton)
    dialog = screen.dialog
    assert isinstance(dialog, FeedbackDialog) and dialog.isVisible()
    choose(dialog.ui.categoryCombo, "food_and_beverage")
    choose(dialog.ui.severityCombo, "high")
    qtbot.keyClicks(dialog.ui.wordsEdit, "The coffee was cold, twice.")
    qtbot.keyClicks(dialog.ui.expectsEdit, "A hot coffee")
    dialog.ui.apologisedCheck.setChecked(True)
    click(qtbot, dialog.ui.saveButton)
    assert not dialog.isVisible()
    saved = Complaint.get()
    assert (saved.guest_words, saved.severity, saved.apologised) == (
        "The coffee was cold, twice.", Severity.HIGH, True)
    row = screen.model.row_of(saved.id)
    assert row >= 0 and screen.ui.complaintsTable.currentIndex().row() == row
    assert "Feedback #" in screen.ui.deskMessage.text()
    assert screen.ui.wordsView.toPlainText() == "The coffee was cold, twice."


def test_missing_words_are_shown_beside_the_field(qtbot, screen: ComplaintsScreen) -> None:
    dialog = screen.log_feedback_for(None, None)
    click(qtbot, dialog.ui.saveButton)
    assert dialog.isVisible()
    assert not dialog.ui.wordsError.isHidden()
    assert "guest's own words" in dialog.ui.wordsError.text()
    assert Complaint.select().count() == 0


def test_a_special_request_template_routes_a_work_order(qtbot, screen: ComplaintsScreen) -> None:
    dialog = screen.log_feedback_for(None, None)
    dialog.ui.templateCombo.setCurrentIndex(dialog.ui.templateCombo.findData("wheelchair"))
    dialog.apply_template()
    assert dialog.ui.kindCombo.currentData() == "request"
    qtbot.keyClicks(dialog.ui.workOrderEdit, " to gate A12")
    click(qtbot, dialog.ui.saveButton)
    detail = screen.detail
    assert detail is not None and detail.summary.kind is FeedbackKind.REQUEST
    assert [w.description for w in detail.work_orders] == [
        "Wheelchair assistance to the gate to gate A12"]


def test_a_promise_is_entered_in_lounge_time(qtbot, screen: ComplaintsScreen,
                                             clock: FakeClock) -> None:
    dialog = screen.log_feedback_for(None, None)
    qtbot.keyClicks(dialog.ui.wordsEdit, "When does my flight board?")
    dialog.ui.promiseGroup.setChecked(True)
    qtbot.keyClicks(dialog.ui.promiseHowEdit, "at the desk")
    click(qtbot, dialog.ui.saveButton)
    saved = Complaint.get()
    # 08:00 UTC is 09:00 in Copenhagen; the suggestion is half an hour on, in UTC again.
    assert saved.promise_due_at == clock.now().replace(minute=30)


def test_the_draft_survives_cancel_and_reopen(qtbot, screen: ComplaintsScreen, monkeypatch) -> None:
    dialog = screen.log_feedback_for(None, None)
    qtbot.keyClicks(dialog.ui.wordsEdit, "Nobody answered the phone")
    dialog.ui.escalateCheck.setChecked(True)
    monkeypatch.setattr(dialog, "ask_discard", lambda: "back")
    click(qtbot, dialog.ui.cancelButton)
    assert dialog.isVisible()
    monkeypatch.setattr(dialog, "ask_discard", lambda: "keep")
    click(qtbot, dialog.ui.cancelButton)
    assert not dialog.isVisible()
    again = screen.log_feedback_for(None, None)
    assert again.ui.wordsEdit.toPlainText() == "Nobody answered the phone"
    assert again.ui.escalateCheck.isChecked()
    monkeypatch.setattr(again, "ask_discard", lambda: "discard")
    click(qtbot, again.ui.cancelButton)
    assert screen.log_feedback_for(None, None).ui.wordsEdit.toPlainText() == ""


def test_typed_text_survives_the_desk_locking(qtbot, screen: ComplaintsScreen,
                                              desk_session: Session) -> None:
    dialog = screen.log_feedback_for(None, None)
    qtbot.keyClicks(dialog.ui.wordsEdit, "Half a sentence")
    desk_session.locked = True
    screen.events.tick.emit()
    assert not dialog.isVisible()
    desk_session.locked = False
    assert screen.log_feedback_for(None, None).ui.wordsEdit.toPlainText() == "Half a sentence"


def test_a_draft_belongs_to_its_guest(qtbot, screen: ComplaintsScreen, monkeypatch) -> None:
    dialog = screen.log_feedback_for(None, None)
    qtbot.keyClicks(dialog.ui.wordsEdit, "A caller")
    monkeypatch.setattr(dialog, "ask_discard", lambda: "keep")
    dialog.reject()
    assert screen.log_feedback_for(None, 999).ui.wordsEdit.toPlainText() == ""


def blns_sample() -> list[str]:
    """20 strings from across the file: the spread, one right-to-left, one emoji, the longest.

    Left out: blank ones (refused with a message), and the three a Qt text field cannot
    hold (a leading byte-order mark or U+FFFE is dropped on input; a paragraph separator
    is how the field stores Enter, so it comes back as a line break).
    """
    strings = [s for s in naughty_strings()
               if s.strip() and s[:1] not in "\ufeff\ufffe" and "\u2029" not in s]
    chosen = strings[:: max(1, len(strings) // 16)][:16]
    rtl = next(s for s in strings if any("\u0590" <= ch <= "\u08ff" for ch in s))
    emoji = next(s for s in strings if any(ord(ch) > 0x1F000 for ch in s))
    longest = sorted(strings, key=len)[-4:]
    return list(dict.fromkeys([*chosen, rtl, emoji, *longest]))[:20]


def test_naughty_strings_are_saved_and_shown_unchanged(qtbot, screen: ComplaintsScreen) -> None:
    sample = blns_sample()
    assert len(sample) == 20
    for words in sample:
        dialog = screen.log_feedback_for(None, None)
        dialog.ui.wordsEdit.setPlainText(words)  # as if typed or pasted
        click(qtbot, dialog.ui.saveButton)
        assert not dialog.isVisible(), dialog.ui.wordsError.text()
        assert screen.detail is not None
        assert Complaint.get_by_id(screen.detail.summary.id).guest_words == words
        assert plain_text(screen.ui.wordsView) == words


def test_filters_and_search_narrow_the_table(qtbot, screen: ComplaintsScreen,
                                             desk_session: Session) -> None:
    log(desk_session, "Too loud near the bar")
    log(desk_session, "Dirty table", category=Category.CLEANLINESS, severity=Severity.HIGH)
    log(desk_session, "Lovely staff", kind=FeedbackKind.PRAISE, category=Category.STAFF)
    screen.reload()
    assert screen.model.rowCount() == 3
    choose(screen.ui.kindFilter, "praise")
    assert [r.guest_words for r in screen.model.rows] == ["Lovely staff"]
    choose(screen.ui.kindFilter, "")
    choose(screen.ui.severityFilter, "high")
    assert [r.guest_words for r in screen.model.rows] == ["Dirty table"]
    choose(screen.ui.severityFilter, "")
    with qtbot.waitSignal(screen.search_timer.timeout, timeout=2000):
        qtbot.keyClicks(screen.ui.searchEdit, "loud")
        assert screen.model.rowCount() == 3  # not yet: the search waits for typing to pause
    assert [r.guest_words for r in screen.model.rows] == ["Too loud near the bar"]
    screen.ui.searchEdit.clear()
    screen.reload()
    screen.ui.datesCheck.setChecked(True)
    screen.ui.fromDateEdit.setDate(screen.ui.fromDateEdit.date().addDays(1))
    screen.ui.toDateEdit.setDate(screen.ui.toDateEdit.date().addDays(1))
    assert screen.model.rowCount() == 0
    assert screen.ui.countLabel.text() == "0 items"


def test_resolve_without_a_resolution_is_refused(qtbot, screen: ComplaintsScreen,
                                                 desk_session: Session) -> None:
    item = log(desk_session, "Wi-Fi keeps dropping", category=Category.WIFI_AND_IT)
    complaints.assign(desk_session, item, Department.IT)
    complaints.start_work(desk_session, item)
    screen.reload(item)
    click(qtbot, screen.ui.resolveButton)
    assert "Please write what was done to resolve it." in screen.ui.deskMessage.text()
    assert screen.ui.deskMessage.property("tone") == "error"
    assert Complaint.get_by_id(item).status is ComplaintStatus.IN_PROGRESS


def test_the_lifecycle_through_the_buttons(qtbot, screen: ComplaintsScreen,
                                           desk_session: Session, team: dict[str, Staff]) -> None:
    item = log(desk_session, "The shower in box 3 is cold",
               work_orders=(complaints.WorkOrderInput(Department.HOUSEKEEPING, "Fix the boiler"),))
    screen.reload(item)
    ui = screen.ui
    assert ui.assignButton.isVisible() and not ui.resolveButton.isVisible()
    choose(ui.assignDepartmentCombo, "housekeeping")
    choose(ui.assignOwnerCombo, team["manager"].id)
    click(qtbot, ui.assignButton)
    assert screen.detail.summary.status is ComplaintStatus.ASSIGNED
    assert screen.detail.summary.owner_name == "Mads Manager"
    click(qtbot, ui.startButton)
    assert screen.detail.summary.status is ComplaintStatus.IN_PROGRESS
    qtbot.keyClicks(ui.stepTextEdit, "The duty manager should call housekeeping")
    click(qtbot, ui.escalateButton)
    assert screen.detail.summary.escalated and not ui.escalateButton.isVisible()
    assert ui.completeWorkOrderButton.isEnabled()
    click(qtbot, ui.completeWorkOrderButton)
    assert screen.detail.summary.open_work_orders == 0
    assert not ui.resolveButton.isVisible(), "escalated: the duty manager's to resolve"
    assert staff.sign_in(desk_session, team["manager"].id, MANAGER_PIN).ok
    screen.reload(item)
    qtbot.keyClicks(ui.stepTextEdit, "Boiler reset; hot water again")
    click(qtbot, ui.resolveButton)
    assert screen.detail.summary.status is ComplaintStatus.RESOLVED
    qtbot.keyClicks(ui.stepTextEdit, "Guest disagrees")
    click(qtbot, ui.reopenButton)
    assert screen.detail.summary.status is ComplaintStatus.IN_PROGRESS
    qtbot.keyClicks(ui.stepTextEdit, "Boiler replaced")
    click(qtbot, ui.resolveButton)
    qtbot.keyClicks(ui.stepTextEdit, "Told at the desk")
    click(qtbot, ui.closeButton)
    detail = complaints.get_feedback(desk_session, item)
    assert detail.summary.status is ComplaintStatus.CLOSED
    assert [h.step.value for h in detail.history] == [
        "logged", "work_order_added", "assigned", "started", "escalated", "work_order_done",
        "resolved", "reopened", "resolved", "closed"]
    assert screen.model.row_of(item) < 0  # the list shows open items unless told otherwise
    assert screen.detail is None and "closed" in ui.deskMessage.text()


def test_an_overdue_promise_turns_red_and_can_be_kept(qtbot, screen: ComplaintsScreen,
                                                      desk_session: Session,
                                                      clock: FakeClock) -> None:
    item = log(desk_session, "Call me about my bag", promise=Promise(
        clock.now().replace(minute=20), desk_session.staff.id, "phone call"))
    screen.reload(item)
    row = screen.model.row_of(item)
    promise = screen.model.index(row, ComplaintModel.PROMISE_COLUMN)
    assert promise.data(Qt.ItemDataRole.BackgroundRole) is None
    clock.advance(minutes=25)
    screen.events.tick.emit()
    assert promise.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "overdue" in promise.data()
    click(qtbot, screen.ui.keepPromiseButton)
    assert screen.detail.summary.promise_kept_at is not None
    assert not screen.ui.keepPromiseButton.isVisible()


def test_the_model_passes_the_model_tester(qtmodeltester, desk_session: Session) -> None:
    for n in range(3):
        log(desk_session, f"Item {n}")
    model = ComplaintModel("Europe/Copenhagen")
    model.set_rows(complaints.list_feedback(desk_session), desk_session.clock.now())
    qtmodeltester.check(model)


# --- resolving with a promise, escalations (issue 11) -----------------------------------------

def answer_promise_question(qtbot, outcome: str) -> list[str]:
    """Answer the promise question when it opens; what it asked is returned (for the test)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from vipdesk.gui.promise_outcome_dialog import PromiseOutcomeDialog
    asked: list[str] = []

    def answer(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PromiseOutcomeDialog):
            if tries < 50:
                QTimer.singleShot(10, lambda: answer(tries + 1))
            return
        asked.append(dialog.windowTitle())
        dialog.buttons[outcome].click()

    QTimer.singleShot(0, answer)
    return asked


def test_resolving_asks_whether_the_promise_was_kept_and_the_banner_lets_go(
        qtbot, screen: ComplaintsScreen, desk_session: Session, team: dict[str, Staff],
        clock: FakeClock) -> None:
    """Seen: the item resolved, its promise still "overdue" on every desk's banner."""
    import datetime as dt
    item = log(desk_session, "My bag was left at the gate", promise=Promise(
        clock.now() + dt.timedelta(minutes=10), team["desk"].id, "Call at gate B7"))
    complaints.assign(desk_session, item, Department.AIRLINE_LIAISON)
    complaints.start_work(desk_session, item)
    clock.advance(minutes=20)
    screen.reload(item)
    assert [a.kind for a in alerts.banner_alerts(desk_session)] == [
        alerts.AlertKind.OVERDUE_PROMISE]
    qtbot.keyClicks(screen.ui.stepTextEdit, "Bag brought to the lounge")
    asked = answer_promise_question(qtbot, "not_kept")
    click(qtbot, screen.ui.resolveButton)
    assert asked == ["Was the promise kept?"]
    assert screen.detail.summary.status is ComplaintStatus.RESOLVED
    assert screen.detail.summary.promise_outcome == "not_kept"
    assert alerts.banner_alerts(desk_session) == [], "the promise has left the banner"
    assert "not kept" in screen.ui.promiseLabel.text()
    assert "Promise not kept" in screen.ui.historyList.item(
        screen.ui.historyList.count() - 1).text()
