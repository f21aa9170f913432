"""Praise through the feedback form: its own small form, thanked, recorded and closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from vipdesk.clock import FakeClock
from vipdesk.domain.vocabulary import ComplaintStatus, FeedbackKind
from vipdesk.gui.complaints_screen import ComplaintsScreen
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.feedback_dialog import FeedbackDialog
from vipdesk.services import alerts
from vipdesk.services.session import Session
from vipdesk.storage.models import Complaint, Guest, Staff

COMPLAINT_ONLY = ("expectsEdit", "apologisedCheck", "immediateEdit", "severityCombo",
                  "departmentCombo", "workOrderEdit", "promiseGroup", "escalateCheck",
                  "compensationKindEdit", "templateCombo")


@pytest.fixture
def screen(qtbot, desk_session: Session) -> ComplaintsScreen:
    widget = ComplaintsScreen(desk_session, DeskEvents())
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.activate()
    return widget


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def praise_dialog(screen: ComplaintsScreen, guest_id: int | None = None) -> FeedbackDialog:
    dialog = screen.log_feedback_for(guest_id, None)
    choose(dialog.ui.kindCombo, FeedbackKind.PRAISE.value)
    return dialog


def test_praise_asks_no_complaint_questions(qtbot, screen: ComplaintsScreen) -> None:
    dialog = praise_dialog(screen)
    for name in COMPLAINT_ONLY:
        assert not getattr(dialog.ui, name).isVisible(), name
    assert dialog.ui.praiseBox.isVisible() and dialog.ui.praisedStaffCombo.isVisible()
    assert dialog.ui.saveButton.text() == "Save and thank"
    choose(dialog.ui.kindCombo, FeedbackKind.COMPLAINT.value)
    assert dialog.ui.expectsEdit.isVisible() and not dialog.ui.praiseBox.isVisible()
    assert not dialog.ui.expectsError.isVisible(), "no empty error line comes back"


def test_praise_is_thanked_recorded_and_closed(
        qtbot, screen: ComplaintsScreen, desk_session: Session, clock: FakeClock,
        team: dict[str, Staff]) -> None:
    guest = Guest.create(surname="Chen", given_names="Li", title="Ms", created_at=clock.now())
    dialog = praise_dialog(screen, guest.id)
    qtbot.keyClicks(dialog.ui.wordsEdit, "Ali was wonderful to our children.")
    choose(dialog.ui.praisedStaffCombo, team["attendant"].id)
    qtbot.keyClicks(dialog.ui.praiseNoteEdit, "Family of four")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = Complaint.get()
    assert (saved.kind, saved.status, saved.praised_staff_id, saved.guest_id) == (
        FeedbackKind.PRAISE, ComplaintStatus.CLOSED, team["attendant"].id, guest.id)
    message = screen.ui.deskMessage.text()
    assert "Thank you, Ms Li Chen" in message and "Then tell Ali Attendant." in message
    assert screen.model.row_of(saved.id) < 0, "not among the open items"
    assert screen.ui.countLabel.text() == "0 items"
    assert alerts.banner_alerts(desk_session) == []


def test_praise_in_full_names_the_colleague_and_no_severity(
        qtbot, screen: ComplaintsScreen, desk_session: Session, team: dict[str, Staff]) -> None:
    dialog = praise_dialog(screen)
    qtbot.keyClicks(dialog.ui.wordsEdit, "Lovely service")
    choose(dialog.ui.praisedStaffCombo, team["attendant"].id)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert screen.ui.detailTitle.text() == f"#{Complaint.get().id} · Praise · Closed"
    assert screen.ui.expectsLabel.text() == "Praised: Ali Attendant"
    assert "apology" not in screen.ui.doneLabel.text().lower()


def test_a_praise_draft_comes_back_as_praise(qtbot, screen: ComplaintsScreen,
                                             team: dict[str, Staff]) -> None:
    dialog = praise_dialog(screen)
    qtbot.keyClicks(dialog.ui.wordsEdit, "Lovely")
    choose(dialog.ui.praisedStaffCombo, team["attendant"].id)
    qtbot.keyClicks(dialog.ui.praiseNoteEdit, "Box 3")
    draft = dialog.values()
    dialog.put_aside()
    again = screen.log_feedback_for(None, None)
    again.restore(draft)
    assert again.is_praise() and again.ui.praiseBox.isVisible()
    assert again.ui.praisedStaffCombo.currentData() == team["attendant"].id
    assert again.ui.praiseNoteEdit.text() == "Box 3"
