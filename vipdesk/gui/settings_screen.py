"""Settings (administrators): the lounge, this desk (its name, its lounge, its card printer),
and the access rules. The lounge's page holds the lounge's default language (the sign-in
screen's, and that of staff who chose none). This desk's page is also where an
administrator sets up another lounge in the database (the start-up chooser only chooses:
nobody is signed in there)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHeaderView, QLabel, QWidget

from vipdesk.domain import lounge_settings as declared
from vipdesk.domain.eligibility import Rule
from vipdesk.domain.labels import WAY_IN
from vipdesk.domain.message import QT_TRANSLATE_NOOP
from vipdesk.domain.permissions import Permission, allows
from vipdesk.domain.vocabulary import Cabin, Entitlement
from vipdesk.gui import words
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.desk_language import remember_language
from vipdesk.gui.desk_settings import (
    AUTO_PRINT_CARD,
    CARD_PAGE_SIZE,
    CARD_PRINTER,
    DESK_NAME,
    SCANNER_PREFIX,
    SCANNER_SUFFIX,
    DeskSettings,
    desk_name,
    host_name,
    serve_lounge,
    served_lounge,
)
from vipdesk.gui.flow_layout import wrap_rows
from vipdesk.gui.form_types import SettingsForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.language import LANGUAGES, say_model_again, translate, when_language_changes
from vipdesk.gui.lounge_chooser import lounge_line
from vipdesk.gui.messages import MessageLine
from vipdesk.gui.scroll_pages import scroll_pages
from vipdesk.services import access_rules, languages, setup
from vipdesk.services.lounge_settings import (
    LoungeSettings,
    lounge_settings,
    update_lounge_settings,
)
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.server_url import SERVER_BACKUPS, on_server

Index = QModelIndex | QPersistentModelIndex
# Which of the form's widgets shows each lounge setting; bounds, words and defaults are the
# setting's own declaration (vipdesk.domain.lounge_settings), applied by _draw_lounge_form.
SPINS = {"amber_minutes": "amberSpin", "fatigue_minutes": "fatigueSpin",
         "escalate_after_minutes": "escalateSpin", "boarding_reminder_minutes": "boardingSpin",
         "idle_lock_minutes": "idleSpin", "retention_days": "retentionSpin",
         "backup_every_hours": "backupSpin"}
CHECKS = {"pin_for_report": "pinReportCheck", "pin_for_backup": "pinBackupCheck",
          "pin_for_restore": "pinRestoreCheck"}
EDITS = {"wifi_network": "wifiNetworkEdit", "wifi_password": "wifiPasswordEdit"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(declared.CONTEXT, text)


class RulesModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("RulesModel", "Rule"), QT_TRANSLATE_NOOP("RulesModel", "Way in"),
               QT_TRANSLATE_NOOP("RulesModel", "Companions"),
               QT_TRANSLATE_NOOP("RulesModel", "Price"), QT_TRANSLATE_NOOP("RulesModel", "On"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rules: list[Rule] = []

    def set_rules(self, rules: list[Rule]) -> None:
        self.beginResetModel()
        self.rules = rules
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):  # tip: elided
            return None
        rule = self.rules[index.row()]
        companions = f"{rule.free_companions} + {rule.paid_companions}"
        return (rule.name, words.way_in(rule.entitlement),
                companions, f"{rule.price:.2f}", "✓" if rule.active else "–")[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("RulesModel", self.HEADERS[section])
        return None

    def retranslate(self) -> None:
        """Headers and cells again, in the language just chosen."""
        say_model_again(self)


class SettingsScreen(QWidget):
    def __init__(self, session: Session, events: DeskEvents,
                 settings: DeskSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.events = session, events
        self.desk_settings = settings or DeskSettings()
        self.ui = load_form(SettingsForm, self)
        wrap_rows(self.ui, "ruleOrder", "ruleButtons")  # longer languages: buttons wrap
        # a rule's field goes under its label when the two do not fit side by side (a
        # longer language needs 561 px beside the rules list, 473 px are left at 1280x800)
        self.ui.ruleForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # a refusal is said again in the language chosen meanwhile (MessageLine)
        self.lounge_message = MessageLine(self.ui.loungeMessage)
        self.rule_message = MessageLine(self.ui.ruleMessage)
        scroll_pages(self.ui.tabs)  # the rules page is taller than a 1280x800 screen allows
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():  # each named in itself
            self.language_combo.addItem(name, code)
        self.ui.loungeForm.insertRow(1, QLabel(self), self.language_combo)  # words: retranslate
        self.server_backups_note: QLabel | None = None
        if on_server(session.db):
            self._server_backups()
        self.rules_model = RulesModel(self)
        table = self.ui.rulesTable
        table.setModel(self.rules_model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.rules_model.columnCount()):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().currentRowChanged.connect(lambda current, _: self.edit_rule(current))
        for entitlement in WAY_IN:
            self.ui.entitlementCombo.addItem(words.way_in(entitlement), entitlement)
        self.ui.cabinCombo.addItem("—", None)
        for cabin in Cabin:
            self.ui.cabinCombo.addItem(words.label(cabin), cabin)
        from vipdesk.documents.welcome_card import PAGE_SIZES
        self.ui.pageSizeCombo.addItems(list(PAGE_SIZES))
        self.ui.saveLoungeButton.clicked.connect(self.save_lounge)
        self.ui.saveDeskButton.clicked.connect(self.save_desk)
        self.ui.anotherLoungeButton.clicked.connect(self.set_up_another_lounge)
        self.ui.newRuleButton.clicked.connect(self.new_rule)
        self.ui.saveRuleButton.clicked.connect(self.save_rule)
        self.ui.deleteButton.clicked.connect(
            lambda: self._on_selected_rule(access_rules.delete_rule))
        self.ui.activeButton.clicked.connect(self.toggle_rule)
        self.ui.upButton.clicked.connect(lambda: self._on_selected_rule(access_rules.move_rule, -1))
        self.ui.downButton.clicked.connect(
            lambda: self._on_selected_rule(access_rules.move_rule, 1))
        self.editing_id: int | None = None
        self.retranslate()
        when_language_changes(self, self.retranslate)

    def retranslate(self) -> None:
        """The texts set here, in the language just chosen; nothing typed changes."""
        self._draw_lounge_form()
        self._label(self.language_combo, QT_TRANSLATE_NOOP(
            "SettingsScreen", "Language of the desk"), "SettingsScreen")
        self.language_combo.setToolTip(self.tr(
            "The language the sign-in screen speaks, and that of staff who have not chosen "
            "their own there."))
        if self.server_backups_note is not None:
            self.server_backups_note.setText(translate("SettingsScreen", SERVER_BACKUPS))
            self._label(self.server_backups_note, QT_TRANSLATE_NOOP("SettingsScreen", "Backups"),
                        "SettingsScreen")
        self.rules_model.retranslate()
        for index, entitlement in enumerate(WAY_IN):
            self.ui.entitlementCombo.setItemText(index, words.way_in(entitlement))
        for index, cabin in enumerate(Cabin, start=1):
            self.ui.cabinCombo.setItemText(index, words.label(cabin))
        printers = self.ui.printerCombo
        if printers.count() and printers.itemData(0) == "":
            printers.setItemText(0, self.tr("The system's default printer"))
        self._say_lounge()

    def _draw_lounge_form(self) -> None:
        """Give each lounge setting's widget its declared bounds, label, unit and help."""
        for key, name in SPINS.items():
            number, spin = declared.NUMBERS[key], getattr(self.ui, name)
            spin.setRange(number.low, number.high)
            spin.setSuffix(_tr(number.suffix))
            spin.setToolTip(_tr(number.help))
            self._label(spin, number.label)
        for key, name in CHECKS.items():
            switch, check = declared.SWITCHES[key], getattr(self.ui, name)
            check.setText(_tr(switch.label))
            check.setToolTip(_tr(switch.help))
        for key, name in EDITS.items():
            text, edit = declared.TEXTS[key], getattr(self.ui, name)
            edit.setMaxLength(text.max_length)
            edit.setToolTip(_tr(text.help))
            self._label(edit, text.label)

    def _server_backups(self) -> None:
        """On a PostgreSQL server the desk makes no backups and the backup command refuses:
        the interval and the PIN for it give way to a line saying what IT does instead."""
        form = self.ui.loungeForm
        position: tuple[int, QFormLayout.ItemRole] = form.getWidgetPosition(  # stubs: object
            self.ui.backupSpin)  # type: ignore[assignment]
        row = position[0]
        note = self.server_backups_note = QLabel(self)
        note.setObjectName("serverBackupsNote")
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.insertRow(row + 1, QLabel(self), note)  # its words: retranslate()
        form.setRowVisible(self.ui.backupSpin, False)
        form.setRowVisible(self.ui.pinBackupCheck, False)

    def _label(self, field: QWidget, text: str, context: str = declared.CONTEXT) -> None:
        """The form's label before ``field`` says ``text``, translated in ``context``."""
        label = self.ui.loungeForm.labelForField(field)
        if isinstance(label, QLabel):
            label.setText(translate(context, text))

    def activate(self) -> None:
        self.load()

    def forget_agent(self) -> None:
        """The desk locked or the administrator signed out: unsaved edits and messages go;
        the saved settings are read again on ``activate()``."""
        self.lounge_message.clear()
        self.rule_message.clear()
        self.ui.deskMessage.clear()
        self.ui.anotherLoungeButton.hide()  # until an administrator's activate()
        self.ui.wifiPasswordEdit.clear()
        self.ui.rulesTable.setCurrentIndex(QModelIndex())
        self.new_rule()

    # -- load / save -------------------------------------------------------------------
    def load(self) -> None:
        current = lounge_settings(self.session)
        self.ui.nameEdit.setText(current.name)
        for key, edit in EDITS.items():
            getattr(self.ui, edit).setText(getattr(current, key))
        for key, spin in SPINS.items():
            getattr(self.ui, spin).setValue(getattr(current, key))
        for key, check in CHECKS.items():
            getattr(self.ui, check).setChecked(getattr(current, key))
        combo = self.language_combo
        combo.setCurrentIndex(max(combo.findData(languages.lounge_language(self.session)), 0))
        printers = self.ui.printerCombo
        printers.clear()
        printers.addItem(self.tr("The system's default printer"), "")
        for name in QPrinterInfo.availablePrinterNames():
            printers.addItem(name, name)
        self.ui.deskNameEdit.setText(self.desk_settings.get(DESK_NAME))
        self.ui.deskNameEdit.setPlaceholderText(host_name())  # the name while none is set
        self._load_lounges()
        chosen = self.desk_settings.get(CARD_PRINTER)
        if chosen and printers.findData(chosen) < 0:
            printers.addItem(self.tr("%1 (not found)").replace("%1", chosen), chosen)
        printers.setCurrentIndex(max(printers.findData(chosen), 0))
        self.ui.pageSizeCombo.setCurrentText(self.desk_settings.get(CARD_PAGE_SIZE))
        self.ui.autoPrintCheck.setChecked(self.desk_settings.get(AUTO_PRINT_CARD))
        self.ui.scannerPrefixEdit.setText(self.desk_settings.get(SCANNER_PREFIX))
        self.ui.scannerSuffixEdit.setText(self.desk_settings.get(SCANNER_SUFFIX))
        self.reload_rules()

    @Slot()
    def save_lounge(self) -> None:
        values: dict[str, Any] = {key: getattr(self.ui, edit).text() for key, edit in EDITS.items()}
        values |= {key: getattr(self.ui, spin).value() for key, spin in SPINS.items()}
        values |= {key: getattr(self.ui, check).isChecked() for key, check in CHECKS.items()}
        settings = LoungeSettings(name=self.ui.nameEdit.text(), **values)
        try:
            update_lounge_settings(self.session, settings)
        except ServiceError as refusal:  # SettingsRejected: every field's problem, in turn
            self.lounge_message.refusal(refusal)
            return
        language = self.language_combo.currentData()
        if language != languages.lounge_language(self.session):
            try:
                languages.set_lounge_language(self.session, language)
            except ServiceError as refusal:
                self.lounge_message.refusal(refusal)
                return
            remember_language(language)  # this desk's next start opens in it
        self.lounge_message.clear()
        self.events.data_changed.emit("settings")

    def _database(self) -> str:
        """The database this desk has open (a file's path, a server's URL): the desk's
        lounge is remembered per database."""
        return str(self.session.db.database)

    def _load_lounges(self) -> None:
        """The lounges of the database, the one this desk serves (from its next start, if
        changed meanwhile) chosen."""
        combo = self.ui.loungeCombo
        combo.clear()
        for lounge in setup.lounges(self.session):
            combo.addItem(lounge_line(lounge), lounge.id)
        serves = served_lounge(self.desk_settings, self._database()) or self.session.lounge_id
        combo.setCurrentIndex(max(combo.findData(serves), 0))
        self._say_lounge()
        self.ui.anotherLoungeButton.setVisible(self._may_set_up_lounges())

    def _may_set_up_lounges(self) -> bool:
        """Whether the person signed in here may set up another lounge (the service asks
        again as it does it)."""
        staff = self.session.staff
        return (staff is not None and not self.session.locked
                and allows(staff.role, Permission.SET_UP_LOUNGES))

    @Slot()
    def set_up_another_lounge(self) -> None:
        """A new lounge beside this one, with its own first administrator. The combo lists
        it; this desk serves it only if it is chosen there and saved (from the next start)."""
        from vipdesk.gui.first_run_dialog import FirstRunDialog
        dialog = FirstRunDialog(self.session, self, another=True)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.created is None:
            return
        self._load_lounges()
        self.ui.loungeHint.setText(self.tr(
            "%1 is set up, with its own administrator. To have this desk serve it, choose it "
            "above and save the desk settings: it takes effect when VIP Desk next starts.")
            .replace("%1", lounge_line(dialog.created)))

    def _say_lounge(self) -> None:
        now, chosen = self.session.lounge_id, self.ui.loungeCombo.currentData()
        if chosen is None or chosen == now:
            self.ui.loungeHint.setText(self.tr(
                "The lounge this desk serves on this database. A change takes effect when "
                "VIP Desk next starts."))
        else:
            self.ui.loungeHint.setText(self.tr(
                "This desk serves %1 from its next start: close VIP Desk and open it again.")
                .replace("%1", self.ui.loungeCombo.currentText()))

    @Slot()
    def save_desk(self) -> None:
        if self.ui.loungeCombo.currentData() is not None:
            serve_lounge(self.desk_settings, self._database(), self.ui.loungeCombo.currentData())
            self._say_lounge()
        self.desk_settings.set(DESK_NAME, self.ui.deskNameEdit.text().strip())
        self.session.desk = desk_name(self.desk_settings)  # from the next action on
        self.desk_settings.set(CARD_PRINTER, self.ui.printerCombo.currentData())
        self.desk_settings.set(CARD_PAGE_SIZE, self.ui.pageSizeCombo.currentText())
        self.desk_settings.set(AUTO_PRINT_CARD, self.ui.autoPrintCheck.isChecked())
        self.desk_settings.set(SCANNER_PREFIX, self.ui.scannerPrefixEdit.text())
        self.desk_settings.set(SCANNER_SUFFIX, self.ui.scannerSuffixEdit.text())
        self.ui.deskMessage.setText("")

    # -- access rules ------------------------------------------------------------------
    def reload_rules(self, select_id: int | None = None) -> None:
        self.rules_model.set_rules(access_rules.rules(self.session))
        for row, rule in enumerate(self.rules_model.rules):
            if rule.id == select_id:
                self.ui.rulesTable.selectRow(row)

    def selected_rule(self) -> Rule | None:
        index = self.ui.rulesTable.currentIndex()
        return self.rules_model.rules[index.row()] if index.isValid() else None

    def edit_rule(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        rule = self.rules_model.rules[index.row()]
        self.editing_id = rule.id
        self.ui.ruleNameEdit.setText(rule.name)
        self.ui.entitlementCombo.setCurrentIndex(
            max(self.ui.entitlementCombo.findData(rule.entitlement), 0))
        self.ui.cabinCombo.setCurrentIndex(max(self.ui.cabinCombo.findData(rule.cabin), 0))
        self.ui.airlineEdit.setText(rule.airline)
        self.ui.tierEdit.setText(rule.frequent_flyer_tier)
        self.ui.cardPatternEdit.setText(rule.card_pattern)
        self.ui.priceSpin.setValue(float(rule.price))
        self.ui.freeSpin.setValue(rule.free_companions)
        self.ui.paidSpin.setValue(rule.paid_companions)
        self.ui.companionPriceSpin.setValue(float(rule.companion_price))
        self.rule_message.clear()

    @Slot()
    def new_rule(self) -> None:
        self.editing_id = None
        self.ui.rulesTable.clearSelection()
        for edit in (self.ui.ruleNameEdit, self.ui.airlineEdit, self.ui.tierEdit,
                     self.ui.cardPatternEdit):
            edit.clear()
        for spin in (self.ui.priceSpin, self.ui.freeSpin, self.ui.paidSpin,
                     self.ui.companionPriceSpin):
            spin.setValue(0)
        self.ui.ruleNameEdit.setFocus()

    def form_rule(self) -> Rule:
        return Rule(
            name=self.ui.ruleNameEdit.text(),
            entitlement=Entitlement(self.ui.entitlementCombo.currentData()),
            cabin=Cabin(cabin) if (cabin := self.ui.cabinCombo.currentData()) else None,
            airline=self.ui.airlineEdit.text().strip(),
            frequent_flyer_tier=self.ui.tierEdit.text().strip(),
            card_pattern=self.ui.cardPatternEdit.text().strip(),
            price=Decimal(str(round(self.ui.priceSpin.value(), 2))),
            free_companions=self.ui.freeSpin.value(), paid_companions=self.ui.paidSpin.value(),
            companion_price=Decimal(str(round(self.ui.companionPriceSpin.value(), 2))))

    @Slot()
    def save_rule(self) -> None:
        try:
            if self.editing_id is None:
                saved = access_rules.add_rule(self.session, self.form_rule())
            else:
                saved = access_rules.update_rule(self.session, self.editing_id, self.form_rule())
        except ServiceError as refusal:  # RuleRejected: every field's problem, in turn
            self.rule_message.refusal(refusal)
            return
        self.rule_message.clear()
        self.editing_id = saved.id
        self.reload_rules(saved.id)

    @Slot()
    def toggle_rule(self) -> None:
        rule = self.selected_rule()
        if rule is not None:
            self._on_selected_rule(access_rules.set_rule_active, not rule.active)

    def _on_selected_rule(self, action: Any, *args: Any) -> None:
        rule = self.selected_rule()
        if rule is None:
            self.rule_message.error(self.tr("Select a rule first."))
            return
        try:
            action(self.session, rule.id, *args)
        except ServiceError as refusal:
            self.rule_message.refusal(refusal)
            return
        self.reload_rules(rule.id)
