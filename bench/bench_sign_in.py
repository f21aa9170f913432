"""Signing in with a keyed PIN hash, and setting a PIN that must differ from everyone else's.

Budget (issue 16): sign-in under 300 ms. Measured against one bare
``hashlib.scrypt`` of the same cost in the same process, so a slow machine shows
in both figures. Also measured: the first sign-in with a hash from before the
PIN key, wrapped with the key when the desk opens (the old scrypt, then an
HMAC with the key), the opening that wraps them, and adding a member of staff, whose PIN is
compared with every active colleague's (the slow hash, side by side on the cores).

    python bench/bench_sign_in.py [--runs 20] [--staff 10 30]
    python bench/bench_sign_in.py --gui DB [--processes 3] [--runs 8] [--now ISO]

``--gui DB`` signs in through the real window instead (``bench/sign_in_through_gui.py``, a
copy of DB, one fresh process each, so each has a first sign-in): the time from Enter to
the desk shown, the first in a process apart, and the GUI's longest gap meanwhile; the
bare scrypt is measured in the same run. Budget (issue 12): under 100 ms, the first included.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import timed
from vipdesk.clock import FakeClock
from vipdesk.domain.lounge_setup import LoungePlan
from vipdesk.domain.pin import PinKey, hash_pin, pin_problem, wrap_unkeyed
from vipdesk.domain.vocabulary import Role
from vipdesk.services import setup, staff
from vipdesk.services.pin_key import load_pin_key
from vipdesk.services.session import Session
from vipdesk.storage.database import open_database
from vipdesk.storage.models import Staff

START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
ADMIN_PIN, DESK_PIN = "482915", "4826"




def legacy_hash(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def line(label: str, times: list[float], bare: float) -> str:
    median = statistics.median(times)
    p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
    return (f"  {label:<38} median {median:7.1f}   p95 {p95:7.1f}   "
            f"= {median / bare:4.1f}x bare scrypt")


def through_the_gui(db: Path, processes: int, runs: int, now: str | None, bare: float) -> int:
    """Each process's first sign-in and the rest, from Enter to the desk shown."""
    firsts: list[float] = []
    others: list[float] = []
    first_gaps: list[float] = []
    other_gaps: list[float] = []
    child = Path(__file__).with_name("sign_in_through_gui.py")
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(processes):
            copy = Path(folder) / "lounge.sqlite3"
            for leftover in Path(folder).glob("lounge.sqlite3*"):
                leftover.unlink()
            shutil.copyfile(db, copy)
            done = subprocess.run([sys.executable, str(child), str(copy), str(runs),
                                   *([now] if now else [])],
                                  check=True, capture_output=True, text=True)
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            firsts.append(figures["times"][0])
            others += figures["times"][1:]
            first_gaps.append(figures["gaps"][0])
            other_gaps += figures["gaps"][1:]
    print(f"{processes} processes x {runs} sign-ins through the window, ms, "
          f"{os.cpu_count()} cores")
    print(f"  {'bare hashlib.scrypt (N=2^14, r=8)':<38} median {bare:7.1f}")
    print(line("first sign-in in a process", firsts, bare))
    print(line("later sign-ins", others, bare))
    print(f"  {'longest GUI gap, first / later':<38} median {statistics.median(first_gaps):7.1f}"
          f" / {statistics.median(other_gaps):.1f}   max {max(first_gaps + other_gaps):.1f}")
    slowest = max(firsts + others)
    print(f"  budget 100 ms with the first: {'met' if slowest < 100 else 'MISSED'} "
          f"(slowest {slowest:.1f} ms)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--staff", type=int, nargs="*", default=[10, 30])
    parser.add_argument("--gui", type=Path, help="a lounge database to sign in to (copied)")
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--now", help="the fake clock's time (ISO); default the PC's clock")
    options = parser.parse_args(argv)
    salt = os.urandom(16)
    bare = statistics.median(timed(
        lambda: hashlib.scrypt(b"4826", salt=salt, n=2**14, r=8, p=1, dklen=32), options.runs))
    if options.gui:
        return through_the_gui(options.gui, options.processes, options.runs, options.now, bare)

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        session = Session(db=db, clock=FakeClock(START), pin_key=PinKey.new())
        setup.set_up_lounge(session, LoungePlan(
            name="Bench Lounge", airport="CPH", timezone="Europe/Copenhagen",
            admin_name="Astrid Admin", admin_pin=ADMIN_PIN))
        session.lounge_id = setup.find_lounge(session).id
        admin = Staff.get(Staff.role == Role.ADMINISTRATOR)
        staff.sign_in(session, admin.id, ADMIN_PIN)
        desk = staff.add_staff(session, "Dina Desk", Role.FRONT_DESK, DESK_PIN)
        staff.sign_out(session)

        def sign_in_and_out() -> None:
            assert staff.sign_in(session, desk.id, DESK_PIN).ok
            session.staff = None  # sign-out is an action of its own, not measured here

        keyed = timed(sign_in_and_out, options.runs)

        Staff.update(pin_hash=wrap_unkeyed(legacy_hash(DESK_PIN), session.key)) \
            .where(Staff.id == desk.id).execute()
        wrapped = timed(sign_in_and_out, options.runs)

        # A lounge from before the key: the desk opens and wraps every old hash at once.
        key_file = Path(folder) / "key" / "pin.key"
        key_file.parent.mkdir(mode=0o700)
        key_file.write_bytes(session.key.secret)
        for member in Staff.select():
            member.pin_hash = legacy_hash("4826")
            member.save()
        started = time.perf_counter()
        load_pin_key(session, key_file)
        opening = (time.perf_counter() - started) * 1000
        for member in Staff.select().where(Staff.id != desk.id):
            member.pin_hash = None
            member.save()
        Staff.update(pin_hash=hash_pin(ADMIN_PIN, session.key)) \
            .where(Staff.id == admin.id).execute()

        print(f"{options.runs} runs, milliseconds, on {os.cpu_count()} cores")
        print(f"  {'bare hashlib.scrypt (N=2^14, r=8)':<38} median {bare:7.1f}")
        print(line("sign-in, keyed hash", keyed, bare))
        print(line("sign-in, pre-key hash wrapped with key", wrapped, bare))
        print(f"  {'opening: wrap ' + str(Staff.select().count()) + ' pre-key hashes':<38} "
              f"once    {opening:7.1f}")
        budget = max(keyed + wrapped)
        print(f"  budget 300 ms for sign-in: {'met' if budget < 300 else 'MISSED'} "
              f"(slowest {budget:.1f} ms)")

        staff.sign_in(session, admin.id, ADMIN_PIN)
        old_pins = (pin for n in range(1000) if pin_problem(pin := f"{3000 + 7 * n:04d}",
                                                            Role.FRONT_DESK) is None)
        pins = (pin for n in range(1000) if pin_problem(pin := f"{6001 + 3 * n:04d}",
                                                        Role.FRONT_DESK) is None)
        have = Staff.select().where(Staff.pin_hash.is_null(False)).count()
        for size in sorted(options.staff):
            for n in range(have, size):
                staff.add_staff(session, f"Agent {n}", Role.FRONT_DESK, next(old_pins))
            have = max(have, size)
            runs = max(3, options.runs // 4)
            adding = timed(lambda: staff.add_staff(session, "New Agent", Role.FRONT_DESK,
                                                   next(pins)), runs)
            have += runs
            print(line(f"add staff, PIN compared with {size}+", adding, bare))
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
