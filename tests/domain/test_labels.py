"""One word for each stored value, and the few places that deliberately say it otherwise."""

from __future__ import annotations

from enum import StrEnum

import pytest

from vipdesk.domain import labels, vocabulary
from vipdesk.domain.vocabulary import (
    Cabin,
    Channel,
    ComplaintStatus,
    Department,
    Entitlement,
    SpaceKind,
    SpaceState,
    WaitReason,
    WorkOrderStatus,
)

ENUMS = [value for value in vars(vocabulary).values()
         if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda enum: enum.__name__)
def test_every_stored_value_has_a_word(enum: type[StrEnum]) -> None:
    for member in enum:
        assert member in labels.NAMES, member


def test_a_value_two_enums_share_has_one_word() -> None:
    assert labels.label(Department.FOOD_AND_BEVERAGE) == "Food and beverage"
    assert labels.label(vocabulary.Role.FRONT_DESK) == labels.label(Department.FRONT_DESK)
    with pytest.raises(ValueError, match="two words"):
        labels._by_value({Department.IT: "IT"}, {Department.IT: "It"})


def test_a_member_and_its_stored_string_read_alike() -> None:
    assert labels.label(ComplaintStatus.IN_PROGRESS) == labels.label("in_progress") == "In progress"
    assert labels.label(Department.IT) == "IT"


def test_a_value_outside_the_vocabulary_is_its_value_in_words() -> None:
    assert labels.label("work_order_added") == "Work order added"
    assert labels.label("") == ""


def test_running_text_has_its_own_lower_case_words() -> None:
    for enum in (SpaceKind, SpaceState, WaitReason, WorkOrderStatus):
        assert all(member in labels.IN_A_SENTENCE for member in enum), enum
    assert labels.IN_A_SENTENCE[WaitReason.DESK_QUEUE] == "queue at the desk"
    assert labels.IN_A_SENTENCE[SpaceKind.VIP_ROOM] == "VIP room"


def test_access_rules_name_what_they_check_and_never_an_exception() -> None:
    assert labels.WAY_IN[Entitlement.FREQUENT_FLYER] == "Frequent-flyer tier"
    assert Entitlement.EXCEPTION not in labels.WAY_IN


def test_a_stored_string_reads_as_its_member_does() -> None:
    assert labels.label("email") == labels.label(Channel.EMAIL) == "Email"
    assert labels.label("business") == labels.label(Cabin.BUSINESS) == "Business"
