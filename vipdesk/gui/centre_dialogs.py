"""Every dialog opens over the middle of the window it belongs to.

On a bare X server (a kiosk with no window manager) nobody places a new window, and a
dialog opened at (0, 0) or where its last copy was leaves the agent looking for it.
One application-wide filter moves each dialog, as it is shown, to its parent window's
centre, kept on the screen; it applies to the message boxes Qt builds too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from vipdesk.gui.app_events import app_events


def centre_over(dialog: QWidget, parent: QWidget | None) -> None:
    """Move ``dialog`` so its frame's centre is the centre of ``parent``'s window (of the
    screen, for a dialog with no parent: the first-run dialog)."""
    screen = (parent.window() if parent is not None else dialog).screen()
    if parent is not None:
        area = parent.window().frameGeometry()
    elif screen is not None:
        area = screen.availableGeometry()
    else:
        return
    frame = dialog.frameGeometry()
    top_left = area.center() - QPoint(frame.width() // 2, frame.height() // 2)
    if screen is not None:  # on the screen (or over the window, where that is larger)
        top_left = _inside(QRect(top_left, frame.size()), screen.availableGeometry().united(area))
    dialog.move(top_left)  # move() places the frame, as frameGeometry() measures it


def _inside(rect: QRect, area: QRect) -> QPoint:
    """The top left that keeps ``rect`` on ``area`` (its top left first, if too big)."""
    x = max(area.left(), min(rect.left(), area.right() + 1 - rect.width()))
    y = max(area.top(), min(rect.top(), area.bottom() + 1 - rect.height()))
    return QPoint(x, y)


class DialogCentrer(QObject):
    """Installed on the application: centres each dialog as it shows, and again when it
    changes size while shown (a message box sizes itself to its text only once shown; a
    form grows a line for an error): it stays over the middle, never half off it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Resize) and isinstance(watched, QDialog) \
                and watched.isWindow() and watched.isVisible():
            centre_over(watched, watched.parentWidget())
        return False


def centre_dialogs(app: QApplication) -> None:
    """Centre every dialog of ``app`` from now on; once per application, however often asked."""
    if app.findChild(DialogCentrer) is None:
        centrer = DialogCentrer(app)
        app_events(app).listen(centrer, (QEvent.Type.Show, QEvent.Type.Resize),
                               centrer.eventFilter)
