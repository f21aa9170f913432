"""SIGTERM (the PC shutting down, a service manager) stops the desk as closing it does.

Python runs a signal handler only when the interpreter gets control, and while Qt's event
loop waits in C++ it does not: the signal would be noticed at the next mouse move, or never
before the system kills the process. So the C-level handler writes a byte to a socket
(:func:`signal.set_wakeup_fd`) that a :class:`QSocketNotifier` watches; the notifier's slot
brings the interpreter in, which runs the Python handler. The handler asks every running
event loop to end (a zero timer also ends one that has not started yet), ``run_desk``
returns, and its ``finally`` writes the "stopped" line and releases the lock.

The desk leaves through ``exit()``, not ``quit()``: in kiosk mode the window refuses to
close without a duty manager, and a shutdown must not wait for one.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Slot

from vipdesk.desk_log import log

STOP_SIGNALS = (signal.SIGTERM,)
# What signal.signal() takes and gives back: a function, or SIG_DFL / SIG_IGN / None.
SignalHandler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None


class StopOnSignal(QObject):
    """While installed, SIGTERM ends the desk's event loops with exit status 0."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.received: int | None = None
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous_fd: int | None = None
        self._previous: dict[int, SignalHandler] = {}

    def install(self) -> None:
        """Take over the stop signals (from the main thread, before the event loop runs)."""
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(),
                                                 warn_on_full_buffer=False)
        for number in STOP_SIGNALS:
            self._previous[number] = signal.signal(number, self._on_signal)

    def uninstall(self) -> None:
        """Give the signals back as they were (tests run the desk more than once)."""
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._previous.clear()
        if self._previous_fd is not None:
            signal.set_wakeup_fd(self._previous_fd)
            self._previous_fd = None
        self._notifier.setEnabled(False)
        for end in (self._reader, self._writer):
            end.close()

    def _on_signal(self, number: int, frame: FrameType | None) -> None:
        self.received = number
        log.info("VIP Desk asked to stop (%s)", signal.Signals(number).name)
        self._exit()
        QTimer.singleShot(0, self, self._exit)  # and a loop that has not started yet

    @Slot()
    def _exit(self) -> None:
        if self._previous:  # still installed: not a desk started later in the same process
            QCoreApplication.exit(0)

    @Slot()
    def _drain(self) -> None:
        """The interpreter is in: the Python handler has run; empty the socket."""
        with contextlib.suppress(OSError):
            while self._reader.recv(64):
                pass
