"""The end of a retention run (search index merged, log pushed to disk) never holds the write
lock while it waits for a reader, and what it could not finish is done by the next run
(issue 12, review findings 1 and 5)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

import pytest

from vipdesk.clock import FakeClock
from vipdesk.domain.vocabulary import Role
from vipdesk.gui.housekeeping import Housekeeping
from vipdesk.services import retention
from vipdesk.services.session import Session
from vipdesk.storage.models import Guest, Lounge, Staff

DAY = dt.timedelta(days=1)
SURNAME, GIVEN = "Zyxwvutsson", "Quirinella"


def expired_guest(lounge: Lounge, db: Session, now: dt.datetime) -> Guest:
    """A guest long past the retention period, with rows sharing pages with others, just
    written: the names are in the log's frames until it is emptied."""
    from tests.services.test_retention import crowd, guest, visit

    desk = Staff.create(lounge=lounge, name="Dina Desk", role=Role.FRONT_DESK,
                        created_at=now - 400 * DAY)
    crowd(lounge, desk, now - 120 * DAY, 40)
    person = guest(SURNAME, GIVEN, created=now - 130 * DAY)
    visit(lounge, person, desk, arrived=now - 120 * DAY, left=now - 120 * DAY + DAY / 8,
          sequence="0900", companions=(f"Ivo {SURNAME}",))
    assert names_on_disk(Path(db.db.database)), "the test can see them before"
    return person


def names_on_disk(db_path: Path) -> bool:
    from tests.services.test_retention import _file_holds

    return any(_file_holds(db_path, word) for word in (SURNAME, GIVEN))


def run_job(qtbot, chores: Housekeeping) -> float:
    """One whole retention job; how long it took, seconds."""
    started = time.perf_counter()
    with qtbot.waitSignal(chores.anonymised, timeout=30_000):
        chores.anonymise()
    return time.perf_counter() - started


def write_once(db_path: Path) -> float:
    """A write at another desk: how long it took, seconds."""
    other = sqlite3.connect(db_path, timeout=10, isolation_level=None)
    try:
        started = time.perf_counter()
        other.execute("BEGIN IMMEDIATE")
        # A real change: a frame in the WAL.
        other.execute("UPDATE lounge SET wifi_network = wifi_network || '.'")
        other.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        other.close()


def test_a_long_reader_does_not_make_the_job_hold_the_write_lock(
        qtbot, lounge_session: Session, lounge: Lounge, db_path: Path, clock: FakeClock) -> None:
    """A reader on an old snapshot (this desk's backup copying for seconds, a report at another
    desk) while the job ends: on main the TRUNCATE checkpoint waited the whole 10 s busy
    timeout holding the write lock, and every check-in with it. Now the job gives up in
    milliseconds, and pushes the log at its next run, when the reader is gone, even though
    that run clears nothing."""
    person = expired_guest(lounge, lounge_session, clock.now())
    write_once(db_path)  # frames in the log, which the reader's snapshot reads
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM guest").fetchone()  # holds its snapshot
    chores = Housekeeping(lounge_session, db_path)
    try:
        took = run_job(qtbot, chores)
        waited = write_once(db_path)
        assert Guest.get_by_id(person.id).surname == "Anonymised"
        assert took < 2.0, f"the job's end waited {took:.1f} s for the reader"
        assert waited < 0.5, f"a write at another desk waited {waited:.2f} s"
    finally:
        reader.execute("COMMIT")
        reader.close()

    assert run_job(qtbot, chores) < 2.0  # nothing left to clear: the push it owed
    chores.stop()
    assert not names_on_disk(db_path), "the names stayed in the log"


def test_a_push_put_off_while_a_backup_copies_is_done_by_the_next_run(
        qtbot, monkeypatch: pytest.MonkeyPatch, lounge_session: Session, lounge: Lounge,
        db_path: Path, clock: FakeClock) -> None:
    expired_guest(lounge, lounge_session, clock.now())
    chores = Housekeeping(lounge_session, db_path)
    monkeypatch.setattr(chores, "backup_copying", lambda: True)
    run_job(qtbot, chores)
    assert names_on_disk(db_path), "not pushed while the backup's copy holds its snapshot"

    monkeypatch.setattr(chores, "backup_copying", lambda: False)
    run_job(qtbot, chores)
    chores.stop()
    assert not names_on_disk(db_path)


def test_a_run_that_fails_after_clearing_leaves_its_push_to_the_next_run(
        qtbot, monkeypatch: pytest.MonkeyPatch, lounge_session: Session, lounge: Lounge,
        db_path: Path, clock: FakeClock) -> None:
    """Review finding 5: a failure after a batch committed (here tidying the log) lost what
    the batch had cleared, and a next run that cleared nothing never pushed the log."""
    person = expired_guest(lounge, lounge_session, clock.now())
    tidy = retention.tidy_log

    def fails_once(db: object) -> None:
        monkeypatch.setattr(retention, "tidy_log", tidy)
        raise OSError("disk I/O error")

    monkeypatch.setattr(retention, "tidy_log", fails_once)
    chores = Housekeeping(lounge_session, db_path)
    with qtbot.waitSignal(chores.problem, timeout=30_000):
        run_job(qtbot, chores)
    assert Guest.get_by_id(person.id).surname == "Anonymised", "the batch was committed"

    run_job(qtbot, chores)  # clears nothing itself
    chores.stop()
    assert not names_on_disk(db_path), "the names stayed in the log"
