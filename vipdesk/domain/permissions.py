"""Who may do what. The service layer asks here; the GUI only mirrors it."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Final

from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.vocabulary import Role


class Permission(StrEnum):
    CHECK_IN = "check_in"
    SEAT_GUESTS = "seat_guests"
    LOG_FEEDBACK = "log_feedback"
    WRITE_DIARY = "write_diary"
    GRANT_EXCEPTION = "grant_exception"
    VIEW_REPORTS = "view_reports"
    LEAVE_KIOSK = "leave_kiosk"
    MANAGE_STAFF = "manage_staff"
    EDIT_SETTINGS = "edit_settings"
    ERASE_GUEST = "erase_guest"
    BACK_UP = "back_up"  # a copy of every guest, from the command line
    RESTORE = "restore"  # replaces the whole database: administrators only
    COPY_LOUNGE = "copy_lounge"  # the whole lounge into another database: administrators only
    CONFIRM_CLOCK = "confirm_clock"  # take the PC's clock as right when it disagrees
    CLOSE_ESCALATIONS = "close_escalations"  # acknowledge or resolve what went to the manager
    OPERATOR_REPORT = "operator_report"  # every lounge's figures together: administrators only
    SET_UP_LOUNGES = "set_up_lounges"  # another lounge beside the database's: administrators only


_DESK = frozenset({Permission.CHECK_IN, Permission.SEAT_GUESTS, Permission.LOG_FEEDBACK,
                   Permission.WRITE_DIARY})
_MANAGER = _DESK | {Permission.GRANT_EXCEPTION, Permission.VIEW_REPORTS, Permission.LEAVE_KIOSK,
                    Permission.BACK_UP, Permission.CONFIRM_CLOCK, Permission.CLOSE_ESCALATIONS}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: _DESK,
    Role.DUTY_MANAGER: _MANAGER,
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.ATTENDANT: frozenset(),
}

SIGN_IN_ROLES = frozenset({Role.FRONT_DESK, Role.DUTY_MANAGER, Role.ADMINISTRATOR})

# The people a refused person can turn to, from the fewest rights to the most.
_WHO = ((Role.FRONT_DESK, "a front-desk agent"), (Role.DUTY_MANAGER, "a duty manager"),
        (Role.ADMINISTRATOR, "an administrator"))
# The same, as the refusal says it in the reader's language (one message for each set).
_WHOM: Final[dict[tuple[Role, ...], str]] = {
    (Role.FRONT_DESK, Role.DUTY_MANAGER, Role.ADMINISTRATOR): QT_TRANSLATE_NOOP(
        "Messages", "a front-desk agent, a duty manager or an administrator"),
    (Role.DUTY_MANAGER, Role.ADMINISTRATOR): QT_TRANSLATE_NOOP(
        "Messages", "a duty manager or an administrator"),
    (Role.ADMINISTRATOR,): QT_TRANSLATE_NOOP("Messages", "an administrator"),
}
_ROLE_SAID: Final[dict[Role, str]] = {
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("Messages", "front desk"),
    Role.DUTY_MANAGER: QT_TRANSLATE_NOOP("Messages", "duty manager"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Messages", "administrator"),
    Role.ATTENDANT: QT_TRANSLATE_NOOP("Messages", "attendant"),
}
_DOING: Final[dict[Permission, str]] = {
    Permission.CHECK_IN: QT_TRANSLATE_NOOP("Messages", "check in"),
    Permission.SEAT_GUESTS: QT_TRANSLATE_NOOP("Messages", "seat guests"),
    Permission.LOG_FEEDBACK: QT_TRANSLATE_NOOP("Messages", "log feedback"),
    Permission.WRITE_DIARY: QT_TRANSLATE_NOOP("Messages", "write diary"),
    Permission.GRANT_EXCEPTION: QT_TRANSLATE_NOOP("Messages", "grant exception"),
    Permission.VIEW_REPORTS: QT_TRANSLATE_NOOP("Messages", "view reports"),
    Permission.LEAVE_KIOSK: QT_TRANSLATE_NOOP("Messages", "leave kiosk"),
    Permission.MANAGE_STAFF: QT_TRANSLATE_NOOP("Messages", "manage staff"),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP("Messages", "edit settings"),
    Permission.ERASE_GUEST: QT_TRANSLATE_NOOP("Messages", "erase guest"),
    Permission.BACK_UP: QT_TRANSLATE_NOOP("Messages", "back up"),
    Permission.RESTORE: QT_TRANSLATE_NOOP("Messages", "restore"),
    Permission.COPY_LOUNGE: QT_TRANSLATE_NOOP("Messages", "copy lounge"),
    Permission.CONFIRM_CLOCK: QT_TRANSLATE_NOOP("Messages", "confirm clock"),
    Permission.CLOSE_ESCALATIONS: QT_TRANSLATE_NOOP("Messages", "close escalations"),
    Permission.OPERATOR_REPORT: QT_TRANSLATE_NOOP("Messages", "operator report"),
    Permission.SET_UP_LOUNGES: QT_TRANSLATE_NOOP("Messages", "set up lounges"),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


def whom_to_ask(permission: Permission) -> str:
    """Who may do this, for a refusal: "a duty manager or an administrator"."""
    who = [words for role, words in _WHO if allows(role, permission)]
    return who[0] if len(who) == 1 else f"{', '.join(who[:-1])} or {who[-1]}"


def _whom(permission: Permission) -> Message:
    roles = tuple(role for role, _ in _WHO if allows(role, permission))
    text = _WHOM.get(roles)
    return Message(text) if text is not None else Message(whom_to_ask(permission))


def _said(words: dict[Any, str], key: Any, fallback: str) -> Message:
    text = words.get(key)
    return Message(text) if text is not None else Message(fallback)


def refusal(name: str, role: Role, permission: Permission, *, approval: bool = False) -> Message:
    """The one wording of "you may not": who was refused, and whom to ask instead
    (``approval``: they were asked to approve someone else's step with their PIN)."""
    values = {"name": name, "role": _said(_ROLE_SAID, role, role.value.replace("_", " ")),
              "whom": _whom(permission)}
    if approval:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} ({role}) may not approve this; ask {whom}."), values)
    return Message(QT_TRANSLATE_NOOP("Messages", "{name} ({role}) may not {doing}; ask {whom}."),
                   {**values, "doing": _said(_DOING, permission,
                                             permission.value.replace("_", " "))})
