"""The check-in desk on screen, as an agent finds it after signing in."""

from __future__ import annotations

from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.services.session import Session


def open_desk(qtbot, session: Session) -> DeskScreen:
    """A desk screen shown and activated (its lists read, the scan field focused)."""
    screen = DeskScreen(session, DeskEvents())
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    return screen
