"""The one entry point: open the desk, or run a headless command.

    python main.py [--db PATH|URL] [--kiosk]  open the desk (URL: postgresql://user@host/db)
    python main.py --demo                     open the desk on a fresh demo lounge
    python main.py demo --db PATH [--days N] [--seed S]
    python main.py bcbp < passes.txt          diagnose boarding-pass scans
    python main.py report guests|complaints --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv]
                                              [--force]
    python main.py report operator --from YYYY-MM-DD [--to YYYY-MM-DD] --out FILE.pdf
                                              [--csv FILE.csv] --staff ADMIN  every lounge
    python main.py backup --out FILE [--force]  a safe copy of the database, while in use
    python main.py COMMAND --help             each command's own help
    python main.py restore FILE               put a backup in place (the current one kept aside)
    python main.py recover-pins --admin NAME  the PIN key file is lost: start the PINs again
    python main.py copy --from FILE --to postgresql://...  move a lounge into PostgreSQL
    ... --lounge NAME|ID                      which lounge, when the database holds several

Heavy modules (Qt, reportlab) are imported only by the command that needs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from vipdesk import __version__
from vipdesk.clock import SystemClock


class OneLineParser(argparse.ArgumentParser):
    """Bad options and unknown commands get one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (try --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="vipdesk", description="VIP Desk: the front desk of an airport VIP lounge.",
        epilog="Without a command, opens the desk. The database is --db PATH (an SQLite file, "
               "for a single kiosk) or --db postgresql://USER@HOST/DATABASE (a PostgreSQL "
               "server, for several desks), else $VIPDESK_DB, else a file in your per-user "
               "data folder. A database may hold several lounges: the desk then asks once "
               "which one it serves, and report, backup, restore, copy and recover-pins "
               "take --lounge NAME|ID. Each command has its own help: COMMAND --help.")
    parser.add_argument("--version", action="version", version=f"VIP Desk {__version__}")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="the SQLite database file, or a postgresql:// URL, to use")
    parser.add_argument("--kiosk", action="store_true",
                        help="full screen; closing needs a duty manager or administrator")
    parser.add_argument("--demo", action="store_true",
                        help="open the desk on a fresh demo lounge (a new database each time)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)

    demo = commands.add_parser("demo", help="fill a new database with a living demo lounge",
                               description="Fill a new database with a living demo lounge.")
    demo.add_argument("--db", metavar="PATH", required=True, dest="demo_db",
                      help="the new database file to fill")
    demo.add_argument("--days", type=int, default=14, help="days of history (default 14)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")

    about_bcbp = ("read boarding-pass strings from standard input, one per line, and print "
                  "what each holds as JSON")
    commands.add_parser("bcbp", help=about_bcbp, description=about_bcbp[0].upper() + about_bcbp[1:])

    # These read their own options (see their --help); the arguments pass through.
    commands.add_parser("report", add_help=False,
                        help="write the daily guest or complaint report: guests|complaints "
                             "--date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv] [--force]; "
                             "or every lounge's figures: operator --from YYYY-MM-DD "
                             "[--to YYYY-MM-DD] (an administrator's --staff); "
                             "[--language en|zh_CN|da]")
    commands.add_parser("backup", add_help=False,
                        help="copy the database safely while it is in use: --out FILE [--force]")
    commands.add_parser("restore", add_help=False,
                        help="put a backup in place, keeping the current database aside: FILE")
    commands.add_parser("recover-pins", add_help=False,
                        help="the PIN key file is lost: a new key, a new PIN for one "
                             "administrator, every other PIN cleared: --admin NAME")
    commands.add_parser("copy", add_help=False,
                        help="move a lounge from its SQLite file into an empty PostgreSQL "
                             "database: --from FILE --to postgresql://... --staff NAME")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    # The report, backup and restore commands read their own options.
    args, rest = parser.parse_known_args(argv)
    if rest and args.command not in ("report", "backup", "restore", "recover-pins", "copy"):
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.command == "demo":
        return _demo(args.demo_db, days=args.days, seed=args.seed)
    if args.command == "bcbp":
        from vipdesk.cli.bcbp_command import run
        return run(sys.stdin, sys.stdout, today=SystemClock().now().date())
    if args.command == "report":
        from vipdesk.cli.report_command import run as run_report
        extra = ["--db", args.db] if args.db else []
        return run_report(rest + extra, clock=SystemClock(),
                          stdout=sys.stdout, stderr=sys.stderr)
    if args.command in ("backup", "restore"):
        from vipdesk.cli import backup_command
        run_it = (backup_command.run_backup if args.command == "backup"
                  else backup_command.run_restore)
        extra = ["--db", args.db] if args.db else []
        return run_it(rest + extra, clock=SystemClock(), stdout=sys.stdout, stderr=sys.stderr)
    if args.command == "recover-pins":
        from vipdesk.cli import recover_pins_command
        extra = ["--db", args.db] if args.db else []
        return recover_pins_command.run(rest + extra, clock=SystemClock(), stdin=sys.stdin,
                                        stdout=sys.stdout, stderr=sys.stderr)
    if args.command == "copy":
        from vipdesk.cli import copy_command
        return copy_command.run(rest, clock=SystemClock(), stdin=sys.stdin, stdout=sys.stdout,
                                stderr=sys.stderr)
    return _open_desk(args)


def _demo(text: str, *, days: int, seed: int) -> int:
    from vipdesk.demo.generator import fill_demo_lounge
    from vipdesk.services.pin_key import PinKeyProblem, refuse_key_beside
    from vipdesk.storage.pin_key import PinKeyFileError, key_at, resolve_key_path
    if days < 1 or days > 3660:
        print("vipdesk: error: --days must be between 1 and 3660", file=sys.stderr)
        return 2
    from vipdesk.storage.paths import is_url
    if is_url(text):
        print("vipdesk: error: the demo fills a new SQLite file: give demo --db a file's path, "
              "not a server's URL", file=sys.stderr)
        return 2
    path = Path(text)
    try:
        refuse_key_beside(resolve_key_path(), path.expanduser().absolute())
        summary = fill_demo_lounge(path, days=days, seed=seed, now=SystemClock().now(),
                                   pin_key=key_at(resolve_key_path()))
    except (ValueError, OSError, PinKeyFileError, PinKeyProblem) as problem:
        print(f"vipdesk: error: {problem}", file=sys.stderr)
        return 1
    print(f"Demo lounge written to {summary.path}: {summary.guests} guests, "
          f"{summary.visits} visits, {summary.in_lounge_now} in the lounge now.")
    return 0


def _open_desk(args: argparse.Namespace) -> int:
    from vipdesk.gui.app import run_desk
    if args.demo:  # built behind the desk's opening window, which shows at once
        import tempfile
        path = Path(tempfile.mkdtemp(prefix="vipdesk-demo-")) / "demo.sqlite3"
        return run_desk(path, SystemClock(), kiosk=args.kiosk,
                        prepare=lambda: _fill_demo_database(path))
    from vipdesk.storage.paths import resolve_target
    return run_desk(resolve_target(args.db), SystemClock(), kiosk=args.kiosk)


def _fill_demo_database(path: Path) -> None:
    from vipdesk.demo.generator import fill_demo_lounge
    from vipdesk.storage.pin_key import key_at, resolve_key_path
    fill_demo_lounge(path, days=14, seed=1, now=SystemClock().now(),
                     pin_key=key_at(resolve_key_path()))
    print(f"Demo lounge: {path}", file=sys.stderr)
