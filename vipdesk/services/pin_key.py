"""The PIN key at start-up, and IT's way back when it is lost.

At start-up the desk (and a command that checks a PIN) loads the key file once
with :func:`load_pin_key` and passes it in the Session. It makes a new key only
when no PIN needs the old one: a new key beside PINs made with a lost one would
turn every sign-in into "wrong PIN". Then it says what is wrong, where the file
should be and what to do instead.

The first time a database is opened with the key, its PINs hashed before the
key are wrapped with it (:func:`vipdesk.domain.pin.wrap_unkeyed`), all in one
audited transaction, so no copy made afterwards holds a PIN that can be tested
without the key. A bare old hash found in a database that has been through that
(one holding a keyed hash, or the audit row of an earlier wrapping) was put
there afterwards, by hand or by a crafted file: it is cleared, never wrapped.

A lost key cannot be rebuilt, so :func:`recover_pins` starts again: a new key,
a new PIN for one named administrator, every other sign-in PIN cleared (the
administrator sets them anew in Staff), and an audit row naming the OS account.
It is refused while the key in place is the one the PINs were made with.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from peewee import ModelSelect

from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.permissions import SIGN_IN_ROLES
from vipdesk.domain.pin import (
    KEYED,
    LEGACY,
    WRAPPED,
    PinKey,
    hash_pin,
    key_id_of,
    pin_problem,
    wrap_unkeyed,
)
from vipdesk.domain.vocabulary import Role
from vipdesk.services.actions import Done, action
from vipdesk.services.session import ServiceError, Session, joined
from vipdesk.storage.models import AuditEvent, Staff
from vipdesk.storage.pin_key import (
    ENV_VAR,
    PinKeyFileError,
    create_key,
    install_staged,
    is_within,
    read_key,
    stage_key,
)


class PinKeyProblem(ServiceError):
    """The desk cannot check PINs with the key file it found (or did not find).

    The message is for IT; ``reason`` says the same in a few words (for an audit row)."""

    def __init__(self, message: Message | str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or str(message)


def key_ids_in_use() -> set[str]:
    """The ids of the PIN keys the active sign-in staff's PINs were made with."""
    rows = (Staff.select(Staff.pin_hash)
            .where(Staff.active & Staff.pin_hash.is_null(False)
                   & Staff.role.in_(list(SIGN_IN_ROLES))))
    return {found for row in rows if (found := key_id_of(row.pin_hash))}


def recovery_hint(db_path: Path | None) -> Message:
    where = f' --db "{db_path}"' if db_path is not None else ""
    return Message(QT_TRANSLATE_NOOP(
        "Messages", "If the key file is lost, IT can start again on this PC's account with "
        "\"{command}\": a new key, a new PIN for that administrator, and every other PIN to be "
        "set again in Staff (see \"PIN key\" in the README)."),
        {"command": f"vipdesk{where} recover-pins --admin NAME"})


class KeyInDatabaseFolder(PinKeyProblem):
    """The key file would lie where backups take it along."""


def refuse_key_beside(key_path: Path, db_path: Path) -> None:
    """Refuse a key file in the database's folder (or below it), where backups and copies
    of the folder would take it along: the desk, the commands and the demo alike."""
    if is_within(key_path, db_path.parent):
        raise KeyInDatabaseFolder(Message(QT_TRANSLATE_NOOP(
            "Messages", "The PIN key file {file} is in the database's folder, where backups "
            "and copies of the folder would take it along. Move it elsewhere and set {variable} "
            "to its new path (or unset {variable} to use the default place)."),
            {"file": key_path, "variable": ENV_VAR}))


def usable_key(key_path: Path, db_path: Path | None = None) -> PinKey | None:
    """The key the PINs in the bound database were made with; None when there is no key
    file and no PIN needs one. Reads, never writes.

    Raises :class:`PinKeyProblem` (the message is for IT) when the file is
    missing or is another key while PINs need it, when it cannot be read, or
    when it lies in the database's folder (where backups would carry it).
    ``db_path`` is the real database's path, named in the messages.
    """
    if db_path is not None:
        refuse_key_beside(key_path, Path(db_path))
    needed = key_ids_in_use()
    try:
        key = read_key(key_path)
    except PinKeyFileError as error:
        raise PinKeyProblem(joined((str(error), recovery_hint(db_path))), str(error)) from error
    if key is None:
        if needed:
            raise PinKeyProblem(Message(QT_TRANSLATE_NOOP(
                "Messages", "The PIN key file {file} is missing, but the staff PINs in this "
                "database were made with one, so no PIN could be checked and the desk does not "
                "start. Put the key file back at {file} (from IT's safe copy), or set {variable} "
                "to where it is. {hint}"),
                {"file": key_path, "variable": ENV_VAR, "hint": recovery_hint(db_path)}),
                f"the PIN key file {key_path} is missing")
        return None
    if needed and key.key_id not in needed:
        raise PinKeyProblem(Message(QT_TRANSLATE_NOOP(
            "Messages", "The PIN key file {file} is not the one the staff PINs in this database "
            "were made with (it is key {key}; the PINs need key {needed}), so no PIN could be "
            "checked and the desk does not start. Put the right key file at {file}, or set "
            "{variable} to where it is. {hint}"),
            {"file": key_path, "key": key.key_id, "needed": ", ".join(sorted(needed)),
             "variable": ENV_VAR, "hint": recovery_hint(db_path)}),
            f"the PIN key file {key_path} is another key than the one the PINs were made with")
    return key


def open_pin_key(key_path: Path, db_path: Path | None = None) -> PinKey:
    """:func:`usable_key`, the key created if none is there and none is needed yet."""
    key = usable_key(key_path, db_path)
    if key is not None:
        return key
    try:
        return create_key(key_path)
    except (OSError, PinKeyFileError) as error:
        why = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise PinKeyProblem(Message(QT_TRANSLATE_NOOP(
            "Messages", "The PIN key file {file} cannot be created: {why}. Check that this "
            "account may write there, or set {variable} to a file in a folder it may write."),
            {"file": key_path, "why": why, "variable": ENV_VAR})) from error


def load_pin_key(session: Session, key_path: Path, db_path: Path | None = None) -> PinKey:
    """Open the key for ``session``'s database (:func:`open_pin_key`), put it on the session,
    and key the PINs from before the key: the one call the desk and the commands make."""
    key = open_pin_key(key_path, db_path)
    session.pin_key = key
    if _unkeyed().exists():
        _key_old_pins(session)
    return key


def _unkeyed() -> ModelSelect[Staff]:
    return Staff.select().where(Staff.pin_hash.startswith(LEGACY + "$"))


PINS_KEYED = "staff.pins_keyed"


@action(PINS_KEYED, permission=None)
def _key_old_pins(session: Session) -> Done[None]:
    """Wrap every bare old hash with the key, the first time; later ones are cleared."""
    key = session.key
    first_time = not (
        Staff.select().where(Staff.pin_hash.startswith(KEYED + "$")
                             | Staff.pin_hash.startswith(WRAPPED + "$")).exists()
        or AuditEvent.select().where(AuditEvent.action == PINS_KEYED).exists())
    wrapped = cleared = 0
    for member in list(_unkeyed()):
        try:
            member.pin_hash = wrap_unkeyed(member.pin_hash or "", key) if first_time else None
        except ValueError:
            member.pin_hash = None  # not a hash we ever made
        member.failed_pins, member.pin_retry_at = 0, None
        member.save()
        wrapped, cleared = (wrapped + 1, cleared) if member.pin_hash else (wrapped, cleared + 1)
    return Done(None, detail={"key": key.key_id, **({"wrapped": wrapped} if wrapped else {}),
                              **({"cleared": cleared} if cleared else {})})


# --- recovery ----------------------------------------------------------------------


@dataclass(frozen=True)
class Recovered:
    admin: str
    cleared: int  # other staff whose PIN was cleared
    key_path: Path
    old_key_aside: Path | None


def administrator_named(name: str, lounge_id: int | None = None) -> Staff:
    """The one active administrator of this database (of ``lounge_id``, when given) called
    ``name`` (any case)."""
    query = Staff.select().where(Staff.active & (Staff.role == Role.ADMINISTRATOR))
    if lounge_id is not None:
        query = query.where(Staff.lounge == lounge_id)
    admins = list(query)
    wanted = name.strip().casefold()
    found = [admin for admin in admins if admin.name.strip().casefold() == wanted]
    if len(found) == 1:
        return found[0]
    if not admins:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This database has no active administrator.")))
    names = ", ".join(sorted(f'"{admin.name}"' for admin in admins))
    if found:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "Several active administrators are called \"{name}\"; rename one in "
            "Staff first."), {"name": name}))
    raise ServiceError(Message(QT_TRANSLATE_NOOP(
        "Messages", "No active administrator is called \"{name}\". The administrators are: "
        "{names}."), {"name": name, "names": names}))


RECOVER_PINS = "staff.recover_pins"


def recover_pins(session: Session, admin_name: str, new_pin: str, key_path: Path, *,
                 os_account: str, uid: int | None = None) -> Recovered:
    """Start the PINs again with a new key: see the module's docstring.

    Refused unless the key is lost: missing, unreadable, or not the one the PINs
    were made with (what :func:`usable_key` says). Otherwise it would hand the
    administrator account to anyone with a shell on the PC's account, and an
    administrator sets PINs in Staff anyway. The new key is written beside the
    old file first and put in place only after the database has committed, so a
    failure leaves the old key and the old PINs.
    """
    try:
        usable_key(key_path)
    except KeyInDatabaseFolder:
        raise
    except PinKeyProblem:
        pass  # lost: this is what recovery is for
    else:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "The PIN key file {file} is the one the PINs were made with (or no PIN "
            "needs one yet), so the PINs can be checked and nothing needs recovering: an "
            "administrator who has forgotten a PIN has it set again by another administrator "
            "in Staff."), {"file": key_path}))
    admin = administrator_named(admin_name, session.lounge_id)
    if problem := pin_problem(new_pin, Role.ADMINISTRATOR):
        raise ServiceError(problem)
    key = PinKey.new()
    pin_hash = hash_pin(new_pin, key)
    staged = stage_key(key_path, key)
    try:
        cleared = _reset_pins(session, admin.id, pin_hash, key.key_id,
                              {"os_account": os_account, "uid": uid})
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    aside = install_staged(staged, key_path, session.clock.now().astimezone(dt.UTC))
    session.pin_key = key
    return Recovered(admin.name, cleared, key_path, aside)


@action(RECOVER_PINS, permission=None)
def _reset_pins(session: Session, admin_id: int, pin_hash: str, key_id: str,
                who: dict[str, object]) -> Done[int]:
    admin = Staff.get_by_id(admin_id)
    cleared = (Staff.update(pin_hash=None, failed_pins=0, pin_retry_at=None)
               .where((Staff.id != admin.id) & Staff.pin_hash.is_null(False)).execute())
    admin.pin_hash, admin.failed_pins, admin.pin_retry_at = pin_hash, 0, None
    admin.save()
    # Read by the duty manager's list of command-line runs, as a command_line.run row is.
    return Done(int(cleared), admin, {
        **who, "cleared": cleared, "key": key_id, "by": "recover-pins",
        "command": "recover-pins", "outcome": "done", "lounge": admin.lounge_id,
        "note": f"new PIN key {key_id}; {admin.name} got a new PIN; the PINs of "
                f"{cleared} other staff were cleared"})
