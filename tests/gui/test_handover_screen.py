"""Shift and handover screen: start, diary, end and write the handover, the next shift
acknowledges."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import MANAGER_PIN
from vipdesk.domain.complaints import FeedbackInput
from vipdesk.domain.vocabulary import Category, FeedbackKind
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.handover_screen import HandoverScreen
from vipdesk.services import complaints, shifts, staff
from vipdesk.services.session import Session
from vipdesk.storage.models import Shift, Staff


@pytest.fixture
def screen(qtbot, desk_session: Session) -> HandoverScreen:
    widget = HandoverScreen(desk_session, DeskEvents())
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.activate()
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_ending_the_shift_writes_the_handover_and_the_next_shift_acknowledges(
        qtbot, screen: HandoverScreen, desk_session: Session, team: dict[str, Staff]) -> None:
    ui = screen.ui
    assert ui.startShiftButton.isVisible() and not ui.endShiftButton.isVisible()
    click(qtbot, ui.startShiftButton)
    assert ui.endShiftButton.isVisible()
    qtbot.keyClicks(ui.entryEdit, "Coffee machine <b>2</b> leaks")
    click(qtbot, ui.addEntryButton)
    assert ui.diaryList.count() == 1 and ui.entryEdit.toPlainText() == ""
    complaints.log_feedback(desk_session, FeedbackInput(
        kind=FeedbackKind.COMPLAINT, category=Category.NOISE, guest_words="Too loud & <late>"))
    click(qtbot, ui.endShiftButton)
    shift = Shift.get()
    assert shift.ended_at is not None and shift.handover
    html = ui.handoverView.toHtml()
    assert "Coffee machine &lt;b&gt;2&lt;/b&gt; leaks" in html
    assert "Too loud &amp; &lt;late&gt;" in html
    assert not ui.acknowledgeButton.isVisible()  # the writer cannot acknowledge their own
    assert "next shift" in ui.ackLabel.text()

    staff.sign_out(desk_session)
    assert staff.sign_in(desk_session, team["manager"].id, MANAGER_PIN).ok
    screen.activate()
    assert ui.acknowledgeButton.isVisible()
    assert "Dina Desk" in ui.handoverHeading.text()
    click(qtbot, ui.acknowledgeButton)
    shift = Shift.get()
    assert shift.acknowledged_by_id == team["manager"].id
    assert "Mads Manager" in ui.ackLabel.text() and not ui.acknowledgeButton.isVisible()
    assert shifts.pending_handover(desk_session) is None


def test_the_diary_needs_a_shift_and_text(qtbot, screen: HandoverScreen) -> None:
    assert not screen.ui.addEntryButton.isEnabled()
    click(qtbot, screen.ui.startShiftButton)
    click(qtbot, screen.ui.addEntryButton)
    assert "Please write the diary entry." in screen.ui.deskMessage.text()


def test_the_handover_prints_through_the_preview(qtbot, screen: HandoverScreen,
                                                 monkeypatch) -> None:
    click(qtbot, screen.ui.startShiftButton)
    click(qtbot, screen.ui.endShiftButton)
    shown = {}

    def fake_exec(dialog) -> int:
        shown["pages"] = len(dialog.page_labels)
        shown["name"] = dialog.suggested_name
        return 0

    monkeypatch.setattr("vipdesk.gui.pdf_preview.PdfPreviewDialog.exec", fake_exec)
    click(qtbot, screen.ui.printButton)
    assert shown["pages"] >= 1 and shown["name"].startswith("handover-")


def test_a_diary_entry_is_kept_exactly_as_typed(qtbot, screen: HandoverScreen,
                                                desk_session: Session) -> None:
    click(qtbot, screen.ui.startShiftButton)
    written = "Gate\u00a0B12 closed\u2028Mr Ærø waits\tby the bar"
    screen.ui.entryEdit.setPlainText(written)
    click(qtbot, screen.ui.addEntryButton)
    shift = shifts.current_shift(desk_session)
    assert shift is not None
    assert [row.text for row in shifts.diary(desk_session, shift.id)] == [written]
