"""The words we use (DESIGN.md), as enumerations shared by every layer.

Values are stored in the database as their string value, so renaming a member
is a schema change; adding one is not.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    DUTY_MANAGER = "duty_manager"
    ADMINISTRATOR = "administrator"
    ATTENDANT = "attendant"  # a waiter guests are handed to; never signs in


class SpaceKind(StrEnum):
    LOBBY = "lobby"
    BOX = "box"
    VIP_ROOM = "vip_room"


class SpaceState(StrEnum):
    FREE = "free"
    PREPARING = "preparing"
    OCCUPIED = "occupied"
    RESERVED = "reserved"


class Cabin(StrEnum):
    FIRST = "first"
    BUSINESS = "business"
    PREMIUM_ECONOMY = "premium_economy"
    ECONOMY = "economy"


class Entitlement(StrEnum):
    CABIN = "cabin"
    FREQUENT_FLYER = "frequent_flyer"
    MEMBERSHIP = "membership"
    PAID = "paid"
    INVITATION = "invitation"
    EXCEPTION = "exception"


class VisitStatus(StrEnum):
    WAITING = "waiting"
    SEATED = "seated"
    CHECKED_OUT = "checked_out"


# A visit in the lounge now. Queries name these two rather than "not checked out": the
# (lounge, status) index then reads the lounge's few current visits, not its whole history.
IN_LOUNGE = (VisitStatus.WAITING, VisitStatus.SEATED)


class WaitReason(StrEnum):
    DESK_QUEUE = "desk_queue"
    LOUNGE_FULL = "lounge_full"
    ROOM_PREPARING = "room_preparing"
    SETTLING = "settling"


class Channel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    EMAIL = "email"


class FeedbackKind(StrEnum):
    COMPLAINT = "complaint"
    PRAISE = "praise"
    REQUEST = "request"
    SUGGESTION = "suggestion"


class Category(StrEnum):
    FOOD_AND_BEVERAGE = "food_and_beverage"
    CLEANLINESS = "cleanliness"
    NOISE = "noise"
    STAFF = "staff"
    WIFI_AND_IT = "wifi_and_it"
    SEATING_AND_SPACE = "seating_and_space"
    FLIGHT_INFORMATION = "flight_information"
    BILLING = "billing"
    OTHER = "other"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ComplaintStatus(StrEnum):
    NEW = "new"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"


class Department(StrEnum):
    FRONT_DESK = "front_desk"
    FOOD_AND_BEVERAGE = "food_and_beverage"
    HOUSEKEEPING = "housekeeping"
    IT = "it"
    AIRLINE_LIAISON = "airline_liaison"
    SECURITY = "security"
    MANAGEMENT = "management"


class WorkOrderStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"
