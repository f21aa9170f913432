"""Feedback opens in one tap from a guest on the board or the desk, or for nobody."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.conftest import DESK_PIN
from vipdesk.domain.eligibility import PassDetails
from vipdesk.gui.feedback_dialog import FeedbackDialog
from vipdesk.gui.main_window import MainWindow
from vipdesk.services import checkin, staff
from vipdesk.services.checkin import CheckIn
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff, Visit


@pytest.fixture
def window(qtbot, session: Session, team: dict[str, Staff]) -> MainWindow:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.show()
    assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok
    main.on_signed_in()
    checkin.check_in(session, CheckIn(PassDetails(
        surname="CHEN", given_names="LI", title="MS", origin="CPH", destination="PEK",
        carrier="SK", flight_number="0995", flight_date=dt.date(2026, 11, 23),
        compartment="C", seat="002A", sequence="0007")))
    return main


def open_dialog(window: MainWindow) -> FeedbackDialog:
    dialog = window.screen_for("complaints").dialog
    assert isinstance(dialog, FeedbackDialog) and dialog.isVisible()
    return dialog


def test_feedback_from_a_guest_on_the_board(qtbot, window: MainWindow) -> None:
    window.show_screen("board")
    board = window.current_screen()
    board.select(board.ui.spacesTable, board.spaces_model, ("party", Visit.get().id))
    qtbot.mouseClick(board.ui.feedbackButton, Qt.MouseButton.LeftButton)
    dialog = open_dialog(window)
    assert window.current_screen() is window.screen_for("complaints")
    assert (dialog.guest_id, dialog.visit_id) == (Visit.get().guest_id, Visit.get().id)
    dialog.reject()


def test_feedback_from_the_desk_for_nobody_is_a_phone_call(qtbot, window: MainWindow) -> None:
    window.show_screen("desk")
    desk = window.current_screen()
    desk.ui.inLoungeTable.clearSelection()
    desk.ui.inLoungeTable.setCurrentIndex(desk.model.index(-1, -1))
    qtbot.mouseClick(desk.ui.feedbackButton, Qt.MouseButton.LeftButton)
    dialog = open_dialog(window)
    assert (dialog.guest_id, dialog.visit_id) == (None, None)
    dialog.reject()
