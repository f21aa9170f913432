"""The check-in desk of one of the operator's lounges, when the guest or the pass is at
another lounge already: the agent is told where and since when, in the desk's own panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_desk_screen import boarding_pass
from tests.helpers.desk_screen import open_desk
from tests.helpers.other_lounge import other_lounge
from tests.services.test_checkin import manual
from vipdesk.clock import FakeClock
from vipdesk.domain.pin import PinKey
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.gui.messages import MessageLevel
from vipdesk.services import checkin
from vipdesk.services.checkin import CheckIn
from vipdesk.services.session import Session
from vipdesk.storage.models import Visit


def scan(qtbot, desk: DeskScreen, text: str) -> None:
    """As the scanner does, into the desk's scan field, then Enter."""
    qtbot.keyClicks(desk.ui.scanEdit, text)
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)


@pytest.fixture
def sky(desk_session: Session, db: object, clock: FakeClock, pin_key: PinKey) -> Session:
    """A desk session of the operator's second lounge, "Sky Lounge"."""
    return other_lounge(db, clock, pin_key, name="Sky Lounge")


def test_a_pass_used_at_another_lounge_is_flagged_and_not_checked_in(
        qtbot, desk_session: Session, sky: Session, clock: FakeClock) -> None:
    desk = open_desk(qtbot, sky)
    scan(qtbot, desk, boarding_pass())  # at Sky: checked in there, nothing here yet
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    clock.advance(minutes=42)

    nordic = open_desk(qtbot, desk_session)
    scan(qtbot, nordic, boarding_pass())
    assert "used at Sky Lounge at 09:00 today" in nordic.ui.decisionLabel.text()
    assert "still checked in there" in nordic.ui.deskMessage.text()
    assert nordic.messages.level is MessageLevel.ERROR
    assert not nordic.ui.checkInButton.isEnabled()
    qtbot.keyClick(nordic.ui.scanEdit, Qt.Key.Key_Return)
    assert Visit.select().count() == 1


def test_a_guest_checked_in_at_another_lounge_is_admitted_with_the_flag_on_screen(
        qtbot, desk_session: Session, sky: Session, clock: FakeClock) -> None:
    checkin.check_in(sky, CheckIn(manual(surname="Chen", given_names="Li", title="Ms",
                                         flight_number="777", sequence="5")))
    clock.advance(minutes=30)
    desk = open_desk(qtbot, desk_session)
    scan(qtbot, desk, boarding_pass())
    assert desk.ui.historyLabel.text().startswith("⚠ Also checked in at Sky Lounge since 09:00")
    assert desk.ui.deskMessage.text().startswith("⚠ Also checked in at Sky Lounge since 09:00.")
    assert desk.messages.level is MessageLevel.WARNING and desk.ui.checkInButton.isEnabled()

    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    assert Visit.select().count() == 2
    message = desk.ui.deskMessage.text()
    assert "is checked in" in message and "Also checked in at Sky Lounge since 09:00" in message
    assert desk.messages.level is MessageLevel.WARNING


def test_a_guest_seen_at_another_lounge_is_told_as_a_count_and_a_day(
        qtbot, desk_session: Session, sky: Session, clock: FakeClock) -> None:
    there = checkin.check_in(sky, CheckIn(manual(surname="Chen", given_names="Li", title="Ms",
                                                 flight_number="777", sequence="5")))
    checkin.check_out(sky, there.id)
    desk = open_desk(qtbot, desk_session)
    scan(qtbot, desk, boarding_pass())
    assert desk.ui.historyLabel.text() == (
        "First visit here · also visited our Sky Lounge (1 visit, last on 23 Nov 2026)")
