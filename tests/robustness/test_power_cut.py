"""What a power cut would take: every check-in and complaint reported as done had its
write-ahead log synced to disk first (see ``sync_trace``). With ``synchronous`` lowered
to NORMAL the same check finds early reports, so it can tell. Needs ``strace``
(``.ci/run`` installs it where it can); ``bench/power_cut_check.py`` runs longer.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.robustness import kill_harness
from tests.robustness.sync_trace import read_trace, traced_run


def strace_works() -> bool:
    """Installed, and allowed to trace (a container may forbid ptrace)."""
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-f", "-o", os.devnull, "true"], capture_output=True)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not strace_works(), reason="needs strace, allowed to trace")
ITEMS = 25


@pytest.mark.parametrize("mode", kill_harness.MODES)
def test_every_report_of_done_comes_after_its_log_is_on_disk(tmp_path: Path, mode: str) -> None:
    db_path = tmp_path / f"{mode}.sqlite3"
    kill_harness.prepare(db_path)
    traced_run(mode, db_path, ITEMS, tmp_path / "trace")
    verdict = read_trace(mode, tmp_path / "trace", db_path)
    assert verdict.reports == ITEMS
    assert verdict.early_reports == []
    assert verdict.wal_syncs >= ITEMS


def test_the_check_finds_reports_made_before_the_sync(tmp_path: Path) -> None:
    db_path = tmp_path / "unsafe.sqlite3"
    kill_harness.prepare(db_path)
    traced_run(kill_harness.CHECKIN, db_path, ITEMS, tmp_path / "trace", unsafe=True)
    verdict = read_trace(kill_harness.CHECKIN, tmp_path / "trace", db_path)
    assert verdict.reports == ITEMS
    assert len(verdict.early_reports) > ITEMS // 2
