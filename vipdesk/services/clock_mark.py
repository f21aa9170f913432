"""The time the lounge's database has seen: read in one indexed row, moved by every action.

The rule (how far is too far) is :mod:`vipdesk.domain.clock_trust`; this module
keeps the mark in ``clock_mark`` and is called by the action wrapper inside
each action's transaction (:func:`note_action`), so the mark follows the
latest recorded event without reading the large audit trail. The desk's
checks and the duty manager's confirmation are in
:mod:`vipdesk.services.clock_check`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from vipdesk.domain.clock_trust import ClockVerdict, mark_moves_to, verdict
from vipdesk.services.session import Session
from vipdesk.storage.models import ClockMark

DOUBT_KEY = "clock_in_doubt"  # in the audit detail of what was recorded under a doubted clock


@dataclass(frozen=True)
class ClockState:
    """The clock against the mark, as the desk shows it."""

    verdict: ClockVerdict
    now: dt.datetime  # what the PC's clock says
    seen_at: dt.datetime | None  # the latest recorded event (None: nothing yet)
    recorded: ClockVerdict  # the verdict last recorded in the audit trail

    @property
    def agrees(self) -> bool:
        return self.verdict is ClockVerdict.AGREES


def _mark(lounge_id: int) -> ClockMark | None:
    return ClockMark.get_or_none(ClockMark.lounge == lounge_id)


def clock_state(session: Session) -> ClockState:
    """The clock's verdict now: one read of one row by its unique index, well under 1 ms
    (plain SQL: the GUI's timer and every destructive job ask, so no query is built)."""
    now = session.clock.now()
    row = None if session.lounge_id is None else session.db.execute_sql(
        _READ_MARK.format(param=session.db.param), (session.lounge_id,)).fetchone()
    if row is None:
        return ClockState(ClockVerdict.AGREES, now, None, ClockVerdict.AGREES)
    seen_at = ClockMark.seen_at.python_value(row[0])
    return ClockState(verdict(now, seen_at), now, seen_at, ClockMark.doubt.python_value(row[1]))


# The engine's own placeholder goes in {param} (``?`` on SQLite, ``%s`` on PostgreSQL).
_READ_MARK = "SELECT seen_at, doubt FROM clock_mark WHERE lounge_id = {param}"


def note_action(session: Session) -> dict[str, Any]:
    """Inside an action's transaction: move the mark if the clock agrees; otherwise what the
    audit row must say (``{"clock_in_doubt": "ahead"}``), the mark left where it is."""
    if session.lounge_id is None:
        return {}
    now = session.clock.now()
    mark = _mark(session.lounge_id)
    if mark is None:
        ClockMark.create(lounge=session.lounge_id, seen_at=now)  # a lounge's first action
        return {}
    found = verdict(now, mark.seen_at)
    if found is not ClockVerdict.AGREES:
        return {DOUBT_KEY: found.value}
    if (moved := mark_moves_to(now, mark.seen_at)) is not None:
        # Never backwards, even if another desk moved it since we read it.
        ClockMark.update(seen_at=moved).where(
            (ClockMark.id == mark.id) & (ClockMark.seen_at < moved)).execute()
    return {}


def record_seen(lounge_id: int, moment: dt.datetime) -> None:
    """Move the mark forward to ``moment`` for history written without actions (the demo's
    bulk rows): what the database holds, it has seen."""
    mark = _mark(lounge_id)
    if mark is None:
        ClockMark.create(lounge=lounge_id, seen_at=moment)
    elif mark.seen_at < moment:
        ClockMark.update(seen_at=moment).where(ClockMark.id == mark.id).execute()


def set_mark(lounge_id: int, moment: dt.datetime, doubt: ClockVerdict) -> None:
    """Put the mark at ``moment`` (forwards or back) and note the verdict recorded."""
    if ClockMark.update(seen_at=moment, doubt=doubt).where(
            ClockMark.lounge == lounge_id).execute() == 0:
        ClockMark.create(lounge=lounge_id, seen_at=moment, doubt=doubt)


def set_recorded(lounge_id: int, doubt: ClockVerdict) -> None:
    ClockMark.update(doubt=doubt).where(ClockMark.lounge == lounge_id).execute()
