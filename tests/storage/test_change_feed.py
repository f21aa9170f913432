"""The change feed (issue 15): an action's commit is told to the other desks' listeners.

PostgreSQL only where a server is needed: a listener on a thread of its own hears what
another connection committed, never what was rolled back, its own session's changes, or
another lounge's."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import Database, PostgresqlDatabase

from tests.helpers import engine
from vipdesk.storage.change_feed import (
    LISTENER_NAME,
    Change,
    ChangeListener,
    announce,
    parse,
    payload,
)
from vipdesk.storage.database import open_database

ON_POSTGRES_ONLY = pytest.mark.skipif(
    not engine.ON_POSTGRES, reason="LISTEN/NOTIFY is PostgreSQL's; SQLite desks read "
    "PRAGMA data_version")
WAIT = 5.0


def test_a_payload_reads_back_and_a_strangers_is_ignored() -> None:
    change = Change(7, "visit.check_in", "abc123")
    assert parse(payload(change)) == change
    assert parse("hello") is None
    assert parse(":visit.check_in:x") is None


@pytest.mark.skipif(engine.ON_POSTGRES, reason="what SQLite does: nothing to announce")
def test_on_sqlite_announcing_writes_nothing(tmp_path: Path) -> None:
    db = open_database(tmp_path / "vipdesk.sqlite3")
    try:
        with db.atomic():
            announce(db, 1, "visit.check_in", "me")  # no pg_notify, no error
    finally:
        db.close()


class Heard:
    def __init__(self) -> None:
        self.changes: list[str] = []
        self.arrived = threading.Event()

    def __call__(self, what: str) -> None:
        self.changes.append(what)
        self.arrived.set()


@pytest.fixture
def listening(db: Database) -> Iterator[tuple[ChangeListener, Heard]]:
    assert isinstance(db, PostgresqlDatabase)
    heard = Heard()
    listener = ChangeListener(db, 1, "this-desk", heard)
    thread = threading.Thread(target=listener.run)
    thread.start()
    assert listener.listening.wait(WAIT)
    yield listener, heard
    listener.stop()
    thread.join(WAIT)
    assert not thread.is_alive(), "the listener's thread ends when told to stop"


@ON_POSTGRES_ONLY
def test_a_committed_change_is_heard_and_counted(
        db: Database, listening: tuple[ChangeListener, Heard]) -> None:
    listener, heard = listening
    with db.atomic():
        announce(db, 1, "visit.check_in", "other-desk")
        assert not heard.arrived.wait(0.3), "nothing is told before the commit"
    assert heard.arrived.wait(WAIT)
    assert heard.changes == ["visit.check_in"]
    assert listener.received == 1


@ON_POSTGRES_ONLY
def test_a_rolled_back_change_its_own_and_another_lounges_are_not_heard(
        db: Database, listening: tuple[ChangeListener, Heard]) -> None:
    listener, heard = listening
    with db.atomic() as transaction:
        announce(db, 1, "visit.check_in", "other-desk")
        transaction.rollback()
    announce(db, 1, "visit.seat", "this-desk")  # its own session's
    announce(db, 2, "visit.seat", "other-desk")  # another lounge's
    announce(db, 1, "complaint.log", "other-desk")  # then one it hears: all before it came
    assert heard.arrived.wait(WAIT)
    assert heard.changes == ["complaint.log"]
    assert listener.received == 1


@ON_POSTGRES_ONLY
def test_the_listener_comes_back_after_losing_the_server_and_says_what_it_may_have_missed(
        db: Database, listening: tuple[ChangeListener, Heard]) -> None:
    listener, heard = listening
    missed = threading.Event()
    listener.on_missed = missed.set
    db.execute_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                   "WHERE datname = current_database() AND application_name = %s",
                   (LISTENER_NAME,))
    assert missed.wait(WAIT), "connected again, and told its owner to read everything"
    assert listener.listening.wait(WAIT)
    assert listener.received == 1  # the changes it may have missed count as one
    announce(db, 1, "shift.start", "other-desk")
    assert heard.arrived.wait(WAIT)
    assert heard.changes == ["shift.start"]
