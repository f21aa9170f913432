"""Who may restore, checked where that can be done: the current database, else the backup.

A restore replaces every guest's record, so by default it needs an administrator's
PIN (Settings → Lounge, "Restore needs a staff PIN"). The PIN is checked against the
current database when it opens and has a lounge: its staff, their wrong-PIN count
and back-off, its setting, and its audit trail for a refusal.

Restore is also how a damaged or lost database is fixed, so it must stay possible
when the current database cannot be opened. Then the PIN is checked against the
backup being restored (in a private temporary copy, so the backup file is never
changed), and it is always asked for, whatever either file's setting says: nothing
trustworthy says otherwise. A wrong PIN there leaves no audit row (there is no
database to write it in) and its back-off dies with the copy.

When the current database is missing or damaged AND no PIN can be checked because
the PIN key file is missing, unreadable or another key (a new PC, or the key lost
with the database), the restore goes ahead without a PIN: nothing else could let
the lounge back in. Its audit row in the restored database says no PIN could be
checked and why, and the output tells IT the next step, ``recover-pins``. Then the
same conditions hold as for ``recover-pins`` itself: whoever can run it on this
account could run that.

This cannot stop someone who can already write the database's folder: they could
damage the current file to reach the second path with a backup whose PINs they know,
but they could as well read or replace the file itself; against them the protection
is the OS account, not a PIN. What the PIN stops is a casual shell user restoring
over a working lounge, and the audit row written into the restored database after
the restore names who did it, from which OS account, and where the old one was kept.
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from vipdesk.cli.identity import (
    REFUSED,
    CommandLine,
    LoungeNotChosen,
    Refused,
    identify,
    lounge_for,
    os_account,
)
from vipdesk.clock import Clock
from vipdesk.services.command_runs import (
    CommandGroup,
    Outcome,
    RunRecord,
    command_line_session,
    same_staff,
)
from vipdesk.services.pin_key import KeyInDatabaseFolder, PinKeyProblem, load_pin_key
from vipdesk.services.session import Session
from vipdesk.services.setup import LoungeRef
from vipdesk.storage.backup import BackupError, check_backup
from vipdesk.storage.copy_lounge import copy_read_only
from vipdesk.storage.pin_key import resolve_key_path

CURRENT = "current database"
BACKUP = "backup"


@dataclass(frozen=True)
class RestoreCheck:
    """Whose PIN allowed the restore (if any), and where it was checked."""

    staff_id: int | None
    staff_name: str
    checked_in: str  # CURRENT, BACKUP, or "" when no PIN was needed
    current_usable: bool  # the current database opened: a failed restore is recorded there
    restored_from: str  # the backup, as a full path
    prog: str
    stderr: TextIO
    note: str = ""  # why no PIN was checked, when none could be
    lounge: str | None = None  # the lounge the run is for (an id once checked), as --lounge

    def record(self, db_path: Path, clock: Clock, outcome: Outcome, **what: object) -> None:
        """Record the run in the database at ``db_path``: after a restore, the restored one.

        A failed restore is recorded in the current database, when it could be opened.
        """
        if outcome is not Outcome.DONE and not self.current_usable:
            return
        from vipdesk.storage.database import open_database
        try:
            db = open_database(db_path)
        except Exception as problem:  # noqa: BLE001 (one line, not a trace)
            self._warn(problem)
            return
        try:
            try:
                lounge = lounge_for(Session(db=db, clock=clock), self.lounge)
            except LoungeNotChosen as problem:
                self._warn(problem)
                return
            if lounge is None:
                self._warn("the database has no lounge")
                return
            name, uid = os_account()
            session = command_line_session(Session(db=db, clock=clock, lounge_id=lounge.id),
                                           CommandGroup.RESTORE, os_account=name, uid=uid)
            if self.staff_id is not None:
                session.staff = same_staff(self.staff_id, self.staff_name)
            who = CommandLine(session=session, prog=self.prog, stderr=self.stderr, run=RunRecord(
                command="restore", staff_name=self.staff_name, pin_checked_in=self.checked_in,
                restored_from=self.restored_from, note=self.note))
            who.record(outcome, **what)
        finally:
            db.close()

    def _warn(self, problem: object) -> None:
        self.stderr.write(f"{self.prog}: warning: this run could not be recorded in the audit "
                          f"trail: {' '.join(str(problem).split())}\n")


def check_restore(db_path: Path, backup: Path, options: argparse.Namespace, *, clock: Clock,
                  stderr: TextIO, prog: str) -> RestoreCheck:
    """Who runs this restore, or :class:`Refused` (said on stderr, audited where it can be)."""
    from vipdesk.storage.database import open_database
    current = None
    if db_path.is_file():
        with contextlib.suppress(Exception):
            current = open_database(db_path)
    if current is not None:
        try:
            lounge = _lounge(Session(db=current, clock=clock), options, stderr=stderr, prog=prog)
            if lounge is not None:
                who = _identify(Session(db=current, clock=clock, lounge_id=lounge.id),
                                options, stderr=stderr, prog=prog, pin_required=None)
                return _check(who, CURRENT, current_usable=True)
        finally:
            current.close()  # a restore is refused while any connection is open
    return _check_against_backup(db_path, backup, options, clock=clock, stderr=stderr,
                                 prog=prog)


def _check_against_backup(db_path: Path, backup: Path, options: argparse.Namespace, *,
                          clock: Clock, stderr: TextIO, prog: str) -> RestoreCheck:
    from vipdesk.storage.database import open_database
    try:
        check_backup(backup)  # the same refusal the restore itself would give
    except BackupError as problem:
        stderr.write(f"{prog}: error: {' '.join(str(problem).split())}\n")
        raise Refused(REFUSED) from None
    with tempfile.TemporaryDirectory(prefix="vipdesk-restore-check-") as folder:
        copy = Path(folder) / "check.sqlite3"
        try:
            copy_read_only(backup, copy)  # the backup file stays as it is
            db = open_database(copy)
        except Exception as problem:  # noqa: BLE001 (one line, not a trace)
            stderr.write(f"{prog}: error: {backup} cannot be read to check the PIN: "
                         f"{' '.join(str(problem).split())}\n")
            raise Refused(REFUSED) from None
        try:
            lounge = _lounge(Session(db=db, clock=clock), options, stderr=stderr, prog=prog)
            if lounge is None:
                stderr.write(f"{prog}: error: {backup} has no lounge, so no staff to check a "
                             "PIN against\n")
                raise Refused(REFUSED)
            session = Session(db=db, clock=clock, lounge_id=lounge.id)
            why = _no_pin_can_be_checked(session, db_path, stderr=stderr, prog=prog)
            if why is not None:
                return _without_a_pin(db_path, backup, why, stderr=stderr, prog=prog,
                                      lounge=lounge)
            who = _identify(session, options, stderr=stderr, prog=prog, pin_required=True)
            return _check(who, BACKUP, current_usable=False)
        finally:
            db.close()


def _no_pin_can_be_checked(session: Session, db_path: Path, *, stderr: TextIO,
                           prog: str) -> PinKeyProblem | None:
    """Why no PIN in the backup (bound) can be checked with this PC's key; None when one can
    (the key is loaded into ``session`` then, its messages naming the real ``db_path``)."""
    try:
        load_pin_key(session, resolve_key_path(), db_path)
    except KeyInDatabaseFolder as problem:  # a setting to correct, not a lost key
        stderr.write(f"{prog}: error: {problem}\n")
        raise Refused(REFUSED) from None
    except PinKeyProblem as problem:
        return problem
    return None


def _lounge(session: Session, options: argparse.Namespace, *, stderr: TextIO,
            prog: str) -> LoungeRef | None:
    """The lounge ``--lounge`` names in this database (:func:`lounge_for`), or :class:`Refused`."""
    try:
        return lounge_for(session, options.lounge)
    except LoungeNotChosen as problem:
        stderr.write(f"{prog}: error: {problem}\n")
        raise Refused(REFUSED) from None


def _without_a_pin(db_path: Path, backup: Path, why: PinKeyProblem, *, stderr: TextIO,
                   prog: str, lounge: LoungeRef) -> RestoreCheck:
    stderr.write(
        f"{prog}: no PIN could be checked for this restore: {why.reason}. As the current "
        f"database is missing or damaged, the restore goes ahead without a PIN, and the "
        f"restored database's audit trail records it. Next step, once restored: "
        f'vipdesk --db "{db_path}" recover-pins --admin NAME (a new PIN key and a new PIN for '
        f'that administrator; see "The PIN key" in the README).\n')
    return RestoreCheck(staff_id=None, staff_name="", checked_in="", current_usable=False,
                        restored_from=str(backup.absolute()), prog=prog, stderr=stderr,
                        note=f"no PIN could be checked: {why.reason}; next step: recover-pins",
                        lounge=str(lounge.id))


def _identify(session: Session, options: argparse.Namespace, *, stderr: TextIO, prog: str,
              pin_required: bool | None) -> CommandLine:
    run = RunRecord(command="restore",
                    restored_from=str(Path(options.file).expanduser().absolute()))
    return identify(session, CommandGroup.RESTORE, options, run=run, stderr=stderr, prog=prog,
                    pin_required=pin_required)


def _check(who: CommandLine, where: str, *, current_usable: bool) -> RestoreCheck:
    staff = who.session.staff
    return RestoreCheck(staff_id=staff.id if staff is not None else None,
                        staff_name=staff.name if staff is not None else "",
                        checked_in=where if staff is not None else "",
                        current_usable=current_usable, restored_from=who.run.restored_from,
                        prog=who.prog, stderr=who.stderr,
                        lounge=None if who.session.lounge_id is None
                        else str(who.session.lounge_id))

