"""Watching the PC's clock: recorded once per change, and confirmed by a duty manager.

The desk calls :func:`watch` at start-up, on its timer and before every
destructive job that is driven by time (anonymising, deleting backups): it
answers whether the clock agrees with the time the database has seen
(:mod:`vipdesk.domain.clock_trust`) and, when the answer changed since it was
last recorded, writes one line in the desk's log and one audit row. While the
clock disagrees, check-ins and the rest go on, each audit row noting the doubt.

:func:`confirm_clock` is the duty manager's (or administrator's) way out when the
clock is right after all (the desk was switched off for days, or IT corrected a
clock that had run ahead): the clock's time becomes the accepted one.
"""

from __future__ import annotations

import datetime as dt

from vipdesk.desk_log import log
from vipdesk.domain.clock_trust import ClockVerdict
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.permissions import Permission
from vipdesk.services import clock_mark
from vipdesk.services.actions import Done, action
from vipdesk.services.clock_mark import ClockState, clock_state
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import ClockMark

__all__ = ["ClockState", "clock_state", "confirm_clock", "watch"]

_LOG = {
    ClockVerdict.AHEAD: "the PC's clock (%s) is more than a day ahead of the last recorded "
                        "event (%s): anonymising and deleting backups are held until it is "
                        "fixed or a duty manager confirms the date",
    ClockVerdict.BEHIND: "the PC's clock (%s) is behind the last recorded event (%s): "
                         "anonymising and deleting backups are held until it is fixed or a "
                         "duty manager confirms the date",
    ClockVerdict.AGREES: "the PC's clock (%s) agrees with the last recorded event (%s) again",
}


def watch(session: Session) -> ClockState:
    """The clock's state now; a change since the last recorded one is logged and audited."""
    state = clock_state(session)
    if state.seen_at is None or state.verdict is state.recorded:
        return state
    _record(session, state)
    log.warning(_LOG[state.verdict], state.now.isoformat(timespec="seconds"),
                state.seen_at.isoformat(timespec="seconds"))
    return state


@action("clock.verdict_changed", permission=None)
def _record(session: Session, state: ClockState) -> Done[None]:
    clock_mark.set_recorded(session.lounge.id, state.verdict)
    assert state.seen_at is not None
    # The job acts for the lounge, whoever is signed in.
    return Done(None, ClockMark.get(ClockMark.lounge == session.lounge_id), {
        "verdict": state.verdict.value, "clock": state.now.isoformat(),
        "last_event": state.seen_at.isoformat()}, staff=None)


@action("clock.confirm", permission=Permission.CONFIRM_CLOCK)
def confirm_clock(session: Session) -> Done[dt.datetime]:
    """Take the PC's clock as right: the mark moves to its time, forwards or back; the time
    taken as right."""
    state = clock_state(session)
    if state.agrees or state.seen_at is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "The clock agrees with the last recorded event; "
            "there is nothing to confirm.")))
    clock_mark.set_mark(session.lounge.id, state.now, ClockVerdict.AGREES)
    mark = ClockMark.get(ClockMark.lounge == session.lounge_id)
    log.warning("the PC's clock (%s) was confirmed by staff member %s; the last recorded "
                "event was %s", state.now.isoformat(timespec="seconds"),
                session.staff_id or "?",
                state.seen_at.isoformat(timespec="seconds"))
    return Done(state.now, mark, {"verdict": state.verdict.value, "clock": state.now.isoformat(),
                             "last_event": state.seen_at.isoformat()})
