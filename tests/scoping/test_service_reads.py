"""Signed in at lounge A as each role, no service read shows a row of lounge B."""

from __future__ import annotations

import pytest

from tests.scoping.reads import READS, readable, texts
from tests.scoping.two_lounges import LoungeCast, leaks
from vipdesk.domain.vocabulary import Role
from vipdesk.services import complaints, staff
from vipdesk.services.complaints import ComplaintFilter
from vipdesk.services.session import Session

ROLES = (Role.FRONT_DESK, Role.DUTY_MANAGER, Role.ADMINISTRATOR)


@pytest.mark.parametrize("role", ROLES, ids=lambda role: role.value)
def test_no_read_at_a_shows_a_row_of_b(session: Session, lounges: tuple[LoungeCast, LoungeCast],
                                       role: Role) -> None:
    a, b = lounges
    member = a.by_role(role)
    assert member.pin is not None and staff.sign_in(session, member.id, member.pin).ok
    found = {}
    for read in READS:
        if readable(read, role):
            found[read.name] = leaks(texts(read.read(session, a, b)))
    assert {name: shown for name, shown in found.items() if shown} == {}
    assert found, "the role read nothing"


def test_the_fixture_would_show_a_leak(session: Session,
                                       lounges: tuple[LoungeCast, LoungeCast]) -> None:
    """The same reads at B find B's markers: the test above can fail."""
    a, b = lounges
    session.lounge_id = b.lounge_id
    assert b.admin.pin is not None and staff.sign_in(session, b.admin.id, b.admin.pin).ok
    missing = [read.name for read in READS
               if not leaks(texts(read.read(session, b, a)))
               and read.name not in QUIET_AT_B]
    assert missing == []


# Reads whose answer names none of B's texts even at B (numbers, settings, the clock).
QUIET_AT_B = {"occupancy", "access rules", "settings", "clock",
              "complaints search, shared words"}


def test_the_complaints_search_at_a_counts_none_of_bs_items(
        session: Session, lounges: tuple[LoungeCast, LoungeCast]) -> None:
    """The count beside the list (by the search index alone for a bare word) is A's too."""
    a, b = lounges
    counts = {}
    for here in (a, b):
        session.lounge_id = here.lounge_id
        assert here.manager.pin is not None
        assert staff.sign_in(session, here.manager.id, here.manager.pin).ok
        counts[here.lounge_id] = [complaints.count_feedback(session, ComplaintFilter(text=words))
                                  for words in ("BLEAKMARK", "bleakmark rude", "coffee")]
        staff.sign_out(session)
    assert counts[a.lounge_id] == [0, 0, 3]  # not 4: B has one coffee too
    assert counts[b.lounge_id][:2] == [3, 1]
