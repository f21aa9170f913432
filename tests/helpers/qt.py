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


def layout_item_wrappers() -> list[object]:
    """Python wrappers of layout items (not layouts) that PySide holds now.

    Qt deletes a layout's items without telling PySide; a wrapper left behind then
    answers for whatever Qt builds next at that address (a table read back as a
    ``QWidgetItem``, a layout ``findChild`` cannot find). The desk never hands one to
    Python, and each test ends with none.
    """
    import shiboken6
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QLayoutItem

    return [wrapper for wrapper in shiboken6.getAllValidWrappers()
            if isinstance(wrapper, QLayoutItem) and not isinstance(wrapper, QObject)]
