"""Start-up benchmark: ``python main.py --demo`` to the sign-in screen, against a bare
PySide6 window, in the same run.

Each start is a fresh process (interpreter, imports, database, first paint) that quits
as soon as its window is shown. Budget (DESIGN.md): under 1.5 s on a 2-core machine and
at most 2x the bare window.

    python bench/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Both children quit once their event loop has shown the first window.
QUIT_WHEN_SHOWN = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
def _exec_once(self=None):
    app = QApplication.instance()
    QTimer.singleShot(0, app.quit)
    return _exec()
QApplication.exec = _exec_once
"""

BARE_WINDOW = QUIT_WHEN_SHOWN + """
import sys
from PySide6.QtWidgets import QLabel
app = QApplication(sys.argv[:1])
label = QLabel("Hello")
label.resize(1280, 800)
label.show()
app.exec()
"""

DESK = QUIT_WHEN_SHOWN + """
import sys
sys.argv = ["main.py"] + sys.argv[1:]
from vipdesk.cli.main import main
main()
"""


def time_child(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], cwd=REPO, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    with tempfile.TemporaryDirectory() as folder:
        existing = Path(folder) / "desk.sqlite3"
        subprocess.run([sys.executable, "main.py", "demo", "--db", str(existing)], cwd=REPO,
                       env=env, check=True, stdout=subprocess.DEVNULL)
        figures: dict[str, list[float]] = {"bare": [], "demo": [], "existing": []}
        for _ in range(options.runs):  # interleaved, so machine noise hits all alike
            figures["bare"].append(time_child(BARE_WINDOW, env=env))
            figures["demo"].append(time_child(DESK, "--demo", env=env))
            figures["existing"].append(time_child(DESK, "--db", str(existing), env=env))
    bare = statistics.median(figures["bare"])
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {options.runs}, cores: {os.cpu_count()}")
    for name, label in (("bare", "bare PySide6 window"),
                        ("demo", "main.py --demo to sign-in (fresh demo db)"),
                        ("existing", "main.py --db existing.sqlite3 to sign-in")):
        runs = figures[name]
        print(f"{label:45s} median {statistics.median(runs) * 1000:7.0f} ms"
              f"  first {runs[0] * 1000:6.0f} ms  ratio {statistics.median(runs) / bare:4.2f}x")
    print("budget: under 1500 ms and at most 2.00x the bare window")


if __name__ == "__main__":
    main()
