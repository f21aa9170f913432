"""SIGKILL the desk while it checks guests in or logs complaints: nothing reported is lost.

A few kills each here, to stay within CI's time; ``bench/kill_test.py`` runs hundreds.
"""

from __future__ import annotations

import random
import signal
import sqlite3
from pathlib import Path

import pytest

from tests.robustness import kill_harness

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

KILLS = 15


@pytest.fixture
def prepared(tmp_path: Path) -> Path:
    path = tmp_path / "vipdesk.sqlite3"
    kill_harness.prepare(path)
    return path


def test_every_check_in_reported_done_survives_sigkill(prepared: Path) -> None:
    run = kill_harness.run_kills(prepared, kill_harness.CHECKIN, KILLS, random.Random(7))
    assert run.errors == []
    assert run.kills == KILLS
    assert len(run.confirmed) > KILLS, "the children should get some check-ins done between kills"
    verdict = kill_harness.verify(prepared, checkins=run.confirmed, kills=run.kills)
    assert verdict.problems == []
    assert verdict.integrity == "ok"
    assert verdict.visits >= len(run.confirmed)


def test_every_complaint_reported_done_survives_sigkill(prepared: Path) -> None:
    run = kill_harness.run_kills(prepared, kill_harness.COMPLAINT, KILLS, random.Random(11))
    assert run.errors == []
    assert run.kills == KILLS
    assert len(run.confirmed) > KILLS
    verdict = kill_harness.verify(prepared, complaints=run.confirmed, kills=run.kills)
    assert verdict.problems == []
    assert verdict.complaints >= len(run.confirmed)


def test_the_verifier_sees_a_half_written_check_in_and_a_lost_one(prepared: Path) -> None:
    """The harness has teeth: a visit without its audit row or a lost check-in is reported."""
    done = kill_harness.run_to_completion(prepared, kill_harness.CHECKIN, 3)
    assert done == ["1", "2", "3"]
    assert kill_harness.verify(prepared, checkins=done).problems == []
    with sqlite3.connect(prepared) as connection:  # the audit trail refuses deletes: add a visit
        columns = [row[1] for row in connection.execute("PRAGMA table_info(visit)")
                   if row[1] not in ("id", "checkin_sequence")]
        listed = ", ".join(columns)
        connection.execute(f"INSERT INTO visit ({listed}, checkin_sequence) "
                           f"SELECT {listed}, '999' FROM visit WHERE checkin_sequence = '1'")
    connection.close()
    problems = kill_harness.verify(prepared, checkins=[*done, "4"]).problems
    assert any("without their visit.check_in audit row" in p for p in problems)
    assert any("reported done but not on file: ['4']" in p for p in problems)


def test_the_verifier_sees_a_complaint_without_its_history(prepared: Path) -> None:
    done = kill_harness.run_to_completion(prepared, kill_harness.COMPLAINT, 2)
    assert kill_harness.verify(prepared, complaints=done).problems == []
    with sqlite3.connect(prepared) as connection:
        connection.execute("DELETE FROM complaint_event WHERE step = 'logged'")
    connection.close()
    problems = kill_harness.verify(prepared, complaints=done).problems
    assert any("missing their logged" in p for p in problems)
