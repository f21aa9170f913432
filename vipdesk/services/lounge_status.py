"""The figures the status bar shows at a glance: who is in, against how many seats."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from vipdesk.domain.vocabulary import IN_LOUNGE, VisitStatus
from vipdesk.services.session import Session
from vipdesk.storage.models import Space, Visit
from vipdesk.storage.query_rows import tuples_of


@dataclass(frozen=True)
class Occupancy:
    seated: int
    capacity: int
    waiting: int

    @property
    def percent(self) -> int:
        return round(100 * self.seated / self.capacity) if self.capacity else 0


def occupancy(session: Session) -> Occupancy:
    """Guests seated (counting their parties) and waiting, against active seats."""
    capacity = (Space.select(fn.COALESCE(fn.SUM(Space.capacity), 0))
                .where((Space.lounge == session.lounge_id) & Space.active).scalar())
    rows = {str(status): total for status, total in tuples_of(
        Visit.select(Visit.status, fn.COALESCE(fn.SUM(Visit.party_size), 0))
        .where((Visit.lounge == session.lounge_id) & Visit.status.in_(IN_LOUNGE))
        .group_by(Visit.status))}
    return Occupancy(seated=int(rows.get(VisitStatus.SEATED, 0)),
                     capacity=int(capacity), waiting=int(rows.get(VisitStatus.WAITING, 0)))

