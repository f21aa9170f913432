"""What the database's refusal means: the disk, the file, the server or another desk.

One reading of the engine's errors for everyone who must tell a person what happened:
the actions (nothing saved), the start-up (nothing changed), the restore (keep a
damaged file aside as it is). Each says it in its own words; this says which.

SQLite says it in words (its messages, read in lower case). PostgreSQL says it with an
SQLSTATE code on psycopg's error, which peewee wraps (the original is the wrapper's
``orig`` and its ``__context__``): the code is read, never the message, which the
server words in its own language. Two troubles are PostgreSQL's own: a CONFLICT (another
desk's transaction got in the way: a serialisation failure or a deadlock; the action is
simply run again) and a LOST connection (the server restarted, the network dropped).
"""

from __future__ import annotations

import sqlite3
from enum import Enum

import peewee


class Trouble(Enum):
    FULL = "full"
    READ_ONLY = "read-only"
    IO = "i/o"
    LOCKED = "locked"
    DAMAGED = "damaged"
    CANNOT_OPEN = "cannot open"
    CONFLICT = "conflict"  # PostgreSQL: run it again (serialisation failure, deadlock)
    LOST = "connection lost"  # PostgreSQL: the server or the network went away


class ServerAway(Exception):
    """The desk already knows the server cannot be reached (its connection watch said so):
    raised instead of connecting, which would wait the connect timeout to say it again."""


# SQLite's messages (lower case), and what each means.
_WORDS = (
    ("disk is full", Trouble.FULL),
    ("readonly", Trouble.READ_ONLY),
    ("disk i/o error", Trouble.IO),
    ("database is locked", Trouble.LOCKED),
    ("malformed", Trouble.DAMAGED),
    ("not a database", Trouble.DAMAGED),
    ("database corruption", Trouble.DAMAGED),
    ("unable to open", Trouble.CANNOT_OPEN),
)


# PostgreSQL's SQLSTATE codes (Appendix A of its manual), and what each means; a class
# ("08": connection exception) stands for every code in it.
_CODES = {
    "53100": Trouble.FULL,  # disk_full
    "25006": Trouble.READ_ONLY,  # read_only_sql_transaction (a standby, or set read-only)
    "58030": Trouble.IO,  # io_error
    "55P03": Trouble.LOCKED,  # lock_not_available (a lock_timeout ran out)
    "40001": Trouble.CONFLICT,  # serialization_failure
    "40P01": Trouble.CONFLICT,  # deadlock_detected
    "XX001": Trouble.DAMAGED,  # data_corrupted
    "XX002": Trouble.DAMAGED,  # index_corrupted
    "57P01": Trouble.LOST,  # admin_shutdown: the server is restarting
    "57P02": Trouble.LOST,  # crash_shutdown
    "57P03": Trouble.LOST,  # cannot_connect_now: still starting
}
_CLASSES = {"08": Trouble.LOST}  # connection_exception and every code of its class


def _postgres_trouble(error: BaseException) -> Trouble | None:
    """What a psycopg error means, by its SQLSTATE; an ``OperationalError`` without one is
    psycopg's own word for a connection that is closed or broke mid-statement."""
    if not _is_postgres(error):
        return None
    code = getattr(error, "sqlstate", None)
    if code is None:
        return Trouble.LOST if type(error).__name__ == "OperationalError" else None
    return _CODES.get(code) or _CLASSES.get(code[:2])


def _is_postgres(error: BaseException) -> bool:
    return type(error).__module__.startswith("psycopg")


def _sqlite_trouble(error: BaseException) -> Trouble | None:
    """What SQLite's words mean; never read in a PostgreSQL message peewee wraps (the
    server's "malformed array literal" is bad input, not a damaged file)."""
    if not isinstance(error, (peewee.DatabaseError, sqlite3.DatabaseError)):
        return None
    if _is_postgres(getattr(error, "orig", None) or error.__context__ or error):
        return None
    text = str(error).lower()
    return next((trouble for words, trouble in _WORDS if words in text), None)


def trouble_in(error: BaseException) -> tuple[Trouble, BaseException] | None:
    """The storage trouble behind ``error`` and the database error that says so, looked for
    along the chain (after a full disk SQLite rolls back itself, and what reaches us is
    peewee's failed ROLLBACK with the real reason as its context; peewee's wrapper of a
    psycopg error has the original as its context); None for any other error."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ServerAway):
            return Trouble.LOST, current
        trouble = _postgres_trouble(current) or _sqlite_trouble(current)
        if trouble is not None:
            return trouble, current
        current = current.__cause__ or current.__context__ or getattr(current, "orig", None)
    return None


def trouble_of(error: BaseException) -> Trouble | None:
    """Only what the trouble is (see :func:`trouble_in`)."""
    found = trouble_in(error)
    return found[0] if found else None
