"""Issue 13: the complaints, feedback, handover, staff and erase screens in 简体中文 and Dansk.

Each screen is walked widget by widget (texts, tooltips, placeholders, items, headers and
cells): nothing is left in English but names, codes and numbers. A language switched while
a complaint is half typed keeps every character and retranslates the form at once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.conftest import ADMIN_PIN
from tests.services.test_erasure_search import guest_with_history
from vipdesk.clock import FakeClock
from vipdesk.domain.complaints import FeedbackInput, Promise, WorkOrderInput
from vipdesk.domain.vocabulary import Category, Department, FeedbackKind, Severity
from vipdesk.gui.complaints_screen import ComplaintsScreen
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.erase_guest_screen import EraseGuestScreen
from vipdesk.gui.handover_screen import HandoverScreen
from vipdesk.gui.language import ENGLISH, use_language
from vipdesk.gui.promise_outcome_dialog import PromiseOutcomeDialog
from vipdesk.gui.staff_screen import StaffScreen
from vipdesk.services import complaints, shifts, staff
from vipdesk.services.session import Session
from vipdesk.storage.models import Lounge, Staff

LANGUAGES = ("zh_CN", "da")
GUEST_WORDS = "The coffee was cold, twice."
HALF_TYPED = "The shower in box 3 was cold and nob"
# Words a Danish screen shares with English (and names the desk shows as they are).
SAME_IN_DANISH = {"administrator", "status", "note", "feedback", "lounge", "find", "om", "it",
                  "pin", "vip", "min", "boarding", "voucher", "gate", "selskab", "fra", "til"}
# People (the test's staff and guest), shown as they are named.
PEOPLE = ("Dina Desk", "Mads Manager", "Ali Attendant", "Astrid Admin", "Ms Li Chen")
# Codes and short names that stay in every language.
NAMES = {"vip", "pin", "it", "os", "pdf", "b7", "sk", "wi", "fi"}


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person sees on ``root``: its title, each visible
    widget's text, tooltip and placeholder, every combo item, list item, tab, header and
    cell. Typed text is left out (it is the agent's or the guest's own)."""
    if root.windowTitle():
        yield "title", root.windowTitle()
    for widget in (root, *root.findChildren(QWidget)):
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = widget.objectName() or type(widget).__name__
        if widget.toolTip():
            yield f"{name}.toolTip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield f"{name}.text", widget.text()
        elif isinstance(widget, QAbstractButton):
            yield f"{name}.text", widget.text().replace("&", "")
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield f"{name}.placeholder", widget.placeholderText()
        elif isinstance(widget, QTextEdit) and widget.isReadOnly():
            yield f"{name}.text", widget.toPlainText()
        elif isinstance(widget, QDateTimeEdit):
            yield f"{name}.text", widget.text()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name}[{index}]", widget.itemText(index)
        elif isinstance(widget, QGroupBox):
            yield f"{name}.title", widget.title()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{name}.tab{index}", widget.tabText(index)
        if isinstance(widget, QListWidget):
            for index in range(widget.count()):
                yield f"{name}.item{index}", widget.item(index).text()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield (f"{name}.header{column}",
                       str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                for row in range(min(model.rowCount(), 5)):
                    yield f"{name}.cell{row},{column}", str(model.index(row, column).data() or "")


def english_words(text: str, allowed: Iterable[str]) -> list[str]:
    """The Latin words of ``text`` that are not a name, a code or a word the guest said."""
    for keep in allowed:
        text = text.replace(keep, " ")
    return [word for word in re.findall(r"[A-Za-z]{2,}", text)
            if word.casefold() not in NAMES]


def left_in_english(root: QWidget, language: str, english: dict[str, str],
                    allowed: Iterable[str] = ()) -> list[str]:
    """Texts on ``root`` still in English: in Chinese any Latin word that is not a name
    or code; in Danish a text that reads as it did in English."""
    allowed = (*allowed, *PEOPLE)
    left = []
    for where, text in shown_texts(root):
        words = english_words(text, allowed)
        if language == "zh_CN":
            if words:
                left.append(f"{where}: {text!r}")
        elif (words and english.get(where) == text
              and any(word.casefold() not in SAME_IN_DANISH for word in words)):
            left.append(f"{where}: {text!r}")
    return left


def switch(language: str) -> None:
    use_language(language)
    QApplication.processEvents()


def check_everywhere(root: QWidget, allowed: Iterable[str] = ()) -> None:
    """Built in English, then switched live to each language: no English is left."""
    switch(ENGLISH)
    english = dict(shown_texts(root))
    for language in LANGUAGES:
        switch(language)
        assert left_in_english(root, language, english, allowed) == [], language
        switch(ENGLISH)
    assert dict(shown_texts(root)) == english, "back in English, it reads as before"


# -- the screens ---------------------------------------------------------------------------

@pytest.fixture
def complaints_screen(qtbot, desk_session: Session, team: dict[str, Staff]) -> ComplaintsScreen:
    now = desk_session.clock.now()
    complaints.log_feedback(desk_session, FeedbackInput(
        kind=FeedbackKind.COMPLAINT, category=Category.FOOD_AND_BEVERAGE,
        severity=Severity.HIGH, guest_words=GUEST_WORDS, guest_expects="A hot coffee",
        apologised=True, department=Department.FOOD_AND_BEVERAGE, escalate=True,
        promise=Promise(due_at=now + dt.timedelta(minutes=30), owner_id=team["desk"].id,
                        how="at the desk"),
        work_orders=(WorkOrderInput(Department.FOOD_AND_BEVERAGE, "Fix the machine"),)))
    widget = ComplaintsScreen(desk_session, DeskEvents())
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.activate()
    widget.select_row(0)
    return widget


# What the agent and the guest typed: shown as typed in every language.
TYPED = (GUEST_WORDS, "A hot coffee", "at the desk", "Fix the machine")


def test_the_complaints_screen_speaks_chinese_and_danish(
        complaints_screen: ComplaintsScreen) -> None:
    assert complaints_screen.detail is not None
    check_everywhere(complaints_screen, TYPED)


def test_the_complaints_screen_built_in_chinese_has_no_english(
        qtbot, desk_session: Session, team: dict[str, Staff]) -> None:
    switch("zh_CN")
    widget = ComplaintsScreen(desk_session, DeskEvents())
    qtbot.addWidget(widget)
    widget.show()
    widget.activate()
    assert left_in_english(widget, "zh_CN", {}) == []
    assert "条" in widget.ui.countLabel.text() or widget.ui.countLabel.text() == ""
    assert "年" in widget.ui.fromDateEdit.text(), "the day as Chinese writes it"


def test_the_feedback_form_and_the_promise_question_speak_the_language(
        qtbot, complaints_screen: ComplaintsScreen) -> None:
    dialog = complaints_screen.log_feedback_for(None, None)
    check_everywhere(dialog, TYPED)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("praise"))
    check_everywhere(dialog, TYPED)
    question = PromiseOutcomeDialog("Promised by 10:30", complaints_screen)
    qtbot.addWidget(question)
    question.show()
    check_everywhere(question, ("Promised by 10:30",))


def test_a_half_typed_complaint_survives_a_language_switch_and_is_retranslated_at_once(
        qtbot, complaints_screen: ComplaintsScreen) -> None:
    dialog = complaints_screen.log_feedback_for(None, None)
    ui = dialog.ui
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData("cleanliness"))
    ui.severityCombo.setCurrentIndex(ui.severityCombo.findData("high"))
    qtbot.keyClicks(ui.wordsEdit, HALF_TYPED)
    qtbot.keyClicks(ui.expectsEdit, "A clean shower")
    ui.promiseGroup.setChecked(True)
    qtbot.keyClicks(ui.promiseHowEdit, "phone call to gate B7")
    complaints_screen.ui.stepTextEdit.setText("Half a note")
    assign = complaints_screen.ui.assignDepartmentCombo
    assign.setCurrentIndex(assign.findData(Department.IT.value))
    before = dialog.values()
    english_label = ui.wordsLabel.text()

    switch("zh_CN")
    assert dialog.isVisible() and complaints_screen.dialog is dialog
    assert dialog.values() == before, "nothing typed or chosen is lost"
    assert ui.wordsEdit.toPlainText() == HALF_TYPED
    assert ui.wordsLabel.text() not in ("", english_label)
    assert "宾客" in ui.wordsLabel.text() and ui.saveButton.text() == "保存反馈"
    assert dialog.windowTitle() == "登记反馈"
    assert complaints_screen.ui.stepTextEdit.text() == "Half a note"
    assert assign.currentData() == Department.IT.value, "the department chosen stays"
    assert left_in_english(dialog, "zh_CN", {}, (HALF_TYPED, "A clean shower",
                                                 "phone call to gate B7")) == []

    switch("da")
    assert dialog.values() == before
    assert ui.saveButton.text() == "Gem feedback" and "gæstens" in ui.wordsLabel.text()
    header = complaints_screen.model.headerData(8, Qt.Orientation.Horizontal)
    assert header == "Med gæstens egne ord"

    switch(ENGLISH)
    assert dialog.values() == before
    assert ui.wordsLabel.text() == english_label and ui.saveButton.text() == "Save feedback"


def test_the_handover_screen_speaks_chinese_and_danish(
        qtbot, desk_session: Session, complaints_screen: ComplaintsScreen) -> None:
    shifts.start_shift(desk_session)
    shifts.add_diary_entry(desk_session, "Coffee machine 2 leaks")
    shift = shifts.end_shift(desk_session)
    screen = HandoverScreen(desk_session, DeskEvents())
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.activate()
    screen.show_handover(shifts.handover(desk_session, shift.id))
    screen.ui.entryEdit.setPlainText("Half a diary line")
    check_everywhere(screen, (*TYPED, "Coffee machine 2 leaks"))
    assert screen.ui.entryEdit.toPlainText() == "Half a diary line"


def test_the_staff_and_erase_screens_speak_chinese_and_danish(
        qtbot, session: Session, team: dict[str, Staff], clock: FakeClock,
        lounge: Lounge) -> None:
    guest_with_history(clock, lounge, team["desk"])
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    people = StaffScreen(session, DeskEvents())
    qtbot.addWidget(people)
    people.resize(1280, 800)
    people.show()
    people.activate()
    people.ui.staffTable.selectRow(1)
    people.ui.nameEdit.setText("Half a name")
    check_everywhere(people)
    assert people.ui.nameEdit.text() == "Half a name"

    erase = EraseGuestScreen(session, DeskEvents())
    qtbot.addWidget(erase)
    erase.resize(1280, 800)
    erase.show()
    erase.ui.findEdit.setText("chen")
    erase.find_guests()
    assert erase.model.rows
    erase.ui.guestTable.selectRow(0)
    check_everywhere(erase)
    assert erase.ui.findEdit.text() == "chen"


def test_a_scrolling_tab_page_keeps_its_title_translatable(qtbot) -> None:
    """The page stays the tab's page (the form retranslates the title from it); its
    contents scroll inside it, every widget with its name."""
    from vipdesk.gui.form_types import SettingsForm
    from vipdesk.gui.forms import load_form
    from vipdesk.gui.scroll_pages import scroll_pages
    holder = QWidget()
    qtbot.addWidget(holder)
    load_form(SettingsForm, holder)
    tabs = holder.findChildren(QTabWidget)[0]
    pages = [tabs.widget(index) for index in range(tabs.count())]
    names = {widget.objectName() for widget in holder.findChildren(QWidget)}
    scroll_pages(tabs)
    assert [tabs.widget(index) for index in range(tabs.count())] == pages
    assert all(page.findChild(QScrollArea) is not None for page in pages)
    assert names <= {widget.objectName() for widget in holder.findChildren(QWidget)}


def test_the_handover_staff_and_erase_screens_built_in_chinese_have_no_english(
        qtbot, session: Session, team: dict[str, Staff], clock: FakeClock,
        lounge: Lounge) -> None:
    guest_with_history(clock, lounge, team["desk"])
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    switch("zh_CN")
    handover = HandoverScreen(session, DeskEvents())
    people = StaffScreen(session, DeskEvents())
    erase = EraseGuestScreen(session, DeskEvents())
    for screen in (handover, people, erase):
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        screen.activate()
    people.ui.staffTable.selectRow(1)
    erase.ui.findEdit.setText("chen")
    erase.find_guests()
    erase.ui.guestTable.selectRow(0)
    for screen in (handover, people, erase):
        assert left_in_english(screen, "zh_CN", {}) == [], type(screen).__name__
