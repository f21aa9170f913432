"""``report``: print a daily report to a PDF file, headless, for a scheduled print or e-mail job.

    report guests --date 2026-11-23 --out guests.pdf [--csv guests.csv] [--db PATH]
    report complaints --date 2026-11-23 --out complaints.pdf [--csv complaints.csv]
    report ... --staff NAME [--pin-stdin]     run it as a staff member (see identity.py)

The day is a lounge day (local midnight to midnight in the lounge's time zone).
"Printed by" says it was a scheduled job, or the staff member, and which
operating-system user ran it. Every run is in the audit trail (vipdesk.cli.identity).

Exit status: 0 when the files were written; 2 when the command line is wrong (a
bad date, a missing option); 1 when the report could not be made or written (no
database there, a database without a lounge, a folder that cannot be written).
Every failure is one line on stderr, and no half-written file is left behind.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from vipdesk.cli import identity
from vipdesk.clock import Clock
from vipdesk.documents.complaint_report import complaint_report_pdf
from vipdesk.documents.csv_export import ENCODING, complaint_csv, guest_csv
from vipdesk.documents.guest_report import guest_report_pdf
from vipdesk.services.command_runs import CommandGroup, Outcome, RunRecord
from vipdesk.services.reports import build_complaint_report, build_guest_report
from vipdesk.services.session import Session
from vipdesk.storage.database import open_database, resolve_path
from vipdesk.storage.models import Lounge

USAGE_ERROR = 2
FAILURE = 1
REPORTS = ("guests", "complaints")


class UsageError(Exception):
    """The command line is wrong; the message says how."""


class CannotWrite(Exception):
    """An output file could not be written; the message names it and says why."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing a usage block and exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def parser() -> argparse.ArgumentParser:
    parse = _Parser(prog="report", add_help=False,
                    description="Print the daily guest or complaint report to a PDF file.")
    parse.add_argument("report", choices=REPORTS)
    parse.add_argument("--date", required=True, type=_day,
                       help="the lounge day, YYYY-MM-DD (local to the lounge)")
    parse.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    parse.add_argument("--csv", type=Path, help="also write the report's table as CSV")
    parse.add_argument("--db", help="the lounge database (default: VIPDESK_DB or the "
                                    "per-user data folder)")
    identity.add_options(parse)
    return parse


def _day(value: str) -> dt.date:
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(
        f"{value!r} is not a date; write it as YYYY-MM-DD, like 2026-11-23")


def run(args: list[str], *, clock: Clock, stdout: TextIO, stderr: TextIO) -> int:
    """Make the report the arguments ask for; the exit status (0, 1 or 2)."""
    try:
        options = parser().parse_args(args)
    except UsageError as problem:
        stderr.write(f"report: {problem}\n")
        return USAGE_ERROR
    path = resolve_path(options.db)
    if not path.is_file():
        stderr.write(f"report: no lounge database at {path}\n")
        return FAILURE
    try:
        db = open_database(path)
    except Exception as problem:  # noqa: BLE001 (a damaged or newer file: one line, not a trace)
        stderr.write(f"report: cannot open the database {path}: {_one_line(problem)}\n")
        return FAILURE
    try:
        lounge = Lounge.select().order_by(Lounge.id).first()
        if lounge is None:
            stderr.write(f"report: the database {path} has no lounge set up yet\n")
            return FAILURE
        who = identity.identify(Session(db=db, clock=clock, lounge_id=lounge.id),
                                CommandGroup.REPORT, options, stderr=stderr, prog="report",
                                run=RunRecord(f"report {options.report}", day=options.date))
        pdf, table = _make(options.report, who.session, options.date, who.printed_by)
        _write_atomically(options.out, pdf)
        if options.csv is not None:
            _write_atomically(options.csv, table().encode(ENCODING))
    except identity.Refused as refused:
        return refused.status
    except CannotWrite as problem:
        stderr.write(f"report: {problem}\n")
        who.record(Outcome.FAILED, note=str(problem))
        return FAILURE
    else:
        who.record(Outcome.DONE, written=_written(options))
    finally:
        db.close()
    written = f"{options.out}" + (f" and {options.csv}" if options.csv is not None else "")
    stdout.write(f"report: wrote the {options.report} report for {options.date} to {written}\n")
    return 0


def _make(report: str, session: Session, day: dt.date, who: str
          ) -> tuple[bytes, Callable[[], str]]:
    if report == "guests":
        guests = build_guest_report(session, day, printed_by=who)
        return guest_report_pdf(guests), lambda: guest_csv(guests)
    complaints = build_complaint_report(session, day, printed_by=who)
    return complaint_report_pdf(complaints), lambda: complaint_csv(complaints)


def _written(options: argparse.Namespace) -> tuple[str, ...]:
    """The files written, as full paths, for the audit trail."""
    files = [options.out] + ([options.csv] if options.csv is not None else [])
    return tuple(os.path.abspath(path.expanduser()) for path in files)


def _write_atomically(target: Path, content: bytes) -> None:
    """Write to a temporary file beside ``target``, then rename: never a half-written report.

    The file is readable by its owner only (``mkstemp``): it holds passengers' personal data.
    """
    target = target.expanduser()
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                             dir=target.parent)
    except OSError as problem:
        raise CannotWrite(f"cannot write {target}: {_reason(problem)}") from problem
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.replace(temporary, target)
    except OSError as problem:
        Path(temporary).unlink(missing_ok=True)
        raise CannotWrite(f"cannot write {target}: {_reason(problem)}") from problem
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _reason(problem: OSError) -> str:
    return problem.strerror or _one_line(problem)


def _one_line(problem: BaseException) -> str:
    return " ".join(str(problem).split()) or type(problem).__name__
