"""Screenshots of every screen and the main dialogs, on a fresh demo lounge.

    python -m vipdesk.demo.screenshots --out docs/screenshots [--size 1280x800]

The real window opens under the current Qt platform (Xvfb, a desktop, or
``QT_QPA_PLATFORM=offscreen``) at a fixed demo time, signed in as the role that uses
each screen, and saves one PNG per screen or dialog. A dialog is drawn over the window
where it opened, as the agent sees it. The demo database and its PIN key live in a
temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

NOW = dt.datetime(2026, 11, 23, 10, 30, tzinfo=dt.UTC)  # a Monday morning at CPH
PASS = "M1LINDQVIST/ASTRIDMS  EABC123 CPHLHRSK 0501 327J002A0025 100"
ECONOMY_PASS = "M1WOLFESCHLEGELSTEINHEEABC124 CPHLHRSK 0501 327Y031C0026 100"
HELD_PASS = "M1HANSEN/METTEMS      EABC125 CPHLHRSK 0501 327C004C0027 100"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vipdesk-shots-") as folder:
        key_folder = Path(folder) / "key"  # never the database's folder
        os.environ.setdefault("VIPDESK_PIN_KEY", str(key_folder / "pin.key"))
        saved = _shoot(Path(folder) / "demo.sqlite3", args.out, width, height)
    for name in saved:
        print(args.out / name)
    return 0


def _shoot(db_path: Path, out: Path, width: int, height: int) -> list[str]:
    from vipdesk.demo.screenshot_tour import take_screenshots  # Qt, once the platform is set
    return take_screenshots(db_path, out, width, height, now=NOW,
                            passes=(PASS, ECONOMY_PASS, HELD_PASS))

if __name__ == "__main__":
    sys.exit(main())
