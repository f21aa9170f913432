"""How long another desk's write waits while the retention job pushes the log to disk with a
long reader open (a backup copying, a report at another desk): the old push (``TRUNCATE``
under the desk's busy timeout, ``retention.push_to_disk``) against the job's push now
(``retention.push_to_disk_briefly``), beside the same write with nothing else running.

Any database will do (the wait does not depend on its size): a copy of ``--db`` is used.

    python bench/bench_retention_push.py [--db /tmp/bench_retention.sqlite3]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from peewee import Database

from vipdesk.services import retention
from vipdesk.storage.database import open_database


def write(path: Path) -> float:
    """Another desk's BEGIN IMMEDIATE + write + COMMIT; milliseconds."""
    other = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        started = time.perf_counter()
        other.execute("BEGIN IMMEDIATE")
        # A real change: a frame in the WAL.
        other.execute("UPDATE lounge SET wifi_network = wifi_network || '.'")
        other.execute("COMMIT")
        return (time.perf_counter() - started) * 1000
    finally:
        other.close()


def beside_a_reader(path: Path, push: Callable[[Database], bool]) -> tuple[float, float]:
    """The push's own time and the write's wait, both ms, with a reader's old snapshot."""
    database = open_database(path)
    retention.push_to_disk(database)  # an empty log: no automatic checkpoint below
    write(path)  # a frame the reader's snapshot reads from the log
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM lounge").fetchone()
    write(path)  # a frame the reader's snapshot does not see
    took: list[float] = []

    def job() -> None:
        started = time.perf_counter()
        push(database)
        took.append((time.perf_counter() - started) * 1000)
        database.close()

    pushing = threading.Thread(target=job)
    pushing.start()
    time.sleep(0.01)  # the push has the write lock
    waited = write(path)
    pushing.join()
    reader.execute("COMMIT")
    reader.close()
    return took[0], waited


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench_retention.sqlite3"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "push.sqlite3"
        shutil.copyfile(args.db, path)
        alone = sorted(write(path) for _ in range(20))[10]
        print(f"another desk's write alone: median {alone:.1f} ms")
        for name, push in (("old push (TRUNCATE)", retention.push_to_disk),
                           ("job's push now", retention.push_to_disk_briefly)):
            took, waited = beside_a_reader(path, push)
            print(f"{name}: took {took:.0f} ms; the write beside it {waited:.0f} ms, "
                  f"{waited / alone:.0f}x alone")


if __name__ == "__main__":
    main()
