"""The Reports screen: a duty manager builds, reads, prints and saves the daily reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from tests.conftest import DESK_PIN, MANAGER_PIN
from tests.report_fixtures import busy_day, make_cast, pdf_pages
from vipdesk.clock import FakeClock
from vipdesk.documents.csv_export import ENCODING
from vipdesk.gui import reports_screen
from vipdesk.gui.main_window import MainWindow
from vipdesk.gui.reports_screen import ReportsScreen
from vipdesk.services import reports, staff
from vipdesk.services.session import PermissionDenied, Session
from vipdesk.storage.models import Lounge, Staff

DAY = dt.date(2026, 11, 22)  # the day before the fake clock's "today"


@pytest.fixture
def lounge_with_a_day(session: Session, team: dict[str, Staff]) -> Lounge:
    lounge = Lounge.get()
    busy_day(lounge, DAY, make_cast(lounge, dt.datetime(2026, 11, 1, tzinfo=dt.UTC)),
             visits=60, complaints=8)
    return lounge


@pytest.fixture
def window(qtbot, session: Session, lounge_with_a_day: Lounge) -> MainWindow:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return main


def signed_in(window: MainWindow, name: str, pin: str) -> None:
    person = next(p for p in staff.staff_who_can_sign_in(window.session) if p.name == name)
    assert staff.sign_in(window.session, person.id, pin).ok
    window.on_signed_in()


def reports_for(window: MainWindow, day: dt.date = DAY) -> ReportsScreen:
    signed_in(window, "Mads Manager", MANAGER_PIN)
    window.show_screen("reports")
    screen = window.current_screen()
    assert isinstance(screen, ReportsScreen)
    screen.ui.dayEdit.setDate(QDate(day.year, day.month, day.day))
    return screen


def shown(qtbot, screen: ReportsScreen) -> None:
    """Press Show and wait for the worker: the report built and its first pages drawn."""
    qtbot.mouseClick(screen.ui.showButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.report is not None and screen.rendered_pages() >= 1,
                    timeout=30_000)


def choose(screen: ReportsScreen, key: str) -> None:
    screen.ui.reportCombo.setCurrentIndex(screen.ui.reportCombo.findData(key))


def test_the_day_starts_as_today_in_the_lounge(window: MainWindow, clock: FakeClock) -> None:
    clock.advance(minutes=15 * 60 + 30)  # 23:30 UTC is already the 24th in Copenhagen
    signed_in(window, "Mads Manager", MANAGER_PIN)
    window.show_screen("reports")
    assert window.current_screen().ui.dayEdit.date() == QDate(2026, 11, 24)


@pytest.mark.parametrize("key", ["guests", "complaints"])
def test_a_duty_manager_builds_and_reads_each_report(qtbot, window: MainWindow, key: str) -> None:
    screen = reports_for(window)
    choose(screen, key)
    assert not screen.ui.savePdfButton.isEnabled()
    shown(qtbot, screen)
    assert screen.report is not None
    assert len(screen.page_labels) >= 1
    assert screen.rendered_pages() >= 1
    first = screen.page_labels[0]
    assert not first.pixmap().isNull()
    assert first.width() == screen.page_width()  # fits the preview's width
    text = " ".join(pdf_pages(screen.report.pdf))
    assert "Nordic Lounge" in text
    assert "page" in screen.ui.deskMessage.text()
    assert screen.ui.printButton.isEnabled() and screen.ui.saveCsvButton.isEnabled()


def test_changing_the_choice_drops_the_stale_preview_without_building(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = reports_for(window)
    shown(qtbot, screen)
    built: list[dt.date] = []
    monkeypatch.setattr(reports, "report_request",
                        lambda session, day: built.append(day))  # must not be called
    screen.ui.dayEdit.setDate(QDate(2026, 11, 21))
    choose(screen, "complaints")
    assert built == [] and screen.report is None and screen.page_labels == []
    assert not screen.ui.savePdfButton.isEnabled()


def test_only_pages_near_the_view_are_rendered(qtbot, window: MainWindow) -> None:
    lounge = Lounge.get()
    big_day = DAY - dt.timedelta(days=1)
    busy_day(lounge, big_day, make_cast(lounge, dt.datetime(2026, 11, 1, tzinfo=dt.UTC)),
             visits=400, complaints=0, neighbours=False)
    screen = reports_for(window, big_day)
    shown(qtbot, screen)
    assert len(screen.page_labels) > 6
    assert 1 <= screen.rendered_pages() <= 4
    bar = screen.ui.pagesArea.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the scroll area has laid the pages out
    bar.setValue(bar.maximum())
    screen.render_visible_pages()
    qtbot.waitUntil(lambda: not screen.page_labels[-1].pixmap().isNull())
    assert screen.page_labels[0].pixmap().isNull()


def test_save_pdf_and_csv(qtbot, window: MainWindow, tmp_path: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    screen = reports_for(window)
    shown(qtbot, screen)
    target = tmp_path / "guests.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    qtbot.mouseClick(screen.ui.savePdfButton, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Nordic Lounge" in " ".join(pdf_pages(target.read_bytes()))
    target = tmp_path / "guests.csv"
    qtbot.mouseClick(screen.ui.saveCsvButton, Qt.MouseButton.LeftButton)
    lines = target.read_text(encoding=ENCODING).splitlines()
    assert lines[0].startswith("visit,arrived") and len(lines) > 10


@pytest.mark.parametrize("button", ["savePdfButton", "saveCsvButton"])
def test_an_unwritable_path_gets_a_message_not_a_crash(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        button: str) -> None:
    screen = reports_for(window)
    shown(qtbot, screen)
    nowhere = tmp_path / "no such folder" / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(nowhere), "")))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: warnings.append(text)))
    qtbot.mouseClick(getattr(screen.ui, button), Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "could not be saved" in warnings[0]
    assert not nowhere.exists()


def test_print_sends_every_page_to_the_printer(qtbot, window: MainWindow, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    screen = reports_for(window)
    choose(screen, "complaints")
    shown(qtbot, screen)
    out = tmp_path / "printed.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    class AcceptingDialog:
        def __init__(self, printer: QPrinter, parent: object) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(screen, "make_printer", pdf_printer)
    monkeypatch.setattr(reports_screen, "QPrintDialog", AcceptingDialog)
    qtbot.mouseClick(screen.ui.printButton, Qt.MouseButton.LeftButton)
    assert len(pdf_pages(out.read_bytes())) == len(screen.page_labels)
    assert "printer" in screen.ui.deskMessage.text()


def test_a_front_desk_agent_has_no_reports(window: MainWindow) -> None:
    signed_in(window, "Dina Desk", DESK_PIN)
    assert not window.nav_buttons["reports"].isVisibleTo(window)
    with pytest.raises(PermissionDenied):
        reports.guest_report(window.session, DAY)
    with pytest.raises(PermissionDenied):
        reports.complaint_report(window.session, DAY)


def test_a_refusal_from_the_service_is_shown(qtbot, window: MainWindow) -> None:
    screen = reports_for(window)
    staff.sign_out(window.session)  # e.g. signed out under the screen's feet
    qtbot.mouseClick(screen.ui.showButton, Qt.MouseButton.LeftButton)
    assert screen.report is None and screen.ui.deskMessage.text() != ""
    assert screen.ui.showButton.isEnabled()


def test_a_day_at_the_edge_of_the_calendar_is_a_message_not_an_error(
        qtbot, window: MainWindow) -> None:
    """The calendar offers 9999-12-31; its lounge day's end cannot be written in UTC."""
    edge = dt.date(9999, 12, 31)
    screen = reports_for(window)
    screen.ui.dayEdit.setDate(QDate(edge.year, edge.month, edge.day))
    qtbot.mouseClick(screen.ui.showButton, Qt.MouseButton.LeftButton)
    assert screen.report is None and screen.ui.showButton.isEnabled()
    assert screen.ui.deskMessage.text() == (
        f"There is no report for {edge.isoformat()}: that day is at the very edge of the "
        "calendar. Please choose another day.")


def test_a_report_saved_from_the_screen_is_owner_only(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = reports_for(window)
    shown(qtbot, screen)
    for button, name in (("savePdfButton", "guests.pdf"), ("saveCsvButton", "guests.csv")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *args, _t=target, **kwargs: (str(_t), "")))
        qtbot.mouseClick(getattr(screen.ui, button), Qt.MouseButton.LeftButton)
        assert target.stat().st_size > 0
        assert oct(target.stat().st_mode & 0o777) == "0o600", name


@pytest.mark.parametrize("button", ["savePdfButton", "saveCsvButton"])
def test_a_report_is_not_saved_through_a_symlink(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        button: str) -> None:
    screen = reports_for(window)
    shown(qtbot, screen)
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    link = tmp_path / "report.pdf"
    link.symlink_to(precious)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(link), "")))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: warnings.append(text)))
    qtbot.mouseClick(getattr(screen.ui, button), Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and str(link) in warnings[0] and "link" in warnings[0]
    assert link.is_symlink() and precious.read_text() == "keep me"
    assert "Saved" not in screen.ui.deskMessage.text()


def test_the_duty_manager_sees_the_command_line_runs(
        qtbot, qtmodeltester, window: MainWindow, db_path: Path, tmp_path: Path) -> None:
    """Issue 16: each run of report, backup and restore is listed for the duty manager."""
    from vipdesk.cli.main import main
    pdf, copy = tmp_path / "nightly.pdf", tmp_path / "copy.sqlite3"
    assert main(["--db", str(db_path), "report", "guests", "--date", DAY.isoformat(),
                 "--out", str(pdf)]) == 0
    assert main(["--db", str(db_path), "backup", "--out", str(copy)]) == 0
    assert main(["--db", str(db_path), "restore", str(copy)]) == 2  # no PIN: refused
    from vipdesk.storage.models import database
    database.initialize(window.session.db)  # the commands bound the models to their own

    screen = reports_for(window)
    model = screen.command_runs.model
    qtmodeltester.check(model)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["When", "OS account", "Staff", "Command", "Day", "Outcome",
                      "Written to"]
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert [row[3] for row in rows] == ["restore", "backup", "report guests"], "newest first"
    restore, backup, report = rows
    assert restore[5].startswith("refused: ") and f"restored {copy}" in restore[6]
    assert backup[6] == str(copy) and report[6] == str(pdf) and report[4] == DAY.isoformat()
    assert report[2] == "command line (no PIN)"
    import getpass
    assert getpass.getuser() in report[1]
    tabs = screen.ui.reportTabs
    assert tabs.tabText(tabs.indexOf(screen.ui.runsTab)) == "Command-line runs (3)"


def test_the_runs_table_fits_its_headers_at_1280x800_with_long_paths(
        qtbot, window: MainWindow) -> None:
    """Seen under Xvfb: the last header read "Vhat was written wher" and the paths were cut at
    their end. The long columns now share the width, elided in the middle, whole in tooltips."""
    from vipdesk.services.command_runs import (
        CommandGroup,
        Outcome,
        RunRecord,
        command_line_session,
        record_run,
    )
    cli = command_line_session(window.session, CommandGroup.REPORT, os_account="kiosk", uid=1000)
    long_path = "/srv/lounge/reports/" + "nightly-" * 30 + "guests.pdf"
    record_run(cli, RunRecord("report guests", Outcome.FAILED, day=DAY, written=(long_path,),
                              note="cannot write it: " + "no space left " * 20))
    window.resize(1280, 800)
    window.show()
    screen = reports_for(window)
    screen.ui.reportTabs.setCurrentWidget(screen.ui.runsTab)
    qtbot.waitExposed(window)
    table = screen.ui.commandRunsTable
    header, model = table.horizontalHeader(), screen.command_runs.model
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        text = model.headerData(column, Qt.Orientation.Horizontal)
        assert metrics.horizontalAdvance(text) + 8 <= header.sectionSize(column), text
    assert header.length() <= table.viewport().width() + 1, "no sideways scrolling"
    written = model.index(0, 6)
    assert written.data(Qt.ItemDataRole.ToolTipRole) == long_path


def test_a_run_without_a_recorded_outcome_says_so(qtbot, window: MainWindow) -> None:
    """Review: a run recorded as started whose outcome row never came is one line that says
    so; a finished run is one line with its outcome."""
    from vipdesk.services.command_runs import (
        CommandGroup,
        Outcome,
        RunRecord,
        command_line_session,
        record_run,
    )
    session = window.session
    cli = command_line_session(session, CommandGroup.REPORT, os_account="kiosk", uid=1000)
    for outcome in (Outcome.STARTED, Outcome.DONE):
        record_run(cli, RunRecord("report guests", outcome, day=DAY, written=("/r/g.pdf",),
                                  run="finished"))
    record_run(cli, RunRecord("report complaints", Outcome.STARTED, day=DAY,
                              written=("/r/c.pdf",), run="cut-short"))

    screen = reports_for(window)
    model = screen.command_runs.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert [(row[3], row[5], row[6]) for row in rows] == [
        ("report complaints", "started, outcome not recorded", "/r/c.pdf"),
        ("report guests", "done", "/r/g.pdf")]
