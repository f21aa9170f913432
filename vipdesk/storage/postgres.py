"""PostgreSQL: one lounge database shared by several desks and lounges (issue 15).

A desk names the server by URL (``postgresql://user@host:port/dbname``, or
``postgres://``); psycopg 3 reads it as libpq does, so ``?host=/run/postgresql`` reaches
a local socket and a password may come from ``~/.pgpass`` rather than the URL.

The schema check here is the server's counterpart of :mod:`vipdesk.storage.schema_check`:
it refuses a database another program's tables fill, one a newer VIP Desk upgraded, and
one missing a table or column the desk reads (the complaints search's word table too). It
does not compare every trigger and constraint as the SQLite check does: a shared server's
schema is guarded by its roles (the desks' role need not own it), not by what a file
handed to a kiosk may hold.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import Any

from peewee import PostgresqlDatabase

from vipdesk.storage.paths import is_url as is_url  # the one rule, loaded before peewee

HISTORY = "schema_migration"  # playhouse's Runner records applied migrations here
# One number for "a desk is upgrading this database": the others wait for it.
UPGRADE_LOCK = 0x76_69_70_64  # "vipd"
CONNECT_TIMEOUT_SECONDS = 10
# Tables no model reads, kept by the server's own triggers: the complaints search's words.
SERVER_TABLES = {"complaint_word": ("complaint_id", "place", "word")}


class NotOurs(Exception):
    """The database's schema is not one VIP Desk makes; the message is a phrase saying why."""


class NewerVipDesk(NotOurs):
    """It records migrations this VIP Desk does not have."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(f"it was written by a newer VIP Desk ({', '.join(names)})")
        self.names = names


def connect(url: str) -> PostgresqlDatabase:
    """An open connection (psycopg 3), in UTC, not yet migrated or bound. Times are stored
    naive UTC on both engines; the session's zone only matters to ``now()``, never used."""
    if url.lower().startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    db = PostgresqlDatabase(url, prefer_psycopg3=True, connect_timeout=CONNECT_TIMEOUT_SECONDS,
                            options="-c timezone=UTC", application_name="VIP Desk")
    db.connect()
    return db


PROBE_TIMEOUT_SECONDS = 3


def connection_options(db: PostgresqlDatabase) -> tuple[str, dict[str, Any]]:
    """The URL and psycopg options of the desk's own connection, for a connection of one's
    own beside it (the change listener's, the connection probe's)."""
    params = {key: value for key, value in db.connect_params.items()
              if key not in ("prefer_psycopg3",)}
    return str(db.database), params


def reachable(db: PostgresqlDatabase) -> bool:
    """Whether the server answers again: a connection of its own (never the desk's, which
    may be dead), a trivial query, closed. Run on a worker: it may wait for the timeout."""
    import psycopg
    url, params = connection_options(db)
    try:
        with psycopg.connect(url, **{**params, "connect_timeout": PROBE_TIMEOUT_SECONDS}
                             ) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error:
        return False
    return True


@contextlib.contextmanager
def upgrade_lock(db: PostgresqlDatabase) -> Iterator[None]:
    """Held while one desk checks and upgrades the schema: two desks started together
    must not both run a migration (the second waits, then finds nothing to do)."""
    db.execute_sql("SELECT pg_advisory_lock(%s)", (UPGRADE_LOCK,))
    try:
        yield
    finally:
        db.execute_sql("SELECT pg_advisory_unlock(%s)", (UPGRADE_LOCK,))


def check_schema(db: PostgresqlDatabase, known: Iterable[str]) -> None:
    """Raise :class:`NotOurs` unless the database is empty or holds VIP Desk's schema for the
    migrations it records: every table and column of those migrations' models present."""
    tables = set(db.get_tables())
    if not tables:
        return
    if HISTORY not in tables:
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise NotOurs(f"it holds other tables ({shown}) and no history of VIP Desk's upgrades")
    applied = {name for name, in db.execute_sql(f"SELECT name FROM {HISTORY}").fetchall()}
    if newer := sorted(applied - set(known)):
        raise NewerVipDesk(newer)
    if applied == set(known):
        missing = _missing_columns(db, tables)
        if missing:
            raise NotOurs("it lacks " + ", ".join(missing[:5]))


def _missing_columns(db: PostgresqlDatabase, tables: set[str]) -> list[str]:
    from vipdesk.storage.models import ALL_MODELS
    present: dict[str, set[str]] = {}
    for table, column in db.execute_sql(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema()").fetchall():
        present.setdefault(table, set()).add(column)
    missing = [f"the table {table}" for table in SERVER_TABLES if table not in tables]
    missing.extend(f"the column {table}.{column}" for table, columns in SERVER_TABLES.items()
                   if table in tables for column in columns if column not in present[table])
    for model in ALL_MODELS:
        table = model._meta.table_name
        if table not in tables:
            missing.append(f"the table {table}")
            continue
        missing.extend(f"the column {table}.{field.column_name}"
                       for field in model._meta.sorted_fields
                       if field.column_name not in present[table])
    return missing
