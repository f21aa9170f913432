"""Signing in and out, locking the desk, and keeping the staff list.

What leaves for the screens is a :class:`~vipdesk.services.staff_list.StaffRow`, never a
database row; other services that need the rows ask :func:`attendant_rows`.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from vipdesk.domain.lounge_setup import name_problem
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.permissions import SIGN_IN_ROLES, Permission, allows, refusal
from vipdesk.domain.pin import (
    PIN_IN_USE,
    PinCheck,
    PinKey,
    backoff_after,
    check_pin,
    hash_pin,
    pin_problem,
)
from vipdesk.domain.vocabulary import Role
from vipdesk.services.actions import Done, action
from vipdesk.services.session import ServiceError, Session, as_message, signed_in
from vipdesk.services.staff_list import StaffRow, staff_row
from vipdesk.storage.models import Staff


@dataclass(frozen=True)
class SignInResult:
    ok: bool
    message: str = ""  # in English (the command line, the log); ``words`` for the screen
    retry_in_seconds: int = 0
    pin_change_due: bool = False  # signed in with a PIN the rules no longer allow
    words: Message = field(default_factory=lambda: Message(""))


def _refused(words: Message | str, wait: int = 0) -> SignInResult:
    """A sign-in (or approval) refused: ``words`` for the screen, their English for the rest."""
    words = as_message(words)
    return SignInResult(False, str(words), wait, words=words)


def staff_who_can_sign_in(session: Session) -> list[StaffRow]:
    now = session.clock.now()
    return [staff_row(member, now) for member in
            Staff.select()
            .where((Staff.lounge == session.lounge_id) & Staff.active
                   & Staff.role.in_(list(SIGN_IN_ROLES)))
            .order_by(Staff.name, Staff.id)]


def attendant_rows(session: Session) -> list[Staff]:
    """The lounge's active attendants by name, as rows: for services (seating) only."""
    return list(Staff.select()
                .where((Staff.lounge == session.lounge_id) & Staff.active
                       & (Staff.role == Role.ATTENDANT))
                .order_by(Staff.name, Staff.id))


def attendants(session: Session) -> list[StaffRow]:
    """The lounge's active attendants by name, for a screen's picker."""
    now = session.clock.now()
    return [staff_row(member, now) for member in attendant_rows(session)]


OTHER_KEY_MESSAGE = QT_TRANSLATE_NOOP(
    "Messages", "This PIN was made with another PIN key than the one this desk loaded, "
    "so it cannot be checked. Please ask IT (see \"PIN key\" in the README).")
NO_PIN_MESSAGE = QT_TRANSLATE_NOOP(
    "Messages", "No PIN is set for you yet: please ask an administrator to set one in Staff.")
UNKEYED_MESSAGE = QT_TRANSLATE_NOOP(
    "Messages", "Your PIN was stored without this desk's PIN key, so it can no longer be "
    "used: please ask an administrator to set a new PIN for you in Staff.")


class PinRejected(ServiceError):
    """A new PIN breaks the PIN rules; the screen shows it beside the PIN field."""


@dataclass(frozen=True)
class CheckedPin:
    """A PIN checked before the action's transaction, so the slow hash holds no lock."""

    seen_hash: str | None
    verdict: PinCheck | None  # None: not checked (in back-off when read)


@dataclass(frozen=True)
class PinToCheck:
    """The slow part of a sign-in or an unlock, made ready from the stored row: the hash as
    read and the key, no database and no session, so a worker thread can run it while the
    desk stays responsive (scrypt costs tens of milliseconds on purpose). The action that
    follows (:func:`sign_in`, :func:`unlock` with ``checked=``) reads the row again under
    its lock and checks again should the hash have changed meanwhile."""

    staff_id: int
    stored_hash: str | None = field(repr=False)
    in_backoff: bool
    key: PinKey = field(repr=False)

    def check(self, pin: str) -> CheckedPin:
        if self.in_backoff:
            return CheckedPin(self.stored_hash, None)
        return CheckedPin(self.stored_hash, check_pin(pin, self.stored_hash, self.key))


def pin_to_check(session: Session, staff_id: int, *, unlocking: bool = False) -> PinToCheck:
    """What :meth:`PinToCheck.check` needs for ``staff_id`` signing in here, or for the
    person signed in unlocking the desk; refuses as :func:`sign_in` / :func:`unlock` do."""
    if unlocking:
        if session.staff is None:
            raise ServiceError(Message(QT_TRANSLATE_NOOP(
                "Messages", "Nobody is signed in at this desk.")))
        # deactivated meanwhile: signed out, not unlocked
        staff = Staff.get_by_id(session.current_staff().id)
    else:
        staff = _signable(session, staff_id)
    return PinToCheck(staff.id, staff.pin_hash, _in_backoff(session, staff), session.key)



def _in_backoff(session: Session, staff: Staff) -> bool:
    return staff.pin_retry_at is not None and session.clock.now() < staff.pin_retry_at


def _check_outside(session: Session, staff: Staff, pin: str) -> CheckedPin:
    """The slow part of a PIN check, run before the action takes the write lock."""
    return PinToCheck(staff.id, staff.pin_hash, _in_backoff(session, staff), session.key).check(pin)


def _check_pin(session: Session, staff: Staff, pin: str, checked: CheckedPin) -> SignInResult:
    """Record a PIN check with back-off, inside the action; ``staff`` is read under the lock.

    A wrong PIN counts towards the back-off; a PIN that cannot be checked (none
    set, another PIN key, a bare hash from before the key) does not, and says why.
    """
    now = session.clock.now()
    if _in_backoff(session, staff):
        wait = int((staff.pin_retry_at - now).total_seconds()) + 1
        return _refused(Message(QT_TRANSLATE_NOOP(
            "Messages", "Too many wrong PINs. Try again in {wait}."), {"wait": _seconds(wait)}),
            wait)
    if checked.verdict is None or staff.pin_hash != checked.seen_hash:
        checked = _check_outside(session, staff, pin)  # changed meanwhile: rare, checked again
    if checked.verdict is PinCheck.NO_PIN:
        return _refused(Message(NO_PIN_MESSAGE))
    if checked.verdict is PinCheck.UNKEYED:
        return _refused(Message(UNKEYED_MESSAGE))
    if checked.verdict is PinCheck.OTHER_KEY:
        return _refused(Message(OTHER_KEY_MESSAGE))
    if checked.verdict is not None and checked.verdict.ok:
        staff.failed_pins, staff.pin_retry_at = 0, None
        staff.save()
        return SignInResult(True, pin_change_due=pin_problem(pin, staff.role) is not None)
    staff.failed_pins += 1
    backoff = backoff_after(staff.failed_pins)
    staff.pin_retry_at = now + backoff if backoff else None
    staff.save()
    if backoff:
        wait = int(backoff.total_seconds())
        return _refused(Message(QT_TRANSLATE_NOOP(
            "Messages", "Wrong PIN. Try again in {wait}."), {"wait": _seconds(wait)}), wait)
    return _refused(Message(QT_TRANSLATE_NOOP("Messages", "Wrong PIN. Please try again.")))


def _seconds(wait: int) -> Message:
    return Message(QT_TRANSLATE_NOOP("Messages", "%n second") if wait == 1
                   else QT_TRANSLATE_NOOP("Messages", "%n seconds"), count=wait)


def _signable(session: Session, staff_id: int) -> Staff:
    staff = Staff.get_or_none((Staff.id == staff_id) & (Staff.lounge == session.lounge_id))
    if staff is None or not staff.active or staff.role not in SIGN_IN_ROLES:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This staff member cannot sign in here.")))
    return staff


def _signer_pin_checked(session: Session, staff_id: int, pin: str,
                        checked: CheckedPin | None = None) -> CheckedPin:
    """The PIN of ``staff_id`` checked before the write lock is taken, unless ``checked``
    already (:func:`pin_to_check` and its check have run, on a worker)."""
    if checked is not None:
        return checked
    return _check_outside(session, _signable(session, staff_id), pin)


@action("staff.sign_in", permission=None, prepare=_signer_pin_checked)
def sign_in(session: Session, pin_checked: CheckedPin, staff_id: int, pin: str,
            checked: CheckedPin | None = None) -> Done[SignInResult]:
    """Sign a staff member in with their PIN (its slow check runs before the transaction:
    no lock held; ``checked`` when it has run already, on a worker)."""
    staff = _signable(session, staff_id)
    result = _check_pin(session, staff, pin, pin_checked)
    if result.ok:
        session.staff, session.locked = signed_in(staff), False
    return Done(result, staff, {"ok": result.ok}, staff=staff)


def _unlocker_pin_checked(session: Session, pin: str,
                          checked: CheckedPin | None = None) -> CheckedPin:
    """The PIN of whoever is signed in, checked before the write lock (as for signing in)."""
    if checked is None:
        return pin_to_check(session, 0, unlocking=True).check(pin)
    if session.staff is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "Nobody is signed in at this desk.")))
    return checked


@action("staff.unlock", permission=None, prepare=_unlocker_pin_checked)
def unlock(session: Session, pin_checked: CheckedPin, pin: str,
           checked: CheckedPin | None = None) -> Done[SignInResult]:
    """Reopen a locked desk for the same staff member (``checked``: as for :func:`sign_in`)."""
    if session.staff is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "Nobody is signed in at this desk.")))
    staff = Staff.get_by_id(session.current_staff().id)
    result = _check_pin(session, staff, pin, pin_checked)
    if result.ok:
        session.locked = False
    return Done(result, staff, {"ok": result.ok}, staff=staff)


def lock(session: Session) -> None:
    """Lock after inactivity: the staff member stays, every action is refused until unlocked."""
    session.locked = True


@action("staff.sign_out", permission=None)
def sign_out(session: Session) -> Done[None]:
    me = session.staff
    session.staff, session.locked = None, False
    return Done(None, None if me is None else Staff(id=me.id), staff=me)  # the row by its id


def _approver_pin_checked(session: Session, staff_id: int, pin: str,
                          permission: Permission) -> CheckedPin:
    """The second person's PIN checked before the write lock, as for signing in."""
    return _signer_pin_checked(session, staff_id, pin)


@action("staff.authorise", permission=None, prepare=_approver_pin_checked)
def authorise(session: Session, pin_checked: CheckedPin, staff_id: int, pin: str,
              permission: Permission) -> Done[SignInResult]:
    """A second person's PIN for one step, such as a duty manager approving an exception.

    Returns rather than raises on a wrong PIN, so the failure count is kept.
    """
    staff = _signable(session, staff_id)
    result = _check_pin(session, staff, pin, pin_checked)
    if result.ok and not allows(staff.role, permission):
        result = _refused(refusal(staff.name, staff.role, permission, approval=True))
    return Done(result, staff, {"ok": result.ok, "permission": permission.value}, staff=staff)


def act_as(session: Session, staff_id: int) -> None:
    """Work as a member of staff with no PIN asked here: a command, whose PIN
    :func:`authorise` has just accepted, or the demo's agent on duty. The session holds
    them as it holds whoever signs in at a desk."""
    session.staff = signed_in(_signable(session, staff_id))


# --- setting PINs ----------------------------------------------------------------


def pin_in_use(session: Session, pin: str, *, except_staff_id: int | None = None) -> bool:
    """Whether another active member of staff of this lounge signs in with ``pin``.

    Each stored hash is slow to check on purpose, so they are checked side by
    side (scrypt releases the GIL) and before any write lock is taken. Hashes
    made with another PIN key cannot be compared and are skipped.
    """
    query = (Staff.select(Staff.pin_hash)
             .where((Staff.lounge == session.lounge_id) & Staff.active
                    & Staff.pin_hash.is_null(False) & Staff.role.in_(list(SIGN_IN_ROLES))))
    if except_staff_id is not None:
        query = query.where(Staff.id != except_staff_id)
    hashes = [row.pin_hash for row in query]
    if not hashes:
        return False
    key = session.key
    with ThreadPoolExecutor(max_workers=min(len(hashes), os.cpu_count() or 1)) as pool:
        return any(pool.map(lambda stored: check_pin(pin, stored, key).ok, hashes))


def _new_pin_hash(session: Session, pin: str | None, role: Role,
                  except_staff_id: int | None = None) -> str:
    """The hash of a new PIN that meets the rules, or :class:`PinRejected`."""
    if pin is None:
        raise PinRejected(Message(QT_TRANSLATE_NOOP(
            "Messages", "Staff who sign in need a PIN.")))
    problem = pin_problem(pin, role)
    if problem is None and pin_in_use(session, pin, except_staff_id=except_staff_id):
        problem = PIN_IN_USE
    if problem is not None:
        raise PinRejected(problem)
    return hash_pin(pin, session.key)


def _newcomer_pin_hash(session: Session, name: str, role: Role, pin: str | None) -> str | None:
    """The name checked and the new PIN hashed (compared with everyone's), before the lock."""
    if problem := name_problem(name, "name"):
        raise ServiceError(problem)
    return _new_pin_hash(session, pin, role) if role in SIGN_IN_ROLES else None


@action("staff.add", permission=Permission.MANAGE_STAFF, prepare=_newcomer_pin_hash)
def add_staff(session: Session, pin_hash: str | None, name: str, role: Role,
              pin: str | None) -> Done[StaffRow]:
    """Add a member of staff; those who sign in need a PIN that meets the rules."""
    staff = Staff.create(lounge=session.lounge_id, name=name.strip(), role=role,
                         pin_hash=pin_hash, created_at=session.clock.now())
    return Done(_record(session, staff), staff, {"role": role.value})


def _staff_here(session: Session, staff_id: int) -> Staff:
    staff = Staff.get_or_none((Staff.id == staff_id) & (Staff.lounge == session.lounge_id))
    if staff is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This staff member is not in this lounge.")))
    return staff


def _changed_pin_hash(session: Session, staff_id: int, pin: str) -> str:
    """The new PIN hashed (compared with everyone else's), before the lock."""
    role = _staff_here(session, staff_id).role
    if role not in SIGN_IN_ROLES:
        raise PinRejected(Message(QT_TRANSLATE_NOOP(
            "Messages", "Attendants do not sign in, so they have no PIN.")))
    return _new_pin_hash(session, pin, role, except_staff_id=staff_id)


@action("staff.set_pin", permission=Permission.MANAGE_STAFF, prepare=_changed_pin_hash)
def set_pin(session: Session, pin_hash: str, staff_id: int, pin: str) -> Done[StaffRow]:
    """Give a member of staff a new PIN that meets the rules (administrators only)."""
    staff = _staff_here(session, staff_id)
    staff.pin_hash, staff.failed_pins, staff.pin_retry_at = pin_hash, 0, None
    staff.save()
    return Done(_record(session, staff), staff)


@action("staff.deactivate", permission=Permission.MANAGE_STAFF)
def deactivate(session: Session, staff_id: int) -> Done[StaffRow]:
    staff = _staff_here(session, staff_id)  # never another lounge's member
    if staff.id == session.staff_id:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "You cannot deactivate yourself while signed in.")))
    staff.active = False
    staff.save()
    return Done(_record(session, staff), staff)


# --- renaming, roles and lockouts (administrators only) -------------------------


@action("staff.rename", permission=Permission.MANAGE_STAFF)
def rename(session: Session, staff_id: int, name: str) -> Done[StaffRow]:
    """A new name on the same record, so everything they did stays theirs."""
    if problem := name_problem(name, "name"):
        raise ServiceError(problem)
    staff = _staff_here(session, staff_id)
    old_name, staff.name = staff.name, name.strip()
    staff.save()
    _keep_signed_in_copy(session, staff)
    return Done(_record(session, staff), staff, {"old_name": old_name, "name": staff.name})


def _other_administrators(session: Session, staff_id: int) -> int:
    """Other administrators who can sign in: active, with a PIN. One without a PIN (an
    attendant just promoted) cannot, so they do not keep the lounge administered."""
    return (Staff.select()
            .where((Staff.lounge == session.lounge_id) & Staff.active
                   & (Staff.role == Role.ADMINISTRATOR) & Staff.pin_hash.is_null(False)
                   & (Staff.id != staff_id))
            .count())


@action("staff.change_role", permission=Permission.MANAGE_STAFF)
def change_role(session: Session, staff_id: int, role: Role) -> Done[StaffRow]:
    """Give a member of staff another role.

    The lounge always keeps an active administrator who can sign in (has a PIN): the
    last one cannot be made anything else (not even by themselves). Someone made an
    attendant loses their PIN (attendants do not sign in); someone who will sign in and
    has no PIN yet needs one set next, and is told so when they try.
    """
    role = Role(role)
    staff = _staff_here(session, staff_id)
    if staff.role is role:
        return Done(_record(session, staff), staff)
    if (staff.role is Role.ADMINISTRATOR and staff.active
            and _other_administrators(session, staff.id) == 0):
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} is the only administrator who can sign in; make "
            "someone else an administrator and set their PIN first."), {"name": staff.name}))
    old_role, staff.role = staff.role, role
    if role not in SIGN_IN_ROLES:
        staff.pin_hash, staff.failed_pins, staff.pin_retry_at = None, 0, None
    staff.save()
    _keep_signed_in_copy(session, staff)
    return Done(_record(session, staff), staff,
                {"old_role": old_role.value, "role": role.value})


@action("staff.clear_lockout", permission=Permission.MANAGE_STAFF)
def clear_lockout(session: Session, staff_id: int) -> Done[StaffRow]:
    """Let someone who typed too many wrong PINs try again at once (their PIN is unchanged)."""
    staff = _staff_here(session, staff_id)
    was_locked_out = _in_backoff(session, staff)
    staff.failed_pins, staff.pin_retry_at = 0, None
    staff.save()
    return Done(_record(session, staff), staff, {"was_locked_out": was_locked_out})


def _record(session: Session, staff: Staff) -> StaffRow:
    """What a staff action hands the screen: the member as just written."""
    return staff_row(staff, session.clock.now())


def _keep_signed_in_copy(session: Session, staff: Staff) -> None:
    """The administrator changed their own record: the session holds it as changed."""
    if session.staff_id == staff.id:
        session.staff = signed_in(staff)
