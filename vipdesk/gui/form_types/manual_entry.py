"""The object-named widgets and layouts of ``ui/manual_entry.ui``, as mypy sees them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from vipdesk.gui.forms import DesignerForm


class ManualEntryForm(DesignerForm):
    """``ui/manual_entry.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "manual_entry"

    outer: QVBoxLayout
    headingLabel: QLabel
    hintLabel: QLabel
    columns: QHBoxLayout
    guestForm: QFormLayout
    surnameLabel: QLabel
    surnameEdit: QLineEdit
    surnameError: QLabel
    givenNamesLabel: QLabel
    givenNamesEdit: QLineEdit
    givenNamesError: QLabel
    titleLabel: QLabel
    titleCombo: QComboBox
    titleError: QLabel
    frequentFlyerAirlineLabel: QLabel
    frequentFlyerAirlineEdit: QLineEdit
    frequentFlyerAirlineError: QLabel
    frequentFlyerNumberLabel: QLabel
    frequentFlyerNumberEdit: QLineEdit
    frequentFlyerNumberError: QLabel
    frequentFlyerTierLabel: QLabel
    frequentFlyerTierEdit: QLineEdit
    frequentFlyerTierError: QLabel
    membershipCardLabel: QLabel
    membershipCardEdit: QLineEdit
    membershipCardError: QLabel
    flightForm: QFormLayout
    originLabel: QLabel
    originEdit: QLineEdit
    originError: QLabel
    destinationLabel: QLabel
    destinationEdit: QLineEdit
    destinationError: QLabel
    carrierLabel: QLabel
    carrierEdit: QLineEdit
    carrierError: QLabel
    flightNumberLabel: QLabel
    flightNumberEdit: QLineEdit
    flightNumberError: QLabel
    flightDateLabel: QLabel
    flightDateEdit: QDateEdit
    flightDateError: QLabel
    cabinLabel: QLabel
    cabinCombo: QComboBox
    cabinError: QLabel
    seatLabel: QLabel
    seatEdit: QLineEdit
    seatError: QLabel
    invitedCheck: QCheckBox
    buttons: QHBoxLayout
    cancelButton: QPushButton
    okButton: QPushButton
