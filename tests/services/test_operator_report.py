"""The operator report's figures, lounge by lounge, each checked against the rows read the
plain way, and against the lounges' own daily reports for a single day."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter

import pytest

from tests.operator_fixtures import MINUTE, expected, second_lounge, still_open
from tests.report_fixtures import Cast, busy_day, make_cast, reader, single_visit
from vipdesk.clock import FakeClock
from vipdesk.documents.operator_report_data import Figures
from vipdesk.domain.vocabulary import Category, ComplaintStatus, FeedbackKind, Role
from vipdesk.services.operator_report import (
    LONGEST_RANGE_DAYS,
    RangeRefused,
    build_operator_report,
    operator_report_request,
)
from vipdesk.services.reports import build_complaint_report, build_guest_report
from vipdesk.services.session import NotSignedIn, PermissionDenied, Session, signed_in
from vipdesk.storage.models import Complaint, Guest, Lounge, Staff, Visit

UTC = dt.UTC
DAY = dt.date(2026, 11, 23)
LATER = dt.datetime(2026, 11, 27, 7, 0, tzinfo=UTC)


@pytest.fixture
def cast(lounge: Lounge, clock: FakeClock) -> Cast:
    return make_cast(lounge, clock.now())


@pytest.fixture
def gulf(lounge: Lounge, clock: FakeClock) -> tuple[Lounge, Cast, Staff]:
    return second_lounge(clock.now())


def _check(figures: Figures, lounge: Lounge, first: dt.date, last: dt.date,
           now: dt.datetime) -> None:
    plain = expected(lounge, first, last, now)
    assert (figures.visits, figures.guests, figures.distinct_guests) == (
        plain.visits, plain.guests, plain.distinct_guests)
    assert plain.visits > 0 and plain.guests > plain.visits  # companions are counted
    waits = plain.waits
    middle = len(waits) // 2
    assert figures.waits.median == (waits[middle] if len(waits) % 2
                                    else (waits[middle - 1] + waits[middle]) / 2)
    assert figures.waits.p90 == waits[math.ceil(0.9 * len(waits)) - 1]
    assert figures.waits.longest == max(waits)
    assert figures.waits.ten_minutes == sum(1 for w in waits if w >= 10 * MINUTE) > 0
    assert figures.waits.fifteen_minutes == sum(1 for w in waits if w >= 15 * MINUTE) > 0
    assert figures.waits.fatigue_alerts == plain.red > 0
    items = plain.feedback
    assert figures.feedback == len(items) > 0
    assert figures.complaints == sum(1 for c in items if c.kind is FeedbackKind.COMPLAINT)
    assert figures.praise == sum(1 for c in items if c.kind is FeedbackKind.PRAISE)
    assert figures.resolved == sum(1 for c in items if c.resolved_at is not None) > 0
    assert figures.still_open == still_open(items) > 0
    categories = Counter(c.category.value for c in items)
    assert figures.by_category == tuple((c.value, categories[c.value]) for c in Category)
    statuses = Counter(c.status.value for c in items)
    assert figures.by_status == tuple((s.value, statuses[s.value]) for s in ComplaintStatus)


def test_each_lounge_over_a_range_adds_up_to_its_rows(
        lounge: Lounge, cast: Cast, gulf: tuple[Lounge, Cast, Staff], clock: FakeClock) -> None:
    other, other_cast, _ = gulf
    for offset, day in enumerate((DAY, DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=2))):
        busy_day(lounge, day, cast, visits=40, seed=offset)
        busy_day(other, day, other_cast, visits=30, seed=10 + offset, complaints=9)
    clock.set(LATER)
    first, last = DAY, DAY + dt.timedelta(days=1)
    data = build_operator_report(reader(lounge, clock), first, last)

    assert [row.name for row in data.lounges] == ["Gulf Lounge", "Nordic Lounge"]
    for row, which in zip(data.lounges, (other, lounge), strict=True):
        assert (row.lounge_id, row.timezone) == (which.id, which.timezone)
        _check(row.figures, which, first, last, LATER)
    rows = [r.figures for r in data.lounges]
    total = data.total
    for name in ("visits", "guests", "feedback", "complaints", "praise", "resolved",
                 "still_open"):
        assert getattr(total, name) == sum(getattr(r, name) for r in rows)
    assert total.waits.fatigue_alerts == sum(r.waits.fatigue_alerts for r in rows)
    assert total.waits.longest == max(r.waits.longest for r in rows)  # type: ignore[type-var]
    assert total.by_category == tuple(
        (key, sum(dict(r.by_category)[key] for r in rows)) for key, _ in total.by_category)
    assert data.header.period.days == 2


def test_one_day_agrees_with_each_lounges_daily_reports(
        lounge: Lounge, cast: Cast, gulf: tuple[Lounge, Cast, Staff], clock: FakeClock) -> None:
    other, other_cast, _ = gulf
    busy_day(lounge, DAY, cast, visits=50)
    busy_day(other, DAY, other_cast, visits=35, seed=3, complaints=10)
    clock.set(LATER)
    data = build_operator_report(reader(lounge, clock), DAY)
    for row, which in zip(data.lounges, (other, lounge), strict=True):
        guests = build_guest_report(reader(which, clock), DAY)
        complaints = build_complaint_report(reader(which, clock), DAY)
        figures = row.figures
        assert (figures.visits, figures.guests) == (guests.parties, guests.guests)
        assert sorted(v.wait for v in guests.visits) == expected(which, DAY, DAY, LATER).waits
        assert figures.waits.longest == max(v.wait for v in guests.visits)
        assert figures.waits.fatigue_alerts == len(guests.long_waits)
        assert figures.feedback == len(complaints.entries)
        assert figures.resolved == complaints.resolved
        assert {k: n for k, n in figures.by_category if n} == dict(complaints.by_category)
        assert {k: n for k, n in figures.by_status if n} == dict(complaints.by_status)


def test_each_lounge_counts_its_own_local_day(
        lounge: Lounge, cast: Cast, gulf: tuple[Lounge, Cast, Staff], clock: FakeClock) -> None:
    """Copenhagen is UTC+1 in November and Dubai UTC+4: 21:30 UTC on the 22nd is the 22nd in
    Copenhagen but already the 23rd in Dubai; 22:30 UTC on the 23rd is still the 23rd in
    Copenhagen but the 24th in Dubai."""
    other, other_cast, _ = gulf
    evening_before = dt.datetime(2026, 11, 22, 21, 30, tzinfo=UTC)
    late_evening = dt.datetime(2026, 11, 23, 22, 30, tzinfo=UTC)
    for which, staff in ((lounge, cast), (other, other_cast)):
        for arrived, party in ((evening_before, 2), (late_evening, 3)):
            single_visit(which, staff, arrived, arrived + 30 * MINUTE, party=party)
            Complaint.create(lounge=which, channel="in_person", kind=FeedbackKind.COMPLAINT,
                             category=Category.NOISE, severity="low", guest_words="Loud.",
                             department="front_desk", created_at=arrived + MINUTE,
                             created_by=staff.desk)
    clock.set(LATER)
    data = build_operator_report(reader(lounge, clock), DAY)
    by_name = {row.name: row for row in data.lounges}
    nordic, dubai = by_name["Nordic Lounge"], by_name["Gulf Lounge"]
    assert (nordic.figures.visits, nordic.figures.guests, nordic.figures.feedback) == (1, 3, 1)
    assert (dubai.figures.visits, dubai.figures.guests, dubai.figures.feedback) == (1, 2, 1)
    assert nordic.starts == dt.datetime(2026, 11, 22, 23, 0, tzinfo=UTC)
    assert dubai.starts == dt.datetime(2026, 11, 22, 20, 0, tzinfo=UTC)
    assert dubai.ends == dt.datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    assert (data.total.visits, data.total.guests) == (2, 5)


def test_a_guest_seen_at_both_lounges_is_one_guest_in_the_total(
        lounge: Lounge, cast: Cast, gulf: tuple[Lounge, Cast, Staff], clock: FakeClock) -> None:
    other, other_cast, _ = gulf
    noon = dt.datetime(2026, 11, 23, 11, 0, tzinfo=UTC)
    seen = single_visit(lounge, cast, noon, noon + 40 * MINUTE)
    single_visit(lounge, cast, noon + 2 * MINUTE, None, surname="Berg")
    Visit.create(lounge=other, guest=Guest.get_by_id(seen.guest_id), status="checked_out",
                 arrived_at=noon - dt.timedelta(hours=5), checked_out_at=noon,
                 entitlement="cabin", party_size=1, checked_in_by=other_cast.desk)
    clock.set(LATER)
    data = build_operator_report(reader(lounge, clock), DAY)
    assert [row.figures.distinct_guests for row in data.lounges] == [1, 2]
    assert (data.total.visits, data.total.distinct_guests) == (3, 2)
    assert data.total.waits.median == dt.timedelta(0)  # nobody waited
    assert data.total.feedback == 0


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.DUTY_MANAGER])
def test_only_administrators_may_read_every_lounge(
        lounge: Lounge, cast: Cast, clock: FakeClock, role: Role) -> None:
    person = Staff.create(lounge=lounge, name=f"A {role.value}", role=role,
                          pin_hash="x", created_at=clock.now())
    session = Session(db=Lounge._meta.database, clock=clock, lounge_id=lounge.id,
                      staff=signed_in(person))
    with pytest.raises(PermissionDenied, match="ask an administrator"):
        operator_report_request(session, DAY)
    with pytest.raises(NotSignedIn):
        operator_report_request(Session(db=Lounge._meta.database, clock=clock,
                                        lounge_id=lounge.id), DAY)


def test_a_backward_or_too_long_range_is_refused_calmly(lounge: Lounge, clock: FakeClock) -> None:
    session = reader(lounge, clock)
    with pytest.raises(RangeRefused, match=r"ends \(22 Nov 2026\) before it starts"):
        operator_report_request(session, DAY, DAY - dt.timedelta(days=1))
    longest = DAY + dt.timedelta(days=LONGEST_RANGE_DAYS - 1)
    assert operator_report_request(session, DAY, longest).period.days == LONGEST_RANGE_DAYS
    with pytest.raises(RangeRefused, match="at most 366 days"):
        operator_report_request(session, DAY, longest + dt.timedelta(days=1))


def test_an_empty_period_prints_noughts(lounge: Lounge, clock: FakeClock) -> None:
    data = build_operator_report(reader(lounge, clock), DAY)
    (row,) = data.lounges
    assert (row.figures.visits, row.figures.feedback, row.figures.waits.median) == (0, 0, None)
    assert data.total.by_status == tuple((s.value, 0) for s in ComplaintStatus)
