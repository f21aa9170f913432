"""Which engine the suite runs on: SQLite files (the default) or a PostgreSQL server.

``VIPDESK_TEST_ENGINE=postgresql`` with ``VIPDESK_TEST_POSTGRES`` naming a database on a
server where the test role may create databases (``.ci/run`` starts a throw-away cluster
and sets both) runs every test that takes the ``db`` fixture on PostgreSQL: each test gets
a database of its own, copied from one migrated once per run (``CREATE DATABASE ...
TEMPLATE``, about 25 ms with ``FILE_COPY``). Tests that work on the SQLite file itself skip
on PostgreSQL, saying so; without a server the PostgreSQL run skips, saying so.
"""

from __future__ import annotations

import itertools
import os
from urllib.parse import urlsplit, urlunsplit

ENGINE = os.environ.get("VIPDESK_TEST_ENGINE", "sqlite").lower()
SERVER = os.environ.get("VIPDESK_TEST_POSTGRES", "")
ON_POSTGRES = ENGINE in ("postgresql", "postgres")
FILE_ONLY = "works on the SQLite file itself (the PostgreSQL run leaves it to the SQLite run)"

_numbers = itertools.count(1)
_prefix = f"vipdesk_test_{os.getpid()}"


def url_of(database: str) -> str:
    """The server's URL with another database named in it."""
    parts = urlsplit(SERVER)
    return urlunsplit(parts._replace(path="/" + database))


def server_problem() -> str | None:
    """Why the PostgreSQL run cannot go on, or None."""
    if not SERVER:
        return "VIPDESK_TEST_POSTGRES is not set (no PostgreSQL server to test on)"
    import psycopg
    try:
        with psycopg.connect(SERVER, connect_timeout=5):
            return None
    except psycopg.Error as error:
        return f"the PostgreSQL server cannot be reached: {error}"


def _admin(statement: str) -> None:
    import psycopg
    with psycopg.connect(SERVER, autocommit=True) as connection:
        connection.execute(statement)  # names are ours, made here: no user input


TEMPLATE = f"{_prefix}_template"


def make_template() -> None:
    """The migrated database every test's own is copied from (once per run)."""
    from vipdesk.storage.database import open_database
    _admin(f'DROP DATABASE IF EXISTS "{TEMPLATE}"')
    _admin(f'CREATE DATABASE "{TEMPLATE}"')
    open_database(url_of(TEMPLATE)).close()


def fresh_database() -> tuple[str, str]:
    """A new database copied from the template: its name and URL."""
    name = f"{_prefix}_{next(_numbers)}"
    _admin(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}" STRATEGY FILE_COPY')
    return name, url_of(name)


def empty_database() -> tuple[str, str]:
    """A new database with nothing in it (a first run on the server)."""
    name = f"{_prefix}_{next(_numbers)}"
    _admin(f'CREATE DATABASE "{name}"')
    return name, url_of(name)


def drop(name: str) -> None:
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
