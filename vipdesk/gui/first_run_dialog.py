"""First run: ask for the lounge, its spaces and the first administrator.

The same dialog sets up another lounge on a database that holds some already: a lounge with
its own administrator, set up by an administrator signed in at a desk (Settings → This desk,
:mod:`vipdesk.gui.settings_screen`); the service refuses anyone else.

The dialog asks which language the lounge speaks (its sign-in screen's, and that of staff who
choose none): on the first run choosing one switches the dialog to it at once.

Every mistake is shown next to the field at fault, with the same words the
service would use (the rules live in ``vipdesk.domain.lounge_setup``).
"""

from __future__ import annotations

import zoneinfo
from collections import Counter
from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from vipdesk.domain.lounge_setup import LoungePlan, SpacePlan, default_spaces
from vipdesk.domain.message import Message
from vipdesk.domain.pin import MAX_PIN_LENGTH, MIN_LENGTH_BY_ROLE
from vipdesk.domain.vocabulary import Role, SpaceKind
from vipdesk.gui import words
from vipdesk.gui.combo_width import width_for_its_items
from vipdesk.gui.form_types import FirstRunForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.language import (
    LANGUAGES,
    current_language,
    in_language,
    use_language,
    when_language_changes,
)
from vipdesk.services import languages, setup
from vipdesk.services.session import ServiceError, Session

ERROR_LABELS = {"name": "nameError", "airport": "airportError", "timezone": "timezoneError",
                "admin_name": "adminNameError", "admin_pin": "adminPinError",
                "spaces": "spacesError"}

Problem = Message | Callable[[], str]
"""A field's problem as the dialog keeps it: a service's message, or what makes the dialog's
own words; either is said again in the language chosen meanwhile."""


SUGGESTION = Qt.ItemDataRole.UserRole + 1  # a suggested space's [kind, number]
SUGGESTED_NAME = Qt.ItemDataRole.UserRole + 2  # the name last suggested for it

class FirstRunDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 another: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.created: setup.LoungeRef | None = None  # the lounge, once saved
        self.another = another
        self.ui = load_form(FirstRunForm, self)
        self.problems: dict[str, Problem] = {}  # under their fields, in the language
        self.ui.backButton.setVisible(another)  # the first run has nowhere to go back to
        if another:  # beside this desk's lounge, and a way back to its settings
            self.ui.backButton.clicked.connect(self.reject)
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():  # each named in itself
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(
            current_language()), 0))
        if not another:  # the first run speaks the language chosen, at once
            self.language_combo.currentIndexChanged.connect(
                lambda _index: use_language(self.language_combo.currentData()))
        row = QHBoxLayout()
        self.ui.outer.insertLayout(0, row)  # empty: PySide wraps the items of one inserted
        row.addStretch(1)
        row.addWidget(self.language_label)
        row.addWidget(self.language_combo)
        zones = sorted(zoneinfo.available_timezones())
        self.ui.timezoneCombo.addItems(zones)
        self.ui.timezoneCombo.setCurrentIndex(-1)
        self.ui.timezoneCombo.setEditText("")  # no guess: a kiosk's own zone is often UTC
        zone_edit = self.ui.timezoneCombo.lineEdit()
        if zone_edit is not None:  # an empty box read as broken; this says what to type
            zone_edit.setPlaceholderText(self.tr("Type a city, e.g. Copenhagen"))
        completer = QCompleter(zones, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.timezoneCombo.setCompleter(completer)
        table = self.ui.spacesTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(1, 140)
        table.setColumnWidth(2, 110)
        table.verticalHeader().setVisible(False)
        numbered: Counter[SpaceKind] = Counter()
        for space in default_spaces():  # suggested: named in the language until renamed
            numbered[space.kind] += 1
            self.add_space(space, suggested=numbered[space.kind])
        self.ui.addSpaceButton.clicked.connect(
            lambda: self.add_space(SpacePlan(self.tr("New box"), SpaceKind.BOX, 4)))
        self.ui.removeSpaceButton.clicked.connect(self.remove_space)
        self.ui.createButton.clicked.connect(self.create_lounge)
        self.ui.airportEdit.textEdited.connect(
            lambda text: self.ui.airportEdit.setText(text.upper()))
        self.resize(1100, 680)
        self._retranslate_now()
        when_language_changes(self, self.retranslate)

    def retranslate(self) -> None:
        """Once the form has retranslated itself (it resets the texts set here)."""
        QTimer.singleShot(0, self, self._retranslate_now)

    def _retranslate_now(self) -> None:
        self.setWindowTitle(self.tr("VIP Desk — set up another lounge") if self.another
                            else self.tr("VIP Desk — set up your lounge"))
        self.language_label.setText(self.tr("Language of the lounge"))
        self.language_combo.setToolTip(self.tr(
            "The language the sign-in screen speaks, and that of staff who have not chosen "
            "their own there. You can change it later in Settings."))
        if self.another:
            self.ui.headingLabel.setText(self.tr("Set up another lounge"))
            self.ui.introLabel.setText(self.tr(
                "A new lounge in this database, with its own administrator and staff. This "
                "desk keeps serving its own lounge; it serves the new one only if you choose "
                "it in Settings → This desk."))
            # Its administrator is someone else, and this desk does not open it.
            self.ui.adminNameEdit.setPlaceholderText(self.tr("Its administrator's full name"))
            self.ui.createButton.setText(self.tr("Set up the lounge"))
        # The PIN asked here is the administrator's: say its rule, from the rule itself.
        shortest = MIN_LENGTH_BY_ROLE[Role.ADMINISTRATOR]
        self.ui.adminPinEdit.setPlaceholderText(
            self.tr("%1 to %2 digits").replace("%1", str(shortest))
            .replace("%2", str(MAX_PIN_LENGTH)))
        zone_edit = self.ui.timezoneCombo.lineEdit()
        if zone_edit is not None:
            zone_edit.setPlaceholderText(self.tr("Type a city, e.g. Copenhagen"))
        table = self.ui.spacesTable
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.data(SUGGESTION):
                self._name_suggested(item)
            kind = table.cellWidget(row, 1)
            if isinstance(kind, QComboBox):
                for index in range(kind.count()):
                    kind.setItemText(index, words.label(SpaceKind(kind.itemData(index))))
        self._fit_kind_column()
        self.show_problems(self.problems)

    def add_space(self, space: SpacePlan, *, suggested: int = 0) -> None:
        """A row for ``space``; ``suggested`` numbers a space the desk proposes, whose name
        follows the language chosen until the administrator types another."""
        table = self.ui.spacesTable
        row = table.rowCount()
        table.insertRow(row)
        table.setRowHeight(row, 46)
        item = QTableWidgetItem(space.name)
        if suggested:
            item.setData(SUGGESTION, [space.kind.value, suggested])
            self._name_suggested(item)
        table.setItem(row, 0, item)
        kind = QComboBox()
        for value in SpaceKind:
            kind.addItem(words.label(value), value)
        kind.setCurrentIndex(list(SpaceKind).index(space.kind))
        table.setCellWidget(row, 1, kind)
        seats = QSpinBox()
        seats.setRange(1, 2000)
        seats.setValue(space.capacity)
        table.setCellWidget(row, 2, seats)
        self._fit_kind_column()

    def _name_suggested(self, item: QTableWidgetItem) -> None:
        """A suggested space's name in the language shown, unless it was renamed since."""
        kind, number = item.data(SUGGESTION)
        if item.data(SUGGESTED_NAME) not in (None, item.text()):
            return  # the administrator's own name
        if kind == SpaceKind.LOBBY:
            name = self.tr("Lobby")
        elif kind == SpaceKind.BOX:
            name = self.tr("Box {number}").format(number=number)
        else:
            name = self.tr("VIP Room {number}").format(number=number)
        item.setText(name)
        item.setData(SUGGESTED_NAME, name)

    def _fit_kind_column(self) -> None:
        """The kind column as wide as its longest kind in the language shown ("VIP room"
        is longer in Danish and longer languages than the 140 px drawn for English)."""
        table = self.ui.spacesTable
        boxes = [table.cellWidget(row, 1) for row in range(table.rowCount())]
        widths = [width_for_its_items(box) for box in boxes if isinstance(box, QComboBox)]
        table.setColumnWidth(1, max([140, *widths]))

    @Slot()
    def remove_space(self) -> None:
        row = self.ui.spacesTable.currentRow()
        if row >= 0:
            self.ui.spacesTable.removeRow(row)

    def spaces(self) -> list[SpacePlan]:
        table = self.ui.spacesTable
        plans = []
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            kind, seats = table.cellWidget(row, 1), table.cellWidget(row, 2)
            assert isinstance(kind, QComboBox) and isinstance(seats, QSpinBox)  # see add_space
            plans.append(SpacePlan(item.text() if item else "",
                                   SpaceKind(kind.currentData()),
                                   seats.value()))
        return plans

    def plan(self) -> LoungePlan:
        return LoungePlan(
            name=self.ui.nameEdit.text(), airport=self.ui.airportEdit.text().strip(),
            timezone=self.ui.timezoneCombo.currentText().strip(),
            admin_name=self.ui.adminNameEdit.text(), admin_pin=self.ui.adminPinEdit.text(),
            spaces=self.spaces())

    def show_problems(self, problems: Mapping[str, Problem]) -> None:
        """Each problem under its field, in the desk's language (kept to be said again)."""
        self.problems = dict(problems)
        for key, label in ERROR_LABELS.items():
            problem = self.problems.get(key)
            getattr(self.ui, label).setText(
                "" if problem is None else in_language(problem) if isinstance(problem, Message)
                else problem())

    @Slot()
    def create_lounge(self) -> None:
        if self.ui.adminPinEdit.text() != self.ui.adminPinRepeatEdit.text():
            self.show_problems(
                {"admin_pin": lambda: self.tr("The two PINs differ. Please type them again.")})
            return
        try:
            self.created = setup.set_up_lounge(self.session, self.plan())
        except setup.PlanRejected as rejected:
            self.show_problems(rejected.messages)
            return
        except ServiceError as refusal:  # e.g. no longer an administrator (another desk)
            self.show_problems({"spaces": refusal.message})  # the line above the buttons
            return
        language = self.language_combo.currentData()
        if language != languages.DEFAULT:
            try:
                languages.set_new_lounges_language(self.session, self.created.id, language)
            except ServiceError as refusal:  # the lounge is set up: Settings can do it later
                self.show_problems({"spaces": refusal.message})
        self.accept()
