"""Signing in and out, locking the desk, and keeping the staff list."""

from __future__ import annotations

from dataclasses import dataclass

from vipdesk.domain.lounge_setup import name_problem
from vipdesk.domain.permissions import SIGN_IN_ROLES, Permission, allows, refusal
from vipdesk.domain.pin import backoff_after, hash_pin, pin_problem, verify_pin
from vipdesk.domain.vocabulary import Role
from vipdesk.services.actions import action
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import Staff


@dataclass(frozen=True)
class SignInResult:
    ok: bool
    message: str = ""
    retry_in_seconds: int = 0


def staff_who_can_sign_in(session: Session) -> list[Staff]:
    return list(Staff.select()
                .where((Staff.lounge == session.lounge_id) & Staff.active
                       & Staff.role.in_(list(SIGN_IN_ROLES)))
                .order_by(Staff.name))


def attendants(session: Session) -> list[Staff]:
    return list(Staff.select()
                .where((Staff.lounge == session.lounge_id) & Staff.active
                       & (Staff.role == Role.ATTENDANT))
                .order_by(Staff.name))


def _check_pin(session: Session, staff: Staff, pin: str) -> SignInResult:
    """Verify a PIN with back-off; records the failure count either way."""
    now = session.clock.now()
    if staff.pin_retry_at is not None and now < staff.pin_retry_at:
        wait = int((staff.pin_retry_at - now).total_seconds()) + 1
        return SignInResult(False, f"Too many wrong PINs. Try again in {wait} seconds.", wait)
    if staff.pin_hash and verify_pin(pin, staff.pin_hash):
        staff.failed_pins, staff.pin_retry_at = 0, None
        staff.save()
        return SignInResult(True)
    staff.failed_pins += 1
    backoff = backoff_after(staff.failed_pins)
    staff.pin_retry_at = now + backoff if backoff else None
    staff.save()
    if backoff:
        wait = int(backoff.total_seconds())
        return SignInResult(False, f"Wrong PIN. Try again in {wait} seconds.", wait)
    return SignInResult(False, "Wrong PIN. Please try again.")


def _signable(session: Session, staff_id: int) -> Staff:
    staff = Staff.get_or_none((Staff.id == staff_id) & (Staff.lounge == session.lounge_id))
    if staff is None or not staff.active or staff.role not in SIGN_IN_ROLES:
        raise ServiceError("This staff member cannot sign in here.")
    return staff


@action("staff.sign_in", permission=None)
def sign_in(session: Session, staff_id: int, pin: str) -> SignInResult:
    staff = _signable(session, staff_id)
    result = _check_pin(session, staff, pin)
    session.audit(staff, staff=staff, ok=result.ok)
    if result.ok:
        session.staff, session.locked = staff, False
    return result


@action("staff.unlock", permission=None)
def unlock(session: Session, pin: str) -> SignInResult:
    """Reopen a locked desk for the same staff member."""
    if session.staff is None:
        raise ServiceError("Nobody is signed in at this desk.")
    staff = Staff.get_by_id(session.staff.id)
    result = _check_pin(session, staff, pin)
    session.audit(staff, staff=staff, ok=result.ok)
    if result.ok:
        session.locked = False
    return result


def lock(session: Session) -> None:
    """Lock after inactivity: the staff member stays, every action is refused until unlocked."""
    session.locked = True


@action("staff.sign_out", permission=None)
def sign_out(session: Session) -> None:
    session.audit(session.staff, staff=session.staff)
    session.staff, session.locked = None, False


@action("staff.authorise", permission=None)
def authorise(session: Session, staff_id: int, pin: str, permission: Permission) -> SignInResult:
    """A second person's PIN for one step, such as a duty manager approving an exception.

    Returns rather than raises on a wrong PIN, so the failure count is kept.
    """
    staff = _signable(session, staff_id)
    result = _check_pin(session, staff, pin)
    if result.ok and not allows(staff.role, permission):
        result = SignInResult(False, refusal(staff.name, staff.role, permission,
                                                    approval=True))
    session.audit(staff, staff=staff, ok=result.ok, permission=permission.value)
    return result


@action("staff.add", permission=Permission.MANAGE_STAFF)
def add_staff(session: Session, name: str, role: Role, pin: str | None) -> Staff:
    if problem := name_problem(name, "name"):
        raise ServiceError(problem)
    pin_hash = None
    if role in SIGN_IN_ROLES:
        if pin is None or (problem := pin_problem(pin)):
            raise ServiceError(problem or "Staff who sign in need a PIN.")
        pin_hash = hash_pin(pin)
    staff = Staff.create(lounge=session.lounge_id, name=name.strip(), role=role,
                         pin_hash=pin_hash, created_at=session.clock.now())
    session.audit(staff, role=role.value)
    return staff


@action("staff.set_pin", permission=Permission.MANAGE_STAFF)
def set_pin(session: Session, staff_id: int, pin: str) -> Staff:
    if problem := pin_problem(pin):
        raise ServiceError(problem)
    staff = Staff.get_by_id(staff_id)
    staff.pin_hash, staff.failed_pins, staff.pin_retry_at = hash_pin(pin), 0, None
    staff.save()
    return staff


@action("staff.deactivate", permission=Permission.MANAGE_STAFF)
def deactivate(session: Session, staff_id: int) -> Staff:
    staff = Staff.get_by_id(staff_id)
    if session.staff is not None and staff.id == session.staff.id:
        raise ServiceError("You cannot deactivate yourself while signed in.")
    staff.active = False
    staff.save()
    return staff
