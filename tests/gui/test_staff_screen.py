"""The staff screen as an administrator uses it: every action says what it did; rename,
change a role and clear a PIN lockout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ADMIN_PIN, DESK_PIN
from vipdesk.domain.vocabulary import Role
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.staff_screen import StaffScreen
from vipdesk.services import staff
from vipdesk.services.session import Session
from vipdesk.storage.models import AuditEvent, Staff


@pytest.fixture
def admin_session(session: Session, team: dict[str, Staff]) -> Session:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    return session


@pytest.fixture
def screen(qtbot, admin_session: Session) -> StaffScreen:
    widget = StaffScreen(admin_session, DeskEvents())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.activate()
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select(screen: StaffScreen, name: str) -> None:
    number = next(n for n, row in enumerate(screen.model.rows) if row.name == name)
    screen.ui.staffTable.selectRow(number)


def status_of(screen: StaffScreen, name: str) -> str:
    number = next(n for n, row in enumerate(screen.model.rows) if row.name == name)
    return screen.model.index(number, 3).data()


def test_adding_someone_says_so(qtbot, screen: StaffScreen) -> None:
    qtbot.keyClicks(screen.ui.nameEdit, "Lucia Fernandez")
    screen.ui.roleCombo.setCurrentIndex(screen.ui.roleCombo.findData(Role.FRONT_DESK))
    qtbot.keyClicks(screen.ui.pinEdit, "6148")
    click(qtbot, screen.ui.addButton)
    assert Staff.get_or_none(Staff.name == "Lucia Fernandez") is not None
    assert screen.ui.messageLabel.text() == (
        "Lucia Fernandez is added and can sign in with the PIN you gave.")
    assert screen.ui.messageLabel.property("tone") == "ok"


def test_setting_a_pin_says_so(qtbot, screen: StaffScreen) -> None:
    select(screen, "Dina Desk")
    qtbot.keyClicks(screen.ui.newPinEdit, "5937")
    click(qtbot, screen.ui.setPinButton)
    assert "Dina Desk has a new PIN" in screen.ui.messageLabel.text()
    assert screen.ui.newPinEdit.text() == ""


def test_renaming_keeps_the_person(qtbot, screen: StaffScreen, team: dict[str, Staff]) -> None:
    select(screen, "Dina Desk")
    assert screen.ui.renameEdit.text() == "Dina Desk"
    screen.ui.renameEdit.clear()
    qtbot.keyClicks(screen.ui.renameEdit, "Dina Dahl")
    click(qtbot, screen.ui.renameButton)
    assert Staff.get_by_id(team["desk"].id).name == "Dina Dahl"
    assert "Dina Desk is now called Dina Dahl" in screen.ui.messageLabel.text()
    assert screen.selected() is not None and screen.selected().name == "Dina Dahl"
    assert AuditEvent.select().where(AuditEvent.action == "staff.rename").count() == 1


def test_changing_a_role(qtbot, screen: StaffScreen, team: dict[str, Staff]) -> None:
    select(screen, "Dina Desk")
    combo = screen.ui.selectedRoleCombo
    combo.setCurrentIndex(combo.findData(Role.DUTY_MANAGER))
    click(qtbot, screen.ui.changeRoleButton)
    assert Staff.get_by_id(team["desk"].id).role is Role.DUTY_MANAGER
    assert screen.ui.messageLabel.text() == "Dina Desk is now Duty manager."


def test_the_last_administrator_is_told_why_they_stay_one(
        qtbot, screen: StaffScreen, team: dict[str, Staff]) -> None:
    select(screen, "Astrid Admin")
    combo = screen.ui.selectedRoleCombo
    combo.setCurrentIndex(combo.findData(Role.FRONT_DESK))
    click(qtbot, screen.ui.changeRoleButton)
    assert Staff.get_by_id(team["admin"].id).role is Role.ADMINISTRATOR
    assert "only administrator" in screen.ui.messageLabel.text()
    assert screen.ui.messageLabel.property("tone") == "error"


def test_clearing_a_lockout(qtbot, session: Session, team: dict[str, Staff]) -> None:
    for _ in range(6):
        staff.sign_in(session, team["desk"].id, "0000")
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    screen = StaffScreen(session, DeskEvents())
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    assert status_of(screen, "Dina Desk").startswith("Locked out until")
    select(screen, "Astrid Admin")
    assert not screen.ui.clearLockoutButton.isEnabled()
    select(screen, "Dina Desk")
    assert screen.ui.clearLockoutButton.isEnabled()
    click(qtbot, screen.ui.clearLockoutButton)
    assert screen.ui.messageLabel.text() == "Dina Desk can try their PIN again now."
    assert status_of(screen, "Dina Desk") == "Active"
    staff.sign_out(session)
    assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok
