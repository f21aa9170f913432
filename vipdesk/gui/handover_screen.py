"""Shift and handover: start and end my shift, the diary, and the handover the next shift reads.

Ending the shift writes the handover (a snapshot, see ``services.shifts``) and
shows it here, ready to print. A handover nobody has acknowledged is shown to
whoever opens this screen next; the writer cannot acknowledge their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from html import escape
from typing import Final, TypeVar

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QWidget

from vipdesk.documents.handover_data import HandoverData
from vipdesk.domain import lounge_time
from vipdesk.gui.complaint_model import local_time
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.form_types import HandoverForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.language import shown_number, when_language_changes
from vipdesk.gui.messages import MessageLine
from vipdesk.gui.text_input import plain_text
from vipdesk.gui.words import label
from vipdesk.services import shifts
from vipdesk.services.session import Session
from vipdesk.services.shifts import HandoverRecord

PANEL_STYLE: Final = ("QFrame#{name} {{ background: white; border: 1px solid #d0d4da; "
                      "border-radius: 10px; }}")
R = TypeVar("R")
WORDS_SHOWN: Final = 400  # of a guest's words in the handover; the complaint screen has all


def _when(value: dt.datetime | None, zone: str) -> str:
    """A time from the snapshot on the lounge's wall clock; "" for none."""
    return "" if value is None else local_time(value, zone)


def _cut(text: str, limit: int = WORDS_SHOWN) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


class HandoverScreen(QWidget):
    def __init__(self, session: Session, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.events = session, events
        self.ui = load_form(HandoverForm, self)
        self.shown: HandoverRecord | None = None
        self.started_at: dt.datetime | None = None  # my shift's start, None: not on shift
        self.ui.handoverHeading.setProperty("_q_notr_text", None)  # set in code, redone here
        for frame in (self.ui.diaryPanel, self.ui.handoverPanel):
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            frame.setStyleSheet(PANEL_STYLE.format(name=frame.objectName()))
        self.ui.startShiftButton.clicked.connect(self.start_shift)
        self.ui.endShiftButton.clicked.connect(self.end_shift)
        self.ui.addEntryButton.clicked.connect(self.add_entry)
        self.ui.acknowledgeButton.clicked.connect(self.acknowledge)
        self.ui.printButton.clicked.connect(self.print_handover)
        events.data_changed.connect(self._on_data_changed)
        self.messages = MessageLine(self.ui.deskMessage, hide_when_empty=True)
        self.messages.clear()
        when_language_changes(self, self.retranslate)

    def retranslate(self) -> None:
        """The language changed: the shift line and the handover again (the line being
        written for the diary stays as typed)."""
        if self.session.staff is not None and self.ui.shiftLabel.text() != "":
            self._show_shift_line()
        self.show_handover(self.shown)

    def _show_shift_line(self) -> None:
        if self.started_at is None:
            self.ui.shiftLabel.setText(self.tr("You have not started a shift. Start it to "
                                               "write the diary."))
        elif self.session.staff is not None:
            self.ui.shiftLabel.setText(self.tr("{name}, your shift started at {time}.").format(
                name=self.session.staff.name, time=local_time(self.started_at, self.timezone)))

    def activate(self) -> None:
        self.reload()

    def forget_agent(self) -> None:
        """The desk locked or the agent signed out: their last message ("Your shift has
        started."), a half-written diary line and the handover they opened are not left for
        the next person. A handover still waiting to be read shows again on ``activate()``."""
        self.messages.clear()
        self.ui.entryEdit.clear()
        self.ui.diaryList.clear()
        self.ui.shiftLabel.clear()
        self.show_handover(None)

    @property
    def timezone(self) -> str:
        return self.session.lounge.timezone

    # -- state ---------------------------------------------------------------------------
    def _on_data_changed(self, what: str) -> None:
        if what == "shifts" and self.isVisible():
            self.reload()

    def reload(self) -> None:
        if self.session.staff is None:
            return
        shift = shifts.current_shift(self.session)
        on_shift = shift is not None
        self.ui.startShiftButton.setVisible(not on_shift)
        self.ui.endShiftButton.setVisible(on_shift)
        self.ui.entryEdit.setEnabled(on_shift)
        self.ui.addEntryButton.setEnabled(on_shift)
        self.ui.diaryList.clear()
        self.started_at = None if shift is None else shift.started_at
        self._show_shift_line()
        if shift is not None:
            zone = self.timezone  # once: each read is a query, and a shift's diary grows
            for entry in shifts.diary(self.session, shift.id):
                self.ui.diaryList.addItem(
                    f"{local_time(entry.at, zone, with_day=False)}  {entry.text}")
            self.ui.diaryList.scrollToBottom()
        pending = shifts.pending_handover(self.session)
        if pending is not None:
            self.show_handover(pending)
        elif self.shown is not None:
            self.show_handover(shifts.handover(self.session, self.shown.shift_id))
        else:
            self.show_handover(None)

    # -- actions ---------------------------------------------------------------------------
    def _shift_step(self, call: Callable[[], R], done: str) -> R | None:
        """The channel shows the service's answer; after a step done, the diary here and
        every screen that shows shifts read it. Returns what the service returned."""
        answer = self.messages.run(call, done)
        if answer is None:
            return None
        self.reload()
        self.events.data_changed.emit("shifts")
        return answer.result

    @Slot()
    def start_shift(self) -> None:
        self._shift_step(lambda: shifts.start_shift(self.session),
                         self.tr("Your shift has started."))

    @Slot()
    def add_entry(self) -> None:
        text = plain_text(self.ui.entryEdit)  # exactly as typed (toPlainText folds some spaces)
        if self._shift_step(lambda: shifts.add_diary_entry(self.session, text),
                            self.tr("Added to the diary.")) is not None:
            self.ui.entryEdit.clear()

    @Slot()
    def end_shift(self) -> None:
        shift = self._shift_step(lambda: shifts.end_shift(self.session),
                                 self.tr("Your shift has ended and the handover is written. "
                                         "Print it, or leave it for the next shift to read "
                                         "here."))
        if shift is not None:
            self.show_handover(shifts.handover(self.session, shift.id))

    @Slot()
    def acknowledge(self) -> None:
        if self.shown is None:
            return
        shift_id = self.shown.shift_id
        if self._shift_step(lambda: shifts.acknowledge_handover(self.session, shift_id),
                            self.tr("Handover acknowledged.")) is not None:
            self.show_handover(shifts.handover(self.session, shift_id))

    @Slot()
    def print_handover(self) -> None:
        if self.shown is None:
            return
        from vipdesk.documents.handover_pdf import render_handover_pdf
        from vipdesk.gui.pdf_preview import PdfPreviewDialog
        from vipdesk.gui.print_language import default_print_language, document_language
        data = self.shown.data

        def in_language(code: str) -> bytes:  # printed in the lounge's language, or the chosen
            return render_handover_pdf(data, in_language=document_language(code))

        language = default_print_language(self.session)
        ended = lounge_time.to_local(self.shown.ended_at, self.timezone)
        PdfPreviewDialog(in_language(language), self.tr("Shift handover"),
                         f"handover-{ended:%Y-%m-%d-%H%M}.pdf", self, rebuild=in_language,
                         language=language).exec()

    # -- the handover ----------------------------------------------------------------------
    def show_handover(self, record: HandoverRecord | None) -> None:
        self.shown = record
        ui = self.ui
        ui.printButton.setEnabled(record is not None)
        if record is None:
            ui.handoverHeading.setText(self.tr("Handover"))
            ui.handoverView.setHtml(escape(self.tr(
                "No handover is waiting. When you end your shift, the handover for the next "
                "shift is written here.")))
            ui.ackLabel.setText("")
            ui.acknowledgeButton.setVisible(False)
            return
        ui.handoverHeading.setText(
            self.tr("Handover from {name}, {start} to {end}").format(
                name=record.staff_name, start=local_time(record.started_at, self.timezone),
                end=local_time(record.ended_at, self.timezone)))
        ui.handoverView.setHtml(self.handover_html(record.data))
        mine = self.session.staff is not None and record.staff_id == self.session.staff.id
        if record.acknowledged_at is not None:
            ui.ackLabel.setText(self.tr("Read and acknowledged by {name} at {time}.").format(
                name=record.acknowledged_by_name,
                time=local_time(record.acknowledged_at, self.timezone)))
            ui.acknowledgeButton.setVisible(False)
        elif mine:
            ui.ackLabel.setText(self.tr("Waiting for the next shift to read it."))
            ui.acknowledgeButton.setVisible(False)
        else:
            ui.ackLabel.setText(self.tr("Please read it all, then acknowledge."))
            ui.acknowledgeButton.setVisible(True)

    def handover_html(self, data: HandoverData) -> str:
        """The snapshot as simple HTML; everything people typed is escaped."""
        zone = data.timezone or self.timezone
        parts: list[str] = []

        def section(title: str, lines: Sequence[str]) -> None:
            parts.append(f"<h3>{escape(title)} ({shown_number(len(lines))})</h3>")
            if lines:
                parts.append("<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")
            else:
                none = escape(self.tr("None."))
                parts.append(f"<p style='color:#555'>{none}</p>")

        items = []
        for item in data.open_items:
            head = " · ".join(escape(x) for x in (
                f"#{item.complaint_id}", label(item.kind), label(item.category),
                label(item.severity), label(item.status),
                item.guest_name or self.tr("no guest")))
            line = f"<b>{head}</b>"
            if item.escalated:
                line += " " + escape(self.tr("(escalated)"))
            promise = item.promise
            if promise is not None:
                text = self.tr("Promise due {due}, {owner}: {how}").format(
                    due=_when(promise.due_at, zone), owner=promise.owner, how=promise.how)
                colour = "#b3261e" if promise.overdue else "#7a4a00"
                overdue = escape(self.tr("OVERDUE ")) if promise.overdue else ""
                line += (f"<br><span style='color:{colour}; font-weight:600'>"
                         f"{overdue}{escape(text)}</span>")
            line += f"<br>“{escape(_cut(item.guest_words))}”"
            items.append(line)
        section(self.tr("Open complaints and requests"), items)
        section(self.tr("Pending work orders"), [
            escape((self.tr("#{order} ({department}, item #{item}, {guest}): {description}")
                    if w.guest_name else
                    self.tr("#{order} ({department}, item #{item}): {description}")).format(
                order=w.work_order_id, department=label(w.department), item=w.complaint_id,
                guest=w.guest_name, description=w.description))
            for w in data.pending_work_orders])
        section(self.tr("Guests waiting"), [
            escape(self.tr("{guest}, {minutes} min, {reason}").format(
                guest=w.guest_name, minutes=shown_number(w.minutes_waiting),
                reason=label(w.reason)))
            for w in data.open_waits])
        section(self.tr("Guests in the lounge"), [
            escape(" · ".join(filter(None, (
                g.guest_name, g.space or self.tr("waiting"),
                self.tr("party of %n", "", g.party_size), g.flight,
                self.tr("boards {time}").format(time=_when(g.boards_at, zone))
                if g.boards_at else "", g.attendant))))
            for g in data.guests_in_lounge])
        section(self.tr("Diary"), [
            f"<b>{escape(_when(d.at, zone))}</b> {escape(d.staff)}: "
            f"{escape(d.text).replace(chr(10), '<br>')}"
            for d in data.diary])
        return "".join(parts)
