"""One decorator for every user action: permission, one transaction, one audit row, retry.

An action's body returns :class:`Done`: its result for the caller and, said
explicitly, what the audit row records (the entity, the details, whom it names).
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
show, not a traceback. When it is only busy (another desk held the write lock
past the busy timeout) the action runs once more: its transaction was rolled
back and it touches nothing but the database, so doing it again is safe.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import peewee
from peewee import Database

from vipdesk.desk_log import describe, log
from vipdesk.domain.permissions import Permission
from vipdesk.services.clock_mark import note_action
from vipdesk.services.session import ServiceError, Session, SignedIn
from vipdesk.storage.change_feed import announce
from vipdesk.storage.models import AuditEvent, BaseModel, Staff
from vipdesk.storage.trouble import Trouble, trouble_in, trouble_of

P = ParamSpec("P")
R = TypeVar("R")
O = TypeVar("O")  # noqa: E741 - what an action's ``prepare`` step hands its body
S = TypeVar("S", bound=Session)

# How many times an action whose database was busy runs again (each waits the busy timeout).
LOCKED_RETRIES = 1

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


class Actor(Enum):
    """Whom the audit row names when the action does not say: whoever the action ran as."""

    SIGNED_IN = "signed in"


@dataclass(frozen=True)
class Done(Generic[R]):
    """What an action's body hands back: ``result`` for its caller, and for the audit row
    the ``entity`` it changed (a row, or None), its ``detail`` and whom it names: ``staff``
    (a member of staff, their row or the session's record of them, or None for a job acting
    for the lounge; by default the actor)."""

    result: R
    entity: BaseModel | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)
    staff: Staff | SignedIn | Actor | None = Actor.SIGNED_IN

    def noting(self, **detail: Any) -> Done[R]:
        """The same, with more for the audit row (a step's action adding its own words)."""
        return replace(self, detail={**self.detail, **detail})


@overload
def action(name: str, permission: Permission | None
           ) -> Callable[[Callable[Concatenate[S, P], Done[R]]], Callable[Concatenate[S, P], R]]:
    ...


@overload
def action(name: str, permission: Permission | None, *, prepare: Callable[Concatenate[S, P], O]
           ) -> Callable[[Callable[Concatenate[S, O, P], Done[R]]], Callable[Concatenate[S, P], R]]:
    ...


def action(name: str, permission: Permission | None, *,
           prepare: Callable[..., Any] | None = None) -> Callable[[Callable[..., Any]], Any]:
    """Make ``fn(session, ...)`` the user action named ``name`` needing ``permission``.

    ``permission=None`` is for the few actions taken before anyone is signed in
    (first-run set-up, signing in) or by a job; they name the staff member in
    :attr:`Done.staff`. ``prepare(session, ...)``, with the action's own arguments,
    is the slow or separately audited work done before the write lock is taken (a
    PIN checked, a manager's approval); it runs once, after the permission check,
    and its answer is the body's first argument after the session.
    """

    def decorate(fn: Callable[..., Done[Any]]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def run(session: Session, *args: Any, **kwargs: Any) -> Any:
            if prepare is None:
                return _run(session, name, permission, functools.partial(fn, session),
                            args, kwargs)
            session.require(permission)  # before any PIN is checked or compared
            prepared = prepare(session, *args, **kwargs)
            return _run(session, name, permission, functools.partial(fn, session, prepared),
                        args, kwargs)

        return run

    return decorate


def _run(session: Session, name: str, permission: Permission | None,
         body: Callable[..., Done[Any]], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """The body in its own transaction, run again while the database was busy; inside
    another action's transaction, once (a retry is the outer one's)."""
    retries = LOCKED_RETRIES if session.db.transaction_depth() == 0 else 0
    while True:
        try:
            return _once(session, name, permission, body, args, kwargs)
        except StorageProblem as problem:
            if retries <= 0 or trouble_of(problem) is not Trouble.LOCKED:
                raise
            retries -= 1
            log.warning("database busy: %s runs again", name)


def _once(session: Session, name: str, permission: Permission | None,
          body: Callable[..., Done[Any]], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    try:
        with storage_guard(session.db), write_transaction(session.db):
            # The role, active state and lounge as stored now, read under the write
            # lock: a change made at another desk counts from the next action
            # (session.py); the lounge is read once for the whole action.
            session.forget_lounge()
            actor = session.require(permission)
            done = body(*args, **kwargs)
            _write_audit(session, name, actor, done)
            announce(session.db, session.lounge_id, name, session.origin)  # told on commit
    except BaseException:
        session.forget_lounge()  # a change to it was rolled back
        raise
    return done.result


def _write_audit(session: Session, name: str, actor: SignedIn | None,
                 done: Done[Any]) -> None:
    # The clock's time is recorded either way; a doubted one is noted and moves no mark.
    detail = {**done.detail, **note_action(session)}
    entity = done.entity
    text = json.dumps(detail, default=str, ensure_ascii=False, sort_keys=True) if detail else ""
    named = actor if done.staff is Actor.SIGNED_IN else done.staff
    AuditEvent.create(
        at=session.clock.now(),
        staff=named.id if named is not None else None,
        action=name,
        entity=type(entity)._meta.table_name if entity is not None else "",
        entity_id=entity.id if entity is not None else None,
        detail=text,
        desk=session.desk,
    )
