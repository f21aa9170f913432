"""On the desk, the pass reader's refusal and the guest's reason read in the agent's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers.desk_screen import open_desk
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.gui.language import use_language
from vipdesk.services.session import Session


def boarding_pass(*, cabin: str = "J", flight: str = "0501") -> str:
    """A one-leg pass for SK ``flight`` on 23 Nov 2026 (as in test_desk_screen)."""
    return f"M1{'CHEN/LIMS':<20}EABC123 CPHLHRSK {flight:<5}327{cabin}002A0025 100"


@pytest.fixture
def desk(qtbot, desk_session: Session) -> DeskScreen:
    return open_desk(qtbot, desk_session)


def scan(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


@pytest.mark.parametrize(("language", "words"), [
    ("zh_CN", "这不是登机牌：第 1 航段的航班号不是有效的航班号（读到 '05X1 '）。"),
    ("da", "Dette er ikke et boardingkort: flynummeret på strækning 1 er ikke et flynummer "
           "(læst: '05X1 ')."),
])
def test_a_refused_pass_names_the_field_in_the_agents_language(
        qtbot, desk: DeskScreen, language: str, words: str) -> None:
    use_language(language)
    scan(qtbot, boarding_pass(flight="05X1"))
    assert desk.ui.deskMessage.text() == words


@pytest.mark.parametrize(("language", "words"), [
    ("zh_CN", "SK 501 航班经济舱：没有准入规则允许此宾客入室。"),
    ("da", "Økonomiklasse på SK 501: ingen adgangsregel giver gæsten adgang."),
])
def test_an_ineligible_guests_reason_is_in_the_agents_language(
        qtbot, desk: DeskScreen, language: str, words: str) -> None:
    use_language(language)
    scan(qtbot, boarding_pass(cabin="Y"))
    assert words in desk.ui.decisionLabel.text()
