"""The check-in desk: scan, see the guest, one key to check in, the card.

A scan, wherever focus is, comes to :meth:`DeskScreen.read_pass` through the
application's scanner path (``scanner.py``); the scan field has focus when no
dialog is open. Enter on the empty field checks the guest in. Typed text
that is not a boarding pass searches the guests in the lounge.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from vipdesk.desk_log import describe, log
from vipdesk.domain import lounge_time
from vipdesk.domain.bcbp import BoardingPassError, parse
from vipdesk.domain.eligibility import (
    CompanionDetails,
    PassDetails,
    allowance_message,
    companion_charges,
)
from vipdesk.domain.flights import flight_label
from vipdesk.domain.message import Message
from vipdesk.domain.names import form_of_address
from vipdesk.domain.permissions import Permission
from vipdesk.domain.scan_shape import looks_like_a_pass
from vipdesk.domain.seating import SpaceNow
from vipdesk.domain.vocabulary import SpaceKind, VisitStatus
from vipdesk.gui import words
from vipdesk.gui.application import the_application
from vipdesk.gui.authorise_dialog import AuthoriseDialog
from vipdesk.gui.button_width import as_wide_as_its_words
from vipdesk.gui.check_out_dialog import CheckOutDialog
from vipdesk.gui.columns import set_column_widths
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.desk_settings import AUTO_PRINT_CARD, CARD_PAGE_SIZE, CARD_PRINTER, DeskSettings
from vipdesk.gui.flow_layout import wrap_rows
from vipdesk.gui.form_types import DeskForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.grid_lines import arrange
from vipdesk.gui.in_lounge_model import InLoungeModel, row_from, rows_from
from vipdesk.gui.language import (
    in_language,
    shown_date,
    shown_number,
    shown_time,
    when_language_changes,
)
from vipdesk.gui.manual_entry_dialog import Draft, ManualEntryDialog
from vipdesk.gui.messages import MessageLevel, in_words
from vipdesk.gui.said_again import SaidAgain, Words
from vipdesk.gui.scroll_pages import scroll_in_place
from vipdesk.gui.space_words import list_entry, refusal_text
from vipdesk.services import board, checkin, complaints, seating
from vipdesk.services.guests import GuestProfile, lounge_now
from vipdesk.services.pass_details import leg_index_from, pass_details_from_boarding_pass
from vipdesk.services.session import ServiceError, Session
from vipdesk.services.staff import attendants
from vipdesk.services.visit_records import CheckedInElsewhere, InLounge, VisitRecord
from vipdesk.services.waiting import WaitRow
from vipdesk.services.welcome_cards import welcome_card_pdf

NAME_ON_A_BUTTON = 260  # pixels: a longer guest name is elided on a button
TYPING_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)
LANGUAGES = (("en", "English"), ("zh", "中文"), ("da", "Dansk"), ("de", "Deutsch"),
             ("ar", "العربية"))  # a welcome card's languages, each named in itself


def said(text: str | Message) -> str:
    """A reason from the rules or a service: a Message in the desk's language, or its words."""
    return in_language(text) if isinstance(text, Message) else text


def local_day(moment: dt.datetime, timezone: str) -> str:
    """A day on the lounge's calendar, as the language writes it."""
    return shown_date(lounge_time.local_date(moment, timezone))


def local_clock(moment: dt.datetime, timezone: str) -> str:
    """A time on the lounge's wall clock, 24 hours."""
    return shown_time(lounge_time.to_local(moment, timezone))


def show_text(label: QLabel, text: str) -> None:
    """An empty line takes no room on the guest card."""
    label.setText(text)
    label.setVisible(bool(text))


def shortened(name: str, length: int = 40) -> str:
    """A name as a line of the desk shows it: a long one is cut with "…" (stored whole)."""
    return name if len(name) <= length else name[:length - 1] + "…"


# The space and the attendant each on a line of their own: side by side, at 1280x800 they
# read "Least busy atte". The card's language is short, and sits beside the companions.
SEATING_LINES = ((("spaceLabel", 1), ("spaceCombo", 3)),
                 (("attendantLabel", 1), ("attendantCombo", 3)),
                 (("languageLabel", 1), ("languageCombo", 1), ("partyLabel", 1),
                  ("companionBox", 1)),
                 (("companionScanButton", 2), ("partyNames", 2)))


class DeskScreen(QWidget):
    guest_gone = Signal()  # the desk is free for the next guest: checked in or cleared

    def __init__(self, session: Session, events: DeskEvents,
                 settings: DeskSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.events = session, events
        self.settings = settings or DeskSettings()
        self.ui = load_form(DeskForm, self)
        wrap_rows(self.ui, "actionRow", "inLoungeButtons")
        seating = self.ui.seatingGrid
        arrange(seating, SEATING_LINES)
        seating.setColumnStretch(1, 1)
        seating.setColumnStretch(3, 2)  # the companion's name
        self.messages = SaidAgain(self.ui.deskMessage)  # what the desk tells the agent
        self.decision = SaidAgain(self.ui.decisionLabel)  # the rules' answer for the guest
        self._address_words: Words | None = None  # "Ready for the next guest"; None: a name
        self._done_words: Words | None = None  # "Welcome card for …"
        self._spaces: list[SpaceNow] = []  # the space list's entries after "Best free space"
        self._spaces_timezone = "UTC"  # the lounge's, when they were listed
        self._waiting_word = ""  # the in-lounge list's "waiting", as last shown
        scroll_in_place(self.ui.panel)
        self.details: PassDetails | None = None
        self.assessment: checkin.Assessment | None = None
        self.companions: list[CompanionDetails] = []
        self.last_visit_id: int | None = None
        self._last_flight: tuple[str, str, Any] | None = None  # the card's flight, for boarding
        self._space_picked = False  # the agent chose a space for this guest: keep it
        self._paid_price: Any = None
        # What was typed in manual entry and closed without Continue, and whose it is.
        self.manual_draft: tuple[int, Draft] | None = None
        self._telling = False  # the desk is telling the others of its own change
        self._warm = False  # the reads of a scan made once in idle time (warm_up)

        self.model = InLoungeModel(self)
        self._lay_out_the_lounge_list()
        for code, label in LANGUAGES:
            self.ui.languageCombo.addItem(label, code)
        self.retranslate()
        when_language_changes(self, self.retranslate)
        for button in self.findChildren(QAbstractButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.partyNames.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self._connect(events)
        self.clear()

    def retranslate(self) -> None:
        """The language changed: every text the desk set is made again in it; what the agent
        typed, chose or scanned stays, and the guest on the desk is shown as before."""
        names = {"en": self.tr("English"), "zh": self.tr("Chinese"), "da": self.tr("Danish"),
                 "de": self.tr("German"), "ar": self.tr("Arabic")}
        for index, (code, own) in enumerate(LANGUAGES):
            name = names[code]
            self.ui.languageCombo.setItemText(index, own if own == name else f"{own} ({name})")
        self.ui.companionScanButton.setText(
            self.tr("Cancel companion scan") if self.ui.companionScanButton.isChecked()
            else self.tr("Scan companion's pass"))
        as_wide_as_its_words(self.ui.companionScanButton)  # its words differ by language
        spaces, people = self.ui.spaceCombo, self.ui.attendantCombo
        if spaces.count():
            spaces.setItemText(0, self.tr("Best free space"))
            for index, space in enumerate(self._spaces, start=1):
                spaces.setItemText(index, list_entry(space, self._spaces_timezone))
        if people.count():
            people.setItemText(0, self.tr("Least busy attendant"))
        self._show_party()
        if self._address_words is not None:
            self.ui.addressLabel.setText(self._address_words())
        if self._done_words is not None:
            self.ui.doneLabel.setText(self._done_words())
        if self.details is not None and self.assessment is not None:
            self._show_guest_words(self.details, self.assessment)
        self.decision.again()
        self.messages.again()
        self._rename_waiting()

    def _waiting(self) -> str:
        """The in-lounge list's word for a party not yet seated."""
        self._waiting_word = self.tr("waiting")
        return self._waiting_word

    def _rename_waiting(self) -> None:
        """The rows waiting say so in the new language; nothing is read again."""
        old, new = self._waiting_word, self.tr("waiting")
        if not old or old == new:
            return
        self._waiting_word = new
        self.model.set_rows([replace(row, place=new) if row.place == old else row
                             for row in self.model.rows])

    def _lay_out_the_lounge_list(self) -> None:
        """The in-lounge list: the name takes the room left, one line a row, and taps on it
        leave the keyboard in the scan field."""
        table = self.ui.inLoungeTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        set_column_widths(table, (0, 44, 84, 54, 78))
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setDefaultSectionSize(34)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _connect(self, events: DeskEvents) -> None:
        """Each button, field, shortcut and desk event to what it does."""
        self.ui.scanEdit.returnPressed.connect(self.on_scan_entered)
        self.ui.manualButton.clicked.connect(self.manual_entry)
        self.ui.checkInButton.clicked.connect(lambda: self.check_in())
        self.ui.paidButton.clicked.connect(lambda: self.check_in(paid=True))
        self.ui.exceptionButton.clicked.connect(self.request_exception)
        self.ui.waitButton.clicked.connect(lambda: self.check_in(wait=True))
        self.ui.clearButton.clicked.connect(self.clear)
        self.ui.addCompanionButton.clicked.connect(self.add_named_companion)
        self.ui.companionScanButton.toggled.connect(self._on_companion_scan_toggled)
        self.ui.companionEdit.returnPressed.connect(self.add_named_companion)
        self.ui.partyNames.linkActivated.connect(lambda link: self.remove_companion(int(link)))
        self.ui.searchEdit.textChanged.connect(self._on_search_typed)
        self.ui.checkOutButton.clicked.connect(self.check_out_selected)
        self.ui.feedbackButton.clicked.connect(
            lambda: events.feedback_requested.emit(self.selected_visit_id() or 0))
        self.ui.previewCardButton.clicked.connect(self.preview_card)
        self.ui.printCardButton.clicked.connect(self.print_card)
        for combo in (self.ui.spaceCombo, self.ui.attendantCombo, self.ui.languageCombo):
            combo.activated.connect(lambda _index: self.focus_scan())
            combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap leaves focus where it was
        self.ui.languageCombo.activated.connect(lambda _index: self.show_guest())
        self.ui.spaceCombo.activated.connect(self._on_space_picked)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.manual_entry)
        QShortcut(QKeySequence(Qt.Key.Key_F4), self, lambda: self.check_in(wait=True))
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, self.print_card)
        the_application().focusChanged.connect(self._keep_scan_focus)
        events.data_changed.connect(self._on_data_changed)

    @Slot(str)
    def _on_data_changed(self, what: str) -> None:
        """Reload the lounge list now if it is on screen; otherwise when next shown. The
        desk's own change has updated its row already (:meth:`_changed_here`); the
        lounge's settings are read again at their next use."""
        if what == "settings":
            self.session.forget_lounge()
        if self.isVisible() and not self._telling:
            self.reload_in_lounge()

    def _changed_here(self, visit_id: int, visit: InLounge | None = None, *,
                      gone: bool = False) -> None:
        """The desk changed one visit: its row alone is updated (``gone``: checked out),
        then the other screens are told (the board, the status bar, the alerts)."""
        search = self.ui.searchEdit.text()
        if not gone and (visit is None or search.strip()):
            visit = checkin.guest_in_lounge(self.session, visit_id, search)
        if gone or visit is None or visit.status is VisitStatus.CHECKED_OUT:
            self.model.remove_row(visit_id)
        else:
            self.model.put_row(row_from(visit, self.session.lounge.timezone, self._waiting()))
        self._telling = True
        try:
            self.events.data_changed.emit("visits")
        finally:
            self._telling = False

    @Slot(str)
    def _on_search_typed(self, _text: str) -> None:
        """Search as the agent types; never at a locked desk (the search would be refused)."""
        if self.session.staff is not None and not self.session.locked:
            self.reload_in_lounge()

    # -- focus -------------------------------------------------------------------------
    def activate(self) -> None:
        staff = self.session.staff
        if self.manual_draft is not None and (staff is None or staff.id != self.manual_draft[0]):
            self.manual_draft = None  # another agent took the desk over at the lock screen
        self.reload_choices()
        self.reload_in_lounge()
        self.focus_scan()
        if not self._warm:
            QTimer.singleShot(0, self, self.warm_up)

    @Slot()
    def warm_up(self) -> None:
        """Once, in idle time after the desk is first shown: the first scan then costs what
        the next ones do (services/checkin.py ``warm_up``)."""
        if self._warm or self.session.staff is None or self.session.locked:
            return
        self._warm = True
        try:
            checkin.warm_up(self.session)
        except Exception as problem:  # noqa: BLE001 (nothing is lost: the scan itself reads)
            log.info("desk warm-up skipped: %s", describe(problem))

    def focus_scan(self) -> None:
        """The next scan goes to the scan field."""
        if (self.isVisible() and QApplication.activeModalWidget() is None
                and QApplication.activePopupWidget() is None):
            self.ui.scanEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def back_from_dialog(self) -> None:
        """A dialog or message the desk opened has closed: the desk's window is made active
        again (on a bare kiosk with no window manager nothing else does, and an inactive
        window has no focus and no shortcuts) and the scan field gets the keyboard."""
        if (self.isVisible() and not self.isActiveWindow()
                and QApplication.activeModalWidget() is None):
            self.activateWindow()
        self.focus_scan()

    @Slot(QWidget, QWidget)
    def _keep_scan_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Focus may rest only where the agent types or picks from a list; anything else in
        the desk's window that takes it (a button of the banner or of the navigation) hands
        it back to the scan field, or the next scan's space would press that button."""
        if new is None or isinstance(new, TYPING_WIDGETS) or not self.isVisible():
            return
        if self.window().isAncestorOf(new):
            self.focus_scan()

    # -- scanning ----------------------------------------------------------------------
    @Slot()
    def on_scan_entered(self) -> None:
        text = self.ui.scanEdit.text()
        self.ui.scanEdit.clear()
        if not text.strip():
            if self.details is not None and self.ui.checkInButton.isEnabled():
                self.check_in()
            return
        if looks_like_a_pass(text):
            self.read_pass(text)
        else:
            self.ui.searchEdit.setText(text.strip())
            looked_for = text.strip()[:60]
            self.messages.say(lambda: self.tr(
                "Looking for “{text}” among the guests in the lounge.").format(text=looked_for))

    def read_pass(self, text: str) -> None:
        """A boarding pass, scanned wherever focus was (the application's scanner path) or
        typed into the scan field: the next guest."""
        self.scan(text)
        self.focus_scan()

    def scan(self, raw: str) -> None:
        """Read a boarding pass and show the guest; nothing is saved yet."""
        lounge = self.session.lounge
        for_companion = self.ui.companionScanButton.isChecked() and self.details is not None
        self.ui.companionScanButton.setChecked(False)  # one companion per press
        try:
            boarding_pass = parse(raw, scan_date=lounge_now(self.session, lounge).date())
        except BoardingPassError as problem:
            if not for_companion:
                self.clear()
            self.messages.refusal(problem)
            return
        leg = leg_index_from(boarding_pass, lounge.airport)
        details = pass_details_from_boarding_pass(boarding_pass, leg)
        if for_companion:
            self.add_companion(CompanionDetails(name=form_of_address(
                details.title, details.given_names, details.surname), details=details))
        else:
            self.show_details(details)

    def _signed_in_id(self) -> int | None:
        """Who is signed in now (None: nobody), read afresh after a modal dialog."""
        staff = self.session.staff
        return staff.id if staff is not None else None

    @Slot()
    def manual_entry(self) -> None:
        """Manual entry, with what this agent typed there last time and did not use."""
        if self.session.staff is None:
            return
        owner = self.session.staff.id
        lounge = self.session.lounge
        dialog = ManualEntryDialog(lounge.airport, lounge_now(self.session, lounge).date(), self)
        if self.manual_draft is not None and self.manual_draft[0] == owner:
            dialog.restore(self.manual_draft[1])
        accepted = dialog.exec() == ManualEntryDialog.DialogCode.Accepted
        details = dialog.details if accepted else None
        self.manual_draft = None
        still_theirs = self._signed_in_id() == owner  # asked again: the dialog was modal
        if details is not None:
            self.show_details(details)
        elif still_theirs and not dialog.is_blank():  # never after a sign-out
            self.manual_draft = (owner, dialog.values())
        dialog.deleteLater()
        self.back_from_dialog()

    def show_details(self, details: PassDetails) -> None:
        self.details, self.companions, self.last_visit_id = details, [], None
        self._space_picked = False
        self._show_party()
        self.reassess()
        profile = self.assessment.profile if self.assessment else None
        if profile is not None:
            self._select_language(profile.language)
        self.show_guest()

    def reassess(self) -> None:
        if self.details is None:
            return
        self.assessment = checkin.assess(self.session, self.details,
                                         party_size=1 + len(self.companions),
                                         language=self.ui.languageCombo.currentData())
        picked = self.ui.spaceCombo.currentData() if self._space_picked else None
        self.reload_choices(self.assessment.proposed_space, self.assessment.spaces, picked)

    @Slot(int)
    def _on_space_picked(self, _index: int) -> None:
        """The agent chose a space: adding a companion keeps it (the proposal no longer rules)."""
        self._space_picked = self.details is not None

    # -- showing the guest -------------------------------------------------------------
    def show_guest(self) -> None:
        details, assessment = self.details, self.assessment
        if details is None or assessment is None:
            return
        language = self.ui.languageCombo.currentData()
        self._address_words = None
        self.ui.addressLabel.setText(
            form_of_address(details.title, details.given_names, details.surname, language))
        self._show_decision(assessment)
        self._show_guest_words(details, assessment)
        self.ui.companionScanButton.setEnabled(True)
        self.ui.previewCardButton.setEnabled(False)
        self.ui.printCardButton.setEnabled(False)
        self._done_words = None
        self.ui.doneLabel.clear()

    def _show_guest_words(self, details: PassDetails, assessment: checkin.Assessment) -> None:
        """The guest card's lines, in the language the desk speaks now."""
        profile = assessment.profile
        show_text(self.ui.flightLabel, self._flight_text(details))
        show_text(self.ui.loyaltyLabel, self._loyalty_text(details, profile))
        show_text(self.ui.historyLabel, self._history_text(profile))
        show_text(self.ui.boardingLabel, self._boarding_text(assessment.boarding))
        self.ui.paidButton.setText(self._paid_text(assessment.refusal))

    def _paid_text(self, refusal: ServiceError | None) -> str:
        """Paid entry, with its price when the rules give one."""
        if isinstance(refusal, checkin.NotEligible) and refusal.paid_price is not None:
            return self.tr("Paid entry · {price}").format(
                price=shown_number(refusal.paid_price, 2))
        return self.tr("Paid entry")

    def _flight_text(self, details: PassDetails) -> str:
        if not details.has_flight:
            return self.tr("Invited guest, no flight")
        parts = [flight_label(details.carrier, details.flight_number)]
        if details.origin or details.destination:
            parts.append(f"{details.origin} → {details.destination}".strip())
        if details.effective_cabin is not None:
            parts.append(words.label(details.effective_cabin))
        if details.seat:
            parts.append(self.tr("seat {seat}").format(seat=details.seat.lstrip("0")))
        if details.flight_date is not None:
            parts.append(shown_date(details.flight_date))
        return " · ".join(parts)

    def _boarding_text(self, boarding: checkin.Boarding | None) -> str:
        """A warning when the flight has begun boarding: the guest should go to the gate."""
        if boarding is None or not boarding.begun:
            return ""
        at = local_clock(boarding.at, self.session.lounge.timezone)
        n = int((self.session.clock.now() - boarding.at).total_seconds() // 60)
        if boarding.assumed:
            text = words.counted(
                n, self.tr("⚠ Boarding was due to begin at {time} (assumed), %n minute ago: the "
                           "guest should go to the gate now.", "", n),
                self.tr("⚠ Boarding was due to begin at {time} (assumed), %n minutes ago: the "
                        "guest should go to the gate now.", "", n))
        else:
            text = words.counted(
                n, self.tr("⚠ Boarding began at {time}, %n minute ago: the guest should go to "
                           "the gate now.", "", n),
                self.tr("⚠ Boarding began at {time}, %n minutes ago: the guest should go to "
                        "the gate now.", "", n))
        return text.format(time=at)

    def _loyalty_text(self, details: PassDetails, profile: GuestProfile | None) -> str:
        programme = details.frequent_flyer_airline or (profile.frequent_flyer_programme
                                                       if profile else "")
        tier = details.frequent_flyer_tier or (profile.frequent_flyer_tier if profile else "")
        if not programme:
            return ""
        text = self.tr("Frequent flyer: {programme}").format(programme=programme)
        return f"{text} {tier}".strip()

    def _history_text(self, profile: GuestProfile | None) -> str:
        if profile is None:
            return self.tr("First visit: welcome them to the lounge.")
        notes = []
        if profile.birthday_today:
            notes.append(self.tr("🎂 Birthday today!"))
        if profile.complaint_last_time is not None:
            category = words.label(profile.complaint_last_time.category)
            notes.append(self.tr("⚠ Complained last time ({category})").format(category=category))
        if elsewhere := self._elsewhere_text(profile.checked_in_elsewhere):
            notes.insert(0, elsewhere)
        earlier = profile.earlier_visits
        visits = (words.counted(earlier, self.tr("%n earlier visit", "", earlier),
                                self.tr("%n earlier visits", "", earlier)) if earlier
                  else self.tr("First visit here") if profile.visits_elsewhere
                  else self.tr("No earlier visits"))
        if profile.last_visit_at is not None:
            visits += self.tr(", last on {day}").format(
                day=local_day(profile.last_visit_at, self.session.lounge.timezone))
        notes.append(visits)
        for there in profile.visits_elsewhere:  # a count and a day: never that lounge's rows
            count = words.counted(there.visits, self.tr("%n visit", "", there.visits),
                                  self.tr("%n visits", "", there.visits))
            notes.append(self.tr("also visited our {lounge} ({visits}, last on {day})").format(
                lounge=there.lounge_name, visits=count, day=shown_date(there.last_on)))
        if profile.preferences:
            notes.append(self.tr("Prefers: {preferences}").format(
                preferences=profile.preferences))
        return " · ".join(notes)

    def _elsewhere_text(self, elsewhere: Sequence[CheckedInElsewhere]) -> str:
        """The flag of a guest checked in at another lounge now: where, and since when."""
        timezone = self.session.lounge.timezone
        today = lounge_now(self.session).date()
        flags = []
        for there in elsewhere:
            since = local_clock(there.since, timezone)
            if lounge_time.local_date(there.since, timezone) != today:
                since = f"{local_day(there.since, timezone)} {since}"
            flags.append(self.tr("⚠ Also checked in at {lounge} since {since}").format(
                lounge=there.lounge_name, since=since))
        return " · ".join(flags)

    def _show_decision(self, assessment: checkin.Assessment) -> None:
        refusal, decision = assessment.refusal, assessment.decision
        self.ui.decisionLabel.show()
        self._show_entry_buttons(not_eligible=isinstance(refusal, checkin.NotEligible))
        if isinstance(refusal, checkin.AlreadyCheckedIn):
            self.decision.refusal(refusal)
            self.messages.say(lambda: self.tr(
                "Already checked in: the visit is selected in the list."), MessageLevel.WARNING)
            self.select_visit(refusal.visit_id)
            return
        if isinstance(refusal, checkin.NotEligible):
            not_eligible = refusal
            self.decision.say(lambda: self.tr("Not eligible: {reason}").format(
                reason=said(not_eligible.reason)), MessageLevel.ERROR)
            if refusal.paid_price is not None:
                self.ui.paidButton.setEnabled(True)
            self.ui.exceptionButton.setEnabled(True)
            self.messages.say(lambda: self.tr(
                "Offer paid entry, or ask a duty manager for an exception."), MessageLevel.WARNING)
            return
        if refusal is not None:
            self.decision.refusal(refusal)
            self.messages.refusal(refusal)
            return
        companions = len(self.companions)

        def welcome() -> str:
            reason = said(decision.reason) if decision is not None else ""
            if companions and decision is not None and decision.rule is not None:
                reason += " " + self._party_text(decision.rule.allowance, companions)
            return self.tr("Welcome: {reason}").format(reason=reason)

        self.decision.say(welcome, MessageLevel.OK)
        self.ui.checkInButton.setEnabled(True)
        self.ui.waitButton.setEnabled(True)
        if assessment.proposed_space is None:
            self.ui.checkInButton.setEnabled(False)
            self.messages.say(lambda: self.tr(
                "The lounge is full for this party: offer the waiting list (F4)."),
                MessageLevel.WARNING)
            return
        profile = assessment.profile
        elsewhere = profile.checked_in_elsewhere if profile else ()

        def go_on() -> str:
            text = self.tr("Press Enter to check in, or pick a space and attendant first.")
            flag = self._elsewhere_text(elsewhere)
            return f"{flag}. {text}" if flag else text  # admitted, but the agent sees it

        self.messages.say(go_on, MessageLevel.WARNING if elsewhere else MessageLevel.INFO)

    def _party_text(self, allowance: Any, companions: int) -> str:
        charges = companion_charges(allowance, companions)
        if charges is None:
            return said(allowance_message(allowance, companions))
        text = self.tr("Companions: {free} free").format(free=shown_number(charges.free))
        if charges.paid:
            text += self.tr(", {paid} at {price} each").format(
                paid=shown_number(charges.paid), price=shown_number(charges.price, 2))
        return text + "."

    def _show_entry_buttons(self, *, not_eligible: bool) -> None:
        """Paid entry and the exception replace Check in only for a guest who is not eligible."""
        self.ui.checkInButton.setVisible(not not_eligible)
        self.ui.paidButton.setVisible(not_eligible)
        self.ui.exceptionButton.setVisible(not_eligible)
        for button in (self.ui.checkInButton, self.ui.paidButton, self.ui.exceptionButton,
                       self.ui.waitButton):
            button.setEnabled(False)

    # -- seating choices ---------------------------------------------------------------
    def reload_choices(self, proposed: SpaceNow | None = None,
                       spaces: Sequence[SpaceNow] | None = None, picked: int | None = None
                       ) -> None:
        """The space list with each space's state ("Box 2 — being prepared"); the agent's
        own pick (``picked``) is kept, else the proposal is selected."""
        combo = self.ui.spaceCombo
        combo.clear()
        combo.addItem(self.tr("Best free space"), None)
        timezone = self.session.lounge.timezone
        self._spaces = list(spaces if spaces is not None else seating.spaces_now(self.session))
        self._spaces_timezone = timezone
        for space in self._spaces:
            combo.addItem(list_entry(space, timezone), space.space_id)
        chosen = picked if picked is not None and combo.findData(picked) >= 0 else (
            proposed.space_id if proposed is not None else None)
        if chosen is not None:
            combo.setCurrentIndex(combo.findData(chosen))
        people = self.ui.attendantCombo
        current = people.currentData()
        people.clear()
        people.addItem(self.tr("Least busy attendant"), None)
        for person in attendants(self.session):
            people.addItem(person.name, person.id)
        if current is not None and people.findData(current) >= 0:
            people.setCurrentIndex(people.findData(current))

    def _select_language(self, code: str) -> None:
        index = self.ui.languageCombo.findData(code.split("-")[0].lower())
        self.ui.languageCombo.setCurrentIndex(max(index, 0))

    # -- the party ---------------------------------------------------------------------
    @Slot()
    def add_named_companion(self) -> None:
        """A companion by name, typed in "With". A pass typed or scanned there is a new
        guest, as anywhere else: a pass joins the party only after "Scan companion's pass"."""
        text = self.ui.companionEdit.text().strip()
        self.ui.companionEdit.clear()
        if looks_like_a_pass(text):
            self.scan(text)
        elif self.details is None:
            self.messages.say(lambda: self.tr("Scan the main guest's pass first."),
                              MessageLevel.WARNING)
        elif text:
            self.add_companion(CompanionDetails(name=text))
        self.focus_scan()

    @Slot(bool)
    def _on_companion_scan_toggled(self, on: bool) -> None:
        """While on, the button offers to cancel it; the message line says what to do."""
        self.ui.companionScanButton.setText(
            self.tr("Cancel companion scan") if on else self.tr("Scan companion's pass"))
        as_wide_as_its_words(self.ui.companionScanButton)
        if on:
            name = self.ui.addressLabel.text()
            self.messages.say(lambda: self.tr(
                "Scan the companion's pass now: it joins the party of {name}.").format(name=name))
        self.focus_scan()

    def add_companion(self, companion: CompanionDetails) -> None:
        self.companions.append(companion)
        self._show_party()
        self.reassess()
        self.show_guest()
        self._say_party(lambda: self.tr("Companion added: {name} — party of {count}"),
                        companion.name)

    def remove_companion(self, index: int) -> None:
        removed = self.companions.pop(index)
        self._show_party()
        self.reassess()
        self.show_guest()
        self._say_party(lambda: self.tr("Companion removed: {name} — party of {count}"),
                        removed.name)
        self.focus_scan()

    def _say_party(self, template: Words, name: str) -> None:
        """The party's change, ahead of what the desk says about the guest now."""
        count = shown_number(1 + len(self.companions))
        after, level = self.messages.words, self.messages.level
        text_after = self.messages.text()

        def party() -> str:
            line = template().format(name=shortened(name), count=count)
            return f"{line}. {after() if after is not None else text_after}".strip()

        self.messages.say(party, level if level in (
            MessageLevel.WARNING, MessageLevel.ERROR) else MessageLevel.OK)

    def _show_party(self) -> None:
        """Everyone in the party on one wrapped line, each with a ✕ that takes them out:
        it takes little room, so nobody is hidden below a one-row list."""
        names = [f'{html.escape(shortened(companion.name))}&nbsp;<a href="{index}">✕</a>'
                 for index, companion in enumerate(self.companions)]
        heading = self.tr("Party of {count}:").format(count=shown_number(1 + len(self.companions)))
        self.ui.partyNames.setText(f"{html.escape(heading)} {' · '.join(names)}")
        self.ui.partyNames.setVisible(bool(self.companions))

    # -- checking in -------------------------------------------------------------------
    def check_in(self, *, paid: bool = False, wait: bool = False,
                 approval: checkin.Approval | None = None,
                 past_queue: bool = False) -> VisitRecord | None:
        """Check the guest at the desk in; refusals are shown, never raised.

        ``wait`` (F4) puts the party on the waiting list for the kind of space chosen,
        even when one is free. A party waiting for that kind of space is offered first.
        """
        if self.details is None:
            return None
        request = checkin.CheckIn(
            self.details, party=tuple(self.companions), space_id=self.ui.spaceCombo.currentData(),
            attendant_id=self.ui.attendantCombo.currentData(),
            language=self.ui.languageCombo.currentData(), paid=paid, approval=approval,
            wait=wait, past_queue=past_queue)
        try:
            visit = checkin.check_in(self.session, request)
        except checkin.LoungeFull as refused:
            full = refused  # kept: the words are made again in a new language
            self.messages.say(lambda: in_words(full), MessageLevel.WARNING)
            self.ui.waitButton.setEnabled(True)
            return None
        except checkin.SpaceUnavailable as refused_space:
            timezone, unavailable = self.session.lounge.timezone, refused_space
            self.messages.say(lambda: refusal_text(unavailable.space, unavailable.party_size,
                                                   unavailable.problem, timezone),
                              MessageLevel.ERROR)
            self.ui.waitButton.setEnabled(True)
            return None
        except checkin.SeatingPastQueue as queue:
            return self._offer_the_queue_first(queue, paid=paid, approval=approval)
        except checkin.ExceptionRefused:
            raise  # shown in the approval dialog
        except ServiceError as refusal:
            self.messages.refusal(refusal)
            return None
        self.checked_in(visit)
        return visit

    def _wanted_kind(self) -> SpaceKind:
        """The kind of space chosen in the list (the lobby for "Best free space")."""
        chosen = self.ui.spaceCombo.currentData()
        spaces = self.assessment.spaces if self.assessment is not None else ()
        return next((space.kind for space in spaces if space.space_id == chosen), SpaceKind.LOBBY)

    def _offer_the_queue_first(self, queue: checkin.SeatingPastQueue, **again: Any
                               ) -> VisitRecord | None:
        """Parties wait for this kind of space: offer the longest waiter first, or check the
        guest at the desk in anyway, knowingly."""
        first, name = queue.waits[0], self.ui.addressLabel.text()
        n = first.minutes_waited
        question = words.counted(
            n, self.tr("{name} has been waiting %n minute for a space like {space}. Parties "
                       "waiting for it: {parties}. Seat the longest waiter first?", "", n),
            self.tr("{name} has been waiting %n minutes for a space like {space}. Parties "
                    "waiting for it: {parties}. Seat the longest waiter first?", "", n),
        ).format(name=first.guest_name, space=queue.space.name,
                 parties=shown_number(len(queue.waits)))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Guests are waiting"), question,
                          parent=self)
        box.setObjectName("queueWarning")
        # A message box is at most 800 px wide on a 1280 screen: the longest waiter's name
        # is elided on its button (the message above has it whole, and so has the tooltip),
        # and the guest at the desk, on screen behind the box, is not named on a button.
        seat_first = box.addButton("", QMessageBox.ButtonRole.AcceptRole)
        seat_first.setText(self.tr("Seat {name} first").format(
            name=self._button_name(seat_first, first.guest_name)))
        seat_first.setToolTip(first.guest_name)
        anyway = box.addButton(self.tr("Check in anyway"), QMessageBox.ButtonRole.DestructiveRole)
        anyway.setToolTip(name)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(seat_first)
        for button in box.buttons():
            as_wide_as_its_words(button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is seat_first:
            self.seat_first(first, queue.space)
        elif clicked is anyway:
            return self.check_in(past_queue=True, **again)
        self.focus_scan()
        return None

    @staticmethod
    def _button_name(button: QWidget, name: str) -> str:
        button.ensurePolished()  # the button's own (styled) font
        return button.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle,
                                               NAME_ON_A_BUTTON).replace("&", "&&")

    def seat_first(self, wait: WaitRow, space: SpaceNow) -> None:
        """Seat the longest waiter in the space the guest at the desk would have taken;
        the guest at the desk stays on screen, to check in next or to put on the list."""
        seated: object  # the move's or the seating's answer; None when refused (and shown)
        if wait.seated:  # seated elsewhere, waiting for a room: a move
            seated = self.messages.run(
                lambda: board.move_party(self.session, wait.visit_id, space.space_id))
        else:
            seated = self.messages.run(lambda: checkin.seat_waiting(
                self.session, wait.visit_id, space_id=space.space_id))
        if seated is None:
            return
        self._changed_here(wait.visit_id)
        self.reassess()
        self.show_guest()  # then what was done, over what the desk says of the guest
        name = self.ui.addressLabel.text()
        self.messages.say(lambda: self.tr(
            "{waiter} is seated in {space}. Now check in {name}, or put them on the waiting "
            "list (F4).").format(waiter=wait.guest_name, space=space.name, name=name),
            MessageLevel.OK)

    def checked_in(self, visit: VisitRecord) -> None:
        """The visit just written, with its guest, space and attendant (check_in's own)."""
        name = self.ui.addressLabel.text()
        at_boarding = self.assessment.boarding if self.assessment else None
        boarding = self._boarding_text(at_boarding)
        elsewhere = self._elsewhere_text(visit.also_checked_in)
        if visit.space_id is not None:
            def seated() -> str:
                where = visit.space_name
                if visit.attendant_id is not None:
                    where += self.tr(", with {attendant}").format(attendant=visit.attendant_name)
                text = self.tr("{name} is checked in: {where}.").format(name=name, where=where)
                return " ".join(part for part in (
                    text, self._boarding_text(at_boarding),
                    self._elsewhere_text(visit.also_checked_in)) if part)

            self.messages.say(seated, MessageLevel.WARNING if boarding or elsewhere
                              else MessageLevel.OK)
        else:
            wanted = self._wanted_kind()

            def waiting() -> str:
                text = self.tr("{name} is on the waiting list (waiting for: {wanted}); the board "
                               "watches the wait.").format(
                    name=name, wanted=words.in_a_sentence(wanted))
                return f"{text} {self._elsewhere_text(visit.also_checked_in)}".strip()

            self.messages.say(waiting, MessageLevel.WARNING)
        self._last_flight = (visit.carrier, visit.flight_number, visit.flight_date)
        self.details = self.assessment = None
        self.companions = []
        self._show_party()
        self._no_companion_scan()
        self._show_entry_buttons(not_eligible=False)
        self.last_visit_id = visit.id
        self._done_words = lambda: self.tr("Welcome card for {name}").format(name=name)
        self.ui.doneLabel.setText(self._done_words())
        self.ui.previewCardButton.setEnabled(visit.space_id is not None)
        self.ui.printCardButton.setEnabled(visit.space_id is not None)
        self._changed_here(visit.id, visit.in_lounge)
        if visit.space_id is not None and self.settings.get(AUTO_PRINT_CARD):
            self.print_card()
        self.focus_scan()
        self.guest_gone.emit()

    @Slot()
    def request_exception(self) -> None:
        def approve(staff_id: int, pin: str, reason: str) -> str | Words | None:
            try:
                visit = self.check_in(approval=checkin.Approval(staff_id, pin, reason))
            except checkin.ExceptionRefused as refusal:
                refused = refusal  # its words are made again on a language change
                return lambda: in_words(refused)
            if visit is not None:
                return None
            return self.messages.words or self.messages.text()

        dialog = AuthoriseDialog(
            self.session, Permission.GRANT_EXCEPTION,
            lambda: self.tr("A duty manager may let this guest in as an exception."),
            ask_reason=True, parent=self, approve_with=approve)
        dialog.exec()
        self.back_from_dialog()

    # -- the list of guests in the lounge ----------------------------------------------
    def reload_in_lounge(self) -> None:
        selected = self.selected_visit_id()
        lounge = self.session.lounge
        visits = checkin.guests_in_lounge(self.session, self.ui.searchEdit.text())
        self.model.set_rows(rows_from(visits, lounge.timezone, self._waiting()))
        row = self.model.row_of(selected) if selected is not None else -1
        if row >= 0:  # kept only if it matches: the search being typed is never cleared
            self.ui.inLoungeTable.selectRow(row)

    def selected_visit_id(self) -> int | None:
        index = self.ui.inLoungeTable.currentIndex()
        return self.model.rows[index.row()].visit_id if index.isValid() else None

    def select_visit(self, visit_id: int) -> None:
        row = self.model.row_of(visit_id)
        if row < 0 and self.ui.searchEdit.text():
            self.ui.searchEdit.clear()
            row = self.model.row_of(visit_id)
        if row >= 0:
            self.ui.inLoungeTable.selectRow(row)

    @Slot()
    def check_out_selected(self) -> None:
        visit_id = self.selected_visit_id()
        if visit_id is None:
            self.messages.say(lambda: self.tr("Select the guest to check out in the list."),
                              MessageLevel.WARNING)
            return
        row = self.model.rows[self.model.row_of(visit_id)]
        owed = complaints.open_for_check_out(self.session, visit_id)
        dialog = CheckOutDialog(row.name, self, owed=owed, timezone=self.session.lounge.timezone)
        if dialog.exec() == CheckOutDialog.DialogCode.Accepted:
            self.check_out(visit_id, dialog.rating)
        self.back_from_dialog()

    def check_out(self, visit_id: int, rating: int | None) -> None:
        if self.messages.run(lambda: checkin.check_out(self.session, visit_id, rating)) is not None:
            self.messages.say(lambda: self.tr(
                "Checked out. Thank the guest and wish them a good flight."), MessageLevel.OK)
            self._changed_here(visit_id, gone=True)

    # -- the welcome card --------------------------------------------------------------
    def card_pdf(self) -> bytes | None:
        if self.last_visit_id is None:
            return None
        return welcome_card_pdf(self.session, self.last_visit_id,
                                self.ui.languageCombo.currentData(),
                                page_size=self.settings.get(CARD_PAGE_SIZE))

    def card_boarding_notice(self) -> str:
        """A notice when the card's flight has begun boarding: the card shows a past time."""
        if self._last_flight is None:
            return ""
        boarding = checkin.boarding_of(self.session, *self._last_flight)
        if boarding is None or not boarding.begun:
            return ""
        return self.tr("{boarding} The card shows a boarding time that has passed.").format(
            boarding=self._boarding_text(boarding))

    @Slot()
    def preview_card(self) -> None:
        pdf = self.card_pdf()
        if pdf is None:
            return
        from vipdesk.gui.pdf_preview import PdfPreviewDialog
        preview = PdfPreviewDialog(pdf, self.tr("Welcome card"), "welcome-card.pdf", self)
        if notice := self.card_boarding_notice():
            label = QLabel(notice)
            label.setObjectName("boardingNotice")
            label.setWordWrap(True)
            label.setProperty("role", "notice")
            preview.add_notice(label)
        preview.exec()
        self.back_from_dialog()

    @Slot()
    def print_card(self) -> None:
        pdf = self.card_pdf()
        if pdf is None:
            return
        if notice := self.card_boarding_notice():
            asked = QMessageBox.question(
                self, self.tr("Boarding has begun"), notice + "\n\n" + self.tr("Print it anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if self.session.staff is None or self.session.locked:
                return  # the desk locked over the question: nothing of this agent's is left
            if asked != QMessageBox.StandardButton.Yes:
                self.messages.say(lambda: self.tr("Card not printed: boarding has begun."),
                                  MessageLevel.WARNING)
                self.focus_scan()
                return
        from vipdesk.gui.pdf_preview import not_printed, print_pdf, printer_named
        printer = printer_named(self.settings.get(CARD_PRINTER))
        try:
            print_pdf(pdf, printer)
        except OSError as problem:
            QMessageBox.warning(self, self.tr("Card not printed"), not_printed(problem, card=True))
        else:
            printer_name = printer.printerName()
            self.messages.say(lambda: self.tr("Welcome card sent to {printer}.").format(
                printer=printer_name or self.tr("the printer")), MessageLevel.OK)
        self.back_from_dialog()

    # -- starting over -----------------------------------------------------------------
    def forget_agent(self) -> None:
        """The desk locked or the agent signed out: the next person finds a fresh desk, with
        no guest, no card, no search, no selection and the language and attendant at their
        defaults. The list itself is read again when the desk is next shown. A manual-entry
        draft goes on sign-out; a locked desk keeps it for the agent who locked it only."""
        self.last_visit_id = self._last_flight = None
        if self.session.staff is None:  # signed out; a locked desk keeps it for its agent
            self.manual_draft = None
        self._done_words = None
        self.ui.doneLabel.clear()
        self.ui.previewCardButton.setEnabled(False)
        self.ui.printCardButton.setEnabled(False)
        for edit in (self.ui.scanEdit, self.ui.companionEdit, self.ui.searchEdit):
            edit.clear()  # the search does not run: nobody is signed in (_on_search_typed)
        self.ui.inLoungeTable.clearSelection()
        self.ui.inLoungeTable.setCurrentIndex(QModelIndex())
        self.model.set_rows([])
        for combo in (self.ui.languageCombo, self.ui.attendantCombo, self.ui.spaceCombo):
            combo.setCurrentIndex(0)
        self.clear()

    def _no_companion_scan(self) -> None:
        """No guest on the desk: a pass can only be a new guest."""
        self.ui.companionScanButton.setChecked(False)
        self.ui.companionScanButton.setEnabled(False)

    @Slot()
    def clear(self) -> None:
        self.details = self.assessment = None
        self.companions = []
        self._show_party()
        self._no_companion_scan()
        for label in (self.ui.flightLabel, self.ui.loyaltyLabel, self.ui.historyLabel,
                      self.ui.decisionLabel, self.ui.boardingLabel):
            show_text(label, "")
        self._address_words = lambda: self.tr("Ready for the next guest")
        self.ui.addressLabel.setText(self._address_words())
        self._show_entry_buttons(not_eligible=False)
        self.ui.paidButton.setText(self.tr("Paid entry"))
        self.messages.say(lambda: self.tr("Scan a boarding pass. F2: manual entry · Esc: clear"))
        self.focus_scan()
        self.guest_gone.emit()


