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

Gaps are timed by each key's own timestamp (the window system's time of the key), so a
desk that is busy for a moment while a scanner types does not stretch them. ``now`` is a
monotonic clock in seconds, used when keys carry no timestamp (offscreen tests) and for the
short timer that ends a hold when the keyboard goes quiet (:meth:`on_quiet`): before it
replays anything, keys already waiting in the queue are delivered, and a timer that fires
late (the desk was busy) waits once more for the keys typed meanwhile.
A scanner that ends with two terminators (CR+LF) has its second Enter swallowed too.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from vipdesk.domain.scan_shape import Start, pass_start
from vipdesk.gui.desk_settings import SCANNER_PREFIX, SCANNER_SUFFIX, DeskSettings

GAP = 0.035  # seconds: the longest pause between two keys of a scanner's burst
KEYS_TO_COMMIT = 6  # this many keys, each within GAP, shaped like a pass: nobody types that
BURST_PAUSE = 0.25  # a burst that stops this long has ended (a scanner set to send no Enter)
LATE = 0.010  # seconds: a timer this much past its time means the desk was busy, not quiet
ENTER = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
MODIFIERS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                       Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock})
COMMANDS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier)
KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                        QEvent.Type.ShortcutOverride})


def terminates(event: QKeyEvent) -> bool:
    """Enter, Return or a line feed (Ctrl+J): what a scanner may end a barcode with."""
    return event.key() in ENTER or event.text() in ("\r", "\n")


def first_receiver(watched: QObject) -> bool:
    """Whether ``watched`` is where a key event is delivered first (an open popup, else the
    focused widget, else the active window), not a parent it is passed on to."""
    if not isinstance(watched, QWidget):
        return False  # the window-system side of the same event
    popup = QApplication.activePopupWidget()
    if popup is not None:
        in_popup: QWidget | None = popup.focusWidget()  # None when nothing in it has focus
        return watched is (in_popup if in_popup is not None else popup)
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
        self._last = 0.0  # when the last key was handled (``now``)
        self._last_stamp = 0  # its timestamp (window-system milliseconds; 0: none)
        self._ended = False  # the last key was the Enter that ended a burst
        self._burst = False  # the held keys were a scan: swallow through Enter
        self._swallowed: set[int] = set()  # keys pressed in a burst: their releases go too
        self._replaying = False
        self._draining = False  # delivering the queued keys before the timer acts
        self._armed_at = 0.0  # when the timer was started (``now``), and for how long
        self._interval = 0.0
        self._waited = False  # the timer fired late once already for this hold
        self._fired = False  # the timer fired while the queued keys were being delivered
        self._keys = 0  # keys pressed so far: whether any came while they were delivered
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.on_quiet)

    @property
    def holding(self) -> bool:
        return bool(self._held) or self._burst

    # -- the filter ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
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
        gap = self._gap(event)
        ended = self._ended
        if event.key() not in MODIFIERS:
            self._keys += 1
            self._ended = False
        if self._burst and gap > BURST_PAUSE:
            self._finish()  # the last burst ended without an Enter
        if self._burst:
            self._swallowed.add(event.key())
            if event.key() in ENTER:
                self._mark(event)
                self._finish()
                self._ended = True
            elif event.key() not in MODIFIERS:
                self._text += event.text()
                self._mark(event)
                self._arm(BURST_PAUSE)
            return True
        if ended and terminates(event) and gap <= GAP:
            self._swallowed.add(event.key())  # CR+LF: the scan's second Enter
            return True
        if self._held:
            if event.key() in MODIFIERS:
                self._held.append((watched, event.clone()))
                return True
            if gap <= GAP and self._continues(event.text()):
                return self._hold(watched, event)
            self.flush()  # not a scan after all: the held keys go to their widget first
        if self._starts(event):
            return self._hold(watched, event)
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
                self._gap(event) <= GAP and self._continues(event.text())))):
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

    def _gap(self, event: QKeyEvent) -> float:
        """Seconds from the last key to ``event``, by their timestamps: a busy desk that
        handles keys late does not stretch a scanner's burst. By ``now`` without them."""
        stamp = event.timestamp()
        if stamp and self._last_stamp and stamp >= self._last_stamp:
            return (stamp - self._last_stamp) / 1000
        return self.now() - self._last

    def _mark(self, event: QKeyEvent) -> None:
        self._last, self._last_stamp = self.now(), event.timestamp()
        self._waited = False

    def _arm(self, seconds: float) -> None:
        self._armed_at, self._interval = self.now(), seconds
        self.timer.start(round(seconds * 1000))

    def _hold(self, watched: QWidget, event: QKeyEvent) -> bool:
        self._held.append((watched, event.clone()))
        self._text += event.text()
        self._mark(event)
        shaped = pass_start(self._text, self._prefix()) is Start.YES
        if shaped and len(self._text) >= KEYS_TO_COMMIT:
            self._burst = True
            self._swallowed.update(e.key() for _, e in self._held
                                   if e.type() == QEvent.Type.KeyPress)
            self._held.clear()
            self._arm(BURST_PAUSE)
        else:
            self._arm(GAP)
        return True

    def _ran_out_while_delivering(self) -> bool:
        """Whether the hold's timer fired (and is not re-armed) while keys were delivered."""
        return self._fired and self.holding and not self.timer.isActive()

    def on_quiet(self) -> None:
        """The timer: no key came for a while. Keys the window system already has are
        delivered first, as a busy desk delays them and not the scanner; a timer that fired
        late (the desk was busy) waits once more for keys still on their way. Only then
        is the hold ended (:meth:`flush`)."""
        if self._draining:
            self._fired = True  # during the delivery below: looked at again after it
            return
        while self.holding:
            late = self.now() - self._armed_at > self._interval + LATE
            keys, self._fired = self._keys, False
            self._draining = True
            try:
                QCoreApplication.processEvents()
            finally:
                self._draining = False
            if self._keys != keys:  # keys came: the hold goes on by their own timing
                if self._ran_out_while_delivering():
                    continue
                return
            if late and not self._waited:
                self._waited = True
                self._arm(self._interval)
                return
            self.flush()
            return

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
