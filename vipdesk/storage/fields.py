"""Column types that keep our conventions: times in UTC, enums by value."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from peewee import CharField, DateTimeField

UTC = dt.UTC


class UtcDateTimeField(DateTimeField):
    """Stores an aware datetime as naive UTC; reads it back aware.

    Refusing naive datetimes catches a time taken from the wrong clock early.
    """

    def db_value(self, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                raise ValueError(f"{self.name}: naive datetime {value!r}; use the clock")
            value = value.astimezone(UTC).replace(tzinfo=None)
        # peewee's stubs leave db_value/python_value unannotated, and mypy's
        # untyped_calls_exclude does not reach a call through super().
        return super().db_value(value)  # type: ignore[no-untyped-call]

    def python_value(self, value: Any) -> Any:
        value = super().python_value(value)  # type: ignore[no-untyped-call]  # as db_value
        if isinstance(value, dt.datetime):
            return value.replace(tzinfo=UTC)
        return value


class EnumField(CharField):
    """A string enumeration stored by its value."""

    def __init__(self, enum: type[StrEnum], **kwargs: Any) -> None:
        self.enum = enum
        kwargs.setdefault("max_length", 32)
        super().__init__(**kwargs)

    def db_value(self, value: Any) -> Any:
        if value is None:
            return None
        return self.enum(value).value

    def python_value(self, value: Any) -> Any:
        return None if value is None else self.enum(value)
