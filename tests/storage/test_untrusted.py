"""A stranger's file is read within bounds: a deadline and a cap on what one value may take."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tests.storage.test_backup import new_database
from vipdesk.storage import untrusted
from vipdesk.storage.backup import vip_desk_problem


def test_a_value_bomb_is_stopped_by_the_value_cap_when_it_runs(tmp_path: Path) -> None:
    """The schema comparison refuses such a file first; were its SQL to run, the cap holds."""
    path = tmp_path / "bomb.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (a, b AS (hex(zeroblob(200000000))))")
        connection.execute("INSERT INTO t (a) VALUES (1)")
    connection.close()
    connection = untrusted.open_read_only(path)
    started = time.monotonic()
    with (pytest.raises(untrusted.TooCostly, match="larger than 16 MB"),
          untrusted.time_limit(connection, 10)):
        connection.execute("SELECT b FROM t").fetchall()
    connection.close()
    assert time.monotonic() - started < 1


def test_work_past_the_deadline_is_interrupted(tmp_path: Path) -> None:
    path = new_database(tmp_path / "vipdesk.sqlite3")
    connection = untrusted.open_read_only(path)
    started = time.monotonic()
    with (pytest.raises(untrusted.TooCostly, match="took longer than 0 seconds"),
          untrusted.time_limit(connection, 0.2)):
        connection.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"
                           " SELECT count(*) FROM n").fetchone()
    assert time.monotonic() - started < 2
    assert connection.execute("SELECT count(*) FROM lounge").fetchone() == (1,), \
        "the deadline ends with the block"
    connection.close()


def test_a_check_that_runs_over_its_time_refuses_the_file(tmp_path: Path) -> None:
    path = new_database(tmp_path / "vipdesk.sqlite3")
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO audit_event (at, action, entity, detail) VALUES "
            "('2026-11-23 08:00:00', 'x', '', ?)", [("y" * 100,)] * 20_000)
    connection.close()
    assert vip_desk_problem(path) is None
    assert vip_desk_problem(path, seconds=0) == "checking it took longer than 0 seconds"


def test_the_file_is_read_only(tmp_path: Path) -> None:
    path = new_database(tmp_path / "vipdesk.sqlite3")
    connection = untrusted.open_read_only(path)
    with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only"):
        connection.execute("DELETE FROM lounge")
    connection.close()
