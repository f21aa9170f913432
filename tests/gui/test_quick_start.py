"""The desk's first window shows before the database code loads, and shows nothing of the file.

The real ``main.py --db`` runs in a child process; at its first paint it notes which
modules were loaded and what the window shows, then leaves. Before issue 12 the first
window painted was the main window, built after peewee, the models, the migrations and
the schema check had loaded and run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from vipdesk.storage.models import Staff

AT_FIRST_PAINT = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

WATCHED = ("peewee", "playhouse.migrations", "vipdesk.storage.models",
           "vipdesk.storage.schema_check", "vipdesk.services.staff", "reportlab")

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            names = [item.text() for widget in window.findChildren(QListWidget)
                     for item in (widget.item(n) for n in range(widget.count()))]
            print(json.dumps({"loaded": [m for m in WATCHED if m in sys.modules],
                              "title": window.windowTitle(), "names": names}), flush=True)
            os._exit(0)
        return False

watch = FirstPaint()
_init = QApplication.__init__
def _app_init(self, *args):
    _init(self, *args)
    self.installEventFilter(watch)
QApplication.__init__ = _app_init
sys.argv = ["main.py"] + sys.argv[1:]
from vipdesk.cli.main import main
main()
"""


def first_paint(db_path: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", AT_FIRST_PAINT, "--db", str(db_path)],
                          cwd=REPO, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.strip(), done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_sign_in_form_is_painted_before_any_database_code_loads(
        db_path: Path, db, team: dict[str, Staff]) -> None:
    db.close()
    seen = first_paint(db_path)
    assert seen["loaded"] == [], "peewee, the models, the checks and report code load later"
    assert seen["names"] == [], "no name from the file before it has passed its checks"
    assert "VIP Desk" in str(seen["title"])
