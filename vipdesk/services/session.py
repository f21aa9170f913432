"""Who is acting, at which desk, and when: passed to every service function."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Protocol

from peewee import Database, SqliteDatabase

from vipdesk.clock import Clock
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.permissions import SIGN_IN_ROLES, Permission, allows, refusal
from vipdesk.domain.pin import PinKey
from vipdesk.domain.vocabulary import Role
from vipdesk.storage.models import Lounge, Staff


class ServiceError(Exception):
    """A refusal the person at the desk should read: the message says what to do.

    ``message`` is a :class:`~vipdesk.domain.message.Message` the screen renders in the
    agent's language; ``str()`` of the error is its English (the log, the command line)."""

    def __init__(self, message: Message | str = "") -> None:
        self.message = message if isinstance(message, Message) else Message(message)
        super().__init__(str(self.message))


def as_message(text: Message | str) -> Message:
    """``text`` as a message: a finished sentence (e.g. a rule's English) is kept as is."""
    return text if isinstance(text, Message) else Message(text)


def joined(parts: Iterable[Message | str]) -> Message:
    """Sentences one after the other, each rendered in the reader's language."""
    result: Message | None = None
    for part in parts:
        result = as_message(part) if result is None else Message(
            QT_TRANSLATE_NOOP("Messages", "{sentence} {next}"),
            {"sentence": result, "next": as_message(part)})
    return result if result is not None else Message("")


class FieldProblems(ServiceError):
    """A refusal naming what is wrong with each field. ``problems`` are the English texts
    keyed by field (what the forms have read so far); ``messages`` the same, as messages
    to render in the reader's language."""

    def __init__(self, problems: Mapping[str, Message | str]) -> None:
        self.messages = {key: as_message(value) for key, value in problems.items()}
        super().__init__(joined(self.messages.values()))
        self.problems = {key: str(value) for key, value in self.messages.items()}


SIGN_IN_FIRST: Message = Message(QT_TRANSLATE_NOOP("Messages", "Please sign in first."))


class NotSignedIn(ServiceError):
    pass


class PermissionDenied(ServiceError):
    pass


class SignedOut(NotSignedIn):
    """The person signed in here was deactivated (or made an attendant) at another desk:
    this desk has signed them out, and the screens go back to the sign-in."""


@dataclass(frozen=True)
class SignedIn:
    """Who is signed in at a desk (or runs a command): plain values the screens read, never
    a database row. Their name or role changed meanwhile (at another desk, or by themselves)
    replaces the record the session holds (:meth:`Session.current_staff`)."""

    id: int
    name: str
    role: Role


def signed_in(staff: Staff) -> SignedIn:
    """The record of a staff row, as the session holds it."""
    return SignedIn(staff.id, staff.name, staff.role)


class ChangeCount(Protocol):
    """What counts the changes other desks told this one of (storage/change_feed.py)."""

    received: int


def new_origin() -> str:
    """A token naming one session's changes, so its desk does not hear its own."""
    return uuid.uuid4().hex[:12]


@dataclass
class Session:
    """The desk's working context. ``staff`` is None until someone signs in.

    ``pin_key`` is the installation's PIN key, loaded once at start-up
    (:func:`vipdesk.services.pin_key.load_pin_key`); every PIN is hashed and
    checked with it.

    ``desk`` is this desk's name (its own settings, e.g. "Desk 1"), recorded on each audit
    row and check-in. ``origin`` names this session's changes for the other desks;
    ``change_count`` is the desk's listener on PostgreSQL (:meth:`change_mark`).
    ``server_away``: the desk's connection watch says the server cannot be reached, so an
    action fails at once as a lost connection rather than block the desk's thread for the
    connect timeout (services/actions.py); the watch clears it when the server answers.
    """

    db: Database
    clock: Clock
    lounge_id: int | None = None
    pin_key: PinKey | None = field(default=None, repr=False)
    staff: SignedIn | None = None
    locked: bool = False
    desk: str | None = None
    origin: str = field(default_factory=new_origin, repr=False, compare=False)
    change_count: ChangeCount | None = field(default=None, repr=False, compare=False)
    server_away: bool = field(default=False, repr=False, compare=False)
    _lounge: Lounge | None = field(default=None, init=False, repr=False, compare=False)
    _lounge_mark: int | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def lounge(self) -> Lounge:
        """The desk's lounge, read once per action (services/actions.py forgets it as each
        action starts). Between actions, the copy read last while no other connection has
        committed since (:meth:`change_mark`: one pragma, no table read), so a setting saved
        at another desk counts at once here too; this desk's own changes are actions."""
        if self.lounge_id is None:
            raise ServiceError(Message(QT_TRANSLATE_NOOP(
                "Messages", "This desk has no lounge yet; run the first-run set-up.")))
        lounge = self._lounge
        if not self.db.in_transaction():
            mark = self.change_mark()
            if mark is None or mark != self._lounge_mark:
                lounge, self._lounge_mark = None, mark
        if lounge is None or lounge.id != self.lounge_id:
            lounge = self._lounge = Lounge.get_by_id(self.lounge_id)
        return lounge

    def forget_lounge(self) -> None:
        """Read the lounge again at its next use: an action starts, or its settings changed."""
        self._lounge = None

    def change_mark(self) -> int | None:
        """A number that moves whenever another connection (another desk, a worker)
        commits: SQLite's ``PRAGMA data_version``, the connection's own state, no table
        read; on PostgreSQL the count of changes the desk's listener was told of
        (storage/change_feed.py). Screens on the tick re-read only when it moved; this
        desk's own changes they hear of through ``DeskEvents.data_changed``. None where
        nothing counts them (then everything is re-read)."""
        if isinstance(self.db, SqliteDatabase):
            return int(self.db.execute_sql("PRAGMA data_version").fetchone()[0])
        return None if self.change_count is None else self.change_count.received

    @property
    def staff_id(self) -> int | None:
        """The signed-in member's id, for the rows an action writes in their name (None:
        nobody)."""
        return None if self.staff is None else self.staff.id

    @property
    def key(self) -> PinKey:
        """The PIN key; a desk started without one cannot check or set PINs."""
        if self.pin_key is None:
            raise ServiceError(Message(QT_TRANSLATE_NOOP(
                "Messages", "The PIN key is not loaded, so no PIN can be checked or set. "
                "Please restart VIP Desk.")))
        return self.pin_key

    def require(self, permission: Permission | None) -> SignedIn | None:
        """The signed-in staff member allowed to do this, or a refusal.

        Judged by their role and active state in the database now, not as they were at
        sign-in: an administrator at another desk may have changed them meanwhile.
        """
        if permission is None:
            return self.staff
        if self.staff is None or self.locked:
            raise NotSignedIn(SIGN_IN_FIRST)
        staff = self.current_staff()
        if not allows(staff.role, permission):
            raise PermissionDenied(refusal(staff.name, staff.role, permission))
        return staff

    def current_staff(self) -> SignedIn:
        """The signed-in person with their name and role as stored now (one primary-key
        read), which :attr:`staff` then holds. Someone who may no longer sign in (deactivated,
        made an attendant, removed) is signed out of this desk at once: :class:`SignedOut`."""
        if self.staff is None:
            raise NotSignedIn(SIGN_IN_FIRST)
        row = (Staff.select(Staff.name, Staff.role, Staff.active)
               .where(Staff.id == self.staff.id).first())
        if row is None or not row.active or row.role not in SIGN_IN_ROLES:
            name = self.staff.name
            self.staff, self.locked = None, False
            raise SignedOut(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} may no longer sign in (changed by an administrator), "
                "so this desk has signed them out. Please ask an administrator."),
                {"name": name}))
        if (row.name, row.role) != (self.staff.name, self.staff.role):
            self.staff = replace(self.staff, name=row.name, role=row.role)
        return self.staff

    def for_worker(self, clock: Clock, *, for_the_agent: bool = True) -> Session:
        """The same desk for work handed to another thread: the same database (peewee gives
        each thread its own connection), ``clock`` (read on the desk's thread) and, for work
        done for the agent, who is signed in (a frozen record both threads may hold), whom
        the action checks again in the database. ``for_the_agent=False``: the desk's own
        chores, done by nobody. The worker's changes are another connection's, told to this
        desk as other desks' are (a new ``origin``)."""
        return Session(db=self.db, clock=clock, lounge_id=self.lounge_id,
                       staff=self.staff if for_the_agent else None,
                       locked=self.locked if for_the_agent else False, desk=self.desk,
                       change_count=self.change_count, server_away=self.server_away)
