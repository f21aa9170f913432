"""Runs of the command line (report, backup, restore): who ran them, and what they wrote where.

Anyone with a shell on the kiosk's account can run these commands, and each hands
out (or replaces) every guest's record. So every run, a refused one too, leaves
rows in the audit trail (action ``command_line.run``), and the duty manager reads
them on the Reports screen (:func:`command_runs`), one line per run.

A report or backup is recorded *before* it writes anything: a "started" row naming
the files it is about to write (no row, no files: the command refuses). Its outcome
(done, failed) is a second row with the same ``run`` token, as the audit trail is
append-only; a run whose second row is missing (a crash, a busy database) shows as
started with no outcome. A refusal is one row. A restore is one row, written into the
restored database after the restore (see :mod:`vipdesk.cli.restore_check`).

The command line has no desk and nobody signed in. It acts through a
:class:`CommandLineSession`: the staff member whose PIN was given, or, where the
lounge's setting lets the command run unattended (a scheduled report or backup),
the command line itself, allowed that one command's permission and nothing else.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from peewee import JOIN

from vipdesk.domain import lounge_time
from vipdesk.domain.permissions import Permission
from vipdesk.services.actions import Done, action
from vipdesk.services.pin_key import RECOVER_PINS
from vipdesk.services.session import Session, SignedIn, signed_in
from vipdesk.storage.models import AuditEvent, Lounge, Staff
from vipdesk.storage.query_rows import tuples_of

RUN_ACTION = "command_line.run"
# The rows the duty manager's list shows: these runs, and recover-pins (IT's way back from a
# lost PIN key, which writes its own row with the same fields).
SHOWN_ACTIONS = (RUN_ACTION, RECOVER_PINS)
SHOWN_DAYS = 30  # the duty manager's list: the last 30 days,
SHOWN_ROWS = 200  # at most this many runs, newest first


class CommandGroup(StrEnum):
    """The commands that hand out personal data, each with its own lounge setting."""

    REPORT = "report"
    BACKUP = "backup"
    RESTORE = "restore"
    COPY = "copy"  # always asks for a PIN (vipdesk.cli.copy_command), so has no setting

    @property
    def permission(self) -> Permission:
        """Reports and backups: a duty manager or administrator; restore, copy: an
        administrator."""
        return {CommandGroup.REPORT: Permission.VIEW_REPORTS,
                CommandGroup.BACKUP: Permission.BACK_UP,
                CommandGroup.RESTORE: Permission.RESTORE,
                CommandGroup.COPY: Permission.COPY_LOUNGE}[self]

    @property
    def setting(self) -> str:
        """The lounge column saying whether this group needs a staff PIN."""
        return f"pin_for_{self.value}"


class Outcome(StrEnum):
    STARTED = "started"  # recorded before anything is written; the outcome row follows
    DONE = "done"
    REFUSED = "refused"  # no PIN where one is needed, a wrong PIN, a role that may not
    FAILED = "failed"  # allowed, but the files could not be made or written


@dataclass
class CommandLineSession(Session):
    """The command line's own identity: an OS account, and a staff member once a PIN is checked.

    With nobody signed in it may do only what ``unattended`` holds: the one
    permission of a command the lounge lets run without a PIN. It is never
    locked, and nothing else is allowed.
    """

    os_account: str = ""
    uid: int | None = None
    unattended: frozenset[Permission] = frozenset()

    def require(self, permission: Permission | None) -> SignedIn | None:
        if (self.staff is None and not self.locked and permission is not None
                and permission in self.unattended):
            return None
        return super().require(permission)


def needs_pin(lounge: Lounge, group: CommandGroup) -> bool:
    return bool(getattr(lounge, group.setting))


def command_line_session(session: Session, group: CommandGroup, *, os_account: str,
                         uid: int | None, pin_required: bool | None = None) -> CommandLineSession:
    """A session for one command on ``session``'s database and lounge, nobody signed in.

    It may run ``group`` unattended only when no PIN is required: by the lounge's
    setting, or ``pin_required`` when the caller knows better (a restore whose
    current database cannot be read always asks).
    """
    lounge = session.lounge
    required = needs_pin(lounge, group) if pin_required is None else pin_required
    return CommandLineSession(
        db=session.db, clock=session.clock, lounge_id=lounge.id, pin_key=session.pin_key,
        os_account=os_account,
        uid=uid, unattended=frozenset() if required else frozenset({group.permission}))


@dataclass(frozen=True)
class RunRecord:
    """What one run did, as the command line tells it."""

    command: str  # "report guests", "backup", "restore"
    outcome: Outcome = Outcome.DONE
    day: dt.date | None = None  # the day a report was asked for
    written: tuple[str, ...] = ()  # the files written (full paths); "started": to write
    restored_from: str = ""  # restore: the backup put in place
    kept_aside: str = ""  # restore: where the database it replaced was kept
    staff_name: str = ""  # whose PIN was checked, when that row is not in this database
    pin_checked_in: str = ""  # restore: "current database" or "backup"
    note: str = ""  # why it was refused or failed, one line
    run: str = ""  # the token shared by a run's "started" row and its outcome row


def new_run() -> str:
    """A token naming one run, unique across processes and desks."""
    return uuid.uuid4().hex


@action(RUN_ACTION, permission=None)
def record_run(session: CommandLineSession, run: RunRecord) -> Done[None]:
    """One audit row for one run; the staff member is the session's, if a PIN was given."""
    detail: dict[str, Any] = {
        "command": run.command, "outcome": run.outcome.value, "os_account": session.os_account,
        "uid": session.uid, "lounge": session.lounge_id,
        "staff_name": session.staff.name if session.staff is not None else run.staff_name,
    }
    optional = {"day": run.day.isoformat() if run.day else "", "written": list(run.written),
                "restored_from": run.restored_from, "kept_aside": run.kept_aside,
                "pin_checked_in": run.pin_checked_in, "note": run.note, "run": run.run}
    detail.update({key: value for key, value in optional.items() if value})
    return Done(None, detail=detail, staff=session.staff)


def same_staff(staff_id: int, name: str) -> SignedIn | None:
    """The member with this id and name in the bound database (a restored one), or None."""
    staff = Staff.get_or_none(Staff.id == staff_id)
    return signed_in(staff) if staff is not None and staff.name == name else None


# ---------------------------------------------------------------------------
# The duty manager's list


@dataclass(frozen=True)
class CommandRun:
    """One run as the duty manager reads it."""

    event_id: int
    at: dt.datetime  # the lounge's local time
    os_account: str  # "kiosk (uid 1000)"
    staff: str  # "" when the command line ran it without a PIN
    command: str
    day: dt.date | None
    outcome: str  # an :class:`Outcome` value; "started": no outcome was recorded
    written: tuple[str, ...] = field(default=())  # the files written (report, backup)
    restored_from: str = ""  # restore: the backup put in place
    kept_aside: str = ""  # restore: where the replaced database was kept
    note: str = ""


def command_runs(session: Session, *, days: int = SHOWN_DAYS,
                 limit: int = SHOWN_ROWS) -> list[CommandRun]:
    """This lounge's command-line runs of the last ``days`` days, newest first, at most
    ``limit``: one per run, at the time it started, as its last row tells it (its outcome,
    or "started" when none was recorded). The rows of the window are read and grouped
    here, not in SQL: their JSON is read the same way on both engines (a row whose detail
    is not JSON is its own run), and a month holds a few runs a day."""
    session.require(Permission.VIEW_REPORTS)
    lounge = session.lounge
    since = session.clock.now() - dt.timedelta(days=days)
    query = (AuditEvent
             .select(AuditEvent.id, AuditEvent.at, AuditEvent.detail, Staff.name)
             .join_from(AuditEvent, Staff, JOIN.LEFT_OUTER, on=(AuditEvent.staff == Staff.id))
             .where(AuditEvent.action.in_(SHOWN_ACTIONS) & (AuditEvent.at >= since)
                    & ((AuditEvent.lounge_id == lounge.id) | AuditEvent.lounge_id.is_null()))
             .order_by(AuditEvent.id))
    runs: dict[str, _Run] = {}
    for event_id, at, text, staff_name in tuples_of(query):
        detail = _detail(text)
        if detail.get("lounge") not in (None, lounge.id):
            continue  # another lounge's run, written by no lounge's session (recover-pins)
        key = str(detail.get("run") or f"row {event_id}")
        started_at = AuditEvent.at.python_value(at)
        first = runs.get(key)
        runs[key] = _Run(event_id, started_at if first is None else first.started_at,
                         detail, staff_name)
    newest = sorted(runs.values(), key=lambda run: (run.started_at, run.last_id), reverse=True)
    return [_command_run(run, lounge.timezone) for run in newest[:limit]]


@dataclass(frozen=True)
class _Run:
    last_id: int
    started_at: dt.datetime
    detail: dict[str, Any]  # the last row's
    staff_name: str | None


def _command_run(run: _Run, timezone: str) -> CommandRun:
    detail = run.detail
    return CommandRun(
        event_id=run.last_id, at=lounge_time.to_local(run.started_at, timezone),
        os_account=_account(detail),
        staff=run.staff_name or str(detail.get("staff_name") or ""),
        command=str(detail.get("command") or ""), day=_day(detail.get("day")),
        outcome=str(detail.get("outcome") or ""),
        written=_paths(detail.get("written")),
        restored_from=str(detail.get("restored_from") or ""),
        kept_aside=str(detail.get("kept_aside") or ""),
        note=str(detail.get("note") or ""))


def _detail(text: str) -> dict[str, Any]:
    try:
        detail = json.loads(text) if text else {}
    except ValueError:
        return {}
    return detail if isinstance(detail, dict) else {}


def _account(detail: dict[str, Any]) -> str:
    name, uid = str(detail.get("os_account") or "?"), detail.get("uid")
    return f"{name} (uid {uid})" if isinstance(uid, int) else name


def _day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _paths(value: object) -> tuple[str, ...]:
    return tuple(str(path) for path in value if path) if isinstance(value, list) else ()
