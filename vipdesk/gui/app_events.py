"""The application's one event filter, shared by the desk's app-wide listeners.

Qt hands every event of the application (a widget being built gets dozens) to each
event filter installed on it, and a filter written in Python costs a crossing from C++
into Python per event: with three of them (the scanner, the idle lock, the dialog
centrer) building the Settings screen took five times as long as without. So the desk
installs one filter, which asks for the event's kind once and calls only the listeners
that want that kind.

A listener belongs to a QObject and is forgotten when that object is destroyed; listeners
added later are asked first (as Qt asks its filters), and the first to return True
swallows the event.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject

Listener = Callable[[QObject, QEvent], bool]


class AppEvents(QObject):
    """Installed once on the application by :func:`app_events`."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._listeners: list[tuple[int, frozenset[QEvent.Type], Listener]] = []
        self._by_kind: dict[QEvent.Type, tuple[Listener, ...]] = {}
        self._handles = itertools.count(1)

    def listen(self, owner: QObject, kinds: Iterable[QEvent.Type], listener: Listener) -> int:
        """Call ``listener(watched, event)`` for events of these kinds until ``owner`` is
        destroyed or :meth:`forget` is called with the handle returned."""
        handle = next(self._handles)
        self._listeners.insert(0, (handle, frozenset(kinds), listener))
        owner.destroyed.connect(functools.partial(self.forget, handle))
        self._index()
        return handle

    def forget(self, handle: int, *_destroyed: object) -> None:
        self._listeners = [entry for entry in self._listeners if entry[0] != handle]
        self._index()

    def _index(self) -> None:
        kinds = {kind for _, wanted, _ in self._listeners for kind in wanted}
        self._by_kind = {kind: tuple(listener for _, wanted, listener in self._listeners
                                     if kind in wanted) for kind in kinds}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        listeners = self._by_kind.get(event.type())
        if listeners:
            for listener in listeners:
                if listener(watched, event):
                    return True
        return False


def app_events(app: QCoreApplication | None = None) -> AppEvents:
    """The application's shared filter, installed on first use."""
    app = app or QCoreApplication.instance()
    assert app is not None, "an application must exist first"
    found = app.findChild(AppEvents)
    if found is None:
        found = AppEvents(app)
        app.installEventFilter(found)
    return found
