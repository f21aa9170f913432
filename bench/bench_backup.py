"""A scheduled backup of a year's database against a bare ``sqlite3`` online backup of the
same file in the same process (issue 12 budget: within 2x).

The desk's backup (storage/backup.py) copies with the same online backup API, switches
the copy to a rollback journal, checks it, flushes it to disk and renames it into place;
each part is timed on its own so the price of each safety step shows. The bare backup is
``src.backup(dst)`` into a new file and nothing else. Runs alternate, on a copy of the
year built by bench_board.py (365 days at 1,400 visits a day).

    python bench/bench_backup.py [--db /tmp/bench_retention.sqlite3] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_board import NOW, build
from vipdesk.storage import backup, untrusted
from vipdesk.storage.schema_check import check_schema
from vipdesk.storage.value_check import value_problem

BUDGET = 2.0  # times the bare backup


def seconds(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def bare_backup(source: Path, out: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(out) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def parts(copy: Path) -> dict[str, float]:
    """The checks the desk may run on a fresh copy, each timed alone."""
    timed: dict[str, float] = {}
    connection = untrusted.open_read_only(copy)
    try:
        timed["schema"] = seconds(lambda: check_schema(connection))
        for pragma in ("quick_check", "integrity_check", "foreign_key_check"):
            timed[pragma] = seconds(
                lambda pragma=pragma: connection.execute(f"PRAGMA {pragma}").fetchmany(100))
        timed["values"] = seconds(lambda: value_problem(connection))
    finally:
        connection.close()
    timed["fsync"] = seconds(lambda: backup._fsync_file(copy))
    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench_retention.sqlite3"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, 365, 1400)

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "vipdesk.sqlite3"
        shutil.copyfile(args.db, source)
        size = source.stat().st_size
        bare, ours, daily = [], [], []
        often = backup.BackupPolicy(every_hours=0.0001)  # every run is due
        for run in range(args.runs):
            out = Path(folder) / f"bare-{run}.sqlite3"
            bare.append(seconds(lambda out=out: bare_backup(source, out)))
            out.unlink()
            made = Path(folder) / "backups"
            # The day's first backup gets the thorough check a restore makes; the next not.
            for times, second in ((daily, 0), (ours, 1)):
                times.append(seconds(lambda made=made, second=second: backup.run_scheduled_backup(
                    source, made, NOW.replace(second=second), often)))
            shutil.rmtree(made)
        copy = Path(folder) / "check.sqlite3"
        bare_backup(source, copy)
        checks = parts(copy)

    base, desk = statistics.median(bare), statistics.median(ours)
    print(f"database {size / 1e6:,.0f} MB; {args.runs} runs each, alternating")
    print(f"bare sqlite3 online backup: median {base:.2f} s "
          f"({', '.join(f'{b:.2f}' for b in bare)})")
    print(f"desk's scheduled backup:    median {desk:.2f} s "
          f"({', '.join(f'{o:.2f}' for o in ours)})")
    print(f"ratio {desk / base:.1f}x; budget {BUDGET:.0f}x: "
          f"{'within' if desk / base <= BUDGET else 'OVER'}")
    first = statistics.median(daily)
    print(f"the day's first backup (checked as a restore checks it, once a day): median "
          f"{first:.2f} s, {first / base:.1f}x")
    print("checks on a fresh copy, each alone: " + ", ".join(
        f"{name} {value:.2f} s" for name, value in checks.items()))


if __name__ == "__main__":
    main()
