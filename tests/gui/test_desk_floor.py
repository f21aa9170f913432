"""The floor rules on the desk as an agent meets them (issue 11): the waiting list for a box,
the queue offered first, each space's state in the list and a refusal in words, the chosen
space kept after adding a companion, boarding that has begun, and what the guest is still owed
when they check out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget

from tests.gui.test_desk_screen import boarding_pass, scan
from tests.helpers.desk_screen import open_desk
from vipdesk.clock import FakeClock
from vipdesk.domain.complaints import FeedbackInput, Promise
from vipdesk.domain.eligibility import CompanionDetails, PassDetails
from vipdesk.domain.vocabulary import (
    Category,
    FeedbackKind,
    SpaceKind,
    SpaceState,
    VisitStatus,
    WaitReason,
)
from vipdesk.gui.check_out_dialog import CheckOutDialog
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.services import checkin, complaints, departures
from vipdesk.services.checkin import CheckIn
from vipdesk.services.session import Session
from vipdesk.storage.models import Space, Staff, Visit, WaitingEntry

TODAY = dt.date(2026, 11, 23)  # the conftest clock: 09:00 in Copenhagen


@pytest.fixture
def desk(qtbot, desk_session: Session) -> DeskScreen:
    return open_desk(qtbot, desk_session)


def arrival(surname: str, number: int) -> PassDetails:
    return PassDetails(surname=surname, given_names="Karen", title="Mrs", origin="CPH",
                       destination="LHR", carrier="SK", flight_number="777", flight_date=TODAY,
                       compartment="F", seat="1A", sequence=str(100 + number))


def on_next_dialog(kind: type[QWidget], answer: Callable[[QWidget], None]) -> list[str]:
    """Answer the next modal dialog of ``kind`` when it opens; returns what was seen there.

    It looks for a few seconds of the event loop at most. A dialog the answer cannot close
    (not the one expected) is closed anyway, so a failing test fails instead of hanging."""
    seen: list[str] = []
    tries = iter(range(300))

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if next(tries, None) is not None:
                QTimer.singleShot(10, look)
            return
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        try:
            answer(dialog)
        finally:
            if dialog.isVisible():
                dialog.close()

    QTimer.singleShot(10, look)
    return seen


def click(button_text: str) -> Callable[[QWidget], None]:
    def press(dialog: QWidget) -> None:
        for button in dialog.findChildren(QPushButton):
            if button.text() == button_text:
                button.click()
    return press


def pick_space(desk: DeskScreen, starts_with: str) -> None:
    """As the agent does: open the space list and choose the line of that space."""
    combo = desk.ui.spaceCombo
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(starts_with))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def space_lines(desk: DeskScreen) -> list[str]:
    combo = desk.ui.spaceCombo
    return [combo.itemText(i) for i in range(combo.count())]


# --- the waiting list for a box ------------------------------------------------------------


def test_the_waiting_list_button_queues_the_guest_for_a_box_when_the_lobby_has_room(
        qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    pick_space(desk, "Box 1")
    qtbot.mouseClick(desk.ui.waitButton, Qt.MouseButton.LeftButton)

    visit = Visit.get()
    assert visit.status is VisitStatus.WAITING and visit.space is None
    wait = WaitingEntry.get(WaitingEntry.visit == visit)
    assert (wait.wanted_kind, wait.reason) == (SpaceKind.BOX, WaitReason.DESK_QUEUE)
    assert "waiting list" in desk.ui.deskMessage.text()
    assert "box" in desk.ui.deskMessage.text()


# --- the queue first ----------------------------------------------------------------------


def test_seating_past_a_queue_warns_and_offers_the_longest_waiter_first(
        qtbot, desk: DeskScreen, desk_session: Session, clock: FakeClock) -> None:
    Space.update(capacity=0).where(Space.kind == SpaceKind.LOBBY).execute()
    holm = checkin.check_in(desk_session, CheckIn(arrival("Holm", 1), wait=True))
    clock.advance(minutes=5)
    checkin.check_in(desk_session, CheckIn(arrival("Berg", 2), wait=True))
    clock.advance(minutes=20)
    Space.update(capacity=40).where(Space.kind == SpaceKind.LOBBY).execute()
    desk.reload_in_lounge()

    scan(qtbot, desk, boarding_pass())
    seen = on_next_dialog(QMessageBox, click("Seat Mrs Karen Holm first"))
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)

    assert "Mrs Karen Holm has been waiting 25 minutes" in seen[0]
    assert Visit.get_by_id(holm.id).status is VisitStatus.SEATED
    assert Visit.select().where(Visit.status == VisitStatus.SEATED).count() == 1
    assert desk.details is not None, "the guest at the desk is still there, not checked in"
    assert "Mrs Karen Holm is seated" in desk.ui.deskMessage.text()

    seen = on_next_dialog(QMessageBox, click("Check in anyway"))
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    assert "Mrs Karen Berg has been waiting 20 minutes" in seen[0]
    chen = Visit.select().order_by(Visit.id.desc()).get()
    assert chen.guest.surname == "CHEN" and chen.status is VisitStatus.SEATED


# --- the space list and refusals ----------------------------------------------------------


def test_the_space_list_shows_each_state_and_a_refusal_says_why(
        qtbot, desk: DeskScreen, desk_session: Session) -> None:
    Space.update(state=SpaceState.PREPARING).where(Space.name == "Box 2").execute()
    box_3 = Space.get(Space.name == "Box 3").id
    checkin.check_in(desk_session, CheckIn(arrival("Berg", 1), space_id=box_3,
                     party=[CompanionDetails("Ib Berg")]))

    scan(qtbot, desk, boarding_pass())

    lines = space_lines(desk)
    assert "Lobby — 118 of 120 seats free" not in lines  # Berg sits in Box 3, not the lobby
    assert "Lobby — 120 of 120 seats free" in lines
    assert "Box 1 — free (4 seats)" in lines
    assert "Box 2 — being prepared" in lines
    assert "Box 3 — occupied (2/4)" in lines
    pick_space(desk, "Box 2")
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    assert "Box 2 cannot take this party: being prepared" in desk.ui.deskMessage.text()
    assert Visit.select().count() == 1


def test_the_chosen_space_survives_adding_a_companion(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    assert desk.ui.spaceCombo.currentText().startswith("Lobby")
    pick_space(desk, "Box 4")
    qtbot.keyClicks(desk.ui.companionEdit, "Ib Chen")
    qtbot.keyClick(desk.ui.companionEdit, Qt.Key.Key_Return)

    assert desk.ui.spaceCombo.currentText().startswith("Box 4")
    qtbot.mouseClick(desk.ui.checkInButton, Qt.MouseButton.LeftButton)
    visit = Visit.get()
    assert (visit.space.name, visit.party_size) == ("Box 4", 2)


# --- boarding has begun -------------------------------------------------------------------


def test_boarding_that_has_begun_is_shown_at_check_in_and_on_the_card(
        qtbot, desk: DeskScreen, desk_session: Session) -> None:
    departures.import_departures_csv(
        desk_session, "flight,departure,gate,boarding\nSK 501,09:10,A12,08:30\n", TODAY)
    scan(qtbot, desk, boarding_pass())
    assert desk.ui.boardingLabel.isVisibleTo(desk)
    assert "Boarding began at 08:30, 30 minutes ago" in desk.ui.boardingLabel.text()

    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    assert "is checked in" in desk.ui.deskMessage.text()
    assert "Boarding began at 08:30" in desk.ui.deskMessage.text()

    seen = on_next_dialog(QWidget, lambda dialog: dialog.close())
    qtbot.mouseClick(desk.ui.previewCardButton, Qt.MouseButton.LeftButton)
    assert "boarding time that has passed" in seen[0]

    asked = on_next_dialog(QMessageBox, click("&No"))
    qtbot.mouseClick(desk.ui.printCardButton, Qt.MouseButton.LeftButton)
    assert "Print it anyway?" in asked[0]
    assert "Card not printed" in desk.ui.deskMessage.text()


def test_a_flight_still_to_board_gives_no_warning(
        qtbot, desk: DeskScreen, desk_session: Session) -> None:
    departures.import_departures_csv(
        desk_session, "flight,departure,gate,boarding\nSK 501,10:10,A12,09:40\n", TODAY)
    scan(qtbot, desk, boarding_pass())
    assert not desk.ui.boardingLabel.isVisibleTo(desk)
    assert desk.card_boarding_notice() == ""


# --- check-out ----------------------------------------------------------------------------


def test_check_out_shows_the_open_complaint_and_the_promise_before_the_guest_leaves(
        qtbot, desk: DeskScreen, desk_session: Session, clock: FakeClock,
        team: dict[str, Staff]) -> None:
    visit = checkin.check_in(desk_session, CheckIn(arrival("Holm", 1)))
    complaints.log_feedback(desk_session, FeedbackInput(
        kind=FeedbackKind.COMPLAINT, category=Category.FOOD_AND_BEVERAGE,
        guest_words="The soup was cold.", guest_id=visit.guest_id, visit_id=visit.id,
        promise=Promise(due_at=clock.now() + dt.timedelta(minutes=30),
                        owner_id=team["desk"].id, how="a call at the gate")))
    clock.advance(minutes=45)
    desk.reload_in_lounge()
    desk.ui.inLoungeTable.selectRow(0)

    seen = on_next_dialog(CheckOutDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(desk.ui.checkOutButton, Qt.MouseButton.LeftButton)

    assert "The soup was cold." in seen[0]
    assert "Promise overdue since 09:30: a call at the gate" in seen[0]
    assert Visit.get_by_id(visit.id).status is VisitStatus.SEATED, "cancelled: still here"


def test_check_out_of_a_guest_who_is_owed_nothing_says_nothing_more(
        qtbot, desk: DeskScreen, desk_session: Session) -> None:
    checkin.check_in(desk_session, CheckIn(arrival("Holm", 1)))
    desk.reload_in_lounge()
    desk.ui.inLoungeTable.selectRow(0)
    hidden: list[bool] = []
    on_next_dialog(CheckOutDialog, lambda dialog: (
        hidden.append(dialog.owed_label.isHidden()), dialog.choose(None)))
    qtbot.mouseClick(desk.ui.checkOutButton, Qt.MouseButton.LeftButton)
    assert hidden == [True]
    assert Visit.get().status is VisitStatus.CHECKED_OUT
