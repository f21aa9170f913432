"""The banners in the window (issue 11): the lock and sign-in screen shows the alerts too
(initials only, no buttons), and a complaint's line opens the complaint."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from tests.conftest import DESK_PIN
from tests.gui.test_alert_banner import a_waiting_guest
from tests.gui.test_main_window import sign_in
from vipdesk.clock import FakeClock
from vipdesk.gui.alert_banner import TICKS_PER_CHECK
from vipdesk.gui.main_window import MainWindow
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff


@pytest.fixture
def window(qtbot, session: Session, team: dict[str, Staff]) -> MainWindow:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return main


def tick(window: MainWindow) -> None:
    for _ in range(TICKS_PER_CHECK):
        window.events.tick.emit()


def test_a_tired_guest_is_seen_on_the_locked_desk_by_initials_only(
        qtbot, window: MainWindow, session: Session, clock: FakeClock) -> None:
    """Seen: the lock screen showed no banner at all while a guest waited 17 minutes."""
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    a_waiting_guest(session)  # Mrs Karen Chen
    window.lock()
    assert window.pages.currentWidget() is window.sign_in
    clock.advance(minutes=17)
    tick(window)
    QApplication.processEvents()
    assert window.lock_banner.isVisible()
    [line] = window.lock_alerts.shown_texts()
    assert line == "Guest K. C. waiting 17 min: see to them now."
    shown = " ".join(w.text() for w in window.lock_banner.findChildren(QPushButton)
                     if w.isVisible()) + line
    assert "Chen" not in shown and "Karen" not in shown
    assert not [b for b in window.lock_alerts.findChildren(QPushButton) if b.isVisible()], \
        "nothing to press on a locked desk"
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    assert not window.lock_banner.isVisible()
    assert "Mrs Karen Chen has waited too long" in window.banner.shown_texts()[0]


def test_a_complaint_line_opens_the_complaint_in_full(
        qtbot, window: MainWindow, session: Session) -> None:
    from PySide6.QtCore import Qt

    from vipdesk.domain.complaints import FeedbackInput
    from vipdesk.domain.vocabulary import Category, FeedbackKind, Severity
    from vipdesk.services import complaints
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    item = complaints.log_feedback(session, FeedbackInput(
        kind=FeedbackKind.COMPLAINT, category=Category.STAFF, guest_words="Rude at the bar",
        severity=Severity.HIGH, escalate=True))
    window.banner.refresh()
    [open_button] = [b for b in window.banner.findChildren(QPushButton)
                     if b.objectName() == f"open{item.id}" and b.isVisibleTo(window.banner)]
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    assert screen is window.screen_for("complaints")
    assert screen.detail is not None and screen.detail.summary.id == item.id
