"""What SQLite's refusal means: the disk, the file or another program, not the action.

One reading of SQLite's words for everyone who must tell a person what happened:
the actions (nothing saved), the start-up (nothing changed), the restore (keep a
damaged file aside as it is). Each says it in its own words; this says which.
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


def trouble_in(error: BaseException) -> tuple[Trouble, BaseException] | None:
    """The storage trouble behind ``error`` and the database error that says so, looked for
    along the chain (after a full disk SQLite rolls back itself, and what reaches us is
    peewee's failed ROLLBACK with the real reason as its context); None for any other error."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (peewee.DatabaseError, sqlite3.DatabaseError)):
            text = str(current).lower()
            for words, trouble in _WORDS:
                if words in text:
                    return trouble, current
        current = current.__cause__ or current.__context__
    return None


def trouble_of(error: BaseException) -> Trouble | None:
    """Only what the trouble is (see :func:`trouble_in`)."""
    found = trouble_in(error)
    return found[0] if found else None
