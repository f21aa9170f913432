"""The operator report on the Reports screen: offered to administrators only, for a range."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from PySide6.QtCore import QDate, Qt

from tests.conftest import ADMIN_PIN, MANAGER_PIN
from tests.gui.test_reports_screen import choose, signed_in
from tests.operator_fixtures import expected, second_lounge
from tests.report_fixtures import busy_day, make_cast, pdf_pages
from vipdesk.clock import FakeClock
from vipdesk.gui.main_window import MainWindow
from vipdesk.gui.reports_screen import ReportsScreen
from vipdesk.services.session import Session
from vipdesk.storage.models import Lounge, Staff

FIRST, LAST = dt.date(2026, 11, 21), dt.date(2026, 11, 22)  # before the clock's "today"


@pytest.fixture
def window(qtbot, session: Session, team: dict[str, Staff], clock: FakeClock) -> MainWindow:
    lounge = Lounge.get()
    long_ago = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    gulf, gulf_cast, _ = second_lounge(long_ago)
    cast = make_cast(lounge, long_ago)
    for offset in range(2):
        busy_day(lounge, FIRST + dt.timedelta(days=offset), cast, visits=15, seed=offset,
                 complaints=4)
        busy_day(gulf, FIRST + dt.timedelta(days=offset), gulf_cast, visits=10,
                 seed=9 + offset, complaints=3)
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return main


def reports_as(window: MainWindow, name: str, pin: str) -> ReportsScreen:
    signed_in(window, name, pin)
    window.show_screen("reports")
    screen = window.current_screen()
    assert isinstance(screen, ReportsScreen)
    return screen


def offered(screen: ReportsScreen) -> list[str]:
    combo = screen.ui.reportCombo
    return [combo.itemData(i) for i in range(combo.count())]


def test_an_administrator_builds_every_lounges_figures_for_a_range(
        qtbot, window: MainWindow, clock: FakeClock) -> None:
    screen = reports_as(window, "Astrid Admin", ADMIN_PIN)
    assert offered(screen) == ["guests", "complaints", "operator"]
    assert screen.ui.toEdit.isHidden()
    choose(screen, "operator")
    assert not screen.ui.toEdit.isHidden() and screen.ui.dayLabel.text() == "From"
    screen.ui.dayEdit.setDate(QDate(FIRST.year, FIRST.month, FIRST.day))
    screen.ui.toEdit.setDate(QDate(LAST.year, LAST.month, LAST.day))
    qtbot.mouseClick(screen.ui.showButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.report is not None and screen.rendered_pages() >= 1,
                    timeout=30_000)
    assert screen.report is not None
    text = " ".join(pdf_pages(screen.report.pdf))
    assert "Operator report · Saturday 21 November 2026 to Sunday 22 November 2026" in text
    assert "Gulf Lounge · DXB" in text and "Nordic Lounge · CPH" in text
    assert screen.report.file_name("pdf") == "operator-report-2026-11-21-to-2026-11-22.pdf"
    assert "21 November 2026 to 22 November 2026" in screen.ui.deskMessage.text()
    rows = list(csv.DictReader(io.StringIO(screen.report.table())))
    lounges = {lounge.name: lounge for lounge in Lounge.select()}
    for row in rows[:2]:
        plain = expected(lounges[row["lounge"]], FIRST, LAST, clock.now())
        assert (int(row["visits"]), int(row["guests"])) == (plain.visits, plain.guests)
    assert rows[-1]["lounge"] == "All lounges"


def test_a_backward_range_is_refused_on_the_screen(qtbot, window: MainWindow) -> None:
    screen = reports_as(window, "Astrid Admin", ADMIN_PIN)
    choose(screen, "operator")
    screen.ui.dayEdit.setDate(QDate(LAST.year, LAST.month, LAST.day))
    screen.ui.toEdit.setDate(QDate(FIRST.year, FIRST.month, FIRST.day))
    qtbot.mouseClick(screen.ui.showButton, Qt.MouseButton.LeftButton)
    assert screen.building is None and screen.report is None
    assert "before it starts" in screen.ui.deskMessage.text()


def test_a_duty_manager_is_not_offered_it(qtbot, window: MainWindow) -> None:
    screen = reports_as(window, "Astrid Admin", ADMIN_PIN)
    choose(screen, "operator")
    window.sign_out()
    assert offered(screen) == ["guests", "complaints"]  # gone with the administrator
    screen = reports_as(window, "Mads Manager", MANAGER_PIN)
    assert offered(screen) == ["guests", "complaints"]
    assert screen.chosen_kind().key == "guests"
    assert screen.ui.toEdit.isHidden() and screen.ui.dayLabel.text() == "Day"
