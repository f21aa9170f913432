"""Two lounges in one database, for the operator report's tests, and the plain counts
the report must agree with (every row read, its local day taken on its lounge's clock).

The second lounge is written straight into the tables: set-up refuses a second lounge.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import Counter
from dataclasses import dataclass

from tests.report_fixtures import Cast, make_cast
from vipdesk.domain.vocabulary import ComplaintStatus, Role, SpaceKind
from vipdesk.storage.models import Complaint, Lounge, Space, Staff, Visit, WaitingEntry

MINUTE = dt.timedelta(minutes=1)


def second_lounge(created_at: dt.datetime) -> tuple[Lounge, Cast, Staff]:
    """The Gulf Lounge in Dubai (UTC+4, three hours ahead of Copenhagen in winter), with
    its spaces, a cast and an administrator of its own."""
    gulf = Lounge.create(name="Gulf Lounge", airport="DXB", timezone="Asia/Dubai",
                         created_at=created_at)
    for position, (name, kind, seats) in enumerate((("Majlis", SpaceKind.LOBBY, 60),
                                                   ("Falcon box", SpaceKind.BOX, 4))):
        Space.create(lounge=gulf, name=name, kind=kind, capacity=seats, position=position)
    admin = Staff.create(lounge=gulf, name="Gulf Admin", role=Role.ADMINISTRATOR,
                         created_at=created_at)
    return gulf, make_cast(gulf, created_at), admin


@dataclass(frozen=True)
class Expected:
    visits: int
    guests: int
    distinct_guests: int
    waits: list[dt.timedelta]  # each visit's waits together, in order, noughts too
    red: int
    feedback: list[Complaint]


def expected(lounge: Lounge, first: dt.date, last: dt.date, now: dt.datetime) -> Expected:
    """The lounge's figures the plain way: every row read, its local date compared."""
    zone = zoneinfo.ZoneInfo(lounge.timezone)

    def on(moment: dt.datetime) -> bool:
        return first <= moment.astimezone(zone).date() <= last

    visits = [v for v in Visit.select().where(Visit.lounge == lounge.id) if on(v.arrived_at)]
    ids = {v.id for v in visits}
    per_visit: Counter[int] = Counter()
    red = 0
    for wait in WaitingEntry.select():
        if wait.visit_id in ids:
            took = (wait.ended_at or now) - wait.started_at
            per_visit[wait.visit_id] += int(took.total_seconds())
            red += took >= lounge.fatigue_minutes * MINUTE or wait.alert_raised_at is not None
    return Expected(
        visits=len(visits), guests=sum(v.party_size for v in visits),
        distinct_guests=len({v.guest_id for v in visits}),
        waits=sorted(dt.timedelta(seconds=per_visit[v.id]) for v in visits), red=red,
        feedback=[c for c in Complaint.select().where(Complaint.lounge == lounge.id)
                  if on(c.created_at)])


def still_open(items: list[Complaint]) -> int:
    return sum(1 for c in items if c.status not in (ComplaintStatus.RESOLVED,
                                                    ComplaintStatus.CLOSED))
