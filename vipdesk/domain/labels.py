"""The words people read for the vocabulary's stored values, in English, in one place.

Screens, printed reports and the notes the services write in a complaint's
history all take their words from here, so a status, a kind or a department
is called the same everywhere. Paper and history notes are English; a screen
translates a word as it shows it (:mod:`vipdesk.gui.words`), in the one Qt
Linguist context :data:`CONTEXT`. The words are wrapped in
``QT_TRANSLATE_NOOP`` so lupdate finds them; the domain has no Qt, so that
marker is the plain function below (lupdate matches it by name).

Most values have one word, :data:`NAMES` (capitalised: a table cell, a list, a
drop-down). Where a place deliberately says it another way, that wording is
its own table here:

- :data:`IN_A_SENTENCE`: lower-case words inside running text on the board and
  the desk ("2B (box, 4)", "queue at the desk · wants a VIP room").
- :data:`WAY_IN`: an access rule on the settings screen names what it checks
  ("Frequent-flyer tier"); the guest report says why a guest came in
  ("Frequent flyer").
- :data:`CABIN_CLASS`: the cabin in eligibility messages ("Business class on SK 1234").
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Final

from vipdesk.domain.vocabulary import (
    Cabin,
    Category,
    Channel,
    ComplaintStatus,
    Department,
    Entitlement,
    FeedbackKind,
    Role,
    Severity,
    SpaceKind,
    SpaceState,
    VisitStatus,
    WaitReason,
    WorkOrderStatus,
)

CONTEXT: Final = "Vocabulary"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate knows this name)
    """Mark ``text`` for translation in ``context``; the text itself is unchanged."""
    return text


ROLE: Final[Mapping[Role, str]] = {
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("Vocabulary", "Front desk"),
    Role.DUTY_MANAGER: QT_TRANSLATE_NOOP("Vocabulary", "Duty manager"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Vocabulary", "Administrator"),
    Role.ATTENDANT: QT_TRANSLATE_NOOP("Vocabulary", "Attendant"),
}
SPACE_KIND: Final[Mapping[SpaceKind, str]] = {
    SpaceKind.LOBBY: QT_TRANSLATE_NOOP("Vocabulary", "Lobby"),
    SpaceKind.BOX: QT_TRANSLATE_NOOP("Vocabulary", "Box"),
    SpaceKind.VIP_ROOM: QT_TRANSLATE_NOOP("Vocabulary", "VIP room"),
}
SPACE_STATE: Final[Mapping[SpaceState, str]] = {
    SpaceState.FREE: QT_TRANSLATE_NOOP("Vocabulary", "Free"),
    SpaceState.PREPARING: QT_TRANSLATE_NOOP("Vocabulary", "Being prepared"),
    SpaceState.OCCUPIED: QT_TRANSLATE_NOOP("Vocabulary", "Occupied"),
    SpaceState.RESERVED: QT_TRANSLATE_NOOP("Vocabulary", "Reserved"),
}
CABIN: Final[Mapping[Cabin, str]] = {
    Cabin.FIRST: QT_TRANSLATE_NOOP("Vocabulary", "First"),
    Cabin.BUSINESS: QT_TRANSLATE_NOOP("Vocabulary", "Business"),
    Cabin.PREMIUM_ECONOMY: QT_TRANSLATE_NOOP("Vocabulary", "Premium economy"),
    Cabin.ECONOMY: QT_TRANSLATE_NOOP("Vocabulary", "Economy"),
}
ENTITLEMENT: Final[Mapping[Entitlement, str]] = {
    Entitlement.CABIN: QT_TRANSLATE_NOOP("Vocabulary", "Cabin class"),
    Entitlement.FREQUENT_FLYER: QT_TRANSLATE_NOOP("Vocabulary", "Frequent flyer"),
    Entitlement.MEMBERSHIP: QT_TRANSLATE_NOOP("Vocabulary", "Membership"),
    Entitlement.PAID: QT_TRANSLATE_NOOP("Vocabulary", "Paid entry"),
    Entitlement.INVITATION: QT_TRANSLATE_NOOP("Vocabulary", "Invitation"),
    Entitlement.EXCEPTION: QT_TRANSLATE_NOOP("Vocabulary", "Exception"),
}
VISIT_STATUS: Final[Mapping[VisitStatus, str]] = {
    VisitStatus.WAITING: QT_TRANSLATE_NOOP("Vocabulary", "Waiting"),
    VisitStatus.SEATED: QT_TRANSLATE_NOOP("Vocabulary", "Seated"),
    VisitStatus.CHECKED_OUT: QT_TRANSLATE_NOOP("Vocabulary", "Checked out"),
}
WAIT_REASON: Final[Mapping[WaitReason, str]] = {
    WaitReason.DESK_QUEUE: QT_TRANSLATE_NOOP("Vocabulary", "Desk queue"),
    WaitReason.LOUNGE_FULL: QT_TRANSLATE_NOOP("Vocabulary", "Lounge full"),
    WaitReason.ROOM_PREPARING: QT_TRANSLATE_NOOP("Vocabulary", "Room preparing"),
    WaitReason.SETTLING: QT_TRANSLATE_NOOP("Vocabulary", "Settling"),
}
CHANNEL: Final[Mapping[Channel, str]] = {
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Vocabulary", "In person"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Vocabulary", "Email"),
}
FEEDBACK_KIND: Final[Mapping[FeedbackKind, str]] = {
    FeedbackKind.COMPLAINT: QT_TRANSLATE_NOOP("Vocabulary", "Complaint"),
    FeedbackKind.PRAISE: QT_TRANSLATE_NOOP("Vocabulary", "Praise"),
    FeedbackKind.REQUEST: QT_TRANSLATE_NOOP("Vocabulary", "Request"),
    FeedbackKind.SUGGESTION: QT_TRANSLATE_NOOP("Vocabulary", "Suggestion"),
}
CATEGORY: Final[Mapping[Category, str]] = {
    Category.FOOD_AND_BEVERAGE: QT_TRANSLATE_NOOP("Vocabulary", "Food and beverage"),
    Category.CLEANLINESS: QT_TRANSLATE_NOOP("Vocabulary", "Cleanliness"),
    Category.NOISE: QT_TRANSLATE_NOOP("Vocabulary", "Noise"),
    Category.STAFF: QT_TRANSLATE_NOOP("Vocabulary", "Staff"),
    Category.WIFI_AND_IT: QT_TRANSLATE_NOOP("Vocabulary", "Wi-Fi and IT"),
    Category.SEATING_AND_SPACE: QT_TRANSLATE_NOOP("Vocabulary", "Seating and space"),
    Category.FLIGHT_INFORMATION: QT_TRANSLATE_NOOP("Vocabulary", "Flight information"),
    Category.BILLING: QT_TRANSLATE_NOOP("Vocabulary", "Billing"),
    Category.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
SEVERITY: Final[Mapping[Severity, str]] = {
    Severity.LOW: QT_TRANSLATE_NOOP("Vocabulary", "Low"),
    Severity.MEDIUM: QT_TRANSLATE_NOOP("Vocabulary", "Medium"),
    Severity.HIGH: QT_TRANSLATE_NOOP("Vocabulary", "High"),
    Severity.CRITICAL: QT_TRANSLATE_NOOP("Vocabulary", "Critical"),
}
COMPLAINT_STATUS: Final[Mapping[ComplaintStatus, str]] = {
    ComplaintStatus.NEW: QT_TRANSLATE_NOOP("Vocabulary", "New"),
    ComplaintStatus.ASSIGNED: QT_TRANSLATE_NOOP("Vocabulary", "Assigned"),
    ComplaintStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    ComplaintStatus.RESOLVED: QT_TRANSLATE_NOOP("Vocabulary", "Resolved"),
    ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
}
DEPARTMENT: Final[Mapping[Department, str]] = {
    Department.FRONT_DESK: QT_TRANSLATE_NOOP("Vocabulary", "Front desk"),
    Department.FOOD_AND_BEVERAGE: QT_TRANSLATE_NOOP("Vocabulary", "Food and beverage"),
    Department.HOUSEKEEPING: QT_TRANSLATE_NOOP("Vocabulary", "Housekeeping"),
    Department.IT: QT_TRANSLATE_NOOP("Vocabulary", "IT"),
    Department.AIRLINE_LIAISON: QT_TRANSLATE_NOOP("Vocabulary", "Airline liaison"),
    Department.SECURITY: QT_TRANSLATE_NOOP("Vocabulary", "Security"),
    Department.MANAGEMENT: QT_TRANSLATE_NOOP("Vocabulary", "Management"),
}
WORK_ORDER_STATUS: Final[Mapping[WorkOrderStatus, str]] = {
    WorkOrderStatus.OPEN: QT_TRANSLATE_NOOP("Vocabulary", "Open"),
    WorkOrderStatus.DONE: QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    WorkOrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
}


def _by_value(*tables: Mapping[Any, str]) -> dict[str, str]:
    """The tables as one, found by member or by stored value (a StrEnum member is its value).

    A value two enums share ("front_desk", "food_and_beverage") must have one word.
    """
    merged: dict[str, str] = {}
    for table in tables:
        for member, word in table.items():
            if merged.setdefault(member, word) != word:
                raise ValueError(f"{member!r} has two words: {merged[member]!r}, {word!r}")
    return merged


NAMES: Final[Mapping[str, str]] = _by_value(
    ROLE, SPACE_KIND, SPACE_STATE, CABIN, ENTITLEMENT, VISIT_STATUS, WAIT_REASON, CHANNEL,
    FEEDBACK_KIND, CATEGORY, SEVERITY, COMPLAINT_STATUS, DEPARTMENT, WORK_ORDER_STATUS)

IN_A_SENTENCE: Final[Mapping[StrEnum, str]] = {
    SpaceKind.LOBBY: QT_TRANSLATE_NOOP("Vocabulary", "lobby"),
    SpaceKind.BOX: QT_TRANSLATE_NOOP("Vocabulary", "box"),
    SpaceKind.VIP_ROOM: QT_TRANSLATE_NOOP("Vocabulary", "VIP room"),
    SpaceState.FREE: QT_TRANSLATE_NOOP("Vocabulary", "free"),
    SpaceState.PREPARING: QT_TRANSLATE_NOOP("Vocabulary", "being prepared"),
    SpaceState.OCCUPIED: QT_TRANSLATE_NOOP("Vocabulary", "occupied"),
    SpaceState.RESERVED: QT_TRANSLATE_NOOP("Vocabulary", "reserved"),
    # The board says why a guest waits in a few more words than a report's column.
    WaitReason.DESK_QUEUE: QT_TRANSLATE_NOOP("Vocabulary", "queue at the desk"),
    WaitReason.LOUNGE_FULL: QT_TRANSLATE_NOOP("Vocabulary", "lounge full"),
    WaitReason.ROOM_PREPARING: QT_TRANSLATE_NOOP("Vocabulary", "room being prepared"),
    WaitReason.SETTLING: QT_TRANSLATE_NOOP("Vocabulary", "settling at check-out"),
    WorkOrderStatus.OPEN: QT_TRANSLATE_NOOP("Vocabulary", "open"),
    WorkOrderStatus.DONE: QT_TRANSLATE_NOOP("Vocabulary", "done"),
    WorkOrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Vocabulary", "cancelled"),
}
# The entitlements an access rule can check (an exception is a manager's, never a rule).
WAY_IN: Final[Mapping[Entitlement, str]] = {
    Entitlement.CABIN: QT_TRANSLATE_NOOP("Vocabulary", "Cabin class"),
    Entitlement.FREQUENT_FLYER: QT_TRANSLATE_NOOP("Vocabulary", "Frequent-flyer tier"),
    Entitlement.MEMBERSHIP: QT_TRANSLATE_NOOP("Vocabulary", "Lounge membership"),
    Entitlement.PAID: QT_TRANSLATE_NOOP("Vocabulary", "Paid entry"),
    Entitlement.INVITATION: QT_TRANSLATE_NOOP("Vocabulary", "Invitation"),
}
CABIN_CLASS: Final[Mapping[Cabin, str]] = {
    Cabin.FIRST: QT_TRANSLATE_NOOP("Vocabulary", "First class"),
    Cabin.BUSINESS: QT_TRANSLATE_NOOP("Vocabulary", "Business class"),
    Cabin.PREMIUM_ECONOMY: QT_TRANSLATE_NOOP("Vocabulary", "Premium economy"),
    Cabin.ECONOMY: QT_TRANSLATE_NOOP("Vocabulary", "Economy class"),
}


def label(value: StrEnum | str) -> str:
    """The word for a stored value (a member or its string); any other value in words."""
    word = NAMES.get(value)
    if word is not None:
        return word
    words = str(value).replace("_", " ")
    return words[:1].upper() + words[1:]
