"""The check-in desk: scan, see the guest, one key to check in, the card.

The scan field has focus whenever no dialog is open, so a scan always lands
there. A scanner types the pass and Enter; Enter again on the empty field
checks the guest in. Typed text that is not a boarding pass searches the
guests in the lounge.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QTextEdit, QWidget,
)

from vipdesk.domain import lounge_time
from vipdesk.domain.bcbp import BoardingPassError, parse
from vipdesk.domain.eligibility import (
    CompanionDetails, PassDetails, allowance_message, companion_charges,
)
from vipdesk.domain.names import form_of_address
from vipdesk.domain.permissions import Permission
from vipdesk.gui import words
from vipdesk.gui.authorise_dialog import AuthoriseDialog
from vipdesk.gui.check_out_dialog import CheckOutDialog
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.desk_settings import AUTO_PRINT_CARD, CARD_PAGE_SIZE, CARD_PRINTER, DeskSettings
from vipdesk.gui.forms import load_form
from vipdesk.gui.in_lounge_model import InLoungeModel, rows_from
from vipdesk.gui.manual_entry_dialog import Draft, ManualEntryDialog
from vipdesk.gui.style import set_tone
from vipdesk.services import checkin
from vipdesk.services.guests import GuestProfile, lounge_now
from vipdesk.services.pass_details import leg_index_from, pass_details_from_boarding_pass
from vipdesk.services.session import ServiceError, Session
from vipdesk.services.staff import attendants
from vipdesk.services.welcome_cards import welcome_card_data
from vipdesk.storage.models import Space, Visit

TYPING_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)
LANGUAGES = (("en", "English"), ("zh", "中文 (Chinese)"), ("da", "Dansk (Danish)"),
             ("de", "Deutsch (German)"), ("ar", "العربية (Arabic)"))


def looks_like_a_pass(text: str) -> bool:
    """A scanner's boarding pass rather than a name typed to search."""
    body = text[3:] if text.startswith("]") else text
    return len(body) >= 40 and body[:1] in "Mm" and body[1:2].isdigit()


def show_text(label: QLabel, text: str) -> None:
    """An empty line takes no room on the guest card."""
    label.setText(text)
    label.setVisible(bool(text))


def shortened(name: str, length: int = 40) -> str:
    """A name as a line of the desk shows it: a long one is cut with "…" (stored whole)."""
    return name if len(name) <= length else name[:length - 1] + "…"


def flight_label(carrier: str, number: str) -> str:
    """``SK 501`` for ``SK``/``0501``: as the airline writes it on screens."""
    return f"{carrier} {number.lstrip('0') or number}".strip()


class DeskScreen(QWidget):
    def __init__(self, session: Session, events: DeskEvents,
                 settings: DeskSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.events = session, events
        self.settings = settings or DeskSettings()
        self.ui = load_form("desk_screen", self)
        self.details: PassDetails | None = None
        self.assessment: checkin.Assessment | None = None
        self.companions: list[CompanionDetails] = []
        self.last_visit_id: int | None = None
        self._paid_price: Any = None
        # What was typed in manual entry and closed without Continue, and whose it is.
        self.manual_draft: tuple[int, Draft] | None = None

        self.model = InLoungeModel(self)
        table = self.ui.inLoungeTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column, width in ((1, 44), (2, 84), (3, 54), (4, 78)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setDefaultSectionSize(34)
        for code, label in LANGUAGES:
            self.ui.languageCombo.addItem(label, code)

        for button in self.findChildren(QAbstractButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.partyNames.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)

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

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.manual_entry)
        QShortcut(QKeySequence(Qt.Key.Key_F4), self, lambda: self.check_in(wait=True))
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, self.print_card)
        QApplication.instance().focusChanged.connect(self._keep_scan_focus)
        events.data_changed.connect(self._on_data_changed)
        self.clear()

    @Slot(str)
    def _on_data_changed(self, _what: str) -> None:
        """Reload the lounge list now if it is on screen; otherwise when next shown."""
        if self.isVisible():
            self.reload_in_lounge()

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

    # -- messages ----------------------------------------------------------------------
    def say(self, text: str, tone: str = "info") -> None:
        self.ui.deskMessage.setText(text)
        set_tone(self.ui.deskMessage, tone)

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
            self.scan(text)
        else:
            self.ui.searchEdit.setText(text.strip())
            self.say(self.tr("Looking for “%1” among the guests in the lounge.")
                     .replace("%1", text.strip()[:60]))

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
            self.say(str(problem), "error")
            return
        leg = leg_index_from(boarding_pass, lounge.airport)
        details = pass_details_from_boarding_pass(boarding_pass, leg)
        if for_companion:
            self.add_companion(CompanionDetails(name=form_of_address(
                details.title, details.given_names, details.surname), details=details))
        else:
            self.show_details(details)

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
        accepted = dialog.exec() == ManualEntryDialog.DialogCode.Accepted and dialog.details
        self.manual_draft = None
        still_theirs = self.session.staff is not None and self.session.staff.id == owner
        if accepted:
            self.show_details(dialog.details)
        elif still_theirs and not dialog.is_blank():  # never after a sign-out
            self.manual_draft = (owner, dialog.values())
        dialog.deleteLater()
        self.back_from_dialog()

    def show_details(self, details: PassDetails) -> None:
        self.details, self.companions, self.last_visit_id = details, [], None
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
        self.reload_choices(self.assessment.proposed_space)

    # -- showing the guest -------------------------------------------------------------
    def show_guest(self) -> None:
        details, assessment = self.details, self.assessment
        if details is None or assessment is None:
            return
        profile = assessment.profile
        language = self.ui.languageCombo.currentData()
        self.ui.addressLabel.setText(
            form_of_address(details.title, details.given_names, details.surname, language))
        show_text(self.ui.flightLabel, self._flight_text(details))
        show_text(self.ui.loyaltyLabel, self._loyalty_text(details, profile))
        show_text(self.ui.historyLabel, self._history_text(profile))
        self._show_decision(assessment)
        self.ui.companionScanButton.setEnabled(True)
        self.ui.previewCardButton.setEnabled(False)
        self.ui.printCardButton.setEnabled(False)
        self.ui.doneLabel.clear()

    def _flight_text(self, details: PassDetails) -> str:
        if not details.has_flight:
            return self.tr("Invited guest, no flight")
        parts = [flight_label(details.carrier, details.flight_number)]
        if details.origin or details.destination:
            parts.append(f"{details.origin} → {details.destination}".strip())
        if details.effective_cabin is not None:
            parts.append(words.label(details.effective_cabin))
        if details.seat:
            parts.append(self.tr("seat %1").replace("%1", details.seat.lstrip("0")))
        if details.flight_date is not None:
            parts.append(details.flight_date.strftime("%d %b %Y"))
        return " · ".join(parts)

    def _loyalty_text(self, details: PassDetails, profile: GuestProfile | None) -> str:
        programme = details.frequent_flyer_airline or (profile.frequent_flyer_programme
                                                       if profile else "")
        tier = details.frequent_flyer_tier or (profile.frequent_flyer_tier if profile else "")
        if not programme:
            return ""
        text = self.tr("Frequent flyer: %1").replace("%1", programme)
        return f"{text} {tier}".strip()

    def _history_text(self, profile: GuestProfile | None) -> str:
        if profile is None:
            return self.tr("First visit: welcome them to the lounge.")
        notes = []
        if profile.birthday_today:
            notes.append(self.tr("🎂 Birthday today!"))
        if profile.complaint_last_time is not None:
            category = words.label(profile.complaint_last_time.category)
            notes.append(self.tr("⚠ Complained last time (%1)").replace("%1", category))
        visits = self.tr("%n earlier visit(s)", "", profile.earlier_visits)
        if profile.last_visit_at is not None:
            last = lounge_time.to_local(profile.last_visit_at, self.session.lounge.timezone)
            visits += self.tr(", last on %1").replace("%1", last.strftime("%d %b %Y"))
        notes.append(visits)
        if profile.preferences:
            notes.append(self.tr("Prefers: %1").replace("%1", profile.preferences))
        return " · ".join(notes)

    def _show_decision(self, assessment: checkin.Assessment) -> None:
        refusal, decision = assessment.refusal, assessment.decision
        self.ui.decisionLabel.show()
        self._show_entry_buttons(not_eligible=isinstance(refusal, checkin.NotEligible))
        self.ui.paidButton.setText(self.tr("Paid entry"))
        if isinstance(refusal, checkin.AlreadyCheckedIn):
            self.ui.decisionLabel.setText(str(refusal))
            set_tone(self.ui.decisionLabel, "error")
            self.say(self.tr("Already checked in: the visit is selected in the list."), "warn")
            self.select_visit(refusal.visit_id)
            return
        if isinstance(refusal, checkin.NotEligible):
            self.ui.decisionLabel.setText(self.tr("Not eligible: %1").replace("%1", refusal.reason))
            set_tone(self.ui.decisionLabel, "error")
            if refusal.paid_price is not None:
                self.ui.paidButton.setText(
                    self.tr("Paid entry · %1").replace("%1", f"{refusal.paid_price:.2f}"))
                self.ui.paidButton.setEnabled(True)
            self.ui.exceptionButton.setEnabled(True)
            self.say(self.tr("Offer paid entry, or ask a duty manager for an exception."), "warn")
            return
        if refusal is not None:
            self.ui.decisionLabel.setText(str(refusal))
            set_tone(self.ui.decisionLabel, "error")
            self.say(str(refusal), "error")
            return
        reason = decision.reason if decision is not None else ""
        if self.companions and decision is not None and decision.rule is not None:
            reason += " " + self._party_text(decision.rule.allowance)
        self.ui.decisionLabel.setText(self.tr("Welcome: %1").replace("%1", reason))
        set_tone(self.ui.decisionLabel, "ok")
        self.ui.checkInButton.setEnabled(True)
        self.ui.waitButton.setEnabled(True)
        if assessment.proposed_space is None:
            self.ui.checkInButton.setEnabled(False)
            self.say(self.tr("The lounge is full for this party: offer the waiting list (F4)."),
                     "warn")
        else:
            self.say(self.tr("Press Enter to check in, or pick a space and attendant first."))

    def _party_text(self, allowance: Any) -> str:
        charges = companion_charges(allowance, len(self.companions))
        if charges is None:
            return allowance_message(allowance, len(self.companions))
        text = self.tr("Companions: %1 free").replace("%1", str(charges.free))
        if charges.paid:
            text += self.tr(", %1 at %2 each").replace("%1", str(charges.paid)).replace(
                "%2", f"{charges.price:.2f}")
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
    def reload_choices(self, proposed: Space | None = None) -> None:
        combo = self.ui.spaceCombo
        combo.clear()
        combo.addItem(self.tr("Best free space"), None)
        for space in checkin.active_spaces(self.session):
            combo.addItem(f"{space.name} ({words.in_a_sentence(space.kind)}, {space.capacity})",
                          space.id)
        if proposed is not None:
            combo.setCurrentIndex(combo.findData(proposed.id))
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
            self.say(self.tr("Scan the main guest's pass first."), "warn")
        elif text:
            self.add_companion(CompanionDetails(name=text))
        self.focus_scan()

    @Slot(bool)
    def _on_companion_scan_toggled(self, on: bool) -> None:
        """While on, the button offers to cancel it; the message line says what to do."""
        self.ui.companionScanButton.setText(
            self.tr("Cancel companion scan") if on else self.tr("Scan companion's pass"))
        if on:
            self.say(self.tr("Scan the companion's pass now: it joins the party of %1.")
                     .replace("%1", self.ui.addressLabel.text()))
        self.focus_scan()

    def add_companion(self, companion: CompanionDetails) -> None:
        self.companions.append(companion)
        self._show_party()
        self.reassess()
        self.show_guest()
        self._say_party(self.tr("Companion added: %1 — party of %2"), companion.name)

    def remove_companion(self, index: int) -> None:
        removed = self.companions.pop(index)
        self._show_party()
        self.reassess()
        self.show_guest()
        self._say_party(self.tr("Companion removed: %1 — party of %2"), removed.name)
        self.focus_scan()

    def _say_party(self, template: str, name: str) -> None:
        """The party's change, ahead of what the desk says about the guest now."""
        line = template.replace("%1", shortened(name)).replace("%2", str(1 + len(self.companions)))
        after, tone = self.ui.deskMessage.text(), self.ui.deskMessage.property("tone")
        self.say(f"{line}. {after}".strip(), tone if tone in ("warn", "error") else "ok")

    def _show_party(self) -> None:
        """Everyone in the party on one wrapped line, each with a ✕ that takes them out:
        it takes little room, so nobody is hidden below a one-row list."""
        names = [f'{html.escape(shortened(companion.name))}&nbsp;<a href="{index}">✕</a>'
                 for index, companion in enumerate(self.companions)]
        heading = self.tr("Party of %1:").replace("%1", str(1 + len(self.companions)))
        self.ui.partyNames.setText(f"{html.escape(heading)} {' · '.join(names)}")
        self.ui.partyNames.setVisible(bool(self.companions))

    # -- checking in -------------------------------------------------------------------
    def check_in(self, *, paid: bool = False, wait: bool = False,
                 exception: tuple[int, str, str] | None = None) -> Visit | None:
        """Check the guest at the desk in; refusals are shown, never raised."""
        if self.details is None:
            return None
        arguments: dict[str, Any] = dict(
            party=list(self.companions), space_id=self.ui.spaceCombo.currentData(),
            attendant_id=self.ui.attendantCombo.currentData(),
            language=self.ui.languageCombo.currentData(), paid=paid, wait=wait)
        if exception is not None:
            arguments.update(exception_by_staff_id=exception[0], exception_pin=exception[1],
                             exception_reason=exception[2])
        try:
            visit = checkin.check_in(self.session, self.details, **arguments)
        except checkin.LoungeFull as full:
            self.say(str(full), "warn")
            self.ui.waitButton.setEnabled(True)
            return None
        except checkin.ExceptionRefused:
            raise  # shown in the approval dialog
        except ServiceError as refusal:
            self.say(str(refusal), "error")
            return None
        self.checked_in(visit)
        return visit

    def checked_in(self, visit: Visit) -> None:
        visit = checkin.find_visit(self.session, visit.id) or visit
        name = self.ui.addressLabel.text()
        if visit.space is not None:
            where = visit.space.name
            if visit.attendant is not None:
                where += self.tr(", with %1").replace("%1", visit.attendant.name)
            self.say(self.tr("%1 is checked in: %2.").replace("%1", name).replace("%2", where), "ok")
        else:
            self.say(self.tr("%1 is on the waiting list; the board watches the wait.")
                     .replace("%1", name), "warn")
        self.details = self.assessment = None
        self.companions = []
        self._show_party()
        self._no_companion_scan()
        self._show_entry_buttons(not_eligible=False)
        self.last_visit_id = visit.id
        self.ui.doneLabel.setText(self.tr("Welcome card for %1").replace("%1", name))
        self.ui.previewCardButton.setEnabled(visit.space is not None)
        self.ui.printCardButton.setEnabled(visit.space is not None)
        self.events.data_changed.emit("visits")
        if visit.space is not None and self.settings.get(AUTO_PRINT_CARD):
            self.print_card()
        self.focus_scan()

    @Slot()
    def request_exception(self) -> None:
        def approve(staff_id: int, pin: str, reason: str) -> str | None:
            try:
                visit = self.check_in(exception=(staff_id, pin, reason))
            except checkin.ExceptionRefused as refused:
                return str(refused)
            return None if visit is not None else self.ui.deskMessage.text()

        dialog = AuthoriseDialog(
            self.session, Permission.GRANT_EXCEPTION,
            self.tr("A duty manager may let this guest in as an exception."),
            ask_reason=True, parent=self, approve_with=approve)
        dialog.exec()
        self.back_from_dialog()

    # -- the list of guests in the lounge ----------------------------------------------
    def reload_in_lounge(self) -> None:
        selected = self.selected_visit_id()
        lounge = self.session.lounge
        visits = checkin.guests_in_lounge(self.session, self.ui.searchEdit.text())
        self.model.set_rows(rows_from(visits, lounge.timezone, self.tr("waiting")))
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
            self.say(self.tr("Select the guest to check out in the list."), "warn")
            return
        row = self.model.rows[self.model.row_of(visit_id)]
        dialog = CheckOutDialog(row.name, self)
        if dialog.exec() == CheckOutDialog.DialogCode.Accepted:
            self.check_out(visit_id, dialog.rating)
        self.back_from_dialog()

    def check_out(self, visit_id: int, rating: int | None) -> None:
        try:
            checkin.check_out(self.session, visit_id, rating)
        except ServiceError as refusal:
            self.say(str(refusal), "error")
            return
        self.say(self.tr("Checked out. Thank the guest and wish them a good flight."), "ok")
        self.events.data_changed.emit("visits")

    # -- the welcome card --------------------------------------------------------------
    def card_pdf(self) -> bytes | None:
        if self.last_visit_id is None:
            return None
        from vipdesk.documents.welcome_card import render_welcome_card
        data = welcome_card_data(self.session, self.last_visit_id,
                                 self.ui.languageCombo.currentData())
        return render_welcome_card(data, page_size=self.settings.get(CARD_PAGE_SIZE))

    @Slot()
    def preview_card(self) -> None:
        pdf = self.card_pdf()
        if pdf is None:
            return
        from vipdesk.gui.pdf_preview import PdfPreviewDialog
        PdfPreviewDialog(pdf, self.tr("Welcome card"), "welcome-card.pdf", self).exec()
        self.back_from_dialog()

    @Slot()
    def print_card(self) -> None:
        pdf = self.card_pdf()
        if pdf is None:
            return
        from vipdesk.gui.pdf_preview import print_pdf, printer_named
        printer = printer_named(self.settings.get(CARD_PRINTER))
        try:
            print_pdf(pdf, printer)
        except OSError as problem:
            QMessageBox.warning(self, self.tr("Card not printed"), str(problem))
        else:
            self.say(self.tr("Welcome card sent to %1.").replace("%1", printer.printerName()
                                                                or self.tr("the printer")), "ok")
        self.back_from_dialog()

    # -- starting over -----------------------------------------------------------------
    def forget_agent(self) -> None:
        """The desk locked or the agent signed out: the next person finds a fresh desk, with
        no guest, no card, no search, no selection and the language and attendant at their
        defaults. The list itself is read again when the desk is next shown. A manual-entry
        draft goes on sign-out; a locked desk keeps it for the agent who locked it only."""
        self.last_visit_id = None
        if self.session.staff is None:  # signed out; a locked desk keeps it for its agent
            self.manual_draft = None
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
                      self.ui.decisionLabel):
            show_text(label, "")
        self.ui.addressLabel.setText(self.tr("Ready for the next guest"))
        self._show_entry_buttons(not_eligible=False)
        self.say(self.tr("Scan a boarding pass. F2: manual entry · Esc: clear"))
        self.focus_scan()


