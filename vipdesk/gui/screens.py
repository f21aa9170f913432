"""The screens the shell offers, each shown only to those allowed to use it.

A screen is a QWidget built as ``factory(session, events)``; it may define
``activate()`` (called when it is shown) and reacts to ``events``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from vipdesk.domain.permissions import Permission
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.services.session import Session

ScreenFactory = Callable[[Session, DeskEvents], QWidget]


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # translated in the "Screens" context
    permission: Permission
    factory: ScreenFactory


def _complaints_screen(session: Session, events: DeskEvents) -> QWidget:
    from vipdesk.gui.complaints_screen import ComplaintsScreen
    return ComplaintsScreen(session, events)


def _desk_screen(session: Session, events: DeskEvents) -> QWidget:
    from vipdesk.gui.desk_screen import DeskScreen
    return DeskScreen(session, events)


def _board_screen(session: Session, events: DeskEvents) -> QWidget:
    from vipdesk.gui.board_screen import BoardScreen
    return BoardScreen(session, events)


def _handover_screen(session: Session, events: DeskEvents) -> QWidget:
    from vipdesk.gui.handover_screen import HandoverScreen
    return HandoverScreen(session, events)


def _reports_screen(session: Session, events: DeskEvents) -> QWidget:
    from vipdesk.gui.reports_screen import ReportsScreen
    return ReportsScreen(session, events)


def _settings_screen(session: Session, events: DeskEvents) -> QWidget:
    from vipdesk.gui.settings_screen import SettingsScreen
    return SettingsScreen(session, events)


def _staff_screen(session: Session, events: DeskEvents) -> QWidget:
    from vipdesk.gui.staff_screen import StaffScreen
    return StaffScreen(session, events)


def all_screens() -> list[ScreenSpec]:
    """In navigation order. Imports are deferred so start-up loads only the first screen."""
    return [
        ScreenSpec("desk", QT_TRANSLATE_NOOP("Screens", "Check-in desk"),
                   Permission.CHECK_IN, _desk_screen),
        ScreenSpec("board", QT_TRANSLATE_NOOP("Screens", "Lounge board"),
                   Permission.SEAT_GUESTS, _board_screen),
        ScreenSpec("complaints", QT_TRANSLATE_NOOP("Screens", "Complaints"),
                   Permission.LOG_FEEDBACK, _complaints_screen),
        ScreenSpec("handover", QT_TRANSLATE_NOOP("Screens", "Shift & handover"),
                   Permission.WRITE_DIARY, _handover_screen),
        ScreenSpec("reports", QT_TRANSLATE_NOOP("Screens", "Reports"),
                   Permission.VIEW_REPORTS, _reports_screen),
        ScreenSpec("staff", QT_TRANSLATE_NOOP("Screens", "Staff"),
                   Permission.MANAGE_STAFF, _staff_screen),
        ScreenSpec("settings", QT_TRANSLATE_NOOP("Screens", "Settings"),
                   Permission.EDIT_SETTINGS, _settings_screen),
    ]
