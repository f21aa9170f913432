"""Settings → This desk: an administrator signed in at a desk sets up another lounge in the
database (its own first administrator), even while the database holds one lounge only, and
then chooses whether this desk serves it from its next start. Nobody else sees the button.

Before, another lounge could only be set up from the start-up chooser, which a database of
one lounge never shows (and which asked nobody to sign in).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import ADMIN_PIN, DESK_PIN, MANAGER_PIN
from tests.gui.test_first_run import fill
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.desk_settings import DeskSettings, served_lounge
from vipdesk.gui.first_run_dialog import FirstRunDialog
from vipdesk.gui.settings_screen import SettingsScreen
from vipdesk.services import setup, staff
from vipdesk.services.session import Session
from vipdesk.storage.models import AuditEvent, Staff

PINS = {"admin": ADMIN_PIN, "manager": MANAGER_PIN, "desk": DESK_PIN}


def settings_page(qtbot, session: Session, member: Staff, role: str,
                  tmp_path: Path) -> SettingsScreen:
    """The Settings screen as ``member`` sees it once signed in at this desk."""
    assert staff.sign_in(session, member.id, PINS[role]).ok
    desk = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    screen = SettingsScreen(session, DeskEvents(), desk)
    qtbot.addWidget(screen)
    screen.activate()
    return screen


@pytest.mark.parametrize(("role", "shown"), [("desk", False), ("manager", False),
                                             ("admin", True)])
def test_only_an_administrator_is_offered_another_lounge(
        qtbot, session: Session, team: dict[str, Staff], tmp_path: Path, role: str,
        shown: bool) -> None:
    screen = settings_page(qtbot, session, team[role], role, tmp_path)
    assert screen.ui.anotherLoungeButton.isHidden() is not shown
    screen.forget_agent()  # the desk locks or its administrator signs out
    assert screen.ui.anotherLoungeButton.isHidden()


def test_an_administrator_sets_up_a_second_lounge_from_this_desks_page(
        qtbot, qapp: QApplication, session: Session, team: dict[str, Staff],
        tmp_path: Path, db_target: Path | str) -> None:
    screen = settings_page(qtbot, session, team["admin"], "admin", tmp_path)
    serving = session.lounge_id
    seen: list[tuple[str, str, bool, str]] = []

    def answer() -> None:
        dialog = qapp.activeModalWidget()
        if not isinstance(dialog, FirstRunDialog):
            QTimer.singleShot(10, answer)
            return
        ui = dialog.ui
        seen.append((ui.headingLabel.text(), ui.backButton.text(), ui.backButton.isHidden(),
                     ui.createButton.text()))
        fill(qtbot, dialog, airport="ARN", zone="Europe/Stockholm")
        qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, answer)
    qtbot.mouseClick(screen.ui.anotherLoungeButton, Qt.MouseButton.LeftButton)

    assert seen == [("Set up another lounge", "Back to Settings", False, "Set up the lounge")]
    combo = screen.ui.loungeCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Nordic Lounge — CPH", "Aurora Lounge — ARN"]
    assert combo.currentText() == "Nordic Lounge — CPH", "nothing changes unless chosen"
    assert screen.ui.loungeHint.text().startswith("Aurora Lounge — ARN is set up")
    assert session.lounge_id == serving and session.lounge.name == "Nordic Lounge"
    assert session.staff is not None and session.staff.id == team["admin"].id

    new = setup.lounge_named(setup.lounges(session), "Aurora Lounge")
    assert new is not None
    audit = AuditEvent.get(AuditEvent.action == "lounge.set_up", AuditEvent.entity_id == new.id)
    assert audit.staff_id == team["admin"].id, "the administrator who did it"
    admin = Staff.get(Staff.lounge == new.id)
    assert (admin.name, admin.role.value) == ("Astrid Jørgensen", "administrator")
    assert staff.sign_in(Session(db=session.db, clock=session.clock, pin_key=session.pin_key,
                                 lounge_id=new.id), admin.id, "482915").ok

    combo.setCurrentIndex(1)  # this desk serves it from its next start, as any lounge
    qtbot.mouseClick(screen.ui.saveDeskButton, Qt.MouseButton.LeftButton)
    assert served_lounge(screen.desk_settings, db_target) == new.id
    assert "from its next start" in screen.ui.loungeHint.text()


def test_going_back_sets_up_nothing(qtbot, qapp: QApplication, session: Session,
                                    team: dict[str, Staff], tmp_path: Path) -> None:
    screen = settings_page(qtbot, session, team["admin"], "admin", tmp_path)

    def back() -> None:
        dialog = qapp.activeModalWidget()
        if not isinstance(dialog, FirstRunDialog):
            QTimer.singleShot(10, back)
            return
        qtbot.mouseClick(dialog.ui.backButton, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, back)
    qtbot.mouseClick(screen.ui.anotherLoungeButton, Qt.MouseButton.LeftButton)
    assert [ref.name for ref in setup.lounges(session)] == ["Nordic Lounge"]
    assert screen.ui.loungeCombo.count() == 1


def test_an_administrator_demoted_meanwhile_is_told_in_the_dialog(
        qtbot, session: Session, team: dict[str, Staff], tmp_path: Path) -> None:
    """Another desk made them a duty manager after the page was drawn: the service refuses
    and the dialog says so, rather than the desk's safety net."""
    settings_page(qtbot, session, team["admin"], "admin", tmp_path)
    Staff.update(role="duty_manager").where(Staff.id == team["admin"].id).execute()
    dialog = FirstRunDialog(session, another=True)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, airport="ARN", zone="Europe/Stockholm")
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.spacesError.text().endswith("may not set up lounges; ask an administrator.")
    assert dialog.created is None and len(setup.lounges(session)) == 1
