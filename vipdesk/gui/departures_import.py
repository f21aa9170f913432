"""The day's departures imported on a worker thread.

On a year of history an import takes a quarter of a second or more, most of it linking
the lounge's visits to their flights (measured for issue 12: 270-320 ms for a normal
day's 45 flights, over half a second for the largest file allowed): too long for the
GUI thread. The worker has its own connection (peewee keeps one per thread) and a
Session of its own: the agent signed in, the clock's reading when the import started.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from vipdesk.desk_log import log
from vipdesk.gui.messages import in_words
from vipdesk.gui.worker_session import worker_session
from vipdesk.services import departures
from vipdesk.services.session import ServiceError, Session


class _ImportTask(QRunnable):
    def __init__(self, owner: DeparturesImport, session: Session, text: str,
                 day: dt.date) -> None:
        super().__init__()
        self.owner, self.session, self.text, self.day = owner, session, text, day

    def run(self) -> None:
        try:
            result = departures.import_departures_csv(self.session, self.text, self.day)
        except ServiceError as error:
            self.owner.refused.emit(in_words(error))
        except Exception:  # noqa: BLE001 (a worker thread: nobody else would hear of it)
            log.exception("departures import failed")
            self.owner.refused.emit(QCoreApplication.translate(
                "DeparturesImport", "The departures could not be imported: an unexpected "
                "error (see the desk's log)."))
        else:
            self.owner.imported.emit(result)
        finally:
            self.session.db.close()  # this thread's connection only


class DeparturesImport(QObject):
    """One import at a time; the answer comes back by a signal on the GUI thread. At quit
    the import in hand is waited for, as the desk's other workers are: the single-instance
    lock and the log are let go only after its write transaction."""

    imported = Signal(object)  # departures.ImportResult
    refused = Signal(str)  # what the agent reads: nothing was imported

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def busy(self) -> bool:
        return self.pool.activeThreadCount() > 0

    @Slot()
    def stop(self) -> None:
        """Quitting: let the import in hand finish (the one wait on the GUI thread, at quit
        only; an import is under a second)."""
        self.pool.clear()
        self.pool.waitForDone()

    def start(self, session: Session, text: str, day: dt.date) -> None:
        self.pool.start(_ImportTask(self, worker_session(session), text, day))
