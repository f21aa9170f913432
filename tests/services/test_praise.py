"""Praise is thanked, recorded and closed at once: never an open item, never on a banner,
counted as praise in the daily complaint report."""

from __future__ import annotations

import json

import pytest

from vipdesk.clock import FakeClock
from vipdesk.domain.complaints import PraiseInput, Step
from vipdesk.domain.vocabulary import Category, ComplaintStatus, FeedbackKind
from vipdesk.services import alerts, complaints, reports
from vipdesk.services.complaints import ComplaintFilter, FeedbackRejected
from vipdesk.services.session import Session, signed_in
from vipdesk.storage.models import AuditEvent, Complaint, Staff

OPEN = tuple(s for s in ComplaintStatus if s is not ComplaintStatus.CLOSED)


def test_praise_is_closed_at_once_with_the_colleague_named(
        desk_session: Session, team: dict[str, Staff]) -> None:
    item = complaints.log_praise(desk_session, PraiseInput(
        guest_words="Ali was wonderful to our children.", staff_id=team["attendant"].id,
        note="Family of four, box 3"))
    saved = Complaint.get_by_id(item.id)
    assert (saved.kind, saved.status, saved.category) == (
        FeedbackKind.PRAISE, ComplaintStatus.CLOSED, Category.STAFF)
    assert saved.praised_staff_id == team["attendant"].id
    assert saved.resolution == "Family of four, box 3"
    assert saved.guest_expects == "" and not saved.apologised and saved.promise_due_at is None
    steps = [e.step for e in complaints.complaint_history(desk_session, item.id)]
    assert steps == [Step.LOGGED, Step.CLOSED]
    event = AuditEvent.get(AuditEvent.action == "complaint.praise")
    assert json.loads(event.detail)["praised_staff"] == team["attendant"].id


def test_praise_is_never_open_nor_on_a_banner_nor_in_the_handover(
        desk_session: Session, clock: FakeClock) -> None:
    complaints.log_praise(desk_session, PraiseInput(guest_words="Best lounge in Europe"))
    clock.advance(hours=3)
    assert complaints.count_feedback(desk_session, ComplaintFilter(statuses=OPEN)) == 0
    assert complaints.open_for_handover(desk_session) == []
    assert complaints.manager_banner(desk_session) == []
    assert alerts.banner_alerts(desk_session) == []


def test_praise_needs_the_guests_words(desk_session: Session, team: dict[str, Staff]) -> None:
    with pytest.raises(FeedbackRejected) as refused:
        complaints.log_praise(desk_session, PraiseInput(guest_words="  "))
    assert "guest_words" in refused.value.problems
    team["attendant"].active = False
    team["attendant"].save()
    with pytest.raises(FeedbackRejected) as refused:
        complaints.log_praise(desk_session, PraiseInput(guest_words="Thanks",
                                                        staff_id=team["attendant"].id))
    assert "staff_id" in refused.value.problems
    assert Complaint.select().count() == 0


def test_the_daily_report_counts_praise_as_praise(
        desk_session: Session, clock: FakeClock, team: dict[str, Staff]) -> None:
    complaints.log_praise(desk_session, PraiseInput(guest_words="Lovely"))
    day = clock.now().date()
    clock.advance(days=1)
    staff_session = desk_session
    staff_session.staff = signed_in(team["manager"])
    data = reports.complaint_report(staff_session, day)
    assert dict(data.by_kind)[FeedbackKind.PRAISE.value] == 1
    assert len(data.praise) == 1 and data.complaints == ()
    assert data.resolved == 0, "praise is not a complaint resolved in no time"
