"""Each desk serves one lounge of its database: the first run on an empty one, the only one,
the one this desk remembers, else the one chosen in the chooser (remembered from then on).
The chooser only chooses: another lounge is set up by an administrator in Settings.

``run_desk`` is called as ``main.py`` calls it, on both engines; the event loop is not
entered (``exec`` notes which lounge the desk's window serves and returns, as at a close).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

import vipdesk.gui.app as app_module
import vipdesk.gui.desk_settings as desk_settings_module
from tests.conftest import ADMIN_PIN
from tests.helpers.desk_start import TRIES, start
from tests.helpers.other_lounge import set_up_beside
from tests.helpers.qt import delete_later_now
from vipdesk.clock import FakeClock
from vipdesk.domain.lounge_setup import LoungePlan
from vipdesk.gui.desk_settings import DeskSettings, serve_lounge, served_lounge
from vipdesk.gui.first_run_dialog import FirstRunDialog
from vipdesk.gui.lounge_chooser import LoungeChooser
from vipdesk.services import setup
from vipdesk.services.session import Session
from vipdesk.storage.models import Lounge
from vipdesk.storage.paths import Target

CHOOSER = "VIP Desk — choose this desk's lounge"


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's per-user data folder (a server database's lock and log go there)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DeskSettings:
    """This PC's desk settings, in a file of the test's own, as start-up reads them."""
    store = str(tmp_path / "desk.ini")
    monkeypatch.setattr(desk_settings_module, "DeskSettings", lambda: DeskSettings(
        QSettings(store, QSettings.Format.IniFormat)))
    return DeskSettings(QSettings(store, QSettings.Format.IniFormat))


def second_lounge(session: Session) -> setup.LoungeRef:
    return set_up_beside(session, LoungePlan(
        name="Sky Lounge", airport="OSL", timezone="Europe/Oslo",
        admin_name="Sigrid Admin", admin_pin=ADMIN_PIN))


@pytest.fixture
def two_lounges(session: Session, lounge: Lounge) -> list[setup.LoungeRef]:
    second_lounge(session)
    return setup.lounges(session)


def open_desk(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, target: Target,
              clock: FakeClock, answer: Callable[[], bool] | None = None) -> list[str]:
    """Start the desk; the lounges its window serves (none: it did not open). ``answer``
    is called on each tick while it returns False, to answer a dialog as a person would."""
    from vipdesk.gui.main_window import MainWindow
    served: list[str] = []
    monkeypatch.setattr(app_module, "apply_style", lambda app: None)
    monkeypatch.setattr(type(qapp), "exec", lambda self=None: served.extend(
        w.session.lounge.name for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
        or 0)
    if answer is not None:
        tries = iter(range(TRIES))

        def tick() -> None:
            if not answer() and next(tries, None) is not None:
                QTimer.singleShot(10, tick)
        QTimer.singleShot(0, tick)
    try:
        app_module.run_desk(target, clock)
    finally:
        for window in qapp.topLevelWidgets():
            if isinstance(window, MainWindow):
                window.close()
                window.deleteLater()
        delete_later_now()
    return served


def choose(qapp: QApplication, row: int, seen: list[list[str]]) -> Callable[[], bool]:
    """Answer the chooser: note its lines, pick ``row``, open it."""
    def answer() -> bool:
        chooser = qapp.activeModalWidget()
        if not isinstance(chooser, LoungeChooser):
            return False
        items = chooser.ui.loungeList
        seen.append([items.item(i).text() for i in range(items.count())])
        assert not chooser.ui.openButton.isEnabled(), "nothing chosen for the agent"
        items.setCurrentRow(row)
        chooser.ui.openButton.click()
        return True
    return answer


def test_an_empty_database_goes_straight_to_the_first_run(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_target: Target, db,
        clock: FakeClock, data_home: Path, desk: DeskSettings) -> None:
    db.close()
    status, seen = start(qapp, db_target, clock, monkeypatch)
    assert (status, seen) == (1, ["VIP Desk — set up your lounge"]), "no chooser"
    assert served_lounge(desk, db_target) is None


def test_one_lounge_opens_at_once_and_is_remembered(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_target: Target, lounge, db,
        clock: FakeClock, data_home: Path, desk: DeskSettings) -> None:
    db.close()
    assert open_desk(qapp, monkeypatch, db_target, clock) == ["Nordic Lounge"]
    assert served_lounge(desk, db_target) == lounge.id


def test_with_two_lounges_the_desk_asks_once_and_remembers(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_target: Target, db,
        two_lounges: list[setup.LoungeRef], clock: FakeClock, data_home: Path,
        desk: DeskSettings) -> None:
    db.close()
    lines: list[list[str]] = []
    served = open_desk(qapp, monkeypatch, db_target, clock, choose(qapp, 1, lines))
    assert lines == [["Nordic Lounge — CPH", "Sky Lounge — OSL"]]
    assert served == ["Sky Lounge"]
    assert served_lounge(desk, db_target) == two_lounges[1].id
    assert open_desk(qapp, monkeypatch, db_target, clock) == ["Sky Lounge"], "not asked again"


def test_a_lounge_remembered_on_another_database_or_gone_asks_again(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_target: Target, db,
        two_lounges: list[setup.LoungeRef], clock: FakeClock, data_home: Path,
        desk: DeskSettings, tmp_path: Path) -> None:
    db.close()
    serve_lounge(desk, tmp_path / "another.sqlite3", two_lounges[1].id)
    lines: list[list[str]] = []
    assert open_desk(qapp, monkeypatch, db_target, clock, choose(qapp, 0, lines)) == [
        "Nordic Lounge"]
    serve_lounge(desk, db_target, 999)  # a lounge no longer in the database
    assert open_desk(qapp, monkeypatch, db_target, clock, choose(qapp, 1, lines)) == [
        "Sky Lounge"]
    assert len(lines) == 2
    assert served_lounge(desk, tmp_path / "another.sqlite3") == two_lounges[1].id


def test_closing_the_chooser_opens_no_desk(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_target: Target, db,
        two_lounges: list[setup.LoungeRef], clock: FakeClock, data_home: Path,
        desk: DeskSettings) -> None:
    db.close()
    status, seen = start(qapp, db_target, clock, monkeypatch)
    assert (status, seen) == (1, [CHOOSER])
    assert served_lounge(desk, db_target) is None


def test_the_chooser_only_chooses(qtbot, session: Session,
                                  two_lounges: list[setup.LoungeRef]) -> None:
    """Nobody is signed in at the chooser: it offers no way to set up a lounge (before, its
    "Set up another lounge…" let anyone add one to the server); an administrator does that
    in Settings → This desk (tests/gui/test_another_lounge.py)."""
    chooser = LoungeChooser(two_lounges)
    qtbot.addWidget(chooser)
    buttons = [button.text() for button in chooser.findChildren(QPushButton)]
    assert buttons == ["Quit", "Open this lounge"]
    assert "Settings → This desk" in chooser.ui.introLabel.text()
    first_run = FirstRunDialog(session)
    qtbot.addWidget(first_run)
    assert first_run.ui.backButton.isHidden(), "a first run has nothing to go back to"
