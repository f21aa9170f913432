"""Qt chores a test run needs because it never enters an event loop."""

from __future__ import annotations


def delete_later_now() -> None:
    """Delete what ``deleteLater()`` was asked to delete, as the desk's event loop would.

    A test never returns to an event loop, so without this every closed dialog and
    widget stays alive: each window-modal dialog then visits all of them on open and
    close, and a long test slows down as it goes.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
