"""The desk's background chores: backups on a worker thread, and the retention job.

Backups open their own SQLite connection on a pool thread (the online backup
API blocks nobody in WAL mode), so the GUI thread never waits for them. One is
made soon after every start, then whenever the lounge's interval has passed;
the interval is read from the lounge at each check, so a change in Settings
counts without a restart.

The retention job runs on a worker thread too, at start and hourly, with its own
connection and a Session of its own (its clock: the GUI clock's reading when the
run started). It goes in small batches (services/retention.py: each found
without a lock, then cleared in a write transaction of a few milliseconds) with a
pause between them, so another desk's check-in never waits long for the write
lock; a backlog (the first run after an upgrade, or a lowered retention period)
goes in runs of at most :data:`BATCHES_PER_RUN` batches, each started afresh from
the GUI thread. Quitting asks a running job to stop after its batch. Once the backlog
is done, the words cleared leave the search index and the log is pushed to disk, never
holding the write lock for more than a few milliseconds; what is left undone (a failed
or stopped run, a backup copying, a reader in the way) is owed to the next run.

On a PostgreSQL server there are no scheduled backups: the server's own (``pg_dump``,
which IT schedules where it runs the server) are the lounge's; the log says so at start.

Both ask first, on the GUI thread, whether the PC's clock agrees with the time the
database has seen (services/clock_check.py, which audits a change): while it does
not, nothing is anonymised and no backup is deleted; backups are still made.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

from vipdesk.desk_log import log
from vipdesk.gui.messages import in_words
from vipdesk.gui.worker_session import worker_session
from vipdesk.services import clock_check, retention
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.backup import (
    BackupError,
    BackupPolicy,
    default_backup_folder,
    run_scheduled_backup,
)
from vipdesk.storage.paths import Target, is_url
from vipdesk.storage.server_url import SERVER_BACKUPS

FIRST_BACKUP_AFTER_MS = 60_000  # let the desk start before spending CPU on a copy
BACKUP_CHECK_EVERY_MS = 10 * 60_000  # a backup is at most this late on the lounge's interval
RETENTION_EVERY_MS = 60 * 60_000
BATCH_PAUSE_S = 0.025  # between two retention batches: a desk waiting for the lock gets it
BATCHES_PER_RUN = 200  # then the GUI thread checks the clock and starts the next run


class _BackupTask(QRunnable):
    def __init__(self, chores: Housekeeping, db_path: Path, policy: BackupPolicy,
                 at_start_up: bool, clock_agrees: bool) -> None:
        super().__init__()
        self.chores, self.db_path, self.policy = chores, db_path, policy
        self.at_start_up, self.clock_agrees = at_start_up, clock_agrees
        self.now = chores.session.clock.now()  # read on the GUI thread: one clock, one thread

    def run(self) -> None:
        try:
            done = run_scheduled_backup(self.db_path, default_backup_folder(self.db_path),
                                        self.now, self.policy, at_start_up=self.at_start_up,
                                        clock_agrees=self.clock_agrees)
        except (BackupError, OSError) as problem:
            log.warning("backup failed: %s", problem)
            self.chores.problem.emit(QCoreApplication.translate(  # thread-safe
                "Housekeeping", "Backup failed: {problem}").format(problem=problem))
            return
        except Exception:  # noqa: BLE001 (a worker thread: nobody else would hear of it)
            log.exception("backup failed")
            self.chores.problem.emit(
                QCoreApplication.translate(
                    "Housekeeping", "Backup failed: an unexpected error (see the desk's log)."))
            return
        if done.made is not None:
            log.info("backup written: %s", done.made)
            self.chores.backed_up.emit(str(done.made))


@dataclass(frozen=True)
class _RetentionRan:
    """What one run of the retention job on the worker did (a failed run too: what its
    batches committed before the failure)."""

    guests: int = 0
    rows: int = 0
    more: bool = False  # stopped at BATCHES_PER_RUN with a backlog left
    tidied: bool = False  # the search index merged and the log pushed to disk


class _RetentionTask(QRunnable):
    """Batches of the retention job on a pool thread, with that thread's own connection
    (peewee keeps one per thread) and a Session of its own.

    ``owed``: earlier runs cleared values whose merge and push are not done yet (failed,
    stopped at quit, put off while a backup copied, or a start: a desk that quit
    mid-merge), so this run does them even if it clears nothing itself."""

    def __init__(self, chores: Housekeeping, owed: bool) -> None:
        super().__init__()
        self.chores, self.owed = chores, owed
        self.session = worker_session(chores.session, for_the_agent=False)
        self.guests = self.rows = 0  # committed so far, kept if a later batch fails

    def run(self) -> None:
        ran = None
        try:
            ran = self._batches()
        except ServiceError as problem:
            log.warning("retention job failed: %s", problem)
            self.chores.problem.emit(in_words(problem))
        except Exception:  # noqa: BLE001 (a worker thread: nobody else would hear of it)
            log.exception("retention job failed")
            self.chores.problem.emit(QCoreApplication.translate(
                "Housekeeping",
                "The retention job failed: an unexpected error (see the desk's log)."))
        finally:
            self.session.db.close()  # this thread's connection only
            self.chores.retention_ran.emit(
                ran or _RetentionRan(guests=self.guests, rows=self.rows))

    def _batches(self) -> _RetentionRan:
        stopping = self.chores.stopping
        more = True
        for _ in range(BATCHES_PER_RUN):
            done = retention.expire(self.session, limit=retention.BATCH)
            self.guests += done.guests
            self.rows += done.rows
            more = done.more
            retention.tidy_log(self.session.db)
            if done.guests:
                log.info("retention: %d guests anonymised", done.guests)
            if not more or stopping.wait(BATCH_PAUSE_S):
                break
        tidied = False
        if not more and (self.owed or self.guests or self.rows):
            tidied = self._tidy()
        return _RetentionRan(guests=self.guests, rows=self.rows, more=more, tidied=tidied)

    def _tidy(self) -> bool:
        """The cleared words out of the search index, then the log pushed to disk, unless
        the desk quits or a backup is copying (the push would wait for its read, holding
        the write lock: issue 12). Whether both got done."""
        stopping = self.chores.stopping
        retention.forget_cleared_words(self.session.db, stop=stopping.is_set)
        if stopping.is_set() or self.chores.backup_copying():
            return False
        return retention.push_to_disk_briefly(self.session.db)


class Housekeeping(QObject):
    backed_up = Signal(str)  # path of the new backup
    problem = Signal(str)  # one line for the status bar
    anonymised = Signal(int)  # a retention job is over (backlog and all): guests anonymised
    retention_ran = Signal(object)  # from the worker: one run of the job (_RetentionRan)

    def __init__(self, session: Session, db_path: Target, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.db_path = session, db_path
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.backup_timer = QTimer(self, interval=BACKUP_CHECK_EVERY_MS)
        self.backup_timer.timeout.connect(self.back_up)
        self.retention_timer = QTimer(self, interval=RETENTION_EVERY_MS)
        self.retention_timer.timeout.connect(self.anonymise)
        self.retention_pool = QThreadPool(self)  # not behind a backup's copy
        self.retention_pool.setMaxThreadCount(1)
        self.retention_ran.connect(self._after_run)  # queued: emitted on the worker
        self.stopping = threading.Event()
        self._running = False
        self._owed = True  # cleared values not yet merged and pushed (at start: maybe)
        self._guests = 0  # anonymised by the earlier runs of a backlog

    def start(self) -> None:
        self.anonymise()
        self.retention_timer.start()
        if is_url(self.db_path):
            log.info("no scheduled backups: %s", SERVER_BACKUPS)
            return
        QTimer.singleShot(FIRST_BACKUP_AFTER_MS, self, self.back_up_at_start_up)
        self.backup_timer.start()

    @Slot()
    def back_up(self, at_start_up: bool = False) -> None:
        """Back up on the worker if the lounge's interval has passed (at start-up: unless
        a backup is only minutes old), and rotate."""
        if self.pool.activeThreadCount():
            return  # the last one is still copying
        if is_url(self.db_path):
            return  # the server's own backups (pg_dump) are the lounge's
        agrees = self._clock_agrees()
        self.pool.start(_BackupTask(self, Path(self.db_path), self.backup_policy(),
                                    at_start_up, agrees))

    def backup_copying(self) -> bool:
        """Thread-safe (the retention worker asks)."""
        return self.pool.activeThreadCount() > 0

    @Slot()
    def back_up_at_start_up(self) -> None:
        self.back_up(at_start_up=True)

    def backup_policy(self) -> BackupPolicy:
        """The lounge's settings as they are now: read at every check, not once at start."""
        lounge = self.session.lounge
        return BackupPolicy(every_hours=lounge.backup_every_hours,
                            max_age_days=lounge.retention_days)

    def _clock_agrees(self) -> bool:
        """On the GUI thread, before each job: a change is logged and audited once."""
        try:
            return clock_check.watch(self.session).agrees
        except ServiceError as problem:  # the verdict could not be recorded: trust nothing
            log.warning("clock check failed: %s", problem)
            return False

    @Slot()
    def anonymise(self) -> None:
        """Start the retention job on the worker, unless it is running or the clock is in
        doubt (checked here, on the GUI thread; a change is audited once)."""
        if self._running or self.stopping.is_set():
            return
        self._guests = 0
        self._start_run()

    def _start_run(self) -> None:
        if not self._clock_agrees():  # held: logged once, by the check
            self.anonymised.emit(self._guests)
            return
        self._running = True
        self.retention_pool.start(_RetentionTask(self, owed=self._owed))

    @Slot(object)
    def _after_run(self, ran: _RetentionRan) -> None:
        self._running = False
        self._guests += ran.guests
        self._owed = (self._owed or bool(ran.guests or ran.rows)) and not ran.tidied
        if ran.more and not self.stopping.is_set():
            self._start_run()  # the backlog goes on, the clock checked again
        elif not ran.more:
            self.anonymised.emit(self._guests)

    def stop(self) -> None:
        """At quit: no new job; a running retention job stops after its batch."""
        self.stopping.set()
        self.backup_timer.stop()
        self.retention_timer.stop()
        self.retention_pool.waitForDone()
        self.pool.waitForDone()
