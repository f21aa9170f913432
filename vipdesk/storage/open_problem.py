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
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.storage.backup import backups_of, default_backup_folder
from vipdesk.storage.database import SchemaError, SchemaMismatch
from vipdesk.storage.network_share import OnNetworkShare
from vipdesk.storage.paths import Target, is_url
from vipdesk.storage.server_url import shown
from vipdesk.storage.trouble import Trouble, trouble_of

# What each trouble means for the person at the desk at start-up (damage has its own
# message, with the restore advice).
_CAUSES = {
    Trouble.FULL: QT_TRANSLATE_NOOP(
        "Messages", "VIP Desk cannot open its database {path}: the disk is full. Please ask "
        "IT to free space. Nothing was changed."),
    Trouble.READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "VIP Desk cannot open its database {path}: the database file or its "
        "folder is read-only. Please ask IT to check them. Nothing was changed."),
    Trouble.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "Messages", "VIP Desk cannot open its database {path}: the file or its folder cannot "
        "be opened. Please ask IT to check that the folder exists and may be written. "
        "Nothing was changed."),
    Trouble.IO: QT_TRANSLATE_NOOP(
        "Messages", "VIP Desk cannot open its database {path}: the disk could not be read or "
        "written. Please ask IT to check the disk. Nothing was changed."),
    Trouble.LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "VIP Desk cannot open its database {path}: another program is holding "
        "it. Close that program and start VIP Desk again. Nothing was changed."),
}


def open_problem(target: Target, error: BaseException) -> Message:
    """The message for a database that ``open_database`` could not open: ``str()`` is its
    English (standard error, the log), the screen shows it in the desk's language."""
    if isinstance(error, OnNetworkShare):
        return Message(QT_TRANSLATE_NOOP("Messages", "{problem} Nothing was changed."),
                       {"problem": str(error)})
    if is_url(target):
        return _on_server(str(target), error)
    db_path = Path(target)
    path = str(db_path)
    if isinstance(error, SchemaMismatch):
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "VIP Desk cannot open its database {path}: {problem} Nothing was "
            "changed.\n\n{advice}"),
            {"path": path, "problem": str(error), "advice": restore_advice(db_path)})
    if isinstance(error, SchemaError):
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "VIP Desk cannot open its database {path}: {problem} Nothing was "
            "changed."), {"path": path, "problem": str(error)})
    if isinstance(error, OSError) and not isinstance(error, sqlite3.Error):
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "VIP Desk cannot open its database {path}: {problem} ({where}). "
            "Nothing was changed. Please ask IT to check the folder."),
            {"path": path, "problem": str(error.strerror or error),
             "where": str(error.filename or db_path.parent)})
    trouble = trouble_of(error)
    if trouble is Trouble.DAMAGED:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "VIP Desk cannot open its database {path}: the file is damaged or is "
            "not a VIP Desk database ({problem}). Nothing was changed.\n\n{advice}"),
            {"path": path, "problem": str(error), "advice": restore_advice(db_path)})
    if trouble in _CAUSES:
        return Message(_CAUSES[trouble], {"path": path})
    return _unforeseen(path, error)


def _unforeseen(where: str, error: BaseException) -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "Messages", "VIP Desk cannot open its database {path}: {problem}. Nothing was "
        "changed. Please ask IT."), {"path": where, "problem": str(error)})


def restore_advice(db_path: Path) -> Message:
    """Which backup to put in place, and the command that does it (keeping this file aside)."""
    backups = backups_of(db_path, default_backup_folder(db_path))
    if not backups:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "There is no backup in {folder}; please ask IT."),
            {"folder": str(default_backup_folder(db_path))})
    newest = max(backups)
    return Message(QT_TRANSLATE_NOOP(
        "Messages", "The newest backup was made {when} UTC. IT can put it in place, keeping "
        "this file aside, with:\n\n{command}"),
        {"when": lounge_time.date_clock_text(newest, "UTC"),
         "command": f'vipdesk --db "{db_path}" restore "{backups[newest]}"'})


def _on_server(url: str, error: BaseException) -> Message:
    where = shown(url)
    if isinstance(error, SchemaMismatch):
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "VIP Desk cannot open its database {path}: {problem} Nothing was "
            "changed. IT can put the server's last dump back with pg_restore --clean."),
            {"path": where, "problem": str(error)})
    if isinstance(error, SchemaError):
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "VIP Desk cannot open its database {path}: {problem} Nothing was "
            "changed."), {"path": where, "problem": str(error)})
    return server_problem(url, error) or _unforeseen(where, error)


def server_problem(url: str, error: BaseException) -> Message | None:
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
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "The lounge database {database} does not exist on the server at "
            "{server}. Nothing was changed. Please ask IT to create it: {command}"),
            {"database": missing.group(1), "server": where,
             "command": f"createdb --owner {user} {missing.group(1)}"})
    if re.search(r"authentication failed|role \"[^\"]*\" does not exist|no password supplied|"
                 r"pg_hba\.conf", text):
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "The lounge database server at {server} refused the sign-in of {user} "
            "(authentication failed: {reason}). Nothing was changed. Please ask IT to check "
            "the user name and its password (in {pgpass} or {pgpass_windows}) for the "
            "database {database}."),
            {"server": where, "user": user, "reason": _reason(text),
             "pgpass": "~/.pgpass",
             "pgpass_windows": "%APPDATA%\\postgresql\\pgpass.conf", "database": name})
    if "connection" in text.lower() or "timeout" in text.lower():
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "Cannot reach the lounge database server at {server}: {reason}. "
            "Nothing was changed. Please check the network, or ask IT whether the server is "
            "running."), {"server": where, "reason": _reason(text)})
    return None


def _reason(text: str) -> str:
    """What libpq says after its "connection to server ... failed:" preamble."""
    reason = text.rsplit("failed:", 1)[-1].strip()
    return reason.removeprefix("FATAL:").strip().rstrip(".") or text
