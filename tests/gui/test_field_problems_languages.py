"""Issue 13: a refused form shows its field problems in the desk's language, and says them
again when the language changes (settings, access rules, first run, feedback)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import ADMIN_PIN
from vipdesk.domain.lounge_settings import setting_messages
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.desk_settings import DeskSettings
from vipdesk.gui.language import in_language, use_language
from vipdesk.gui.settings_screen import SettingsScreen
from vipdesk.services import access_rules, staff
from vipdesk.services.lounge_settings import lounge_settings
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff

LANGUAGES = ("zh_CN", "da")


def switch_to(language: str) -> None:
    use_language(language)
    QApplication.processEvents()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def settings(qtbot, session: Session, team: dict[str, Staff], tmp_path: Path) -> SettingsScreen:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    desk = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    widget = SettingsScreen(session, DeskEvents(), desk)
    qtbot.addWidget(widget)
    widget.activate()
    return widget


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refused_lounge_setting_is_shown_and_said_again_in_the_language(
        qtbot, settings: SettingsScreen, session: Session, language: str) -> None:
    settings.ui.amberSpin.setValue(settings.ui.fatigueSpin.value())
    current = dataclasses.replace(lounge_settings(session), amber_minutes=15,
                                  fatigue_minutes=15)
    problem = setting_messages(dataclasses.asdict(current))["amber_minutes"]
    switch_to(language)
    click(qtbot, settings.ui.saveLoungeButton)
    shown = in_language(problem)
    assert settings.ui.loungeMessage.text() == shown != str(problem)
    switch_to("en")
    assert settings.ui.loungeMessage.text() == str(problem)
    switch_to(language)
    assert settings.ui.loungeMessage.text() == shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refused_rule_step_is_said_again_in_the_language(
        qtbot, settings: SettingsScreen, session: Session, language: str) -> None:
    rule = access_rules.rules(session)[0]
    settings.ui.rulesTable.selectRow(0)
    access_rules.delete_rule(session, rule.id)  # meanwhile, at another desk
    click(qtbot, settings.ui.activeButton)
    english = settings.ui.ruleMessage.text()
    assert "no longer exists" in english
    switch_to(language)
    assert settings.ui.ruleMessage.text() not in ("", english)
    assert "no longer exists" not in settings.ui.ruleMessage.text()
