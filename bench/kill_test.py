"""The long kill test: hundreds of SIGKILLs while the desk checks guests in and logs complaints.

Run by hand from the repository root::

    python bench/kill_test.py --kills 200

Half the kills hit check-ins, half complaint logging, each on its own
database. Prints how many kills were survived and what was checked; exits 1
when anything reported as done is missing or half-written.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.robustness import kill_harness


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200, help="kills in all (split in two)")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-delay-ms", type=float, default=300.0)
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    print(f"seed {seed}; {args.kills} kills, 5 to {args.max_delay_ms:.0f} ms after the child "
          "is ready (every 5th from its start)")
    failed = False
    with tempfile.TemporaryDirectory(prefix="vipdesk-kill-") as folder:
        for mode, kills in ((kill_harness.CHECKIN, args.kills - args.kills // 2),
                            (kill_harness.COMPLAINT, args.kills // 2)):
            path = Path(folder) / f"{mode}.sqlite3"
            kill_harness.prepare(path)
            started = time.perf_counter()
            run = kill_harness.run_kills(path, mode, kills, rng,
                                         max_delay=args.max_delay_ms / 1000)
            confirmed = {"checkins": run.confirmed} if mode == kill_harness.CHECKIN else {
                "complaints": run.confirmed}
            verdict = kill_harness.verify(path, kills=run.kills, **confirmed)
            seconds = time.perf_counter() - started
            size = path.stat().st_size
            print(f"\n{mode}: {run.kills}/{kills} kills survived in {seconds:.1f} s "
                  f"({run.killed_before_ready} during start-up and sign-in)")
            print(f"  {len(run.confirmed)} reported done, all on file: "
                  f"{not any('not on file' in p for p in verdict.problems)}")
            print(f"  on file: {verdict.visits} visits, {verdict.complaints} complaints; "
                  f"{verdict.unreported} committed but killed before the report")
            print(f"  integrity_check: {verdict.integrity}; database {size:,} bytes")
            print("  checked: integrity_check, foreign_key_check, every reported item on file, "
                  "audit row for every item and item for every audit row, companions/party size, "
                  "complaint events and work orders")
            for problem in run.errors + verdict.problems:
                print(f"  PROBLEM: {problem}")
            failed = failed or bool(run.errors or verdict.problems)
    print("\nFAILED" if failed else "\nall kills survived")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
