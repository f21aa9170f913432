"""``recover-pins``: IT's way back when the PIN key file is lost (run on the kiosk's account).

    vipdesk recover-pins --admin NAME [--db PATH] [--pin-stdin] [--lounge NAME|ID]

Makes a new PIN key, gives the named administrator a new PIN (asked twice,
without echo) and clears every other sign-in PIN: the administrator sets them
again in Staff. The old key file, if any, is kept aside, never deleted. Without
a terminal it refuses, unless ``--pin-stdin`` says the PIN comes on standard
input (one line) for a script. Exit status 0 done, 1 refused, 2 wrong options.

Refused while the key in place is the one the PINs were made with (nothing is
lost, and it would hand the administrator account to any shell user), and
while a desk is open on the database: it takes the desk's own lock
(``<real db path>.lock``, :mod:`vipdesk.gui.single_instance`) for its run.
Its audit row is listed with the command-line runs on the Reports screen.
"""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from vipdesk.cli.command_parser import CommandParser, Stop
from vipdesk.cli.identity import add_lounge_option, os_account, read_pin
from vipdesk.clock import Clock
from vipdesk.storage.paths import Target

PROG = "vipdesk recover-pins"


def run(args: Sequence[str], *, clock: Clock, stdin: TextIO, stdout: TextIO, stderr: TextIO,
        ask: Callable[[str], str] = getpass.getpass, environ: dict[str, str] | None = None) -> int:
    """``recover-pins --admin NAME [--db PATH] [--pin-stdin]``."""
    parser = CommandParser(prog=PROG, stdout=stdout, stderr=stderr,
                     description="When the PIN key file is lost: make a new key, give one "
                                 "administrator a new PIN and clear every other sign-in PIN "
                                 "(the administrator sets them again in Staff). Run it on the "
                                 "kiosk's own account, with the desk closed.")
    parser.add_argument("--admin", metavar="NAME", required=True,
                        help="the administrator who gets the new PIN, by name")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="the lounge database, a file or a postgresql:// URL")
    parser.add_argument("--pin-stdin", action="store_true",
                        help="read the new PIN from one line of standard input (for scripts)")
    add_lounge_option(parser)  # the administrator's lounge
    try:
        options = parser.parse_args(list(args))
    except Stop as stop:
        return stop.status
    if not options.pin_stdin and not stdin.isatty():
        stderr.write(f"{PROG}: error: not on a terminal, so the new PIN cannot be asked for "
                     "without showing it; run it in a terminal, or pass --pin-stdin and give "
                     "the PIN as one line of standard input.\n")
        return 1
    from vipdesk.storage.paths import is_url, real_target, resolve_target
    from vipdesk.storage.pin_key import resolve_key_path
    db_path = real_target(resolve_target(options.db, environ))
    if not is_url(db_path) and not Path(db_path).is_file():
        stderr.write(f"{PROG}: error: there is no database at {db_path}.\n")
        return 1
    try:
        pin = _new_pin(stdin, options.pin_stdin, ask, stderr)
    except KeyboardInterrupt:
        pin = None
    if pin is None:
        stderr.write(f"{PROG}: stopped; nothing was changed.\n")
        return 1
    if not pin and not options.pin_stdin:  # the second answer differed
        stderr.write(f"{PROG}: error: The two PINs differ; nothing was changed.\n")
        return 1
    return _with_desk_lock(db_path, stderr, lambda: _recover(
        db_path, resolve_key_path(environ), options.admin, pin, clock, stdout, stderr,
        lounge=options.lounge))


def _new_pin(stdin: TextIO, from_stdin: bool, ask: Callable[[str], str],
             stderr: TextIO) -> str | None:
    """The new PIN (:func:`vipdesk.cli.identity.read_pin`), asked twice on a terminal.
    None when the terminal closed; "" when the two answers differ."""
    def asked(prompt: str) -> str | None:
        return read_pin(prompt, from_stdin=from_stdin, stdin=stdin, stderr=stderr, ask=ask)

    first = asked("New PIN for the administrator (6 or more digits): ")
    if first is None or from_stdin:
        return first
    again = asked("The same PIN again: ")
    if again is None:
        return None
    return first if again == first else ""


def _with_desk_lock(db_path: Target, stderr: TextIO, recover: Callable[[], int]) -> int:
    """Run ``recover`` holding the desk's own lock on the database, or refuse: a desk left
    open would keep the old key in memory and the next sign-in would fail strangely. (On a
    server database only this PC's desk is seen: the key is this PC's account's.)"""
    from PySide6.QtCore import QLockFile

    from vipdesk.gui.single_instance import lock_path
    from vipdesk.storage.paths import make_private_folder
    from vipdesk.storage.server_url import shown
    with contextlib.suppress(OSError):  # if it cannot be made, tryLock says so below
        make_private_folder(lock_path(db_path).parent)  # a server's: the data folder
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # as the desk's: stale only when its process is gone
    if not lock.tryLock(0):
        if lock.error() == QLockFile.LockError.LockFailedError:
            stderr.write(f"{PROG}: error: VIP Desk is open on {shown(db_path)}; close it first, "
                         "then run recover-pins again. Nothing was changed.\n")
        else:
            stderr.write(f"{PROG}: error: cannot write the lock file {lock_path(db_path)}. "
                         "Nothing was changed.\n")
        return 1
    with contextlib.suppress(OSError):
        os.chmod(lock_path(db_path), 0o600)
    try:
        return recover()
    finally:
        lock.unlock()


def _recover(db_path: Target, key_path: Path, admin: str, pin: str, clock: Clock,
             stdout: TextIO, stderr: TextIO, *, lounge: str | None) -> int:
    from vipdesk.cli.identity import LoungeNotChosen, lounge_for
    from vipdesk.services.pin_key import recover_pins
    from vipdesk.services.session import ServiceError, Session
    from vipdesk.storage.database import open_database
    from vipdesk.storage.paths import is_url
    from vipdesk.storage.pin_key import is_within
    from vipdesk.storage.server_url import shown
    if not is_url(db_path) and is_within(key_path, Path(db_path).parent):
        stderr.write(f"{PROG}: error: the PIN key file {key_path} would be in the database's "
                     "folder, where backups take it along; set VIPDESK_PIN_KEY to a path "
                     "elsewhere (or unset it). Nothing was changed.\n")
        return 1
    try:
        db = open_database(db_path)
    except Exception as error:  # noqa: BLE001 (any failure to open: one line, never a trace)
        stderr.write(f"{PROG}: error: cannot open {shown(db_path)}: {error}\n")
        return 1
    try:
        name, uid = os_account()
        chosen = lounge_for(Session(db=db, clock=clock), lounge)
        done = recover_pins(Session(db=db, clock=clock,
                                    lounge_id=chosen.id if chosen is not None else None),
                            admin, pin, key_path, os_account=name, uid=uid)
    except LoungeNotChosen as problem:
        stderr.write(f"{PROG}: error: {problem}. Nothing was changed.\n")
        return 1
    except (ServiceError, OSError) as error:
        stderr.write(f"{PROG}: error: {error} Nothing was changed.\n")
        return 1
    finally:
        db.close()
    aside = f" The old key file is kept as {done.old_key_aside}." if done.old_key_aside else ""
    stdout.write(
        f"New PIN key written to {done.key_path}.{aside} {done.admin} can sign in with the new "
        f"PIN; the PINs of {done.cleared} other staff were cleared: {done.admin} sets them "
        "again in Staff. Keep a copy of the new key file where IT keeps secrets, apart from "
        "the database's backups.\n")
    return 0
