"""Printing in another language (issue 13): the Reports screen's language choice and the
handover preview's, the lounge's language unless another is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_handover_screen import screen
from tests.gui.test_reports_screen import choose, lounge_with_a_day, reports_for, shown, window
from tests.report_fixtures import pdf_pages
from vipdesk.gui.handover_screen import HandoverScreen
from vipdesk.gui.language import use_language
from vipdesk.gui.main_window import MainWindow
from vipdesk.storage.models import Lounge

__all__ = ["lounge_with_a_day", "screen", "window"]  # the fixtures, for pytest


def test_the_reports_screen_offers_each_language_named_in_itself(window: MainWindow) -> None:
    screen = reports_for(window)
    combo = screen.ui.languageCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "简体中文", "Dansk"]
    assert screen.chosen_language() == "en"


@pytest.mark.parametrize(("code", "title"), [("zh_CN", "每日宾客报表"),
                                             ("da", "Daglig gæsterapport")])
def test_a_report_is_built_in_the_chosen_language(qtbot, window: MainWindow, code: str,
                                                  title: str) -> None:
    screen = reports_for(window)
    choose(screen, "guests")
    screen.ui.languageCombo.setCurrentIndex(screen.ui.languageCombo.findData(code))
    shown(qtbot, screen)
    assert screen.report is not None
    first = pdf_pages(screen.report.pdf)[0]
    assert title in first and "Daily guest report" not in first
    # The screen itself still speaks English: only the paper is in the chosen language.
    assert screen.ui.showButton.text() == "Show"


def test_changing_the_language_drops_the_report_built_in_another(qtbot,
                                                                  window: MainWindow) -> None:
    screen = reports_for(window)
    shown(qtbot, screen)
    screen.ui.languageCombo.setCurrentIndex(screen.ui.languageCombo.findData("da"))
    assert screen.report is None


def test_the_reports_language_starts_as_the_lounge_s_whatever_the_desk_speaks(
        qtbot, window: MainWindow) -> None:
    Lounge.update(language="da").execute()
    window.session.forget_lounge()
    use_language("zh_CN")  # the agent reads Chinese; the lounge's papers are Danish
    screen = reports_for(window)
    screen.forget_agent()
    assert screen.chosen_language() == "da"
    screen.ui.languageCombo.setCurrentIndex(screen.ui.languageCombo.findData("zh_CN"))
    window.show_screen("reports")
    assert screen.chosen_language() == "zh_CN"  # a choice made is kept while signed in
    screen.forget_agent()
    assert screen.chosen_language() == "da"


@pytest.fixture
def handover(screen: HandoverScreen) -> HandoverScreen:
    return screen  # the handover screen's own fixture


def test_the_handover_preview_prints_in_the_chosen_language(qtbot, handover: HandoverScreen,
                                                            monkeypatch) -> None:
    qtbot.mouseClick(handover.ui.startShiftButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(handover.ui.endShiftButton, Qt.MouseButton.LeftButton)
    seen: dict[str, object] = {}

    def fake_exec(dialog) -> int:
        seen["first"] = pdf_pages(dialog.pdf)[0]
        seen["offered"] = dialog.chosen_language()
        combo = dialog.language_combo
        combo.setCurrentIndex(combo.findData("zh_CN"))
        seen["chinese"] = pdf_pages(dialog.pdf)[0]
        seen["pages"] = len(dialog.page_labels)
        return 0

    monkeypatch.setattr("vipdesk.gui.pdf_preview.PdfPreviewDialog.exec", fake_exec)
    qtbot.mouseClick(handover.ui.printButton, Qt.MouseButton.LeftButton)
    assert seen["offered"] == "en" and "Shift handover" in str(seen["first"])
    assert "交接班" in str(seen["chinese"]) and "Shift handover" not in str(seen["chinese"])
    assert seen["pages"] == 1
