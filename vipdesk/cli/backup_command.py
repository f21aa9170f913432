"""``backup`` and ``restore``: a copy of the lounge database made, or put back, from a shell.

    vipdesk backup --out FILE [--db PATH] [--force]
                                              FILE may be a folder: vipdesk-<UTC time>.sqlite3 in it
    vipdesk restore FILE [--db PATH]          the current database is kept aside, never lost
    ... --staff NAME [--pin-stdin]            run it as a staff member (restore asks by default)

Every run is recorded in the audit trail (see vipdesk.cli.identity and restore_check):
a backup before the copy is made, and no copy is made when that row cannot be written.

On a PostgreSQL database both refuse, saying to use ``pg_dump``/``pg_restore``: the
server's own tools back up a database several desks write at once.

The database is ``--db``, else ``$VIPDESK_DB``, else the per-user default. Every
problem is one line on stderr: exit status 1 when the backup or restore failed
(a bad path, a file that is not a VIP Desk database, the desk still open on
it, a wrong PIN), 2 for wrong options or a PIN needed and no way to ask for it.
Restore changes nothing but the audit trail when it refuses.

``backup`` never writes over a folder, device, FIFO, link or any database (a live
one above all); an existing file only with ``--force``
(:mod:`vipdesk.storage.guarded_files`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from vipdesk.cli import identity
from vipdesk.cli.command_parser import CommandParser, Stop
from vipdesk.cli.messages import refusal
from vipdesk.cli.restore_check import check_restore
from vipdesk.clock import Clock
from vipdesk.services.command_runs import CommandGroup, Outcome
from vipdesk.storage.backup import (
    BackupError,
    backup_name,
    backup_to,
    database_stem,
    restore_from,
)
from vipdesk.storage.guarded_files import FileRefused, Replace, check_output
from vipdesk.storage.paths import is_url, real_path, resolve_target
from vipdesk.storage.server_url import SERVER_BACKUPS


def run_backup(args: Sequence[str], *, clock: Clock, stdout: TextIO, stderr: TextIO) -> int:
    """``backup --out FILE [--db PATH]``: exit status 0 when the checked copy is in place."""
    parser = CommandParser(prog="vipdesk backup", stdout=stdout, stderr=stderr,
                     description="Copy the lounge database with SQLite's backup API, check "
                                 "the copy, and write it to FILE.")
    parser.add_argument("--out", metavar="FILE", required=True,
                        help="the backup file to write, or a folder to write it in")
    parser.add_argument("--db", metavar="PATH", help="the database to back up (an SQLite file)")
    parser.add_argument("--force", action="store_true",
                        help="replace an existing file at FILE (never a database, a device, "
                             "a link or a folder)")
    identity.add_options(parser)
    try:
        options = parser.parse_args(list(args))
    except Stop as stop:
        return stop.status
    if (db_path := _sqlite_file(options.db, "backup", stderr)) is None:
        return 1
    try:
        run = identity.open_and_identify(db_path, clock, CommandGroup.BACKUP, options,
                                         command="backup", stderr=stderr, prog="vipdesk backup")
    except identity.Refused as refused:
        return refused.status
    out = Path(options.out).expanduser()
    if out.is_dir():
        out = out / backup_name(clock.now(), database_stem(db_path))
    replace = Replace.FILE if options.force else Replace.NOTHING
    try:
        check_output(out, replace)  # before the copy, with a message that can name --force
        run.start((str(out.absolute()),))  # no row, no copy
        written = backup_to(db_path, out, replace=replace, checked=True)
    except identity.Refused as refused:
        return refused.status
    except FileRefused as refused:
        stderr.write(f"vipdesk backup: error: {refusal(refused)}\n")
        run.finish(Outcome.FAILED, note=str(refused))
        return 1
    except (BackupError, OSError) as problem:
        stderr.write(f"vipdesk backup: error: {_one_line(problem)}\n")
        run.finish(Outcome.FAILED, note=_one_line(problem))
        return 1
    run.finish(Outcome.DONE, written=(str(written.absolute()),))
    stdout.write(f"Backup of {db_path} written to {written} "
                 f"({_size(written.stat().st_size)}, checked).\n")
    return 0


def run_restore(args: Sequence[str], *, clock: Clock, stdout: TextIO, stderr: TextIO) -> int:
    """``restore FILE [--db PATH]``: exit status 0 when the backup is the database now."""
    parser = CommandParser(prog="vipdesk restore", stdout=stdout, stderr=stderr,
                     description="Check a backup and put it in place of the lounge database; "
                                 "the current database is kept aside beside it.")
    parser.add_argument("file", metavar="FILE", help="the backup to restore")
    parser.add_argument("--db", metavar="PATH", help="the database to replace (an SQLite file)")
    identity.add_options(parser)
    try:
        options = parser.parse_args(list(args))
    except Stop as stop:
        return stop.status
    if (db_path := _sqlite_file(options.db, "restore", stderr)) is None:
        return 1
    try:
        who = check_restore(db_path, Path(options.file).expanduser(), options, clock=clock,
                            stderr=stderr, prog="vipdesk restore")
    except identity.Refused as refused:
        return refused.status
    try:
        aside = restore_from(Path(options.file).expanduser(), db_path, clock.now())
    except (BackupError, OSError) as problem:
        stderr.write(f"vipdesk restore: error: {_one_line(problem)}\n")
        who.record(db_path, clock, Outcome.FAILED, note=_one_line(problem))
        return 1
    who.record(db_path, clock, Outcome.DONE, kept_aside=str(aside) if aside else "")
    kept = f"; the previous database is kept as {aside}" if aside else ""
    _note_in_the_desk_log(db_path, f"restored {options.file} into {db_path}{kept}")
    stdout.write(f"Restored {options.file} into {db_path}{kept}.\n")
    return 0


def _sqlite_file(db: str | None, command: str, stderr: TextIO) -> Path | None:
    """The database file's real path (its backups and log: the real file's); None, said on
    ``stderr``, when the database is on a PostgreSQL server."""
    target = resolve_target(db)
    if is_url(target):
        stderr.write(f"vipdesk {command}: error: {SERVER_BACKUPS}\n")
        return None
    return real_path(Path(target))


def _note_in_the_desk_log(db_path: Path, line: str) -> None:
    """A restore changes what the desk will open: IT finds it in the desk's log next time."""
    from vipdesk.desk_log import log, start_log, stop_log
    if start_log(db_path) is not None:
        log.info(line)
        stop_log()


def _one_line(problem: Exception) -> str:
    if isinstance(problem, OSError) and problem.strerror:
        where = f" ({problem.filename})" if problem.filename else ""
        return f"{problem.strerror}{where}."
    return " ".join(str(problem).split())


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
