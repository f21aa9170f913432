"""The retention job finds a batch without holding the write lock, then clears it in a short
write transaction that checks every row again (issue 12): what changed in between counts."""

from __future__ import annotations

import datetime as dt

from tests.services.test_retention import guest, visit
from vipdesk.clock import FakeClock
from vipdesk.services import retention
from vipdesk.services.lounge_settings import lounge_settings
from vipdesk.services.session import Session
from vipdesk.storage.models import Guest, Lounge, Staff, Visit

DAY = dt.timedelta(days=1)


def test_a_guest_who_checks_in_after_the_batch_was_read_keeps_their_name(
        lounge_session: Session, lounge: Lounge, desk_staff: Staff, clock: FakeClock) -> None:
    now = clock.now()
    back = guest("Returning", "Rita", created=now - 200 * DAY)
    old = visit(lounge, back, desk_staff, arrived=now - 200 * DAY, left=now - 200 * DAY + DAY / 8,
                sequence="0101")
    gone = guest("Gone", "Gus", created=now - 200 * DAY)
    visit(lounge, gone, desk_staff, arrived=now - 199 * DAY, left=now - 199 * DAY + DAY / 8,
          sequence="0102")

    batch = retention.expired_batch(lounge_session, limit=retention.BATCH)
    visit(lounge, back, desk_staff, arrived=now, left=None, sequence="0103")  # another desk
    done = retention.clear_batch(lounge_session, batch)

    assert done.guests == 1
    assert Guest.get_by_id(back.id).surname == "Returning", "checked in meanwhile"
    assert Guest.get_by_id(gone.id).anonymised_at is not None
    assert Visit.get_by_id(old.id).anonymised_at is not None, "the old visit goes by its age"


def test_a_longer_retention_set_after_the_batch_was_read_counts(
        lounge_session: Session, lounge: Lounge, desk_staff: Staff, clock: FakeClock) -> None:
    now = clock.now()
    days = lounge_settings(lounge_session).retention_days
    person = guest("Middle", "Mia", created=now - (days + 10) * DAY)
    stay = visit(lounge, person, desk_staff, arrived=now - (days + 10) * DAY,
                 left=now - (days + 10) * DAY + DAY / 8, sequence="0201")

    batch = retention.expired_batch(lounge_session)
    Lounge.update(retention_days=days + 30).where(Lounge.id == lounge.id).execute()
    done = retention.clear_batch(lounge_session, batch)

    assert (done.guests, done.rows) == (0, 0)
    assert Visit.get_by_id(stay.id).anonymised_at is None
    assert retention.anonymise_expired(lounge_session) == 0, "read anew: not yet expired"
    clock.advance(days=31)
    assert retention.anonymise_expired(lounge_session) == 1
