"""The last line of defence: an error nobody foresaw becomes a message and a log entry.

Qt hands an exception raised in a slot to ``sys.excepthook`` and carries on; without
this the desk would print a traceback nobody reads and leave the screen half-updated.
With it, the agent reads what happened (a storage failure in its own words, anything
else as "check the screen") and the desk's log gets the traceback, with no guest data
(see :mod:`vipdesk.desk_log`). One message is shown at a time: a fault that repeats on
every tick does not bury the desk in dialogs. An error on a worker thread (a backup)
is logged there and shown by the GUI thread: widgets belong to it alone.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from vipdesk.desk_log import log
from vipdesk.gui.messages import unforeseen

if TYPE_CHECKING:
    from vipdesk.gui.connection_watch import ConnectionWatch


class SafetyNet(QObject):
    """Installed as ``sys.excepthook`` for the life of the desk window."""

    caught = Signal(str)  # the message shown (for tests and the status bar)
    _from_another_thread = Signal(str)

    def __init__(self, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.window = window  # the parent of the message; set once the main window exists
        self.box: QMessageBox | None = None
        self.unseen = 0  # errors caught while a message was already on screen
        self._previous = sys.excepthook
        # Set with the main window: a lost server connection is its strip, not a message.
        self.connection_watch: ConnectionWatch | None = None
        self._from_another_thread.connect(self.show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            self._previous(kind, error, trace)
            return
        watch = self.connection_watch
        if (watch is not None and QThread.currentThread() is self.thread()
                and watch.notice(error)):
            return  # the server is away: the strip says so, once, and the log has it
        log.error("unexpected error", exc_info=(kind, error, trace))
        if QThread.currentThread() is not self.thread():
            self._from_another_thread.emit(unforeseen(error))
        else:
            self.show(unforeseen(error))

    def show(self, text: str) -> None:
        self.caught.emit(text)
        if self.box is not None and self.box.isVisible():
            self.unseen += 1
            return
        self.box = QMessageBox(QMessageBox.Icon.Warning, self.tr("VIP Desk"), text,
                               QMessageBox.StandardButton.Ok, self.window)
        self.box.open()  # window-modal, and the event loop (timers, the scanner) goes on
