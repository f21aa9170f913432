"""Manual entry: the same checks as a scan, each problem under its field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from vipdesk.domain.vocabulary import Cabin
from vipdesk.gui.manual_entry_dialog import ManualEntryDialog

TODAY = dt.date(2026, 11, 23)


def test_problems_are_shown_under_their_fields(qtbot) -> None:
    dialog = ManualEntryDialog("CPH", TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.carrierEdit, "S!")
    qtbot.keyClicks(dialog.ui.flightNumberEdit, "12345")
    qtbot.keyClicks(dialog.ui.seatEdit, "window")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.surnameError.text()
    assert dialog.ui.carrierError.text()
    assert dialog.ui.flightNumberError.text()
    assert dialog.ui.seatError.text()
    assert dialog.details is None, "nothing is handed to the desk"


def test_a_pass_that_will_not_scan_is_typed_in(qtbot) -> None:
    dialog = ManualEntryDialog("CPH", TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.surnameEdit, "Østergård")
    qtbot.keyClicks(dialog.ui.givenNamesEdit, "Åse")
    dialog.ui.titleCombo.setCurrentIndex(dialog.ui.titleCombo.findData("Ms"))
    qtbot.keyClicks(dialog.ui.carrierEdit, "sk")
    qtbot.keyClicks(dialog.ui.flightNumberEdit, "1423")
    qtbot.keyClicks(dialog.ui.destinationEdit, "osl")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    details = dialog.details
    assert details is not None
    assert (details.surname, details.given_names, details.title) == ("Østergård", "Åse", "Ms")
    assert (details.origin, details.carrier, details.flight_number) == ("CPH", "SK", "1423")
    assert details.flight_date == TODAY and details.effective_cabin is Cabin.BUSINESS


def test_an_invited_guest_needs_no_flight(qtbot) -> None:
    dialog = ManualEntryDialog("CPH", TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.surnameEdit, "Al-Hashimi")
    dialog.ui.invitedCheck.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.details is not None and dialog.details.invited
    assert not dialog.details.has_flight
