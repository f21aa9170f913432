"""The one scanner path: a scanner's burst is recognised wherever focus is.

A scanner is a keyboard: it types the barcode in a burst, 1 to 15 ms a key, and ends
with Enter. A person types 60 to 250 ms a key, with the odd rollover of two keys under
30 ms. The first keys of a burst reach the application before anyone can know it is a
scan, so this filter, installed on the whole application, holds back a key that can start
a pass (``M``, a scanner's AIM ``]``, or this desk's scanner prefix) and the keys that
follow it within :data:`GAP`. Once the held keys read as the start of a pass
(:func:`~vipdesk.domain.scan_shape.pass_start`) and :data:`KEYS_TO_COMMIT` of them came at
scanner speed, the burst is swallowed through Enter and handed on as :attr:`scanned`: it
never types into a field, presses a button or counts as a PIN. When the keys slow down or
stop looking like a pass, the held keys are replayed to the widget that had focus, in
order, so a person typing "Mette" loses nothing.

``now`` is a monotonic clock in seconds, replaceable so tests time keys without sleeping.
The short timer that ends a hold when the keyboard goes quiet calls :meth:`flush`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from vipdesk.domain.scan_shape import Start, pass_start
from vipdesk.gui.desk_settings import SCANNER_PREFIX, SCANNER_SUFFIX, DeskSettings

GAP = 0.035  # seconds: the longest pause between two keys of a scanner's burst
KEYS_TO_COMMIT = 6  # this many keys, each within GAP, shaped like a pass: nobody types that
BURST_PAUSE = 0.25  # a burst that stops this long has ended (a scanner set to send no Enter)
ENTER = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
MODIFIERS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                       Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock})
COMMANDS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier)
KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                        QEvent.Type.ShortcutOverride})


def first_receiver(watched: QObject) -> bool:
    """Whether ``watched`` is where a key event is delivered first (an open popup, else the
    focused widget, else the active window), not a parent it is passed on to."""
    if not isinstance(watched, QWidget):
        return False  # the window-system side of the same event
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return watched is (popup.focusWidget() or popup)
    focus = QApplication.focusWidget()
    if focus is not None:
        return watched is focus
    return watched.isWindow()


class ScanDetector(QObject):
    """An application event filter: ``scanned(text)`` for each scan, the prefix and suffix of
    this desk's scanner taken off; everything else reaches its widget as typed."""

    scanned = Signal(str)

    def __init__(self, settings: DeskSettings | None = None, parent: QObject | None = None,
                 now: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.settings = settings or DeskSettings()
        self.now = now
        self._held: list[tuple[QWidget, QKeyEvent]] = []  # presses and releases, in order
        self._text = ""  # the characters held, or of the burst so far
        self._last = 0.0  # when the last character came
        self._burst = False  # the held keys were a scan: swallow through Enter
        self._swallowed: set[int] = set()  # keys pressed in a burst: their releases go too
        self._replaying = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.flush)

    @property
    def holding(self) -> bool:
        return bool(self._held) or self._burst

    # -- the filter ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if (kind not in KEY_EVENTS or self._replaying or not isinstance(event, QKeyEvent)
                or not first_receiver(watched)):
            return False
        assert isinstance(watched, QWidget)  # first_receiver() is only true of a widget
        if kind == QEvent.Type.KeyRelease:
            return self._on_release(watched, event)
        if kind == QEvent.Type.ShortcutOverride:
            return self._on_shortcut_override(event)
        return self._on_press(watched, event)

    def _on_press(self, watched: QWidget, event: QKeyEvent) -> bool:
        now = self.now()
        if self._burst and now - self._last > BURST_PAUSE:
            self._finish()  # the last burst ended without an Enter
        if self._burst:
            self._swallowed.add(event.key())
            if event.key() in ENTER:
                self._finish()
            elif event.key() not in MODIFIERS:
                self._text += event.text()
                self._last = now
                self.timer.start(int(BURST_PAUSE * 1000))
            return True
        if self._held:
            if event.key() in MODIFIERS:
                self._held.append((watched, event.clone()))
                return True
            if now - self._last <= GAP and self._continues(event.text()):
                return self._hold(watched, event, now)
            self.flush()  # not a scan after all: the held keys go to their widget first
        if self._starts(event):
            return self._hold(watched, event, now)
        self._swallowed.discard(event.key())
        return False

    def _on_release(self, watched: QWidget, event: QKeyEvent) -> bool:
        if self._burst or event.key() in self._swallowed:
            self._swallowed.discard(event.key())
            return True
        if self._held:
            self._held.append((watched, event.clone()))
            return True
        return False

    def _on_shortcut_override(self, event: QKeyEvent) -> bool:
        """Keep a shortcut from firing on a key of a burst; a key that ends a hold (Esc, F2)
        first lets the held keys through, so they arrive before the shortcut acts."""
        if self._burst or (self._held and (event.key() in MODIFIERS or (
                self.now() - self._last <= GAP and self._continues(event.text())))):
            event.accept()
            return True
        if self._held:
            self.flush()
        return False

    # -- holding -------------------------------------------------------------------------
    def _prefix(self) -> str:
        return self.settings.get(SCANNER_PREFIX)

    def _starts(self, event: QKeyEvent) -> bool:
        text = event.text()
        return (len(text) == 1 and text.isprintable() and not event.modifiers() & COMMANDS
                and pass_start(text, self._prefix()) is not Start.NO)

    def _continues(self, text: str) -> bool:
        return (len(text) == 1 and text.isprintable()
                and pass_start(self._text + text, self._prefix()) is not Start.NO)

    def _hold(self, watched: QWidget, event: QKeyEvent, now: float) -> bool:
        self._held.append((watched, event.clone()))
        self._text += event.text()
        self._last = now
        shaped = pass_start(self._text, self._prefix()) is Start.YES
        if shaped and len(self._text) >= KEYS_TO_COMMIT:
            self._burst = True
            self._swallowed.update(e.key() for _, e in self._held
                                   if e.type() == QEvent.Type.KeyPress)
            self._held.clear()
            self.timer.start(int(BURST_PAUSE * 1000))
        else:
            self.timer.start(int(GAP * 1000))
        return True

    def flush(self) -> None:
        """The keyboard went quiet: a burst is a scan; held keys go to their widget, in order."""
        self.timer.stop()
        if self._burst:
            self._finish()
            return
        held, self._held, self._text = self._held, [], ""
        self._replaying = True
        try:
            for target, event in held:
                receiver = target if isValid(target) else QApplication.focusWidget()
                if receiver is not None:
                    QApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False

    def _finish(self) -> None:
        text, self._text, self._burst = self._text, "", False
        self.timer.stop()
        prefix, suffix = self._prefix(), self.settings.get(SCANNER_SUFFIX)
        if prefix and text.startswith(prefix) and pass_start(text[len(prefix):]) is Start.YES:
            text = text[len(prefix):]
        if suffix and text.endswith(suffix):
            text = text[:-len(suffix)]
        self.scanned.emit(text)
