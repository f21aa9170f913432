"""Live refresh between desks (issue 15): a change made at another desk reaches this one's
screens as ``data_changed``, with no tick, on PostgreSQL; on SQLite nothing is started and
the tick follows ``PRAGMA data_version`` as before."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import DESK_PIN
from tests.helpers import engine
from tests.services.test_board import arrive
from vipdesk.gui.board_screen import BoardScreen
from vipdesk.gui.changes_elsewhere import ChangesElsewhere, topic_of
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.services import staff
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff

ON_POSTGRES_ONLY = pytest.mark.skipif(
    not engine.ON_POSTGRES, reason="LISTEN/NOTIFY is PostgreSQL's; SQLite desks read "
    "PRAGMA data_version on the tick")
WAIT_MS = 5000


def other_desk(session: Session, team: dict[str, Staff]) -> Session:
    """A second desk on the same database, its front-desk agent signed in."""
    desk = Session(db=session.db, clock=session.clock, lounge_id=session.lounge_id,
                   pin_key=session.pin_key, desk="Desk 2")
    assert staff.sign_in(desk, team["desk"].id, DESK_PIN).ok
    return desk


@pytest.fixture
def events(qtbot, desk_session: Session) -> Iterator[DeskEvents]:
    """This desk's events, following the other desks (the tick is never started)."""
    desk_events = DeskEvents()
    feed = ChangesElsewhere(desk_session, desk_events)
    desk_events.follow(feed)
    for start in desk_events.feeds:
        start.start()
    if feed.listener is not None:
        assert feed.listener.listening.wait(5)
    yield desk_events
    desk_events.stop()
    assert feed._thread is None, "no thread is left listening"
    feed.deleteLater()
    desk_events.deleteLater()


def test_actions_are_said_in_the_screens_words() -> None:
    assert topic_of("visit.check_in") == "visits"
    assert topic_of("complaint.log") == "complaints"
    assert topic_of("shift.start") == "shifts"
    assert topic_of("lounge.update_settings") == "settings"
    assert topic_of("staff.sign_in") is None  # nothing a screen shows


@ON_POSTGRES_ONLY
def test_a_check_in_at_another_desk_arrives_as_a_signal(
        qtbot, events: DeskEvents, desk_session: Session, team: dict[str, Staff]) -> None:
    desk_2 = other_desk(desk_session, team)
    with qtbot.waitSignal(events.data_changed, timeout=WAIT_MS,
                          check_params_cb=lambda what: what == "visits"):
        arrive(desk_2, "Chen", wait=True)
    assert desk_session.change_mark() is not None and desk_session.change_mark() >= 1


@ON_POSTGRES_ONLY
def test_this_desks_own_change_is_not_told_back(
        qtbot, events: DeskEvents, desk_session: Session, team: dict[str, Staff]) -> None:
    desk_2 = other_desk(desk_session, team)
    arrive(desk_session, "Berg", wait=True)  # this desk's: its screens were told already
    with qtbot.waitSignal(events.data_changed, timeout=WAIT_MS) as told:
        arrive(desk_2, "Chen", wait=True)
    assert told.args == ["visits"]
    assert desk_session.change_mark() == 2, "the other desk's sign-in and check-in, not ours"


@ON_POSTGRES_ONLY
def test_the_board_shows_a_guest_checked_in_at_another_desk_without_a_tick(
        qtbot, events: DeskEvents, desk_session: Session, team: dict[str, Staff]) -> None:
    board = BoardScreen(desk_session, events)
    qtbot.addWidget(board)
    board.show()
    board.activate()
    assert board.waiting_model.rowCount() == 0
    desk_2 = other_desk(desk_session, team)
    arrive(desk_2, "Chen", wait=True)
    qtbot.waitUntil(lambda: board.waiting_model.rowCount() == 1, timeout=WAIT_MS)


@pytest.mark.skipif(engine.ON_POSTGRES, reason="what SQLite desks do")
def test_on_sqlite_no_listener_starts_and_the_tick_follows_data_version(
        events: DeskEvents, desk_session: Session, team: dict[str, Staff]) -> None:
    feed = events.feeds[0]
    assert isinstance(feed, ChangesElsewhere) and feed.listener is None
    assert desk_session.change_count is None
    before = desk_session.change_mark()
    assert isinstance(before, int)
