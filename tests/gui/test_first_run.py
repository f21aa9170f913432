"""The first-run dialog: messages next to the wrong field; a lounge on good input."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vipdesk.gui.first_run_dialog import FirstRunDialog
from vipdesk.services.session import Session
from vipdesk.storage.models import Lounge, Space, Staff


def fill(qtbot, dialog: FirstRunDialog, *, airport="CPH", zone="Europe/Copenhagen",
         pin="482915", repeat=None) -> None:
    ui = dialog.ui
    for edit in (ui.nameEdit, ui.airportEdit, ui.adminNameEdit, ui.adminPinEdit,
                 ui.adminPinRepeatEdit):
        edit.clear()
    qtbot.keyClicks(ui.nameEdit, "Aurora Lounge")
    qtbot.keyClicks(ui.airportEdit, airport)
    ui.timezoneCombo.setEditText(zone)
    qtbot.keyClicks(ui.adminNameEdit, "Astrid Jørgensen")
    qtbot.keyClicks(ui.adminPinEdit, pin)
    qtbot.keyClicks(ui.adminPinRepeatEdit, pin if repeat is None else repeat)


def test_bad_input_is_explained_next_to_each_field(qtbot, session: Session) -> None:
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, airport="C1", zone="Mars/Olympus", pin="12")
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert "three letters" in dialog.ui.airportError.text()
    assert "Mars/Olympus" in dialog.ui.timezoneError.text()
    assert "at least 6 digits" in dialog.ui.adminPinError.text()
    assert dialog.ui.nameError.text() == ""
    assert Lounge.select().count() == 0


def test_mismatched_pins_are_caught(qtbot, session: Session) -> None:
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, pin="482915", repeat="482916")
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.ui.adminPinError.text()
    assert Lounge.select().count() == 0


def test_good_input_opens_the_lounge_with_the_default_spaces(qtbot, session: Session) -> None:
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.ui.spacesTable.rowCount() == 9  # lobby, six boxes, two VIP rooms
    fill(qtbot, dialog, airport="cph")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    lounge = Lounge.get()
    assert (lounge.name, lounge.airport, lounge.timezone) == (
        "Aurora Lounge", "CPH", "Europe/Copenhagen")
    assert Space.select().count() == 9
    assert Staff.get().name == "Astrid Jørgensen"
    assert session.lounge_id == lounge.id


def test_a_trivial_administrator_pin_is_refused_beside_the_field(qtbot, session: Session) -> None:
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, pin="123456")
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert "too easy to guess" in dialog.ui.adminPinError.text()
    assert Lounge.select().count() == 0


def test_the_pin_field_says_the_administrators_rule(qtbot, session: Session) -> None:
    """Seen on a fresh install: the field said "4 to 12 digits" and then refused 4 digits."""
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.ui.adminPinEdit.placeholderText() == "6 to 12 digits"


def test_the_empty_time_zone_box_says_to_type_a_city_and_the_city_finds_its_zone(
        qtbot, session: Session) -> None:
    """Seen on a fresh install on a kiosk whose own zone is UTC: an empty box with no hint."""
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    combo = dialog.ui.timezoneCombo
    assert combo.currentText() == ""
    assert combo.lineEdit().placeholderText() == "Type a city, e.g. Copenhagen"
    completer = combo.completer()
    completer.setCompletionPrefix("copenhagen")
    assert completer.currentCompletion() == "Europe/Copenhagen"


def test_the_first_run_chooses_the_lounges_language_and_speaks_it_at_once(
        qtbot, session: Session) -> None:
    from PySide6.QtWidgets import QApplication

    from vipdesk.gui.language import current_language
    from vipdesk.storage.models import AuditEvent
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "简体中文", "Dansk"]
    fill(qtbot, dialog)
    combo.setCurrentIndex(combo.findData("zh_CN"))
    for _ in range(2):
        QApplication.processEvents()  # the form, then the texts set in code
    assert current_language() == "zh_CN"
    assert dialog.ui.headingLabel.text() == "欢迎使用 VIP Desk"
    assert dialog.windowTitle() == "VIP Desk — 设置您的贵宾室"
    assert dialog.ui.nameEdit.text() == "Aurora Lounge"  # nothing typed is lost
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert Lounge.get().language == "zh_CN"
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert event.action == "lounge.set_up_language"


def test_the_suggested_spaces_are_named_in_the_lounges_language_until_renamed(
        qtbot, session: Session) -> None:
    from PySide6.QtWidgets import QApplication
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    table = dialog.ui.spacesTable

    def names() -> list[str]:
        return [table.item(row, 0).text() for row in range(table.rowCount())]

    assert names()[:3] == ["Lobby", "Box 1", "Box 2"] and names()[-1] == "VIP Room 2"
    table.item(2, 0).setText("Terrace")  # the administrator's own name for it
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))
    for _ in range(2):
        QApplication.processEvents()  # the form, then the texts set in code
    assert names()[:3] == ["Lobby", "Boks 1", "Terrace"] and names()[-1] == "VIP-rum 2"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    for _ in range(2):
        QApplication.processEvents()
    assert names()[:3] == ["大厅", "卡座 1", "Terrace"] and names()[-1] == "贵宾包间 2"
