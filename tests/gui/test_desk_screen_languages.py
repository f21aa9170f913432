"""The check-in desk and its dialogs in 简体中文 and Dansk: no English left on screen, and a
switch of language while something is typed keeps it and retranslates at once."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QWidget,
)

from tests.gui.test_desk_screen import boarding_pass, scan
from tests.helpers.desk_screen import open_desk
from vipdesk.domain.permissions import Permission
from vipdesk.domain.vocabulary import (
    Category,
    Channel,
    ComplaintStatus,
    Department,
    FeedbackKind,
    Severity,
)
from vipdesk.gui.authorise_dialog import AuthoriseDialog
from vipdesk.gui.check_out_dialog import CheckOutDialog
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.gui.language import use_language
from vipdesk.gui.manual_entry_dialog import ManualEntryDialog
from vipdesk.gui.messages import StatusNote
from vipdesk.gui.scan_routing import ScanRouter
from vipdesk.services.complaints import FeedbackRow
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff

TODAY = dt.date(2026, 11, 23)
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
OURS = {"DeskForm", "DeskScreen", "ManualEntryForm", "ManualEntryDialog", "AuthoriseForm",
        "AuthoriseDialog", "CheckOutDialog", "ScanRouter", "Saving", "SpaceWords"}
NAMES_IN_THEMSELVES = {"english", "dansk", "deutsch"}  # the card languages, each in its own
WORD = re.compile(r"[^\W\d_]{4,}")


def _english_words(language: str) -> set[str]:
    """The words of these screens' English texts that their translation does not use too
    (so "lounge", "boarding" or "PIN", which Danish or Chinese staff say as well, pass)."""
    root = ET.parse(TRANSLATIONS / f"vipdesk_{language}.ts").getroot()
    english: set[str] = set()
    translated: set[str] = set()
    for context in root.iter("context"):
        for message in context.iter("message"):
            texts = [message.findtext("translation") or ""] + [
                form.text or "" for form in message.iter("numerusform")]
            for text in texts:
                translated.update(word.lower() for word in WORD.findall(text))
            if context.findtext("name") in OURS:
                english.update(word.lower() for word in WORD.findall(
                    message.findtext("source") or ""))
    return english - translated - NAMES_IN_THEMSELVES


def _pending_elsewhere(language: str) -> set[str]:
    """English texts of the other screens' contexts (the vocabulary's words, the services'
    messages) still unfinished in this branch's translation: their helpers translate them."""
    root = ET.parse(TRANSLATIONS / f"vipdesk_{language}.ts").getroot()
    return {message.findtext("source") or ""
            for context in root.iter("context") if context.findtext("name") not in OURS
            for message in context.iter("message")
            if message.find("translation").get("type") == "unfinished"}  # type: ignore[union-attr]


def _texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """Every text a person can read on ``window``: visible widgets' texts, tool tips,
    placeholders, list entries and the window's title."""
    yield "title", window.windowTitle()
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QLineEdit):
            yield name + " placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name} item {index}", widget.itemText(index)
        yield name + " tip", widget.toolTip()
        yield name + " accessible", widget.accessibleName()


def english_left(window: QWidget, language: str, *, with_staff: bool = True) -> list[str]:
    """What ``window`` shows in English: a word of these screens' English texts, in anything
    but a proper name (the staff's names, when the test has a database) or another helper's
    text still to translate."""
    english, elsewhere = _english_words(language), _pending_elsewhere(language)
    names = {person.name for person in Staff.select()} if with_staff else set()
    return [f"{where}: {text!r}" for where, text in _texts(window)
            if text not in elsewhere and text not in names
            and any(word.lower() in english for word in WORD.findall(text))]


def switch_to(language: str) -> None:
    use_language(language)
    QApplication.processEvents()  # the LanguageChange each widget is sent


@pytest.fixture
def desk(qtbot, desk_session: Session) -> DeskScreen:
    return open_desk(qtbot, desk_session)


@pytest.mark.parametrize("language", ["zh_CN", "da"])
def test_the_desk_speaks_the_language(qtbot, desk: DeskScreen, language: str) -> None:
    switch_to(language)
    assert english_left(desk, language) == []
    assert desk.ui.addressLabel.text() != "Ready for the next guest"


@pytest.mark.parametrize("language", ["zh_CN", "da"])
def test_a_guest_shown_is_shown_again_in_the_language(qtbot, desk: DeskScreen,
                                                      language: str) -> None:
    scan(qtbot, desk, boarding_pass())
    before = desk.ui.deskMessage.text()
    assert "Press Enter to check in" in before
    switch_to(language)
    assert desk.ui.addressLabel.text() == "Ms Li Chen", "the guest stays on the desk"
    assert desk.ui.deskMessage.text() != before
    assert "Enter" in desk.ui.deskMessage.text()  # the key's own name
    assert english_left(desk, language) == []
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)  # still checks the guest in
    assert desk.ui.doneLabel.text() and "Welcome card" not in desk.ui.doneLabel.text()
    switch_to("en")
    assert desk.ui.doneLabel.text() == "Welcome card for Ms Li Chen"
    assert "is checked in" in desk.ui.deskMessage.text()


@pytest.mark.parametrize("language", ["zh_CN", "da"])
def test_the_dialogs_speak_the_language(qtbot, desk_session: Session, language: str) -> None:
    switch_to(language)
    manual = ManualEntryDialog("CPH", TODAY)
    check_out = CheckOutDialog("Ms Li Chen")
    approval = AuthoriseDialog(desk_session, Permission.GRANT_EXCEPTION,
                               lambda: QApplication.translate(
                                   "DeskScreen",
                                   "A duty manager may let this guest in as an exception."),
                               ask_reason=True)
    for dialog in (manual, check_out, approval):
        qtbot.addWidget(dialog)
        dialog.show()
        assert english_left(dialog, language) == [], type(dialog).__name__


def test_a_half_typed_manual_entry_keeps_its_text_and_is_retranslated_at_once(qtbot) -> None:
    dialog = ManualEntryDialog("CPH", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.surnameEdit, "Hansen")
    qtbot.keyClicks(dialog.ui.givenNamesEdit, "Met")
    assert dialog.ui.surnameLabel.text() == "Surname"
    switch_to("da")
    assert dialog.ui.surnameLabel.text() == "Efternavn"
    assert dialog.windowTitle() == "Manuel indtastning"
    assert dialog.ui.titleCombo.itemText(1) == "hr." and dialog.ui.titleCombo.itemData(1) == "Mr"
    assert dialog.ui.surnameEdit.text() == "Hansen" and dialog.ui.givenNamesEdit.text() == "Met"
    assert dialog.ui.originEdit.text() == "CPH"
    assert english_left(dialog, "da", with_staff=False) == []  # no database in this test
    switch_to("zh_CN")
    assert dialog.ui.surnameLabel.text() == "姓"
    assert dialog.ui.givenNamesEdit.text() == "Met"
    switch_to("en")
    assert dialog.ui.surnameLabel.text() == "Surname" and dialog.windowTitle() == "Manual entry"
    assert dialog.ui.surnameEdit.text() == "Hansen"


def test_what_is_typed_on_the_desk_stays_through_a_switch(qtbot, desk: DeskScreen) -> None:
    desk.ui.searchEdit.setText("hans")
    desk.ui.scanEdit.setText("Mette")
    switch_to("da")
    assert desk.ui.searchEdit.text() == "hans" and desk.ui.scanEdit.text() == "Mette"
    assert desk.ui.checkInButton.text() == "Tjek ind"
    assert desk.ui.addressLabel.text() == "Klar til næste gæst"
    assert desk.ui.spaceCombo.itemText(0) == "Bedste ledige område"
    assert desk.ui.languageCombo.itemText(0) == "English (engelsk)"
    assert desk.ui.languageCombo.itemText(2) == "Dansk"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the note's tool-tip window
def test_a_held_pass_note_is_said_again_in_the_new_language(qtbot, session: Session) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    router = ScanRouter(session, lambda _text: None, StatusNote(window.statusBar()), window)
    router.take(boarding_pass())  # nobody signed in: held until sign-in
    assert window.statusBar().currentMessage() == (
        "A boarding pass was scanned; it will be read after sign-in.")
    switch_to("da")
    assert window.statusBar().currentMessage() == (
        "Et boardingkort blev scannet; det læses, når der er logget ind.")
    assert router.notice.text() == window.statusBar().currentMessage()
    switch_to("zh_CN")
    assert window.statusBar().currentMessage() == "已扫描一张登机牌；登录后将读取。"


def test_a_refusal_and_the_waiting_list_are_said_again(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    desk.check_in(wait=True)
    assert "is on the waiting list" in desk.ui.deskMessage.text()
    assert desk.model.rows[0].place == "waiting"
    switch_to("da")
    assert "er på ventelisten" in desk.ui.deskMessage.text()
    assert desk.model.rows[0].place == "venter", "the list's row, not read again"
    scan(qtbot, desk, "M1" + "x" * 60)  # not a pass: the reader's refusal
    refused = desk.ui.deskMessage.text()
    switch_to("en")
    assert "not a boarding pass" in desk.ui.deskMessage.text()
    switch_to("da")
    assert desk.ui.deskMessage.text() == refused


def test_texts_the_desk_sets_outlive_the_forms_own_retranslation(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    desk.ui.companionScanButton.setChecked(True)
    assert desk.ui.companionScanButton.text() == "Cancel companion scan"
    switch_to("da")
    assert desk.ui.companionScanButton.text() == "Annuller scanning af ledsager"
    assert desk.ui.paidButton.text() == "Betalt adgang"
    desk.ui.companionScanButton.setChecked(False)
    assert desk.ui.companionScanButton.text() == "Scan ledsagers boardingkort"


def test_what_is_owed_at_check_out_is_told_in_the_language(qtbot) -> None:
    due = dt.datetime(2026, 11, 23, 13, 5, tzinfo=dt.UTC)
    owed = FeedbackRow(
        id=1, created_at=due, kind=FeedbackKind.COMPLAINT, category=Category.NOISE,
        severity=Severity.LOW, status=ComplaintStatus.NEW, channel=Channel.IN_PERSON,
        department=Department.FRONT_DESK, guest_id=1, guest_name="Ms Li Chen", visit_id=1,
        guest_words="Too loud near the bar", guest_expects="", escalated=False,
        escalated_at=None, owner_id=None, owner_name="", promise_due_at=due,
        promise_owner_id=None, promise_owner_name="Dina Desk", promise_how="a quieter seat",
        promise_kept_at=None, promise_overdue=False, resolution="", open_work_orders=0)
    dialog = CheckOutDialog("Ms Li Chen", owed=[owed], timezone="Europe/Copenhagen")
    qtbot.addWidget(dialog)
    assert "Promise due at 14:05: a quieter seat" in dialog.owed_label.text()
    switch_to("zh_CN")
    assert "跟进承诺须于 14:05 前兑现：a quieter seat" in dialog.owed_label.text()
    assert "“Too loud near the bar”" in dialog.owed_label.text(), "the guest's own words"
    assert dialog.windowTitle() == "离室" and "Ms Li Chen" in dialog.heading.text()
