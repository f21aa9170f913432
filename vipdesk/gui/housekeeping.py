"""The desk's background chores: backups on a worker thread, and the retention job.

Backups open their own SQLite connection on a pool thread (the online backup
API blocks nobody in WAL mode), so the GUI thread never waits for them. One is
made soon after every start, then whenever the lounge's interval has passed;
the interval is read from the lounge at each check, so a change in Settings
counts without a restart. The retention job writes, so it runs on the GUI
thread, hourly, when each run is a few milliseconds of work; a backlog (the
first run after an upgrade reads every old row once) goes in batches of tens
of milliseconds a quarter of a second apart.

Both ask first whether the PC's clock agrees with the time the database has
seen (services/clock_check.py): while it does not, nothing is anonymised and
no backup is deleted; backups are still made.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from vipdesk.desk_log import log
from vipdesk.services import clock_check
from vipdesk.services.retention import retention_job
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.backup import (
    BackupError, BackupPolicy, default_backup_folder, run_scheduled_backup,
)

FIRST_BACKUP_AFTER_MS = 60_000  # let the desk start before spending CPU on a copy
BACKUP_CHECK_EVERY_MS = 10 * 60_000  # a backup is at most this late on the lounge's interval
RETENTION_EVERY_MS = 60 * 60_000
BACKLOG_EVERY_MS = 250  # a retention backlog (an upgrade) goes in batches, the desk usable


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
            self.chores.problem.emit(f"Backup failed: {problem}")
            return
        except Exception:  # noqa: BLE001 (a worker thread: nobody else would hear of it)
            log.exception("backup failed")
            self.chores.problem.emit("Backup failed: an unexpected error (see the desk's log).")
            return
        if done.made is not None:
            log.info("backup written: %s", done.made)
            self.chores.backed_up.emit(str(done.made))


class Housekeeping(QObject):
    backed_up = Signal(str)  # path of the new backup
    problem = Signal(str)  # one line for the status bar

    def __init__(self, session: Session, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.db_path = session, db_path
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.backup_timer = QTimer(self, interval=BACKUP_CHECK_EVERY_MS)
        self.backup_timer.timeout.connect(self.back_up)
        self.retention_timer = QTimer(self, interval=RETENTION_EVERY_MS)
        self.retention_timer.timeout.connect(self.anonymise)
        self.backlog_timer = QTimer(self, interval=BACKLOG_EVERY_MS, singleShot=True)
        self.backlog_timer.timeout.connect(self._next_batch)
        self._cleared = False  # by the earlier batches of a backlog

    def start(self) -> None:
        self.anonymise()
        QTimer.singleShot(FIRST_BACKUP_AFTER_MS, self, self.back_up_at_start_up)
        self.backup_timer.start()
        self.retention_timer.start()

    @Slot()
    def back_up(self, at_start_up: bool = False) -> None:
        """Back up on the worker if the lounge's interval has passed (at start-up: unless
        a backup is only minutes old), and rotate."""
        if self.pool.activeThreadCount():
            return  # the last one is still copying
        agrees = self._clock_agrees()
        self.pool.start(_BackupTask(self, self.db_path, self.backup_policy(), at_start_up,
                                    agrees))

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
    def _next_batch(self) -> None:
        self.anonymise(cleared_before=self._cleared)

    def anonymise(self, cleared_before: bool = False) -> None:
        try:
            done = retention_job(self.session, cleared_before=cleared_before)
        except ServiceError as problem:
            log.warning("retention job failed: %s", problem)
            self.problem.emit(str(problem))
            return
        if done is None:  # held: the clock is in doubt (logged once, by the check)
            return
        if done.guests:
            log.info("retention: %d guests anonymised", done.guests)
        self._cleared = done.more and (cleared_before or bool(done.guests or done.rows))
        if done.more:
            self.backlog_timer.start()

    def stop(self) -> None:
        self.backup_timer.stop()
        self.retention_timer.stop()
        self.backlog_timer.stop()
        self.pool.waitForDone()
