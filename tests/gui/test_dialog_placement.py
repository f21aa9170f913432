"""Every dialog opens over the middle of its window, even with no window manager."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox, QVBoxLayout

from vipdesk.gui.centre_dialogs import centre_dialogs


def window_at(qtbot, x: int, y: int) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.move(x, y)
    window.show()
    qtbot.waitExposed(window)
    return window


def opened_centre(dialog: QDialog) -> QPoint:
    """Where the dialog's middle is while it is up (exec() returns only when it closes)."""
    seen: list[QPoint] = []

    def look() -> None:
        seen.append(dialog.frameGeometry().center())
        dialog.reject()
    QTimer.singleShot(0, look)
    dialog.exec()
    return seen[0]


def test_a_dialog_opens_over_the_middle_of_its_window(qtbot, qapp: QApplication) -> None:
    centre_dialogs(qapp)
    window = window_at(qtbot, 40, 30)
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLabel("Check out Ms Lakshmi Iyer?"))
    middle = opened_centre(dialog)
    assert (middle - window.frameGeometry().center()).manhattanLength() <= 2


def test_a_message_box_qt_builds_is_centred_too(qtbot, qapp: QApplication) -> None:
    centre_dialogs(qapp)
    window = window_at(qtbot, 100, 50)
    # A long text: the box sizes itself to it in its own showEvent, after it was placed.
    box = QMessageBox(QMessageBox.Icon.Warning, "Not saved",
                      "The report was not saved: the disk is full. " * 6,
                      QMessageBox.StandardButton.Ok, window)
    middle = opened_centre(box)
    assert (middle - window.frameGeometry().center()).manhattanLength() <= 2


def test_the_filter_is_installed_once_however_often_asked(qapp: QApplication) -> None:
    from vipdesk.gui.centre_dialogs import DialogCentrer
    centre_dialogs(qapp)
    centre_dialogs(qapp)
    assert len(qapp.findChildren(DialogCentrer)) == 1
