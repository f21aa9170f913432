"""Why the desk cannot open its database, in words for the person at the desk, and what to do.

At start-up nothing has been changed yet, so each message says so; for a damaged
file, or one whose schema is not ours, it names the newest backup and the command that
puts it in place (the restore checks that backup in turn).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from vipdesk.domain import lounge_time
from vipdesk.storage.backup import backups_of, default_backup_folder
from vipdesk.storage.database import SchemaError, SchemaMismatch
from vipdesk.storage.trouble import Trouble, trouble_of

# What each trouble means for the person at the desk at start-up (damage has its own
# message, with the restore advice).
_CAUSES = {
    Trouble.FULL: "the disk is full. Please ask IT to free space",
    Trouble.READ_ONLY: "the database file or its folder is read-only. Please ask IT to check them",
    Trouble.CANNOT_OPEN: "the file or its folder cannot be opened. Please ask IT to check that "
                         "the folder exists and may be written",
    Trouble.IO: "the disk could not be read or written. Please ask IT to check the disk",
    Trouble.LOCKED: "another program is holding it. Close that program and start "
                    "VIP Desk again",
}


def open_problem(db_path: Path, error: BaseException) -> str:
    """The message for a database that ``open_database`` could not open."""
    where = f"VIP Desk cannot open its database {db_path}"
    if isinstance(error, SchemaMismatch):
        return f"{where}: {error} Nothing was changed.\n\n{restore_advice(db_path)}"
    if isinstance(error, SchemaError):
        return f"{where}: {error} Nothing was changed."
    if isinstance(error, OSError) and not isinstance(error, sqlite3.Error):
        return (f"{where}: {error.strerror or error} ({error.filename or db_path.parent}). "
                "Nothing was changed. Please ask IT to check the folder.")
    trouble = trouble_of(error)
    if trouble is Trouble.DAMAGED:
        return (f"{where}: the file is damaged or is not a VIP Desk database ({error}). "
                f"Nothing was changed.\n\n{restore_advice(db_path)}")
    if trouble in _CAUSES:
        return f"{where}: {_CAUSES[trouble]}. Nothing was changed."
    return f"{where}: {error}. Nothing was changed. Please ask IT."


def restore_advice(db_path: Path) -> str:
    """Which backup to put in place, and the command that does it (keeping this file aside)."""
    backups = backups_of(db_path, default_backup_folder(db_path))
    if not backups:
        return f"There is no backup in {default_backup_folder(db_path)}; please ask IT."
    newest = max(backups)
    when = lounge_time.date_clock_text(newest, "UTC") + " UTC"
    return (f"The newest backup was made {when}. IT can put it in place, keeping this file "
            f"aside, with:\n\nvipdesk --db \"{db_path}\" restore \"{backups[newest]}\"")
