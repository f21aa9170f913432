"""The screens the shell offers, each shown only to those allowed to use it.

A screen is a QWidget built as ``factory(session, events)``; it may define
``activate()`` (called when it is shown) and ``forget_agent()`` (called when the desk
locks or the agent signs out: typed text, selections, the last guest and the last
message go, so the next person starts fresh), and reacts to ``events``.
"""

from __future__ import annotations

import importlib
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


def _build(target: str, session: Session, events: DeskEvents) -> QWidget:
    """Import ``module:Class`` only now, when the screen is first opened, and build it."""
    module, _, name = target.partition(":")
    screen: ScreenFactory = getattr(importlib.import_module(module), name)
    return screen(session, events)


@dataclass(frozen=True)
class LazyScreen:
    """The factory for the screen class at ``target`` (``module:Class``), imported on first
    use (not at start-up); ``module`` lets the window import it ahead, off the GUI thread."""

    target: str

    @property
    def module(self) -> str:
        return self.target.partition(":")[0]

    def __call__(self, session: Session, events: DeskEvents) -> QWidget:
        return _build(self.target, session, events)


def _lazy(target: str) -> ScreenFactory:
    return LazyScreen(target)


def all_screens() -> list[ScreenSpec]:
    """In navigation order. Imports are deferred so start-up loads only the first screen."""
    return [
        ScreenSpec("desk", str(QT_TRANSLATE_NOOP("Screens", "Check-in desk")),
                   Permission.CHECK_IN,
                   _lazy("vipdesk.gui.desk_screen:DeskScreen")),
        ScreenSpec("board", str(QT_TRANSLATE_NOOP("Screens", "Lounge board")),
                   Permission.SEAT_GUESTS,
                   _lazy("vipdesk.gui.board_screen:BoardScreen")),
        ScreenSpec("complaints", str(QT_TRANSLATE_NOOP("Screens", "Complaints")),
                   Permission.LOG_FEEDBACK,
                   _lazy("vipdesk.gui.complaints_screen:ComplaintsScreen")),
        ScreenSpec("handover", str(QT_TRANSLATE_NOOP("Screens", "Shift & handover")),
                   Permission.WRITE_DIARY,
                   _lazy("vipdesk.gui.handover_screen:HandoverScreen")),
        ScreenSpec("reports", str(QT_TRANSLATE_NOOP("Screens", "Reports")),
                   Permission.VIEW_REPORTS,
                   _lazy("vipdesk.gui.reports_screen:ReportsScreen")),
        ScreenSpec("staff", str(QT_TRANSLATE_NOOP("Screens", "Staff")),
                   Permission.MANAGE_STAFF,
                   _lazy("vipdesk.gui.staff_screen:StaffScreen")),
        ScreenSpec("erase", str(QT_TRANSLATE_NOOP("Screens", "Erase a guest")),
                   Permission.ERASE_GUEST,
                   _lazy("vipdesk.gui.erase_guest_screen:EraseGuestScreen")),
        ScreenSpec("settings", str(QT_TRANSLATE_NOOP("Screens", "Settings")),
                   Permission.EDIT_SETTINGS,
                   _lazy("vipdesk.gui.settings_screen:SettingsScreen")),
    ]
