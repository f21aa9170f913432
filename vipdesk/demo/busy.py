"""A busy moment on the demo lounge: every kind of alert at once, with long names and words.

The layout-fit test and the screenshots open the desk's dialogs on it, so each is seen
with the most it will have to hold: the banner's "and N more…" list, escalated waits
with a note for the duty manager, a complaint whose promise is overdue (asked about on
resolving, and owed at check-out), a queue at the desk, and a flight that has begun
boarding.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vipdesk.clock import FakeClock
from vipdesk.domain import lounge_time
from vipdesk.domain.complaints import FeedbackInput, Promise
from vipdesk.domain.vocabulary import (
    Category,
    FeedbackKind,
    Severity,
    VisitStatus,
    WaitReason,
)
from vipdesk.services import complaints, departures, waiting
from vipdesk.services.session import Session
from vipdesk.storage.models import Guest, Visit, WaitingEntry

WAITING_NAMES = [("Oppenheimer-Vandenberghe", "Christina Magdalena"),
                 ("Nakamura-Yamamoto", "Haruka Sakurako"),
                 ("Abdul-Rahman Al-Khalifa", "Mohammed Faisal"),
                 ("Van der Westhuizen-Botha", "Johanna Petronella")]
WAITED = dt.timedelta(minutes=24)  # past the alert (15) and its escalation (20)
NOTE = ("Offered a seat at the bar and a drink twice; the guest would rather wait standing "
        "near the desk and asks every few minutes when the box will be ready.")
WORDS = ("The shower room we were promised at check-in was still not cleaned after forty "
         "minutes, and nobody at the desk could tell us when it would be ready for my "
         "husband before our long flight.")
HOW = "a call to the guest's mobile with the housekeeping supervisor's answer"


@dataclass(frozen=True)
class BusyMoment:
    complaint_id: int  # escalated, high, with an overdue promise
    owed_visit_id: int  # the seated guest it belongs to: owed something at check-out


def make_busy(session: Session) -> BusyMoment:
    """Tire every guest waiting at the desk, add a note on one escalation and log an
    escalated complaint with an overdue promise. ``session``: a duty manager signed in."""
    now = session.clock.now()
    waits = (WaitingEntry.select().join(Visit)
             .where(WaitingEntry.ended_at.is_null()
                    & (WaitingEntry.reason != WaitReason.SETTLING))
             .order_by(WaitingEntry.id))
    for wait, (surname, given) in zip(waits, WAITING_NAMES, strict=False):
        Guest.update(surname=surname, given_names=given).where(
            Guest.id == wait.visit.guest_id).execute()
        WaitingEntry.update(started_at=now - WAITED, alert_raised_at=now - WAITED / 3,
                            escalated_at=now - WAITED / 6).where(
            WaitingEntry.id == wait.id).execute()
    first = waits.first()
    if first is not None:
        waiting.add_escalation_note(session, first.id, NOTE)
    visit = (Visit.select().where(Visit.status == VisitStatus.SEATED)
             .order_by(Visit.id).first())
    staff_id = session.current_staff().id
    clock = session.clock
    if not isinstance(clock, FakeClock):  # the promise is made fifty minutes ago
        raise TypeError("make_busy turns the clock back: the session needs a FakeClock")
    clock.set(now - dt.timedelta(minutes=50))
    try:
        complaint = complaints.log_feedback(session, FeedbackInput(
            kind=FeedbackKind.COMPLAINT, category=Category.CLEANLINESS, guest_words=WORDS,
            severity=Severity.HIGH, guest_id=visit.guest_id, visit_id=visit.id,
            guest_expects="An apology and the shower room ready before boarding",
            promise=Promise(now - dt.timedelta(minutes=20), staff_id, HOW), escalate=True))
    finally:
        clock.set(now)
    return BusyMoment(complaint_id=complaint.id, owed_visit_id=visit.id)


def boarding_begun(session: Session, flight: str = "SK 501", minutes_ago: int = 14) -> None:
    """Today's departure of ``flight`` began boarding ``minutes_ago`` minutes ago."""
    timezone = session.lounge.timezone
    now = lounge_time.to_local(session.clock.now(), timezone)
    boards = now - dt.timedelta(minutes=minutes_ago)
    departs = boards + dt.timedelta(minutes=40)
    departures.import_departures_csv(
        session, f"flight,departure,gate,boarding\n{flight},{departs:%H:%M},B17,{boards:%H:%M}\n",
        now.date())
