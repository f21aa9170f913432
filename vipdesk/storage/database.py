"""Opening the lounge database: where it lives, how it is tuned, how it is upgraded.

A database is a target: an SQLite file's path (a single kiosk), or a ``postgresql://``
URL (several desks and lounges on one server, see :mod:`vipdesk.storage.postgres`).

A check-in the screen shows as done must survive a power cut, so SQLite runs
with a write-ahead log, ``synchronous=FULL`` and foreign keys on; a busy timeout
lets a second desk wait for the lock rather than fail.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from peewee import Database, PostgresqlDatabase, SqliteDatabase
from playhouse.migrations import Runner

from vipdesk.storage import postgres
from vipdesk.storage.models import database as bound_database
from vipdesk.storage.network_share import refuse_network_share
from vipdesk.storage.paths import Target, make_private_folder

MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_SECONDS = 10

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_SECONDS * 1000,
    "secure_delete": 1,  # erased personal data does not linger in free pages
    "cache_size": -32_000,  # 32 MB
}


class SchemaError(RuntimeError):
    """The database was written by a newer VIP Desk, or is not a VIP Desk database."""


class SchemaMismatch(SchemaError):
    """The database's schema is not the one our migrations make: something is missing,
    extra or changed (by hand, by a tool, or by someone who meant harm)."""


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only, if there is none. SQLite
    gives its -wal and -shm files the database file's permissions."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def is_server(target: Target) -> bool:
    """Whether the target names a PostgreSQL server rather than an SQLite file."""
    return postgres.is_url(str(target))


def connect(path: Target) -> Database:
    """An open database, not yet migrated or bound: SQLite with our pragmas, or PostgreSQL."""
    if is_server(path):
        return postgres.connect(str(path))
    if str(path) != ":memory:":
        refuse_network_share(Path(path))  # before a byte is written there
        make_private_folder(Path(path).parent)
        create_private_file(Path(path))
    db = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_SECONDS)
    db.connect()
    return db


def sqlite_connection(db: Database) -> sqlite3.Connection:
    """The open ``sqlite3`` connection under a peewee database (the one place that asks)."""
    connection: sqlite3.Connection = db.connection()  # peewee's stubs say Any
    return connection


def migration_runner(db: Database) -> Runner:
    return Runner(db, str(MIGRATIONS))


def known_migrations() -> list[str]:
    return sorted(p.stem for p in MIGRATIONS.glob("[0-9]*.py"))


def schema_version(db: Database) -> int:
    """The number of the newest migration applied; 0 for an empty database."""
    applied = migration_runner(db).applied()
    return max((int(name.split("_", 1)[0]) for name in applied), default=0)


def upgrade(db: Database, target: str | None = None) -> list[str]:
    """Apply pending migrations (each in its own transaction); refuse a newer database."""
    runner = migration_runner(db)
    unknown = set(runner.applied()) - set(known_migrations())
    if unknown:
        raise _newer(unknown)
    return runner.up(target)


def refuse_a_stranger(path: Path) -> None:
    """Refuse an SQLite file that holds another program's tables, before anything (our
    pragmas, our schema) is written into it: ``--db`` pointed at the wrong file."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    with contextlib.closing(sqlite3.connect(path)) as connection:
        tables = sorted(name for name, in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))
    if tables and "schema_migration" not in tables:
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise SchemaError(f"This is not a VIP Desk database (it holds other tables: {shown}).")


def check_schema(db: Database) -> None:
    """Refuse a database whose schema is not the one our migrations make for the migrations
    it records (see :mod:`schema_check`); an empty database passes (it is set up next)."""
    from vipdesk.storage import schema_check
    if isinstance(db, PostgresqlDatabase):
        try:
            postgres.check_schema(db, known_migrations())
        except postgres.NewerVipDesk as newer:
            raise _newer(newer.names) from None
        except postgres.NotOurs as problem:
            raise SchemaMismatch(f"It is not the database VIP Desk makes: {problem}.") from None
        return
    connection = sqlite_connection(db)
    if connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is None:
        return
    try:
        schema_check.check_schema(connection)
    except schema_check.NewerVipDesk as newer:
        raise _newer(newer.names) from None
    except schema_check.NotOurs as problem:
        raise SchemaMismatch(f"It is not the database VIP Desk makes: {problem}.") from None


class UnsoundValue(SchemaMismatch):
    """The schema is ours, but a value in it is one VIP Desk never writes (a setting outside
    its bounds, an unknown role, a clock mark far ahead): made by hand or to do harm."""


def check_values(db: Database) -> None:
    """Refuse a database holding a value VIP Desk never writes (see :mod:`value_check`)."""
    from vipdesk.storage.value_check import value_problem
    if isinstance(db, PostgresqlDatabase):
        return  # the server's roles guard it; the bounds checked on a file are SQLite's
    if problem := value_problem(sqlite_connection(db)):
        raise UnsoundValue(f"It holds a value VIP Desk never writes: {problem}.")


def _newer(names: Iterable[str]) -> SchemaError:
    return SchemaError("This database was written by a newer VIP Desk "
                       f"(it has {', '.join(sorted(names))}). Please update VIP Desk.")


def check_and_upgrade(path: Target) -> None:
    """What :func:`open_database` checks and upgrades, on a connection of its own, closed
    again: the desk runs it on a worker while its first window shows, then opens the file
    with :func:`open_checked`. Raises as :func:`open_database` does."""
    if not is_server(path) and str(path) != ":memory:":
        refuse_a_stranger(Path(path))
    db = connect(path)
    try:
        _check_and_upgrade(db)
    finally:
        db.close()


def open_checked(path: Target) -> Database:
    """Connect and bind the models to a file :func:`check_and_upgrade` has just passed."""
    db = connect(path)
    bound_database.initialize(db)
    return db


def _check_and_upgrade(db: Database) -> None:
    if isinstance(db, PostgresqlDatabase):
        with postgres.upgrade_lock(db):
            _check_and_upgrade_now(db)
    else:
        _check_and_upgrade_now(db)


def _check_and_upgrade_now(db: Database) -> None:
    check_schema(db)
    check_values(db)
    if upgrade(db):
        check_schema(db)


def open_database(path: Target) -> Database:
    """Connect, check the schema and the values that steer the desk, upgrade to the newest
    schema, check it again, and bind the models: the one start-up call. The first checks
    come before any migration runs the file's own triggers and constraints. On any failure
    the connection is closed again (a restore may follow at once)."""
    if not is_server(path) and str(path) != ":memory:":
        refuse_a_stranger(Path(path))
    db = connect(path)
    try:
        _check_and_upgrade(db)
    except BaseException:
        db.close()
        raise
    bound_database.initialize(db)
    return db
