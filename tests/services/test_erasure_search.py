"""Finding a guest to erase, and what erasing them touches: administrators only."""

from __future__ import annotations

import pytest

from tests.conftest import ADMIN_PIN
from vipdesk.clock import FakeClock
from vipdesk.domain.retention import ErasureReason
from vipdesk.domain.vocabulary import (
    Category,
    Channel,
    Department,
    Entitlement,
    FeedbackKind,
    Severity,
    VisitStatus,
)
from vipdesk.services import erasure, retention, staff
from vipdesk.services.session import PermissionDenied, ServiceError, Session
from vipdesk.storage.models import Complaint, Guest, Lounge, Staff, Visit


@pytest.fixture
def admin_session(session: Session, team: dict[str, Staff]) -> Session:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    return session


def guest_with_history(clock: FakeClock, lounge: Lounge, by: Staff, *, surname: str = "Chen",
                       given: str = "Li", number: str = "") -> Guest:
    guest = Guest.create(surname=surname, given_names=given, title="Ms",
                         frequent_flyer_programme="SK" if number else "",
                         frequent_flyer_number=number, created_at=clock.now())
    for _ in range(2):
        visit = Visit.create(lounge=lounge, guest=guest, status=VisitStatus.CHECKED_OUT,
                             arrived_at=clock.now(), entitlement=Entitlement.CABIN,
                             checked_in_by=by)
        clock.advance(days=1)
    Complaint.create(lounge=lounge, guest=guest, visit=visit, channel=Channel.IN_PERSON,
                     kind=FeedbackKind.COMPLAINT, category=Category.NOISE,
                     severity=Severity.LOW, guest_words="Loud", department=Department.FRONT_DESK,
                     created_at=clock.now(), created_by=by)
    return guest


def test_a_guest_is_found_by_name_or_frequent_flyer_number(
        admin_session: Session, clock: FakeClock, lounge: Lounge, team: dict[str, Staff]) -> None:
    chen = guest_with_history(clock, lounge, team["desk"], number="********4321")
    guest_with_history(clock, lounge, team["desk"], surname="Hansen", given="Mette")
    assert [g.id for g in erasure.find_guests(admin_session, "li chen")] == [chen.id]
    assert [g.id for g in erasure.find_guests(admin_session, "EB4321")] == [chen.id]
    [found] = erasure.find_guests(admin_session, "Chen")
    assert (found.name, found.visits, found.complaints) == ("Ms Li Chen", 2, 1)
    assert found.frequent_flyer == "SK ********4321"
    with pytest.raises(ServiceError, match="two letters"):
        erasure.find_guests(admin_session, " c ")


def test_an_erased_guest_is_not_found_again(
        admin_session: Session, clock: FakeClock, lounge: Lounge, team: dict[str, Staff]) -> None:
    chen = guest_with_history(clock, lounge, team["desk"])
    retention.erase_guest(admin_session, chen.id, ErasureReason.GUEST_REQUEST)
    assert erasure.find_guests(admin_session, "Chen") == []
    with pytest.raises(ServiceError):
        erasure.guest_on_file(admin_session, chen.id)


def test_only_an_administrator_looks_for_guests_to_erase(desk_session: Session) -> None:
    with pytest.raises(PermissionDenied):
        erasure.find_guests(desk_session, "Chen")
