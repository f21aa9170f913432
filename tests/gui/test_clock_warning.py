"""A desk started with its clock a year ahead destroys nothing and says so on every screen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import DESK_PIN, MANAGER_PIN
from tests.gui.test_main_window import sign_in
from vipdesk.clock import FakeClock
from vipdesk.demo.generator import fill_demo_lounge
from vipdesk.domain.pin import PinKey
from vipdesk.gui import housekeeping
from vipdesk.gui.housekeeping import Housekeeping
from vipdesk.gui.main_window import MainWindow
from vipdesk.services.session import Session
from vipdesk.storage.backup import backups_in, default_backup_folder, run_scheduled_backup
from vipdesk.storage.database import open_database
from vipdesk.storage.models import AuditEvent, Guest, Lounge, Staff

DAY = dt.timedelta(days=1)


def named_guests() -> int:
    return Guest.select().where(Guest.anonymised_at.is_null()).count()


def test_a_start_with_the_clock_a_year_ahead_anonymises_and_deletes_nothing(
        qtbot, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch,
        pin_key: PinKey) -> None:
    db_path = tmp_path / "vipdesk.sqlite3"
    fill_demo_lounge(db_path, days=3, seed=2, now=clock.now(), pin_key=pin_key)
    folder = default_backup_folder(db_path)
    earlier = [run_scheduled_backup(db_path, folder, clock.now() - n * DAY).made
               for n in reversed(range(10))]  # ten days of backups under the right clock
    assert len(backups_in(folder)) == 10

    db = open_database(db_path)
    try:
        lounge = Lounge.select().get()
        session = Session(db=db, clock=clock, lounge_id=lounge.id, pin_key=pin_key)
        guests = named_guests()
        assert guests > 100
        clock.advance(days=365)  # a flat CMOS battery, a bad NTP answer, a typo by IT

        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        monkeypatch.setattr(housekeeping, "FIRST_BACKUP_AFTER_MS", 0)
        chores = Housekeeping(session, db_path)
        with qtbot.waitSignal(chores.backed_up, timeout=20_000) as made:
            chores.start()  # the retention job at once, then the start-up backup
        chores.stop()

        assert named_guests() == guests, "no guest anonymised"
        assert all(path.exists() for path in earlier), "no backup deleted"
        assert Path(made.args[0]).exists() and len(backups_in(folder)) == 11, \
            "a backup is still made"

        strip = window.clock_warning
        assert window.pages.currentWidget() is window.sign_in and strip.isVisible()
        assert strip.label.text() == (
            "This PC's clock says 23 Nov 2027 09:00 but the last recorded event was "
            "23 Nov 2026 09:00; ask IT to fix the clock.")  # Copenhagen time
        assert not strip.confirm_button.isVisible(), "nobody signed in"
        assert strip.geometry().bottom() < window.pages.geometry().top(), "above, not over"
        changes = AuditEvent.select().where(AuditEvent.action == "clock.verdict_changed")
        assert changes.count() == 1, "recorded once, however often it was checked"
    finally:
        db.close()


@pytest.fixture
def window(qtbot, session: Session, team: dict[str, Staff], clock: FakeClock) -> MainWindow:
    clock.advance(days=3)  # the desk was switched off over a long weekend
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return main


def test_the_warning_stays_on_the_shell_and_the_lock_screen(
        qtbot, window: MainWindow) -> None:
    strip = window.clock_warning
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    assert window.pages.currentWidget() is window.shell and strip.isVisible()
    assert not strip.confirm_button.isVisible(), "a front-desk agent cannot confirm"
    window.lock()
    assert window.pages.currentWidget() is window.sign_in and strip.isVisible()
    assert strip.height() <= 60, "one compact line"


def test_a_duty_manager_confirms_the_date_from_the_strip(
        qtbot, window: MainWindow, team: dict[str, Staff], clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    strip = window.clock_warning
    sign_in(qtbot, window, "Mads Manager", MANAGER_PIN)
    assert strip.isVisible() and strip.confirm_button.isVisible()
    box = strip.confirmation_box()
    assert "26 Nov 2026 09:00" in box.text() and "23 Nov 2026 09:00" in box.text()
    box.deleteLater()
    asked: list[bool] = []
    monkeypatch.setattr(strip, "ask", lambda: asked.append(True) or True)

    qtbot.mouseClick(strip.confirm_button, Qt.MouseButton.LeftButton)

    assert asked and not strip.isVisible()
    row = AuditEvent.select().where(AuditEvent.action == "clock.confirm").get()
    assert row.staff.id == team["manager"].id


def test_cancelling_the_question_confirms_nothing(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    strip = window.clock_warning
    sign_in(qtbot, window, "Mads Manager", MANAGER_PIN)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.reject() or 0)
    assert not strip.ask()
    monkeypatch.setattr(strip, "ask", lambda: False)
    qtbot.mouseClick(strip.confirm_button, Qt.MouseButton.LeftButton)
    assert strip.isVisible()
    assert not AuditEvent.select().where(AuditEvent.action == "clock.confirm").exists()
