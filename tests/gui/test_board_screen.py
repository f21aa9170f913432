"""The lounge board as the desk sees it: live timers and colours, seating, moving, refreshes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.services.test_board import arrive, space
from vipdesk.clock import FakeClock
from vipdesk.domain.vocabulary import SpaceKind, SpaceState, VisitStatus
from vipdesk.gui import style
from vipdesk.gui.board_models import TIMER_COLUMN
from vipdesk.gui.board_screen import BoardScreen
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.services import checkin
from vipdesk.services.session import Session
from vipdesk.storage.models import Space, Visit


def make_board(qtbot, session: Session) -> BoardScreen:
    screen = BoardScreen(session, DeskEvents())
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    screen.show()
    screen.activate()
    return screen


@pytest.fixture
def board_screen(qtbot, desk_session: Session) -> BoardScreen:
    return make_board(qtbot, desk_session)


def full_lobby() -> None:
    Space.update(capacity=0).where(Space.kind == SpaceKind.LOBBY).execute()


def timer_and_colour(screen: BoardScreen, row: int = 0) -> tuple[str, object]:
    model = screen.waiting_model
    timer = model.data(model.index(row, TIMER_COLUMN))
    brush = model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
    return timer, brush.color().name() if brush is not None else None


def tick(screen: BoardScreen, clock: FakeClock, seconds: int) -> None:
    """The one-second tick, called as the QTimer does (no Python-side emit: see the banner test)."""
    for _ in range(seconds):
        clock.advance(seconds=1)
        screen.on_tick()


def test_the_timer_turns_amber_at_10_00_and_red_at_15_00(
        board_screen: BoardScreen, desk_session: Session, clock: FakeClock) -> None:
    full_lobby()
    arrive(desk_session, "Chen", wait=True)
    board_screen.reload()
    tick(board_screen, clock, 9 * 60 + 59)
    assert timer_and_colour(board_screen) == ("09:59", None)
    tick(board_screen, clock, 1)
    assert timer_and_colour(board_screen) == ("10:00", QColor(style.AMBER).name())
    tick(board_screen, clock, 4 * 60 + 59)
    assert timer_and_colour(board_screen)[1] == QColor(style.AMBER).name()
    tick(board_screen, clock, 1)
    assert timer_and_colour(board_screen) == ("15:00", QColor(style.RED).name())
    model = board_screen.waiting_model
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color().name() == "#ffffff"


def test_a_restart_in_the_middle_of_a_wait_keeps_the_timer(
        qtbot, board_screen: BoardScreen, desk_session: Session, clock: FakeClock) -> None:
    full_lobby()
    arrive(desk_session, "Chen", wait=True)
    clock.advance(minutes=12, seconds=30)
    restarted = Session(db=desk_session.db, clock=clock, lounge_id=desk_session.lounge_id,
                        staff=desk_session.staff)
    again = make_board(qtbot, restarted)
    assert timer_and_colour(again) == ("12:30", QColor(style.AMBER).name())


def test_the_tick_repaints_only_the_timer_column(
        qtbot, board_screen: BoardScreen, desk_session: Session, clock: FakeClock) -> None:
    full_lobby()
    arrive(desk_session, "Chen", wait=True)
    arrive(desk_session, "Berg", wait=True)
    board_screen.reload()
    changes: list[tuple[int, int, int, int]] = []
    board_screen.waiting_model.dataChanged.connect(
        lambda first, last, _roles=(): changes.append(
            (first.row(), first.column(), last.row(), last.column())))
    board_screen._ticks = 1  # not a reload tick
    clock.advance(seconds=1)
    board_screen.on_tick()
    assert changes == [(0, TIMER_COLUMN, 1, TIMER_COLUMN)]


def test_the_models_pass_the_model_tester(
        qtmodeltester, board_screen: BoardScreen, desk_session: Session,
        clock: FakeClock) -> None:
    arrive(desk_session, "Chen", party=2, space=space("Box 1"))
    arrive(desk_session, "Berg")
    full_lobby()
    lund = arrive(desk_session, "Lund", wait=True)
    board_screen.reload()
    for model in (board_screen.spaces_model, board_screen.waiting_model,
                  board_screen.departures_model, board_screen.attendants_model):
        qtmodeltester.check(model)
    clock.advance(minutes=16)
    Space.update(capacity=10).where(Space.kind == SpaceKind.LOBBY).execute()
    checkin.seat_waiting(desk_session, lund.id)  # inserted while the tester watches
    checkout = Visit.get(Visit.status == VisitStatus.SEATED)
    checkin.check_out(desk_session, checkout.id)  # removed
    board_screen.reload()
    qtmodeltester.check(board_screen.spaces_model)


def test_selection_and_scroll_survive_a_refresh(
        qtbot, board_screen: BoardScreen, desk_session: Session) -> None:
    visits = [arrive(desk_session, f"Guest{n}") for n in range(30)]
    board_screen.reload()
    model = board_screen.spaces_model
    target = ("party", visits[20].id)
    board_screen.select(board_screen.ui.spacesTable, model, target)
    board_screen.ui.spacesTable.scrollTo(model.index(model.row_of(target), 0))
    scroll = board_screen.ui.spacesTable.verticalScrollBar().value()
    assert scroll > 0
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    arrive(desk_session, "Late")  # a new row at the end of the lobby
    board_screen.reload()
    board_screen.reload()  # and an idle refresh
    assert resets == []
    assert board_screen.selected_party() == visits[20].id
    assert board_screen.ui.spacesTable.verticalScrollBar().value() == scroll


def test_seat_from_the_waiting_list_and_move_with_capacity(
        board_screen: BoardScreen, desk_session: Session) -> None:
    full_lobby()
    five = arrive(desk_session, "Five", party=5, wait=True)
    board_screen.reload()
    board_screen.ui.waitingTable.selectRow(0)
    assert board_screen.ui.seatButton.isEnabled()
    assert not board_screen.seat_selected(space_id=space("Box 1").id)
    assert "Box 1 cannot take a party of 5" in board_screen.ui.deskMessage.text()
    assert board_screen.seat_selected(space_id=space("VIP Room 1").id)
    board_screen.reload()
    assert Visit.get_by_id(five.id).space.name == "VIP Room 1"
    board_screen.select(board_screen.ui.spacesTable, board_screen.spaces_model,
                        ("party", five.id))
    assert not board_screen.move_selected(space_id=space("Box 2").id)
    assert "Box 2 cannot take a party of 5" in board_screen.ui.deskMessage.text()
    assert board_screen.move_selected(space_id=space("VIP Room 2").id)
    assert Visit.get_by_id(five.id).space.name == "VIP Room 2"
    assert board_screen.selected_party() == five.id, "the moved party stays selected"


def test_a_room_that_frees_up_proposes_the_longest_wait_for_it(
        board_screen: BoardScreen, desk_session: Session, clock: FakeClock) -> None:
    in_room = arrive(desk_session, "Room", space=space("VIP Room 1"))
    Space.update(state=SpaceState.PREPARING).where(Space.name == "VIP Room 2").execute()
    full_lobby()
    arrive(desk_session, "First", wait=True, wish=SpaceKind.VIP_ROOM)
    clock.advance(minutes=3)
    arrive(desk_session, "Second", wait=True, wish=SpaceKind.VIP_ROOM)
    board_screen.reload()
    assert board_screen.ui.proposalLabel.isHidden()
    board_screen.select(board_screen.ui.spacesTable, board_screen.spaces_model,
                        ("party", in_room.id))
    assert board_screen.check_out_selected(ask=False)
    board_screen.reload()
    assert "VIP Room 1 is free: Mrs Karen First" in board_screen.ui.proposalLabel.text()


def test_space_states_from_the_board(board_screen: BoardScreen) -> None:
    board_screen.select(board_screen.ui.spacesTable, board_screen.spaces_model,
                        ("space", space("Box 3").id))
    assert board_screen.ui.preparingButton.isEnabled()
    assert board_screen.set_state(SpaceState.PREPARING)
    board_screen.reload()
    row = board_screen.spaces_model.rows[board_screen.spaces_model.row_of(
        ("space", space("Box 3").id))]
    assert row.cells[0] == "Box 3 · 0/4 · being prepared"
    board_screen.select(board_screen.ui.spacesTable, board_screen.spaces_model,
                        ("space", space("Lobby").id))
    assert not board_screen.ui.preparingButton.isEnabled(), "the lobby has no state"


def test_find_a_guest_by_name_or_flight(board_screen: BoardScreen,
                                        desk_session: Session) -> None:
    arrive(desk_session, "Chen", flight="995")
    arrive(desk_session, "Berg")
    board_screen.ui.findEdit.setText("sk995")
    assert [r.cells[0] for r in board_screen.found_model.rows] == ["Mrs Karen Chen"]
    board_screen.ui.findEdit.setText("berg")
    assert [r.cells[3] for r in board_screen.found_model.rows] == ["SK 501"]
    assert board_screen.ui.sideTabs.currentWidget() is board_screen.ui.foundTab


def test_the_desk_has_no_acknowledge_for_an_escalated_wait_the_manager_has(
        board_screen: BoardScreen, desk_session: Session, clock: FakeClock,
        team: dict) -> None:
    """Issue 11: an escalation is the duty manager's to close."""
    from tests.conftest import MANAGER_PIN
    from vipdesk.services import staff, waiting
    full_lobby()
    arrive(desk_session, "Chen", wait=True)
    clock.advance(minutes=16)
    board_screen.reload()
    board_screen.ui.waitingTable.selectRow(0)
    assert board_screen.ui.acknowledgeButton.isEnabled(), "red, not escalated: the desk's"
    clock.advance(minutes=5)
    waiting.raise_due_alerts(desk_session)
    board_screen.reload()
    board_screen.ui.waitingTable.selectRow(0)
    assert not board_screen.ui.acknowledgeButton.isEnabled()
    assert staff.sign_in(desk_session, team["manager"].id, MANAGER_PIN).ok
    board_screen.reload()
    board_screen.ui.waitingTable.selectRow(0)
    assert board_screen.ui.acknowledgeButton.isEnabled()


def test_a_partys_row_says_at_which_desk_it_was_checked_in(
        board_screen: BoardScreen, desk_session: Session) -> None:
    desk_session.desk = "Desk 2"
    arrive(desk_session, "Chen")
    board_screen.reload()
    model = board_screen.spaces_model
    row = next(n for n, r in enumerate(model.rows) if r.key[0] == "party")
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("\nChecked in at Desk 2") and "Chen" in tip
    assert model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole) == "1"
