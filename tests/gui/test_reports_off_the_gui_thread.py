"""Issue 12: a busy day's report is built and drawn on a worker; the desk goes on meanwhile."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer

from tests.gui.test_reports_screen import (  # noqa: F401 (the screen's fixtures)
    choose,
    lounge_with_a_day,
    reports_for,
    window,
)
from tests.report_fixtures import busy_day, make_cast, pdf_pages, report_body
from vipdesk.gui import reports_screen
from vipdesk.gui.main_window import MainWindow
from vipdesk.gui.report_builder import REPORT_KINDS
from vipdesk.gui.reports_screen import ReportsScreen
from vipdesk.services.session import Session
from vipdesk.storage.models import Lounge, Staff

BIG_DAY = dt.date(2026, 11, 21)  # the small day of the screen's tests is the 22nd
BIG = 1_200  # visits: some forty pages, well over 100 ms to lay out
# Only a build that holds the GUI thread waits this long (the desk's timer fires every 10 ms).
DESK_TURN_TIMEOUT_S = 10


@pytest.fixture
def big_day(session: Session, team: dict[str, Staff],
            lounge_with_a_day: Lounge) -> dt.date:  # noqa: F811
    lounge = Lounge.get()
    busy_day(lounge, BIG_DAY, make_cast(lounge, dt.datetime(2026, 11, 1, tzinfo=dt.UTC)),
             visits=BIG, complaints=30, neighbours=False, seed=12)
    return BIG_DAY


def on(screen: ReportsScreen, day: dt.date) -> None:
    screen.ui.dayEdit.setDate(QDate(day.year, day.month, day.day))


def press(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def idle(qtbot, screen: ReportsScreen) -> None:
    """Until the worker has nothing left to do and its last answers have arrived."""
    qtbot.waitUntil(lambda: screen.pool.activeThreadCount() == 0, timeout=60_000)
    qtbot.wait(20)


def test_a_busy_day_is_built_and_drawn_while_the_desk_goes_on(
        qtbot, window: MainWindow, big_day: dt.date,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The day's figures and its PDF are made on a worker, and while they are made the
    desk's event loop runs: the worker waits for a timer of the desk to fire, which it
    could never do if the build held the GUI thread. No time is measured (bench/ does)."""
    desk_thread = threading.get_ident()
    ran_on: dict[str, int] = {}
    desk_went_on: dict[str, bool] = {}
    desk_turned = threading.Event()

    def watched(step: str, work: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            ran_on[step] = threading.get_ident()
            desk_turned.clear()
            desk_went_on[step] = desk_turned.wait(DESK_TURN_TIMEOUT_S)
            return work(*args)
        return run

    kinds = tuple(dataclasses.replace(kind, figures=watched("figures", kind.figures),
                                      pdf=watched("pdf", kind.pdf)) for kind in REPORT_KINDS)
    monkeypatch.setattr(reports_screen, "REPORT_KINDS", kinds)
    desk_timer = QTimer()
    desk_timer.timeout.connect(desk_turned.set)
    desk_timer.start(10)
    try:
        screen = reports_for(window, big_day)
        press(qtbot, screen.ui.showButton)
        qtbot.waitUntil(lambda: screen.report is not None and screen.rendered_pages() >= 1,
                        timeout=60_000)
    finally:
        desk_timer.stop()
    assert set(ran_on) == {"figures", "pdf"}
    assert desk_thread not in ran_on.values()
    assert desk_went_on == {"figures": True, "pdf": True}
    assert not screen.ui.cancelButton.isVisibleTo(screen)
    assert not screen.ui.buildProgress.isVisibleTo(screen)
    assert screen.ui.showButton.isEnabled() and screen.ui.savePdfButton.isEnabled()
    pages = pdf_pages(screen.report.pdf)
    assert len(screen.page_labels) == len(pages) > 30
    body = report_body(pages)
    parties = screen.report.data.parties  # the day's own, and the small day's neighbours
    assert parties >= BIG and f"{parties:,} visits in order of arrival" in body
    last = screen.report.data.visits[-1]
    assert body.endswith(f"{last.carrier} {last.flight_number}") or last.name in pages[-1]
    assert "Saturday 21 November 2026" in pages[0]
    assert pages[-1].endswith(f"Page {len(pages)} of {len(pages)}")
    assert f"{len(pages)} pages" in screen.ui.deskMessage.text()


def test_cancel_stops_the_build_and_shows_nothing(qtbot, window: MainWindow,  # noqa: F811
                                                  big_day: dt.date) -> None:
    screen = reports_for(window, big_day)
    answers: list[int] = []
    screen.builder.built.connect(lambda job, report: answers.append(job))
    progress: list[int] = []
    screen.builder.progress.connect(lambda job, pages, expected: progress.append(pages))
    press(qtbot, screen.ui.showButton)
    assert screen.ui.cancelButton.isVisibleTo(screen)
    assert screen.ui.buildProgress.isVisibleTo(screen)
    qtbot.waitUntil(lambda: any(progress), timeout=60_000)  # laying out pages
    assert "Building the report… " in screen.ui.deskMessage.text()
    assert " page " in screen.ui.deskMessage.text() and " of " in screen.ui.deskMessage.text()
    assert 0 < screen.ui.buildProgress.value() <= screen.ui.buildProgress.maximum()
    press(qtbot, screen.ui.cancelButton)
    assert not screen.ui.cancelButton.isVisibleTo(screen)
    assert screen.ui.showButton.isEnabled()
    assert "not built" in screen.ui.deskMessage.text()
    idle(qtbot, screen)
    assert answers == [], "the worker stopped: it never finished the PDF"
    assert max(progress) < 30, "it stopped within a page or two of the cancel"
    assert screen.report is None and screen.page_labels == []
    assert not screen.ui.savePdfButton.isEnabled()


@pytest.mark.parametrize("change", ["day", "report"])
def test_a_new_choice_mid_build_shows_only_the_new_report(
        qtbot, window: MainWindow, big_day: dt.date, change: str) -> None:  # noqa: F811
    screen = reports_for(window, big_day)
    progress: list[int] = []
    screen.builder.progress.connect(lambda job, pages, expected: progress.append(pages))
    press(qtbot, screen.ui.showButton)
    qtbot.waitUntil(lambda: any(progress), timeout=60_000)
    if change == "day":
        on(screen, big_day + dt.timedelta(days=1))  # the small day
    else:
        choose(screen, "complaints")
    assert not screen.ui.cancelButton.isVisibleTo(screen), "the old build was stopped"
    press(qtbot, screen.ui.showButton)
    qtbot.waitUntil(lambda: screen.report is not None, timeout=60_000)
    idle(qtbot, screen)
    assert screen.report is not None
    text = " ".join(pdf_pages(screen.report.pdf))
    if change == "day":
        assert screen.report.day == big_day + dt.timedelta(days=1)
        assert "Sunday 22 November 2026" in text and "Saturday 21" not in text
        assert "Daily guest report" in text
    else:
        assert screen.report.day == big_day
        assert "Daily complaint report" in text and "Daily guest report" not in text
    assert len(screen.page_labels) == len(pdf_pages(screen.report.pdf))


def test_locking_the_desk_mid_build_leaves_nothing_for_the_next_person(
        qtbot, window: MainWindow, big_day: dt.date) -> None:  # noqa: F811
    screen = reports_for(window, big_day)
    progress: list[int] = []
    screen.builder.progress.connect(lambda job, pages, expected: progress.append(pages))
    press(qtbot, screen.ui.showButton)
    qtbot.waitUntil(lambda: any(progress), timeout=60_000)
    window.hand_back()
    idle(qtbot, screen)
    assert screen.report is None and screen.page_labels == []
