"""The desk on a full disk: scan and Enter shows why nothing was saved, and works once IT frees
space."""

from __future__ import annotations

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.desk_screen import open_desk
from tests.robustness import kill_harness
from vipdesk.desk_log import start_log, stop_log
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.services.session import Session
from vipdesk.storage.models import Visit

FULL = "The disk is full: this action was not saved."


def boarding_pass(number: int) -> str:
    """A one-leg business-class pass on SK 501 from CPH on 23 Nov 2026 (day 327)."""
    name = f"GUEST{chr(65 + number % 26)}/ANNAMS"
    return f"M1{name:<20}EABC123 CPHLHRSK 0501 327J002A{number:04d} 100"


@pytest.fixture
def desk(qtbot, desk_session: Session) -> DeskScreen:
    return open_desk(qtbot, desk_session)


def scan_and_enter(qtbot, desk: DeskScreen, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)  # Enter again: check in


def test_a_full_disk_shows_a_message_saves_nothing_and_the_same_check_in_works_later(
        qtbot, desk: DeskScreen, db: peewee.SqliteDatabase, db_path) -> None:
    start_log(db_path)
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")
    checked_in = 0
    for number in range(1, 120):
        scan_and_enter(qtbot, desk, boarding_pass(number))
        if desk.ui.deskMessage.text().startswith(FULL):
            break
        assert "checked in" in desk.ui.deskMessage.text()
        checked_in += 1
    else:
        pytest.fail("the disk never filled up")
    assert Visit.select().count() == checked_in
    stop_log()
    assert "WARNING vipdesk: not saved: peewee.OperationalError: database or disk is full" in \
        db_path.with_suffix(".log").read_text(encoding="utf-8"), "IT can read why"
    assert desk.ui.addressLabel.text() == "Ms Anna Guest" + chr(65 + number % 26).lower()
    assert desk.ui.checkInButton.isEnabled(), "the guest is still at the desk, ready to retry"
    assert QApplication.focusWidget() is desk.ui.scanEdit

    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)  # still full: the same message
    assert desk.ui.deskMessage.text().startswith(FULL)
    assert Visit.select().count() == checked_in

    db.execute_sql(f"PRAGMA max_page_count = {pages + 1000}")  # IT frees space
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    assert "checked in" in desk.ui.deskMessage.text()
    assert Visit.select().count() == checked_in + 1
    assert Visit.select().order_by(Visit.id.desc()).first().checkin_sequence == str(number)
    db.execute_sql("PRAGMA wal_checkpoint(FULL)")
    verdict = kill_harness.verify(db_path)
    assert verdict.problems == [] and verdict.integrity == "ok"
