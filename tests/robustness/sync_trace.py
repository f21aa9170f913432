"""Were the desk's reports of "done" preceded by a sync of the write-ahead log? From strace.

A power cut loses what was written and not yet synced; a SIGKILL does not (the kernel
keeps the writes), so the kill harness cannot show this. Here the kill harness's child
runs to completion under ``strace -f -y``, and the trace is read in order: each write to
the database or its log marks that file unsynced, each ``fsync``/``fdatasync`` marks it
synced, and each ``done`` line the child writes to its parent must find the log synced.
Writes a checkpoint makes to the database file may be unsynced at a report without risk:
the log still holds those pages. Used by ``test_power_cut.py`` and ``bench/power_cut_check.py``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tests.robustness.kill_harness import REPO

# strace -f -y lines: '1234  pwrite64(5</tmp/x/checkin.sqlite3-wal>, ...'
# and the report: '1234  write(1</dev/null>, "done 7\n", 7) = 7'
CALL = re.compile(r"^(?:\d+\s+)?(?P<call>\w+)\((?P<fd>\d+)<(?P<path>[^>]*)>(?P<rest>.*)$")
DONE = re.compile(r'"done \d+')


@dataclass
class Verdict:
    mode: str
    reports: int = 0
    wal_syncs: int = 0
    folder_syncs: int = 0  # the log's directory entry, synced when the log is made
    early_reports: list[str] = field(default_factory=list)  # reported with the log unsynced
    reports_with_db_unsynced: int = 0  # checkpoint writes the log still covers


# The control: the same child with the durability setting lowered, which the check must catch.
UNSAFE_CHILD = ("import sys; import vipdesk.storage.database as d; "
                "d.SQLITE_PRAGMAS['synchronous'] = 'normal'; "
                "from tests.robustness.kill_harness import main; sys.exit(main(sys.argv[1:]))")


def traced_run(mode: str, db_path: Path, items: int, trace: Path, *, unsafe: bool = False
               ) -> None:
    """The kill harness's child writing ``items`` check-ins or complaints, traced."""
    child = ["-c", UNSAFE_CHILD] if unsafe else ["-m", "tests.robustness.kill_harness"]
    command = ["strace", "-f", "-y", "-s", "24", "-o", str(trace),
               "-e", "trace=write,pwrite64,writev,pwritev,fsync,fdatasync",
               sys.executable, *child, mode, str(db_path), "--limit", str(items)]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    subprocess.run(command, cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL)


def read_trace(mode: str, trace: Path, db_path: Path) -> Verdict:
    """Walk the trace in order; a report with the log unsynced is an early report."""
    verdict = Verdict(mode)
    wal, db = f"{db_path}-wal", str(db_path)
    dirty: set[str] = set()
    for line in trace.read_text(encoding="utf-8", errors="replace").splitlines():
        match = CALL.match(line)
        if match is None:
            continue
        call, path, rest = match["call"], match["path"], match["rest"]
        if call in ("fsync", "fdatasync"):
            dirty.discard(path)
            verdict.wal_syncs += path == wal
            verdict.folder_syncs += path == str(db_path.parent)
        elif path in (wal, db):
            dirty.add(path)
        elif match["fd"] == "1" and DONE.search(rest):  # the report to the parent
            verdict.reports += 1
            if wal in dirty:
                verdict.early_reports.append(DONE.search(rest).group(0).strip('"'))
            verdict.reports_with_db_unsynced += db in dirty
    return verdict
