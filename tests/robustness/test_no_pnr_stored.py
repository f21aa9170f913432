"""No booking reference, no raw boarding pass and no full frequent-flyer number is kept anywhere.

A day of check-ins through the desk's path (parse the scanned string, keep
the details, check in), then a backup and the daily guest report with its
CSV; then every byte of every file in the desk's folder (database, -wal,
-shm, backup, exports, the desk's log with errors raised holding each scan),
the CLI's output and the report's text is searched for each PNR and raw
string scanned, and for each full frequent-flyer number (only its last four
digits may appear).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import pytest
from pypdf import PdfReader

from tests.helpers.shared_data import shared_file
from vipdesk.cli.main import main as cli_main
from vipdesk.desk_log import log, start_log, stop_log
from vipdesk.domain.bcbp import BoardingPassError, parse
from vipdesk.services import checkin
from vipdesk.services.checkin import CheckIn
from vipdesk.services.pass_details import leg_index_from, pass_details_from_boarding_pass
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import Visit

DAY = dt.date(2026, 11, 23)  # the fake clock's day; day of year 327
SURNAMES = ("CHEN", "JENSEN", "OBRIEN", "TANAKA", "NIELSEN", "HANSEN", "SMITH", "NOVAK")


@dataclass(frozen=True)
class Scanned:
    raw: str
    pnr: str
    frequent_flyer: str


def built_pass(n: int) -> str:
    """A version-6 pass from CPH, business class, with a PNR and a frequent-flyer number."""
    name = f"{SURNAMES[n % len(SURNAMES)]}/GUEST{chr(65 + n % 26)}MS"
    repeated = ("117" + f"{n:010d}" + "0" + "0" + "SK " + "SK " + f"EBA{n:09d}".ljust(16)
                + " " + "20K" + "N")
    conditional = ">6" + "00" + f"{len(repeated):02X}" + repeated
    return ("M1" + name.ljust(20) + "E" + f"Q{n:03d}ZK ".ljust(7) + "CPH" + "LHR" + "SK "
            + "0501 " + "327" + "J" + f"{n % 30 + 1:03d}A" + f"{n:04d} " + "1"
            + f"{len(conditional):02X}" + conditional)


def peer_passes() -> list[str]:
    """Accepted one-leg peer vectors, moved to CPH today in business with a fresh check-in
    number."""
    passes = []
    for line in shared_file("bcbp_peer_vectors.jsonl").read_text(encoding="utf-8").splitlines():
        vector = json.loads(line)
        raw = vector["raw"]
        if vector.get("suggested_use") != "accept" or raw[:2] != "M1" or len(raw) < 60:
            continue
        number = 9000 + len(passes)
        passes.append(raw[:30] + "CPH" + raw[33:44] + "327J" + raw[48:52] + f"{number:04d} "
                      + raw[57:])
    return passes


def check_in_the_day(session: Session, raws: list[str]) -> list[Scanned]:
    """The desk's path for each scan; returns what was scanned and checked in."""
    done = []
    for raw in raws:
        try:
            boarding_pass = parse(raw, scan_date=DAY)
            leg = leg_index_from(boarding_pass, "CPH")
            checkin.check_in(session, CheckIn(pass_details_from_boarding_pass(boarding_pass, leg)))
        except (BoardingPassError, ServiceError):
            continue
        details = boarding_pass.legs[leg]
        done.append(Scanned(raw, (details.pnr or "").strip(),
                            (details.frequent_flyer_number or "").strip()))
    return done


def finds(haystack: bytes, needle: str) -> bool:
    """``needle`` in ``haystack`` as UTF-8 or UTF-16, ignoring case."""
    lowered = haystack.lower()
    return any(needle.lower().encode(encoding) in lowered for encoding in ("utf-8", "utf-16-le"))


def forbidden(scanned: list[Scanned]) -> dict[str, str]:
    """Each string that must not appear, with what it is."""
    needles: dict[str, str] = {}
    for item in scanned:
        needles[item.raw] = "raw pass"
        needles[item.raw.rstrip()] = "raw pass"
        if item.pnr:
            needles[item.pnr] = "PNR"
        if len(item.frequent_flyer) > 4:
            needles[item.frequent_flyer] = "frequent-flyer number"
            needles[item.frequent_flyer[:-4]] = "frequent-flyer number's first digits"
    return needles


def an_unexpected_error_with(raws: list[str]) -> None:
    """What the desk's safety net logs when code fails holding a scan (the worst case)."""
    for raw in raws:
        try:
            raise ValueError(f"could not show {raw!r}")
        except ValueError:
            log.exception("unexpected error")


def test_no_pnr_raw_pass_or_full_frequent_flyer_number_is_stored_anywhere(
        tmp_path: Path, db_path: Path, desk_session: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    desk_log = start_log(db_path)
    raws = [built_pass(n) for n in range(1, 41)] + peer_passes()
    scanned = check_in_the_day(desk_session, raws)
    an_unexpected_error_with(raws)
    stop_log()
    assert len(scanned) >= 50, "most passes should check in"
    assert Visit.select().count() == len(scanned)
    with_frequent_flyer = [item for item in scanned if len(item.frequent_flyer.strip()) > 4]
    assert len(with_frequent_flyer) >= 45
    assert {item.pnr for item in scanned} >= {"ABC123", "X4TE6N", "Q001ZK"}

    backup = tmp_path / "backup" / "vipdesk-backup.sqlite3"
    pdf, csv = tmp_path / "exports" / "guests.pdf", tmp_path / "exports" / "guests.csv"
    pdf.parent.mkdir()
    backup.parent.mkdir()
    assert cli_main(["--db", str(db_path), "backup", "--out", str(backup)]) == 0
    assert cli_main(["--db", str(db_path), "report", "guests", "--date", DAY.isoformat(),
                     "--out", str(pdf), "--csv", str(csv)]) == 0
    output = capsys.readouterr()

    assert backup.exists() and pdf.exists() and csv.exists()
    assert Path(f"{db_path}-wal").exists(), "the write-ahead log is searched too"
    csv_text = csv.read_text(encoding="utf-8-sig")
    assert csv_text.count("\n") >= len(scanned), "the CSV lists the day's guests"
    pdf_text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "Chen" in pdf_text or "CHEN" in pdf_text, "the PDF's text was extracted"

    haystacks: dict[str, bytes] = {
        str(path): path.read_bytes() for path in sorted(tmp_path.rglob("*")) if path.is_file()}
    log_folder = Path(platformdirs.user_log_dir("VIPDesk", appauthor=False))
    if log_folder.is_dir():
        haystacks |= {str(p): p.read_bytes() for p in log_folder.rglob("*") if p.is_file()}
    haystacks["report PDF text"] = pdf_text.encode()
    haystacks["CLI output"] = (output.out + output.err).encode()
    assert {Path(name).name for name in haystacks} >= {
        db_path.name, f"{db_path.name}-wal", backup.name, pdf.name, csv.name, desk_log.name}
    assert b"unexpected error" in haystacks[str(desk_log)]

    needles = forbidden(scanned)
    leaks = [f"{what} {needle!r} in {where}" for needle, what in needles.items()
             for where, haystack in haystacks.items() if finds(haystack, needle)]
    assert leaks == []
    # The masked number is what stays: its last four digits, for the desk to recognise a guest.
    assert any(item.frequent_flyer[-4:] in csv_text + pdf_text or finds(
        haystacks[str(db_path)] + haystacks[f"{db_path}-wal"], item.frequent_flyer[-4:])
        for item in with_frequent_flyer)
    print(f"scanned {sum(len(h) for h in haystacks.values()):,} bytes in {len(haystacks)} "
          f"places for {len(needles)} strings from {len(scanned)} check-ins")
