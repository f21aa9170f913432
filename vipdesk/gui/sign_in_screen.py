"""The screen the desk opens on, and returns to when it locks: pick your name, type your PIN.

The screen speaks the lounge's default language; a language chosen in its chooser (each
named in itself) switches the screen at once, keeps what is typed, and is remembered for
the staff member who signs in. Whoever signs in gets their own language; signing out
brings the lounge's back.

The PIN is checked on a worker (:mod:`vipdesk.gui.pin_check`): the screen says it is
checking and takes no second try meanwhile, and the desk keeps painting, ticking and
holding scans. The sign-in (or unlock) action then runs here, on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidgetItem, QWidget

from vipdesk.domain.vocabulary import Role
from vipdesk.gui import words
from vipdesk.gui.desk_language import remember_language
from vipdesk.gui.form_types import SignInForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.language import (
    LANGUAGES,
    current_language,
    in_language,
    use_language,
    when_language_changes,
)
from vipdesk.gui.messages import MessageLine
from vipdesk.gui.pin_check import PinChecker
from vipdesk.services import languages
from vipdesk.services import staff as staff_service
from vipdesk.services.session import Session

STAFF_ID = Qt.ItemDataRole.UserRole


class SignInScreen(QWidget):
    """Signs a staff member in; on a locked desk, unlocks it or hands it to someone else."""

    signed_in = Signal()
    check_started = Signal()  # a PIN went to the worker: the GUI thread is free meanwhile

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pin_change_due = False  # the last sign-in used a PIN the rules no longer allow
        self.checker = PinChecker(self)
        self.checker.checked.connect(self._on_checked)
        self._pending: tuple[int, str, bool] | None = None  # (staff id, PIN, unlocking)
        self.ui = load_form(SignInForm, self)
        for digit in range(10):
            button = getattr(self.ui, f"key{digit}")
            button.clicked.connect(lambda _=False, d=str(digit): self.ui.pinEdit.insert(d))
        for button in self._keypad_buttons():
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.keyClear.clicked.connect(lambda: self.ui.pinEdit.clear())
        self.ui.keyBack.clicked.connect(lambda: self.ui.pinEdit.backspace())
        self.ui.signInButton.clicked.connect(self.submit)
        self.ui.pinEdit.returnPressed.connect(self.submit)
        self.ui.staffList.itemClicked.connect(lambda _item: self.ui.pinEdit.setFocus())
        # Keyboard-first: the arrow keys pick the name while the PIN field keeps focus.
        self.ui.pinEdit.installEventFilter(self)
        self.messages = MessageLine(self.ui.messageLabel)
        self.chosen_language: str | None = None  # chosen here since the last sign-in
        self._holder_name: str | None = None
        self._people: list[tuple[QListWidgetItem, str, Role]] = []
        for code, name in LANGUAGES.items():
            self.ui.languageChoice.addItem(name, code)
        self.ui.languageChoice.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the PIN keeps it
        self.ui.languageChoice.currentIndexChanged.connect(self._language_chosen)
        self._show_language()
        when_language_changes(self, self.retranslate)

    def _show_language(self) -> None:
        """The chooser on the language the desk speaks now (not a choice of its own)."""
        choice = self.ui.languageChoice
        choice.blockSignals(True)
        choice.setCurrentIndex(max(choice.findData(current_language()), 0))
        choice.blockSignals(False)

    @Slot(int)
    def _language_chosen(self, index: int) -> None:
        code = self.ui.languageChoice.itemData(index)
        if isinstance(code, str):
            self.chosen_language = code
            if not self.checking:
                self.messages.clear()  # a line in the language just left goes with it
            use_language(code)  # every open screen retranslates; the PIN typed stays
            self.ui.pinEdit.setFocus()

    def retranslate(self) -> None:
        """The texts set here, in the language just chosen; nothing typed or picked changes."""
        if self._holder_name is not None:
            self.ui.headingLabel.setText(self.tr(
                "Desk locked. {name}, type your PIN, or tap another name."
            ).format(name=self._holder_name))
        else:
            self.ui.headingLabel.setText(self.tr("Who is at the desk?"))
        for item, name, role in self._people:
            item.setText(f"{name}\n{words.label(role)}")
        if self.checking:
            self.messages.info(self.tr("Checking your PIN…"))
        self._show_language()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.pinEdit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            if step is not None:
                self._move_selection(step)
                return True
        return super().eventFilter(watched, event)

    def _move_selection(self, step: int) -> None:
        staff_list = self.ui.staffList
        if staff_list.count():
            row = min(max(staff_list.currentRow() + step, 0), staff_list.count() - 1)
            staff_list.setCurrentRow(row)

    def _keypad_buttons(self) -> list[QWidget]:
        names = [f"key{d}" for d in range(10)] + ["keyClear", "keyBack"]
        return [getattr(self.ui, name) for name in names]

    def reload(self) -> None:
        """Show who may sign in now; when locked, only the staff member who locked it."""
        lounge = self.session.lounge
        self.ui.loungeLabel.setText(f"{lounge.name} · {lounge.airport}")
        self.ui.staffList.clear()
        self._people = []  # their items are gone: a language switch below must not reach them
        self.ui.pinEdit.clear()
        self.messages.clear()
        holder = self.session.staff if self.session.locked else None
        if holder is None and self.chosen_language is None:
            # Signed out (or just started): the lounge's language, until one is chosen here.
            lounge_language = languages.lounge_language(self.session)
            use_language(lounge_language)
            remember_language(lounge_language)  # the next start's first window speaks it
        self._holder_name = None if holder is None else holder.name
        self._people = []
        for person in staff_service.staff_who_can_sign_in(self.session):
            item = QListWidgetItem()
            item.setData(STAFF_ID, person.id)
            self._people.append((item, person.name, person.role))
            self.ui.staffList.addItem(item)
            if holder is not None and person.id == holder.id:
                self.ui.staffList.setCurrentItem(item)
        self.retranslate()
        self.ui.pinEdit.setFocus()

    @property
    def checking(self) -> bool:
        """A PIN is being checked on the worker: the screen waits for its verdict."""
        return self._pending is not None

    @Slot()
    def submit(self) -> None:
        if self.checking:
            return
        item = self.ui.staffList.currentItem()
        if item is None:
            self.messages.error(self.tr("Tap your name first."))
            return
        pin = self.ui.pinEdit.text()
        self.ui.pinEdit.clear()
        staff_id = item.data(STAFF_ID)
        holder = self.session.staff if self.session.locked else None
        unlocking = holder is not None and staff_id == holder.id
        asked = self.messages.run(
            lambda: staff_service.pin_to_check(self.session, staff_id, unlocking=unlocking))
        if asked is None:
            return
        ready = asked.result
        self._pending = (staff_id, pin, unlocking)
        self._show_checking(True)
        self.checker.check(ready, pin)
        self.check_started.emit()

    def _show_checking(self, checking: bool) -> None:
        self.messages.info(self.tr("Checking your PIN…") if checking else "")
        self.ui.pinEdit.setReadOnly(checking)
        for button in (*self._keypad_buttons(), self.ui.signInButton):
            button.setEnabled(not checking)

    @Slot(object)
    def _on_checked(self, outcome: object) -> None:
        if self._pending is None:
            return
        (staff_id, pin, unlocking), self._pending = self._pending, None
        self._show_checking(False)
        if not isinstance(outcome, staff_service.CheckedPin):
            raise outcome if isinstance(outcome, BaseException) else TypeError(outcome)
        answer = self.messages.run(
            lambda: staff_service.unlock(self.session, pin, checked=outcome) if unlocking
            else staff_service.sign_in(self.session, staff_id, pin, checked=outcome))
        if answer is None:
            return
        result = answer.result
        if not result.ok:
            self.messages.error(in_language(result.words))
            return
        self.messages.clear()
        self.pin_change_due = result.pin_change_due
        self._speak_for_who_signed_in()
        self.signed_in.emit()

    def _speak_for_who_signed_in(self) -> None:
        """The language chosen here is remembered for whoever signed in; with none chosen,
        theirs (or the lounge's) is spoken."""
        chosen, self.chosen_language = self.chosen_language, None
        if chosen is not None:
            self.messages.run(lambda: languages.set_my_language(self.session, chosen))
            use_language(chosen)
            return
        spoken = self.messages.run(lambda: languages.language_at_sign_in(self.session))
        if spoken is not None:
            use_language(spoken.result)
