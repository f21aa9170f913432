"""Signing in while other programs write to the same file: it waits its turn, it is not refused.

The writers are real: threads with their own SQLite connections committing
durably in a tight loop, as other desks and the backup job would.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import DESK_PIN
from vipdesk.services import staff
from vipdesk.services.actions import StorageProblem
from vipdesk.services.session import Session
from vipdesk.storage.database import BUSY_TIMEOUT_SECONDS
from vipdesk.storage.models import Staff

WRITERS = 3
SIGN_INS = 8


@contextlib.contextmanager
def writers(db_path: Path, count: int) -> Iterator[list[int]]:
    """``count`` threads committing small writes until the block ends; yields their tallies."""
    stop = threading.Event()
    commits = [0] * count
    started = [threading.Event() for _ in range(count)]

    def write(n: int) -> None:
        connection = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_SECONDS)
        connection.execute("PRAGMA synchronous = FULL")
        try:
            while not stop.is_set():
                with connection:
                    connection.execute(
                        "INSERT INTO audit_event (at, action, entity, detail) "
                        "VALUES ('2026-11-23 08:00:00+00:00', 'test.writer', '', ?)", (str(n),))
                commits[n] += 1
                started[n].set()
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    try:
        for first_commit in started:
            first_commit.wait(BUSY_TIMEOUT_SECONDS)
        yield commits
    finally:
        stop.set()
        for thread in threads:
            thread.join()


def test_signing_in_while_three_others_write_is_never_refused_as_busy(
        session: Session, db_path: Path, team: dict[str, Staff]) -> None:
    refusals: list[str] = []
    with writers(db_path, WRITERS) as commits:
        for _ in range(SIGN_INS):
            try:
                assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok
                staff.sign_out(session)
            except StorageProblem as problem:
                refusals.append(str(problem))
    assert refusals == []
    assert all(commits), "every writer wrote while the desk signed in"
