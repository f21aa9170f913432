"""Settings: lounge thresholds, this desk's printing, and access rules, by an administrator."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import ADMIN_PIN, DESK_PIN
from tests.helpers import engine
from vipdesk.domain.lounge_settings import NUMBERS, SWITCHES, TEXTS
from vipdesk.domain.lounge_setup import LoungePlan
from vipdesk.domain.vocabulary import Entitlement
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.desk_settings import (
    AUTO_PRINT_CARD,
    CARD_PAGE_SIZE,
    DESK_NAME,
    DeskSettings,
    desk_name,
    host_name,
    served_lounge,
)
from vipdesk.gui.settings_screen import CHECKS, EDITS, SPINS, SettingsScreen
from vipdesk.services import access_rules, setup, staff
from vipdesk.services.lounge_settings import LoungeSettings, update_lounge_settings
from vipdesk.services.session import PermissionDenied, Session
from vipdesk.storage.models import AccessRule, AuditEvent, Lounge, Staff


@pytest.fixture
def screen(qtbot, session: Session, team: dict[str, Staff], tmp_path: Path) -> SettingsScreen:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    desk = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    widget = SettingsScreen(session, DeskEvents(), desk)
    qtbot.addWidget(widget)
    widget.activate()
    return widget


def test_lounge_settings_are_saved_and_checked(qtbot, screen: SettingsScreen) -> None:
    screen.ui.wifiNetworkEdit.setText("Aurora-Guest")
    screen.ui.fatigueSpin.setValue(12)
    qtbot.mouseClick(screen.ui.saveLoungeButton, Qt.MouseButton.LeftButton)
    lounge = Lounge.get()
    assert (lounge.wifi_network, lounge.fatigue_minutes) == ("Aurora-Guest", 12)
    screen.ui.amberSpin.setValue(12)
    qtbot.mouseClick(screen.ui.saveLoungeButton, Qt.MouseButton.LeftButton)
    assert "before the fatigue alert" in screen.ui.loungeMessage.text()
    assert Lounge.get().amber_minutes == 10


def test_each_lounge_field_shows_its_declared_bounds_words_and_help(
        screen: SettingsScreen) -> None:
    """The screen draws its lounge fields from the one declaration, not the form's copy."""
    form = screen.ui.loungeForm
    for key, name in SPINS.items():
        number, spin = NUMBERS[key], getattr(screen.ui, name)
        assert (spin.minimum(), spin.maximum(), spin.suffix()) == (
            number.low, number.high, number.suffix), key
        assert form.labelForField(spin).text() == number.label
        assert spin.toolTip() == number.help
    for key, name in CHECKS.items():
        check = getattr(screen.ui, name)
        assert (check.text(), check.toolTip()) == (SWITCHES[key].label, SWITCHES[key].help)
    for key, name in EDITS.items():
        edit = getattr(screen.ui, name)
        assert (edit.maxLength(), form.labelForField(edit).text()) == (
            TEXTS[key].max_length, TEXTS[key].label)
    assert {*SPINS, *CHECKS, *EDITS} == {*NUMBERS, *SWITCHES, *TEXTS}, "every setting shown"


def test_the_backup_interval_round_trips_through_its_spin_box(qtbot,
                                                             screen: SettingsScreen) -> None:
    spin = screen.ui.backupSpin
    assert (spin.minimum(), spin.maximum(), spin.suffix()) == (1, 24, " hours")
    assert spin.value() == 4, "loaded from the lounge"
    assert screen.ui.loungeForm.labelForField(spin).text() == "Back up the database every"
    spin.setValue(6)
    qtbot.mouseClick(screen.ui.saveLoungeButton, Qt.MouseButton.LeftButton)
    assert screen.ui.loungeMessage.text() == ""
    assert Lounge.get().backup_every_hours == 6
    spin.setValue(1)
    screen.activate()
    assert spin.value() == 6, "shown again as saved"


def test_desk_printing_settings_are_remembered(qtbot, screen: SettingsScreen) -> None:
    screen.ui.pageSizeCombo.setCurrentText("A5")
    screen.ui.autoPrintCheck.setChecked(True)
    qtbot.mouseClick(screen.ui.saveDeskButton, Qt.MouseButton.LeftButton)
    assert screen.desk_settings.get(CARD_PAGE_SIZE) == "A5"
    assert screen.desk_settings.get(AUTO_PRINT_CARD) is True


def test_an_administrator_adds_a_frequent_flyer_rule(qtbot, screen: SettingsScreen) -> None:
    qtbot.mouseClick(screen.ui.newRuleButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.ui.ruleNameEdit, "SK EuroBonus Gold")
    screen.ui.entitlementCombo.setCurrentIndex(
        screen.ui.entitlementCombo.findData(Entitlement.FREQUENT_FLYER))
    qtbot.keyClicks(screen.ui.airlineEdit, "SK")
    qtbot.keyClicks(screen.ui.tierEdit, "Gold")
    screen.ui.freeSpin.setValue(1)
    qtbot.mouseClick(screen.ui.saveRuleButton, Qt.MouseButton.LeftButton)
    assert screen.ui.ruleMessage.text() == ""
    rule = AccessRule.get(AccessRule.name == "SK EuroBonus Gold")
    assert (rule.airline, rule.frequent_flyer_tier, rule.free_companions) == ("SK", "Gold", 1)
    assert "SK EuroBonus Gold" in [r.name for r in screen.rules_model.rules]


def test_rules_can_be_switched_off(qtbot, screen: SettingsScreen) -> None:
    screen.ui.rulesTable.selectRow(0)
    qtbot.mouseClick(screen.ui.activeButton, Qt.MouseButton.LeftButton)
    assert not access_rules.rules(screen.session)[0].active


def test_the_rules_model_passes_the_model_tester(qtmodeltester, screen: SettingsScreen) -> None:
    qtmodeltester.check(screen.rules_model)


def test_only_administrators_change_settings(session: Session, team: dict[str, Staff]) -> None:
    staff.sign_in(session, team["desk"].id, DESK_PIN)
    lounge = Lounge.get()
    with pytest.raises(PermissionDenied):
        update_lounge_settings(session, LoungeSettings(
            name="x", wifi_network="", wifi_password="", amber_minutes=1, fatigue_minutes=2,
            escalate_after_minutes=1, boarding_reminder_minutes=20, idle_lock_minutes=5,
            retention_days=90, backup_every_hours=4))
    assert Lounge.get().name == lounge.name


def test_the_command_line_pin_settings_show_and_save(qtbot, screen: SettingsScreen) -> None:
    """Issue 16: which command-line commands need a staff PIN, per lounge."""
    report, backup, restore = (screen.ui.pinReportCheck, screen.ui.pinBackupCheck,
                               screen.ui.pinRestoreCheck)
    assert (report.isChecked(), backup.isChecked(), restore.isChecked()) == (False, False, True)
    assert "need a staff PIN" in report.text() and "administrator" in restore.text()
    report.setChecked(True)
    restore.setChecked(False)
    qtbot.mouseClick(screen.ui.saveLoungeButton, Qt.MouseButton.LeftButton)
    assert screen.ui.loungeMessage.text() == ""
    lounge = Lounge.get()
    assert (lounge.pin_for_report, lounge.pin_for_backup, lounge.pin_for_restore) == (
        True, False, False)
    report.setChecked(False)
    screen.activate()
    assert report.isChecked() and not restore.isChecked(), "shown again as saved"


def test_the_desk_name_is_set_in_this_desks_settings_and_counts_from_the_next_action(
        qtbot, screen: SettingsScreen, session: Session) -> None:
    assert screen.ui.deskNameEdit.text() == ""
    assert screen.ui.deskNameEdit.placeholderText() == host_name()  # the name while none is set
    assert desk_name(screen.desk_settings) == host_name()
    qtbot.keyClicks(screen.ui.deskNameEdit, "  Office   desk ")
    qtbot.mouseClick(screen.ui.saveDeskButton, Qt.MouseButton.LeftButton)
    assert screen.desk_settings.get(DESK_NAME) == "Office   desk"
    assert desk_name(screen.desk_settings) == session.desk == "Office desk"
    staff.sign_out(session)  # any action: its audit row names the desk
    assert AuditEvent.select().order_by(AuditEvent.id.desc()).first().desk == "Office desk"


def backup_rows(screen: SettingsScreen) -> tuple[bool, bool, str | None]:
    """Whether the interval and the backup-PIN rows show, and the note said instead."""
    form = screen.ui.loungeForm
    note = screen.findChild(QLabel, "serverBackupsNote")
    return (form.isRowVisible(screen.ui.backupSpin), form.isRowVisible(screen.ui.pinBackupCheck),
            note.text() if note is not None else None)


@pytest.mark.skipif(not engine.ON_POSTGRES, reason="a server database has no desk backups")
def test_on_a_server_the_backup_rows_say_to_use_pg_dump(screen: SettingsScreen) -> None:
    shows_interval, shows_pin, note = backup_rows(screen)
    assert not shows_interval and not shows_pin
    assert note is not None and note.startswith(
        "This lounge's database is on a PostgreSQL server: back it up with pg_dump -Fc")
    assert screen.ui.loungeForm.labelForField(screen.findChild(QLabel, "serverBackupsNote")
                                              ).text() == "Backups"


@pytest.mark.skipif(engine.ON_POSTGRES, reason="a kiosk's SQLite file has the desk's backups")
def test_on_a_kiosk_the_backup_rows_are_there(screen: SettingsScreen) -> None:
    assert backup_rows(screen) == (True, True, None)


def test_this_desk_shows_its_lounge_and_an_administrator_changes_it_for_the_next_start(
        qtbot, screen: SettingsScreen, session: Session, db_target: Path | str) -> None:
    other = setup.set_up_lounge(session, LoungePlan(  # its administrator is signed in
        name="Sky Lounge", airport="OSL", timezone="Europe/Oslo",
        admin_name="Sigrid Admin", admin_pin=ADMIN_PIN))
    screen.activate()
    combo = screen.ui.loungeCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Nordic Lounge — CPH", "Sky Lounge — OSL"]
    assert combo.currentText() == "Nordic Lounge — CPH"
    assert "next starts" in screen.ui.loungeHint.text()

    combo.setCurrentIndex(1)
    qtbot.mouseClick(screen.ui.saveDeskButton, Qt.MouseButton.LeftButton)
    assert served_lounge(screen.desk_settings, db_target) == other.id
    assert screen.ui.loungeHint.text() == (
        "This desk serves Sky Lounge — OSL from its next start: close VIP Desk and open it "
        "again.")
    assert session.lounge.name == "Nordic Lounge", "the running desk keeps its lounge"
    screen.activate()
    assert combo.currentText() == "Sky Lounge — OSL", "read back as remembered"


def test_the_administrator_sets_the_lounges_default_language(
        qtbot, screen: SettingsScreen) -> None:
    from PySide6.QtWidgets import QApplication

    from vipdesk.gui.language import use_language
    combo = screen.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "简体中文", "Dansk"]
    assert combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("da"))
    qtbot.mouseClick(screen.ui.saveLoungeButton, Qt.MouseButton.LeftButton)
    assert Lounge.get().language == "da"
    from vipdesk.gui.desk_language import remembered_language
    assert remembered_language() == "da", "this desk's next start opens in it"
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert event.action == "lounge.set_language"
    screen.ui.wifiNetworkEdit.setText("typed, not saved")
    use_language("zh_CN")
    QApplication.processEvents()
    label = screen.ui.loungeForm.labelForField(combo)
    assert isinstance(label, QLabel) and label.text() == "前台语言"
    assert screen.ui.wifiNetworkEdit.text() == "typed, not saved"  # nothing typed is lost
    assert screen.rules_model.headerData(0, Qt.Orientation.Horizontal) == "规则"
    screen.activate()
    assert combo.currentData() == "da"
