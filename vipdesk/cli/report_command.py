"""``report``: print a daily report to a PDF file, headless, for a scheduled print or e-mail job.

    report guests --date 2026-11-23 --out guests.pdf [--csv guests.csv] [--db PATH] [--force]
    report complaints --date 2026-11-23 --out complaints.pdf [--csv complaints.csv]
    report operator --from 2026-11-01 [--to 2026-11-30] --out all.pdf [--csv all.csv]
    report ... --staff NAME [--pin-stdin]     run it as a staff member (see identity.py)
    report ... --lounge NAME|ID               which lounge, when the database holds several
    report ... --language en|zh_CN|da         the language the PDF prints in (default: English)

The day is a lounge day (local midnight to midnight in the lounge's time zone).
The operator report covers every lounge of the database, each on its own local days,
from ``--from`` to ``--to`` (``--from`` alone: one day); it always needs an
administrator's PIN (``--staff``), whatever the lounge lets run unattended.
"Printed by" says it was a scheduled job, or the staff member, and which
operating-system user ran it. Every run is in the audit trail (vipdesk.cli.identity).

Exit status: 0 when the files were written; 2 when the command line is wrong (a
bad date, a missing option); 1 when the report could not be made or written (no
database there, a database without a lounge, a folder that cannot be written, or
the run could not be recorded in the audit trail before writing: then nothing is).
Every failure is one line on stderr, and no half-written file is left behind.

The files are written as :mod:`vipdesk.storage.guarded_files` says: owner-only,
renamed into place, never over a folder, device, FIFO, link or database; an
existing file only with ``--force``. Every output is checked before anything is
written, so a refused ``--csv`` leaves no PDF either.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TextIO

from vipdesk.cli import identity
from vipdesk.cli.messages import one_line, refusal
from vipdesk.clock import Clock
from vipdesk.documents.complaint_report import complaint_report_pdf
from vipdesk.documents.csv_export import ENCODING, complaint_csv, guest_csv, operator_csv
from vipdesk.documents.guest_report import guest_report_pdf
from vipdesk.documents.language import ENGLISH, DocumentLanguage
from vipdesk.documents.operator_report import operator_report_pdf
from vipdesk.services import languages
from vipdesk.services.command_runs import CommandGroup, Outcome, RunRecord
from vipdesk.services.operator_report import RangeRefused, build_operator_report, check_period
from vipdesk.services.reports import (
    NoSuchLoungeDay,
    build_complaint_report,
    build_guest_report,
    lounge_day,
)
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.database import open_database
from vipdesk.storage.guarded_files import FileRefused, Replace, check_outputs, write_file
from vipdesk.storage.paths import is_url, resolve_target
from vipdesk.storage.server_url import shown

USAGE_ERROR = 2
FAILURE = 1
REPORTS = ("guests", "complaints", "operator")
LANGUAGE_CODES = ("en", "zh_CN", "da")
OPERATOR = "operator"


class UsageError(Exception):
    """The command line is wrong; the message says how."""


class CannotWrite(Exception):
    """An output file could not be written; the message names it and says why."""


class _Helped(Exception):
    """``--help`` was asked for and printed."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing a usage block and exiting; help goes to ``out``."""

    out: TextIO | None = None

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)

    def _print_message(self, message: str, file: object = None) -> None:
        if message and self.out is not None:
            self.out.write(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise _Helped()


def parser(stdout: TextIO | None = None) -> argparse.ArgumentParser:
    parse = _Parser(prog="vipdesk report",
                    description="Print the daily guest or complaint report, or the "
                                "operator report of every lounge, to a PDF file.")
    parse.out = stdout
    parse.add_argument("report", choices=REPORTS, metavar="guests|complaints|operator",
                       help="which report: a daily one, or every lounge's figures")
    parse.add_argument("--date", type=_day, metavar="YYYY-MM-DD",
                       help="guests, complaints: the lounge day, YYYY-MM-DD (local to the "
                            "lounge)")
    parse.add_argument("--from", dest="first", type=_day, metavar="YYYY-MM-DD",
                       help="operator: the first day (each lounge's own local day)")
    parse.add_argument("--to", dest="last", type=_day, metavar="YYYY-MM-DD",
                       help="operator: the last day, included (default: --from's day)")
    parse.add_argument("--out", required=True, type=Path, metavar="FILE.pdf",
                       help="the PDF file to write (a new file unless --force)")
    parse.add_argument("--csv", type=Path, metavar="FILE.csv",
                       help="also write the report's table as CSV")
    parse.add_argument("--db", metavar="PATH|URL",
                       help="the lounge database, a file or a postgresql:// URL (default: "
                            "VIPDESK_DB or the per-user data folder)")
    parse.add_argument("--language", choices=LANGUAGE_CODES, metavar="en|zh_CN|da",
                       help="the language the PDF is printed in: en (English), zh_CN "
                            "(简体中文) or da (Dansk); default: English (the CSV is always "
                            "the same)")
    parse.add_argument("--force", action="store_true",
                       help="replace an existing file at --out or --csv (never a database, "
                            "a device, a link or a folder)")
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
        options = parser(stdout).parse_args(args)
        _days_asked(options)
    except _Helped:
        return 0
    except UsageError as problem:
        stderr.write(f"report: {problem}\n")
        return USAGE_ERROR
    outputs = [options.out.expanduser()] + ([options.csv.expanduser()] if options.csv else [])
    replace = Replace.FILE if options.force else Replace.NOTHING
    try:
        check_outputs(outputs, replace)
    except FileRefused as refused:
        stderr.write(f"report: {refusal(refused)}\n")
        return FAILURE
    target = resolve_target(options.db)
    if not is_url(target) and not Path(target).is_file():
        stderr.write(f"report: no lounge database at {target}\n")
        return FAILURE
    try:
        db = open_database(target)
    except Exception as problem:  # noqa: BLE001 (a damaged or newer file: one line, not a trace)
        stderr.write(f"report: cannot open the database {shown(target)}: "
                     f"{one_line(problem)}\n")
        return FAILURE
    try:
        lounge = identity.lounge_for(Session(db=db, clock=clock), options.lounge)
        if lounge is None:
            stderr.write(f"report: the database {shown(target)} has no lounge set up yet\n")
            return FAILURE
        day = options.first if options.report == OPERATOR else options.date
        edge = next((d for d in (day, options.last)
                     if d is not None and not _has_a_lounge_day(lounge.timezone, d)), None)
        if edge is not None:
            named = "--date" if options.report != OPERATOR else (
                "--from" if edge == day else "--to")
            stderr.write(f"report: argument {named}: {edge} is out of range: the "
                         "lounge's day cannot be worked out for it; write a date like "
                         "2026-11-23 (YYYY-MM-DD)\n")
            return USAGE_ERROR
        who = identity.identify(Session(db=db, clock=clock, lounge_id=lounge.id),
                                CommandGroup.REPORT, options, stderr=stderr, prog="report",
                                run=RunRecord(f"report {options.report}", day=day,
                                              note=_range_note(options)),
                                pin_required=True if options.report == OPERATOR else None)
        who.start(_written(options))  # before the guests are read or a byte is written
        try:
            pdf, table = _make(options, who.session, who.printed_by)
        except ServiceError as refused:  # the operator report: not an administrator
            stderr.write(f"report: {one_line(refused)}\n")
            who.record(Outcome.REFUSED, note=str(refused))
            return FAILURE
        _write_atomically(outputs[0], pdf, replace)
        if options.csv is not None:
            _write_atomically(outputs[1], table().encode(ENCODING), replace)
    except identity.LoungeNotChosen as problem:
        stderr.write(f"report: {problem}\n")
        return FAILURE
    except identity.Refused as refused:
        return refused.status
    except CannotWrite as problem:
        stderr.write(f"report: {problem}\n")
        who.record(Outcome.FAILED, note=str(problem))
        return FAILURE
    except FileRefused as refused:  # something appeared there since the check
        stderr.write(f"report: {refusal(refused)}\n")
        who.record(Outcome.FAILED, note=str(refused))
        return FAILURE
    else:
        who.record(Outcome.DONE, written=_written(options))
    finally:
        db.close()
    written = f"{options.out}" + (f" and {options.csv}" if options.csv is not None else "")
    days = (f"{options.first} to {options.last}" if options.report == OPERATOR
            and options.last not in (None, options.first) else day)
    stdout.write(f"report: wrote the {options.report} report for {days} to {written}\n")
    return 0


def _days_asked(options: argparse.Namespace) -> None:
    """A daily report takes --date; the operator report --from (and --to)."""
    if options.report == OPERATOR:
        if options.date is not None:
            raise UsageError("the operator report takes --from YYYY-MM-DD (and --to for a "
                             "range), not --date")
        if options.first is None:
            raise UsageError("the following arguments are required: --from")
        try:
            check_period(options.first, options.last)
        except RangeRefused as refused:
            raise UsageError(str(refused)) from None
    else:
        if options.first is not None or options.last is not None:
            raise UsageError(f"the {options.report} report is for one day: give --date "
                             "YYYY-MM-DD, not --from or --to")
        if options.date is None:
            raise UsageError("the following arguments are required: --date")


def _range_note(options: argparse.Namespace) -> str:
    """The audit row keeps one day; an operator report's range is said in its note."""
    if options.report != OPERATOR:
        return ""
    return f"{options.first} to {options.last or options.first}, every lounge"


def _make(options: argparse.Namespace, session: Session, who: str
          ) -> tuple[bytes, Callable[[], str]]:
    report, day = options.report, options.date
    language = _language(options.language, session)
    if report == OPERATOR:
        every = build_operator_report(session, options.first, options.last, printed_by=who)
        return operator_report_pdf(every, in_language=language), lambda: operator_csv(every)
    if report == "guests":
        guests = build_guest_report(session, day, printed_by=who)
        return guest_report_pdf(guests, in_language=language), lambda: guest_csv(guests)
    complaints = build_complaint_report(session, day, printed_by=who)
    return (complaint_report_pdf(complaints, in_language=language),
            lambda: complaint_csv(complaints))


def _language(code: str | None, session: Session) -> DocumentLanguage:
    """The PDF's language: the one asked for, else the lounge's."""
    code = code or languages.lounge_language(session)
    if code == "en":
        return ENGLISH
    from vipdesk.gui.print_language import document_language  # Qt's translator: only if asked
    return document_language(code)


def _has_a_lounge_day(timezone: str, day: dt.date) -> bool:
    """False for the edge dates (0001-01-01, 9999-12-31) whose lounge day falls off the calendar."""
    try:
        lounge_day(timezone, day)
    except NoSuchLoungeDay:
        return False
    return True


def _written(options: argparse.Namespace) -> tuple[str, ...]:
    """The files written, as full paths, for the audit trail."""
    files = [options.out] + ([options.csv] if options.csv is not None else [])
    return tuple(os.path.abspath(path.expanduser()) for path in files)


def _write_atomically(target: Path, content: bytes, replace: Replace) -> None:
    """Never a half-written report, never over what must not be replaced, owner-only:
    it holds passengers' personal data."""
    try:
        write_file(target, content, replace)
    except OSError as problem:
        raise CannotWrite(f"cannot write {target}: {_reason(problem)}") from problem


def _reason(problem: OSError) -> str:
    return problem.strerror or one_line(problem)
