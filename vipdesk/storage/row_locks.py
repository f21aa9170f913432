"""Row locks: what ``BEGIN IMMEDIATE`` gives an action on SQLite, asked for row by row elsewhere.

On SQLite every action holds the database's one write lock from its first read
(services/actions.py), so whatever it reads stays true until it commits. PostgreSQL runs
desks side by side (READ COMMITTED): an action that reads a row, decides, then writes must
lock what it decided on, or another desk may change it in between. :func:`locked` makes a
query lock the rows it reads (``FOR NO KEY UPDATE``: another desk wanting the same rows
waits, then reads them as that desk left them; a row that no longer matches the query is
not returned), and :func:`lock_lounge` takes the lounge's row when the decision is about
the whole lounge (its flights, its retention batch). Both do nothing on SQLite.

``NO KEY UPDATE`` rather than ``UPDATE``: a row written with a foreign key to a locked row
(a visit naming its space) only needs ``KEY SHARE`` on it, which this mode leaves free, so
other desks' inserts never queue behind the lock. Locks are always taken in the same order
(the lounge, then its spaces by id, then the one row an action changes) so two desks never
wait for each other in a circle.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

from peewee import Database, ModelSelect

from vipdesk.storage.models import Lounge

Q = TypeVar("Q", bound="ModelSelect[Any]")

LOCK_MODE = "FOR NO KEY UPDATE"


def has_row_locks(db: Database) -> bool:
    """Whether the engine locks rows (PostgreSQL) rather than the whole database (SQLite)."""
    return bool(getattr(db, "for_update", False))


def locked(db: Database, query: Q) -> Q:
    """``query`` locking the rows it reads until the transaction ends, where rows are locked;
    as it is on SQLite. A query with joins locks only its own model's rows."""
    if not has_row_locks(db):
        return query
    return cast(Q, _lockable(query).for_update(LOCK_MODE, of=query.model))


def lock_lounge(db: Database, lounge_id: int | None) -> None:
    """Hold the lounge's row until the transaction ends (several desks' decisions about the
    whole lounge take their turn); nothing on SQLite."""
    if lounge_id is not None and has_row_locks(db):
        list(_lockable(Lounge.select(Lounge.id).where(Lounge.id == lounge_id))
             .for_update(LOCK_MODE))


def _lockable(query: ModelSelect[Any]) -> Any:
    """The query, for ``for_update`` with a lock mode by name (the stubs allow only a bool)."""
    return query
