"""Issue 13: a refused form shows its field problems in the desk's language, and says them
again when the language changes (settings, access rules, first run, feedback)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_first_run import fill
from tests.gui.test_settings_screen import screen
from vipdesk.domain.lounge_settings import setting_messages
from vipdesk.domain.lounge_setup import plan_messages
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.vocabulary import Entitlement
from vipdesk.gui.feedback_dialog import FeedbackDialog
from vipdesk.gui.first_run_dialog import FirstRunDialog
from vipdesk.gui.language import in_language, use_language
from vipdesk.gui.settings_screen import SettingsScreen
from vipdesk.services import access_rules
from vipdesk.services.lounge_settings import lounge_settings
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff

__all__ = ["screen"]  # the fixture, for pytest

LANGUAGES = ("zh_CN", "da")
NO_PROMISE_OWNER = Message(QT_TRANSLATE_NOOP(
    "Messages", "Please choose who keeps the promise from the active staff."))


def switch_to(language: str) -> None:
    use_language(language)
    QApplication.processEvents()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def settings(screen: SettingsScreen) -> SettingsScreen:
    return screen  # the settings screen's own fixture, signed in as the administrator


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


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_runs_problems_are_shown_and_said_again_in_the_language(
        qtbot, session: Session, language: str) -> None:
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, airport="C1", zone="Mars/Olympus", pin="12")
    problems = plan_messages(dialog.plan())
    switch_to(language)
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    for field, label in (("airport", "airportError"), ("timezone", "timezoneError"),
                         ("admin_pin", "adminPinError")):
        shown = getattr(dialog.ui, label).text()
        assert shown == in_language(problems[field]) != str(problems[field])
    switch_to("en")
    qtbot.waitUntil(lambda: dialog.ui.airportError.text() == str(problems["airport"]))
    assert dialog.ui.adminPinError.text() == str(problems["admin_pin"])


def test_the_first_runs_own_words_are_said_again_in_the_language(
        qtbot, session: Session) -> None:
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, pin="482915", repeat="482916")
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    english = dialog.ui.adminPinError.text()
    assert "differ" in english
    switch_to("da")
    qtbot.waitUntil(lambda: dialog.ui.adminPinError.text() not in ("", english))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feedback_forms_problems_are_shown_and_said_again_in_the_language(
        qtbot, desk_session: Session, team: dict[str, Staff], language: str) -> None:
    dialog = FeedbackDialog(desk_session)
    qtbot.addWidget(dialog)
    dialog.ui.wordsEdit.setPlainText("The shower in box 3 was cold.")
    dialog.ui.promiseGroup.setChecked(True)
    dialog.ui.promiseHowEdit.setText("a call tomorrow")
    owner = team["manager"]
    dialog.ui.promiseOwnerCombo.setCurrentIndex(dialog.ui.promiseOwnerCombo.findData(owner.id))
    Staff.update(active=False).where(Staff.id == owner.id).execute()  # at another desk
    switch_to(language)
    click(qtbot, dialog.ui.saveButton)
    problem = in_language(NO_PROMISE_OWNER)
    assert problem != str(NO_PROMISE_OWNER)
    assert dialog.ui.promiseError.text() == problem and not dialog.ui.promiseError.isHidden()
    checked = dialog.ui.formMessage.text()
    switch_to("en")
    assert dialog.ui.promiseError.text() == str(NO_PROMISE_OWNER)
    assert dialog.ui.formMessage.text() == "Please check the fields marked in red." != checked


@pytest.mark.parametrize(("language", "words"), [("zh_CN", "贵宾室名称"), ("da", "loungens navn")])
def test_a_lounge_without_a_name_is_told_in_the_language(
        qtbot, session: Session, language: str, words: str) -> None:
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog)
    dialog.ui.nameEdit.clear()
    switch_to(language)
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert words in dialog.ui.nameError.text()


@pytest.mark.parametrize(("language", "said"), [
    ("zh_CN", "请输入规则名称。 付费入室需要设定价格。"),  # the joined sentences, each translated
    ("da", "Indtast reglens navn. Betalt adgang skal have en pris.")])
def test_a_refused_rule_is_told_in_the_language_field_by_field(
        qtbot, settings: SettingsScreen, language: str, said: str) -> None:
    settings.new_rule()
    combo = settings.ui.entitlementCombo
    combo.setCurrentIndex(combo.findData(Entitlement.PAID))
    click(qtbot, settings.ui.saveRuleButton)
    english = settings.ui.ruleMessage.text()
    assert english == "Please enter the rule name. Paid entry needs a price."
    switch_to(language)
    assert settings.ui.ruleMessage.text().replace("。", "。 ").split() == said.split()
    switch_to("en")
    assert settings.ui.ruleMessage.text() == english
