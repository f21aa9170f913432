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

On PostgreSQL the transaction is a plain one (READ COMMITTED): desks run side by
side, and each action that decides on what it read locks those rows first
(:mod:`vipdesk.storage.row_locks`: the spaces before seats are counted, the complaint
before its step, the wait before it is ended, the lounge before its flights are
imported), or writes conditionally (``UPDATE ... WHERE alert_raised_at IS NULL``: the
second desk's update waits for the first and then matches nothing), or leans on a
unique index (one visit per boarding pass, one open wait per visit). What the server
still refuses as a conflict (a serialisation failure, a deadlock) runs again a few
times after a short random pause: the agent sees a short wait, nothing else.

When the disk refuses the write (full, read-only, an I/O error, another program
holding the lock) or the server is gone (the connection lost) the action fails as a
:class:`StorageProblem` the desk can show, not a traceback. When it is only busy
(another desk held the write lock past the busy timeout) the action runs once more:
its transaction was rolled back and it touches nothing but the database, so doing it
again is safe.

When a PostgreSQL server's answer is lost (the network dropped, the server restarted)
the desk cannot know whether the action was saved. Each user action has a key, written
on its audit row under a unique index (migration 0016): the action connects again and
runs once more under the same key. If the key is already there the first try was saved,
and the agent is told so (:class:`SavedBeforeTheConnectionWasLost`); if it is not, the
second try saves it; if the server is still away, the agent is told it may not be saved.
Nothing is ever done twice.
"""

from __future__ import annotations

import contextlib
import functools
import json
import random
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import peewee
from peewee import Database

from vipdesk.desk_log import describe, log
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.permissions import Permission
from vipdesk.services.clock_mark import note_action
from vipdesk.services.session import ServiceError, Session, SignedIn
from vipdesk.storage.change_feed import announce
from vipdesk.storage.models import AuditEvent, BaseModel, Staff
from vipdesk.storage.trouble import ServerAway, Trouble, trouble_in, trouble_of

P = ParamSpec("P")
R = TypeVar("R")
O = TypeVar("O")  # noqa: E741 - what an action's ``prepare`` step hands its body
S = TypeVar("S", bound=Session)

# How many times an action whose database was busy runs again (each waits the busy timeout).
LOCKED_RETRIES = 1
# How many times an action another desk's transaction got in the way of (PostgreSQL's
# serialisation failure or deadlock) runs again, each after a random pause of up to
# CONFLICT_PAUSE_SECONDS times 1, 2, 4...: the desks that collided do not collide again.
CONFLICT_RETRIES = 4
# How many times an action whose connection was lost runs again, under the same key, on a
# new connection (the server back after a restart); then the agent is told.
LOST_RETRIES = 1
CONFLICT_PAUSE_SECONDS = 0.02

# What the agent reads when the disk, not the action, is at fault.
_NOT_SAVED = {
    Trouble.FULL: QT_TRANSLATE_NOOP(
        "Messages", "The disk is full: this action was not saved. "
        "Please ask IT to free space, then try again."),
    Trouble.READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "The database is read-only: this action was not saved. "
        "Please ask IT to check the database file, then try again."),
    Trouble.IO: QT_TRANSLATE_NOOP(
        "Messages", "The disk could not be written (I/O error): this action was not saved. "
        "Please ask IT to check the disk, then try again."),
    Trouble.LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "The database is busy (another desk or program is writing): "
        "this action was not saved. Please try again in a moment."),
    Trouble.DAMAGED: QT_TRANSLATE_NOOP(
        "Messages", "The database file is damaged: this action was not saved. "
        "Please ask IT to restore the newest backup."),
    Trouble.CONFLICT: QT_TRANSLATE_NOOP(
        "Messages", "Other desks were changing the same thing at the same moment: "
        "this action was not saved. Please try again."),
    Trouble.LOST: QT_TRANSLATE_NOOP(
        "Messages", "The connection to the lounge database was lost: this action may not "
        "have been saved (it is never saved twice). Please check the board when "
        "the connection is back, then try again; if it stays lost, please ask IT "
        "to check the database server and the network."),
}


class StorageProblem(ServiceError):
    """The database could not be written (disk full, read-only, ...): nothing was saved."""


# An action not even tried: the desk knows the server is away (Session.server_away).
_NOT_TRIED = Message(QT_TRANSLATE_NOOP(
    "Messages", "The connection to the lounge database is lost: this was not done. Please do "
    "it again once the connection is back."))


def _refuse_while_server_away(session: Session) -> None:
    """Fail at once while the desk's connection watch says the server cannot be reached: a
    connection tried now would hold the desk's thread for the connect timeout."""
    if session.server_away and session.db.transaction_depth() == 0:
        problem = StorageProblem(_NOT_TRIED)
        problem.__cause__ = ServerAway()
        raise problem


class SavedBeforeTheConnectionWasLost(ServiceError):
    """The connection was lost as the action was saved, and it was saved: its result is
    not known here, so the screen reads it again rather than show it."""

    def __init__(self) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "Messages", "The connection to the lounge database was lost just as this was "
            "saved. It was saved, once: please check the screen before going on.")))


def storage_problem(error: BaseException) -> StorageProblem | None:
    """The agent's message for a storage failure behind ``error``, or None for any other error
    (see :func:`vipdesk.storage.trouble.trouble_in`)."""
    found = trouble_in(error)
    if found is None or found[0] not in _NOT_SAVED:
        return None
    trouble, cause = found
    problem = StorageProblem(Message(_NOT_SAVED[trouble]))
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
            _refuse_while_server_away(session)
            if prepare is None:
                return _run(session, name, permission, functools.partial(fn, session),
                            args, kwargs)
            _require_before(session, permission)  # before any PIN is checked or compared
            with _outside_transaction(session.db):
                prepared = prepare(session, *args, **kwargs)
            return _run(session, name, permission, functools.partial(fn, session, prepared),
                        args, kwargs)

        return run

    return decorate


@contextlib.contextmanager
def _outside_transaction(db: Database) -> Iterator[None]:
    """What an action reads before its transaction (the permission check and ``prepare``
    step): a storage failure there is the action's :class:`StorageProblem` too, not a
    traceback, and a lost connection is closed so that the next read connects afresh."""
    try:
        with storage_guard(db):
            yield
    except StorageProblem as problem:
        if trouble_of(problem) is Trouble.LOST and db.transaction_depth() == 0:
            _drop_lost_connection(db)
        raise


def _require_before(session: Session, permission: Permission | None) -> None:
    """The permission check before the ``prepare`` step; on a connection lost since the
    last action (the server restarted meanwhile) read once more on a new one, as the
    action itself would be (a read: nothing to do twice)."""
    for left in range(LOST_RETRIES, -1, -1):
        try:
            with _outside_transaction(session.db):
                session.require(permission)
            return
        except StorageProblem as problem:
            if trouble_of(problem) is not Trouble.LOST or left == 0:
                raise
            log.warning("database connection lost: the permission check runs again")


def _run(session: Session, name: str, permission: Permission | None,
         body: Callable[..., Done[Any]], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """The body in its own transaction, run again while the database was busy or another
    desk's transaction got in the way, or once more under the same key when the connection
    was lost; inside another action's transaction, once (a retry is the outer one's)."""
    outermost = session.db.transaction_depth() == 0
    key = uuid.uuid4().hex if outermost else None
    left = {Trouble.LOCKED: LOCKED_RETRIES if outermost else 0,
            Trouble.CONFLICT: CONFLICT_RETRIES if outermost else 0,
            Trouble.LOST: LOST_RETRIES if outermost else 0}
    while True:
        try:
            if key is not None and left[Trouble.LOST] < LOST_RETRIES and _saved(key):
                raise SavedBeforeTheConnectionWasLost()
            return _once(session, name, permission, body, args, kwargs, key)
        except StorageProblem as problem:
            trouble = trouble_of(problem)
            if trouble is Trouble.LOST and outermost:
                _drop_lost_connection(session.db)
            if trouble not in left or left[trouble] <= 0:
                raise
            left[trouble] -= 1
            if trouble is Trouble.CONFLICT:
                turn = CONFLICT_RETRIES - left[trouble]
                time.sleep(random.uniform(0, CONFLICT_PAUSE_SECONDS * 2 ** (turn - 1)))
            log.warning("database %s: %s runs again", trouble.value, name)


def _saved(key: str) -> bool:
    """Whether an action with this key was committed (read after a lost connection; a
    connection still lost raises the action's own storage problem)."""
    with storage_guard(AuditEvent._meta.database):
        return bool(AuditEvent.select(AuditEvent.id)
                    .where(AuditEvent.action_key == key).exists())


def _drop_lost_connection(db: Database) -> None:
    """Close a connection the server or the network dropped, so the next action connects
    afresh (peewee opens a closed database at its next query) rather than fail on it."""
    with contextlib.suppress(Exception):  # it is gone already; closing it cannot fail us
        db.close()


def _once(session: Session, name: str, permission: Permission | None,
          body: Callable[..., Done[Any]], args: tuple[Any, ...], kwargs: dict[str, Any],
          key: str | None) -> Any:
    try:
        with storage_guard(session.db), write_transaction(session.db):
            # The role, active state and lounge as stored now, read under the write
            # lock: a change made at another desk counts from the next action
            # (session.py); the lounge is read once for the whole action.
            session.forget_lounge()
            actor = session.require(permission)
            done = body(*args, **kwargs)
            _write_audit(session, name, actor, done, key)
            announce(session.db, session.lounge_id, name, session.origin)  # told on commit
    except BaseException:
        session.forget_lounge()  # a change to it was rolled back
        raise
    return done.result


def _write_audit(session: Session, name: str, actor: SignedIn | None,
                 done: Done[Any], key: str | None) -> None:
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
        action_key=key,
        lounge_id=session.lounge_id,
    )
