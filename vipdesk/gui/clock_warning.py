"""The strip above every screen, sign-in and lock included, while the PC's clock disagrees.

It says what the clock says and what the database last saw, in the lounge's
time zone, and asks for IT; a duty manager or administrator signed in gets a
button to confirm the date (services/clock_check.py). One line, hidden when
the clock agrees, so it takes no room from the agents' controls the rest of
the time. It re-reads the clock every :data:`TICKS_PER_CHECK` ticks (one read
of one row), and at once on sign-in, lock and sign-out.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from vipdesk.domain import lounge_time
from vipdesk.domain.permissions import Permission, allows
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.language import shown_date, shown_time, when_language_changes
from vipdesk.gui.messages import in_words
from vipdesk.gui.style import AMBER
from vipdesk.services import clock_check
from vipdesk.services.clock_mark import ClockState
from vipdesk.services.session import ServiceError, Session

TICKS_PER_CHECK = 10


def when(moment: dt.datetime | None, timezone: str) -> str:
    """A day and time on the lounge's clock, in the language (the year included: a clock
    that is wrong may be a year out); "" for no time."""
    if moment is None:
        return ""
    local = lounge_time.to_local(moment, timezone)
    return f"{shown_date(local.date())} {shown_time(local)}"


def warning_text(state: ClockState, timezone: str) -> str:
    """The strip's words, times on the lounge's clock."""
    return QCoreApplication.translate(
        "ClockWarning", "This PC's clock says {now} but the last recorded event was {seen}; "
        "ask IT to fix the clock.").format(now=when(state.now, timezone),
                                           seen=when(state.seen_at, timezone))


class ClockWarning(QFrame):
    """Amber, one line, above the pages of the main window."""

    confirmed = Signal()

    def __init__(self, session: Session, events: DeskEvents | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state: ClockState | None = None
        self._ticks = 0
        self.setObjectName("clockWarning")
        self.setStyleSheet(
            f"QFrame#clockWarning {{ background: {AMBER}; }}"
            "QFrame#clockWarning QLabel { color: white; font-size: 15px; font-weight: 600; }"
            "QFrame#clockWarning QPushButton { min-height: 26px; padding: 0 12px;"
            " font-size: 14px; background: white; color: #5a3500; border: none; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 4, 10, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.confirm_button = QPushButton(self.tr("Confirm the date…"))
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scan never presses it
        self.confirm_button.clicked.connect(self.confirm)
        layout.addWidget(self.confirm_button)
        self.hide()
        if events is not None:
            events.tick.connect(self.on_tick)
        when_language_changes(self, self.retranslate)

    def retranslate(self) -> None:
        self.confirm_button.setText(self.tr("Confirm the date…"))
        if self.state is not None and not self.state.agrees:
            self.label.setText(warning_text(self.state, self.session.lounge.timezone))

    @Slot()
    def on_tick(self) -> None:
        self._ticks += 1
        if self._ticks % TICKS_PER_CHECK == 0:
            self.check()

    def check(self) -> None:
        """Read the clock's verdict (recording a change) and show or hide the strip."""
        if self.session.lounge_id is None:
            return
        try:
            self.state = clock_check.watch(self.session)
        except ServiceError:
            return  # the disk refused the record: the status bar hears of it from the actions
        if self.state.agrees:
            self.hide()
            return
        self.label.setText(warning_text(self.state, self.session.lounge.timezone))
        self.confirm_button.setVisible(self.may_confirm())
        self.show()

    def may_confirm(self) -> bool:
        staff = self.session.staff
        return staff is not None and not self.session.locked and allows(
            staff.role, Permission.CONFIRM_CLOCK)

    def confirmation_box(self) -> QMessageBox:
        """The question, with both times, before the clock's time becomes the accepted one."""
        assert self.state is not None
        timezone = self.session.lounge.timezone
        text = self.tr(
            "This PC's clock says {now}.\nThe last recorded event was {seen}.\n\n"
            "Confirm only if the clock is right (for example, the desk was switched off for "
            "a while). Anonymising old guests and deleting old backups then run by this "
            "clock again.").format(now=when(self.state.now, timezone),
                                   seen=when(self.state.seen_at, timezone))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Confirm the date"), text,
                          QMessageBox.StandardButton.NoButton, self.window())
        box.addButton(self.tr("The clock is right"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
        return box

    def ask(self) -> bool:
        box = self.confirmation_box()
        box.exec()
        return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole

    @Slot()
    def confirm(self) -> None:
        self.check()  # the question states the times as they are now
        if self.isHidden() or not self.ask():
            return
        try:
            clock_check.confirm_clock(self.session)
        except ServiceError as problem:
            QMessageBox.warning(self, self.tr("Not confirmed"), in_words(problem))
            return
        self.check()
        self.confirmed.emit()
