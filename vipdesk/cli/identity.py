"""Who runs a command that hands out personal data: a staff member's PIN, or the command line;
and for which lounge, when the database holds several.

    --staff NAME     the staff member running it (their name, or their staff number);
                     their PIN is read from the terminal without echo
    --pin-stdin      read the PIN from the first line of standard input instead (scripts)
    --lounge NAME|ID the lounge it runs for (:func:`lounge_for`): optional while the database
                     holds one lounge; with several, a command without it refuses (exit 1),
                     naming each lounge and its id in one line

The lounge's settings say which command groups need a PIN (Settings → Lounge); a
report or backup that needs none runs as the command line itself, and a run with
``--staff`` checks the PIN whatever the setting. Every run, refused ones too, is
recorded through :mod:`vipdesk.services.command_runs` with the OS account: a report
or backup first as "started" (:meth:`CommandLine.start`), and when that row cannot be
written nothing is written at all (exit 1), so no export leaves the desk unrecorded.

Exit status, as the commands' own: 2 when the command line lacks what is needed
(no ``--staff`` where a PIN is needed; no terminal to ask and no ``--pin-stdin``),
1 when the run is refused (unknown staff member, a wrong PIN, a role that may not).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NoReturn, TextIO

from peewee import Database

from vipdesk.cli.messages import one_line
from vipdesk.clock import Clock
from vipdesk.services.command_runs import (
    CommandGroup,
    CommandLineSession,
    Outcome,
    RunRecord,
    command_line_session,
    new_run,
    record_run,
)
from vipdesk.services.pin_key import load_pin_key
from vipdesk.services.session import ServiceError, Session
from vipdesk.services.setup import LoungeRef, lounge_named, lounges
from vipdesk.services.staff import act_as, authorise, staff_who_can_sign_in
from vipdesk.services.staff_list import StaffRow
from vipdesk.storage.paths import is_url
from vipdesk.storage.pin_key import resolve_key_path

USAGE_ERROR = 2
REFUSED = 1


class Refused(Exception):
    """The run may not go on; the one-line reason is already on stderr and in the audit."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--staff", metavar="NAME",
                        help="the staff member running this (name or staff number); "
                             "their PIN is asked for without echo")
    parser.add_argument("--pin-stdin", action="store_true",
                        help="read the PIN from the first line of standard input "
                             "(for scripted runs) instead of the terminal")
    add_lounge_option(parser)


LOUNGE_HELP = ("the lounge to run this for, by its name or id; needed only when the "
               "database holds several lounges (without it the command then refuses, "
               "naming them)")


def add_lounge_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lounge", metavar="NAME|ID", help=LOUNGE_HELP)


class LoungeNotChosen(Exception):
    """The database holds several lounges and ``--lounge`` named none of them; the message
    is the one line to say (after the command's name)."""


def lounge_for(session: Session, wanted: str | None) -> LoungeRef | None:
    """The lounge a command runs for: the one ``--lounge`` names (``wanted``), else the
    database's only lounge; None when it has none yet. :class:`LoungeNotChosen` when it
    holds several and ``wanted`` is missing, or names none of them."""
    choices = lounges(session)
    if not choices:
        return None
    if wanted is None or not wanted.strip():
        if len(choices) == 1:
            return choices[0]
        raise LoungeNotChosen(f"this database holds several lounges, so give --lounge NAME "
                              f"or ID: {_listed(choices)}")
    chosen = lounge_named(choices, wanted)
    if chosen is None:
        raise LoungeNotChosen(f"no lounge {wanted.strip()!r} in this database; its lounges "
                              f"are: {_listed(choices)}")
    return chosen


def _listed(choices: list[LoungeRef]) -> str:
    return ", ".join(f"{lounge.name} ({lounge.airport}, id {lounge.id})" for lounge in choices)


def os_account() -> tuple[str, int | None]:
    """The operating-system account running a command, and its uid where the OS has one,
    for the audit trail ("?" when the OS has no name for the uid, as in a container)."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "?"
    return name, os.getuid() if hasattr(os, "getuid") else None


@dataclass
class CommandLine:
    """One run of a command: who runs it (``session``) and its audit record so far."""

    session: CommandLineSession
    run: RunRecord
    prog: str
    stderr: TextIO

    @property
    def printed_by(self) -> str:
        """Who a report names as its printer."""
        account, staff = self.session.os_account, self.session.staff
        known = account != "?"
        if staff is not None:
            return f"{staff.name} (command line, {account})" if known else staff.name
        return f"scheduled job ({account})" if known else "scheduled job"

    def start(self, written: tuple[str, ...]) -> None:
        """Record the run as started, naming the files it is about to write, before any is
        written; :class:`Refused` (exit 1, one line) when the database will not take the row."""
        try:
            record_run(self.session, replace(self.run, outcome=Outcome.STARTED, written=written))
        except (ServiceError, OSError) as problem:
            self.stderr.write(f"{self.prog}: error: this run could not be recorded in the audit "
                              f"trail, so nothing was written: {one_line(problem)}\n")
            raise Refused(REFUSED) from None

    def record(self, outcome: Outcome, **what: Any) -> None:
        """Write the run's outcome to the audit trail; if the database refuses, say so and
        go on (the files are written by then, and its "started" row names them; the exit
        status stays the command's own)."""
        try:
            record_run(self.session, replace(self.run, outcome=outcome, **what))
        except (ServiceError, OSError) as problem:
            self.stderr.write(f"{self.prog}: warning: this run could not be recorded in the "
                              f"audit trail: {one_line(problem)}\n")


def identify(session: Session, group: CommandGroup, options: argparse.Namespace, *,
             run: RunRecord, stderr: TextIO, prog: str, pin_required: bool | None = None,
             stdin: TextIO | None = None) -> CommandLine:
    """The identity a command runs under on ``session``'s database, or :class:`Refused`.

    ``run`` is what the audit row says of the run so far (the command, the day);
    ``pin_required`` overrides the lounge's setting (see :mod:`vipdesk.cli.restore_check`).
    """
    name, uid = os_account()
    who = CommandLine(
        session=command_line_session(session, group, os_account=name, uid=uid,
                                     pin_required=pin_required),
        run=replace(run, run=run.run or new_run()), prog=prog, stderr=stderr)
    needs = not who.session.unattended
    if options.staff is None:
        if needs:
            _refuse(who, USAGE_ERROR, f"this lounge needs a staff PIN for {group.value}: "
                                      "give --staff NAME (and --pin-stdin in a script)")
        return who
    staff = _staff_named(who.session, options.staff)
    if staff is None:
        _refuse(who, REFUSED, f"no staff member {options.staff!r} can sign in here")
    pin = read_pin(f"PIN for {staff.name}: ", from_stdin=options.pin_stdin,
                   stdin=stdin or sys.stdin, stderr=stderr)
    if pin is None:
        _refuse(who, USAGE_ERROR, f"{group.value} needs {staff.name}'s PIN and there is no "
                                  "terminal to ask it on: give --pin-stdin and the PIN "
                                  "on standard input")
    _load_pin_key(who)
    try:
        result = authorise(who.session, staff.id, pin, group.permission)
    except ServiceError as problem:
        _refuse(who, REFUSED, str(problem))
    if not result.ok:
        _refuse(who, REFUSED, result.message, staff_name=staff.name)
    act_as(who.session, staff.id)
    return who


def _load_pin_key(who: CommandLine) -> None:
    """The installation's PIN key, needed to check a PIN; loaded only when one is given, so
    an unattended run never makes a key. A lost key is said as the desk says it."""
    if who.session.pin_key is not None:
        return
    database = getattr(who.session.db, "database", None)
    db_path = Path(database) if isinstance(database, str) and database != ":memory:" \
        and not is_url(database) else None  # a server's database has no folder here
    try:
        load_pin_key(who.session, resolve_key_path(), db_path)
    except ServiceError as problem:
        _refuse(who, REFUSED, str(problem))


def _staff_named(session: Session, wanted: str) -> StaffRow | None:
    """A staff member who signs in here, by staff number or by name (case ignored)."""
    people = staff_who_can_sign_in(session)
    text = " ".join(wanted.split())
    if text.isdigit():
        return next((s for s in people if s.id == int(text)), None)
    return next((s for s in people if s.name.casefold() == text.casefold()), None)


def read_pin(prompt: str, *, from_stdin: bool, stdin: TextIO, stderr: TextIO,
             ask: Callable[[str], str] | None = None) -> str | None:
    """A PIN: the first line of standard input with ``--pin-stdin``, else asked on the
    terminal without echo (``ask``; getpass on ``stderr`` by default). None when there is
    no terminal to ask on, or it closed (end of input)."""
    if from_stdin:
        return stdin.readline().rstrip("\r\n")
    try:
        if not stdin.isatty():
            return None
    except ValueError:  # a closed stream
        return None
    try:
        return (ask or (lambda text: getpass.getpass(text, stream=stderr)))(prompt)
    except EOFError:
        return None


def _refuse(who: CommandLine, status: int, reason: str, **what: object) -> NoReturn:
    who.stderr.write(f"{who.prog}: {reason}\n")
    who.record(Outcome.REFUSED, note=reason, **what)
    raise Refused(status)


# ---------------------------------------------------------------------------
# Commands that open the database themselves (backup)


@dataclass
class OpenedCommandLine:
    """An identity with the database it opened; close it when the run is recorded."""

    who: CommandLine
    db: Database

    def start(self, written: tuple[str, ...]) -> None:
        """:meth:`CommandLine.start`; when it refuses, the database is closed too."""
        try:
            self.who.start(written)
        except Refused:
            self.db.close()
            raise

    def finish(self, outcome: Outcome, **what: object) -> None:
        """Record how the run ended, and close the database."""
        try:
            self.who.record(outcome, **what)
        finally:
            self.db.close()


def open_and_identify(db_path: Path, clock: Clock, group: CommandGroup,
                      options: argparse.Namespace, *, command: str, stderr: TextIO,
                      prog: str) -> OpenedCommandLine:
    """Open the lounge database at ``db_path`` and :func:`identify` the run on it, for the
    lounge ``--lounge`` names (:func:`lounge_for`)."""
    from vipdesk.storage.database import open_database
    if not db_path.is_file():
        stderr.write(f"{prog}: error: There is no database at {db_path}.\n")
        raise Refused(REFUSED)
    try:
        db = open_database(db_path)
    except Exception as problem:  # noqa: BLE001 (damaged, newer, locked: one line)
        stderr.write(f"{prog}: error: cannot open the database {db_path}: "
                     f"{' '.join(str(problem).split())}\n")
        raise Refused(REFUSED) from None
    try:
        try:
            lounge = lounge_for(Session(db=db, clock=clock), options.lounge)
        except LoungeNotChosen as problem:
            stderr.write(f"{prog}: error: {problem}\n")
            raise Refused(REFUSED) from None
        if lounge is None:
            stderr.write(f"{prog}: error: the database {db_path} has no lounge set up yet\n")
            raise Refused(REFUSED)
        session = Session(db=db, clock=clock, lounge_id=lounge.id)
        who = identify(session, group, options, run=RunRecord(command=command), stderr=stderr,
                       prog=prog)
    except BaseException:
        db.close()
        raise
    return OpenedCommandLine(who=who, db=db)

