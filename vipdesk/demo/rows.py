"""Bulk writing for demo history: rows gathered in memory, written in big inserts.

A year of history is over half a million visits; one INSERT per row (or one
service call per visit) would take many minutes. Rows get their ids here, so
later rows can point at earlier ones before anything is written.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable
from typing import Any

import peewee
from peewee import (
    AutoField,
    BooleanField,
    CharField,
    Database,
    DateField,
    DecimalField,
    Field,
    ForeignKeyField,
    IntegerField,
    TextField,
    fn,
)

from vipdesk.storage.fields import EnumField, UtcDateTimeField
from vipdesk.storage.models import (
    BaseModel,
    Companion,
    Complaint,
    ComplaintEvent,
    DiaryEntry,
    Flight,
    Guest,
    Shift,
    Visit,
    WaitingEntry,
    WorkOrder,
)

# Columns whose values the demo already writes as the driver takes them: no conversion.
_AS_IS = (AutoField, BooleanField, CharField, DateField, DecimalField, ForeignKeyField,
          IntegerField, TextField)

FLUSH_EVERY = 100_000  # rows
UTC = dt.UTC

# Parents before children, so foreign keys hold at every insert.
WRITE_ORDER: tuple[type[BaseModel], ...] = (
    Flight, Guest, Visit, Companion, WaitingEntry, Complaint, ComplaintEvent, WorkOrder,
    Shift, DiaryEntry,
)


class BulkWriter:
    """Pending rows per model; ``flush`` writes them all in one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._pending: dict[type[BaseModel], list[dict[str, Any]]] = {m: [] for m in WRITE_ORDER}
        self._next_id = {m: (m.select(fn.MAX(m.id)).scalar() or 0) + 1 for m in WRITE_ORDER}
        self._count = 0

    def add(self, model: type[BaseModel], **row: Any) -> int:
        """Queue one row (every row of a model with the same keys); return its id."""
        row_id = self._next_id[model]
        self._next_id[model] = row_id + 1
        row["id"] = row_id
        self._pending[model].append(row)
        self._count += 1
        return row_id

    def set(self, model: type[BaseModel], row_id: int, **changes: Any) -> None:
        """Change a row not yet written (the newest rows are found first)."""
        for row in reversed(self._pending[model]):
            if row["id"] == row_id:
                row.update(changes)
                return
        raise KeyError(f"{model.__name__} {row_id} is not pending")

    def flush_if_large(self) -> None:
        """Write once enough has gathered: few commits, bounded memory for a year of history."""
        if self._count >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        self._count = 0
        with self._db.atomic():
            for model in WRITE_ORDER:
                rows = self._pending[model]
                if rows:
                    self._insert(model, rows)
                    rows.clear()

    def _insert(self, model: type[BaseModel], rows: list[dict[str, Any]]) -> None:
        """One prepared INSERT run over all rows, each value converted by its own field.

        peewee's ``insert_many`` builds SQL row by row (about 1 ms per visit); the
        fields' ``db_value`` keep the storage conventions (UTC, enum values) the same.
        """
        names = list(rows[0])
        fields = [model._meta.fields[name] for name in names]
        # Columns the demo does not know about (added by a later migration) get their defaults.
        defaults = {f.name: f.default() if callable(f.default) else f.default
                    for f in model._meta.sorted_fields if f.name not in rows[0]}
        fields += [model._meta.fields[name] for name in defaults]
        names += list(defaults)
        rows = [row | defaults for row in rows] if defaults else rows
        sql = "INSERT INTO {} ({}) VALUES ({})".format(
            model._meta.table_name.join(self._db.quote),  # "name", as peewee quotes it
            ", ".join(f.column_name.join(self._db.quote) for f in fields),
            ", ".join([self._db.param] * len(fields)))
        values = operator.itemgetter(*names)
        converted = [(position, convert) for position, field in enumerate(fields)
                     if (convert := _converter(field)) is not None]
        params = []
        for row in rows:
            param = list(values(row)) if len(names) > 1 else [values(row)]
            for position, convert in converted:
                param[position] = convert(param[position])
            params.append(param)
        # peewee's errors, as its own queries raise them (its stubs leave this object out).
        with peewee.__exception_wrapper__:  # type: ignore[attr-defined]
            self._db.cursor().executemany(sql, params)


def _converter(field: Field) -> Callable[[Any], Any] | None:
    """The field's own conversion; a shortcut where the value is already what it would give."""
    if type(field) in _AS_IS:
        return None
    slow = field.db_value
    if isinstance(field, UtcDateTimeField):
        def utc(value: Any) -> Any:
            """An aware UTC time is stored as the same time, naive (as the field does)."""
            if value is None:
                return None
            if getattr(value, "tzinfo", None) is UTC:
                return value.replace(tzinfo=None)
            return slow(value)
        return utc
    if isinstance(field, EnumField):
        members = field.enum

        def enum(value: Any) -> Any:
            """A member is stored as its value (as the field does)."""
            return value.value if isinstance(value, members) else slow(value)
        return enum
    return slow
