"""The status bar's occupancy costs the same with a long history: it reads the guests in the
lounge through the (lounge, status) index, not every checked-out visit (issue 12: 107 ms of
one tick in five on a year of history, before the statuses were named)."""

from __future__ import annotations

import datetime as dt

from vipdesk.domain.vocabulary import Entitlement, VisitStatus
from vipdesk.services.lounge_status import occupancy
from vipdesk.services.session import Session
from vipdesk.storage.models import Guest, Staff, Visit

HISTORY = 400


def steps_of(session: Session) -> int:
    """How many SQLite virtual-machine steps (in thousands) one occupancy read takes."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    connection = session.db.connection()
    connection.set_progress_handler(count, 1000)
    try:
        occupancy(session)
    finally:
        connection.set_progress_handler(None, 0)
    return steps[0]


def add_visits(session: Session, status: VisitStatus, count: int, by: Staff) -> None:
    now = session.clock.now()
    guest = Guest.create(surname="Holm", given_names="Ida", created_at=now)
    Visit.insert_many([
        {"lounge": session.lounge_id, "guest": guest.id, "status": status, "arrived_at": now
         - dt.timedelta(minutes=n), "checked_out_at": now if status is VisitStatus.CHECKED_OUT
         else None, "entitlement": Entitlement.CABIN, "checked_in_by": by.id}
        for n in range(count)]).execute()


def test_occupancy_does_not_read_the_checked_out_history(
        lounge_session: Session, team: dict[str, Staff]) -> None:
    add_visits(lounge_session, VisitStatus.SEATED, 3, team["desk"])
    before = steps_of(lounge_session)
    add_visits(lounge_session, VisitStatus.CHECKED_OUT, HISTORY * 10, team["desk"])
    after = steps_of(lounge_session)
    assert occupancy(lounge_session).seated == 3
    assert after <= before + 1, f"{after - before} thousand more steps with a long history"


def test_the_change_mark_moves_when_another_connection_commits(
        lounge_session: Session, team: dict[str, Staff], db_path) -> None:
    import sqlite3

    from vipdesk.services.lounge_status import change_mark
    mark = change_mark(lounge_session)
    assert change_mark(lounge_session) == mark
    with sqlite3.connect(db_path) as other_desk:
        other_desk.execute("UPDATE lounge SET name = 'Nordic Lounge North'")
    assert change_mark(lounge_session) != mark
