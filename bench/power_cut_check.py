"""Would a power cut lose a check-in the desk had shown as done? Read the system calls.

A SIGKILL (``bench/kill_test.py``) proves the transactions: the kernel keeps a
killed process's writes, so it cannot show that a check-in reached the disk. A
power cut loses whatever was written and not yet synced. This runs the kill
harness's child (check-ins, then complaints) to completion under ``strace``,
recording every write and every sync by file, and checks that when each
``done`` line left the child, everything it had written to the write-ahead log
had been synced (``fsync``/``fdatasync`` on that file). SQLite's checkpoint
copies synced log pages into the database file; those writes may be unsynced
at a report without risk (the log still holds them) and are counted apart.

Run by hand from the repository root (needs ``strace``: ``apt-get install strace``)::

    python bench/power_cut_check.py --items 200
    python bench/power_cut_check.py --items 200 --control   # synchronous=NORMAL: must fail

Exits 1 when any report came before its log was synced.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.robustness import kill_harness  # noqa: E402
from tests.robustness.sync_trace import read_trace, traced_run  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200,
                        help="check-ins, then as many complaints (default 200)")
    parser.add_argument("--control", action="store_true",
                        help="lower synchronous to NORMAL: the check must then fail")
    args = parser.parse_args(argv)
    if shutil.which("strace") is None:
        print("strace is not installed (apt-get install strace)", file=sys.stderr)
        return 2
    failed = False
    with tempfile.TemporaryDirectory(prefix="vipdesk-power-") as folder:
        for mode in (kill_harness.CHECKIN, kill_harness.COMPLAINT):
            db_path = Path(folder) / f"{mode}.sqlite3"
            kill_harness.prepare(db_path)
            trace = Path(folder) / f"{mode}.strace"
            traced_run(mode, db_path, args.items, trace, unsafe=args.control)
            verdict = read_trace(mode, trace, db_path)
            failed |= bool(verdict.early_reports) or verdict.reports != args.items
            print(f"{mode:>9}: {verdict.reports} reported as done, "
                  f"{verdict.reports - len(verdict.early_reports)} with the log synced first, "
                  f"{len(verdict.early_reports)} before ({', '.join(verdict.early_reports[:5])}); "
                  f"{verdict.wal_syncs} log syncs, {verdict.folder_syncs} folder syncs; "
                  f"{verdict.reports_with_db_unsynced} reports "
                  "while a checkpoint's database writes were unsynced (the log holds them)")
    print("FAILED" if failed else "every report came after its log was on disk")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
