"""The desk's log: what IT needs after a bad day, and nothing about the guests.

One file beside the database (``vipdesk.sqlite3`` → ``vipdesk.log``; for a PostgreSQL
database, in the user's data folder, named after it: ``servers/vipdesk-<hash>.log``), rotated at
1 MB with four old files kept, readable by its owner only. It records the desk
starting and stopping, backups, the retention job's counts, storage trouble and
unexpected errors with their tracebacks.

An exception's message may carry what a guest or a scanner gave us (a boarding
pass, a name), so a traceback is written with the exception's type and the code's
lines only. A database error's message is kept only when it is one of SQLite's
fixed sentences about the disk or the file (:data:`SAYS_NOTHING_OF_GUESTS`); any
other (SQLite quotes a value it cannot decode, PostgreSQL a duplicate key) is
withheld too, with SQLite's error code name kept. Times are UTC, as backup names.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
import traceback
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from vipdesk.storage.paths import Target, is_url, make_private_folder
from vipdesk.storage.server_url import local_file

LOGGER_NAME = "vipdesk"
MAX_BYTES = 1_000_000
OLD_FILES_KEPT = 4
FORMAT = "%(asctime)s UTC %(levelname)s %(name)s: %(message)s"
WITHHELD = "(message withheld: it may hold guest data)"
# SQLite's own sentences that carry no data; a database error saying anything else is withheld.
SAYS_NOTHING_OF_GUESTS = (
    "database or disk is full", "attempt to write a readonly database", "disk i/o error",
    "database is locked", "database disk image is malformed", "file is not a database",
    "unable to open database file", "cannot rollback - no transaction is active",
)

log = logging.getLogger(LOGGER_NAME)

# As sys.exc_info() gives it: all None when no exception is being handled.
ExcInfo = (tuple[type[BaseException], BaseException, TracebackType | None]
           | tuple[None, None, None])


def log_path(target: Target) -> Path:
    """``<database>.log`` beside an SQLite file; a file in the user's data folder for a
    server database (:func:`~vipdesk.storage.server_url.local_file`): each has its own log."""
    if is_url(target):
        return local_file(str(target), ".log")
    return Path(target).with_suffix(".log")


def describe(error: BaseException) -> str:
    """``module.Type: message`` for a database error in one of SQLite's data-free sentences,
    ``module.Type (message withheld ...)`` for anything else."""
    kind = type(error)
    name = kind.__qualname__ if kind.__module__ == "builtins" else \
        f"{kind.__module__}.{kind.__qualname__}"
    import peewee  # here, not at the top: the desk logs before its database code is loaded

    if isinstance(error, (sqlite3.Error, peewee.PeeweeException)):
        text = str(error)
        if text.strip().lower() in SAYS_NOTHING_OF_GUESTS:
            return f"{name}: {text}"
        code = getattr(error, "sqlite_errorname", None)
        return f"{name} [{code}] {WITHHELD}" if code else f"{name} {WITHHELD}"
    return f"{name} {WITHHELD}"


def private_traceback(exc_info: ExcInfo) -> str:
    """A traceback with every frame of the chain and no exception message but the database's."""
    blocks: list[str] = []
    error: BaseException | None = exc_info[1]
    if error is None:  # log.exception() outside an except block: nothing to add
        return "NoneType: None"
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        frames = "".join(traceback.format_tb(error.__traceback__))
        blocks.append(f"Traceback (most recent call last):\n{frames}{describe(error)}")
        error = error.__cause__ or error.__context__
    return "\n\nwhich happened while handling, or was caused by:\n".join(reversed(blocks)) \
        if len(blocks) > 1 else blocks[0]


class PrivateFormatter(logging.Formatter):
    """Formats tracebacks with :func:`private_traceback`, never with a traceback another
    handler formatted and cached on the record (which would carry the message)."""

    converter = staticmethod(time.gmtime)  # UTC, as backup file names

    def format(self, record: logging.LogRecord) -> str:
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: ExcInfo) -> str:  # noqa: N802 (logging's name)
        return private_traceback(ei)


class OwnerOnlyFileHandler(RotatingFileHandler):
    """A rotating file that only its owner can read: even a withheld log is the lounge's."""

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        with contextlib.suppress(OSError):  # a file system without modes still logs
            os.chmod(self.baseFilename, 0o600)
        return stream


def start_log(target: Target, level: int = logging.INFO) -> Path | None:
    """Send the ``vipdesk`` logger to the database's log file; None when it cannot be written
    (the desk then runs without a log rather than not at all)."""
    path = log_path(target)
    stop_log()
    try:
        if is_url(target):
            make_private_folder(path.parent)  # a new PC: the data folder is not there yet
        handler = OwnerOnlyFileHandler(path, maxBytes=MAX_BYTES, backupCount=OLD_FILES_KEPT,
                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(PrivateFormatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(level)
    log.propagate = False
    return path


def stop_log() -> None:
    """Close the log file (at exit, and before a test's folder goes away)."""
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
