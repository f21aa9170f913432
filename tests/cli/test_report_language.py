"""``report --language``: the PDF in Chinese or Danish, the CSV the same (issue 13)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from tests.cli.test_report_command import clock, lounge_db, report
from tests.report_fixtures import pdf_pages
from vipdesk.clock import FakeClock
from vipdesk.storage.database import open_database
from vipdesk.storage.models import Lounge

__all__ = ["clock", "lounge_db"]  # the fixtures, for pytest


def test_the_guest_report_in_chinese(lounge_db: Path, tmp_path: Path, clock: FakeClock) -> None:
    pdf, table = tmp_path / "guests.pdf", tmp_path / "guests.csv"
    status, _, err = report(["guests", "--date", "2026-11-23", "--out", str(pdf), "--csv",
                             str(table), "--db", str(lounge_db), "--language", "zh_CN"], clock)
    assert (status, err) == (0, "")
    first = pdf_pages(pdf.read_bytes())[0]
    assert "每日宾客报表 · 2026年11月23日 星期一" in first
    assert unicodedata.normalize("NFKC", "25 组（登记入室的到访）") in first
    assert "Daily guest report" not in first
    english = tmp_path / "english.csv"
    assert report(["guests", "--date", "2026-11-23", "--out", str(tmp_path / "en.pdf"),
                   "--csv", str(english), "--db", str(lounge_db)], clock)[0] == 0
    assert table.read_bytes() == english.read_bytes()  # the CSV is the same in any language


def test_the_complaint_report_in_danish(lounge_db: Path, tmp_path: Path,
                                        clock: FakeClock) -> None:
    pdf = tmp_path / "klager.pdf"
    status, _, err = report(["complaints", "--date", "2026-11-23", "--out", str(pdf),
                             "--db", str(lounge_db), "--language", "da"], clock)
    assert (status, err) == (0, "")
    first = pdf_pages(pdf.read_bytes())[0]
    assert "Daglig klagerapport · mandag 23. november 2026" in first
    assert "Side 1 af" in first


def test_an_unknown_language_is_a_usage_error(lounge_db: Path, tmp_path: Path,
                                              clock: FakeClock) -> None:
    status, _, err = report(["guests", "--date", "2026-11-23", "--out",
                             str(tmp_path / "x.pdf"), "--db", str(lounge_db),
                             "--language", "fr"], clock)
    assert status == 2
    assert "--language" in err
    assert not (tmp_path / "x.pdf").exists()



def test_with_no_language_asked_the_report_prints_in_the_lounge_s(
        lounge_db: Path, tmp_path: Path, clock: FakeClock) -> None:
    db = open_database(lounge_db)
    Lounge.update(language="da").execute()
    db.close()
    pdf = tmp_path / "gaester.pdf"
    status, _, err = report(["guests", "--date", "2026-11-23", "--out", str(pdf),
                             "--db", str(lounge_db)], clock)
    assert (status, err) == (0, "")
    first = pdf_pages(pdf.read_bytes())[0]
    assert "Daglig gæsterapport · mandag 23. november 2026" in first
    assert "Daily guest report" not in first
