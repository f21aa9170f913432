"""The banner feed every desk shows: what needs someone now, from every source, in one list.

An :class:`Alert` carries no text, only what it is about (ids, times, the guest's
display name): the screen words it in the agent's language and decides how loud
it is. Each source is one function ``(session) -> list[Alert]``; the lounge
board's fatigue alerts (issue 4) join the feed by adding their function to
:data:`SOURCES`. Overdue promises go to every desk; the duty manager's items are
marked ``for_manager`` so a desk can show them on the manager's banner.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from vipdesk.domain.complaints import SEVERITY_RANK
from vipdesk.domain.vocabulary import Category, FeedbackKind, Severity
from vipdesk.services import complaints
from vipdesk.services.session import Session


class AlertKind(StrEnum):
    OVERDUE_PROMISE = "overdue_promise"
    SEVERE_COMPLAINT = "severe_complaint"  # high or critical, nobody has taken it yet
    ESCALATED = "escalated"
    # issue 4 adds: FATIGUE = "fatigue"


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    severity: Severity
    since: dt.datetime  # when it became an alert (due time, logging time, escalation time)
    guest_name: str = ""  # display name ("Ms Chen"); "" when there is no guest
    guest_initials: str = ""  # "M. C.": what a locked desk may show
    for_manager: bool = False  # the duty manager's banner, rather than every desk's
    guest_id: int | None = None
    visit_id: int | None = None
    complaint_id: int | None = None
    wait_id: int | None = None
    due_at: dt.datetime | None = None
    feedback_kind: FeedbackKind | None = None
    category: Category | None = None

    @property
    def key(self) -> tuple[str, int]:
        """Stable identity across refreshes, so a screen can tell a new alert from an old one."""
        for subject in (self.complaint_id, self.wait_id, self.visit_id, self.guest_id):
            if subject is not None:
                return (self.kind.value, subject)
        return (self.kind.value, 0)


AlertSource = Callable[[Session], list[Alert]]


def _from_row(row: complaints.FeedbackRow, kind: AlertKind, since: dt.datetime,
              severity: Severity, for_manager: bool) -> Alert:
    return Alert(kind=kind, severity=severity, since=since, guest_name=row.guest_name,
                 guest_initials=row.guest_initials,
                 for_manager=for_manager, guest_id=row.guest_id, visit_id=row.visit_id,
                 complaint_id=row.id, due_at=row.promise_due_at, feedback_kind=row.kind,
                 category=row.category)


def overdue_promise_alerts(session: Session) -> list[Alert]:
    """A promise not kept is shouted about on every desk; a broken promise is at least high."""
    return [_from_row(row, AlertKind.OVERDUE_PROMISE, row.promise_due_at or row.created_at,
                      max(row.severity, Severity.HIGH, key=SEVERITY_RANK.__getitem__),
                      for_manager=False)
            for row in complaints.overdue_promises(session)]


def manager_alerts(session: Session) -> list[Alert]:
    """What the duty manager must see at once: escalations, and severe items nobody has taken."""
    alerts = []
    for row in complaints.manager_banner(session):
        if row.escalated:
            alerts.append(_from_row(row, AlertKind.ESCALATED, row.escalated_at or row.created_at,
                                    row.severity, for_manager=True))
        else:
            alerts.append(_from_row(row, AlertKind.SEVERE_COMPLAINT, row.created_at,
                                    row.severity, for_manager=True))
    return alerts


SOURCES: tuple[AlertSource, ...] = (overdue_promise_alerts, manager_alerts)


def banner_alerts(session: Session, sources: Sequence[AlertSource] = SOURCES) -> list[Alert]:
    """Every source's alerts, the most severe first, then the oldest first."""
    alerts = [alert for source in sources for alert in source(session)]
    return sorted(alerts, key=lambda a: (-SEVERITY_RANK[a.severity], a.since, a.key))
