"""Start the desk as ``main.py`` does, and read and close the first window it shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import vipdesk.gui.app as app_module
from vipdesk.clock import FakeClock

TRIES = 500  # 5 s of looking for the window, then the desk is told to quit: a failure, not a hang


def answer_the_first_window(qapp: QApplication, seen: list[str]) -> None:
    """When the desk's first modal window is up, note what it says and close it."""
    tries = iter(range(TRIES))

    def close() -> None:
        window = qapp.activeModalWidget()
        if window is None:
            if next(tries, None) is None:
                seen.append("no window came up")
                qapp.exit(99)
                return
            QTimer.singleShot(10, close)
            return
        seen.append(window.text() if isinstance(window, QMessageBox) else window.windowTitle())
        window.reject() if isinstance(window, QDialog) else window.close()
    QTimer.singleShot(0, close)


def start(qapp: QApplication, db_path: Path | str, clock: FakeClock,
          monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[str]]:
    """``run_desk``'s exit status and the text of the first window it showed. The look is
    left alone: it is global to the test process, and these tests are about words."""
    monkeypatch.setattr(app_module, "apply_style", lambda app: None)
    seen: list[str] = []
    answer_the_first_window(qapp, seen)
    return app_module.run_desk(db_path, clock), seen
