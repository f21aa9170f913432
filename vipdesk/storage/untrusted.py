"""Reading a database file we did not write ourselves (a backup to restore), with bounds.

A file can be built to make SQLite work hard: a CHECK constraint that builds a huge string
for every row, a view nested a thousand deep, a billion rows. :mod:`schema_check` refuses a
schema that is not ours before any of the file's own SQL runs; these bounds limit what the
checks after it may cost all the same:

- time: a progress handler interrupts any statement once the deadline has passed;
- memory: a small page cache, no memory map, a cap on the length of any string, blob or row
  (``SQLITE_LIMIT_LENGTH``), of a statement and of an expression's depth;
- trust: ``trusted_schema`` off, so the file's schema may only use harmless SQL functions,
  and the file is opened read-only.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

LARGEST_VALUE = 16_000_000  # bytes in one string, blob or row: ours are a few kilobytes
LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: LARGEST_VALUE,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 1_000_000,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 200,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 20,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 10,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 1_000,
}
CACHE_KIB = 8_000  # the page cache, in KiB
PROGRESS_STEPS = 10_000  # virtual-machine steps between two looks at the clock
BASE_SECONDS = 20.0  # the time limit for checking a file: this, plus
SECONDS_PER_BYTE = 1 / 10_000_000  # a second per 10 MB (integrity_check reads ~70 MB/s)


class TooCostly(Exception):
    """Checking the file went over a time or memory bound; the message says which."""


def time_limit_for(path: Path) -> float:
    """Seconds allowed for checking this file: enough for any honest database of its size."""
    size = sum(Path(f"{path}{suffix}").stat().st_size for suffix in ("", "-wal")
               if Path(f"{path}{suffix}").exists())
    return BASE_SECONDS + size * SECONDS_PER_BYTE


def open_read_only(path: Path) -> sqlite3.Connection:
    """A bounded, read-only connection to an existing file (never creates one)."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        bound(connection)
        connection.execute("PRAGMA query_only = ON")
    except BaseException:
        connection.close()
        raise
    return connection


def bound(connection: sqlite3.Connection) -> None:
    """Apply the limits and pragmas above to a connection (before it reads the schema)."""
    for limit, value in LIMITS.items():
        connection.setlimit(limit, value)
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    connection.execute("PRAGMA mmap_size = 0")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


@contextlib.contextmanager
def time_limit(connection: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """Interrupt whatever the connection runs once ``seconds`` have passed, and say so with
    :class:`TooCostly`; a value over :data:`LARGEST_VALUE` is :class:`TooCostly` too."""
    deadline = time.monotonic() + seconds
    expired = False

    def past_the_deadline() -> bool:
        nonlocal expired
        expired = time.monotonic() > deadline
        return expired

    connection.set_progress_handler(past_the_deadline, PROGRESS_STEPS)
    try:
        yield
    except sqlite3.OperationalError:
        if expired:
            raise TooCostly(f"checking it took longer than {seconds:.0f} seconds") from None
        raise
    except sqlite3.DataError as error:
        if "too big" in str(error):
            raise TooCostly(f"it makes a value larger than {LARGEST_VALUE // 1_000_000} MB"
                            ) from None
        raise
    finally:
        connection.set_progress_handler(None, 0)
