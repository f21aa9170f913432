"""A member of staff as the screens see it: plain frozen values, never a database row.

The administrator's staff table, the sign-in list, the attendant and owner pickers and
every staff action's answer (services/staff.py) are :class:`StaffRow` values.
"""

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


def staff_row(staff: Staff, now: dt.datetime) -> StaffRow:
    """The record of a staff row (read with its PIN hash and retry time) at ``now``."""
    return StaffRow(staff.id, staff.name, staff.role, staff.active, staff.pin_hash is not None,
                    staff.pin_retry_at if staff.pin_retry_at is not None
                    and staff.pin_retry_at > now else None)


def staff_rows(session: Session) -> list[StaffRow]:
    now = session.clock.now()
    query = (Staff.select(Staff.id, Staff.name, Staff.role, Staff.active, Staff.pin_hash,
                          Staff.pin_retry_at)
             .where(Staff.lounge == session.lounge_id)
             .order_by(Staff.active.desc(), Staff.name, Staff.id))
    return [staff_row(s, now) for s in query]
