"""Importing the day's departures on the Board screen runs on a worker thread (issue 12: on a
year of history an import takes 0.3-0.5 s) and its answer comes back to the screen."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tests.gui.test_board_screen import make_board
from tests.services.test_departures import FILE
from vipdesk.services import departures
from vipdesk.services.session import Session
from vipdesk.storage.models import AuditEvent, Flight


@pytest.fixture
def import_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads the import service ran on."""
    threads: list[threading.Thread] = []
    real = departures.import_departures_csv

    def recorded(*args: object, **kwargs: object) -> departures.ImportResult:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(departures, "import_departures_csv", recorded)
    return threads


def test_the_import_runs_off_the_gui_thread_and_the_screen_hears_of_it(
        qtbot, desk_session: Session, tmp_path: Path,
        import_threads: list[threading.Thread]) -> None:
    screen = make_board(qtbot, desk_session)
    path = tmp_path / "departures.csv"
    path.write_text(FILE, encoding="utf-8")

    with qtbot.waitSignal(screen.importer.imported, timeout=20_000):
        assert screen.import_csv(str(path)) is True
        assert not screen.ui.importButton.isEnabled(), "one import at a time"

    assert import_threads and threading.main_thread() not in import_threads
    assert screen.ui.deskMessage.text() == "Departures imported: 3 new, 0 updated."
    assert screen.ui.importButton.isEnabled()
    assert Flight.select().count() == 3
    row = AuditEvent.select().where(AuditEvent.action == "departures.import").get()
    assert row.staff.id == desk_session.staff.id, "the agent signed in, as at the desk"


def test_a_refused_file_says_why_and_saves_nothing(
        qtbot, desk_session: Session, tmp_path: Path) -> None:
    screen = make_board(qtbot, desk_session)
    path = tmp_path / "departures.csv"
    path.write_text("Flight;Departure\r\nSK 1234;25:99\r\n", encoding="utf-8")

    with qtbot.waitSignal(screen.importer.refused, timeout=20_000):
        screen.import_csv(str(path))

    assert screen.ui.deskMessage.text().startswith("Nothing was imported. Line 2:")
    assert screen.ui.importButton.isEnabled() and Flight.select().count() == 0


def test_quitting_waits_for_the_import_in_hand(
        qtbot, monkeypatch: pytest.MonkeyPatch, desk_session: Session, tmp_path: Path) -> None:
    """Review finding 7: the desk let go of its single-instance lock and its log while an
    import could still be in its write transaction on a pool thread."""
    started, finished = threading.Event(), threading.Event()
    real = departures.import_departures_csv

    def slow(*args: object, **kwargs: object) -> departures.ImportResult:
        started.set()
        threading.Timer(0.2, finished.set).start()
        finished.wait(5)  # still writing when the desk quits
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(departures, "import_departures_csv", slow)
    screen = make_board(qtbot, desk_session)
    path = tmp_path / "departures.csv"
    path.write_text(FILE, encoding="utf-8")
    assert screen.import_csv(str(path)) is True
    assert started.wait(5)

    QCoreApplication.instance().aboutToQuit.emit()

    assert finished.is_set() and not screen.importer.busy, "quit before the import ended"
    assert Flight.select().count() == 3
