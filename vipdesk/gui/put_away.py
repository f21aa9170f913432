"""Close every window the last agent left open, when the desk locks or they sign out.

A preview or dialog left on top of the lock screen shows a guest's name, flight and
the lounge's Wi-Fi password to whoever walks up, and its buttons still work. Every
visible dialog is closed, innermost first, as Cancel would: a form that keeps a
draft (it has ``put_aside()``, as the feedback form does) keeps it and asks nothing.
Open menus and combo lists are closed too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QWidget


def _depth(widget: QWidget) -> int:
    """How many windows this one sits on: a message box over a dialog is deeper."""
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth += 1
        parent = parent.parentWidget()
    return depth


def open_dialogs() -> list[QDialog]:
    """Every visible dialog of the application, innermost first."""
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible()]
    return sorted(dialogs, key=_depth, reverse=True)


def put_away_windows() -> None:
    """Close open menus and dialogs; a dialog's ``exec()`` returns Rejected to its caller."""
    while (popup := QApplication.activePopupWidget()) is not None:
        if not popup.close():
            popup.hide()
    for dialog in open_dialogs():
        if not dialog.isVisible():  # closed with a dialog it belonged to
            continue
        put_aside = getattr(dialog, "put_aside", None)
        if callable(put_aside):
            put_aside()
        else:
            dialog.reject()
        if dialog.isVisible():  # a dialog that refuses Cancel is hidden all the same
            dialog.done(QDialog.DialogCode.Rejected)
