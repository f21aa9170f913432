"""Who may do what. The service layer asks here; the GUI only mirrors it."""

from __future__ import annotations

from enum import StrEnum

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


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


def whom_to_ask(permission: Permission) -> str:
    """Who may do this, for a refusal: "a duty manager or an administrator"."""
    who = [words for role, words in _WHO if allows(role, permission)]
    return who[0] if len(who) == 1 else f"{', '.join(who[:-1])} or {who[-1]}"


def refusal(name: str, role: Role, permission: Permission, *, approval: bool = False) -> str:
    """The one wording of "you may not": who was refused, and whom to ask instead
    (``approval``: they were asked to approve someone else's step with their PIN)."""
    doing = "approve this" if approval else permission.value.replace("_", " ")
    return (f"{name} ({role.value.replace('_', ' ')}) may not {doing}; "
            f"ask {whom_to_ask(permission)}.")
