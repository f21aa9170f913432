"""The check-in desk as an agent uses it: scan, Enter, and what the screen says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import MANAGER_PIN
from tests.helpers.desk_screen import open_desk
from vipdesk.domain.vocabulary import Entitlement, VisitStatus
from vipdesk.gui.authorise_dialog import AuthoriseDialog
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.services.session import Session
from vipdesk.storage.models import AuditEvent, Companion, Staff, Visit


def boarding_pass(name: str = "CHEN/LIMS", *, cabin: str = "J", sequence: str = "0025",
                  origin: str = "CPH", day: str = "327", flight: str = "0501") -> str:
    """A one-leg IATA BCBP pass for SK flight ``flight`` on day ``day`` (23 Nov 2026)."""
    return (f"M1{name:<20}EABC123 {origin}LHRSK {flight:<5}{day}{cabin}002A{sequence:<5}100")


@pytest.fixture
def desk(qtbot, desk_session: Session) -> DeskScreen:
    return open_desk(qtbot, desk_session)


def scan(qtbot, desk: DeskScreen, text: str) -> None:
    """As a scanner does: type fast into whatever has focus, then Enter."""
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_the_scan_field_has_focus(desk: DeskScreen) -> None:
    assert QApplication.focusWidget() is desk.ui.scanEdit


def test_scan_then_enter_checks_the_guest_in(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    assert desk.ui.addressLabel.text() == "Ms Li Chen"  # never "CHEN/LIMS"
    assert "SK 501" in desk.ui.flightLabel.text() and "Business" in desk.ui.flightLabel.text()
    assert "Business class" in desk.ui.decisionLabel.text()
    assert Visit.select().count() == 0, "a scan alone saves nothing"
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    visit = Visit.get()
    assert visit.status is VisitStatus.SEATED and visit.space is not None
    assert "checked in" in desk.ui.deskMessage.text()
    assert desk.model.rowCount() == 1
    assert desk.ui.previewCardButton.isEnabled()
    assert QApplication.focusWidget() is desk.ui.scanEdit


def test_a_duplicate_scan_shows_the_visit_and_never_makes_a_second(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    scan(qtbot, desk, boarding_pass())
    assert "already checked in" in desk.ui.decisionLabel.text().lower()
    assert not desk.ui.checkInButton.isEnabled()
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    assert Visit.select().count() == 1
    assert desk.selected_visit_id() == Visit.get().id


def test_garbage_gets_a_message_naming_the_field_and_saves_nothing(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, "M1" + "x" * 60)
    assert "not a boarding pass" in desk.ui.deskMessage.text()
    assert Visit.select().count() == 0
    scan(qtbot, desk, boarding_pass(origin="ARN"))
    assert "from ARN" in desk.ui.deskMessage.text()
    assert not desk.ui.checkInButton.isEnabled()


def test_typing_a_name_searches_the_lounge(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    scan(qtbot, desk, boarding_pass("HANSEN/METTE MS", sequence="0026"))
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    scan(qtbot, desk, "hansen")
    assert desk.ui.searchEdit.text() == "hansen"
    assert [row.name for row in desk.model.rows] == ["Ms Mette Hansen"]


def test_not_eligible_offers_paid_entry(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass(cabin="Y"))
    assert "Not eligible" in desk.ui.decisionLabel.text()
    assert desk.ui.checkInButton.isHidden()
    assert desk.ui.paidButton.isEnabled() and "45.00" in desk.ui.paidButton.text()
    qtbot.mouseClick(desk.ui.paidButton, Qt.MouseButton.LeftButton)
    visit = Visit.get()
    assert visit.entitlement is Entitlement.PAID and visit.amount_paid == 45


def test_a_manager_exception_needs_their_pin_and_a_reason(
        qtbot, desk: DeskScreen, team: dict[str, Staff]) -> None:
    scan(qtbot, desk, boarding_pass(cabin="Y"))
    attempts = iter([("0000", "Flight delayed 4 h"), (MANAGER_PIN, "Flight delayed 4 h")])
    messages: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AuthoriseDialog):
            QTimer.singleShot(10, answer)
            return
        pin, reason = next(attempts)
        dialog.ui.staffCombo.setCurrentIndex(dialog.ui.staffCombo.findText("Mads Manager"))
        dialog.ui.reasonEdit.setText(reason)
        dialog.ui.pinEdit.setText(pin)
        dialog.approve()
        messages.append(dialog.ui.messageLabel.text())
        if dialog.isVisible():
            QTimer.singleShot(10, answer)

    QTimer.singleShot(10, answer)
    qtbot.mouseClick(desk.ui.exceptionButton, Qt.MouseButton.LeftButton)
    assert messages[0].startswith("Wrong PIN")
    visit = Visit.get()
    assert visit.entitlement is Entitlement.EXCEPTION
    assert visit.exception_by.id == team["manager"].id
    assert visit.exception_reason == "Flight delayed 4 h"


def test_a_party_of_three_comes_in_together(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass(cabin="F"))
    for name in ("Wang Wei", "Zhang Min"):
        qtbot.keyClicks(desk.ui.companionEdit, name)
        qtbot.keyClick(desk.ui.companionEdit, Qt.Key.Key_Return)
    assert "Companions: 1 free, 1 at" in desk.ui.decisionLabel.text()
    qtbot.mouseClick(desk.ui.checkInButton, Qt.MouseButton.LeftButton)
    visit = Visit.get()
    assert visit.party_size == 3
    assert sorted(c.name for c in Companion.select()) == ["Wang Wei", "Zhang Min"]


def test_check_out_with_a_rating(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    desk.ui.inLoungeTable.selectRow(0)

    def rate() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, rate)
            return
        dialog.star_buttons[4].click()

    QTimer.singleShot(10, rate)
    qtbot.mouseClick(desk.ui.checkOutButton, Qt.MouseButton.LeftButton)
    visit = Visit.get()
    assert visit.status is VisitStatus.CHECKED_OUT and visit.rating == 5
    assert desk.model.rowCount() == 0
    assert AuditEvent.select().where(AuditEvent.action == "visit.check_out").count() == 1


def test_the_welcome_card_for_the_guest_just_checked_in(qtbot, desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    pdf = desk.card_pdf()
    assert pdf is not None and pdf.startswith(b"%PDF")


def test_the_in_lounge_model_passes_the_model_tester(qtbot, qtmodeltester,
                                                     desk: DeskScreen) -> None:
    scan(qtbot, desk, boarding_pass())
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    qtmodeltester.check(desk.model)
