"""The desk's look: large touch targets and high contrast, in one stylesheet."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from vipdesk.resources_path import resource_path

ACCENT = "#0b5cad"
AMBER = "#b26a00"
RED = "#b3261e"
GREEN = "#1e7b34"
INK_BLUE = "#123c69"  # a message that informs: dark enough to read on white
INK_AMBER = "#7a4a00"  # a warning's words (AMBER is for fills)

STYLESHEET = f"""
QWidget {{ font-size: 16px; color: #111; }}
QMainWindow, QDialog {{ background: #f4f5f7; }}
QDialog {{ border: 2px solid #14263d; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QFrame#card, QFrame#panel {{ background: white; border: 1px solid #d0d4da; border-radius: 10px; }}
QLabel#loungeLabel {{
    font-size: 15px; color: #555; letter-spacing: 2px; text-transform: uppercase;
}}
QLabel#headingLabel, QLabel#screenTitle {{ font-size: 28px; font-weight: 600; }}
QLabel#messageLabel, QLabel[role="error"] {{ color: {RED}; font-weight: 600; }}
QLabel[tone="ok"], QLabel#messageLabel[tone="ok"] {{ color: {GREEN}; font-weight: 600; }}
QLabel[tone="info"], QLabel#messageLabel[tone="info"] {{ color: {INK_BLUE}; font-weight: 400; }}
QLabel[tone="warn"], QLabel#messageLabel[tone="warn"] {{ color: {INK_AMBER}; font-weight: 600; }}
QLabel[tone="error"] {{ color: {RED}; font-weight: 600; }}
QLabel[role="hint"] {{ color: #555; }}
QLabel[role="notice"] {{
    background: #fff3dc; color: {INK_AMBER}; font-weight: 600;
    padding: 8px 12px; border-radius: 6px;
}}
QLabel#addressLabel {{ font-size: 30px; font-weight: 700; color: #0d1b2a; }}
QLabel#flightLabel {{ font-size: 19px; }}
QLabel#decisionLabel[tone="ok"] {{ color: {GREEN}; font-weight: 600; font-size: 18px; }}
QLabel#decisionLabel[tone="error"] {{ color: {RED}; font-weight: 600; font-size: 18px; }}
QLabel#historyLabel {{ color: #333; }}
QLabel#deskMessage {{ padding: 8px 12px; border-radius: 6px; font-size: 17px; }}
QLabel#deskMessage[tone="ok"] {{ background: #e3f4e7; color: {GREEN}; font-weight: 600; }}
QLabel#deskMessage[tone="info"] {{ background: #e8f0fb; color: {INK_BLUE}; }}
QLabel#deskMessage[tone="warn"] {{ background: #fff3dc; color: {INK_AMBER}; font-weight: 600; }}
QLabel#deskMessage[tone="error"] {{ background: #fde8e7; color: {RED}; font-weight: 600; }}
QLineEdit#scanEdit {{ font-size: 22px; min-height: 54px; border: 2px solid {ACCENT}; }}
QPushButton {{
    min-height: 48px; min-width: 48px; padding: 4px 14px; border-radius: 8px;
    background: #e6e9ee; border: 1px solid #b9c0ca; font-size: 18px;
}}
QPushButton:hover {{ background: #dde3ea; }}
QPushButton:pressed {{ background: #c9d2dd; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:default, QPushButton[role="primary"] {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT};
}}
QPushButton[role="primary"] {{ font-weight: 600; }}
QPushButton:disabled {{ color: #888; background: #eceef1; }}
QPushButton[role="nav"] {{
    text-align: left; padding-left: 18px; min-height: 46px; border: none; border-radius: 0;
    background: transparent; color: #e8edf3; font-size: 18px;
}}
QPushButton[role="nav"]:checked {{ background: #24446b; color: white; }}
QFrame#navBar {{ background: #14263d; }}
QLabel#navTitle {{ color: white; font-size: 20px; font-weight: 700; padding: 12px 16px; }}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QDateTimeEdit, QPlainTextEdit,
QTextEdit {{
    min-height: 44px; padding: 2px 10px; border: 1px solid #9aa3ae; border-radius: 6px;
    background: white; font-size: 18px;
}}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus {{
    border: 2px solid {ACCENT};
}}
QTableWidget QSpinBox, QTableWidget QComboBox, QTableWidget QLineEdit {{
    min-height: 0; border-radius: 0; font-size: 16px; padding: 0 6px;
}}
QAbstractSpinBox {{ padding-right: 34px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: 32px; border-left: 1px solid #c5cad1; background: #eef1f5;
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 6px; }}
QAbstractSpinBox::down-button {{
    subcontrol-position: bottom right; border-bottom-right-radius: 6px;
}}
QAbstractSpinBox::up-arrow {{ image: url(ICONS/arrow-up.svg); width: 12px; height: 8px; }}
QAbstractSpinBox::down-arrow {{ image: url(ICONS/arrow-down.svg); width: 12px; height: 8px; }}
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: border; subcontrol-position: center right; width: 32px;
    border-left: 1px solid #c5cad1;
}}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow {{
    image: url(ICONS/arrow-down.svg); width: 12px; height: 8px;
}}
QListWidget {{ border: 1px solid #9aa3ae; border-radius: 8px; background: white; font-size: 20px; }}
QListWidget::item {{ min-height: 52px; padding: 4px 12px; }}
QListWidget::item:selected {{ background: {ACCENT}; color: white; }}
QTableView, QTableWidget {{
    background: white; gridline-color: #e1e4e8; selection-background-color: {ACCENT};
    selection-color: white; font-size: 16px;
}}
QHeaderView::section {{ background: #e9edf2; padding: 6px; border: none; font-weight: 600; }}
QStatusBar {{ background: #14263d; color: white; font-size: 16px; }}
QStatusBar QLabel {{ color: white; padding: 0 14px; }}
QStatusBar[tone="ok"] {{ color: #a8e6b6; }}
QStatusBar[tone="warn"] {{ color: #ffd27f; }}
QStatusBar[tone="error"] {{ color: #ffb4ab; }}
"""


def set_tone(widget: QWidget, tone: str) -> None:
    """Restyle a widget whose look depends on its ``tone`` property (ok, info, warn, error)."""
    widget.setProperty("tone", tone)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    app.setFont(font)
    icons = resource_path("icons").as_posix()
    app.setStyleSheet(STYLESHEET.replace("ICONS/", icons + "/"))
