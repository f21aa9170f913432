"""``copy``: move a lounge from its SQLite file into PostgreSQL, for several desks.

    vipdesk copy --from FILE.sqlite3 --to postgresql://user@host/dbname --staff NAME [--pin-stdin]
                 [--lounge NAME|ID]   whose administrator runs it, if the file holds several

The whole lounge leaves the file, so an administrator of that lounge runs it, always
with their PIN (whatever the lounge's PIN settings say). The file is never changed: it
is copied read-only into a private temporary file, which is checked as the desk checks
a file it opens and upgraded to this VIP Desk's schema there. The PIN is checked in
that copy, so a wrong PIN leaves no audit row (the user's file is not written) and its
back-off dies with the copy.

The target is created or upgraded by the same migrations as any desk's database, must
hold no lounge and no rows, and receives everything in one transaction, ids kept,
every table checked against the source (:mod:`vipdesk.storage.copy_lounge`). The run
is in the copied lounge's audit trail: "started" (written into the temporary copy, so
copied with it) and "done" (written into the target once the copy is committed).

Exit status: 0 when the copy is committed and checked; 2 for wrong options or a PIN
needed and no way to ask; 1 when it was refused or failed (the target then holds no
row of it). Every problem is one line on stderr.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from peewee import Database

from vipdesk.cli import identity
from vipdesk.cli.command_parser import CommandParser, Stop
from vipdesk.cli.messages import one_line
from vipdesk.clock import Clock
from vipdesk.services.command_runs import (
    CommandGroup,
    Outcome,
    RunRecord,
    command_line_session,
    same_staff,
)
from vipdesk.services.session import Session
from vipdesk.storage.copy_lounge import (
    CopyMismatch,
    CopyRefused,
    TableCopied,
    copy_lounge,
    copy_read_only,
)
from vipdesk.storage.database import is_server, open_database
from vipdesk.storage.server_url import shown

PROG = "vipdesk copy"
FAILED = 1


class Failed(Exception):
    """The copy stops; the message is the one line for stderr."""


def run(args: Sequence[str], *, clock: Clock, stdin: TextIO, stdout: TextIO,
        stderr: TextIO) -> int:
    """``copy --from FILE --to URL``: exit status 0 when the copy is committed and checked."""
    parser = CommandParser(
        prog=PROG, stdout=stdout, stderr=stderr,
        description="Copy a lounge from its SQLite file into an empty PostgreSQL database, "
                    "keeping every row's id, in one transaction, each table checked (rows "
                    "and a checksum) before it commits. The file is only read. Needs an "
                    "administrator of the lounge, with their PIN.",
        epilog="Example: vipdesk copy --from ~/vipdesk.sqlite3 --to "
               "postgresql://vipdesk@db.example/lounges --staff 'Ana Silva'")
    parser.add_argument("--from", dest="source", metavar="FILE", required=True,
                        help="the lounge's SQLite database file (only read)")
    parser.add_argument("--to", dest="target", metavar="URL", required=True,
                        help="the PostgreSQL database to copy into (postgresql://...); it is "
                             "set up if empty, and must hold no lounge")
    identity.add_options(parser)
    try:
        options = parser.parse_args(list(args))
        if not is_server(options.target):
            parser.error("--to must name a PostgreSQL database (postgresql://user@host/dbname)")
    except Stop as stop:
        return stop.status
    source = Path(options.source).expanduser()
    if is_server(options.source) or not source.is_file():
        stderr.write(f"{PROG}: error: there is no database file at {source}\n")
        return FAILED
    with tempfile.TemporaryDirectory(prefix="vipdesk-copy-") as folder:
        try:
            return _copy(source, Path(folder) / "source.sqlite3", options.target, options,
                         clock=clock, stdin=stdin, stdout=stdout, stderr=stderr)
        except identity.Refused as refused:
            return refused.status
        except Failed as failed:
            stderr.write(f"{PROG}: error: {failed}\n")
            return FAILED


def _copy(source: Path, scratch: Path, target_url: str, options: argparse.Namespace, *,
          clock: Clock, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    started = time.perf_counter()
    shown_target = shown(target_url)
    readable = _open_source(source, scratch)
    try:
        who = _identify(readable, options, clock=clock, stdin=stdin, stderr=stderr)
        who.start((shown_target,))  # in the copy: it reaches the target with the lounge
        stdout.write(f"Copying {source} into {shown_target}\n")
        target = _open_target(target_url)
        try:
            copied = _copy_checked(readable, target, stdout)
            _record_done(who, target, clock, shown_target)
        finally:
            target.close()
    finally:
        readable.close()
    stdout.write(summary(copied, time.perf_counter() - started))
    return 0


def _open_source(source: Path, scratch: Path) -> Database:
    """The source, copied read-only and opened (checked, upgraded) as the desk opens a file."""
    try:
        copy_read_only(source, scratch)
        db = open_database(scratch)
    except Exception as problem:  # noqa: BLE001 (not ours, damaged, newer: one line)
        raise Failed(f"cannot read {source} as a VIP Desk database: {one_line(problem)}") from None
    return db


def _identify(db: Database, options: argparse.Namespace, *, clock: Clock, stdin: TextIO,
              stderr: TextIO) -> identity.CommandLine:
    try:
        lounge = identity.lounge_for(Session(db=db, clock=clock), options.lounge)
    except identity.LoungeNotChosen as problem:
        raise Failed(str(problem)) from None
    if lounge is None:
        raise Failed("the file has no lounge set up, so there is nothing to copy")
    session = Session(db=db, clock=clock, lounge_id=lounge.id)
    return identity.identify(session, CommandGroup.COPY, options, run=RunRecord(command="copy"),
                             stderr=stderr, prog=PROG, pin_required=True, stdin=stdin)


def _open_target(url: str) -> Database:
    try:
        return open_database(url)
    except Exception as problem:  # noqa: BLE001 (unreachable, not ours, newer: one line)
        raise Failed(f"cannot open the target database: {one_line(problem)}") from None


def _copy_checked(source: Database, target: Database, stdout: TextIO) -> list[TableCopied]:
    def tell(table: TableCopied) -> None:
        done = "copied and checked" if table.checked else "so far"
        rows = "1 row" if table.rows == 1 else f"{table.rows:,} rows"
        stdout.write(f"  {table.table}: {rows} {done} ({table.seconds:.1f} s)\n")
        stdout.flush()
    try:
        return copy_lounge(source, target, progress=tell)
    except (CopyRefused, CopyMismatch) as problem:
        raise Failed(str(problem)) from None
    except Exception as problem:  # noqa: BLE001 (a value the server refuses: one line)
        raise Failed(f"the copy failed and was rolled back, nothing was copied: "
                     f"{one_line(problem)}") from None


def _record_done(who: identity.CommandLine, target: Database, clock: Clock,
                 shown_target: str) -> None:
    """The run's outcome, in the copied lounge's audit trail (the target's, now bound: the
    lounge keeps its id)."""
    name, uid = identity.os_account()
    session = command_line_session(Session(db=target, clock=clock,
                                           lounge_id=who.session.lounge_id),
                                   CommandGroup.COPY, os_account=name, uid=uid,
                                   pin_required=True)
    staff = who.session.staff
    if staff is not None:
        session.staff = same_staff(staff.id, staff.name)
    identity.CommandLine(session=session, run=who.run, prog=PROG,
                         stderr=who.stderr).record(Outcome.DONE, written=(shown_target,))


def summary(copied: list[TableCopied], seconds: float) -> str:
    """The closing table: each table's rows and its checksum verdict, and the time taken."""
    lines = [f"{'table':<16} {'rows':>10}  checksum"]
    lines += [f"{table.table:<16} {table.rows:>10,}  OK" for table in copied]
    total = sum(table.rows for table in copied)
    lines.append(f"Copied {total:,} rows in {len(copied)} tables in {seconds:.1f} s; "
                 "every table's rows and checksum match the source.")
    return "\n".join(lines) + "\n"

