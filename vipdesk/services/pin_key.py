"""The PIN key at start-up, and IT's way back when it is lost.

At start-up the desk loads the key file once and passes it in the Session. It
makes a new key only when no PIN needs the old one: a new key beside PINs made
with a lost one would turn every sign-in into "wrong PIN". Then it says what is
wrong, where the file should be and what to do instead.

A lost key cannot be rebuilt, so :func:`recover_pins` starts again: a new key,
a new PIN for one named administrator, every other sign-in PIN cleared (the
administrator sets them anew in Staff), and an audit row naming the OS account.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from vipdesk.domain.permissions import SIGN_IN_ROLES
from vipdesk.domain.pin import PinKey, hash_pin, key_id_of, pin_problem
from vipdesk.domain.vocabulary import Role
from vipdesk.services.actions import action
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import Staff
from vipdesk.storage.pin_key import (
    ENV_VAR, PinKeyFileError, create_key, install_staged, is_within, read_key, stage_key,
)


class PinKeyProblem(ServiceError):
    """The desk cannot check PINs with the key file it found (or did not find)."""


def key_ids_in_use() -> set[str]:
    """The ids of the PIN keys the active sign-in staff's PINs were made with."""
    rows = (Staff.select(Staff.pin_hash)
            .where(Staff.active & Staff.pin_hash.is_null(False)
                   & Staff.role.in_(list(SIGN_IN_ROLES))))
    return {found for row in rows if (found := key_id_of(row.pin_hash))}


def recovery_hint(db_path: Path | None) -> str:
    where = f' --db "{db_path}"' if db_path is not None else ""
    return (f"If the key file is lost, IT can start again on this PC's account with "
            f'"vipdesk{where} recover-pins --admin NAME": a new key, a new PIN for that '
            f"administrator, and every other PIN to be set again in Staff "
            f'(see "PIN key" in the README).')


def open_pin_key(key_path: Path, db_path: Path | None = None) -> PinKey:
    """The key the PINs in the bound database were made with, created if none needs one yet.

    Raises :class:`PinKeyProblem` (the message is for IT) when the file is
    missing or is another key while PINs need it, when it cannot be read, or
    when it lies in the database's folder (where backups would carry it).
    """
    if db_path is not None and is_within(key_path, Path(db_path).parent):
        raise PinKeyProblem(
            f"The PIN key file {key_path} is in the database's folder, where backups and "
            f"copies of the folder would take it along. Move it elsewhere and set {ENV_VAR} "
            f"to its new path (or unset {ENV_VAR} to use the default place).")
    needed = key_ids_in_use()
    try:
        key = read_key(key_path)
    except PinKeyFileError as error:
        raise PinKeyProblem(f"{error} {recovery_hint(db_path)}") from error
    if key is None:
        if needed:
            raise PinKeyProblem(
                f"The PIN key file {key_path} is missing, but the staff PINs in this database "
                f"were made with one, so no PIN could be checked and the desk does not start. "
                f"Put the key file back at {key_path} (from IT's safe copy), or set {ENV_VAR} "
                f"to where it is. {recovery_hint(db_path)}")
        try:
            return create_key(key_path)
        except (OSError, PinKeyFileError) as error:
            why = error.strerror if isinstance(error, OSError) and error.strerror else error
            raise PinKeyProblem(f"The PIN key file {key_path} cannot be created: {why}. Check "
                                f"that this account may write there, or set {ENV_VAR} to a "
                                "file in a folder it may write.") from error
    if needed and key.key_id not in needed:
        raise PinKeyProblem(
            f"The PIN key file {key_path} is not the one the staff PINs in this database were "
            f"made with (it is key {key.key_id}; the PINs need key "
            f"{', '.join(sorted(needed))}), so no PIN could be checked and the desk does not "
            f"start. Put the right key file at {key_path}, or set {ENV_VAR} to where it is. "
            f"{recovery_hint(db_path)}")
    return key


# --- recovery ----------------------------------------------------------------------


@dataclass(frozen=True)
class Recovered:
    admin: str
    cleared: int  # other staff whose PIN was cleared
    key_path: Path
    old_key_aside: Path | None


def administrator_named(name: str) -> Staff:
    """The one active administrator of this database called ``name`` (any case)."""
    admins = list(Staff.select().where(Staff.active & (Staff.role == Role.ADMINISTRATOR)))
    wanted = name.strip().casefold()
    found = [admin for admin in admins if admin.name.strip().casefold() == wanted]
    if len(found) == 1:
        return found[0]
    if not admins:
        raise ServiceError("This database has no active administrator.")
    names = ", ".join(sorted(f'"{admin.name}"' for admin in admins))
    if found:
        raise ServiceError(f'Several active administrators are called "{name}"; '
                           "rename one in Staff first.")
    raise ServiceError(f'No active administrator is called "{name}". The administrators '
                       f"are: {names}.")


def recover_pins(session: Session, admin_name: str, new_pin: str, key_path: Path, *,
                 os_account: str) -> Recovered:
    """Start the PINs again with a new key: see the module's docstring.

    The new key is written beside the old file first and put in place only after
    the database has committed, so a failure leaves the old key and the old PINs.
    """
    admin = administrator_named(admin_name)
    if problem := pin_problem(new_pin, Role.ADMINISTRATOR):
        raise ServiceError(problem)
    key = PinKey.new()
    pin_hash = hash_pin(new_pin, key)
    staged = stage_key(key_path, key)
    try:
        cleared = _reset_pins(session, admin.id, pin_hash, os_account, key.key_id)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    aside = install_staged(staged, key_path, session.clock.now().astimezone(dt.timezone.utc))
    session.pin_key = key
    return Recovered(admin.name, cleared, key_path, aside)


@action("staff.recover_pins", permission=None)
def _reset_pins(session: Session, admin_id: int, pin_hash: str, os_account: str,
                key_id: str) -> int:
    admin = Staff.get_by_id(admin_id)
    cleared = (Staff.update(pin_hash=None, failed_pins=0, pin_retry_at=None)
               .where((Staff.id != admin.id) & Staff.pin_hash.is_null(False)).execute())
    admin.pin_hash, admin.failed_pins, admin.pin_retry_at = pin_hash, 0, None
    admin.save()
    session.audit(admin, os_account=os_account, cleared=cleared, key=key_id, by="recover-pins")
    return int(cleared)
