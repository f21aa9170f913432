"""Do something once a widget has been painted: the work a first window does not need waits
until the person sees that window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once the paint is done and shown
        return False

    def _run(self) -> None:
        self.then()
        self.deleteLater()


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Call ``then`` from the event loop once ``widget`` has been painted for the first time
    (never, if it never is: a caller that needs the work sooner does it itself)."""
    _FirstPaint(widget, then)
