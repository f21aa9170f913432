"""The 1-second tick reads little while nothing changes: the lounge board and the alert feed
are read again only when this desk or another one changed something (or, for what the clock
alone brings, every minute or half-minute). Before issue 12 each was read every 5 ticks
(the board about 20 ms, the status bar's occupancy 107 ms on a year of history)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.conftest import DESK_PIN
from vipdesk.gui.main_window import MainWindow
from vipdesk.services import staff
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff

NOTHING_CHANGES = 29  # ticks; the banner's clock read is the 30th, the board's the 60th


@contextmanager
def statements() -> Iterator[list[str]]:
    """Every SQL statement peewee runs meanwhile."""
    seen: list[str] = []

    class Note(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if isinstance(record.msg, tuple):
                seen.append(str(record.msg[0]))

    logger, handler = logging.getLogger("peewee"), Note()
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield seen
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def reading(table: str, seen: list[str]) -> list[str]:
    return [sql for sql in seen if f'FROM "{table}"' in sql]


def signed_in_on_the_board(qtbot, session: Session, team: dict[str, Staff]) -> MainWindow:
    session.staff = None
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok
    window.on_signed_in()
    window.show_screen("board")
    QApplication.processEvents()
    return window


def test_ticks_read_neither_the_board_nor_the_alert_feed_while_nothing_changes(
        qtbot, lounge_session: Session, team: dict[str, Staff]) -> None:
    window = signed_in_on_the_board(qtbot, lounge_session, team)
    with statements() as seen:
        for _ in range(NOTHING_CHANGES):
            window.events.tick.emit()
    assert reading("flight", seen) == [], "the board's departures were read again"
    assert reading("complaint", seen) == [], "the alert feed was read again"
    assert window.screen_for("board").isVisible()


def test_a_change_at_another_desk_is_read_within_five_ticks(
        qtbot, lounge_session: Session, team: dict[str, Staff], db_path: Path) -> None:
    window = signed_in_on_the_board(qtbot, lounge_session, team)
    for _ in range(3):
        window.events.tick.emit()
    with sqlite3.connect(db_path) as other_desk:  # another desk's commit
        other_desk.execute("UPDATE lounge SET name = 'Nordic Lounge North'")
    with statements() as seen:
        for _ in range(5):
            window.events.tick.emit()
    assert reading("flight", seen), "the board was read again"
    assert reading("complaint", seen), "the alert feed was read again"
