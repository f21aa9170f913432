"""The windows before the database is read speak the language this PC's sign-in screen last
spoke: the opening window, the lounge chooser and a refusal to start (its box; standard
error stays English). The first start ever speaks English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication

from tests.helpers.desk_start import start
from vipdesk.clock import FakeClock
from vipdesk.gui import opening_window
from vipdesk.gui.desk_language import remember_language, remembered_language
from vipdesk.gui.language import current_language, use_language
from vipdesk.gui.lounge_chooser import LoungeChooser
from vipdesk.gui.main_window import MainWindow
from vipdesk.gui.single_instance import SingleInstance
from vipdesk.services.session import Session
from vipdesk.services.setup import LoungeRef
from vipdesk.storage.models import Lounge, Staff


@pytest.fixture
def opening_texts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The opening window's title and heading, as it showed them."""
    seen: list[str] = []
    run = opening_window.OpeningWindow.run

    def noting(self: opening_window.OpeningWindow, work):
        seen.extend([self.windowTitle(), self.ui.headingLabel.text(),
                     self.ui.languageChoice.currentText()])
        return run(self, work)
    monkeypatch.setattr(opening_window.OpeningWindow, "run", noting)
    return seen


def damaged(db_path: Path) -> Path:
    db_path.write_bytes(b"\x00" * 4096)
    return db_path


def test_the_first_start_ever_speaks_english(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_path: Path, clock: FakeClock,
        opening_texts: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert remembered_language() == "en"
    status, seen = start(qapp, damaged(db_path), clock, monkeypatch)
    assert status == 1
    assert opening_texts == ["VIP Desk: opening…", "Opening the lounge…", "English"]
    assert seen[0].startswith("VIP Desk cannot open its database")
    assert seen == [capsys.readouterr().err.strip()]


def test_a_remembered_chinese_opens_in_chinese_and_refuses_in_chinese(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_path: Path, clock: FakeClock,
        opening_texts: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    remember_language("zh_CN")
    status, seen = start(qapp, damaged(db_path), clock, monkeypatch)
    assert status == 1
    assert current_language() == "zh_CN"
    assert opening_texts == ["VIP Desk：正在打开…", "正在打开贵宾室…", "简体中文"]
    assert seen[0].startswith(f"VIP Desk 无法打开数据库 {db_path}：该文件已损坏")
    assert "没有备份" in seen[0]
    err = capsys.readouterr().err
    assert err.startswith(f"VIP Desk cannot open its database {db_path}: the file is damaged")
    assert "There is no backup in" in err, "standard error stays English, for IT"


def test_a_second_copy_is_refused_in_the_remembered_language(
        qtbot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "vipdesk.sqlite3"
    first = SingleInstance(db_path)
    assert first.acquire()
    try:
        remember_language("da")
        status, seen = start(qapp, db_path, clock, monkeypatch)
    finally:
        qtbot.waitUntil(lambda: not first.findChildren(QLocalSocket))  # its asking copy, gone
        first.release()
    assert status == 1
    assert seen[0].startswith(f"VIP Desk er allerede åben på {db_path}")
    assert capsys.readouterr().err.startswith(f"VIP Desk is already open on {db_path}")


def test_an_unknown_remembered_language_opens_in_english(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_path: Path, clock: FakeClock,
        opening_texts: list[str]) -> None:
    remember_language("tlh")  # a language the desk no longer speaks
    start(qapp, damaged(db_path), clock, monkeypatch)
    assert current_language() == "en"
    assert opening_texts[1] == "Opening the lounge…"


def test_the_lounge_chooser_speaks_the_language(qtbot) -> None:
    use_language("zh_CN")
    chooser = LoungeChooser([LoungeRef(1, "Nordic Lounge", "CPH", "Europe/Copenhagen"),
                             LoungeRef(2, "Sky Lounge", "OSL", "Europe/Oslo")])
    qtbot.addWidget(chooser)
    assert chooser.windowTitle() == "VIP Desk — 选择本前台所属的贵宾室"
    assert chooser.ui.headingLabel.text() == "本前台为哪个贵宾室服务？"
    assert chooser.ui.openButton.text() == "打开此贵宾室"
    use_language("da")
    assert "lounge" in chooser.ui.headingLabel.text() and chooser.ui.headingLabel.text() != (
        "Which lounge does this desk serve?")
    assert chooser.ui.loungeList.item(1).text() == "Sky Lounge — OSL", "names stay as they are"


def test_the_remembered_language_follows_the_lounges_default_at_the_sign_in_screen(
        qtbot, session: Session, team: dict[str, Staff]) -> None:
    assert remembered_language() == "en"
    Lounge.update(language="zh_CN").execute()
    session.forget_lounge()
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    assert current_language() == "zh_CN"
    assert remembered_language() == "zh_CN", "the next start's first window speaks it"
