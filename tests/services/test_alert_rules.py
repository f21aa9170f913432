"""The banner's rules stated one by one: each kind's tier, an alert's identity, and how
loud a broken promise is (services/alerts.py, issue 17's mutation run)."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.clock import FakeClock
from vipdesk.domain.complaints import FeedbackInput, Promise
from vipdesk.domain.vocabulary import Category, Entitlement, FeedbackKind, Severity, VisitStatus
from vipdesk.services import alerts, complaints
from vipdesk.services.alerts import Alert, AlertKind
from vipdesk.services.session import Session
from vipdesk.storage.models import Guest, Staff, Visit

NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("kind", "severity", "tier"), [
    (AlertKind.FATIGUE_ESCALATED, Severity.LOW, 0),
    (AlertKind.ESCALATED, Severity.CRITICAL, 0),
    (AlertKind.ESCALATED, Severity.HIGH, 0),
    (AlertKind.FATIGUE, Severity.CRITICAL, 1),
    (AlertKind.ESCALATED, Severity.MEDIUM, 2),
    (AlertKind.ESCALATED, Severity.LOW, 2),
    (AlertKind.SEVERE_COMPLAINT, Severity.CRITICAL, 2),
    (AlertKind.OVERDUE_PROMISE, Severity.CRITICAL, 3),
])
def test_each_kind_of_alert_has_its_tier(kind: AlertKind, severity: Severity, tier: int) -> None:
    assert alerts.urgency_tier(Alert(kind, severity, NOW)) == tier


def test_an_alert_is_known_by_its_kind_and_its_first_subject() -> None:
    assert Alert(AlertKind.ESCALATED, Severity.LOW, NOW, complaint_id=3, wait_id=4, visit_id=5,
                 guest_id=6).key == ("escalated", 3)
    assert Alert(AlertKind.FATIGUE, Severity.LOW, NOW, wait_id=4, visit_id=5,
                 guest_id=6).key == ("fatigue", 4)
    assert Alert(AlertKind.FATIGUE, Severity.LOW, NOW, visit_id=5, guest_id=6).key == (
        "fatigue", 5)
    assert Alert(AlertKind.FATIGUE, Severity.LOW, NOW, guest_id=6).key == ("fatigue", 6)
    assert Alert(AlertKind.FATIGUE, Severity.LOW, NOW).key == ("fatigue", 0)
    assert Alert(AlertKind.FATIGUE, Severity.LOW, NOW, complaint_id=0).key == ("fatigue", 0)


def test_alerts_alike_in_tier_severity_and_age_keep_an_order_by_identity() -> None:
    feed = alerts.by_urgency([Alert(AlertKind.OVERDUE_PROMISE, Severity.HIGH, NOW,
                                    complaint_id=n) for n in (5, 2, 9)])
    assert [a.complaint_id for a in feed] == [2, 5, 9]


def test_only_the_escalated_wait_replaces_the_desks_line_for_it() -> None:
    feed = alerts.by_urgency([
        Alert(AlertKind.FATIGUE, Severity.HIGH, NOW, wait_id=1),
        Alert(AlertKind.FATIGUE_ESCALATED, Severity.CRITICAL, NOW, wait_id=1),
        Alert(AlertKind.OVERDUE_PROMISE, Severity.HIGH, NOW, complaint_id=1)])
    assert [a.key for a in feed] == [("fatigue_escalated", 1), ("overdue_promise", 1)]


@pytest.mark.parametrize(("severity", "shown"), [
    (Severity.LOW, Severity.HIGH), (Severity.MEDIUM, Severity.HIGH),
    (Severity.HIGH, Severity.HIGH), (Severity.CRITICAL, Severity.CRITICAL)])
def test_a_broken_promise_is_at_least_high_and_keeps_a_critical_severity(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock,
        severity: Severity, shown: Severity) -> None:
    due = clock.now() + dt.timedelta(minutes=10)
    entry = FeedbackInput(kind=FeedbackKind.SUGGESTION, category=Category.NOISE,
                          guest_words="Quieter music, please.", severity=severity,
                          promise=Promise(due, team["desk"].id, "At the desk"))
    item = complaints.log_feedback(desk_session, entry)
    clock.set(due + dt.timedelta(minutes=1))
    promised = alerts.overdue_promise_alerts(desk_session)
    assert [(a.complaint_id, a.severity, a.since, a.due_at, a.for_manager) for a in promised] == [
        (item.id, shown, due, due, False)]
    assert (promised[0].feedback_kind, promised[0].category) == (FeedbackKind.SUGGESTION,
                                                                 Category.NOISE)


def test_a_severe_complaint_is_an_alert_from_its_logging_with_the_guests_name(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    guest = Guest.create(surname="Chen", given_names="Li", title="Ms", language="en",
                         created_at=clock.now())
    visit = Visit.create(lounge=team["desk"].lounge, guest=guest, status=VisitStatus.SEATED,
                         arrived_at=clock.now(), entitlement=Entitlement.CABIN,
                         checked_in_by=team["desk"])
    logged_at = clock.now()
    item = complaints.log_feedback(desk_session, FeedbackInput(
        kind=FeedbackKind.COMPLAINT, category=Category.NOISE, guest_words="Far too loud.",
        severity=Severity.CRITICAL, guest_id=guest.id, visit_id=visit.id))
    clock.advance(minutes=7)
    [alert] = alerts.manager_alerts(desk_session)
    assert (alert.kind, alert.complaint_id, alert.since, alert.guest_id, alert.visit_id) == (
        AlertKind.SEVERE_COMPLAINT, item.id, logged_at, guest.id, visit.id)
    assert (alert.guest_name, alert.guest_initials) == ("Ms Li Chen", "L. C.")
