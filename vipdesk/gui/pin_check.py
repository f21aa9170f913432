"""A PIN checked on a worker thread: the keyed scrypt takes tens of milliseconds on purpose
(more on a busy PC), and the desk must not freeze meanwhile.

The worker gets a :class:`~vipdesk.services.staff.PinToCheck` (the stored hash and the key,
read on the GUI thread) and the PIN; it touches no database, no session and no widget. Its
:class:`~vipdesk.services.staff.CheckedPin` comes back by a queued signal, and the GUI
thread then runs the sign-in or unlock action with it.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from vipdesk.services.staff import PinToCheck


class PinChecker(QObject):
    """``check(ready, pin)`` returns at once; ``checked`` brings the verdict back."""

    checked = Signal(object)  # a CheckedPin, or the exception the check raised

    def check(self, ready: PinToCheck, pin: str) -> None:
        QThreadPool.globalInstance().start(_Check(self, ready, pin))


class _Check(QRunnable):
    def __init__(self, checker: PinChecker, ready: PinToCheck, pin: str) -> None:
        super().__init__()
        self.checker, self.ready, self.pin = checker, ready, pin

    def run(self) -> None:
        try:
            outcome: object = self.ready.check(self.pin)
        except Exception as error:  # noqa: BLE001 (the GUI thread shows it)
            outcome = error
        with contextlib.suppress(RuntimeError):  # the screen is gone (the desk closed)
            self.checker.checked.emit(outcome)
