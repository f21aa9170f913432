"""The desk on a bare kiosk: plain X, no window manager, nobody clicks the window.

Many kiosks run one program on plain X. Nothing there activates a window, and Qt's
window shortcuts (F2, F4, Esc...) work only in the active window, so the desk must
take the keyboard itself. This starts its own Xvfb on a free display, runs the real
desk (``main.py --db``) on it, and presses keys with ``xdotool`` without a click.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DESK_PIN, REPO
from vipdesk.storage.models import AuditEvent, Staff, Visit

DEADLINE_SECONDS = 20
pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (.ci/run installs them)")


@pytest.fixture
def display() -> Iterator[str]:
    """A new X server with no window manager; Xvfb picks a free display itself."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as number:
        name = ":" + number.readline().strip()
    try:
        assert name != ":", "Xvfb did not start"
        deadline = time.monotonic() + DEADLINE_SECONDS
        while not xdotool(name, "getmouselocation"):  # until it takes connections
            assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        yield name
    finally:
        server.terminate()
        server.wait(timeout=DEADLINE_SECONDS)


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display},
                          check=False, capture_output=True, text=True, timeout=DEADLINE_SECONDS)
    return done.stdout.strip()


def window_shown(display: str, title: str, *, shown: bool = True) -> bool:
    """Whether a window with this exact title is on screen, waiting for it to (dis)appear."""
    deadline = time.monotonic() + 5
    while True:
        found = bool(xdotool(display, "search", "--onlyvisible", "--name", f"^{title}$"))
        if found == shown or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def has_keyboard(display: str, title: str) -> bool:
    """Whether X gives the keys to the window with this title, waiting for it to."""
    deadline = time.monotonic() + 5
    while True:
        wanted = xdotool(display, "search", "--onlyvisible", "--name", f"^{title}$")
        if wanted and xdotool(display, "getwindowfocus", "-f") in wanted.split():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


def wait_until(check, what: str, desk: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + DEADLINE_SECONDS
    while not check():
        assert desk.poll() is None, desk.communicate()
        assert time.monotonic() < deadline, f"no {what} after {DEADLINE_SECONDS} s"
        time.sleep(0.05)


def todays_pass() -> str:
    """A business-class pass from CPH, dated today (the desk runs on the real clock)."""
    day = dt.datetime.now(dt.UTC).timetuple().tm_yday
    return f"M1{'BARE/KIOSK MR':<20}EABC123 CPHLHRSK 0501 {day:03d}J002A0025 100"


@pytest.fixture
def desk(display: str, db_path: Path, db,
         team: dict[str, Staff]) -> Iterator[subprocess.Popen[str]]:
    """The real desk on the bare display, its window up and nobody signed in."""
    db.close()
    environment = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                   "PYTHONPATH": str(REPO)}
    process = subprocess.Popen([sys.executable, "main.py", "--db", str(db_path)], cwd=REPO,
                               env=environment, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        wait_until(lambda: window_shown(display, "VIP Desk"), "desk window", process)
        yield process
    finally:
        process.terminate()
        process.communicate(timeout=DEADLINE_SECONDS)


def test_the_desk_takes_the_keyboard_and_its_shortcuts_work_without_a_click(
        display: str, desk: subprocess.Popen[str], db, team: dict[str, Staff]) -> None:
    # Signing in by keyboard: the arrow picks the second name (Dina Desk), then the PIN.
    xdotool(display, "key", "Down", "Down")
    xdotool(display, "type", "--delay", "20", DESK_PIN)
    xdotool(display, "key", "Return")
    db.connect(reuse_if_open=True)
    signed_in = AuditEvent.select().where(AuditEvent.action == "staff.sign_in")
    wait_until(lambda: signed_in.where(AuditEvent.staff == team["desk"].id).count() == 1,
               "sign-in", desk)  # the desk is built in the same step: F2 comes after it

    for time_round in ("first", "again after a dialog closed"):
        xdotool(display, "key", "F2")
        assert window_shown(display, "Manual entry"), f"F2 opens manual entry {time_round}"
        assert has_keyboard(display, "Manual entry")
        xdotool(display, "key", "Escape")
        assert not window_shown(display, "Manual entry", shown=False)
        assert has_keyboard(display, "VIP Desk"), "the desk takes the keyboard back"

    # A pass typed into the scan field, then F4: the guest goes on the list or is seated.
    xdotool(display, "type", "--delay", "5", todays_pass())
    xdotool(display, "key", "Return")
    xdotool(display, "key", "F4")
    wait_until(lambda: Visit.select().count() == 1, "visit made by F4", desk)
