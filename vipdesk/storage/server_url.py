"""A PostgreSQL database's URL as this PC shows it, keys it and keeps files for it.

A URL may carry a password (``user:secret@host`` or ``?password=secret``), so whatever
shows or logs a target goes through :func:`shown`. What lives beside an SQLite file (the
desk's lock, its log) lives in the user's data folder for a server, under a name made from
the URL without its password (:func:`local_file`): one desk per PC and database.

No peewee here: the desk takes its lock and starts its log before the database code loads.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from vipdesk.domain.message import QT_TRANSLATE_NOOP
from vipdesk.storage.paths import Target, data_folder, is_url, real_path

HIDDEN = "***"
SECRET_PARAMETERS = ("password", "sslpassword")

# English for the log and the command line; the Settings screen shows it translated
# (marked for Qt Linguist in the screen's context, where it is shown).
SERVER_BACKUPS = QT_TRANSLATE_NOOP(
    "SettingsScreen",
    "This lounge's database is on a PostgreSQL server: back it up with pg_dump -Fc "
    "(for example pg_dump -Fc -f vipdesk.dump vipdesk) and restore it with "
    "pg_restore --clean; VIP Desk's own backups are for a single kiosk's SQLite file.")


def shown(target: Target) -> str:
    """The target as logs, titles and messages may show it: a URL without its password."""
    if not is_url(target):
        return str(target)
    return _without_password(str(target), HIDDEN)


def server_key(url: str) -> str:
    """The URL as one server database, however it is typed: no password, one scheme, the
    user and host in lower case, the options sorted."""
    parts = urlsplit(_without_password(url.strip(), None))
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit(("postgresql", parts.netloc.lower(), parts.path, query, ""))


def database_key(target: Target) -> str:
    """One text per database however it is named, and never its password: a server's
    :func:`server_key`, a file's real path (symlinks resolved, case as the OS compares it).
    What this PC keys by database: the desk's lock server, the lounge the desk serves."""
    if is_url(target):
        return server_key(str(target))
    return os.path.normcase(str(real_path(Path(target))))


def local_file(url: str, suffix: str) -> Path:
    """A file of this PC's for a server database (its lock, its log): in the user's data
    folder, named by the database and a hash of :func:`server_key`."""
    key = server_key(url)
    name = urlsplit(key).path.strip("/") or "postgres"
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:40]
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    return data_folder() / "servers" / f"{safe}-{digest}{suffix}"


def _without_password(url: str, replacement: str | None) -> str:
    """The URL with the password in its user part and in its options replaced (None: left out)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        if ":" in user:
            name = user.split(":", 1)[0]
            user = name if replacement is None else f"{name}:{replacement}"
        netloc = f"{user}@{host}"
    pairs = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
             if replacement is not None or key.lower() not in SECRET_PARAMETERS]
    query = "&".join(f"{key}={replacement if key.lower() in SECRET_PARAMETERS else value}"
                     for key, value in pairs)
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def on_server(db: object) -> bool:
    """Whether an open database is a PostgreSQL server's (for the screens, which say what
    does not apply there without naming peewee's classes)."""
    from peewee import PostgresqlDatabase
    return isinstance(db, PostgresqlDatabase)
