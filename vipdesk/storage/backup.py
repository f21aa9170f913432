"""Backups that restore: made with SQLite's online backup API, checked, and renamed into place.

Never a file copy: copying a live database file (and its write-ahead log) while
the desk writes can capture a half-written state. The backup API reads a
consistent snapshot through SQLite itself; in WAL mode that read does not stop
the desk from writing.

Each backup is written to a temporary file in the destination folder, checked
(:func:`vip_desk_problem`: our schema and nothing more, ``quick_check``, then the
values that steer the desk, all bounded in time and memory), switched
from WAL to a plain rollback journal so it is one self-contained file, flushed
to disk, and only then renamed over its final name; the folder is flushed too,
so a power cut leaves either the old file or the whole new one.

A fresh copy gets ``quick_check`` (every page read, every b-tree and record well
formed: a copy that cannot be read back is never kept), not ``integrity_check``
and ``foreign_key_check``: on a year of history those two read every index against
its table and cost 8-10 times the copy itself (issue 12). But a restore runs them
(:func:`check_backup`), and a copy is page for page the live file: a stale index or
dangling rows there would be in every backup, all refused on the day of need. So the
schedule checks one backup a day thoroughly (the first made when none of the last
:data:`THOROUGH_EVERY` has been), marks it with a ``.checked`` file beside it, and
rotation never deletes the newest backup so marked.

Everything here opens its own ``sqlite3`` connection and holds no Qt and no
shared state, so the desk runs :func:`run_scheduled_backup` on a worker thread
(the GUI thread must never wait for a copy of the whole database).

The backup copies in one step by default (``pages=-1``). The API restarts a
stepwise copy whenever another connection writes between steps, so on a busy
desk small steps may never finish; one step is one read transaction, which in
WAL mode blocks nobody.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, PostgresqlDatabase

from vipdesk.storage import untrusted
from vipdesk.storage.database import BUSY_TIMEOUT_SECONDS, sqlite_connection
from vipdesk.storage.guarded_files import (
    SQLITE_HEADER,
    FileRefused,
    Replace,
    check_output,
    fsync_folder,
    place,
)
from vipdesk.storage.paths import make_private_folder
from vipdesk.storage.schema_check import NotOurs, check_schema
from vipdesk.storage.server_url import SERVER_BACKUPS
from vipdesk.storage.trouble import Trouble, trouble_of
from vipdesk.storage.value_check import value_problem

UTC = dt.UTC
DANGLING_SHOWN = 100  # rows of foreign_key_check read to name the tables
DEFAULT_STEM = "vipdesk"  # the default database, vipdesk.sqlite3
STAMP_FORMAT = "%Y%m%d-%H%M%S"
TEMP_PREFIX = ".vipdesk-copy-"
LEFTOVER_AGE = dt.timedelta(hours=1)  # a temporary copy this old was left by a crash
ROOM_FACTOR = 2  # a scheduled backup needs twice the database's size free
START_UP_GAP = dt.timedelta(minutes=10)  # a start-up backup is skipped when one is this fresh
TEMP_SUFFIX = ".tmp"
SIDECARS = ("-wal", "-shm", "-journal")
THOROUGH_EVERY = dt.timedelta(hours=24)  # a backup checked as a restore checks it, this often
CHECKED_SUFFIX = ".checked"  # beside a backup that passed that check

Source = Path | str | sqlite3.Connection | Database


class BackupError(Exception):
    """A backup or restore that could not be done; the message is one line for a person."""


# ---------------------------------------------------------------------------
# Names and folders


def default_backup_folder(db_path: Path) -> Path:
    """``<database folder>/backups/``."""
    return Path(db_path).parent / "backups"


def database_stem(db_path: Path) -> str:
    """The database's file name without its suffix: backups of ``training.sqlite3`` are
    ``training-….sqlite3``, so databases sharing a folder never rotate each other's."""
    return Path(db_path).stem


def backup_name(moment: dt.datetime, stem: str = DEFAULT_STEM) -> str:
    """``<stem>-YYYYMMDD-HHMMSS.sqlite3``, in UTC."""
    if moment.tzinfo is None:
        raise ValueError("backup_name needs a timezone-aware time; use the clock")
    return f"{stem}-{moment.astimezone(UTC).strftime(STAMP_FORMAT)}.sqlite3"


def backup_time(name: str, stem: str = DEFAULT_STEM) -> dt.datetime | None:
    """When a backup of the ``stem`` database with this file name was made, or None for any
    other file (another database's backups among them)."""
    match = re.fullmatch(rf"{re.escape(stem)}-(\d{{8}}-\d{{6}})\.sqlite3", name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def backups_in(folder: Path, stem: str = DEFAULT_STEM) -> dict[dt.datetime, Path]:
    """The ``stem`` database's backups in a folder by the time in their names."""
    found: dict[dt.datetime, Path] = {}
    if folder.is_dir():
        for path in folder.iterdir():
            stamp = backup_time(path.name, stem)
            if stamp is not None and path.is_file():
                found[stamp] = path
    return found


def backups_of(db_path: Path, folder: Path) -> dict[dt.datetime, Path]:
    """This database's backups in ``folder``. Before names carried the database, every
    backup was ``vipdesk-…``: for a database named otherwise, with no ``vipdesk.sqlite3``
    beside it, those are its own, kept in its rotation (and expired by its retention)."""
    stem = database_stem(db_path)
    found = backups_in(folder, stem)
    if stem != DEFAULT_STEM and not Path(db_path).with_name(f"{DEFAULT_STEM}.sqlite3").exists():
        found = {**backups_in(folder, DEFAULT_STEM), **found}
    return found


# ---------------------------------------------------------------------------
# Checking a file


def vip_desk_problem(path: Path, *, seconds: float | None = None,
                     thorough: bool = True) -> str | None:
    """What is wrong with the file at ``path`` as a VIP Desk database, or None when nothing is.

    Read as a stranger's file (:mod:`untrusted`: read-only, bounded): first its whole schema
    against the one our migrations make (nothing of the file's own SQL runs before that),
    then ``integrity_check`` and ``foreign_key_check`` (not ``thorough``: ``quick_check``
    only, for a copy we have just made), then the values that steer the desk
    (:mod:`value_check`), within ``seconds`` (by default :func:`untrusted.time_limit_for`
    its size).
    """
    seconds = untrusted.time_limit_for(path) if seconds is None else seconds
    try:
        with _closing(untrusted.open_read_only(path)) as connection, \
                untrusted.time_limit(connection, seconds):
            check_schema(connection)
            check = "integrity_check" if thorough else "quick_check"
            rows = connection.execute(f"PRAGMA {check}").fetchall()
            if rows != [("ok",)]:
                return f"it is damaged ({rows[0][0] if rows else 'no answer'})"
            dangling = connection.execute("PRAGMA foreign_key_check").fetchmany(
                DANGLING_SHOWN) if thorough else []
            if dangling:
                tables = sorted({str(table) for table, *_ in dangling})
                return (f"it is damaged (rows of {', '.join(tables)} point at rows that are "
                        "not there)")
            if problem := value_problem(connection):
                return f"it holds a value VIP Desk never writes: {problem}"
    except (NotOurs, untrusted.TooCostly) as problem:
        return str(problem)
    except sqlite3.DatabaseError as error:
        return f"it is damaged ({error})"
    return None


def check_backup(path: Path) -> None:
    """Refuse anything that is not a sound VIP Desk database, with a message saying why."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"There is no file at {path}.")
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise BackupError(f"{path} cannot be read: {error.strerror or error}.") from None
    if header != SQLITE_HEADER:
        raise BackupError(f"{path} is not a VIP Desk backup: it is not an SQLite database.")
    problem = vip_desk_problem(path)
    if problem:
        raise BackupError(f"{path} is not a usable VIP Desk backup: {problem}.")


# ---------------------------------------------------------------------------
# Making a backup


def backup_to(source: Source, out: Path, *, pages: int = -1,
              replace: Replace = Replace.NOTHING, checked: bool = False,
              thorough: bool = False) -> Path:
    """Copy the database into ``out`` with the online backup API; returns ``out``.

    ``source`` is a database path (opened here, on this thread) or an open
    connection (``sqlite3`` or peewee) used on the thread that owns it.
    ``out`` is checked first (unless the caller has, ``checked``) and again at the
    rename, the check that counts (see :mod:`vipdesk.storage.guarded_files`): never a
    folder, device, link or any database (unless ``replace`` is ``OWN_BACKUP``: then a
    closed one), nor an existing file unless ``replace`` allows it. The copy is checked
    with ``quick_check``, or (``thorough``) as a restore checks it.
    """
    out = Path(out)
    if not out.parent.is_dir():
        raise BackupError(f"The folder {out.parent} does not exist.")
    try:
        if not checked:
            check_output(out, replace)  # before the copy's work, not instead of the last one
        with _source(source) as connection:
            _copy_checked(connection, out, pages=pages, replace=replace, thorough=thorough)
    except FileRefused as refused:
        raise BackupError(f"The backup was not written: {refused}.") from refused
    return out


def _copy_checked(connection: sqlite3.Connection, out: Path, *, pages: int = -1,
                  replace: Replace = Replace.NOTHING, thorough: bool = False) -> None:
    """Copy, check, flush and rename into place; on any failure, leave nothing behind."""
    temporary = _temporary_in(out.parent)
    try:
        with _closing(sqlite3.connect(temporary)) as copy:
            connection.backup(copy, pages=pages)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        problem = vip_desk_problem(temporary, thorough=thorough)
        if problem:
            raise BackupError(f"The copy did not check out, so it was not kept: {problem}.")
        _fsync_file(temporary)
        place(temporary, out, replace)  # checked again; never renamed over what it refuses
    except sqlite3.Error as error:
        _remove(temporary)
        raise BackupError(f"The database could not be copied: {error}.") from None
    except BaseException:
        _remove(temporary)
        raise


@contextlib.contextmanager
def _source(source: Source) -> Iterator[sqlite3.Connection]:
    if isinstance(source, sqlite3.Connection):
        yield source
    elif isinstance(source, PostgresqlDatabase):
        raise BackupError(SERVER_BACKUPS)
    elif isinstance(source, Database):
        yield sqlite_connection(source)
    else:
        path = Path(source)
        if not path.is_file():
            raise BackupError(f"There is no database at {path}.")
        try:
            connection = _open(path)
        except sqlite3.Error as error:
            raise BackupError(f"The database at {path} cannot be opened: {error}.") from None
        with _closing(connection):
            yield connection


# ---------------------------------------------------------------------------
# Rotation

KEEP_NEWEST = 7  # rotation never deletes the newest seven backups, whatever the clock says


@dataclass(frozen=True)
class BackupPolicy:
    """How often to back up and which backups to keep.

    Kept: every backup of the last 24 hours, the newest of each of the last
    ``keep_daily`` UTC days (today included), the newest of each of the last
    ``keep_weekly`` ISO weeks (this week included). ``max_age_days``, when set
    (to the lounge's retention period), deletes anything older whatever the
    rest says: a backup must not keep personal data the database has let go.
    Above all that, whatever the clock says (:func:`backups_to_keep`): the
    newest ``keep_newest`` backups, the newest ``keep_newest`` not dated after
    now, and every backup dated after now.
    """

    every_hours: float = 4
    keep_daily: int = 14
    keep_weekly: int = 8
    max_age_days: int | None = None
    keep_newest: int = KEEP_NEWEST


@dataclass(frozen=True)
class ScheduledBackup:
    """What one run of the schedule did."""

    made: Path | None  # None when a recent backup made a new one unnecessary
    deleted: tuple[Path, ...]
    kept: tuple[Path, ...]


def backup_due(stamps: Iterable[dt.datetime], now: dt.datetime, every_hours: float, *,
               at_start_up: bool = False) -> bool:
    """No backup, or the newest is ``every_hours`` old (one dated in the future does not
    count, but one dated less than ``every_hours`` after now does: made by this desk
    under a clock a little ahead, or with the clock far behind, every check would
    otherwise make a copy, never rotated away while the clock is in doubt).

    At start-up the newest need only be ``START_UP_GAP`` old: every start backs
    up, yet a desk restarted three times in a row makes one copy, not three.
    """
    gap = dt.timedelta(hours=every_hours)
    if at_start_up:
        gap = min(gap, START_UP_GAP)
    near = [stamp for stamp in stamps if now - gap < stamp < now + gap]
    return not near


def backups_to_keep(stamps: Iterable[dt.datetime], now: dt.datetime,
                    policy: BackupPolicy) -> set[dt.datetime]:
    """Which of these backup times to keep under the policy (the rest are deleted).

    Whatever ``now`` is, the newest ``policy.keep_newest`` are kept, so nothing
    deleted is newer than the newest kept; so are the newest ``keep_newest`` not
    dated after now (a clock that was once ahead dated some in the future: they
    must not crowd out the real ones) and everything dated after now (nobody
    can tell how old it is).
    """
    stamps = [stamp.astimezone(UTC) for stamp in stamps]
    now = now.astimezone(UTC)
    return _by_policy(stamps, now, policy) | _never_deleted(stamps, now, policy.keep_newest)


def _never_deleted(stamps: list[dt.datetime], now: dt.datetime, newest: int) -> set[dt.datetime]:
    ordered = sorted(stamps, reverse=True)
    past = [stamp for stamp in ordered if stamp <= now]
    return set(ordered[:newest]) | set(past[:newest]) | {s for s in ordered if s > now}


def _by_policy(stamps: list[dt.datetime], now: dt.datetime,
               policy: BackupPolicy) -> set[dt.datetime]:
    """The days-and-weeks schedule, and the retention period's limit."""
    keep = {stamp for stamp in stamps if stamp > now - dt.timedelta(hours=24)}

    first_day = now.date() - dt.timedelta(days=policy.keep_daily - 1)
    keep |= _newest_per(stamps, lambda stamp: stamp.date(),
                        lambda day: first_day <= day <= now.date())

    def monday(day: dt.date) -> dt.date:
        return day - dt.timedelta(days=day.weekday())

    this_week = monday(now.date())
    first_week = this_week - dt.timedelta(weeks=policy.keep_weekly - 1)
    keep |= _newest_per(stamps, lambda stamp: monday(stamp.date()),
                        lambda week: first_week <= week <= this_week)

    if policy.max_age_days is not None:
        oldest = now - dt.timedelta(days=policy.max_age_days)
        keep = {stamp for stamp in keep if stamp >= oldest}
    return keep


def _newest_per(stamps: list[dt.datetime], period: Callable[[dt.datetime], dt.date],
                wanted: Callable[[dt.date], bool]) -> set[dt.datetime]:
    """The newest stamp of each period (a day, a week) that ``wanted`` accepts."""
    newest: dict[Hashable, dt.datetime] = {}
    for stamp in stamps:
        key = period(stamp)
        if wanted(key) and (key not in newest or stamp > newest[key]):
            newest[key] = stamp
    return set(newest.values())


def run_scheduled_backup(db_path: Path, folder: Path, now: dt.datetime,
                         policy: BackupPolicy = BackupPolicy(), *,
                         at_start_up: bool = False, clock_agrees: bool = True) -> ScheduledBackup:
    """Back up when due (see :func:`backup_due`), then delete the backups the policy
    no longer keeps.

    For start-up (``at_start_up``) and a timer every few minutes, on a worker
    thread: it opens its own connection and may take seconds on a big database.
    A copy left half written by a crash or power cut is removed first. With
    ``clock_agrees`` False (the PC's clock disagrees with the time the database
    has seen: services/clock_check.py) a backup is still made when due, but
    nothing is deleted: no rotation, no left-over copies (judged by their age).
    """
    folder, stem = Path(folder), database_stem(db_path)
    make_private_folder(folder)
    if clock_agrees:
        _remove_leftovers(folder, now)
    existing = backups_of(db_path, folder)
    checked = {stamp for stamp, path in existing.items() if checked_mark(path).exists()}
    made = None
    if backup_due(existing, now, policy.every_hours, at_start_up=at_start_up):
        _check_room_for(db_path, folder)
        stamp = now.astimezone(UTC).replace(microsecond=0)
        thorough = not any(now - THOROUGH_EVERY < moment <= now for moment in checked)
        made = backup_to(db_path, folder / backup_name(stamp, stem), replace=Replace.OWN_BACKUP,
                         thorough=thorough)
        existing[stamp] = made
        if thorough:
            checked.add(stamp)
            with contextlib.suppress(OSError):  # unmarked: the next one is checked again
                checked_mark(made).touch()
    keep = backups_to_keep(existing, now, policy) if clock_agrees else set(existing)
    keep |= _newest_checked(checked, now)
    deleted, kept = [], []
    for stamp, path in sorted(existing.items()):
        if stamp in keep or path == made:
            kept.append(path)
            continue
        try:
            path.unlink()
            checked_mark(path).unlink(missing_ok=True)
            deleted.append(path)
        except FileNotFoundError:
            pass
        except OSError:
            kept.append(path)  # in use (Windows) or read-only: try again next time
    return ScheduledBackup(made=made, deleted=tuple(deleted), kept=tuple(kept))


def checked_mark(backup: Path) -> Path:
    """The empty file beside a backup that passed the check a restore makes."""
    return backup.with_name(backup.name + CHECKED_SUFFIX)


def _newest_checked(checked: set[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Never deleted: the newest backup a restore will accept (and the newest not dated
    after now, should a clock once ahead have dated one in the future)."""
    past = [stamp for stamp in checked if stamp <= now]
    return {max(found) for found in (checked, past) if found}


# ---------------------------------------------------------------------------
# Restoring


def restore_from(backup: Path, db_path: Path, now: dt.datetime) -> Path | None:
    """Put a backup in place of the database; returns where the old database was kept.

    The backup is checked first; a file that is not a sound VIP Desk database is
    refused and nothing changes. The backup is copied (backup API) to a
    temporary file beside the database and checked again. The current database
    is checkpointed and copied aside as ``<name>.before-restore-<UTC time>.sqlite3``;
    if it cannot even be opened, it is renamed aside with its ``-wal`` and
    ``-shm`` files. Then the copy is renamed over the database in one step.
    Refused while any other program has the database open. None is returned
    when there was no database to keep.
    """
    backup, db_path = Path(backup), Path(db_path)
    _refuse_the_database_itself(backup, db_path)
    check_backup(backup)
    folder = db_path.parent
    folder.mkdir(parents=True, exist_ok=True)
    incoming = _temporary_in(folder)
    aside: Path | None = None
    try:
        with _closing(untrusted.open_read_only(backup)) as source, \
                _closing(sqlite3.connect(incoming)) as copy:
            source.backup(copy)
            _check_search_index(copy)
        problem = vip_desk_problem(incoming)
        if problem:
            raise BackupError(f"{backup.name} could not be copied soundly: {problem}.")
        _fsync_file(incoming)
        if db_path.exists():
            aside = _keep_aside(db_path, now)
        os.replace(incoming, db_path)
        fsync_folder(folder)
    except sqlite3.Error as error:
        _remove(incoming)
        raise BackupError(f"{backup.name} could not be restored: {error}.") from None
    except BaseException:
        _remove(incoming)
        raise
    return aside


def _check_search_index(copy: sqlite3.Connection) -> None:
    """FTS5's own check of the complaints search index (migration 0013), which ``PRAGMA
    integrity_check`` does not look into (a damaged index fails every search). It is a write
    statement, so it runs on the copy, whose schema the check before has found to be ours;
    about 0.3 s on a year of items."""
    if copy.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                    " AND name = 'complaint_search'").fetchone():
        copy.execute("INSERT INTO complaint_search (complaint_search) VALUES ('integrity-check')")


def _refuse_the_database_itself(backup: Path, db_path: Path) -> None:
    """Restoring the database onto itself (by its name, a symlink or a hard link) would keep
    it aside and put a copy of itself back: refused, as surely a mistake."""
    with contextlib.suppress(OSError):
        if os.path.samefile(backup, db_path):
            raise BackupError(f"{backup} is the database itself ({db_path}); "
                              "choose a backup to restore.")


def aside_name(db_path: Path, now: dt.datetime) -> Path:
    """``<name>.before-restore-YYYYMMDD-HHMMSS.sqlite3`` beside the database, not yet taken."""
    stamp = now.astimezone(UTC).strftime(STAMP_FORMAT)
    candidate = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}.sqlite3")
    number = 1
    while candidate.exists():
        number += 1
        candidate = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}-{number}.sqlite3")
    return candidate


def _keep_aside(db_path: Path, now: dt.datetime) -> Path:
    aside = aside_name(db_path, now)
    if not _sqlite_header(db_path):
        # Not a database at all: opening it would let SQLite tidy its -wal away.
        return _rename_aside(db_path, aside)
    try:
        with _closing(_open(db_path)) as connection:
            busy, *_ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:
                raise BackupError(_IN_USE.format(path=db_path))
            _copy_aside(connection, aside)
    except sqlite3.DatabaseError as error:
        _remove(aside)
        if trouble_of(error) is not Trouble.DAMAGED:
            raise BackupError(f"The database {db_path} cannot be read now: {error}.") from None
        return _rename_aside(db_path, aside)  # damaged: keep what is left of it as it is
    # The last connection to close removes -wal and -shm; if they are still
    # there, another program has the database open and would keep writing to it.
    if any(Path(f"{db_path}{suffix}").exists() for suffix in ("-wal", "-shm")):
        _remove(aside)
        raise BackupError(_IN_USE.format(path=db_path))
    return aside


def _sqlite_header(path: Path) -> bool:
    """Starts as an SQLite database does (an empty file is an empty database too)."""
    with path.open("rb") as file:
        header = file.read(100)
    return not header or (len(header) == 100 and header.startswith(SQLITE_HEADER))


_IN_USE = ("The database {path} is open in another program (is VIP Desk running?); "
           "close it and restore again.")


def _copy_aside(connection: sqlite3.Connection, aside: Path) -> None:
    temporary = _temporary_in(aside.parent)
    try:
        with _closing(sqlite3.connect(temporary)) as copy:
            connection.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        _fsync_file(temporary)
        os.replace(temporary, aside)
    except BaseException:
        _remove(temporary)
        raise


def _rename_aside(db_path: Path, aside: Path) -> Path:
    for suffix in ("", *SIDECARS):
        current = Path(f"{db_path}{suffix}")
        if current.exists():
            os.replace(current, Path(f"{aside}{suffix}"))
    fsync_folder(db_path.parent)
    return aside


# ---------------------------------------------------------------------------
# Files


def _open(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to an existing file only (never creates one)."""
    mode = "ro" if read_only else "rw"
    uri = f"{Path(path).resolve().as_uri()}?mode={mode}"
    connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    return connection


@contextlib.contextmanager
def _closing(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Close the connection (``with sqlite3.connect()`` alone only ends the transaction)."""
    try:
        yield connection
    finally:
        connection.close()


def _check_room_for(db_path: Path, folder: Path) -> None:
    """Refuse a copy that would take more than half the free space: on the desk's own disk
    the check-ins written meanwhile need the rest."""
    size = sum(Path(f"{db_path}{suffix}").stat().st_size
               for suffix in ("", "-wal") if Path(f"{db_path}{suffix}").exists())
    free = shutil.disk_usage(folder).free
    if free < ROOM_FACTOR * size:
        raise BackupError(f"Not enough free space in {folder} for a backup: it needs about "
                          f"{size // 1_000_000 + 1} MB and only {free // 1_000_000} MB are free. "
                          "Please ask IT to free space.")


def _remove_leftovers(folder: Path, now: dt.datetime) -> None:
    """Temporary copies a crash left behind; not one another desk or command is writing."""
    for leftover in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            written = dt.datetime.fromtimestamp(leftover.stat().st_mtime, UTC)
            if now - written > LEFTOVER_AGE:
                _remove(leftover)


def _temporary_in(folder: Path) -> Path:
    handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    os.close(handle)
    return Path(name)


def _remove(path: Path) -> None:
    for suffix in ("", *SIDECARS):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())
