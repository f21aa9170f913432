"""The 1-second clock tick on a year of history, through the real main window (offscreen).

A COPY of the year database (``bench/bench_board.py`` builds it; never open it in place:
opening runs this branch's migrations) is opened, an administrator is given a PIN and
signed in, and the window's ``events.tick`` is emitted N times with a fake clock moved on
one second before each. Every listener runs as it does at the desk: the alert banners, the
clock warning, the status bar, the idle lock, the scan router, the window's check for
changes made elsewhere, and the screen on show (the check-in desk, then the lounge board).
Each tick is timed with the events it posts (repaints) processed. The baseline, in the same
run, is an empty tick: the same signal with one slot that does nothing.

Budget (issue 12): every tick under 16 ms.

    python bench/bench_tick.py --db /tmp/NAME/year.sqlite3 [--ticks 60]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from vipdesk.clock import FakeClock
from vipdesk.domain.pin import PinKey, hash_pin
from vipdesk.domain.vocabulary import Role
from vipdesk.gui.application import application_for_desk
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.services import setup, staff
from vipdesk.services.session import Session
from vipdesk.storage.database import open_database
from vipdesk.storage.models import Staff

NOW = dt.datetime(2026, 11, 23, 11, 0, tzinfo=dt.UTC)  # the year's "now"
PIN = "482915"
BUDGET_MS = 16.0


def timed_ticks(app: QApplication, clock: FakeClock, emit: Callable[[], None],
                ticks: int) -> list[float]:
    times = []
    for _ in range(ticks):
        clock.advance(dt.timedelta(seconds=1))
        started = time.perf_counter()
        emit()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return times


def line(label: str, times: list[float], bare: float) -> str:
    ordered = sorted(times)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    median = statistics.median(times)
    verdict = "within" if ordered[-1] < BUDGET_MS else "OVER"
    return (f"  {label:<30} p50 {median:6.2f}  p95 {p95:6.2f}  max {ordered[-1]:6.2f} ms"
            f"  ({median / bare:5.1f}x empty; budget {BUDGET_MS:.0f} ms every tick: {verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a copy of the year database")
    parser.add_argument("--ticks", type=int, default=60)
    args = parser.parse_args()
    if "/bench-data/" in str(args.db.resolve()):
        parser.error("give a copy of the year database, not the shared file itself")

    app = application_for_desk()
    clock = FakeClock(NOW)
    db = open_database(args.db)
    session = Session(db=db, clock=clock, pin_key=PinKey.new())
    session.lounge_id = setup.find_lounge(session).id
    admin = (Staff.select().where((Staff.lounge == session.lounge_id) & Staff.active
                                  & (Staff.role == Role.ADMINISTRATOR)).order_by(Staff.id).first())
    Staff.update(pin_hash=hash_pin(PIN, session.key), failed_pins=0, pin_retry_at=None) \
        .where(Staff.id == admin.id).execute()

    from vipdesk.gui.main_window import MainWindow
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    assert staff.sign_in(session, admin.id, PIN).ok
    window.on_signed_in()
    app.processEvents()
    visits = db.execute_sql("SELECT COUNT(*) FROM visit").fetchone()[0]

    empty = DeskEvents()
    empty.tick.connect(lambda: None)
    bare_times = timed_ticks(app, clock, empty.tick.emit, args.ticks)
    desk_times = timed_ticks(app, clock, window.events.tick.emit, args.ticks)
    window.show_screen("board")
    app.processEvents()
    board_times = timed_ticks(app, clock, window.events.tick.emit, args.ticks)
    bare = max(statistics.median(bare_times), 1e-3)

    print(f"{visits:,} visits on file; {args.ticks} ticks each, a fake clock 1 s on per tick; "
          f"{os.cpu_count()} cores")
    print(line("empty tick (baseline)", bare_times, bare))
    print(line("tick, check-in desk shown", desk_times, bare))
    print(line("tick, lounge board shown", board_times, bare))
    window.close()
    db.close()


if __name__ == "__main__":
    main()
