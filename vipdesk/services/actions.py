"""One decorator for every user action: permission, one transaction, one audit row.

The audit row is written inside the action's transaction, so a failed action
leaves neither its changes nor an audit row behind. The same transaction moves
the lounge's clock mark (services/clock_mark.py), or notes in the audit row that
the PC's clock was in doubt. Every action writes (its audit row at least), so on
SQLite its transaction takes the write lock at ``BEGIN IMMEDIATE``: a transaction
that read first and wrote later would be refused at once ("database is locked",
without waiting for the busy timeout) whenever another desk committed in between;
``BEGIN IMMEDIATE`` waits its turn.

When the disk refuses the write (full, read-only, an I/O error, another program
holding the lock) the action fails as a :class:`StorageProblem` the desk can
show, not a traceback.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any, Concatenate, ParamSpec, TypeVar

import peewee
from peewee import Database, Model

from vipdesk.desk_log import describe, log
from vipdesk.domain.permissions import Permission
from vipdesk.services.clock_mark import note_action
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import AuditEvent, Staff
from vipdesk.storage.trouble import Trouble, trouble_in

P = ParamSpec("P")
R = TypeVar("R")

# What the agent reads when the disk, not the action, is at fault.
_NOT_SAVED = {
    Trouble.FULL: "The disk is full: this action was not saved. "
                  "Please ask IT to free space, then try again.",
    Trouble.READ_ONLY: "The database is read-only: this action was not saved. "
                       "Please ask IT to check the database file, then try again.",
    Trouble.IO: "The disk could not be written (I/O error): this action was not saved. "
                "Please ask IT to check the disk, then try again.",
    Trouble.LOCKED: "The database is busy (another desk or program is writing): "
                    "this action was not saved. Please try again in a moment.",
    Trouble.DAMAGED: "The database file is damaged: this action was not saved. "
                     "Please ask IT to restore the newest backup.",
}


class StorageProblem(ServiceError):
    """The database could not be written (disk full, read-only, ...): nothing was saved."""


def storage_problem(error: BaseException) -> StorageProblem | None:
    """The agent's message for a storage failure behind ``error``, or None for any other error
    (see :func:`vipdesk.storage.trouble.trouble_in`)."""
    found = trouble_in(error)
    if found is None or found[0] not in _NOT_SAVED:
        return None
    trouble, cause = found
    problem = StorageProblem(_NOT_SAVED[trouble])
    problem.__cause__ = cause
    return problem


def _reopen_if_rolled_back(db: Database) -> None:
    """Give an enclosing transaction block a transaction to roll back.

    SQLite ends the transaction itself on some errors (a full disk); the
    enclosing ``atomic()`` would then fail on its ROLLBACK and hide our message.
    """
    if db.transaction_depth() == 0 or not isinstance(db, peewee.SqliteDatabase):
        return
    connection = db.connection()
    if not connection.in_transaction:
        connection.execute("BEGIN")


def write_transaction(db: Database) -> Any:
    """A transaction that holds the write lock from its first read (SQLite), else a plain one;
    inside another transaction, a savepoint of it."""
    return db.atomic("IMMEDIATE") if isinstance(db, peewee.SqliteDatabase) else db.atomic()


@contextlib.contextmanager
def storage_guard(db: Database) -> Iterator[None]:
    """Turn a storage failure inside the block into a :class:`StorageProblem`; leave the rest.

    Wrap it around the outermost transaction of an action (it must see the
    failed COMMIT or ROLLBACK too); the original error stays chained.
    """
    try:
        yield
    except (peewee.DatabaseError, sqlite3.DatabaseError) as error:
        if (problem := storage_problem(error)) is None:
            raise
        log.warning("not saved: %s", describe(problem.__cause__ or error))  # IT reads why
        _reopen_if_rolled_back(db)
        raise problem from problem.__cause__


def action(name: str, permission: Permission | None
           ) -> Callable[[Callable[Concatenate[Session, P], R]], Callable[Concatenate[Session, P], R]]:
    """Make ``fn(session, ...)`` a user action named ``name`` needing ``permission``.

    ``permission=None`` is for the few actions taken before anyone is signed in
    (first-run set-up, signing in); they name the staff member through
    ``session.audit(staff=...)``.
    """

    def decorate(fn: Callable[Concatenate[Session, P], R]) -> Callable[Concatenate[Session, P], R]:
        @functools.wraps(fn)
        def run(session: Session, *args: P.args, **kwargs: P.kwargs) -> R:
            session.pending_audit = {}
            try:
                with storage_guard(session.db), write_transaction(session.db):
                    # The role, active state and lounge as stored now, read under the write
                    # lock: a change made at another desk counts from the next action
                    # (session.py); the lounge is read once for the whole action.
                    session.forget_lounge()
                    actor = session.require(permission)
                    result = fn(session, *args, **kwargs)
                    _write_audit(session, name, actor, result)
            except BaseException:
                session.forget_lounge()  # a change to it was rolled back
                raise
            return result

        run.action_name = name  # type: ignore[attr-defined]
        return run

    return decorate


def _write_audit(session: Session, name: str, actor: Staff | None, result: Any) -> None:
    # The clock's time is recorded either way; a doubted one is noted and moves no mark.
    detail = {**session.pending_audit, **note_action(session)}
    session.pending_audit = {}
    entity = detail.pop("entity", result if isinstance(result, Model) else None)
    actor = detail.pop("staff", actor)
    AuditEvent.create(
        at=session.clock.now(),
        staff=actor,
        action=name,
        entity=type(entity)._meta.table_name if isinstance(entity, Model) else "",
        entity_id=entity.id if isinstance(entity, Model) else None,
        detail=json.dumps(detail, default=str, ensure_ascii=False, sort_keys=True) if detail else "",
    )
