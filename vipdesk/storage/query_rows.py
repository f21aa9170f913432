"""A query's rows as plain tuples or dicts, typed as such.

peewee's own stubs declare ``.tuples()`` and ``.dicts()`` as returning the query itself,
so a checker thinks their rows are model instances; the services read many reports and
lists this way, and this is the one place that says what those rows really are.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from peewee import BaseQuery


def tuples_of(query: BaseQuery) -> Iterator[tuple[Any, ...]]:
    """The query's rows, each a tuple of its selected columns in order."""
    yield from query.tuples()


def dicts_of(query: BaseQuery) -> Iterator[dict[str, Any]]:
    """The query's rows, each a dict keyed by column name or alias."""
    yield from query.dicts()
