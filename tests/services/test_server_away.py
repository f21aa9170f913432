"""While the desk knows the server is away, an action fails at once, saying so calmly.

The desk's connection watch (gui/connection_watch.py) sets ``Session.server_away`` when the
server stops answering. Connecting then would hold the desk's thread for the connect timeout
(10 s) only to fail the same way; the action is refused before it connects, as a lost
connection (so the watch's strip, not a message box, speaks for it), and nothing is written.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.clock import FakeClock
from vipdesk.domain.eligibility import PassDetails
from vipdesk.services import checkin
from vipdesk.services.actions import StorageProblem
from vipdesk.services.checkin import CheckIn
from vipdesk.services.session import Session
from vipdesk.storage.models import AuditEvent, Visit
from vipdesk.storage.trouble import Trouble, trouble_of


def a_pass() -> CheckIn:
    return CheckIn(PassDetails(
        surname="Away", given_names="Karen", title="Mrs", origin="CPH", destination="LHR",
        carrier="SK", flight_number="501", flight_date=dt.date(2026, 11, 23), compartment="F",
        seat="1A", sequence="77"))


def test_an_action_fails_at_once_without_connecting_while_the_server_is_known_away(
        desk_session: Session, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    db = desk_session.db
    desk_session.server_away = True
    db.close()

    def connect(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("connected (and waited the connect timeout) for nothing")

    with monkeypatch.context() as patched:
        patched.setattr(db, "connect", connect)
        with pytest.raises(StorageProblem, match=r"this was not done\. Please do it again"
                           ) as refused:
            checkin.check_in(desk_session, a_pass())
        assert trouble_of(refused.value) is Trouble.LOST  # the watch's strip speaks for it
        assert desk_session.for_worker(clock).server_away, "a worker's action fails at once too"

    desk_session.server_away = False  # the watch heard the server again
    checkin.check_in(desk_session, a_pass())
    assert Visit.select().count() == 1
    assert AuditEvent.select().where(AuditEvent.action == "visit.check_in").count() == 1
