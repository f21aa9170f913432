"""Every naughty string in the fields ``test_every_input.py`` does not reach: kept or refused.

The duty manager's reason for an exception, what was done for a tired guest, the lounge
board's reservation name, flight form and find field, the complaints search, and the
codes of manual entry. As there: the whole list pasted, a typed sample key by key, the
screens' own buttons, and the services read back what was kept. A dialog that a screen
opens with ``exec()`` is answered in place of its modal loop (:func:`answer_dialogs`), so
the screen's button still builds and opens the real dialog.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from itertools import count
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QWidget

import vipdesk.gui.alert_banner as alert_banner_module
import vipdesk.gui.board_screen as board_screen_module
import vipdesk.gui.desk_screen as desk_screen_module
from tests.conftest import MANAGER_PIN
from tests.helpers.desk_screen import open_desk
from tests.helpers.qt import delete_later_now
from tests.robustness.blns_helpers import (
    Tally,
    collapsed,
    in_plain_text_edit,
    stripped,
)
from tests.robustness.test_every_input import DAY, SAFE, click, enter, put, typed_sample
from vipdesk.clock import FakeClock
from vipdesk.domain import lounge_time, pin
from vipdesk.domain.departures_csv import (
    parse_boarding_time,
    parse_departure_time,
    parse_flight,
)
from vipdesk.domain.eligibility import PassDetails
from vipdesk.domain.flights import unpadded
from vipdesk.domain.pin import PinKey
from vipdesk.domain.vocabulary import Category, FeedbackKind, SpaceKind, SpaceState
from vipdesk.gui.alert_banner import AlertBanner
from vipdesk.gui.board_screen import BoardScreen
from vipdesk.gui.complaints_screen import ComplaintsScreen
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.gui.manual_entry_dialog import ManualEntryDialog
from vipdesk.services import board, checkin, complaints, departures, waiting
from vipdesk.services.checkin import CheckIn
from vipdesk.services.complaints import FeedbackInput
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import Space, Staff, Visit

TIMEZONE = "Europe/Copenhagen"  # the conftest lounge's


def every(strings: list[str]) -> list[tuple[str, bool]]:
    """Each string pasted, then the typed sample key by key: ``(text, typing)``."""
    return [(text, False) for text in strings] + [(text, True) for text in
                                                  sorted(typed_sample(strings))]


def button(dialog: QWidget, text: str) -> QPushButton:
    """A dialog's button by its words (the board's small dialogs name no buttons)."""
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def answer_dialogs(monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str,
                   answer: Callable[[Any], None]) -> None:
    """The dialog class ``module.name``, with ``exec()`` calling ``answer(dialog)`` instead of a
    modal event loop: the answer fills the fields and clicks the dialog's own buttons, and
    ``exec()`` returns the dialog's result as the real one does. The dialog is then deleted
    (``delete_later_now``), as a dialog a screen opens goes when its ``exec()`` returns."""
    base = getattr(module, name)

    class Answered(base):  # type: ignore[misc, valid-type]
        def exec(self) -> int:
            answer(self)
            result = self.result()
            self.deleteLater()
            return result

    monkeypatch.setattr(module, name, Answered)


def record_search(tally: Tally, name: str, original: str, typed: str, target: int | None,
                  listed: list[int], *, limit: int = 32767) -> None:
    """A search saves nothing. Counted as "saved": it lists ``target`` (the guest or item
    holding the string); as "refused": there is nothing to find (the string was refused
    where it would have been kept, or is blank after Qt)."""
    counts = tally.count_try(name, original, typed, limit=limit)
    if counts is None:
        return
    if target is None:
        counts.rejected += 1
    elif target in listed:
        counts.saved += 1
    else:
        tally.failures.append(f"{name}: {original[:60]!r} does not list what holds it")


def cheap_manager_pin(manager: Staff, key: PinKey, monkeypatch: pytest.MonkeyPatch) -> None:
    """The duty manager's PIN hashed with scrypt at its lowest cost. The hash carries its own
    cost, so approval still verifies the PIN for real, in microseconds rather than the
    0.1 s per approval that scrypt takes by design (515 approvals would take a minute)."""
    with monkeypatch.context() as patch:
        patch.setattr(pin, "_N", 2)
        manager.pin_hash = pin.hash_pin(MANAGER_PIN, key)
    manager.save(only=[Staff.pin_hash])


def arrive(session: Session, surname: str, *, wait: bool = False) -> Visit | None:
    """An invited guest (no flight) checked in by the desk's service; None when refused."""
    try:
        return checkin.check_in(session, CheckIn(PassDetails(surname=surname, given_names=SAFE,
                                                     invited=True), wait=wait))
    except ServiceError:
        return None


# -- the duty manager's reason for an exception ----------------------------------------------


def economy_pass(sequence: int) -> str:
    """SK 501 CPH → LHR on 23 Nov 2026 in economy: not eligible, so the exception is offered."""
    return f"M1{'OKAFOR/ADA':<20}EABC123 CPHLHRSK 0501 327Y002A{sequence:<5}100"


def test_every_string_as_the_reason_for_an_exception(
        qtbot, desk_session: Session, team: dict[str, Staff], strings: list[str], tally: Tally,
        monkeypatch: pytest.MonkeyPatch) -> None:
    session = desk_session
    cheap_manager_pin(team["manager"], session.key, monkeypatch)
    desk = open_desk(qtbot, session)
    now: dict[str, Any] = {}

    def answer(dialog: Any) -> None:
        ui = dialog.ui
        ui.staffCombo.setCurrentIndex(ui.staffCombo.findData(team["manager"].id))
        now["typed"] = enter(qtbot, ui.reasonEdit, now["text"], now["typing"])
        now["limit"] = ui.reasonEdit.maxLength()
        put(ui.pinEdit, MANAGER_PIN)
        click(qtbot, ui.approveButton)
        now["message"] = ui.messageLabel.text()
        if dialog.result() != QDialog.DialogCode.Accepted:
            click(qtbot, ui.cancelButton)

    answer_dialogs(monkeypatch, desk_screen_module, "AuthoriseDialog", answer)
    sequences = count(1)
    for text, typing in every(strings):
        if desk.details is None:  # the last guest came in: the next one scans their pass
            desk.ui.scanEdit.setText(economy_pass(next(sequences)))
            qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
        assert desk.ui.exceptionButton.isEnabled(), desk.ui.deskMessage.text()
        now.update(text=text, typing=typing)
        before = desk.last_visit_id
        click(qtbot, desk.ui.exceptionButton)
        visit = (checkin.find_visit(session, desk.last_visit_id)
                 if desk.last_visit_id != before else None)
        if visit is not None and visit.exception_by_id != team["manager"].id:
            tally.failures.append(f"exception: {text[:60]!r} let in without the manager")
        tally.record("exception reason", text, now["typed"],
                     visit.exception_reason if visit else None, now["message"],
                     saved_as=stripped, limit=now["limit"])
        if visit is not None:
            checkin.check_out(session, visit.id)
        delete_later_now()
    assert Visit.select().count() > len(strings) // 2


# -- what was done for a tired guest -----------------------------------------------------------


def acknowledge_each(qtbot, session: Session, clock: FakeClock, texts: list[tuple[str, bool]],
                     tally: Tally, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each text as what was done for a guest waiting past the fatigue alert: the banner's
    Acknowledge button, the note alone (no box ticked). A guest seen to leaves and the next
    one waits; a refused note leaves the same guest waiting for the next text."""
    Space.update(capacity=0).where(Space.kind == SpaceKind.LOBBY).execute()  # everyone waits
    banner = AlertBanner(session, sound=lambda: None)  # no events: it refreshes when told
    qtbot.addWidget(banner)
    banner.show()
    banner.prime()
    now: dict[str, Any] = {}

    def answer(dialog: Any) -> None:
        now["typed"] = enter(qtbot, dialog.note, now["text"], now["typing"])
        click(qtbot, dialog.ok_button)
        now["message"] = dialog.message.text()
        if dialog.result() != QDialog.DialogCode.Accepted:
            click(qtbot, button(dialog, "Cancel"))

    answer_dialogs(monkeypatch, alert_banner_module, "AcknowledgeDialog", answer)
    guests = count(1)
    seen_to = True
    for text, typing in texts:
        if seen_to:
            assert arrive(session, f"{SAFE} {next(guests)}", wait=True) is not None
            clock.advance(minutes=16)  # past the fatigue alert at 15 minutes
            banner.check_now()
            delete_later_now()  # the lines the banner replaced
        [alert] = banner.alerts
        [acknowledge] = banner.acknowledge_buttons()
        now.update(text=text, typing=typing)
        click(qtbot, acknowledge)
        wait = next(w for w in waiting.open_waits(session) if w.wait_id == alert.wait_id)
        seen_to = wait.acknowledged_at is not None
        tally.record("what was done", text, now["typed"], wait.acknowledgement if seen_to else None,
                     now["message"], widget=in_plain_text_edit)
        if seen_to:
            checkin.check_out(session, wait.visit_id)
        delete_later_now()


def test_every_string_as_what_was_done_for_a_tired_guest(
        qtbot, desk_session: Session, clock: FakeClock, strings: list[str], tally: Tally,
        monkeypatch: pytest.MonkeyPatch) -> None:
    acknowledge_each(qtbot, desk_session, clock, every(strings), tally, monkeypatch)


def test_what_was_done_keeps_every_kind_of_space(
        qtbot, desk_session: Session, clock: FakeClock, strings: list[str], tally: Tally,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The strings the note refuses for their control characters, without them: among them the
    list's Unicode spaces (a no-break space, a line separator), which the note must keep."""
    controls = [s for s in strings if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in s)]
    texts = ["".join(ch for ch in s if ord(ch) >= 32 or ch in "\t\n\r") for s in controls]
    assert any("\u00a0" in text and "\u2028" in text for text in texts)
    acknowledge_each(qtbot, desk_session, clock, [(text, False) for text in texts], tally,
                     monkeypatch)
    assert tally.fields["what was done"].saved == len(texts)


# -- the lounge board: a reservation, the flight form, the find field ----------------------------

ZONE = zoneinfo.ZoneInfo(TIMEZONE)
FLIGHT_SAFE = {"flight": "SK 1", "departure": "22:00", "gate": "A12", "boarding": "21:40",
               "destination": "OSL"}


def on_clock(moment: dt.datetime | None) -> str:
    return lounge_time.clock_text(moment, TIMEZONE)


# Each field of the flight form: (what the board reads back, what the departures rules keep of
# the text typed: capitals, one space, no padding zeros, times on the lounge's clock).
FLIGHT_FIELDS: dict[str, tuple[Callable[[Any], str], Callable[[str], str]]] = {
    "flight": (lambda row: f"{row.carrier} {row.flight_number}",
               lambda text: " ".join(parse_flight(text))),
    "departure": (lambda row: on_clock(row.departs_at),
                  lambda text: on_clock(parse_departure_time(text, DAY, ZONE))),
    "gate": (lambda row: row.gate, lambda text: " ".join(text.upper().split())),
    "boarding": (lambda row: on_clock(row.boards_at), lambda text: on_clock(parse_boarding_time(
        text, parse_departure_time(FLIGHT_SAFE["departure"], DAY, ZONE), ZONE))),
    "destination": (lambda row: row.destination, lambda text: text.strip().upper()),
}


class BoardProbe:
    """The board's Reserve… and Add… buttons and its find field, one string at a time."""

    def __init__(self, qtbot, session: Session, tally: Tally,
                 monkeypatch: pytest.MonkeyPatch) -> None:
        self.qtbot, self.session, self.tally = qtbot, session, tally
        self.screen = BoardScreen(session, DeskEvents())
        qtbot.addWidget(self.screen)  # not shown: a hidden board re-reads only when shown
        self.screen.activate()
        self.box = Space.get(Space.name == "Box 1")
        self.now: dict[str, Any] = {}
        answer_dialogs(monkeypatch, board_screen_module, "ReserveDialog", self._reserve)
        answer_dialogs(monkeypatch, board_screen_module, "FlightDialog", self._flight)

    def _reserve(self, dialog: Any) -> None:
        self.now["typed"] = enter(self.qtbot, dialog.name_edit, self.now["text"],
                                  self.now["typing"])
        self.now["limit"] = dialog.name_edit.maxLength()
        click(self.qtbot, button(dialog, "Reserve"))

    def _flight(self, dialog: Any) -> None:
        field = self.now["field"]
        for key, edit in dialog.edits.items():
            if key == field:
                self.now["typed"] = enter(self.qtbot, edit, self.now["text"], self.now["typing"])
                self.now["limit"] = edit.maxLength()
            else:
                put(edit, FLIGHT_SAFE[key])
        click(self.qtbot, button(dialog, "Save"))
        self.now["message"] = dialog.message.text()
        if dialog.result() != QDialog.DialogCode.Accepted:
            click(self.qtbot, button(dialog, "Cancel"))

    def try_one(self, text: str, typing: bool) -> None:
        self.now.update(text=text, typing=typing)
        self.reserve()
        for field in FLIGHT_FIELDS:
            self.add_flight(field)
        self.find(text, typing)

    def reserve(self) -> None:
        ui, screen = self.screen.ui, self.screen
        screen.messages.clear()
        screen.select(ui.spacesTable, screen.spaces_model, ("space", self.box.id))
        assert ui.reserveButton.isEnabled()
        click(self.qtbot, ui.reserveButton)
        space = next(s for s in board.board(self.session).spaces if s.space_id == self.box.id)
        reserved = space.stored_state is SpaceState.RESERVED
        self.tally.record("reserved for", self.now["text"], self.now["typed"],
                          space.reserved_for if reserved else None, ui.deskMessage.text(),
                          saved_as=collapsed, limit=self.now["limit"])
        if reserved:
            click(self.qtbot, ui.freeButton)  # free again for the next string
        delete_later_now()

    def add_flight(self, field: str) -> None:
        self.now["field"] = field
        click(self.qtbot, self.screen.ui.addFlightButton)
        new = departures.departures(self.session, DAY)  # the list was empty: see below
        read, kept = FLIGHT_FIELDS[field]
        if new and self.now["message"]:
            self.tally.failures.append(f"flight form {field}: {self.now['text'][:60]!r} "
                                       "refused yet saved")
        self.tally.record(f"flight form {field}", self.now["text"], self.now["typed"],
                          read(new[0]) if new else None, self.now["message"], saved_as=kept,
                          limit=self.now["limit"])
        for row in new:  # the list stays short and the next save is not a second SK 1
            departures.delete_flight(self.session, row.flight_id)
        delete_later_now()

    def find(self, text: str, typing: bool) -> None:
        """With a guest of that surname in the lounge (when the desk takes it as a surname)."""
        visit = arrive(self.session, text)
        edit = self.screen.ui.findEdit
        typed = enter(self.qtbot, edit, text, typing)
        listed = [row.key for row in self.screen.found_model.rows]
        findable = (visit is not None and collapsed(typed)
                    and collapsed(typed) in visit.surname)
        record_search(self.tally, "board find", text, typed, visit.id if findable else None,
                      listed, limit=edit.maxLength())
        edit.clear()
        if visit is not None:
            checkin.check_out(self.session, visit.id)


def test_every_string_on_the_lounge_board(qtbot, desk_session: Session, strings: list[str],
                                          tally: Tally, monkeypatch: pytest.MonkeyPatch) -> None:
    probe = BoardProbe(qtbot, desk_session, tally, monkeypatch)
    for text, typing in every(strings):
        probe.try_one(text, typing)


# -- the complaints search ------------------------------------------------------------------------


def test_every_string_in_the_complaints_search(qtbot, desk_session: Session, strings: list[str],
                                               tally: Tally) -> None:
    """Each string is first logged as a guest's words (when the service takes them), then
    searched: the newest item, holding the string, is listed."""
    session = desk_session
    screen = ComplaintsScreen(session, DeskEvents())
    qtbot.addWidget(screen)
    screen.activate()
    edit = screen.ui.searchEdit
    for text, typing in every(strings):
        try:
            item = complaints.log_feedback(session, FeedbackInput(
                kind=FeedbackKind.COMPLAINT, category=Category.NOISE, guest_words=text)).id
        except ServiceError:
            item = None
        typed = enter(qtbot, edit, text, typing)
        assert screen.search_timer.isActive() or not typed, "the search waits for a pause"
        screen.reload()  # what the timer does 300 ms after the last key
        listed = [row.id for row in screen.model.rows]
        record_search(tally, "complaints search", text, typed,
                      item if typed.strip() and typed.strip() in text else None, listed)
        message = screen.ui.deskMessage.text()
        if "Traceback" in message or (message and not listed):
            tally.failures.append(f"complaints search: {text[:60]!r} says {message[:80]!r}")


# -- manual entry: the codes ----------------------------------------------------------------------


def code(text: str) -> str:
    """Airports and airlines: trimmed, in capitals."""
    return text.strip().upper()


def number(text: str) -> str:
    """Flight numbers and seats: no spaces, capitals, no padding zeros (as a scanned pass)."""
    return unpadded("".join(text.split()).upper())


def masked(text: str) -> str:
    """A frequent-flyer number as kept: only its last four characters are shown."""
    typed = "".join(text.split()).upper()
    return "*" * (len(typed) - 4) + typed[-4:] if len(typed) > 4 else typed


Read = Callable[[Visit, checkin.Assessment], str]
# Manual entry's code fields in two groups (the guest's, the flight's), each tried with the
# string in all its fields at once: field → (a safe value, what is kept of the text, read back).
GUEST_CODES: dict[str, tuple[str, Callable[[str], str], Read]] = {
    "frequent_flyer_airline": ("SK", code, lambda visit, _: visit.guest.frequent_flyer_programme),
    "frequent_flyer_number": ("EB12345678", masked,
                              lambda visit, _: visit.guest.frequent_flyer_number),
    "frequent_flyer_tier": ("Gold", collapsed, lambda visit, _: visit.guest.frequent_flyer_tier),
    # Not kept anywhere (what is not stored cannot leak): read as the service decided with it.
    "membership_card": ("", stripped, lambda _, assessed: assessed.details.membership_card),
}
FLIGHT_CODES: dict[str, tuple[str, Callable[[str], str], Read]] = {
    "origin": ("CPH", code, lambda visit, _: visit.origin),
    "destination": ("LHR", code, lambda visit, _: visit.destination),
    "carrier": ("SK", code, lambda visit, _: visit.carrier),
    "flight_number": ("501", number, lambda visit, _: visit.flight_number),
    "seat": ("1A", number, lambda visit, _: visit.seat),
}
SAFE_CODES = {key: safe for key, (safe, _, _) in (GUEST_CODES | FLIGHT_CODES).items()}


def camel(key: str) -> str:
    first, *rest = key.split("_")
    return first + "".join(part.title() for part in rest)


class ManualEntryProbe:
    """Manual entry → the desk → Check in, with one dialog kept open (as ``DeskProbe``)."""

    def __init__(self, qtbot, session: Session, tally: Tally) -> None:
        self.qtbot, self.session, self.tally = qtbot, session, tally
        self.desk = DeskScreen(session, DeskEvents())
        qtbot.addWidget(self.desk)
        self.desk.activate()  # not shown: a hidden desk re-reads its list only when shown
        self.dialog = ManualEntryDialog(session.lounge.airport, DAY, self.desk)
        qtbot.addWidget(self.dialog)
        self.dialog.ui.invitedCheck.setChecked(True)
        self.guests = count(1)

    def edit(self, key: str) -> QLineEdit:
        return getattr(self.dialog.ui, camel(key) + "Edit")

    def fill(self, text: str, typing: bool, holding: list[str]) -> dict[str, str]:
        """Safe values, a new guest, and ``text`` in the ``holding`` fields; what they hold."""
        put(self.dialog.ui.surnameEdit, f"{SAFE} {next(self.guests)}")
        put(self.dialog.ui.givenNamesEdit, SAFE)
        typed = {}
        for key, safe in SAFE_CODES.items():
            if key in holding:
                typed[key] = enter(self.qtbot, self.edit(key), text, typing)
            else:
                put(self.edit(key), safe)
        return typed

    def submit(self) -> dict[str, str]:
        """Continue; the messages beside the fields ({} when the dialog took it all)."""
        self.dialog.details = None
        click(self.qtbot, self.dialog.ui.okButton)
        return {key: label.text() for key in SAFE_CODES
                if (label := getattr(self.dialog.ui, camel(key) + "Error")).text()}

    def check_in(self) -> tuple[Visit | None, checkin.Assessment | None]:
        """What ``DeskScreen.manual_entry`` does once its dialog is accepted, then Check in."""
        assert self.dialog.details is not None
        self.desk.show_details(self.dialog.details)
        assessed = self.desk.assessment
        if not self.desk.ui.checkInButton.isEnabled():
            return None, assessed
        click(self.qtbot, self.desk.ui.checkInButton)
        if self.desk.last_visit_id is None:
            return None, assessed
        # The row, not the record: the frequent-flyer fields are read back from the guest.
        return Visit.get_or_none(Visit.id == self.desk.last_visit_id), assessed

    def try_group(self, text: str, typing: bool, group: dict[str, Any]) -> None:
        typed = self.fill(text, typing, list(group))
        refused = self.submit()
        if set(refused) - set(group):
            self.tally.failures.append(f"manual entry: {text[:60]!r} in {list(group)} refused "
                                       f"elsewhere: {refused}")
        for key in refused:  # safe words where it is refused; the other fields keep it
            put(self.edit(key), SAFE_CODES[key])
        if refused and self.submit():
            self.tally.failures.append(f"manual entry: {text[:60]!r} refused with safe words")
            return
        for key, message in refused.items():
            self.record(key, text, typed[key], None, message)
        keeping = [key for key in group if key not in refused]
        if not keeping:
            return
        visit, assessed = self.check_in()
        if visit is not None:
            for key in keeping:
                self.record(key, text, typed[key], group[key][2](visit, assessed), "")
            checkin.check_out(self.session, visit.id)
            return
        for key in keeping:  # the desk refused it: which field? each alone
            typed = self.fill(text, typing, [key])
            if problems := self.submit():
                self.tally.failures.append(f"manual entry: {text[:60]!r} in {key} taken, "
                                           f"then refused: {problems}")
                continue
            visit, assessed = self.check_in()
            self.record(key, text, typed[key],
                        group[key][2](visit, assessed) if visit else None,
                        self.desk.ui.deskMessage.text())
            if visit is not None:
                checkin.check_out(self.session, visit.id)

    def record(self, key: str, text: str, typed: str, stored: str | None, message: str) -> None:
        kept = (GUEST_CODES | FLIGHT_CODES)[key][1]
        self.tally.record(key.replace("_", " "), text, typed, stored, message, saved_as=kept,
                          limit=self.edit(key).maxLength())


def test_every_string_in_the_codes_of_manual_entry(qtbot, desk_session: Session,
                                                   strings: list[str], tally: Tally) -> None:
    probe = ManualEntryProbe(qtbot, desk_session, tally)
    for text, typing in every(strings):
        probe.try_group(text, typing, GUEST_CODES)
        probe.try_group(text, typing, FLIGHT_CODES)
