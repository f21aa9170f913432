"""The desk's own check-in and check-out change one row of the in-lounge list; the list is
not read and rebuilt (issue 12: 48 ms of every scan on a year of history)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QAbstractItemModel

from tests.helpers.desk_screen import open_desk
from vipdesk.domain.eligibility import PassDetails
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.services import checkin
from vipdesk.services.checkin import CheckIn
from vipdesk.services.session import Session

TODAY = dt.date(2026, 11, 23)


def details(surname: str, sequence: str) -> PassDetails:
    return PassDetails(surname=surname, given_names="Karen", title="Mrs", origin="CPH",
                       destination="LHR", carrier="SK", flight_number="501", flight_date=TODAY,
                       compartment="J", seat="3C", sequence=sequence)


@contextmanager
def model_signals(model: QAbstractItemModel) -> Iterator[list[str]]:
    seen: list[str] = []
    handlers = {
        model.modelReset: lambda: seen.append("reset"),
        model.rowsInserted: lambda _parent, first, last: seen.append(f"inserted {first}-{last}"),
        model.rowsRemoved: lambda _parent, first, last: seen.append(f"removed {first}-{last}"),
    }
    for signal, handler in handlers.items():
        signal.connect(handler)
    try:
        yield seen
    finally:
        for signal, handler in handlers.items():
            signal.disconnect(handler)


def check_in_at(desk: DeskScreen, surname: str, sequence: str) -> int:
    desk.show_details(details(surname, sequence))
    visit = desk.check_in()
    assert visit is not None, desk.ui.deskMessage.text()
    return visit.id


@pytest.fixture
def desk(qtbot, desk_session: Session) -> DeskScreen:
    for number, surname in enumerate(("Andersen", "Berg")):
        checkin.check_in(desk_session, CheckIn(details(surname, str(number + 1))))
        desk_session.clock.advance(minutes=1)
    return open_desk(qtbot, desk_session)


def test_a_check_in_adds_its_row_without_rebuilding_the_list(
        desk: DeskScreen, desk_session: Session) -> None:
    desk.ui.inLoungeTable.selectRow(0)
    with model_signals(desk.model) as seen:
        desk_session.clock.advance(minutes=1)
        visit_id = check_in_at(desk, "Jensen", "3")
    assert seen == ["inserted 2-2"]
    assert [row.name for row in desk.model.rows] == [
        "Mrs Karen Andersen", "Mrs Karen Berg", "Mrs Karen Jensen"]
    row = desk.model.rows[2]
    assert (row.visit_id, row.party, row.place, row.flight) == (visit_id, 1, "Lobby", "SK 501")
    assert desk.selected_visit_id() == desk.model.rows[0].visit_id, "the selection stays"


def test_a_check_out_removes_its_row_without_rebuilding_the_list(desk: DeskScreen) -> None:
    berg = desk.model.rows[1].visit_id
    with model_signals(desk.model) as seen:
        desk.check_out(berg, rating=None)
    assert seen == ["removed 1-1"]
    assert [row.name for row in desk.model.rows] == ["Mrs Karen Andersen"]


def test_a_check_in_that_does_not_match_the_search_stays_out_of_the_list(
        desk: DeskScreen, desk_session: Session) -> None:
    desk.ui.searchEdit.setText("Berg")  # the find field still searches the lounge
    assert [row.name for row in desk.model.rows] == ["Mrs Karen Berg"]
    with model_signals(desk.model) as seen:
        check_in_at(desk, "Jensen", "3")
        check_in_at(desk, "Bergström", "4")
    assert seen == ["inserted 1-1"]
    assert [row.name for row in desk.model.rows] == ["Mrs Karen Berg", "Mrs Karen Bergström"]
