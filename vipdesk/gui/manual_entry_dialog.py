"""Manual entry: the details of a pass that will not scan, or of an invited guest.

It builds the same :class:`PassDetails` a scan does and applies the same
validation, showing each problem under its field.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QDialog, QWidget

from vipdesk.domain.eligibility import PassDetails, normalise, validate_pass_details
from vipdesk.domain.vocabulary import Cabin
from vipdesk.gui import words
from vipdesk.gui.forms import load_form

TITLES = ("", "Mr", "Ms", "Mrs", "Miss", "Dr", "Prof")
TEXT_FIELDS = ("surname", "given_names", "frequent_flyer_airline", "frequent_flyer_number",
               "frequent_flyer_tier", "membership_card", "origin", "destination", "carrier",
               "flight_number", "seat")
ERROR_FIELDS = TEXT_FIELDS + ("title", "flight_date", "cabin")


def _camel(key: str) -> str:
    first, *rest = key.split("_")
    return first + "".join(part.title() for part in rest)


class ManualEntryDialog(QDialog):
    def __init__(self, airport: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manual entry"))
        self.ui = load_form("manual_entry", self)
        self.details: PassDetails | None = None
        for title in TITLES:
            self.ui.titleCombo.addItem(title or "—", title)
        self.ui.cabinCombo.addItem("—", None)
        for cabin in Cabin:
            self.ui.cabinCombo.addItem(words.label(cabin), cabin)
        self.ui.cabinCombo.setCurrentIndex(2)  # business
        self.ui.originEdit.setText(airport)
        self.ui.flightDateEdit.setDate(QDate(today.year, today.month, today.day))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.okButton.clicked.connect(self.submit)
        self.ui.surnameEdit.setFocus()
        self.resize(1000, 700)

    def text(self, key: str) -> str:
        return getattr(self.ui, _camel(key) + "Edit").text()

    def collect(self) -> PassDetails:
        invited = self.ui.invitedCheck.isChecked()
        date = self.ui.flightDateEdit.date()
        has_flight = bool(self.text("carrier").strip() or self.text("flight_number").strip())
        return normalise(PassDetails(
            surname=self.text("surname"), given_names=self.text("given_names"),
            title=self.ui.titleCombo.currentData(),
            origin=self.text("origin") if has_flight or not invited else "",
            destination=self.text("destination"), carrier=self.text("carrier"),
            flight_number=self.text("flight_number"),
            flight_date=dt.date(date.year(), date.month(), date.day())
            if has_flight or not invited else None,
            cabin=Cabin(cabin) if (cabin := self.ui.cabinCombo.currentData()) else None, seat=self.text("seat"),
            frequent_flyer_airline=self.text("frequent_flyer_airline"),
            frequent_flyer_number=self.text("frequent_flyer_number"),
            frequent_flyer_tier=self.text("frequent_flyer_tier"),
            membership_card=self.text("membership_card"), invited=invited))

    def show_problems(self, problems: dict[str, str]) -> None:
        for key in ERROR_FIELDS:
            getattr(self.ui, _camel(key) + "Error").setText(problems.get(key, ""))

    @Slot()
    def submit(self) -> None:
        details = self.collect()
        problems = validate_pass_details(details)
        self.show_problems(problems)
        if not problems:
            self.details = details
            self.accept()
