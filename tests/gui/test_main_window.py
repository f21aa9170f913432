"""The shell: sign in, idle lock, kiosk close, and the staff screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import ADMIN_PIN, DESK_PIN, MANAGER_PIN
from vipdesk.clock import FakeClock
from vipdesk.domain.permissions import Permission
from vipdesk.domain.vocabulary import Role
from vipdesk.gui.authorise_dialog import AuthoriseDialog
from vipdesk.gui.main_window import MainWindow
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff


@pytest.fixture
def window(qtbot, session: Session, team: dict[str, Staff]) -> MainWindow:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.show()
    return main


def sign_in(qtbot, window: MainWindow, name: str, pin: str) -> None:
    staff_list = window.sign_in.ui.staffList
    row = next(i for i in range(staff_list.count()) if staff_list.item(i).text().startswith(name))
    staff_list.setCurrentRow(row)
    qtbot.keyClicks(window.sign_in.ui.pinEdit, pin)
    qtbot.keyClick(window.sign_in.ui.pinEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.sign_in.checking)  # the PIN is checked on a worker


def test_opens_on_sign_in_listing_only_staff_who_sign_in(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.sign_in
    names = [window.sign_in.ui.staffList.item(i).text().split("\n")[0]
             for i in range(window.sign_in.ui.staffList.count())]
    assert names == ["Astrid Admin", "Dina Desk", "Mads Manager"]
    assert "Nordic Lounge" in window.status.lounge_label.text()
    assert "0 of 160 seats" in window.status.occupancy_label.text()


def test_right_pin_opens_the_shell_wrong_pin_says_so(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, "Astrid Admin", "0000")
    assert window.pages.currentWidget() is window.sign_in
    assert "Wrong PIN" in window.sign_in.ui.messageLabel.text()
    sign_in(qtbot, window, "Astrid Admin", ADMIN_PIN)
    assert window.pages.currentWidget() is window.shell
    assert "Astrid Admin" in window.status.staff_label.text()


def test_the_keypad_types_the_pin(qtbot, window: MainWindow) -> None:
    window.sign_in.ui.staffList.setCurrentRow(1)  # Dina Desk
    for digit in DESK_PIN:
        qtbot.mouseClick(getattr(window.sign_in.ui, f"key{digit}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.sign_in.ui.signInButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sign_in.checking)
    assert window.session.staff is not None and window.session.staff.name == "Dina Desk"


def test_screens_are_shown_by_role(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    assert not window.nav_buttons["staff"].isVisibleTo(window)
    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, "Astrid Admin", ADMIN_PIN)
    assert window.nav_buttons["staff"].isVisibleTo(window)


def test_desk_locks_after_idle_time(qtbot, window: MainWindow, clock: FakeClock) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    clock.advance(minutes=4, seconds=59)
    window.events.tick.emit()
    assert window.pages.currentWidget() is window.shell
    clock.advance(seconds=1)
    window.events.tick.emit()
    assert window.pages.currentWidget() is window.sign_in
    assert window.session.locked
    assert "Desk locked" in window.sign_in.ui.headingLabel.text()
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    assert window.pages.currentWidget() is window.shell and not window.session.locked


def test_activity_postpones_the_lock(qtbot, window: MainWindow, clock: FakeClock) -> None:
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    clock.advance(minutes=4)
    qtbot.keyClick(window.shell, Qt.Key.Key_Shift)
    clock.advance(minutes=4)
    window.events.tick.emit()
    assert window.pages.currentWidget() is window.shell, "a key pressed anywhere counts"


def test_admin_adds_a_staff_member_through_the_staff_screen(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, "Astrid Admin", ADMIN_PIN)
    qtbot.mouseClick(window.nav_buttons["staff"], Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    qtbot.keyClicks(screen.ui.nameEdit, "Søren Ægidius")
    qtbot.keyClicks(screen.ui.pinEdit, "8642")
    qtbot.mouseClick(screen.ui.addButton, Qt.MouseButton.LeftButton)
    assert screen.ui.messageLabel.text() == (
        "Søren Ægidius is added and can sign in with the PIN you gave.")
    names = [row.name for row in screen.model.rows]
    assert "Søren Ægidius" in names
    qtbot.keyClicks(screen.ui.nameEdit, "Short Pin")
    qtbot.keyClicks(screen.ui.pinEdit, "12")
    qtbot.mouseClick(screen.ui.addButton, Qt.MouseButton.LeftButton)
    assert "at least 4 digits" in screen.ui.pinError.text(), "said beside the PIN field"


def test_a_refused_pin_is_shown_beside_its_field_and_names_nobody(
        qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, "Astrid Admin", ADMIN_PIN)
    window.show_screen("staff")
    screen = window.current_screen()
    qtbot.keyClicks(screen.ui.nameEdit, "Mona Manager")
    screen.ui.roleCombo.setCurrentIndex(screen.ui.roleCombo.findData(Role.DUTY_MANAGER))
    qtbot.keyClicks(screen.ui.pinEdit, "4826")
    qtbot.mouseClick(screen.ui.addButton, Qt.MouseButton.LeftButton)
    assert "at least 6 digits" in screen.ui.pinError.text()
    assert "Mona Manager" not in [row.name for row in screen.model.rows]

    dina = next(i for i, row in enumerate(screen.model.rows) if row.name == "Dina Desk")
    screen.ui.staffTable.selectRow(dina)
    qtbot.keyClicks(screen.ui.newPinEdit, ADMIN_PIN)
    qtbot.mouseClick(screen.ui.setPinButton, Qt.MouseButton.LeftButton)
    said = screen.ui.newPinError.text()
    assert "already uses this PIN" in said and "Astrid" not in said
    assert screen.ui.pinError.text() == "" and screen.ui.messageLabel.text() == ""


def test_staff_table_model_passes_the_model_tester(qtbot, qtmodeltester,
                                                   window: MainWindow) -> None:
    sign_in(qtbot, window, "Astrid Admin", ADMIN_PIN)
    window.show_screen("staff")
    qtmodeltester.check(window.current_screen().model)


def test_kiosk_close_needs_a_manager_pin(qtbot, session: Session, team: dict[str, Staff]) -> None:
    kiosk = MainWindow(session, kiosk=True)
    qtbot.addWidget(kiosk)
    answers = iter(["0000", MANAGER_PIN])
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AuthoriseDialog):
            QTimer.singleShot(10, answer)
            return
        pin = next(answers, None)
        if pin is None:
            dialog.reject()
            return
        index = dialog.ui.staffCombo.findText("Mads Manager")
        dialog.ui.staffCombo.setCurrentIndex(index)
        dialog.ui.pinEdit.setText(pin)
        dialog.approve()
        seen.append(dialog.ui.messageLabel.text())
        if dialog.isVisible():
            QTimer.singleShot(10, answer)

    QTimer.singleShot(10, answer)
    assert kiosk.close()
    assert seen[0].startswith("Wrong PIN")


def test_kiosk_stays_open_when_approval_is_cancelled(qtbot, session: Session,
                                                     team: dict[str, Staff]) -> None:
    kiosk = MainWindow(session, kiosk=True)
    qtbot.addWidget(kiosk)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, AuthoriseDialog):
            dialog.reject()
        else:
            QTimer.singleShot(10, cancel)

    QTimer.singleShot(10, cancel)
    assert not kiosk.close()
    kiosk._may_close = True  # let the test tear the window down


def test_arrow_keys_pick_the_name_while_typing_the_pin(qtbot, window: MainWindow) -> None:
    pin_edit = window.sign_in.ui.pinEdit
    qtbot.keyClick(pin_edit, Qt.Key.Key_Down)
    qtbot.keyClick(pin_edit, Qt.Key.Key_Down)
    qtbot.keyClicks(pin_edit, DESK_PIN)
    qtbot.keyClick(pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.sign_in.checking)
    assert window.session.staff is not None and window.session.staff.name == "Dina Desk"


def test_a_pin_the_rules_no_longer_allow_still_signs_in_and_is_asked_to_change(
        qtbot, window: MainWindow, team: dict[str, Staff]) -> None:
    from tests.services.test_pin_key import legacy_hash
    from vipdesk.domain.pin import wrap_unkeyed
    Staff.update(pin_hash=wrap_unkeyed(legacy_hash("1357"), window.session.key)) \
        .where(Staff.id == team["manager"].id).execute()
    sign_in(qtbot, window, "Mads Manager", "1357")
    assert window.pages.currentWidget() is window.shell
    assert "no longer meets the PIN rules" in window.statusBar().currentMessage()


def another_desk(session: Session, team: dict[str, Staff]) -> Session:
    """An administrator signed in at a second desk on the same database file."""
    from vipdesk.services import staff as staff_service

    desk = Session(db=session.db, clock=session.clock, lounge_id=session.lounge_id,
                   pin_key=session.pin_key)
    assert staff_service.sign_in(desk, team["admin"].id, ADMIN_PIN).ok
    return desk


def test_a_desk_whose_agent_is_deactivated_elsewhere_goes_back_to_sign_in(
        qtbot, window: MainWindow, team: dict[str, Staff]) -> None:
    """Review finding 3: the next step is refused and the desk signs them out."""
    from vipdesk.services import staff as staff_service
    from vipdesk.services.session import SignedOut

    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    staff_service.deactivate(another_desk(window.session, team), team["desk"].id)
    with pytest.raises(SignedOut):
        window.session.require(Permission.CHECK_IN)  # the desk's next step
    window.events.tick.emit()
    assert window.pages.currentWidget() is window.sign_in
    assert "signed out" in window.statusBar().currentMessage()


def test_a_role_changed_elsewhere_changes_the_screens_offered(
        qtbot, window: MainWindow, team: dict[str, Staff]) -> None:
    from vipdesk.services import staff as staff_service

    sign_in(qtbot, window, "Mads Manager", MANAGER_PIN)
    assert window.nav_buttons["reports"].isVisibleTo(window)
    staff_service.change_role(another_desk(window.session, team), team["manager"].id,
                              Role.FRONT_DESK)
    window.session.require(Permission.CHECK_IN)  # the desk's next step reads the new role
    window.events.tick.emit()
    assert not window.nav_buttons["reports"].isVisibleTo(window)
    assert window.pages.currentWidget() is window.shell
