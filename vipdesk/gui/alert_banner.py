"""The banner at the top of every screen: what needs someone now, loud enough to be seen.

One strip of a fixed height, whatever the number of alerts, so nothing below it
moves under the agent's finger: the :data:`SHOWN_LINES` most urgent alerts (the
order is :func:`vipdesk.services.alerts.by_urgency`), each one line, elided with
the whole text in its tooltip, and "and N more…", which opens the full list with
every alert's actions. With nothing to show it stays, calm: "No alerts".

Each line's button is what the person signed in may do: acknowledge a tired
guest; on an escalated wait, acknowledge if they may close escalations (the duty
manager), else add a note for the manager; open a complaint's item in full. The lock
and sign-in screen shows the same strip in private mode (``private=True``): initials
instead of names, no buttons, no chime, no list.

Red fatigue alerts and their escalations, overdue promises and the duty
manager's items come from :func:`vipdesk.services.alerts.banner_alerts` (with the
waiting list's source). The banner chimes once for every alert it has not seen
before: those this desk raised on its tick and those another desk raised. The
alerts already showing when the desk starts (or signs in again) are taken as
seen, so a restart does not chime again for an old alert.

The tick is cheap: every :data:`TICKS_PER_CHECK` ticks one call to
:func:`vipdesk.services.waiting.raise_due_alerts` (one query when nothing is
due); the banner feed (three queries) is read again only when that raised something,
this desk changed something (``data_changed``), another desk committed meanwhile
(:meth:`~vipdesk.services.session.Session.change_mark`), or every
:data:`TICKS_PER_CLOCK_READ` ticks for what the clock alone brings (a promise falling due).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QMargins, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain import lounge_time
from vipdesk.domain.message import QT_TRANSLATE_NOOP
from vipdesk.domain.permissions import Permission, allows
from vipdesk.domain.waiting import ACKNOWLEDGEMENT_CHOICES, ESCALATION_PERMISSION
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.language import shown_number, when_language_changes
from vipdesk.gui.messages import MessageLine
from vipdesk.gui.style import GREEN, RED
from vipdesk.gui.text_input import plain_text
from vipdesk.services import alerts, waiting
from vipdesk.services.session import Session

TICKS_PER_CHECK = 5
TICKS_PER_CLOCK_READ = 30
SHOWN_LINES = 2
DIALOG_WIDTH = 520  # the acknowledge and note dialogs, whose words wrap
BANNER_SOURCES: tuple[alerts.AlertSource, ...] = (*alerts.SOURCES, waiting.waiting_banner)
CHOICE_LABELS = {"seat": QT_TRANSLATE_NOOP("AlertBanner", "Offered a seat"),
                 "drink": QT_TRANSLATE_NOOP("AlertBanner", "Offered a drink"),
                 "update": QT_TRANSLATE_NOOP("AlertBanner", "Gave an update"),
                 "apology": QT_TRANSLATE_NOOP("AlertBanner", "Apologised"),
                 "other": QT_TRANSLATE_NOOP("AlertBanner", "Something else")}


def chime() -> None:
    """The one sound of a new alert (QtMultimedia is not in PySide6-Essentials)."""
    QApplication.beep()


def alert_text(alert: alerts.Alert, timezone: str = "UTC") -> str:
    """The banner's words for one alert, in the agent's language, times on the lounge's clock."""
    name = alert.guest_name or QCoreApplication.translate("AlertBanner", "a guest")
    kind = str(alert.kind)
    since = lounge_time.clock_text(alert.since, timezone)
    if kind == alerts.AlertKind.FATIGUE:
        return QCoreApplication.translate(
            "AlertBanner", "{guest} has waited too long and is tired: see to them now.").format(
            guest=name)
    if kind == alerts.AlertKind.FATIGUE_ESCALATED:
        return QCoreApplication.translate(
            "AlertBanner", "Duty manager: {guest} has waited too long and nobody acknowledged "
            "it.").format(guest=name)
    if kind == alerts.AlertKind.OVERDUE_PROMISE:
        return QCoreApplication.translate(
            "AlertBanner", "Overdue promise to {guest}: they were promised an answer.").format(
            guest=name)
    if kind == alerts.AlertKind.ESCALATED:
        return QCoreApplication.translate(
            "AlertBanner", "Duty manager: complaint of {guest} escalated at {time}.").format(
            guest=name, time=since)
    if kind == alerts.AlertKind.SEVERE_COMPLAINT:
        return QCoreApplication.translate(
            "AlertBanner", "Duty manager: serious complaint from {guest}, nobody has taken it "
            "yet.").format(guest=name)
    return QCoreApplication.translate("AlertBanner", "Needs attention: {guest}").format(
        guest=name)


def minutes_waiting(alert: alerts.Alert, now: Any) -> int:
    started = alert.started_at or alert.since
    return max(int((now - started).total_seconds() // 60), 0)


def private_text(alert: alerts.Alert, now: Any, timezone: str = "UTC") -> str:
    """A locked desk's words: initials, never a name, and nothing about the complaint."""
    who = alert.guest_initials or QCoreApplication.translate("AlertBanner", "unknown")
    kind = str(alert.kind)
    minutes = shown_number(minutes_waiting(alert, now))
    if kind == alerts.AlertKind.FATIGUE:
        return QCoreApplication.translate(
            "AlertBanner", "Guest {initials} waiting {minutes} min: see to them now.").format(
            initials=who, minutes=minutes)
    if kind == alerts.AlertKind.FATIGUE_ESCALATED:
        return QCoreApplication.translate(
            "AlertBanner", "Duty manager: guest {initials} waiting {minutes} min, not answered "
            "in time.").format(initials=who, minutes=minutes)
    if kind == alerts.AlertKind.OVERDUE_PROMISE:
        return QCoreApplication.translate("AlertBanner", "Overdue promise to guest {initials}."
                                          ).format(initials=who)
    if kind == alerts.AlertKind.ESCALATED:
        return QCoreApplication.translate(
            "AlertBanner", "Duty manager: a complaint was escalated at {time}.").format(
            time=lounge_time.clock_text(alert.since, timezone))
    if kind == alerts.AlertKind.SEVERE_COMPLAINT:
        return QCoreApplication.translate(
            "AlertBanner", "Duty manager: a serious complaint nobody has taken yet.")
    return QCoreApplication.translate("AlertBanner", "Needs attention: guest {initials}"
                                      ).format(initials=who)


def with_note(text: str, alert: alerts.Alert) -> str:
    """The desk's note on an escalated wait, for the duty manager to read on the line."""
    if not alert.note:
        return text
    return QCoreApplication.translate("AlertBanner", "{alert} Note from {author}: {note}").format(
        alert=text, author=alert.note_by or QCoreApplication.translate("AlertBanner", "the desk"),
        note=alert.note)


def may_acknowledge(session: Session, escalated: bool) -> bool:
    """Whether the person signed in gets an Acknowledge button: an escalated alert is the
    duty manager's to close (the service refuses anyone else too)."""
    staff = session.staff
    if staff is None or session.locked:
        return False
    return not escalated or allows(staff.role, ESCALATION_PERMISSION)


class _WaitDialog(QDialog):
    """What both wait dialogs share: a heading, the subclass's lines, a few words, an error
    line and Cancel / OK; OK calls :meth:`save` and stays open with the service's refusal."""

    def __init__(self, session: Session, wait_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.wait_id = session, wait_id
        self.setMinimumWidth(DIALOG_WIDTH)  # wrapped words would make it a narrow column
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 20, 24, 20)
        self.heading = QLabel()  # short: a long name in large type ran to four lines
        self.heading.setObjectName("headingLabel")
        self.heading.setWordWrap(True)
        self.body.addWidget(self.heading)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(110)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.messages = MessageLine(self.message)
        self.ok_button = QPushButton()

    def finish(self, ok_text: str, *, default: bool) -> None:
        """The words, the error line and the buttons, under the subclass's own lines."""
        self.body.addWidget(self.note)
        self.body.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.ok_button.setText(ok_text)
        self.ok_button.setAutoDefault(default)
        self.ok_button.setDefault(default)
        self.ok_button.clicked.connect(self.record)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        self.body.addLayout(buttons)

    def save(self, text: str) -> None:
        raise NotImplementedError

    @Slot()
    def record(self) -> None:
        text = plain_text(self.note)  # as typed: toPlainText() folds a no-break space
        if self.messages.run(lambda: self.save(text)) is not None:
            self.accept()


class AcknowledgeDialog(_WaitDialog):
    """What was done for a tired guest: the choices and a few words; recorded on OK."""

    def __init__(self, session: Session, wait_id: int, guest_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, wait_id, parent)
        self.setWindowTitle(self.tr("Acknowledge the fatigue alert"))
        self.heading.setText(self.tr("What was done for the guest?"))
        who = QLabel(guest_name)  # in the body's font: a long name is not large type
        who.setObjectName("guestLabel")
        who.setWordWrap(True)
        self.body.addWidget(who)
        self.checks: dict[str, QCheckBox] = {}
        for code in ACKNOWLEDGEMENT_CHOICES:
            check = QCheckBox(QCoreApplication.translate(
                "AlertBanner", CHOICE_LABELS.get(code.value, code.value)))
            self.checks[code.value] = check
            self.body.addWidget(check)
        self.note.setPlaceholderText(self.tr("A few words (optional)"))
        self.finish(self.tr("Record"), default=True)

    def save(self, text: str) -> None:
        choices = [code for code, check in self.checks.items() if check.isChecked()]
        waiting.acknowledge_alert(self.session, self.wait_id, text, choices)


class EscalationNoteDialog(_WaitDialog):
    """The desk's words for the duty manager on an escalated wait (the manager closes it)."""

    def __init__(self, session: Session, wait_id: int, guest_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, wait_id, parent)
        self.setWindowTitle(self.tr("A note for the duty manager"))
        self.heading.setText(self.tr("A note for the duty manager"))
        question = QLabel(self.tr("The duty manager closes this alert. What should they know "
                                  "about {guest}?").format(guest=guest_name))
        question.setWordWrap(True)
        self.body.addWidget(question)
        self.finish(self.tr("Add the note"), default=False)

    def save(self, text: str) -> None:
        waiting.add_escalation_note(self.session, self.wait_id, text)


class ElidedLabel(QLabel):
    """One line that never pushes its row wider: elided to fit, the whole text in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                              max(self.width(), 1))
        if shown != self.text():
            self.setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


class AlertLine(QWidget):
    """One alert: its words (elided) and the one button the person signed in may use."""

    def __init__(self, banner: AlertBanner, *, wrap: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = banner
        self.alert: alerts.Alert | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        if wrap:  # the full list: every word, wrapped
            self.label: QLabel = QLabel()
            self.label.setWordWrap(True)
        else:
            self.label = ElidedLabel()
        layout.addWidget(self.label, 1)
        self.button = QPushButton()
        self.button.setAutoDefault(False)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scan never presses it
        self.button.clicked.connect(self._on_clicked)
        keep = self.button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # the line keeps its height without a button
        self.button.setSizePolicy(keep)
        layout.addWidget(self.button)

    def show_alert(self, alert: alerts.Alert | None, text: str) -> None:
        self.alert = alert
        if isinstance(self.label, ElidedLabel):
            self.label.set_full_text(text)
        else:
            self.label.setText(text)
        action = self.banner.action_for(alert) if alert is not None else ""
        self.button.setVisible(bool(action))
        if alert is None:
            self.button.setObjectName("")
        elif action == ACKNOWLEDGE:
            self.button.setText(self.tr("Acknowledge…"))
            self.button.setObjectName(f"acknowledge{alert.wait_id}")
        elif action == NOTE:
            self.button.setText(self.tr("Add a note…"))
            self.button.setObjectName(f"note{alert.wait_id}")
        elif action == OPEN:
            self.button.setText(self.tr("Open"))
            self.button.setObjectName(f"open{alert.complaint_id}")
        else:
            self.button.setObjectName("")

    def full_text(self) -> str:
        """The line's whole words, however its label shows them."""
        if isinstance(self.label, ElidedLabel):
            return self.label.full_text
        return self.label.text()

    @Slot()
    def _on_clicked(self) -> None:
        if self.alert is not None:
            self.banner.act(self.alert)


ACKNOWLEDGE, NOTE, OPEN = "acknowledge", "note", "open"


class AllAlertsDialog(QDialog):
    """Every alert, most urgent first, each with its action: what "and N more…" opens."""

    def __init__(self, banner: AlertBanner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = banner
        self.setWindowTitle(self.tr("All alerts"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.heading = QLabel()
        self.heading.setObjectName("headingLabel")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.rows = QVBoxLayout(self.body)
        self.rows.setSpacing(8)
        self.rows.addStretch(1)  # the alerts stand above it, at the top
        scroll.setWidget(self.body)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.lines: list[AlertLine] = []
        self.fill()
        banner.shown.connect(self.fill)
        when_language_changes(self, self.fill)

    @Slot()
    def fill(self) -> None:
        for line in self.lines:  # out of the rows now (no item of theirs reaches Python)
            self.rows.removeWidget(line)
            line.hide()  # not painted over the new lines until it is deleted
            line.deleteLater()
        self.lines = []
        current = self.banner.alerts
        self.heading.setText(self.tr("Alerts now: {count}, the most urgent first.").format(
            count=shown_number(len(current))))
        for alert in current:
            line = AlertLine(self.banner, wrap=True)
            line.show_alert(alert, self.banner.text_of(alert))
            self.rows.insertWidget(len(self.lines), line)  # above the stretch
            self.lines.append(line)

    def texts(self) -> list[str]:
        return [line.label.text() for line in self.lines]


class AlertBanner(QFrame):
    """A strip of a fixed height at the top of the shell (or the lock screen)."""

    changed = Signal()  # alerts were raised here or acknowledged: lists may need a re-read
    shown = Signal()  # the banner shows a new set of alerts (the full list follows it)

    def __init__(self, session: Session, events: DeskEvents | None = None, *,
                 sound: Callable[[], None] | None = None,
                 sources: Sequence[alerts.AlertSource] = BANNER_SOURCES,
                 private: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.sources, self.private = session, tuple(sources), private
        self.events = events
        self.sound = sound or chime
        self.setObjectName("alertBanner")
        self.setStyleSheet(
            f"QFrame#alertBanner {{ background: {RED}; border-radius: 8px; }}"
            f"QFrame#alertBanner[calm=\"true\"] {{ background: {GREEN}; }}"
            "QFrame#alertBanner QLabel { color: white; font-size: 17px; font-weight: 600; }"
            "QFrame#alertBanner QPushButton { min-height: 28px; padding: 0 12px; font-size: 15px;"
            " background: white; color: #7a1410; border: none; }")
        strip = QHBoxLayout(self)
        strip.setContentsMargins(14, 6, 10, 6)
        strip.setSpacing(12)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.rows = [AlertLine(self) for _ in range(SHOWN_LINES)]
        for line in self.rows:
            column.addWidget(line)
        strip.addLayout(column, 1)
        self.more_button = QPushButton()
        self.more_button.setObjectName("moreAlertsButton")
        self.more_button.setAutoDefault(False)
        self.more_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.more_button.clicked.connect(self.show_all)
        more_policy = self.more_button.sizePolicy()
        more_policy.setRetainSizeWhenHidden(True)
        self.more_button.setSizePolicy(more_policy)
        strip.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.more_label = QLabel()  # private mode: how many more, no list to open
        strip.addWidget(self.more_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.more_label.setVisible(False)
        self.more_button.setVisible(False)
        # The strip's height: every row with a button, whatever is shown now.
        self.setFixedHeight(self._strip_height())
        self.alerts: list[alerts.Alert] = []
        self.seen: set[tuple[str, int]] = set()
        self._primed = False
        self._ticks = 0
        self._dirty = True  # this desk changed something since the feed was read
        self._read_at_mark: int | None = None  # change_mark() when the feed was read
        self._ahead: tuple[list[alerts.Alert], int | None] | None = None  # read_ahead()'s
        self._shown: list[str] | None = None
        self.all_dialog: AllAlertsDialog | None = None
        self.show_alerts([])
        when_language_changes(self, self.retranslate)
        if events is not None:
            events.tick.connect(self.on_tick)
            events.data_changed.connect(lambda _what: self._on_data_changed())
            self.changed.connect(lambda: self._announce(events))

    def _strip_height(self) -> int:
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        row = max(self.rows[0].button.sizeHint().height(),
                  self.rows[0].label.sizeHint().height())
        return margins.top() + margins.bottom() + SHOWN_LINES * row + (SHOWN_LINES - 1) * 2

    @staticmethod
    def _announce(events: DeskEvents) -> None:
        """Tell the screens the waits changed (a slot must return None: see board_screen)."""
        events.data_changed.emit("waits")

    def retranslate(self) -> None:
        """The language changed: the same alerts, in the words of the new language."""
        self._shown = None
        self.show_alerts(self.alerts)

    # -- the tick ---------------------------------------------------------------------
    @Slot()
    def on_tick(self) -> None:
        self._ticks += 1
        if self._ticks % TICKS_PER_CHECK:
            return
        if self.private:
            self._refresh_if_seen()  # the shell's banner raises the alerts; this one shows them
        else:
            self.check_now()

    def _on_data_changed(self) -> None:
        self._dirty, self._ahead = True, None
        self._refresh_if_seen()

    def _refresh_if_seen(self) -> None:
        """The lock screen's strip reads nothing while the shell hides it (one read a tick)."""
        if not self.private or self.isVisible():
            self.refresh()

    def check_now(self) -> None:
        """Raise what has come due, chime for what is new, show the banner."""
        if self.session.lounge_id is None:
            return
        raised = waiting.raise_due_alerts(self.session)
        if raised or self._feed_may_have_changed():
            self.refresh(chime_for=raised)
        if raised:
            self.changed.emit()

    def _feed_may_have_changed(self) -> bool:
        if self._dirty or self._ticks % TICKS_PER_CLOCK_READ == 0:
            return True
        mark = self.session.change_mark()
        return mark is None or mark != self._read_at_mark

    def prime(self) -> None:
        """Take every alert showing now as seen (start-up, sign-in): no chime for old news.
        The feed read by :meth:`read_ahead` is shown if no other desk has written since."""
        self._primed = False
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[1] is not None and ahead[1] == self.session.change_mark():
            self._show_feed(ahead[0], (), read_at_mark=ahead[1])
        else:
            self.refresh()

    def read_ahead(self) -> None:
        """Read the feed now, while the desk waits anyway (a PIN is checked on a worker), for
        the :meth:`prime` that follows the sign-in: the desk then shows sooner."""
        if self.session.lounge_id is not None:
            mark = self.session.change_mark()
            self._ahead = (alerts.banner_alerts(self.session, self.sources), mark)

    # -- showing --------------------------------------------------------------------------
    def refresh(self, chime_for: Sequence[alerts.Alert] = ()) -> None:
        if self.session.lounge_id is None:
            return
        mark = self.session.change_mark()
        self._show_feed(alerts.banner_alerts(self.session, self.sources), chime_for,
                        read_at_mark=mark)

    def _show_feed(self, current: list[alerts.Alert], chime_for: Sequence[alerts.Alert], *,
                   read_at_mark: int | None) -> None:
        self._dirty, self._read_at_mark, self._ahead = False, read_at_mark, None
        if self.private:  # nobody can act on a complaint here: the waiting guests first
            current.sort(key=lambda alert: alert.wait_id is None)
        keys = {alert.key for alert in current} | {alert.key for alert in chime_for}
        new = keys - self.seen
        if self._primed and new and not self.private:
            self.sound()
        self._primed = True
        # Only what shows now counts as seen: an alert that went (acknowledged) and comes
        # back (the guest still waits) is news again, and chimes.
        self.seen = keys
        self.show_alerts(current)

    def text_of(self, alert: alerts.Alert, timezone: str | None = None) -> str:
        """The line for ``alert``; ``timezone`` saves reading the lounge once per alert."""
        timezone = self.session.lounge.timezone if timezone is None else timezone
        if self.private:
            return private_text(alert, self.session.clock.now(), timezone)
        return with_note(alert_text(alert, timezone), alert)

    def show_alerts(self, current: list[alerts.Alert]) -> None:
        self.alerts = list(current)
        timezone = self.session.lounge.timezone if current else "UTC"  # one read, not one a line
        texts = [self.text_of(alert, timezone) for alert in current]
        actions = [self.action_for(alert) for alert in current[:SHOWN_LINES]]
        if [*texts, *actions] == self._shown:
            return  # the same lines: nothing to repaint
        self._shown = [*texts, *actions]
        calm = not current
        self.setProperty("calm", calm)
        self.style().unpolish(self)
        self.style().polish(self)
        for number, line in enumerate(self.rows):
            if number < len(current):
                line.show_alert(current[number], texts[number])
            elif number == 0 and calm:
                line.show_alert(None, self.tr("No alerts"))
            else:
                line.show_alert(None, "")
        hidden = current[SHOWN_LINES:]
        more = ""
        if hidden:
            urgent = any(alerts.urgency_tier(a) == alerts.URGENT_TIER for a in hidden)
            more = (self.tr("and %n more, escalations among them…", "", len(hidden)) if urgent
                    else self.tr("and %n more…", "", len(hidden)))
        if self.private:
            self.more_label.setText(more.rstrip("…"))
            self.more_label.setVisible(bool(hidden))
        else:
            self.more_button.setText(more)
            self.more_button.setVisible(bool(hidden))
        self.shown.emit()

    def shown_texts(self) -> list[str]:
        """The whole text of each line showing now (the labels may be elided)."""
        return [line.full_text() for line in self.rows if line.full_text()]

    # -- actions --------------------------------------------------------------------------
    def action_for(self, alert: alerts.Alert) -> str:
        """The button a line gets for the person signed in: acknowledge, a note, or none."""
        staff = self.session.staff
        if self.private or staff is None or self.session.locked:
            return ""
        if alert.wait_id is None:
            wanted = alert.complaint_id is not None and self.events is not None
            return OPEN if wanted and allows(staff.role, Permission.LOG_FEEDBACK) else ""
        escalated = alert.kind == alerts.AlertKind.FATIGUE_ESCALATED
        if may_acknowledge(self.session, escalated):
            return ACKNOWLEDGE
        return NOTE if escalated and not self.session.locked else ""

    def acknowledge_buttons(self) -> list[QPushButton]:
        return [b for b in self.findChildren(QPushButton)
                if b.objectName().startswith("ack") and b.isVisibleTo(self)]

    def note_buttons(self) -> list[QPushButton]:
        return [b for b in self.findChildren(QPushButton)
                if b.objectName().startswith("note") and b.isVisibleTo(self)]

    def act(self, alert: alerts.Alert) -> bool:
        action = self.action_for(alert)
        if action == ACKNOWLEDGE:
            return self.acknowledge(alert)
        if action == NOTE:
            return self.add_note(alert)
        if action == OPEN and self.events is not None and alert.complaint_id is not None:
            if self.all_dialog is not None:
                self.all_dialog.accept()
            self.events.complaint_requested.emit(alert.complaint_id)
            return True
        return False

    @Slot()
    def show_all(self) -> AllAlertsDialog:
        """Every alert with its actions ("and N more…"); open until closed, kept up to date."""
        if self.all_dialog is None:
            self.all_dialog = AllAlertsDialog(self, self.window())
            self.all_dialog.finished.connect(self._forget_all_dialog)
        self.all_dialog.fill()
        self.all_dialog.open()
        return self.all_dialog

    @Slot()
    def _forget_all_dialog(self) -> None:
        dialog, self.all_dialog = self.all_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def acknowledge(self, alert: Any) -> bool:
        dialog = AcknowledgeDialog(self.session, alert.wait_id, alert.guest_name, self.window())
        return self._after(dialog)

    def add_note(self, alert: Any) -> bool:
        dialog = EscalationNoteDialog(self.session, alert.wait_id, alert.guest_name,
                                      self.window())
        return self._after(dialog)

    def _after(self, dialog: QDialog) -> bool:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            # Later, not now: the refresh replaces the line whose button is still being clicked.
            QTimer.singleShot(0, self, self._after_acknowledgement)
        return accepted

    @Slot()
    def _after_acknowledgement(self) -> None:
        self.refresh()
        self.changed.emit()
