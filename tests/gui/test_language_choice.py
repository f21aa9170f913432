"""The sign-in screen's language: the lounge's at start, switched at once by its chooser
without losing the PIN typed, remembered per staff member at sign-in, the lounge's again
after sign-out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import ADMIN_PIN, DESK_PIN, MANAGER_PIN
from tests.gui.test_main_window import sign_in
from vipdesk.domain.vocabulary import Role
from vipdesk.gui import words
from vipdesk.gui.language import current_language, use_language
from vipdesk.gui.main_window import MainWindow
from vipdesk.services import languages, staff
from vipdesk.services.session import Session
from vipdesk.storage.models import Lounge, Staff


def open_window(qtbot, session: Session) -> MainWindow:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def window(qtbot, session: Session, team: dict[str, Staff]) -> MainWindow:
    return open_window(qtbot, session)


def choose(window: MainWindow, code: str) -> None:
    choice = window.sign_in.ui.languageChoice
    choice.setCurrentIndex(choice.findData(code))
    QApplication.processEvents()  # Qt posts each window its LanguageChange


def sign_out(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def test_the_chooser_names_each_language_in_itself(window: MainWindow) -> None:
    choice = window.sign_in.ui.languageChoice
    assert [choice.itemText(i) for i in range(choice.count())] == ["English", "简体中文", "Dansk"]
    assert choice.currentData() == "en"


def test_choosing_chinese_switches_the_screen_at_once_and_keeps_the_pin(
        qtbot, window: MainWindow) -> None:
    ui = window.sign_in.ui
    qtbot.keyClicks(ui.pinEdit, "24")
    choose(window, "zh_CN")
    assert current_language() == "zh_CN"
    assert ui.headingLabel.text() == "谁在前台？"
    assert ui.signInButton.text() == "登录"
    assert ui.pinEdit.text() == "24"  # nothing typed is lost
    assert ui.staffList.item(1).text() == f"Dina Desk\n{words.label(Role.FRONT_DESK)}"  # redone
    choose(window, "da")
    assert ui.headingLabel.text() == "Hvem står i skranken?"
    assert ui.pinEdit.text() == "24"


def test_the_language_chosen_is_remembered_for_whoever_signs_in(
        qtbot, window: MainWindow, team: dict[str, Staff]) -> None:
    choose(window, "zh_CN")
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    assert window.pages.currentWidget() is not window.sign_in
    assert current_language() == "zh_CN"
    assert Staff.get_by_id(team["desk"].id).language == "zh_CN"
    sign_out(qtbot, window)
    assert current_language() == "en"  # the lounge's default
    assert window.sign_in.ui.headingLabel.text() == "Who is at the desk?"
    assert window.sign_in.ui.languageChoice.currentData() == "en"
    # Another staff member, who never chose one, gets the lounge's.
    sign_in(qtbot, window, "Mads Manager", MANAGER_PIN)
    assert current_language() == "en"
    assert Staff.get_by_id(team["manager"].id).language is None
    sign_out(qtbot, window)
    # The first signs in again without choosing: their own language comes back.
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    assert current_language() == "zh_CN"


def test_each_staff_member_gets_their_own(qtbot, window: MainWindow,
                                          team: dict[str, Staff]) -> None:
    Staff.update(language="da").where(Staff.id == team["manager"].id).execute()
    Staff.update(language="zh_CN").where(Staff.id == team["admin"].id).execute()
    sign_in(qtbot, window, "Mads Manager", MANAGER_PIN)
    assert current_language() == "da"
    sign_out(qtbot, window)
    sign_in(qtbot, window, "Astrid Admin", ADMIN_PIN)
    assert current_language() == "zh_CN"
    sign_out(qtbot, window)
    assert current_language() == "en"


def test_the_sign_in_screen_speaks_the_lounges_default_at_start(
        qtbot, session: Session, team: dict[str, Staff]) -> None:
    Lounge.update(language="da").execute()
    session.forget_lounge()
    window = open_window(qtbot, session)
    QApplication.processEvents()
    assert current_language() == "da"
    assert window.sign_in.ui.headingLabel.text() == "Hvem står i skranken?"
    assert window.sign_in.ui.languageChoice.currentData() == "da"
    use_language("en")


def test_the_lounges_default_comes_back_at_sign_out(qtbot, session: Session,
                                                   team: dict[str, Staff]) -> None:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    languages.set_lounge_language(session, "zh_CN")
    staff.sign_out(session)
    window = open_window(qtbot, session)
    assert current_language() == "zh_CN"
    choose(window, "en")
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    assert current_language() == "en"
    assert Staff.get_by_id(team["desk"].id).language == "en"
    sign_out(qtbot, window)
    assert current_language() == "zh_CN"


def test_a_locked_desk_keeps_its_agents_language_and_its_words_switch_too(
        qtbot, window: MainWindow, team: dict[str, Staff]) -> None:
    Staff.update(language="da").where(Staff.id == team["desk"].id).execute()
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    window.lock()
    QApplication.processEvents()
    heading = window.sign_in.ui.headingLabel
    assert current_language() == "da"
    assert heading.text() == ("Skranken er låst. Dina Desk, tast din pinkode, eller tryk på et "
                              "andet navn.")
    choose(window, "zh_CN")
    assert heading.text() == "前台已锁定。Dina Desk，请输入您的 PIN 码，或点选其他姓名。"


def test_a_line_in_the_language_left_goes_with_it(qtbot, window: MainWindow) -> None:
    window.sign_in.ui.pinEdit.setText("1")
    window.sign_in.submit()  # no name tapped
    assert window.sign_in.ui.messageLabel.text() == "Tap your name first."
    choose(window, "da")
    assert window.sign_in.ui.messageLabel.text() == ""
