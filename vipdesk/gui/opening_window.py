"""The desk's first window: shown at once, while the database is checked on a worker.

Checking the lounge database (its schema against our migrations, the values that steer the
desk, any upgrade) and loading the code that reads it take a few hundred milliseconds, and
building the demo lounge a second. This window is on screen meanwhile and the GUI thread
keeps painting it; nothing here reads the database, so nothing of a file that fails the
checks is ever shown. The sign-in follows when the checks pass, a message when they fail.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from vipdesk.gui.after_paint import after_first_paint
from vipdesk.gui.form_types import SignInForm
from vipdesk.gui.forms import load_form

START_AT_LATEST_MS = 300  # should the window not be painted (hidden at once)
# Imported on the worker once the checks pass, so the GUI thread finds them loaded.
NEXT_MODULES = ("vipdesk.gui.main_window", "vipdesk.gui.sign_in_screen", "vipdesk.gui.housekeeping",
                "vipdesk.services.setup", "vipdesk.services.pin_key")


class _Worker(QThread):
    done = Signal(object)  # None, or the exception the work raised

    def __init__(self, work: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.outcome: BaseException | None = None  # read once the thread has finished

    def run(self) -> None:
        # The imports go side by side with the checks: those spend most of their time in
        # SQLite (building the reference schema), which lets go of the GIL meanwhile.
        imports = threading.Thread(target=_import_next, name="vipdesk-imports", daemon=True)
        imports.start()
        try:
            self.work()
        except BaseException as error:  # noqa: BLE001 (handed to the GUI thread to show)
            self.outcome = error
        else:
            imports.join()
        self.done.emit(self.outcome)


def _start_once(worker: QThread) -> None:
    if not (worker.isRunning() or worker.isFinished()):
        worker.start()


def _import_next() -> None:
    for name in NEXT_MODULES:  # a failure here shows when the GUI thread imports it
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001
            return


class OpeningWindow(QWidget):
    """The sign-in form as it will be, greyed, saying "Opening the lounge…": nobody's name
    until the database has passed its checks."""

    def __init__(self, *, demo: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("VIP Desk: opening…"))  # the desk's own window follows
        self.setObjectName("openingWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # the desk's window follows
        self.ui = load_form(SignInForm, self)
        self.ui.headingLabel.setText(self.tr("Building the demo lounge…") if demo
                                     else self.tr("Opening the lounge…"))
        for name in ("staffList", "pinEdit", "signInButton", "keypad"):
            widget = getattr(self.ui, name, None)
            if widget is not None:
                widget.setEnabled(False)
        for button in self.ui.findChildren(QPushButton):
            button.setEnabled(False)
        from vipdesk.gui.language import LANGUAGES, current_language
        self.ui.languageChoice.addItem(LANGUAGES[current_language()])  # greyed, as the rest
        self.ui.languageChoice.setEnabled(False)

    def run(self, work: Callable[[], None]) -> BaseException | None:
        """Run ``work`` on a worker while this window keeps painting; its exception, or None.

        A local event loop, not a wait: the GUI thread goes on handling events meanwhile."""
        worker = _Worker(work)
        self._loop = QEventLoop()
        worker.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        # Started once this window is on screen: the worker's Python would slow its paint.
        after_first_paint(self, lambda: _start_once(worker))
        QTimer.singleShot(START_AT_LATEST_MS, self, lambda: _start_once(worker))
        self._loop.exec()
        _start_once(worker)  # the desk is stopping (SIGTERM) before the paint: still checked
        worker.wait()  # it has emitted its last signal, or the desk is stopping
        return worker.outcome

    @Slot(object)
    def _on_done(self, _error: BaseException | None) -> None:
        self._loop.quit()
