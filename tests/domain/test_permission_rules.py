"""Who may do what, and the words of a refusal: the permission table stated in full."""

from __future__ import annotations

import pytest

from vipdesk.domain import permissions
from vipdesk.domain.permissions import Permission
from vipdesk.domain.vocabulary import Role

DESK = {Permission.CHECK_IN, Permission.SEAT_GUESTS, Permission.LOG_FEEDBACK,
        Permission.WRITE_DIARY}
MANAGER = DESK | {Permission.GRANT_EXCEPTION, Permission.VIEW_REPORTS, Permission.LEAVE_KIOSK,
                  Permission.BACK_UP, Permission.CONFIRM_CLOCK, Permission.CLOSE_ESCALATIONS}


@pytest.mark.parametrize(("role", "allowed"), [
    (Role.FRONT_DESK, DESK),
    (Role.DUTY_MANAGER, MANAGER),
    (Role.ADMINISTRATOR, set(Permission)),
    (Role.ATTENDANT, set()),
])
def test_each_role_may_do_exactly_its_own_steps(role: Role, allowed: set[Permission]) -> None:
    assert {each for each in Permission if permissions.allows(role, each)} == allowed


def test_only_administrators_manage_staff_settings_erasure_and_restore() -> None:
    for permission in (Permission.MANAGE_STAFF, Permission.EDIT_SETTINGS, Permission.ERASE_GUEST,
                       Permission.RESTORE):
        assert permissions.whom_to_ask(permission) == "an administrator"


def test_attendants_never_sign_in() -> None:
    assert {Role.FRONT_DESK, Role.DUTY_MANAGER, Role.ADMINISTRATOR} == permissions.SIGN_IN_ROLES


def test_a_role_with_no_table_may_do_nothing() -> None:
    assert not permissions.allows("visitor", Permission.CHECK_IN)  # type: ignore[arg-type]


@pytest.mark.parametrize(("permission", "whom"), [
    (Permission.CHECK_IN, "a front-desk agent, a duty manager or an administrator"),
    (Permission.GRANT_EXCEPTION, "a duty manager or an administrator"),
    (Permission.RESTORE, "an administrator"),
])
def test_a_refusal_names_everyone_who_may(permission: Permission, whom: str) -> None:
    assert permissions.whom_to_ask(permission) == whom


def test_the_one_wording_of_a_refusal() -> None:
    assert str(permissions.refusal("Dina Desk", Role.FRONT_DESK, Permission.VIEW_REPORTS)) == (
        "Dina Desk (front desk) may not view reports; ask a duty manager or an administrator.")
    assert str(permissions.refusal("Dina Desk", Role.FRONT_DESK, Permission.GRANT_EXCEPTION,
                                   approval=True)) == (
        "Dina Desk (front desk) may not approve this; ask a duty manager or an administrator.")
    assert str(permissions.refusal("Mads Manager", Role.DUTY_MANAGER,
                                   Permission.EDIT_SETTINGS)) == (
        "Mads Manager (duty manager) may not edit settings; ask an administrator.")
