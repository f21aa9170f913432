"""A whole lounge copied from one database into an empty one (an SQLite file into PostgreSQL).

The copy keeps every row's id, because the audit trail and the printed reports name
rows by id. It runs in one transaction on the target: tables parents first (the order
of their foreign keys), rows in batches, then each PostgreSQL sequence set past the
highest id copied, so the next row a desk adds does not collide with a copied one.

Before the transaction commits, each table is read back from the target and compared
with what was read from the source: the number of rows and a SHA-256 over every row's
values, both read through the peewee models in id order and normalised the same way
(times as ISO text, decimals by value, booleans as booleans). Any difference rolls the
whole copy back (:class:`CopyMismatch`, naming the table): a half-copied lounge is
never left behind.

The source is read through the models, so SQLite's text times, 0/1 booleans and loose
decimals reach the target as the fields convert them. SQLite's full-text index of
complaints is not a model and is not copied: PostgreSQL searches without one.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import AutoField, Database, ForeignKeyField, PostgresqlDatabase

from vipdesk.storage.models import ALL_MODELS, BaseModel, Lounge

BATCH_ROWS = 1_000
TELL_EVERY = 100_000  # rows of a long table between two progress lines


class CopyRefused(Exception):
    """The copy cannot start (the target is not empty); the message is one line for a person."""


class CopyMismatch(Exception):
    """A table read back from the target differs from the source; the copy was rolled back."""

    def __init__(self, table: str, why: str) -> None:
        super().__init__(f"The copy of the table {table} does not match the source ({why}); "
                         "nothing was copied.")
        self.table = table


@dataclass(frozen=True)
class TableCopied:
    """One table copied and checked (``checked``), or how far a long one has got (not yet)."""

    table: str
    rows: int
    checksum: str  # the source's SHA-256, hex ("" while not checked)
    seconds: float
    checked: bool = True


Progress = Callable[[TableCopied], None]


def copy_read_only(source: Path, copy: Path) -> None:
    """Copy an SQLite file through SQLite's backup API with the source opened read-only:
    a consistent snapshot, and the user's file stays exactly as it was."""
    uri = f"{source.resolve().as_uri()}?mode=ro"
    reading = sqlite3.connect(uri, uri=True)
    try:
        writing = sqlite3.connect(copy)
        try:
            reading.backup(writing)
        finally:
            writing.close()
    finally:
        reading.close()


def tables_in_order() -> list[type[BaseModel]]:
    """Every model, parents before the tables whose foreign keys name them: ALL_MODELS's
    order, checked (a model listed before its parent fails every copy and its tests)."""
    seen: set[type[BaseModel]] = set()
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            if (isinstance(field, ForeignKeyField) and field.rel_model is not model
                    and field.rel_model not in seen):
                raise RuntimeError(f"ALL_MODELS lists {model.__name__} before "
                                   f"{field.rel_model.__name__}, which it refers to")
        seen.add(model)
    return list(ALL_MODELS)


def refuse_a_filled_target(target: Database) -> None:
    """:class:`CopyRefused` unless every table the copy writes is empty."""
    lounge = Lounge.select(Lounge.name).order_by(Lounge.id).first(target)
    if lounge is not None:
        raise CopyRefused(f"The target database already holds a lounge ({lounge.name!r}); "
                          "VIP Desk copies into an empty database only.")
    filled = [model._meta.table_name for model in tables_in_order()
              if model.select().limit(1).exists(target)]
    if filled:
        raise CopyRefused(f"The target database already holds rows ({', '.join(filled)}); "
                          "VIP Desk copies into an empty database only.")


def copy_lounge(source: Database, target: Database, *,
                progress: Progress | None = None) -> list[TableCopied]:
    """Copy every table of ``source`` into the empty ``target`` in one transaction, checked
    table by table; :class:`CopyRefused` or :class:`CopyMismatch` leave the target as it was."""
    copied: list[TableCopied] = []
    with target.atomic():
        refuse_a_filled_target(target)
        for model in tables_in_order():
            started = time.perf_counter()
            rows, checksum = _copy_table(model, source, target, progress, started)
            _check_table(model, target, rows, checksum)
            done = TableCopied(model._meta.table_name, rows, checksum,
                               time.perf_counter() - started)
            copied.append(done)
            if progress is not None:
                progress(done)
        _move_sequences(target)
    return copied


def _copy_table(model: type[BaseModel], source: Database, target: Database,
                progress: Progress | None, started: float) -> tuple[int, str]:
    """Copy one table in batches; its row count and the source's checksum."""
    digest = _Digest()
    for batch in read_rows(model, source):
        digest.add(batch)
        _insert(model, batch, target)
        if progress is not None and (digest.rows // TELL_EVERY
                                     > (digest.rows - len(batch)) // TELL_EVERY):
            progress(TableCopied(model._meta.table_name, digest.rows, "",
                                 time.perf_counter() - started, checked=False))
    return digest.rows, digest.hexdigest()


def _insert(model: type[BaseModel], rows: list[tuple[Any, ...]], target: Database) -> None:
    """One batch written: through PostgreSQL's COPY (peewee's multi-row INSERT spends more
    time building the statement than the server spends storing it), else insert_many."""
    fields = model._meta.sorted_fields
    if not isinstance(target, PostgresqlDatabase):
        model.insert_many(rows, fields=fields).as_rowcount().execute(target)
        return
    to_db = [field.db_value for field in fields]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    with target.cursor() as cursor, cursor.copy(
            f'COPY "{model._meta.table_name}" ({columns}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([None if value is None else convert(value)
                            for convert, value in zip(to_db, row, strict=True)])


def _check_table(model: type[BaseModel], target: Database, rows: int, checksum: str) -> None:
    digest = _Digest()
    for batch in read_back(model, target):
        digest.add(batch)
    table = model._meta.table_name
    if digest.rows != rows:
        raise CopyMismatch(table, f"{rows} rows read, {digest.rows} written")
    if digest.hexdigest() != checksum:
        raise CopyMismatch(table, "the checksums differ")


def read_rows(model: type[BaseModel], db: Database) -> Iterator[list[tuple[Any, ...]]]:
    """A table's rows in id order, in batches, each value as the model's field reads it."""
    fields = model._meta.sorted_fields
    to_python = [field.python_value for field in fields]
    cursor = db.execute(model.select(*fields).order_by(model._meta.primary_key))
    while batch := cursor.fetchmany(BATCH_ROWS):
        yield [tuple(None if value is None else convert(value)
                     for convert, value in zip(to_python, row, strict=True)) for row in batch]


def read_back(model: type[BaseModel], target: Database) -> Iterator[list[tuple[Any, ...]]]:
    """The target's rows as copied, read as the source's were (the check's second half)."""
    return read_rows(model, target)


def _move_sequences(target: Database) -> None:
    """Each PostgreSQL id sequence set past the highest id copied (SQLite needs nothing:
    its next id is always one past the highest)."""
    if not isinstance(target, PostgresqlDatabase):
        return
    for model in tables_in_order():
        key = model._meta.primary_key
        if not isinstance(key, AutoField):
            continue
        table, column = model._meta.table_name, key.column_name
        target.execute_sql(
            f'SELECT setval(pg_get_serial_sequence(%s, %s), '
            f'COALESCE((SELECT MAX("{column}") FROM "{table}"), 0) + 1, false)',
            (table, column))


class _Digest:
    """Rows counted and hashed in a form both engines give alike."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self.rows = 0

    def add(self, rows: list[tuple[Any, ...]]) -> None:
        for row in rows:
            self._hash.update(json.dumps(row, default=plain, separators=(",", ":")).encode())
            self._hash.update(b"\n")
        self.rows += len(rows)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def plain(value: object) -> object:
    """A value JSON has no form for, as the checksum reads it: times and days as ISO text,
    decimals by value (2.5 and 2.50 alike, as SQLite and PostgreSQL keep them). Text,
    numbers, booleans and enums (text by value) JSON writes itself."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f") if value else "0"
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"no checksum form for {type(value).__name__}")
