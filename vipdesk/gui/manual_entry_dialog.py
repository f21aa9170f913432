"""Manual entry: the details of a pass that will not scan, or of an invited guest.

It builds the same :class:`PassDetails` a scan does and applies the same
validation, showing each problem under its field. What was typed can be taken
out as a draft (``values()``) and put back (``restore()``): the desk keeps it
when the dialog is closed without Continue, so reopening it loses nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from vipdesk.domain.eligibility import PassDetails, normalise, pass_details_problems
from vipdesk.domain.message import Message
from vipdesk.domain.vocabulary import Cabin
from vipdesk.gui import words
from vipdesk.gui.form_types import ManualEntryForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.language import in_language, when_language_changes

TITLES = ("", "Mr", "Ms", "Mrs", "Miss", "Dr", "Prof")
TEXT_FIELDS = ("surname", "given_names", "frequent_flyer_airline", "frequent_flyer_number",
               "frequent_flyer_tier", "membership_card", "origin", "destination", "carrier",
               "flight_number", "seat")
ERROR_FIELDS = (*TEXT_FIELDS, "title", "flight_date", "cabin")
Draft = dict[str, Any]


def _camel(key: str) -> str:
    first, *rest = key.split("_")
    return first + "".join(part.title() for part in rest)


class ManualEntryDialog(QDialog):
    def __init__(self, airport: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = load_form(ManualEntryForm, self)
        self.details: PassDetails | None = None
        self.problems: dict[str, str | Message] = {}  # shown under their fields
        for title in TITLES:
            self.ui.titleCombo.addItem(title or "—", title)
        self.ui.cabinCombo.addItem("—", None)
        for cabin in Cabin:
            self.ui.cabinCombo.addItem(words.label(cabin), cabin)
        self.retranslate()
        when_language_changes(self, self.retranslate)
        self.ui.cabinCombo.setCurrentIndex(2)  # business
        self.ui.originEdit.setText(airport)
        self.ui.flightDateEdit.setDate(QDate(today.year, today.month, today.day))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.okButton.clicked.connect(self.submit)
        # Tab leaves the date for the next field; inside the date it would step from day
        # to month to year, and the seat typed next would change the date.
        self.ui.flightDateEdit.installEventFilter(self)
        self.ui.surnameEdit.setFocus()
        # as tall as its fields need: in a longer language the labels wrap to more lines
        self.resize(self.sizeHint().expandedTo(QSize(1000, 700)))
        self.blank = self.values()

    def retranslate(self) -> None:
        """The texts set here, in the language the desk speaks now; what was typed stays."""
        self.setWindowTitle(self.tr("Manual entry"))
        titles = {"Mr": self.tr("Mr"), "Ms": self.tr("Ms"), "Mrs": self.tr("Mrs"),
                  "Miss": self.tr("Miss"), "Dr": self.tr("Dr"), "Prof": self.tr("Prof")}
        for index, title in enumerate(TITLES):
            if title:
                self.ui.titleCombo.setItemText(index, titles[title])
        for index, cabin in enumerate(Cabin, start=1):
            self.ui.cabinCombo.setItemText(index, words.label(cabin))
        self.show_problems(self.problems)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.flightDateEdit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.focusNextPrevChild(forward)
            return True
        return super().eventFilter(watched, event)

    # -- the draft -----------------------------------------------------------------------
    def values(self) -> Draft:
        """Everything typed and chosen."""
        draft: Draft = {key: self.text(key) for key in TEXT_FIELDS}
        draft.update(title=self.ui.titleCombo.currentData(),
                     cabin=self.ui.cabinCombo.currentData(),
                     flight_date=self.ui.flightDateEdit.date().toString(Qt.DateFormat.ISODate),
                     invited=self.ui.invitedCheck.isChecked())
        return draft

    def restore(self, draft: Draft) -> None:
        for key in TEXT_FIELDS:
            edit = getattr(self.ui, _camel(key) + "Edit")
            edit.setText(draft.get(key, ""))
            edit.setCursorPosition(0)  # a long name shows its beginning, not its end
        for combo, key in ((self.ui.titleCombo, "title"), (self.ui.cabinCombo, "cabin")):
            index = combo.findData(draft.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        day = QDate.fromString(draft.get("flight_date", ""), Qt.DateFormat.ISODate)
        if day.isValid():
            self.ui.flightDateEdit.setDate(day)
        self.ui.invitedCheck.setChecked(bool(draft.get("invited")))
        # Go on where the typing stopped: the first empty field (a field with text would
        # be all selected when the window is activated, and the next key would replace it).
        empty = next((key for key in TEXT_FIELDS if not draft.get(key)), None)
        if empty is not None:
            getattr(self.ui, _camel(empty) + "Edit").setFocus()

    def is_blank(self) -> bool:
        """Nothing typed or changed since it opened empty: no draft to keep."""
        return self.values() == self.blank

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
            cabin=Cabin(cabin) if (cabin := self.ui.cabinCombo.currentData()) else None,
            seat=self.text("seat"),
            frequent_flyer_airline=self.text("frequent_flyer_airline"),
            frequent_flyer_number=self.text("frequent_flyer_number"),
            frequent_flyer_tier=self.text("frequent_flyer_tier"),
            membership_card=self.text("membership_card"), invited=invited))

    def show_problems(self, problems: dict[str, str] | dict[str, str | Message]) -> None:
        """Each problem under its field (a Message in the desk's language)."""
        self.problems = dict(problems)
        for key in ERROR_FIELDS:
            problem = self.problems.get(key, "")
            getattr(self.ui, _camel(key) + "Error").setText(
                in_language(problem) if isinstance(problem, Message) else problem)

    @Slot()
    def submit(self) -> None:
        details = self.collect()
        # kept as messages: redone in the new language on a switch
        problems: dict[str, str | Message] = dict(pass_details_problems(details))
        self.show_problems(problems)
        if not problems:
            self.details = details
            self.accept()
