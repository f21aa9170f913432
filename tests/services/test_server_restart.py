"""The PostgreSQL server restarted in the middle of a desk's work: nothing lost, nothing doubled.

The test runs a cluster of its own (``.ci/postgres`` in a folder of its own, on another
port), so restarting it disturbs no other test. A desk process checks guests in, a batch a
round (tests/helpers/race.py); in the middle round a second process restarts the server (a
fast shutdown ends every connection wherever it falls: between actions, mid-transaction,
mid-commit), and in the next round the desk scans that round's passes again, as an agent
does with every guest they were not told is checked in, then carries on with new guests.
What must hold: a pass the desk was told is checked in (or saved before the connection was
lost) has exactly one visit; no pass has two, nor two check-in audit rows; the desk works
after the restart.
"""

from __future__ import annotations

import datetime as dt
import glob
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from tests.helpers import engine, race
from vipdesk.clock import FakeClock
from vipdesk.domain.eligibility import PassDetails
from vipdesk.services.checkin import CheckIn
from vipdesk.services.session import signed_in
from vipdesk.storage.models import AuditEvent, Staff, Visit

pytestmark = pytest.mark.skipif(
    not engine.ON_POSTGRES, reason="restarts a PostgreSQL server (the SQLite run has none)")

SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "postgres"
PORT = "55433"  # beside the run's own server (55432), should both share a folder's parent
TODAY = dt.date(2026, 11, 23)  # the conftest clock: 09:00 in Copenhagen
BEFORE, DURING, AFTER = 4, 20, 4  # passes scanned in the rounds before, during and after


@pytest.fixture
def cluster() -> Iterator[tuple[str, str]]:
    """A PostgreSQL cluster of the test's own: its folder and its server's URL."""
    if not glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"):
        pytest.skip("PostgreSQL's programs are not installed (/usr/lib/postgresql/*/bin): "
                    "the server-restart test needs a cluster of its own to restart")
    folder = tempfile.mkdtemp(prefix="vipdesk-restart-")
    started = subprocess.run(["bash", str(SCRIPT), "start", folder, PORT], capture_output=True,
                             text=True, timeout=300, check=False)
    try:
        assert started.returncode == 0, f"the test's cluster did not start: {started.stderr}"
        yield folder, started.stdout.strip()
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", folder], timeout=120, check=False)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def db_target(cluster: tuple[str, str]) -> str:
    """The lounge's database on the test's own cluster (the conftest's fixtures use it)."""
    with psycopg.connect(cluster[1], autocommit=True) as connection:
        connection.execute('CREATE DATABASE "lounge"')
    return urlunsplit(urlsplit(cluster[1])._replace(path="/lounge"))


def a_pass(n: int) -> CheckIn:
    return CheckIn(PassDetails(
        surname=f"Restart{n}", given_names="Karen", title="Mrs", origin="CPH",
        destination="LHR", carrier="SK", flight_number="501", flight_date=TODAY,
        compartment="F", seat=f"{n % 30 + 1}A", sequence=str(300 + n)))


def started_at(url: str) -> dt.datetime:
    with psycopg.connect(url) as connection:
        row = connection.execute("SELECT pg_postmaster_start_time()").fetchone()
    assert row is not None
    return row[0]


def test_a_server_restart_in_the_middle_of_check_ins_loses_nothing_and_doubles_nothing(
        cluster: tuple[str, str], db_target: str, db: object, clock: FakeClock,
        team: dict[str, Staff]) -> None:
    before = list(range(BEFORE))
    during = list(range(BEFORE, BEFORE + DURING))
    after = list(range(BEFORE + DURING, BEFORE + DURING + AFTER))
    rounds = [
        [partial(race.check_in_each, [a_pass(n) for n in before]), race.stand_by],
        [partial(race.check_in_each, [a_pass(n) for n in during]),
         partial(race.restart_server, cluster[0])],
        [partial(race.check_in_each, [a_pass(n) for n in during + after]), race.stand_by],
    ]
    desk = team["desk"]
    up_since = started_at(db_target)

    outcomes = race.race_processes(db_target, race.desks(
        desk.lounge_id, signed_in(desk), clock.now(), rounds))

    assert outcomes[1] == ["done"] * 3, outcomes
    assert started_at(db_target) > up_since, "the server was not restarted"
    told = [said.split("; ") for said in outcomes[0]]
    assert all(said.startswith("seated in") for said in told[0]), told[0]
    scanned_again, new_guests = told[2][:DURING], told[2][DURING:]
    for first, again in zip(told[1], scanned_again, strict=True):
        if first.startswith("seated in") or first == "refused: SavedBeforeTheConnectionWasLost":
            assert again == "refused: AlreadyCheckedIn", (first, again)  # saved once, kept
        else:  # told it may not have been saved: scanned again, it is there once either way
            assert first == "refused: StorageProblem", first
            assert again.startswith("seated in") or again == "refused: AlreadyCheckedIn"
    assert all(said.startswith("seated in") for said in new_guests), new_guests

    db.close()  # type: ignore[attr-defined]  # the test's own connection ended with the rest
    by_pass = Counter(visit.checkin_sequence for visit in Visit.select())
    assert by_pass == {str(300 + n): 1 for n in before + during + after}
    check_ins = (AuditEvent.select().where(AuditEvent.action == "visit.check_in").count())
    assert check_ins == BEFORE + DURING + AFTER
