"""One process of ``bench_sign_in.py --gui``: the real main window (offscreen) on a lounge
database, a front-desk agent signing in through the sign-in screen (name, PIN, Enter) and
out again. Prints JSON: each sign-in's time from Enter to the desk shown and painted, the
first in the process first, and the longest gap of the GUI event loop during each (a 5 ms
timer's lateness, as ``freeze_monitor`` measures it).

    python bench/sign_in_through_gui.py DB RUNS [NOW as ISO time; default the PC's clock]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest

from vipdesk.clock import FakeClock
from vipdesk.domain.pin import PinKey, hash_pin
from vipdesk.domain.vocabulary import Role
from vipdesk.gui.application import application_for_desk
from vipdesk.services import setup
from vipdesk.services.session import Session
from vipdesk.storage.database import open_database
from vipdesk.storage.models import Staff

PIN = "4826"
TICK_MS = 5


class GapWatch:
    """The longest time the event loop left a 5 ms timer waiting past its due time."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._beat)
        self.clock = QElapsedTimer()
        self.longest = 0.0

    def start(self) -> None:
        self.longest = 0.0
        self.clock.start()
        self.timer.start()

    def _beat(self) -> None:
        self.longest = max(self.longest, self.clock.nsecsElapsed() / 1e6 - TICK_MS)
        self.clock.restart()

    def stop(self) -> float:
        self._beat()
        self.timer.stop()
        return self.longest


def main() -> int:
    db_path, runs = Path(sys.argv[1]), int(sys.argv[2])
    now = dt.datetime.fromisoformat(sys.argv[3]) if len(sys.argv) > 3 else dt.datetime.now(dt.UTC)
    app = application_for_desk()
    db = open_database(db_path)
    session = Session(db=db, clock=FakeClock(now), pin_key=PinKey.new())
    session.lounge_id = setup.find_lounge(session).id
    agent = (Staff.select().where((Staff.lounge == session.lounge_id) & Staff.active
                                  & (Staff.role == Role.FRONT_DESK)).order_by(Staff.id).first())
    Staff.update(pin_hash=None).execute()  # made with another key: only the agent's is set
    Staff.update(pin_hash=hash_pin(PIN, session.key), failed_pins=0, pin_retry_at=None) \
        .where(Staff.id == agent.id).execute()

    from vipdesk.gui.main_window import MainWindow
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    ready = time.monotonic() + 10  # on screen, and what it does while nobody signs in, done
    while time.monotonic() < ready and not (window.shell and "desk" in window.screens):
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):  # a person takes a few seconds to pick their name and type
        app.processEvents()
        time.sleep(0.01)
    watch = GapWatch()
    times, gaps = [], []
    for _ in range(runs):
        screen = window.sign_in
        names = screen.ui.staffList
        names.setCurrentRow(next(i for i in range(names.count())
                                 if names.item(i).text().startswith(agent.name)))
        screen.ui.pinEdit.setText(PIN)
        watch.start()
        started = time.perf_counter()
        QTest.keyClick(screen.ui.pinEdit, Qt.Key.Key_Return)
        while window.pages.currentWidget() is not window.shell:  # sleeps until events come
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        window.repaint()  # the desk painted, as the agent sees it
        times.append((time.perf_counter() - started) * 1000)
        gaps.append(watch.stop())
        window.sign_out()
        for _ in range(5):
            app.processEvents()
    print(json.dumps({"times": times, "gaps": gaps}))
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
