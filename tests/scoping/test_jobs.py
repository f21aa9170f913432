"""The jobs and imports of a desk at lounge A (the fatigue timer, the departures import, the
shift's end and its handover, retention) change no row of lounge B."""

from __future__ import annotations

import datetime as dt
from typing import Any

from playhouse.shortcuts import model_to_dict

from tests.scoping.two_lounges import LoungeCast
from vipdesk.clock import FakeClock
from vipdesk.services import departures, retention, shifts, staff, waiting
from vipdesk.services.session import Session
from vipdesk.storage.models import (
    ALL_MODELS,
    AuditEvent,
    BaseModel,
    Companion,
    Complaint,
    ComplaintEvent,
    DiaryEntry,
    Guest,
    Lounge,
    Shift,
    Visit,
    WaitingEntry,
    WorkOrder,
)

# Today's departures at A: one of A's flights again, one new.
DEPARTURES = "Flight;Departure;Gate;Boarding\r\nSK 501;12:30;A9;12:00\r\nSK 777;13:00;A1;\r\n"

# How a row without a lounge of its own belongs to one: through its visit, complaint, shift.
THROUGH: dict[type[BaseModel], tuple[type[BaseModel], Any]] = {
    Companion: (Visit, Visit.lounge), WaitingEntry: (Visit, Visit.lounge),
    ComplaintEvent: (Complaint, Complaint.lounge), WorkOrder: (Complaint, Complaint.lounge),
    DiaryEntry: (Shift, Shift.lounge),
}


def rows_of(lounge_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row of the lounge: its own, and those it holds through its visits, complaints
    and shifts; its audit rows too. Guests are shared, no lounge's."""
    rows = {}
    for model in ALL_MODELS:
        if model is Guest:
            continue
        query = model.select()
        if model is Lounge:
            query = query.where(Lounge.id == lounge_id)
        elif model is AuditEvent:
            query = query.where(AuditEvent.lounge_id == lounge_id)
        elif model in THROUGH:
            owner, lounge = THROUGH[model]
            query = query.join(owner).where(lounge == lounge_id)
        else:
            query = query.where(model.lounge == lounge_id)  # type: ignore[attr-defined]
        rows[model.__name__] = [model_to_dict(row, recurse=False)
                                for row in query.order_by(model.id)]
    return rows


def test_the_jobs_of_a_leave_bs_rows_alone(session: Session, clock: FakeClock,
                                           lounges: tuple[LoungeCast, LoungeCast]) -> None:
    a, b = lounges
    assert a.manager.pin is not None and staff.sign_in(session, a.manager.id, a.manager.pin).ok
    before, a_before = rows_of(b.lounge_id), rows_of(a.lounge_id)

    assert waiting.raise_due_alerts(session), "A's alert was due"
    departures.import_departures_csv(session, DEPARTURES, clock.now().date())
    shifts.end_shift(session)
    clock.advance(dt.timedelta(days=400))  # everything of both lounges is past retention
    retention.anonymise_expired(session)

    a_after = rows_of(a.lounge_id)
    assert [name for name in ("WaitingEntry", "Flight", "Shift", "Visit", "Complaint")
            if a_after[name] == a_before[name]] == [], "each job changed A's own rows"
    after = rows_of(b.lounge_id)
    assert {name: [row for row in rows if row not in before[name]]
            for name, rows in after.items() if rows != before[name]} == {}
