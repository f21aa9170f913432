"""Work done ahead, while the sign-in screen waits for someone: the code of the first screens
is imported on a background thread (no widget is made there), then the screens are built on
the GUI thread, so the first sign-in in a process does not pay for them."""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal, Slot


class ImportAhead(QObject):
    """Imports ``modules`` on a thread, then calls ``then`` on the GUI thread."""

    imported = Signal()

    def __init__(self, modules: Sequence[str], then: Callable[[], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.modules, self.then = tuple(modules), then
        self.imported.connect(self._then, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        threading.Thread(target=self._import, name="vipdesk-import-ahead", daemon=True).start()

    def _import(self) -> None:
        for name in self.modules:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 (the GUI thread's own import shows it)
                break
        with contextlib.suppress(RuntimeError):  # the window is gone
            self.imported.emit()

    @Slot()
    def _then(self) -> None:
        self.then()
