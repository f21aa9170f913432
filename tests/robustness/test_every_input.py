"""Every naughty string, typed into every field a person can type into, is kept or refused.

Through the real widgets: text goes in with ``setText``/``setPlainText`` (as a paste) for
the whole list, with ``qtbot.keyClicks`` for a sample; the real buttons save; the service's
read function reads it back. Then the welcome cards, the daily reports and the handover
print with those strings in them. And a scanner's garbage gets a message and saves nothing.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

import vipdesk.services.setup as setup_service
from tests.conftest import ADMIN_PIN, MANAGER_PIN
from tests.helpers.desk_screen import open_desk
from tests.helpers.qt import delete_later_now
from tests.report_fixtures import pdf_pages, printable_sample, report_body, squeezed
from tests.robustness.blns_helpers import (
    Tally,
    collapsed,
    exact,
    in_line_edit,
    in_plain_text_edit,
    stripped,
)
from vipdesk.clock import FakeClock
from vipdesk.documents.complaint_report import complaint_report_pdf
from vipdesk.documents.guest_report import guest_report_pdf
from vipdesk.documents.handover_pdf import render_handover_pdf
from vipdesk.documents.welcome_card import render_welcome_card
from vipdesk.domain.pin import PinKey
from vipdesk.domain.vocabulary import Entitlement, Role
from vipdesk.gui.complaints_screen import ComplaintsScreen
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.desk_screen import DeskScreen
from vipdesk.gui.desk_settings import DeskSettings
from vipdesk.gui.first_run_dialog import FirstRunDialog
from vipdesk.gui.handover_screen import HandoverScreen
from vipdesk.gui.manual_entry_dialog import ManualEntryDialog
from vipdesk.gui.settings_screen import SettingsScreen
from vipdesk.gui.staff_screen import StaffScreen
from vipdesk.services import access_rules, checkin, complaints, reports, shifts, staff
from vipdesk.services.lounge_settings import lounge_settings
from vipdesk.services.reports import guest_display_name
from vipdesk.services.session import Session
from vipdesk.services.setup import find_lounge
from vipdesk.services.staff_list import staff_rows
from vipdesk.services.visit_records import VisitRecord
from vipdesk.services.welcome_cards import welcome_card_data
from vipdesk.storage.database import open_database
from vipdesk.storage.models import AccessRule, AuditEvent, Companion, Space, Staff, Visit

DAY = dt.date(2026, 11, 23)  # the fake clock's day in Copenhagen
TYPED_SAMPLE = 20
CARD_EVERY = 5
SAFE = "Probe"


def click(qtbot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def put(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """As a paste: the widget's own setter, its signals fire as when typed."""
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)


def type_keys(qtbot, widget: QWidget, text: str) -> None:
    """Key by key. A control character or a letter beyond ASCII arrives as a key event
    carrying it (QTest's keyClicks aborts on a character it has no key for)."""
    for part in re.split(r"([^\x20-\x7e])", text):
        if len(part) == 1 and not " " <= part <= "~":
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(
                    kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, part))
        elif part:
            qtbot.keyClicks(widget, part)


def enter(qtbot, widget: QLineEdit | QPlainTextEdit, text: str, typing: bool) -> str:
    """Type or paste ``text`` into an emptied field; what the field holds (the raw text of a
    QPlainTextEdit, with its paragraph breaks as line breaks)."""
    widget.clear()
    if typing:
        type_keys(qtbot, widget, text)
    else:
        put(widget, text)
    if isinstance(widget, QPlainTextEdit):
        return widget.document().toRawText().replace("\u2029", "\n")
    return widget.text()


def typed_sample(strings: list[str]) -> list[str]:
    """About 20 strings a keyboard can type (keyClicks sends characters one by one): the
    spread of the list, right-to-left, CJK, emoji, markup; no control characters."""
    usable = [s for s in strings if s.strip() and s.isprintable() and len(s) < 200]
    picked = usable[:: max(1, len(usable) // (TYPED_SAMPLE - 4))][: TYPED_SAMPLE - 4]
    picked += [next(s for s in usable if any("\u0590" <= ch <= "\u08ff" for ch in s)),
               next(s for s in usable if any("\u4e00" <= ch <= "\u9fff" for ch in s)),
               next(s for s in usable if any(ord(ch) > 0x1F000 for ch in s)),
               next(s for s in usable if "<script" in s)]
    return list(dict.fromkeys(picked))


# -- the desk: manual entry, the party, the search --------------------------------------------


class DeskProbe:
    """Manual entry → the desk → Check in, as an agent does it; a visit per usable string."""

    def __init__(self, qtbot, session: Session, tally: Tally) -> None:
        self.qtbot, self.session, self.tally = qtbot, session, tally
        self.desk = open_desk(qtbot, session)
        lounge = session.lounge
        self.dialog = ManualEntryDialog(lounge.airport, DAY, self.desk)
        qtbot.addWidget(self.dialog)
        self.dialog.ui.invitedCheck.setChecked(True)
        self.visit_ids: list[int] = []

    def enter(self, surname: str, given: str) -> None:
        self.dialog.details = None
        put(self.dialog.ui.surnameEdit, surname)
        put(self.dialog.ui.givenNamesEdit, given)
        self.submit()

    def submit(self) -> None:
        """Continue, then what ``DeskScreen.manual_entry`` does once its dialog is accepted
        (the probe keeps one dialog rather than a modal ``exec()`` per string)."""
        click(self.qtbot, self.dialog.ui.okButton)
        if self.dialog.details is not None:
            self.desk.show_details(self.dialog.details)

    def try_one(self, n: int, text: str, *, typing: bool = False) -> None:
        ui = self.dialog.ui
        if typing:
            for edit in (ui.surnameEdit, ui.givenNamesEdit):
                edit.clear()
                type_keys(self.qtbot, edit, text)
            self.dialog.details = None
            self.submit()
        else:
            self.enter(text, text)
        surname_typed, given_typed = ui.surnameEdit.text(), ui.givenNamesEdit.text()
        surname_error, given_error = ui.surnameError.text(), ui.givenNamesError.text()
        if self.dialog.details is None and bool(surname_error) != bool(given_error):
            # One field refused it: try the other alone, so each field is tried with it.
            self.enter(*((f"{SAFE} {n}", text) if surname_error else (text, SAFE)))
        details = self.dialog.details
        companion = self._add_companion(text, typing=typing) if details is not None else None
        visit = self._check_in() if details is not None else None
        if visit is None and companion is not None and details is not None:
            companion_message = self.desk.ui.deskMessage.text()
            self.desk.remove_companion(0)
            visit = self._check_in()
            self.tally.record("companion name", text, companion, None, companion_message,
                              limit=self.desk.ui.companionEdit.maxLength())
        elif companion is not None and visit is not None:
            stored = [c.name for c in Companion.select().where(Companion.visit == visit.id)]
            self.tally.record("companion name", text, companion, stored[0] if stored else "",
                              "", saved_as=collapsed,
                              limit=self.desk.ui.companionEdit.maxLength())
        message = self.desk.ui.deskMessage.text()
        if details is None or (details.surname == collapsed(surname_typed)):
            self.tally.record("surname", text, surname_typed,
                              visit.surname if visit else None, surname_error or message,
                              saved_as=collapsed, same_guest_ok=True,
                              limit=ui.surnameEdit.maxLength())
        if details is None or (details.given_names == collapsed(given_typed)):
            self.tally.record("given names", text, given_typed,
                              visit.given_names if visit else None, given_error or message,
                              saved_as=collapsed, same_guest_ok=True,
                              limit=ui.givenNamesEdit.maxLength())
        if visit is not None:
            self._search_finds(visit, text)
            checkin.check_out(self.session, visit.id)  # the seat is free for the next one
            self.visit_ids.append(visit.id)

    def _add_companion(self, text: str, *, typing: bool) -> str:
        edit = self.desk.ui.companionEdit
        typed = enter(self.qtbot, edit, text, typing)
        self.qtbot.keyClick(edit, Qt.Key.Key_Return)
        if not self.desk.companions:
            return None  # nothing to add (blank): nothing to check
        return typed

    def _check_in(self) -> VisitRecord | None:
        button = self.desk.ui.checkInButton
        if not button.isEnabled():
            return None
        click(self.qtbot, button)
        if self.desk.last_visit_id is None:
            return None
        return checkin.find_visit(self.session, self.desk.last_visit_id)

    def _search_finds(self, visit: VisitRecord, text: str) -> None:
        search = self.desk.ui.searchEdit
        put(search, text)
        rows = self.desk.model.rows
        if collapsed(text) and collapsed(text) == visit.surname and not any(
                row.visit_id == visit.id for row in rows):
            self.tally.failures.append(f"search: {text[:60]!r} does not find its guest")
        search.clear()


# -- complaints: the feedback dialog and the note on the complaint screen -----------------------

FEEDBACK_FIELDS = {  # widget name → (error label, the FeedbackDetail value read back)
    "wordsEdit": ("wordsError", lambda d: d.summary.guest_words),
    "expectsEdit": ("expectsError", lambda d: d.summary.guest_expects),
    "immediateEdit": ("immediateError", lambda d: d.immediate_action),
    "compensationKindEdit": ("compensationError", lambda d: d.compensation_kind),
    "workOrderEdit": ("workOrderError", lambda d: d.work_orders[0].description
                      if d.work_orders else ""),
    "promiseHowEdit": ("promiseError", lambda d: d.summary.promise_how),
}


def log_feedback(qtbot, screen: ComplaintsScreen, session: Session, tally: Tally, text: str,
                 *, typing: bool = False) -> int | None:
    dialog = screen.log_feedback_for(None, None)
    dialog.ui.promiseGroup.setChecked(True)
    typed, limits = {}, {}
    for name in FEEDBACK_FIELDS:
        widget = getattr(dialog.ui, name)
        typed[name] = enter(qtbot, widget, text, typing)
        limits[name] = widget.maxLength() if isinstance(widget, QLineEdit) else 32767
    click(qtbot, dialog.ui.saveButton)
    refused = {name for name, (error, _) in FEEDBACK_FIELDS.items()
               if not getattr(dialog.ui, error).isHidden()}
    messages = {name: getattr(dialog.ui, FEEDBACK_FIELDS[name][0]).text() for name in refused}
    if dialog.saved_id is None and refused:
        for name in refused:  # the refused fields get safe words; the others are saved
            put(getattr(dialog.ui, name), SAFE)
        click(qtbot, dialog.ui.saveButton)
    if dialog.saved_id is None:
        tally.failures.append(f"feedback: {text[:60]!r} not saved: "
                              f"{dialog.ui.formMessage.text()!r}")
        dialog.put_aside()
        return None
    detail = complaints.get_feedback(session, dialog.saved_id)
    for name, (_, read) in FEEDBACK_FIELDS.items():
        widget = in_plain_text_edit if name in ("wordsEdit", "expectsEdit") else in_line_edit
        stored = None if name in refused else read(detail)
        if name == "workOrderEdit" and not typed[name].strip():
            stored = typed[name]  # a blank work order is no work order, by design
        tally.record(f"feedback {name[:-4]}", text, typed[name], stored,
                     messages.get(name, ""), widget=widget, limit=limits[name])
    return dialog.saved_id


def add_note(qtbot, screen: ComplaintsScreen, session: Session, tally: Tally, item: int,
             text: str, *, typing: bool = False) -> None:
    screen.show_item(item)  # as a click on its row does (the list is reloaded on each save)
    edit = screen.ui.stepTextEdit
    typed = enter(qtbot, edit, text, typing)
    before = len(complaints.get_feedback(session, item).history)
    click(qtbot, screen.ui.noteButton)
    history = complaints.get_feedback(session, item).history
    stored = history[-1].note if len(history) > before else None
    tally.record("complaint note", text, typed, stored, screen.ui.deskMessage.text(),
                 limit=edit.maxLength())


# -- the handover diary ---------------------------------------------------------------------------


def add_diary_entry(qtbot, screen: HandoverScreen, session: Session, tally: Tally, shift_id: int,
                    text: str, *, typing: bool = False) -> None:
    typed = enter(qtbot, screen.ui.entryEdit, text, typing)
    before = len(shifts.diary(session, shift_id))
    click(qtbot, screen.ui.addEntryButton)
    diary = shifts.diary(session, shift_id)
    stored = diary[-1].text if len(diary) > before else None
    tally.record("diary entry", text, typed, stored, screen.ui.deskMessage.text(),
                 widget=in_plain_text_edit)


# -- the test that runs them all on one lounge day, then prints it -------------------------------


def pdf_text(pdf: bytes) -> str:
    return squeezed(" ".join(pdf_pages(pdf)))


def test_every_string_at_the_desk_is_kept_or_refused_and_prints(
        qtbot, desk_session: Session, team: dict[str, Staff], strings: list[str],
        tally: Tally) -> None:
    session = desk_session
    desk = DeskProbe(qtbot, session, tally)
    complaints_screen = ComplaintsScreen(session, DeskEvents())
    qtbot.addWidget(complaints_screen)
    complaints_screen.show()
    complaints_screen.activate()
    handover = HandoverScreen(session, DeskEvents())
    qtbot.addWidget(handover)
    handover.show()
    handover.activate()
    click(qtbot, handover.ui.startShiftButton)
    shift_id = shifts.current_shift(session).id
    handover.hide()  # each entry redraws its list; hidden, other changes do not redraw it again

    sample = set(typed_sample(strings))
    items = []
    for n, text in enumerate(strings):
        desk.try_one(n, text)
        item = log_feedback(qtbot, complaints_screen, session, tally, text)
        if item is not None:
            items.append(item)
            add_note(qtbot, complaints_screen, session, tally, item, text)
        add_diary_entry(qtbot, handover, session, tally, shift_id, text)
        delete_later_now()  # the feedback dialogs closed so far
    for n, text in enumerate(sorted(sample)):  # the same, typed key by key
        desk.try_one(10_000 + n, text, typing=True)
        item = log_feedback(qtbot, complaints_screen, session, tally, text, typing=True)
        if item is not None:
            add_note(qtbot, complaints_screen, session, tally, item, text, typing=True)
        add_diary_entry(qtbot, handover, session, tally, shift_id, text, typing=True)
        delete_later_now()
    assert len(desk.visit_ids) > len(strings) // 2

    # Print: welcome cards (every guest's card data; a PDF for every CARD_EVERY-th guest and
    # every typed one, 25 ms each), the handover, the day's reports.
    typed_visits = set(desk.visit_ids[len(desk.visit_ids) - len(sample):])
    cards = 0
    for n, visit_id in enumerate(desk.visit_ids):
        data = welcome_card_data(session, visit_id)
        if n % CARD_EVERY == 0 or visit_id in typed_visits:
            assert render_welcome_card(data).startswith(b"%PDF")
            cards += 1
    print(f"\n{len(desk.visit_ids)} guests, {cards} welcome cards printed")
    handover.show()
    click(qtbot, handover.ui.endShiftButton)
    record = shifts.handover(session, shift_id)
    handover_pdf = render_handover_pdf(record.data)
    # The daily reports are a duty manager's: one sign-in (scrypt once, not in a loop).
    assert staff.sign_in(session, team["manager"].id, MANAGER_PIN).ok
    guest_pdf = guest_report_pdf(reports.guest_report(session, DAY))
    complaint_pdf = complaint_report_pdf(reports.complaint_report(session, DAY))

    readable = printable_sample(strings, every=7)
    assert len(readable) >= 20
    guest_text = squeezed(report_body(pdf_pages(guest_pdf)))
    complaint_text = squeezed(report_body(pdf_pages(complaint_pdf)))
    handover_text = pdf_text(handover_pdf)
    guests = {}  # surname → the name as the report prints it (tidied: "undef" → "Undef")
    for visit_id in desk.visit_ids:
        guest = Visit.get_by_id(visit_id).guest
        guests[collapsed(guest.surname)] = guest_display_name(
            guest.title, guest.given_names, guest.surname, guest.language)
    for text in readable:
        if text in guests and len(text) < 60:
            assert squeezed(guests[text]) in guest_text, f"guest report lacks {text!r}"
        assert squeezed(text[:200]) in complaint_text, f"complaint report lacks {text!r}"
        assert squeezed(text) in handover_text, f"handover lacks {text!r}"


# -- settings, staff, first run --------------------------------------------------------------------


@pytest.fixture
def admin_session(session: Session, team: dict[str, Staff]) -> Session:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    return session


def test_every_string_in_the_lounge_settings_and_access_rules(
        qtbot, admin_session: Session, strings: list[str], tally: Tally, tmp_path: Path) -> None:
    desk = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    screen = SettingsScreen(admin_session, DeskEvents(), desk)
    qtbot.addWidget(screen)
    screen.activate()
    ui = screen.ui
    sample = set(typed_sample(strings))
    for text in strings + sorted(sample):
        typing = text in sample and tally.fields.get("lounge name", None) is not None and \
            tally.fields["lounge name"].tried >= len(strings)
        for name, edit, read, saved_as in (
                ("lounge name", ui.nameEdit, lambda s: s.name, stripped),
                ("wifi network", ui.wifiNetworkEdit, lambda s: s.wifi_network, exact),
                ("wifi password", ui.wifiPasswordEdit, lambda s: s.wifi_password, exact)):
            typed = enter(qtbot, edit, text, typing)
            before = lounge_settings(admin_session)
            click(qtbot, ui.saveLoungeButton)
            message = ui.loungeMessage.text()
            after = lounge_settings(admin_session)
            stored = None if message else read(after)
            if message and after != before:
                tally.failures.append(f"{name}: {text[:60]!r} refused yet saved")
            tally.record(name, text, typed, stored, message, saved_as=saved_as,
                         limit=edit.maxLength())
        for name, edit, read, way_in in (
                ("rule name", ui.ruleNameEdit, lambda r: r.name, Entitlement.FREQUENT_FLYER),
                ("rule tier", ui.tierEdit, lambda r: r.frequent_flyer_tier,
                 Entitlement.FREQUENT_FLYER),
                ("rule card pattern", ui.cardPatternEdit, lambda r: r.card_pattern,
                 Entitlement.MEMBERSHIP)):
            click(qtbot, ui.newRuleButton)  # a rule that saves, but for the field under test
            put(ui.ruleNameEdit, SAFE)
            ui.entitlementCombo.setCurrentIndex(ui.entitlementCombo.findData(way_in))
            put(ui.airlineEdit, "SK")
            put(ui.tierEdit, "Gold")
            put(ui.cardPatternEdit, "NL-*")
            typed = enter(qtbot, edit, text, typing)
            count = AccessRule.select().count()
            click(qtbot, ui.saveRuleButton)
            message = ui.ruleMessage.text()
            saved = screen.editing_id if AccessRule.select().count() > count else None
            if message and saved is not None:
                tally.failures.append(f"{name}: {text[:60]!r} refused yet saved")
            rule = next((r for r in access_rules.rules(admin_session) if r.id == saved), None)
            tally.record(name, text, typed, read(rule) if rule else None, message,
                         saved_as=stripped, limit=edit.maxLength())
            if rule is not None:
                access_rules.delete_rule(admin_session, rule.id)


def test_every_string_as_a_staff_name(qtbot, admin_session: Session, strings: list[str],
                                      tally: Tally) -> None:
    screen = StaffScreen(admin_session, DeskEvents())
    qtbot.addWidget(screen)
    screen.activate()
    ui = screen.ui
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role.ATTENDANT))  # no PIN to hash
    sample = set(typed_sample(strings))
    for n, text in enumerate(strings + sorted(sample)):
        ui.nameEdit.clear()
        if n >= len(strings):
            type_keys(qtbot, ui.nameEdit, text)
        else:
            put(ui.nameEdit, text)
        typed = ui.nameEdit.text()
        before = {row.id for row in staff_rows(admin_session)}
        click(qtbot, ui.addButton)
        new = [row for row in staff_rows(admin_session) if row.id not in before]
        tally.record("staff name", text, typed, new[0].name if new else None,
                     ui.messageLabel.text(), saved_as=stripped, limit=ui.nameEdit.maxLength())


@pytest.fixture(scope="module")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the schema and nothing in it, as a new desk makes on first run."""
    path = tmp_path_factory.mktemp("first-run") / "empty.sqlite3"
    open_database(path).close()  # the last connection to close folds the WAL into the file
    return path


def test_every_string_at_first_run(qtbot, empty_database: Path, clock: FakeClock,
                                   strings: list[str], tally: Tally,
                                   monkeypatch: pytest.MonkeyPatch, pin_key: PinKey) -> None:
    """Each string on a new, empty database: the first-run dialog sets up one lounge per
    database, and the audit trail (append-only) keeps a lounge from being forgotten."""
    # scrypt takes 0.1 s by design; 515 administrators would take a minute. Not under test here.
    monkeypatch.setattr(setup_service, "hash_pin", lambda pin, key: f"test${pin}")
    sample = set(typed_sample(strings))
    fields = (("lounge name", "nameEdit", "nameError"),
              ("administrator name", "adminNameEdit", "adminNameError"),
              ("space name", None, "spacesError"))
    for n, text in enumerate(strings + sorted(sample)):
        path = empty_database.with_name(f"lounge-{n}.sqlite3")
        shutil.copyfile(empty_database, path)
        db = open_database(path)
        session = Session(db=db, clock=clock, pin_key=pin_key)
        dialog = FirstRunDialog(session)
        qtbot.addWidget(dialog)
        ui = dialog.ui
        put(ui.airportEdit, "CPH")
        ui.timezoneCombo.setEditText("Europe/Copenhagen")
        put(ui.adminPinEdit, "482915")
        put(ui.adminPinRepeatEdit, "482915")
        typed: dict[str, str] = {}
        refused: dict[str, str] = {}
        for attempt in range(2):
            for name, edit, _error in fields:
                value = SAFE if name in refused else text
                if edit is None:  # the first row of the spaces table, as its editor commits
                    ui.spacesTable.item(0, 0).setText(value)
                    typed.setdefault(name, ui.spacesTable.item(0, 0).text())
                    continue
                widget = getattr(ui, edit)
                widget.clear()
                if n >= len(strings) and name not in refused:
                    type_keys(qtbot, widget, value)
                else:
                    put(widget, value)
                typed.setdefault(name, widget.text())
            click(qtbot, ui.createButton)
            if dialog.result() == FirstRunDialog.DialogCode.Accepted or attempt:
                break
            refused = {name: getattr(ui, error).text() for name, _, error in fields
                       if getattr(ui, error).text()}
            if not refused:
                break
        lounge = find_lounge(session)
        for name, widget_name, _ in fields:
            stored = None
            if lounge is not None and name not in refused:
                stored = {"lounge name": lounge.name,
                          "administrator name": Staff.get(Staff.lounge == lounge.id).name,
                          "space name": Space.get((Space.lounge == lounge.id)
                                                  & (Space.position == 0)).name}[name]
            edit = getattr(ui, widget_name) if widget_name else None
            tally.record(name, text, typed[name], stored, refused.get(name, ""),
                         saved_as=stripped, limit=edit.maxLength() if edit else 32767)
        if lounge is None:
            tally.failures.append(f"first run: {text[:60]!r} set up no lounge even with "
                                  f"safe words in the refused fields: "
                                  f"{[getattr(ui, e).text() for _, _, e in fields]}")
        dialog.close()
        delete_later_now()
        db.close()
        path.unlink()


# -- the scanner ---------------------------------------------------------------------------------


def boarding_pass(name: str = "CHEN/LIMS", sequence: str = "0025") -> str:
    """A one-leg IATA BCBP pass for SK 501, CPH → LHR, 23 Nov 2026, business."""
    return f"M1{name:<20}EABC123 CPHLHRSK 0501 327J002A{sequence:<5}100"


def scanner_garbage() -> dict[str, str]:
    good = boarding_pass()
    noise = random.Random(7)
    return {
        "random garbage": "".join(noise.choice("ABCXYZ0123456789/<>%$#@! ") for _ in range(70)),
        "pass-shaped garbage": "M1" + "".join(noise.choice("x9 /") for _ in range(60)),
        "half a pass": good[: len(good) // 2],
        "half a pass, padded": good[: len(good) // 2] + " " * 20,
        "two passes glued": good + boarding_pass("HANSEN/METTE", "0026"),
        "a pass with a group separator": good[:30] + "\x1d" + good[30:],
        "a pass with a NUL": good[:30] + "\x00" + good[30:],
        "a pass with a tab": good[:30] + "\t" + good[30:],
        "a pass ending in control characters": good + "\x1d\x00\x04",
        "10,000 characters": "M1" + "A" * 9_998,
        "10,000 characters of noise": "".join(noise.choice("M1 /Zz9") for _ in range(10_000)),
        "CJK": "M1" + "田中さんにあげて下さい" * 6,
        "emoji": "M1" + "😍🎉👍🏽" * 20,
        "right to left": "M1" + "مرحبا بالعالم" * 5,
    }


@pytest.fixture
def scan_desk(qtbot, desk_session: Session) -> DeskScreen:
    return open_desk(qtbot, desk_session)


@pytest.mark.parametrize("what", list(scanner_garbage()))
def test_scanner_garbage_gets_a_message_and_saves_nothing(qtbot, scan_desk: DeskScreen,
                                                          what: str) -> None:
    text = scanner_garbage()[what]
    visits, audit = Visit.select().count(), AuditEvent.select().count()
    focus = QApplication.focusWidget()
    assert focus is scan_desk.ui.scanEdit
    if len(text) > 500:
        scan_desk.ui.scanEdit.setText(text)  # a scanner's burst; keyClicks of 10,000 is slow
    else:
        type_keys(qtbot, focus, text)
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    message = scan_desk.ui.deskMessage.text()
    assert message.strip() and "Traceback" not in message, what
    assert len(message) < 400, "the message is for a person, not the whole scan"
    # Enter again (the scanner's second Enter, or an agent's reflex) checks nobody in.
    if scan_desk.details is None:
        qtbot.keyClick(scan_desk.ui.scanEdit, Qt.Key.Key_Return)
    assert Visit.select().count() == visits
    assert AuditEvent.select().count() == audit


def test_a_good_pass_after_garbage_still_checks_in(qtbot, scan_desk: DeskScreen) -> None:
    for text in scanner_garbage().values():
        scan_desk.ui.scanEdit.setText(text)
        qtbot.keyClick(scan_desk.ui.scanEdit, Qt.Key.Key_Return)
    type_keys(qtbot, scan_desk.ui.scanEdit, boarding_pass("OKAFOR/ADA", "0099"))
    qtbot.keyClick(scan_desk.ui.scanEdit, Qt.Key.Key_Return)
    qtbot.keyClick(scan_desk.ui.scanEdit, Qt.Key.Key_Return)
    assert Visit.select().count() == 1
    assert "checked in" in scan_desk.ui.deskMessage.text()
