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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from vipdesk.domain.complaints import MANAGER_SEVERITIES, SEVERITY_RANK
from vipdesk.domain.vocabulary import Category, FeedbackKind, Severity
from vipdesk.services import complaints
from vipdesk.services.session import Session


class AlertKind(StrEnum):
    OVERDUE_PROMISE = "overdue_promise"
    SEVERE_COMPLAINT = "severe_complaint"  # high or critical, nobody has taken it yet
    ESCALATED = "escalated"
    # The waiting list's: a guest waited the fatigue time unacknowledged (every desk), and
    # nobody acknowledged it in time (the duty manager).
    FATIGUE = "fatigue"
    FATIGUE_ESCALATED = "fatigue_escalated"


# The urgency rule, the one place that says what the banner shows first. Tier 0 first:
# - 0: a tired guest nobody has answered in time (the duty manager's), and an escalated
#   complaint of high or critical severity: these are never behind "and N more" while
#   anything less urgent is shown;
# - 1: a guest tired now (every desk can act at once);
# - 2: other escalated complaints, and severe complaints nobody has taken yet;
# - 3: overdue promises (they matter, but the guest is not standing at the desk).
# Within a tier: the more severe first, then the oldest first.
URGENT_TIER: Final = 0
_TIERS: Final[Mapping[str, int]] = {
    AlertKind.FATIGUE_ESCALATED: 0, AlertKind.FATIGUE: 1, AlertKind.ESCALATED: 2,
    AlertKind.SEVERE_COMPLAINT: 2, AlertKind.OVERDUE_PROMISE: 3}
_LAST_TIER: Final = 4


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    severity: Severity
    since: dt.datetime  # when it became an alert (due time, logging time, escalation time)
    guest_name: str = ""  # display name ("Ms Chen"); "" when there is no guest
    guest_initials: str = ""  # "M. C.": what a locked desk may show
    started_at: dt.datetime | None = None  # a wait's start: "waiting 17 min"
    note: str = ""  # the desk's note for the duty manager on an escalated wait
    note_by: str = ""
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


def urgency_tier(alert: Alert) -> int:
    """0 for the most urgent (see :data:`_TIERS`)."""
    if alert.kind == AlertKind.ESCALATED and alert.severity in MANAGER_SEVERITIES:
        return URGENT_TIER
    return _TIERS.get(str(alert.kind), _LAST_TIER)


def urgency_key(alert: Alert) -> tuple[int, int, dt.datetime, tuple[str, int]]:
    """Sort by this: the most urgent alert first."""
    return (urgency_tier(alert), -SEVERITY_RANK[alert.severity], alert.since, alert.key)


def by_urgency(alerts: Iterable[Alert]) -> list[Alert]:
    """The alerts most urgent first, one line per wait: a wait escalated to the duty manager
    is that line only (the desk's own line for the same guest would say it twice)."""
    alerts = list(alerts)
    escalated = {a.wait_id for a in alerts if a.kind == AlertKind.FATIGUE_ESCALATED}
    kept = [a for a in alerts if not (a.kind == AlertKind.FATIGUE and a.wait_id in escalated)]
    return sorted(kept, key=urgency_key)


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
    """Every source's alerts, the most urgent first (:func:`by_urgency`)."""
    return by_urgency(alert for source in sources for alert in source(session))
