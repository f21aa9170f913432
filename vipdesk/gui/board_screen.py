"""The lounge board: who is where, who waits, who must leave for their flight.

The board re-reads :func:`vipdesk.services.board.board` when a service says
something changed; while it is shown, every :data:`RELOAD_TICKS` ticks if another desk
(or a worker) committed meanwhile (:meth:`~vipdesk.services.session.Session.change_mark`), and
every :data:`CLOCK_RELOAD_TICKS` ticks for what the clock alone changes (boarding soon): a
read costs about 20 ms on a year of history, over a tick's budget of 16 ms. The waiting
list's timers repaint every tick from the clock alone. The models update their rows in
place, so the selection and the scroll position survive every refresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTime, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain import lounge_time
from vipdesk.domain.departures_csv import MAX_FILE_BYTES
from vipdesk.domain.flights import flight_label
from vipdesk.domain.message import QT_TRANSLATE_NOOP
from vipdesk.domain.names import form_of_address
from vipdesk.domain.vocabulary import SpaceKind, SpaceState, VisitStatus
from vipdesk.gui.alert_banner import AcknowledgeDialog, may_acknowledge
from vipdesk.gui.board_models import (
    ATTENDANT_HEADERS,
    DEPARTURE_HEADERS,
    FOUND_HEADERS,
    SPACE_HEADERS,
    RowsModel,
    TableRow,
    WaitingModel,
    attendant_rows,
    departure_rows,
    space_rows,
)
from vipdesk.gui.check_out_dialog import CheckOutDialog
from vipdesk.gui.columns import room_for_stretched_heading, set_column_widths
from vipdesk.gui.departures_import import DeparturesImport
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.flow_layout import wrap_rows
from vipdesk.gui.form_types import BoardForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.language import shown_number, when_language_changes
from vipdesk.gui.messages import MessageLine
from vipdesk.gui.saving import refusal_text
from vipdesk.gui.words import in_a_sentence
from vipdesk.services import board, checkin, complaints, departures, seating, waiting
from vipdesk.services.board import BoardData
from vipdesk.services.session import Session
from vipdesk.storage.guarded_files import FileRefused, Refusal, read_small_file

RELOAD_TICKS = 5
CLOCK_RELOAD_TICKS = 60


class ChoiceDialog(QDialog):
    """Pick one of a few options (a space, an attendant); ``choice`` is the chosen data."""

    def __init__(self, title: str, question: str, options: Sequence[tuple[str, Any]],
                 selected: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choice: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(question)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.combo = QComboBox()
        for text, data in options:
            self.combo.addItem(text, data)
        if (found := self.combo.findData(selected)) >= 0:
            self.combo.setCurrentIndex(found)
        layout.addWidget(self.combo)
        layout.addLayout(_ok_cancel(self, self.tr("OK"), self._choose))

    def _choose(self) -> None:
        self.choice = self.combo.currentData()
        self.accept()


class ReserveDialog(QDialog):
    """Reserve a room for a named guest until a time (the lounge's wall clock)."""

    def __init__(self, space_name: str, default_until: QTime, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reserve {space}").format(space=space_name))
        form = QFormLayout(self)
        form.setContentsMargins(24, 20, 24, 20)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(board.MAX_RESERVED_FOR)
        self.time_edit = QTimeEdit(default_until)
        self.time_edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("For (guest's name)"), self.name_edit)
        form.addRow(self.tr("Until"), self.time_edit)
        form.addRow(_ok_cancel(self, self.tr("Reserve"), self.accept))


class FlightDialog(QDialog):
    """A flight typed in or corrected by hand; the service checks every field."""

    FIELDS = (("flight", QT_TRANSLATE_NOOP("FlightDialog", "Flight")),
              ("departure", QT_TRANSLATE_NOOP("FlightDialog", "Departure (HH:MM)")),
              ("gate", QT_TRANSLATE_NOOP("FlightDialog", "Gate")),
              ("boarding", QT_TRANSLATE_NOOP("FlightDialog", "Boarding (HH:MM)")),
              ("destination", QT_TRANSLATE_NOOP("FlightDialog", "Destination")))

    def __init__(self, session: Session, day: dt.date, values: dict[str, str],
                 flight_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.day, self.flight_id = session, day, flight_id
        self.setWindowTitle(self.tr("Edit flight") if flight_id else self.tr("Add a flight"))
        form = QFormLayout(self)
        form.setContentsMargins(24, 20, 24, 20)
        self.edits: dict[str, QLineEdit] = {}
        for key, label in self.FIELDS:
            edit = QLineEdit(values.get(key, ""))
            edit.setMaxLength(40)
            self.edits[key] = edit
            form.addRow(QCoreApplication.translate("FlightDialog", label), edit)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.messages = MessageLine(self.message)
        form.addRow(self.message)
        form.addRow(_ok_cancel(self, self.tr("Save"), self.save))

    @Slot()
    def save(self) -> None:
        texts = {key: edit.text() for key, edit in self.edits.items()}
        if self.messages.run(lambda: departures.add_or_edit_flight(
                self.session, self.day, flight_id=self.flight_id, **texts)) is not None:
            self.accept()


def _quiet(call: Callable[[], Any]) -> Callable[[], None]:
    """A slot that returns nothing: PySide6 mis-counts references of a value a slot returns."""
    def slot() -> None:
        call()
    return slot


def _ok_cancel(dialog: QDialog, ok_text: str, on_ok: Any) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    cancel = QPushButton(QCoreApplication.translate("BoardScreen", "Cancel"))
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    ok = QPushButton(ok_text)
    ok.setDefault(True)
    ok.clicked.connect(on_ok)
    row.addWidget(cancel)
    row.addWidget(ok)
    return row


class BoardScreen(QWidget):
    def __init__(self, session: Session, events: DeskEvents, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.session, self.events = session, events
        self.ui = load_form(BoardForm, self)
        wrap_rows(self.ui, "partyButtons", "spaceButtons", "waitButtons", "flightButtons")
        self.data: BoardData | None = None
        self.proposal: tuple[int, int] | None = None  # (visit id, space id) to seat next
        self._ticks = 0
        self._stale = True
        self._read_at_mark: int | None = None  # change_mark() when the board was read
        self._spanned: tuple[int, ...] = ()

        self.spaces_model = RowsModel(SPACE_HEADERS, self)
        self.waiting_model = WaitingModel(session.clock.now, self)
        self.departures_model = RowsModel(DEPARTURE_HEADERS, self)
        self.attendants_model = RowsModel(ATTENDANT_HEADERS, self)
        self.found_model = RowsModel(FOUND_HEADERS, self)
        self._table(self.ui.spacesTable, self.spaces_model, stretch=0,
                    widths=(0, 44, 56, 80, 96, 104))
        self._table(self.ui.waitingTable, self.waiting_model, stretch=0,
                    widths=(0, 44, 72, 170))
        self._table(self.ui.departuresTable, self.departures_model, stretch=0,
                    widths=(0, 52, 70, 70, 56))
        self._table(self.ui.attendantsTable, self.attendants_model, stretch=2,
                    widths=(140, 70, 0))
        self._table(self.ui.foundTable, self.found_model, stretch=0, widths=(0, 48, 110, 88, 60))
        self.ui.mainSplitter.setStretchFactor(0, 1)
        self.ui.mainSplitter.setStretchFactor(1, 1)
        self.ui.mainSplitter.setSizes([11_000, 9_000])
        self.ui.deskMessage.hide()
        self.messages = MessageLine(self.ui.deskMessage, hide_when_empty=True)

        self.ui.spacesTable.selectionModel().selectionChanged.connect(self._enable)
        self.ui.waitingTable.selectionModel().selectionChanged.connect(self._enable)
        self.ui.moveButton.clicked.connect(_quiet(lambda: self.move_selected()))
        self.ui.handOverButton.clicked.connect(_quiet(lambda: self.hand_over_selected()))
        self.ui.informedButton.clicked.connect(_quiet(self.mark_informed))
        self.ui.checkOutButton.clicked.connect(_quiet(lambda: self.check_out_selected()))
        self.ui.feedbackButton.clicked.connect(
            _quiet(lambda: self.events.feedback_requested.emit(self.selected_party() or 0)))
        self.ui.freeButton.clicked.connect(_quiet(lambda: self.set_state(SpaceState.FREE)))
        self.ui.preparingButton.clicked.connect(
            _quiet(lambda: self.set_state(SpaceState.PREPARING)))
        self.ui.reserveButton.clicked.connect(_quiet(lambda: self.reserve_selected()))
        self.ui.seatButton.clicked.connect(_quiet(lambda: self.seat_selected()))
        self.ui.acknowledgeButton.clicked.connect(_quiet(lambda: self.acknowledge_selected()))
        self.ui.importButton.clicked.connect(_quiet(lambda: self.import_csv()))
        self.importer = DeparturesImport(self)  # off the GUI thread: seconds on a big year
        self.importer.imported.connect(self._imported)
        self.importer.refused.connect(self._import_refused)
        self.ui.addFlightButton.clicked.connect(_quiet(lambda: self.edit_flight(new=True)))
        self.ui.editFlightButton.clicked.connect(_quiet(lambda: self.edit_flight(new=False)))
        self.ui.findEdit.textChanged.connect(lambda _text: self.find_guest())
        events.tick.connect(self.on_tick)
        events.data_changed.connect(self.on_data_changed)
        self._enable()
        when_language_changes(self, self.retranslate)

    def retranslate(self) -> None:
        """The language changed: the rows' and headings' words again, from the board already
        read (no query). Later, not now: the form resets its own headings after this filter."""
        QTimer.singleShot(0, self, self._show_again)

    @Slot()
    def _show_again(self) -> None:
        self._fit_stretched()  # the headings are in the new language now
        if self.data is not None:
            self._show(self.data)
        if self.ui.findEdit.text().strip():
            self.find_guest()

    def _table(self, table: QTableView, model: RowsModel, *, stretch: int,
               widths: Sequence[int]) -> None:
        table.setModel(model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(34)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setMinimumSectionSize(36)
        header.setHighlightSections(False)
        for column in range(len(widths)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                        else QHeaderView.ResizeMode.Interactive)
        set_column_widths(table, [0 if c == stretch else w for c, w in enumerate(widths)])
        self._stretched = [*getattr(self, "_stretched", []), (table, stretch)]
        self._fit_stretched()

    def _fit_stretched(self) -> None:
        """Each table leaves its stretched column room for its heading, in any language."""
        for table, stretch in self._stretched:
            room_for_stretched_heading(table, stretch)

    # -- refreshing -------------------------------------------------------------------------
    def activate(self) -> None:
        self.reload()

    def forget_agent(self) -> None:
        """The desk locked or the agent signed out: no find text, no found guests, no
        selection and no message are left for the next person; the board reloads when shown."""
        self.ui.findEdit.clear()  # finds nothing: nobody is signed in (see find())
        self.found_model.set_rows([])
        for table in (self.ui.spacesTable, self.ui.waitingTable, self.ui.departuresTable,
                      self.ui.attendantsTable, self.ui.foundTable):
            table.clearSelection()
            table.setCurrentIndex(QModelIndex())
        self.ui.sideTabs.setCurrentIndex(0)
        self.messages.clear()
        self._stale = True
        self._enable()

    @Slot()
    def on_tick(self) -> None:
        if not self.isVisible():
            return
        self._ticks += 1
        if (self._stale or self._ticks % CLOCK_RELOAD_TICKS == 0
                or (self._ticks % RELOAD_TICKS == 0 and self._changed_elsewhere())):
            self.reload()
        else:
            self.waiting_model.tick()

    def _changed_elsewhere(self) -> bool:
        mark = self.session.change_mark()
        return mark is None or mark != self._read_at_mark

    @Slot(str)
    def on_data_changed(self, _what: str) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Re-read the board; update the tables in place; propose whom to seat next."""
        before = self.data
        self._read_at_mark = self.session.change_mark()
        data = board.board(self.session)
        self.data, self._stale = data, False
        self._show(data)
        self._propose(before, data)
        if self.ui.findEdit.text().strip():
            self.find_guest()
        self._enable()

    def _show(self, data: BoardData) -> None:
        """The board's rows and headings in the language of now."""
        self.spaces_model.set_rows(space_rows(data))
        self._span_headings()
        self.waiting_model.set_waits(data.waits, data.wait_settings)
        self.departures_model.set_rows(departure_rows(data.departures, data.timezone))
        self.attendants_model.set_rows(attendant_rows(data))
        self.ui.waitingHeading.setText(self.tr("Waiting: {count}").format(
            count=shown_number(len(data.waits))))
        soon = len(data.boarding_soon)
        self.ui.spacesHeading.setText(
            self.tr("Spaces and guests") + (" · " + self.tr("{count} boarding soon").format(
                count=shown_number(soon)) if soon else ""))
        if self.proposal is not None:
            self._show_proposal(data)

    def _span_headings(self) -> None:
        """A space's heading (name, occupancy, state) runs across the whole row."""
        rows = tuple(n for n, row in enumerate(self.spaces_model.rows)
                     if isinstance(row.key, tuple) and row.key[0] == "space")
        if rows == self._spanned:
            return
        table = self.ui.spacesTable
        table.clearSpans()
        for number in rows:
            table.setSpan(number, 0, 1, self.spaces_model.columnCount())
        self._spanned = rows

    def _propose(self, before: BoardData | None, data: BoardData) -> None:
        """When a box or room frees up, name the guest who has waited longest for that kind."""
        if before is not None:
            was_taken = {s.space_id for s in before.spaces if s.parties or s.stored_state
                         is not SpaceState.FREE}
            for space in data.spaces:
                if (space.kind is not SpaceKind.LOBBY and space.space_id in was_taken
                        and space.free_seats):
                    wait = waiting.longest_waiting_for(self.session, space.kind,
                                                       max_party_size=space.capacity)
                    if wait is not None:
                        self.proposal = (wait.visit_id, space.space_id)
                        break
        if self.proposal is not None:
            visit_id, space_id = self.proposal
            wait = next((w for w in data.waits if w.visit_id == visit_id), None)
            proposed = next((s for s in data.spaces if s.space_id == space_id), None)
            if wait is None or proposed is None or not proposed.free_seats:
                self.proposal = None
            else:
                self._show_proposal(data)
        if self.proposal is None:
            self.ui.proposalLabel.clear()
        self.ui.proposalLabel.setVisible(self.proposal is not None)

    def _show_proposal(self, data: BoardData) -> None:
        assert self.proposal is not None
        visit_id, space_id = self.proposal
        wait = next((w for w in data.waits if w.visit_id == visit_id), None)
        proposed = next((s for s in data.spaces if s.space_id == space_id), None)
        if wait is None or proposed is None:
            return
        self.ui.proposalLabel.setText(self.tr(
            "{space} is free: {guest} has waited longest for a {kind}. Select them and press "
            "Seat…").format(space=proposed.name, guest=wait.guest_name,
                            kind=in_a_sentence(proposed.kind)))

    # -- selection --------------------------------------------------------------------------
    def selected_key(self, table: QTableView, model: RowsModel) -> Hashable | None:
        rows = table.selectionModel().selectedRows()
        return model.key_at(rows[0].row()) if rows else None

    def selected_party(self) -> int | None:
        key = self.selected_key(self.ui.spacesTable, self.spaces_model)
        return key[1] if isinstance(key, tuple) and key[0] == "party" else None

    def selected_space(self) -> int | None:
        """The space of the selected row (a space's heading, or a party in it)."""
        key = self.selected_key(self.ui.spacesTable, self.spaces_model)
        if not isinstance(key, tuple) or self.data is None:
            return None
        if key[0] == "space":
            return key[1]
        party = self.data.party(key[1])
        return party.space_id if party else None

    def selected_wait(self) -> waiting.WaitRow | None:
        rows = self.ui.waitingTable.selectionModel().selectedRows()
        return self.waiting_model.wait_at(rows[0].row()) if rows else None

    def select(self, table: QTableView, model: RowsModel, key: Hashable) -> None:
        number = model.row_of(key)
        if number >= 0:
            table.selectRow(number)

    @Slot()
    def _enable(self) -> None:
        party = self.selected_party()
        space = self._space_row(self.selected_space())
        wait = self.selected_wait()
        room = space is not None and space.kind is not SpaceKind.LOBBY
        for button in (self.ui.moveButton, self.ui.handOverButton, self.ui.checkOutButton,
                       self.ui.feedbackButton):
            button.setEnabled(party is not None)
        info = self.data.party(party) if self.data and party else None
        self.ui.informedButton.setEnabled(info is not None and not info.informed
                                          and info.boarding_at is not None)
        for button in (self.ui.freeButton, self.ui.preparingButton, self.ui.reserveButton):
            button.setEnabled(room)
        self.ui.seatButton.setEnabled(wait is not None)
        self.ui.acknowledgeButton.setEnabled(  # an escalated alert is the duty manager's
            wait is not None and wait.needs_acknowledgement
            and may_acknowledge(self.session, wait.escalated))

    def _space_row(self, space_id: int | None) -> board.SpaceRow | None:
        if self.data is None or space_id is None:
            return None
        return next((s for s in self.data.spaces if s.space_id == space_id), None)

    # -- messages ---------------------------------------------------------------------------
    def _change(self, done: str, call: Callable[[], object]) -> bool:
        """A step on a party or a space: the service answers, the channel shows it, and the
        board (and every screen that lists visits) reads the change."""
        if self.messages.run(call, done) is None:
            return False
        self.events.data_changed.emit("visits")
        return True

    # -- a seated party -----------------------------------------------------------------------
    def _space_options(self, party_size: int, exclude: int | None = None
                       ) -> list[tuple[str, int]]:
        assert self.data is not None
        return [(f"{s.name} ({s.people}/{s.capacity})", s.space_id) for s in self.data.spaces
                if s.space_id != exclude and s.free_seats >= party_size
                and (s.kind is SpaceKind.LOBBY or party_size <= s.capacity)]

    def move_selected(self, space_id: int | None = None) -> bool:
        visit_id = self.selected_party()
        party = self.data.party(visit_id) if self.data and visit_id else None
        if party is None:
            return False
        if space_id is None:
            options = self._space_options(party.party_size, exclude=party.space_id)
            if not options:
                self.messages.warning(self.tr("No other space can take this party now."))
                return False
            dialog = ChoiceDialog(self.tr("Move"), self.tr("Move {guest} to:").format(
                guest=party.guest_name), options, parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            space_id = dialog.choice
        moved = self._change(self.tr("{guest} moved.").format(guest=party.guest_name),
                             lambda: board.move_party(self.session, party.visit_id, space_id))
        self.select(self.ui.spacesTable, self.spaces_model, ("party", visit_id))
        return moved

    def hand_over_selected(self, attendant_id: int | None = None) -> bool:
        visit_id = self.selected_party()
        party = self.data.party(visit_id) if self.data and visit_id else None
        if party is None or self.data is None:
            return False
        if attendant_id is None:
            options = [(a.name, a.staff_id) for a in self.data.attendants]
            if not options:
                self.messages.warning(self.tr("No attendant is on the team; add one in Staff."))
                return False
            dialog = ChoiceDialog(self.tr("Hand over"), self.tr("Hand {guest} over to:").format(
                guest=party.guest_name), options, party.attendant_id, parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            attendant_id = dialog.choice
        return self._change(self.tr("{guest} handed over.").format(guest=party.guest_name),
                            lambda: board.hand_over(self.session, party.visit_id, attendant_id))

    def mark_informed(self) -> bool:
        visit_id = self.selected_party()
        if visit_id is None:
            return False
        return self._change(self.tr("Marked as told about boarding."),
                            lambda: departures.mark_informed(self.session, visit_id))

    def check_out_selected(self, rating: int | None = None, ask: bool = True) -> bool:
        visit_id = self.selected_party()
        party = self.data.party(visit_id) if self.data and visit_id else None
        if party is None:
            return False
        if ask:
            owed = complaints.open_for_check_out(self.session, party.visit_id)
            dialog = CheckOutDialog(party.guest_name, self, timezone=self.session.lounge.timezone,
                                    owed=owed)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            rating = dialog.rating
        return self._change(self.tr("{guest} checked out.").format(guest=party.guest_name),
                            lambda: checkin.check_out(self.session, party.visit_id, rating))

    # -- spaces -------------------------------------------------------------------------------
    def set_state(self, state: SpaceState, reserved_for: str | None = None,
                  reserved_until: dt.datetime | None = None) -> bool:
        space_id = self.selected_space()
        if space_id is None:
            return False
        done = self._change(self.tr("Space updated."), lambda: board.set_space_state(
            self.session, space_id, state, reserved_for, reserved_until))
        self.select(self.ui.spacesTable, self.spaces_model, ("space", space_id))
        return done

    def reserve_selected(self) -> bool:
        space = self._space_row(self.selected_space())
        if space is None or self.data is None:
            return False
        timezone = self.data.timezone
        local = lounge_time.to_local(self.session.clock.now() + dt.timedelta(minutes=30), timezone)
        dialog = ReserveDialog(space.name, QTime(local.hour, local.minute), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        time = dialog.time_edit.time()
        now = lounge_time.to_local(self.session.clock.now(), timezone)
        until = now.replace(hour=time.hour(), minute=time.minute(), second=0, microsecond=0)
        if until <= now:
            until += dt.timedelta(days=1)  # "until 01:00" said at 23:00 means tomorrow
        return self.set_state(SpaceState.RESERVED, dialog.name_edit.text(), until)

    # -- the waiting list ---------------------------------------------------------------------
    def seat_selected(self, space_id: int | None = None) -> bool:
        wait = self.selected_wait()
        if wait is None or self.data is None:
            return False
        if space_id is None:
            proposed = (self.proposal[1] if self.proposal and self.proposal[0] == wait.visit_id
                        else None)
            if proposed is None:
                best = seating.propose_space(self.session, wait.party_size, wait.wanted_kind)
                proposed = best.space_id if best is not None else None
            options = self._space_options(wait.party_size)
            if not options:
                self.messages.warning(self.tr("No space can take this party yet."))
                return False
            dialog = ChoiceDialog(self.tr("Seat"), self.tr("Seat {guest} in:").format(
                guest=wait.guest_name), options, proposed, parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            space_id = dialog.choice
        done = self.tr("{guest} seated.").format(guest=wait.guest_name)
        if wait.seated:  # waiting for a room while sitting elsewhere: a move
            return self._change(done, lambda: board.move_party(self.session, wait.visit_id,
                                                               space_id))
        party = self.data.waiting_parties.get(wait.visit_id)
        if party is not None and party.status is not VisitStatus.WAITING:
            return False
        return self._change(done, lambda: checkin.seat_waiting(self.session, wait.visit_id,
                                                               space_id=space_id))

    def acknowledge_selected(self) -> bool:
        wait = self.selected_wait()
        if wait is None:
            return False
        dialog = AcknowledgeDialog(self.session, wait.wait_id, wait.guest_name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.messages.ok(self.tr("Acknowledged: thank you."))
        self.events.data_changed.emit("waits")
        return True

    # -- departures ---------------------------------------------------------------------------
    def _today(self) -> dt.date:
        return lounge_time.local_date(self.session.clock.now(), self.session.lounge.timezone)

    def import_csv(self, path: str | None = None) -> bool:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Import today's departures"), "",
                self.tr("CSV files (*.csv);;All files (*)"))
            if not path:
                return False
        try:  # a device or a FIFO is refused unread: it could hang the desk or fill its memory
            raw = read_small_file(Path(path), MAX_FILE_BYTES)
        except FileRefused as refused:
            self.messages.error(self._not_imported(refused))
            return False
        except OSError as error:
            self.messages.error(self.tr("The file cannot be read: {error}").format(error=error))
            return False
        text = raw.decode("utf-8-sig", errors="replace")
        if self.importer.busy:
            self.messages.warning(self.tr("The departures are still being imported; please wait."))
            return False
        self.ui.importButton.setEnabled(False)
        self.messages.info(self.tr("Importing the departures…"))
        self.importer.start(self.session, text, self._today())
        return True  # started: the answer comes by importer.imported or importer.refused

    @Slot(object)
    def _imported(self, result: departures.ImportResult) -> None:
        self.ui.importButton.setEnabled(True)
        self.messages.ok(self.tr("Departures imported: {added} new, {updated} updated.").format(
            added=shown_number(result.added), updated=shown_number(result.updated)))
        self.events.data_changed.emit("flights")

    @Slot(str)
    def _import_refused(self, message: str) -> None:
        self.ui.importButton.setEnabled(True)
        self.messages.error(message)

    def _not_imported(self, refused: FileRefused) -> str:
        if refused.refusal is Refusal.TOO_LARGE:
            return self.tr("{file} is larger than {size} MB: too large for a day's departures. "
                           "Is it the right file?").format(
                size=shown_number(MAX_FILE_BYTES // 1_000_000), file=refused.path)
        return refusal_text(refused)

    def edit_flight(self, new: bool) -> bool:
        values: dict[str, str] = {}
        flight_id = None
        if not new:
            key = self.selected_key(self.ui.departuresTable, self.departures_model)
            data = self.data
            row = next((d for d in data.departures if d.flight_id == key), None
                       ) if data else None
            if data is None or row is None:
                self.messages.warning(self.tr("Select a flight to edit first."))
                return False
            timezone = data.timezone
            flight_id = row.flight_id
            values = {"flight": row.flight,
                      "departure": lounge_time.clock_text(row.departs_at, timezone),
                      "gate": row.gate,
                      "boarding": lounge_time.clock_text(row.boards_at, timezone),
                      "destination": row.destination}
        dialog = FlightDialog(self.session, self._today(), values, flight_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.events.data_changed.emit("flights")
        return True

    # -- find a guest -------------------------------------------------------------------------
    def find_guest(self) -> None:
        text = self.ui.findEdit.text()
        if not text.strip() or self.session.staff is None or self.session.locked:
            self.found_model.set_rows([])
            return
        timezone = self.session.lounge.timezone
        waiting_label = self.tr("waiting")
        rows = []
        for visit in checkin.guests_in_lounge(self.session, text):
            seated = visit.space_name and visit.status is VisitStatus.SEATED
            where = visit.space_name if seated else waiting_label
            name = form_of_address(visit.title, visit.given_names, visit.surname, visit.language)
            rows.append(TableRow(key=visit.visit_id, cells=(
                name, shown_number(visit.party_size), where,
                flight_label(visit.carrier, visit.flight_number),
                lounge_time.clock_text(visit.arrived_at, timezone))))
        self.found_model.set_rows(rows)
        self.ui.sideTabs.setCurrentWidget(self.ui.foundTab)

