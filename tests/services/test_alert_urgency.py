"""The banner's urgency rule on its own: plain alerts, no database."""

from __future__ import annotations

import datetime as dt

from vipdesk.domain.vocabulary import Severity
from vipdesk.services.alerts import Alert, AlertKind, banner_alerts, by_urgency, urgency_tier

NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)


def ago(minutes: int) -> dt.datetime:
    return NOW - dt.timedelta(minutes=minutes)


def promise(complaint_id: int, due_minutes_ago: int) -> Alert:
    return Alert(AlertKind.OVERDUE_PROMISE, Severity.HIGH, ago(due_minutes_ago),
                 complaint_id=complaint_id)


def tired(wait_id: int, minutes_ago: int = 0) -> Alert:
    return Alert(AlertKind.FATIGUE, Severity.HIGH, ago(minutes_ago), wait_id=wait_id)


def escalated_wait(wait_id: int, minutes_ago: int = 0) -> Alert:
    return Alert(AlertKind.FATIGUE_ESCALATED, Severity.CRITICAL, ago(minutes_ago),
                 wait_id=wait_id, for_manager=True)


def escalated_complaint(complaint_id: int, severity: Severity, minutes_ago: int = 0) -> Alert:
    return Alert(AlertKind.ESCALATED, severity, ago(minutes_ago), complaint_id=complaint_id,
                 for_manager=True)


def test_a_guest_tired_now_comes_before_an_old_overdue_promise() -> None:
    """The old order (severity, then age) put a high promise overdue since yesterday first."""
    feed = by_urgency([promise(1, due_minutes_ago=24 * 60), tired(7)])
    assert [a.kind for a in feed] == [AlertKind.FATIGUE, AlertKind.OVERDUE_PROMISE]


def test_a_high_escalated_complaint_comes_before_tired_guests_and_promises() -> None:
    feed = by_urgency([tired(1, 3), tired(2, 2), promise(5, 60),
                       escalated_complaint(9, Severity.HIGH)])
    assert feed[0].complaint_id == 9, "never behind 'and N more'"
    assert urgency_tier(feed[0]) == 0


def test_a_low_escalated_complaint_waits_behind_a_tired_guest() -> None:
    feed = by_urgency([escalated_complaint(9, Severity.LOW), tired(1)])
    assert [a.kind for a in feed] == [AlertKind.FATIGUE, AlertKind.ESCALATED]


def test_an_escalated_wait_is_one_line_and_first() -> None:
    feed = by_urgency([tired(1, 20), escalated_wait(1, 1), tired(2, 5), promise(3, 90)])
    assert [(a.kind, a.wait_id or a.complaint_id) for a in feed] == [
        (AlertKind.FATIGUE_ESCALATED, 1), (AlertKind.FATIGUE, 2), (AlertKind.OVERDUE_PROMISE, 3)]


def test_within_a_tier_the_more_severe_then_the_oldest_first() -> None:
    feed = by_urgency([promise(1, 5), promise(2, 50),
                       Alert(AlertKind.OVERDUE_PROMISE, Severity.CRITICAL, ago(1), complaint_id=3)])
    assert [a.complaint_id for a in feed] == [3, 2, 1]


def test_the_banner_feed_is_in_urgency_order() -> None:
    """Seen: an overdue promise and a severe complaint above a guest tired now."""
    def source(_session: object) -> list[Alert]:
        return [promise(1, 120), tired(7), escalated_complaint(2, Severity.HIGH, 30),
                Alert(AlertKind.SEVERE_COMPLAINT, Severity.CRITICAL, ago(200), complaint_id=4)]

    feed = banner_alerts(None, (source,))  # type: ignore[arg-type]  # the sources ignore it
    assert [a.kind for a in feed] == [AlertKind.ESCALATED, AlertKind.FATIGUE,
                                      AlertKind.SEVERE_COMPLAINT, AlertKind.OVERDUE_PROMISE]
