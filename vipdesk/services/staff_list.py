"""The staff list an administrator manages, as plain rows for a table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vipdesk.domain.vocabulary import Role
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: Role
    active: bool
    can_sign_in: bool
    locked_out_until: dt.datetime | None = None  # too many wrong PINs: no check till then


def staff_rows(session: Session) -> list[StaffRow]:
    now = session.clock.now()
    query = (Staff.select(Staff.id, Staff.name, Staff.role, Staff.active, Staff.pin_hash,
                          Staff.pin_retry_at)
             .where(Staff.lounge == session.lounge_id)
             .order_by(Staff.active.desc(), Staff.name))
    return [StaffRow(s.id, s.name, s.role, s.active, s.pin_hash is not None,
                     s.pin_retry_at if s.pin_retry_at is not None and s.pin_retry_at > now
                     else None)
            for s in query]
