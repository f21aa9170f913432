"""What a lounge needs to open: its identity, its spaces and a first administrator.

The rules live here so the first-run dialog and the service give the same
message for the same mistake.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, field

from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.pin import pin_problem
from vipdesk.domain.vocabulary import Role, SpaceKind

MAX_NAME_LENGTH = 120


@dataclass(frozen=True)
class SpacePlan:
    name: str
    kind: SpaceKind
    capacity: int


def default_spaces() -> list[SpacePlan]:
    """A lobby of 120 seats, six boxes of four and two VIP rooms."""
    spaces = [SpacePlan("Lobby", SpaceKind.LOBBY, 120)]
    spaces += [SpacePlan(f"Box {n}", SpaceKind.BOX, 4) for n in range(1, 7)]
    spaces += [SpacePlan(f"VIP Room {n}", SpaceKind.VIP_ROOM, 8) for n in range(1, 3)]
    return spaces


@dataclass(frozen=True)
class LoungePlan:
    name: str
    airport: str
    timezone: str
    admin_name: str
    admin_pin: str
    spaces: list[SpacePlan] = field(default_factory=default_spaces)


def name_said(name: str, what: Message) -> Message | None:
    """What is wrong with a name, ``what`` naming it in the reader's language; None if fine."""
    stripped = name.strip()
    if not stripped:
        return Message(QT_TRANSLATE_NOOP("Messages", "Please enter the {what}."), {"what": what})
    if len(stripped) > MAX_NAME_LENGTH:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "The {what} can have at most {most} characters."),
            {"what": what, "most": str(MAX_NAME_LENGTH)})
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in stripped):
        return Message(QT_TRANSLATE_NOOP("Messages", "The {what} contains control characters."),
                       {"what": what})
    return None


def name_problem(name: str, what: str) -> str | None:
    """:func:`name_said` in English, for the forms whose problems are still plain text."""
    said = name_said(name, Message(what))
    return str(said) if said is not None else None


def airport_said(code: str) -> Message | None:
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "An airport code is three letters, like CPH or PEK."))
    return None


def airport_problem(code: str) -> str | None:
    said = airport_said(code)
    return str(said) if said is not None else None


def timezone_said(name: str) -> Message | None:
    if not name.strip():
        return Message(QT_TRANSLATE_NOOP("Messages", "Please choose the lounge's time zone."))
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "'{name}' is not a time zone we know. Use a name like Europe/Copenhagen."),
            {"name": name})
    return None


def timezone_problem(name: str) -> str | None:
    said = timezone_said(name)
    return str(said) if said is not None else None


# The names a plan asks for, as the messages about them call them.
LOUNGE_NAME: Message = Message(QT_TRANSLATE_NOOP("Messages", "lounge name"))
ADMIN_NAME: Message = Message(QT_TRANSLATE_NOOP("Messages", "administrator's name"))
SPACE_NAME: Message = Message(QT_TRANSLATE_NOOP("Messages", "space name"))


def space_said(space: SpacePlan) -> Message | None:
    if (said := name_said(space.name, SPACE_NAME)) is not None:
        return said
    if space.capacity < 1:
        return Message(QT_TRANSLATE_NOOP("Messages", "{space} needs at least one seat."),
                       {"space": space.name})
    if space.capacity > 2000:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "{space}: {seats} seats is more than a lounge space holds."),
            {"space": space.name, "seats": space.capacity})
    return None


def space_problem(space: SpacePlan) -> str | None:
    said = space_said(space)
    return str(said) if said is not None else None


def plan_messages(plan: LoungePlan) -> dict[str, Message]:
    """Every problem with the plan, keyed by the field at fault, as messages for the form to
    show in the reader's language."""
    checks: dict[str, Message | None] = {
        "name": name_said(plan.name, LOUNGE_NAME),
        "airport": airport_said(plan.airport),
        "timezone": timezone_said(plan.timezone),
        "admin_name": name_said(plan.admin_name, ADMIN_NAME),
        "admin_pin": pin_problem(plan.admin_pin, Role.ADMINISTRATOR),
    }
    if not plan.spaces:
        checks["spaces"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "A lounge needs at least one space."))
    else:
        names = [s.name.strip().casefold() for s in plan.spaces]
        if len(set(names)) != len(names):
            checks["spaces"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "Two spaces have the same name."))
        else:
            checks["spaces"] = next(
                (said for space in plan.spaces if (said := space_said(space)) is not None), None)
    return {key: message for key, message in checks.items() if message is not None}


def plan_problems(plan: LoungePlan) -> dict[str, str]:
    """:func:`plan_messages` in English, keyed by the field at fault."""
    return {key: str(message) for key, message in plan_messages(plan).items()}
