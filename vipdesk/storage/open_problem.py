"""Why the desk cannot open its database, in words for the person at the desk, and what to do.

At start-up nothing has been changed yet, so each message says so; for a damaged
file, or one whose schema is not ours, it names the newest backup and the command that
puts it in place (the restore checks that backup in turn). A PostgreSQL server that cannot
be reached, refuses the sign-in or has no such database gets a calm line each
(:func:`server_problem`); a URL is shown without its password.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import peewee

from vipdesk.domain import lounge_time
from vipdesk.storage.backup import backups_of, default_backup_folder
from vipdesk.storage.database import SchemaError, SchemaMismatch
from vipdesk.storage.network_share import OnNetworkShare
from vipdesk.storage.paths import Target, is_url
from vipdesk.storage.server_url import shown
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


def open_problem(target: Target, error: BaseException) -> str:
    """The message for a database that ``open_database`` could not open."""
    if isinstance(error, OnNetworkShare):
        return f"{error} Nothing was changed."
    if is_url(target):
        return _on_server(str(target), error)
    db_path = Path(target)
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


def _on_server(url: str, error: BaseException) -> str:
    where = f"VIP Desk cannot open its database {shown(url)}"
    if isinstance(error, SchemaMismatch):
        return (f"{where}: {error} Nothing was changed. IT can put the server's last dump "
                "back with pg_restore --clean.")
    if isinstance(error, SchemaError):
        return f"{where}: {error} Nothing was changed."
    return server_problem(url, error) or f"{where}: {error}. Nothing was changed. Please ask IT."


def server_problem(url: str, error: BaseException) -> str | None:
    """The message for a server that could not be reached, refused the sign-in, or has no
    such database; None for any other error."""
    if not isinstance(error, peewee.OperationalError):  # peewee's wrapping of psycopg's
        return None
    text = " ".join(str(error).split("\n", 1)[0].split())  # libpq's hint lines left out
    parts = urlsplit(url)
    options = parse_qs(parts.query)
    host = parts.hostname or options.get("host", ["localhost"])[0]
    port = parts.port or (options.get("port", [None])[0])
    where = f"{host}:{port}" if port else host
    user = unquote(parts.username or options.get("user", [""])[0]) or "vipdesk"
    name = unquote(parts.path.strip("/")) or user
    if missing := re.search(r'database "([^"]*)" does not exist', text):
        return (f"The lounge database {missing.group(1)} does not exist on the server at "
                f"{where}. Nothing was changed. Please ask IT to create it: "
                f"createdb --owner {user} {missing.group(1)}")
    if re.search(r"authentication failed|role \"[^\"]*\" does not exist|no password supplied|"
                 r"pg_hba\.conf", text):
        return (f"The lounge database server at {where} refused the sign-in of {user} "
                f"(authentication failed: {_reason(text)}). Nothing was changed. Please ask "
                "IT to check the user name and its password (in ~/.pgpass or "
                f"%APPDATA%\\postgresql\\pgpass.conf) for the database {name}.")
    if "connection" in text.lower() or "timeout" in text.lower():
        return (f"Cannot reach the lounge database server at {where}: {_reason(text)}. "
                "Nothing was changed. Please check the network, or ask IT whether the "
                "server is running.")
    return None


def _reason(text: str) -> str:
    """What libpq says after its "connection to server ... failed:" preamble."""
    reason = text.rsplit("failed:", 1)[-1].strip()
    return reason.removeprefix("FATAL:").strip().rstrip(".") or text
