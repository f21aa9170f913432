"""The object-named widgets and layouts of ``ui/settings_screen.ui``, as mypy sees them."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.gui.forms import DesignerForm


class SettingsForm(DesignerForm):
    """``ui/settings_screen.ui``, checked against it by ``tests/gui/test_forms.py``."""

    ui_file: ClassVar[str] = "settings_screen"

    outer: QVBoxLayout
    screenTitle: QLabel
    tabs: QTabWidget
    loungeTab: QWidget
    loungeTabLayout: QVBoxLayout
    loungeScroll: QScrollArea
    loungePage: QWidget
    loungeLayout: QVBoxLayout
    loungeForm: QFormLayout
    nameEditLabel: QLabel
    nameEdit: QLineEdit
    wifiNetworkEditLabel: QLabel
    wifiNetworkEdit: QLineEdit
    wifiPasswordEditLabel: QLabel
    wifiPasswordEdit: QLineEdit
    amberSpinLabel: QLabel
    amberSpin: QSpinBox
    fatigueSpinLabel: QLabel
    fatigueSpin: QSpinBox
    escalateSpinLabel: QLabel
    escalateSpin: QSpinBox
    boardingSpinLabel: QLabel
    boardingSpin: QSpinBox
    idleSpinLabel: QLabel
    idleSpin: QSpinBox
    retentionSpinLabel: QLabel
    retentionSpin: QSpinBox
    backupSpinLabel: QLabel
    backupSpin: QSpinBox
    pinReportCheck: QCheckBox
    pinBackupCheck: QCheckBox
    pinRestoreCheck: QCheckBox
    loungeMessage: QLabel
    loungeButtons: QHBoxLayout
    saveLoungeButton: QPushButton
    deskTab: QWidget
    deskLayout: QVBoxLayout
    deskForm: QFormLayout
    deskNameEditLabel: QLabel
    deskNameEdit: QLineEdit
    loungeComboLabel: QLabel
    loungeRow: QHBoxLayout
    loungeCombo: QComboBox
    anotherLoungeButton: QPushButton
    loungeHint: QLabel
    printerComboLabel: QLabel
    printerCombo: QComboBox
    pageSizeComboLabel: QLabel
    pageSizeCombo: QComboBox
    autoPrintCheck: QCheckBox
    scannerForm: QFormLayout
    scannerPrefixEditLabel: QLabel
    scannerPrefixEdit: QLineEdit
    scannerSuffixEditLabel: QLabel
    scannerSuffixEdit: QLineEdit
    deskMessage: QLabel
    deskButtons: QHBoxLayout
    saveDeskButton: QPushButton
    rulesTab: QWidget
    rulesLayout: QHBoxLayout
    rulesColumn: QVBoxLayout
    rulesTable: QTableView
    ruleOrder: QHBoxLayout
    upButton: QPushButton
    downButton: QPushButton
    activeButton: QPushButton
    deleteButton: QPushButton
    panel: QFrame
    ruleEditor: QVBoxLayout
    ruleForm: QFormLayout
    ruleNameEditLabel: QLabel
    ruleNameEdit: QLineEdit
    entitlementComboLabel: QLabel
    entitlementCombo: QComboBox
    cabinComboLabel: QLabel
    cabinCombo: QComboBox
    airlineEditLabel: QLabel
    airlineEdit: QLineEdit
    tierEditLabel: QLabel
    tierEdit: QLineEdit
    cardPatternEditLabel: QLabel
    cardPatternEdit: QLineEdit
    priceSpinLabel: QLabel
    priceSpin: QDoubleSpinBox
    freeSpinLabel: QLabel
    freeSpin: QSpinBox
    paidSpinLabel: QLabel
    paidSpin: QSpinBox
    companionPriceSpinLabel: QLabel
    companionPriceSpin: QDoubleSpinBox
    ruleMessage: QLabel
    ruleButtons: QHBoxLayout
    newRuleButton: QPushButton
    saveRuleButton: QPushButton
