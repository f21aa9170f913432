"""A desk stopped by SIGTERM (the PC shutting down) stops as a closed desk does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

DEADLINE_SECONDS = 60


def wait_for_line(path: Path, words: str, process: subprocess.Popen[str]) -> str:
    """Poll the log until it has the words; fail if the desk ends or the deadline passes."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < deadline:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        if words in text:
            return text
        assert process.poll() is None, process.communicate()
        time.sleep(0.05)
    raise AssertionError(f"no {words!r} in {path} after {DEADLINE_SECONDS} s")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no SIGTERM to send")
def test_sigterm_writes_the_stopped_line_and_releases_the_lock(tmp_path: Path) -> None:
    db_path = tmp_path / "lounge.sqlite3"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "main.py", "demo", "--db", str(db_path), "--days", "1"],
                   cwd=REPO, env=environment, check=True, capture_output=True, timeout=120)
    desk = subprocess.Popen([sys.executable, "main.py", "--db", str(db_path)], cwd=REPO,
                            env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        log_path = db_path.with_suffix(".log")
        wait_for_line(log_path, "starting on", desk)
        desk.send_signal(signal.SIGTERM)
        _out, err = desk.communicate(timeout=DEADLINE_SECONDS)
    finally:
        if desk.poll() is None:
            desk.kill()
            desk.communicate()
    assert desk.returncode == 0, err
    log = log_path.read_text(encoding="utf-8")
    assert "VIP Desk asked to stop (SIGTERM)" in log
    assert log.rstrip().endswith("VIP Desk stopped")
    assert not Path(f"{db_path}.lock").exists(), "the next desk may start"
