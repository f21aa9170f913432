"""What changed at the other desks, told by PostgreSQL's ``LISTEN/NOTIFY`` (issue 15).

Every action's transaction announces itself (:func:`announce`): one ``pg_notify`` on
:data:`CHANNEL` with ``<lounge id>:<action>:<origin>``, which the server delivers only
when the transaction commits, and never if it rolls back. A desk follows the channel on a
connection of its own (:class:`ChangeListener`, run on a worker thread): autocommit,
``LISTEN``, then a wait for notifications that wakes every :data:`WAKE_SECONDS` to see
whether it should stop. When the server goes away it waits calmly and connects again,
telling its owner that changes may have been missed meanwhile.

SQLite has no such channel: there a desk follows ``PRAGMA data_version``
(:meth:`vipdesk.services.session.Session.change_mark`), and :func:`announce` does nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from peewee import Database, PostgresqlDatabase

from vipdesk.storage.postgres import connection_options

if TYPE_CHECKING:  # loaded by the listener only: a desk on SQLite never needs it
    import psycopg

CHANNEL = "vipdesk_changes"
LISTENER_NAME = "VIP Desk changes"  # its connection's application_name, as IT sees it
WAKE_SECONDS = 0.2  # how soon a stop is noticed while no change arrives
RETRY_SECONDS = (0.5, 1.0, 2.0, 5.0)  # waits between attempts to reach the server again


@dataclass(frozen=True)
class Change:
    """One committed action: in which lounge, which action ("visit.check_in"), and the
    origin token of the session that did it (a desk ignores its own)."""

    lounge_id: int
    what: str
    origin: str


def payload(change: Change) -> str:
    return f"{change.lounge_id}:{change.what}:{change.origin}"


def parse(text: str) -> Change | None:
    """The change a payload names; None for one that is not ours."""
    lounge, _, rest = text.partition(":")
    what, _, origin = rest.partition(":")
    if not lounge.isdigit() or not what:
        return None
    return Change(int(lounge), what, origin)


def announce(db: Database, lounge_id: int | None, what: str, origin: str) -> None:
    """Tell the other desks, when the current transaction commits, that ``what`` changed in
    the lounge (PostgreSQL; nothing on SQLite, whose desks read ``data_version``)."""
    if lounge_id is None or not isinstance(db, PostgresqlDatabase):
        return
    db.execute_sql("SELECT pg_notify(%s, %s)",
                   (CHANNEL, payload(Change(lounge_id, what, origin))))


def conninfo_of(db: PostgresqlDatabase) -> tuple[str, dict[str, Any]]:
    """The URL and options the desk's own connections use, for the listener's."""
    url, params = connection_options(db)
    return url, {**params, "application_name": LISTENER_NAME}


class ChangeListener:
    """Follows :data:`CHANNEL` for one lounge on its own connection, on the thread that calls
    :meth:`run` (until :meth:`stop`). ``on_change(what)`` is called there for each change
    made elsewhere (not by ``origin``); ``on_lost()`` when the server goes away (once, until it
    is back); ``on_missed()`` after the connection came back, as changes made meanwhile were
    not told. :attr:`received` counts the changes told, for
    :meth:`~vipdesk.services.session.Session.change_mark`."""

    def __init__(self, db: PostgresqlDatabase, lounge_id: int, origin: str,
                 on_change: Callable[[str], None],
                 on_missed: Callable[[], None] = lambda: None,
                 on_lost: Callable[[], None] = lambda: None) -> None:
        self.url, self.params = conninfo_of(db)
        self.lounge_id, self.origin = lounge_id, origin
        self.on_change, self.on_missed, self.on_lost = on_change, on_missed, on_lost
        self.received = 0
        self.listening = threading.Event()  # set while LISTEN is in force
        self._stopping = threading.Event()

    def stop(self) -> None:
        self._stopping.set()

    def run(self) -> None:
        import psycopg

        attempt = 0
        lost = False
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, **self.params) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    attempt = 0
                    if lost:
                        self.received += 1  # whatever changed meanwhile: read it all again
                        self.on_missed()
                    self._follow(connection)
            except (psycopg.OperationalError, psycopg.InterfaceError):  # the server went away
                if not lost and not self._stopping.is_set():
                    self.on_lost()  # the desk shows its strip at once, before any action fails
                lost = True
            finally:
                self.listening.clear()
            if not self._stopping.is_set():
                wait = RETRY_SECONDS[min(attempt, len(RETRY_SECONDS) - 1)]
                attempt += 1
                self._stopping.wait(wait)

    def _follow(self, connection: psycopg.Connection[Any]) -> None:
        while not self._stopping.is_set():
            for notice in connection.notifies(timeout=WAKE_SECONDS):
                change = parse(notice.payload)
                if (change is not None and change.lounge_id == self.lounge_id
                        and change.origin != self.origin):
                    self.received += 1
                    self.on_change(change.what)
                if self._stopping.is_set():
                    return
