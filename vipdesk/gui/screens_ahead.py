"""The screens a person may open, built ahead while the desk is quiet after they sign in.

Opening a screen for the first time builds it: its code imported, its form loaded, its
widgets made; 150-250 ms on the year's database on a busy 2-core PC (measured for issue
12), every first open of the day. So after a sign-in, once nobody has touched the desk for
a moment, the code of the screens the person may open is imported on a background thread
(no widget is made there) and then the screens are built on the GUI thread one at a
time, each only when the desk has been quiet for :data:`QUIET_S` seconds and no dialog is
open. A screen built ahead is only built: it reads its data when it is shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from vipdesk.gui.ahead import ImportAhead

START_AFTER_MS = 3_000  # after the sign-in: the desk's own first reads come first
NEXT_AFTER_MS = 1_000  # between two screens, or to look again for a quiet moment
QUIET_S = 1.5  # no key, tap or mouse movement for this long


class ScreensAhead(QObject):
    """``start(keys)`` after a sign-in; ``stop()`` at sign-out or lock."""

    def __init__(self, build: Callable[[str], object], module_of: Callable[[str], str | None],
                 may_build: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.build, self.module_of, self.may_build = build, module_of, may_build
        self.keys: list[str] = []
        self.last_input = time.monotonic()
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._step)
        self._imported = False

    def noticed_input(self) -> None:
        """Any key, tap or mouse movement: the agent is busy; wait for a pause."""
        self.last_input = time.monotonic()

    def start(self, keys: Sequence[str]) -> None:
        self.keys, self._imported = list(keys), False
        self.timer.start(START_AFTER_MS)

    def stop(self) -> None:
        self.keys = []
        self.timer.stop()

    @Slot()
    def _step(self) -> None:
        if not self.keys:
            return
        if not self._imported:  # first the code, on a thread; then a screen a step
            self._imported = True
            modules = [module for key in self.keys if (module := self.module_of(key))]
            ImportAhead(modules, self._imported_all, self).start()
            return
        quiet = time.monotonic() - self.last_input >= QUIET_S
        if quiet and self.may_build() and QApplication.activeModalWidget() is None \
                and QApplication.activePopupWidget() is None:
            self.build(self.keys.pop(0))
        if self.keys:
            self.timer.start(NEXT_AFTER_MS)

    def _imported_all(self) -> None:
        if self.keys:
            self.timer.start(NEXT_AFTER_MS)
