"""The banner at the top of every screen: what needs someone now, loud enough to be seen.

Red fatigue alerts and their escalations, overdue promises and the duty
manager's items come from :func:`vipdesk.services.alerts.banner_alerts` (with the
waiting list's source). The banner chimes once for every alert it has not seen
before: those this desk raised on its tick and those another desk raised. The
alerts already showing when the desk starts (or signs in again) are taken as
seen, so a restart does not chime again for an old alert.

The tick is cheap: every :data:`TICKS_PER_CHECK` ticks one call to
:func:`vipdesk.services.waiting.raise_due_alerts` (one query when nothing is
due) and one read of the banner feed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDialog, QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from vipdesk.domain import lounge_time
from vipdesk.domain.waiting import ACKNOWLEDGEMENT_CHOICES
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.style import RED
from vipdesk.gui.text_input import plain_text
from vipdesk.services import alerts, waiting
from vipdesk.services.session import ServiceError, Session

TICKS_PER_CHECK = 5
SHOWN_LINES = 3
BANNER_SOURCES: tuple[alerts.AlertSource, ...] = (*alerts.SOURCES, waiting.waiting_banner)
CHOICE_LABELS = {"seat": "Offered a seat", "drink": "Offered a drink",
                 "update": "Gave an update", "apology": "Apologised", "other": "Something else"}
_CONTEXT = "AlertBanner"


def chime() -> None:
    """The one sound of a new alert (QtMultimedia is not in PySide6-Essentials)."""
    QApplication.beep()


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def alert_text(alert: alerts.Alert, timezone: str = "UTC") -> str:
    """The banner's words for one alert, in the agent's language, times on the lounge's clock."""
    name = alert.guest_name or _tr("a guest")
    kind = str(alert.kind)
    since = lounge_time.clock_text(alert.since, timezone)
    if kind == waiting.WaitAlertKind.FATIGUE:
        return _tr("%1 has waited too long and is tired: see to them now.").replace("%1", name)
    if kind == waiting.WaitAlertKind.FATIGUE_ESCALATED:
        return _tr("Duty manager: %1 has waited too long and nobody acknowledged it.").replace(
            "%1", name)
    if kind == alerts.AlertKind.OVERDUE_PROMISE:
        return _tr("Overdue promise to %1: they were promised an answer.").replace("%1", name)
    if kind == alerts.AlertKind.ESCALATED:
        return _tr("Duty manager: complaint of %1 escalated at %2.").replace(
            "%1", name).replace("%2", since)
    if kind == alerts.AlertKind.SEVERE_COMPLAINT:
        return _tr("Duty manager: serious complaint from %1, nobody has taken it yet.").replace(
            "%1", name)
    return _tr("Needs attention: %1").replace("%1", name)


class AcknowledgeDialog(QDialog):
    """What was done for a tired guest: the choices and a few words; recorded on OK."""

    def __init__(self, session: Session, wait_id: int, guest_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.wait_id = session, wait_id
        self.setWindowTitle(self.tr("Acknowledge the fatigue alert"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(self.tr("What was done for %1?").replace("%1", guest_name))
        heading.setObjectName("headingLabel")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.checks: dict[str, QCheckBox] = {}
        for code in ACKNOWLEDGEMENT_CHOICES:
            check = QCheckBox(_tr(CHOICE_LABELS.get(code.value, code.value)))
            self.checks[code.value] = check
            layout.addWidget(check)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("A few words (optional)"))
        self.note.setMaximumHeight(110)
        layout.addWidget(self.note)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Record"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.record)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)

    @Slot()
    def record(self) -> None:
        text = plain_text(self.note)  # as typed: toPlainText() folds a no-break space
        choices = [code for code, check in self.checks.items() if check.isChecked()]
        try:
            waiting.acknowledge_alert(self.session, self.wait_id, text, choices)
        except ServiceError as error:
            self.message.setText(str(error))
            return
        self.accept()


class AlertBanner(QFrame):
    """Red lines at the top of the shell; hidden when nothing needs anyone."""

    changed = Signal()  # alerts were raised here or acknowledged: lists may need a re-read

    def __init__(self, session: Session, events: DeskEvents | None = None, *,
                 sound: Callable[[], None] | None = None,
                 sources: Sequence[alerts.AlertSource] = BANNER_SOURCES,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.sources = session, tuple(sources)
        self.sound = sound or chime
        self.setObjectName("alertBanner")
        self.setStyleSheet(
            f"QFrame#alertBanner {{ background: {RED}; border-radius: 8px; }}"
            "QFrame#alertBanner QLabel { color: white; font-size: 17px; font-weight: 600; }"
            "QFrame#alertBanner QPushButton { min-height: 28px; padding: 0 12px; font-size: 15px;"
            " background: white; color: #7a1410; border: none; }")
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(14, 6, 10, 6)
        self.lines.setSpacing(2)
        self.alerts: list[alerts.Alert] = []
        self.seen: set[tuple[str, int]] = set()
        self._primed = False
        self._ticks = 0
        self._shown_keys: list[tuple[str, int]] = []
        self._buttons: dict[QPushButton, alerts.Alert] = {}
        self.hide()
        if events is not None:
            events.tick.connect(self.on_tick)
            events.data_changed.connect(lambda _what: self.refresh())
            self.changed.connect(lambda: self._announce(events))

    @staticmethod
    def _announce(events: DeskEvents) -> None:
        """Tell the screens the waits changed (a slot must return None: see board_screen)."""
        events.data_changed.emit("waits")

    # -- the tick ---------------------------------------------------------------------
    @Slot()
    def on_tick(self) -> None:
        self._ticks += 1
        if self._ticks % TICKS_PER_CHECK:
            return
        self.check_now()

    def check_now(self) -> None:
        """Raise what has come due, chime for what is new, show the banner."""
        if self.session.lounge_id is None:
            return
        raised = waiting.raise_due_alerts(self.session)
        self.refresh(chime_for=raised)
        if raised:
            self.changed.emit()

    def prime(self) -> None:
        """Take every alert showing now as seen (start-up, sign-in): no chime for old news."""
        self._primed = False
        self.refresh()

    # -- showing --------------------------------------------------------------------------
    def refresh(self, chime_for: Sequence[alerts.Alert] = ()) -> None:
        if self.session.lounge_id is None:
            return
        current = alerts.banner_alerts(self.session, self.sources)
        keys = {alert.key for alert in current} | {alert.key for alert in chime_for}
        new = keys - self.seen
        if self._primed and new:
            self.sound()
        self._primed = True
        self.seen |= keys
        self.show_alerts(current)

    def show_alerts(self, current: list[alerts.Alert]) -> None:
        # An escalated wait is one line (the duty manager's), still with its Acknowledge button.
        escalated = {a.wait_id for a in current
                     if a.kind == waiting.WaitAlertKind.FATIGUE_ESCALATED}
        current = [a for a in current if not (a.kind == waiting.WaitAlertKind.FATIGUE
                                               and a.wait_id in escalated)]
        self.alerts = current
        shown = [alert.key for alert in current[:SHOWN_LINES]] + [len(current)]  # type: ignore[list-item]
        if shown == self._shown_keys:
            return  # the same lines: nothing to repaint
        self._shown_keys = shown  # type: ignore[assignment]
        self._buttons.clear()
        while self.lines.count():
            item = self.lines.takeAt(0)
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for alert in current[:SHOWN_LINES]:
            self.lines.addWidget(self._line(alert))
        if len(current) > SHOWN_LINES:
            more = QLabel(self.tr("and %n more", "", len(current) - SHOWN_LINES))
            self.lines.addWidget(more)
        self.setVisible(bool(current))

    def _line(self, alert: alerts.Alert) -> QWidget:
        line = QWidget()
        layout = QHBoxLayout(line)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(alert_text(alert, self.session.lounge.timezone))
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        if alert.wait_id is not None:
            button = QPushButton(self.tr("Acknowledge…"))
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName(f"acknowledge{alert.wait_id}")
            self._buttons[button] = alert
            button.clicked.connect(self._on_acknowledge_clicked)
            layout.addWidget(button)
        return line

    def acknowledge_buttons(self) -> list[QPushButton]:
        return [b for b in self.findChildren(QPushButton) if b.objectName().startswith("ack")]

    @Slot()
    def _on_acknowledge_clicked(self) -> None:
        alert = self._buttons.get(self.sender())  # type: ignore[call-overload]
        if alert is not None:
            self.acknowledge(alert)

    def acknowledge(self, alert: Any) -> bool:
        dialog = AcknowledgeDialog(self.session, alert.wait_id, alert.guest_name, self.window())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            # Later, not now: the refresh replaces the line whose button is still being clicked.
            QTimer.singleShot(0, self, self._after_acknowledgement)
        return accepted

    @Slot()
    def _after_acknowledgement(self) -> None:
        self.refresh()
        self.changed.emit()
