"""The alert banner: one chime per new alert, the acknowledgement dialog, the escalation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.services.test_board import arrive
from vipdesk.clock import FakeClock
from vipdesk.domain.vocabulary import SpaceKind
from vipdesk.gui.alert_banner import (
    TICKS_PER_CHECK,
    AcknowledgeDialog,
    AlertBanner,
    EscalationNoteDialog,
)
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.services.session import Session
from vipdesk.storage.models import Space, Visit, WaitingEntry


class Chimes:
    """Counts the banner's chime calls (the sound itself is QApplication.beep)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def chimes() -> Chimes:
    return Chimes()


@pytest.fixture
def events() -> DeskEvents:
    return DeskEvents()


@pytest.fixture
def banner(qtbot, desk_session: Session, events: DeskEvents, chimes: Chimes) -> AlertBanner:
    widget = AlertBanner(desk_session, events, sound=chimes)
    qtbot.addWidget(widget)
    widget.show()
    widget.prime()
    return widget


def a_waiting_guest(session: Session, surname: str = "Chen") -> Visit:
    Space.update(capacity=0).where(Space.kind == SpaceKind.LOBBY).execute()
    return arrive(session, surname, wait=True)


def tick_for(banner: AlertBanner, clock: FakeClock, seconds: int) -> None:
    """The desk's one-second tick, ``seconds`` times, on the fake clock.

    The slot is called as the QTimer would: a Python-side ``emit()`` in PySide6
    6.12.0 drops a reference to ``True`` each time, and thousands of them crash.
    """
    for _ in range(seconds):
        clock.advance(seconds=1)
        banner.on_tick()


def lines(banner: AlertBanner) -> str:
    """The whole words of the lines showing (a line itself may be elided to fit)."""
    return " | ".join(banner.shown_texts())


def test_no_alert_at_14_59_then_exactly_one_chime_across_many_ticks(
        banner: AlertBanner, desk_session: Session, events: DeskEvents, clock: FakeClock,
        chimes: Chimes) -> None:
    a_waiting_guest(desk_session)
    tick_for(banner, clock, 14 * 60 + 55)  # the last check before 15:00 is at 14:55
    assert (chimes.count, lines(banner)) == (0, "No alerts")
    tick_for(banner, clock, 5)  # 15:00
    assert chimes.count == 1
    assert "Mrs Karen Chen has waited too long" in lines(banner)
    tick_for(banner, clock, 4 * 60 + 55)  # to 19:55: the alert stays, no second chime
    assert chimes.count == 1
    assert WaitingEntry.get().alert_raised_at is not None


def test_the_escalation_at_20_00_reaches_the_banner_and_chimes_once(
        banner: AlertBanner, desk_session: Session, events: DeskEvents, clock: FakeClock,
        chimes: Chimes) -> None:
    a_waiting_guest(desk_session)
    tick_for(banner, clock, 20 * 60 - TICKS_PER_CHECK)
    assert "Duty manager" not in lines(banner)
    tick_for(banner, clock, TICKS_PER_CHECK)  # 20:00
    assert "Duty manager: Mrs Karen Chen has waited too long" in lines(banner)
    assert WaitingEntry.get().escalated_at == clock.now()
    tick_for(banner, clock, 60)
    assert chimes.count == 2, "the alert and its escalation, each once"


def test_a_restarted_desk_shows_the_alert_but_does_not_chime_again(
        qtbot, desk_session: Session, events: DeskEvents, clock: FakeClock,
        chimes: Chimes) -> None:
    first = AlertBanner(desk_session, events, sound=chimes)
    qtbot.addWidget(first)
    first.prime()
    a_waiting_guest(desk_session)
    tick_for(first, clock, 15 * 60)
    assert chimes.count == 1
    restarted = Session(db=desk_session.db, clock=clock, lounge_id=desk_session.lounge_id,
                        staff=desk_session.staff)
    again = Chimes()
    second = AlertBanner(restarted, DeskEvents(), sound=again)
    qtbot.addWidget(second)
    second.prime()
    second.check_now()
    assert again.count == 0 and "has waited too long" in lines(second)


def test_acknowledging_through_the_dialog_records_it_and_clears_the_line(
        qtbot, banner: AlertBanner, desk_session: Session, events: DeskEvents,
        clock: FakeClock) -> None:
    a_waiting_guest(desk_session)
    tick_for(banner, clock, 15 * 60)
    [button] = banner.acknowledge_buttons()

    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AcknowledgeDialog):
            QTimer.singleShot(10, answer)  # not shown yet
            return
        dialog.record()  # nothing chosen: refused, the dialog stays open
        seen.append(dialog.message.text())
        dialog.checks["drink"].setChecked(True)
        dialog.note.setPlainText("Brought her a tea; a seat within 5 minutes")
        dialog.ok_button.click()
        if dialog.isVisible():
            dialog.reject()  # never leave a test hanging on a modal dialog

    QTimer.singleShot(0, answer)
    button.click()
    assert seen and "Please say what was done" in seen[0]
    qtbot.waitUntil(lambda: not banner.alerts)
    wait = WaitingEntry.get()
    assert (wait.acknowledged_with, wait.acknowledgement) == (
        "drink", "Brought her a tea; a seat within 5 minutes")
    assert wait.acknowledged_by_id == desk_session.staff.id
    assert lines(banner) == "No alerts"
    tick_for(banner, clock, 10 * 60)
    assert WaitingEntry.get().escalated_at is None, "acknowledged: no escalation"


def test_the_dialog_can_be_cancelled_and_records_nothing(
        qtbot, desk_session: Session, clock: FakeClock) -> None:
    wait_visit = a_waiting_guest(desk_session)
    clock.advance(minutes=16)
    wait = WaitingEntry.get(WaitingEntry.visit == wait_visit.id)
    dialog = AcknowledgeDialog(desk_session, wait.id, "Mrs Karen Chen")
    qtbot.addWidget(dialog)
    dialog.reject()
    assert WaitingEntry.get_by_id(wait.id).acknowledged_at is None


def test_the_note_is_kept_exactly_as_typed(qtbot, desk_session: Session, clock: FakeClock) -> None:
    """A no-break space and a line separator stay (``toPlainText()`` would fold them)."""
    wait_visit = a_waiting_guest(desk_session)
    clock.advance(minutes=16)
    wait = WaitingEntry.get(WaitingEntry.visit == wait_visit.id)
    dialog = AcknowledgeDialog(desk_session, wait.id, "Mrs Karen Chen")
    qtbot.addWidget(dialog)
    note = "Seat\u00a012A\u2028ready at 10:15"
    dialog.note.setPlainText(note)
    dialog.ok_button.click()
    assert WaitingEntry.get_by_id(wait.id).acknowledgement == note


# --- a fixed strip, urgency, the full list, roles (issue 11) ---------------------------------


def under_a_button(qtbot, banner: AlertBanner):
    """The banner above a button, as in the shell: the button must never move."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addWidget(banner)
    target = QPushButton("Check in")
    layout.addWidget(target)
    layout.addStretch(1)
    qtbot.addWidget(holder)
    holder.resize(1000, 500)
    holder.show()
    QApplication.processEvents()
    target.holder = holder  # keep the holder alive as long as the test holds the button
    return target


def test_the_banner_keeps_its_height_and_nothing_below_moves(
        qtbot, banner: AlertBanner, desk_session: Session, clock: FakeClock) -> None:
    """Seen: the banner grew from 2 to 4 lines and pushed every control down."""
    target = under_a_button(qtbot, banner)
    place, height = target.geometry(), banner.height()
    for surname in ("Chen", "Berg", "Holm", "Dahl", "Lund"):
        a_waiting_guest(desk_session, surname)
        clock.advance(minutes=1)
    clock.advance(minutes=9)  # the first guest has waited 14 minutes
    for shown in range(6):  # one more tired guest each minute: 0, 1, ... 5 alerts
        banner.check_now()
        QApplication.processEvents()
        assert len(banner.alerts) == shown
        assert (target.geometry(), banner.height()) == (place, height), shown
        clock.advance(minutes=1) if shown < 5 else None
    assert len(banner.alerts) == 5 and len(banner.shown_texts()) == 2
    assert banner.more_button.isVisible() and "3 more" in banner.more_button.text()
    for alert in banner.alerts:
        WaitingEntry.update(ended_at=clock.now()).where(
            WaitingEntry.id == alert.wait_id).execute()
    banner.refresh()
    QApplication.processEvents()
    assert lines(banner) == "No alerts" and not banner.more_button.isVisible()
    assert (target.geometry(), banner.height()) == (place, height)


def test_a_long_line_is_elided_with_its_whole_text_in_the_tooltip(
        qtbot, banner: AlertBanner, desk_session: Session, clock: FakeClock) -> None:
    a_waiting_guest(desk_session, "Wolfeschlegelsteinhausenbergerdorff-Montmorency")
    clock.advance(minutes=16)
    banner.check_now()
    banner.resize(420, banner.height())
    QApplication.processEvents()
    label = banner.rows[0].label
    assert label.text().endswith("…") and label.fontMetrics().horizontalAdvance(
        label.text()) <= label.width()
    assert "Montmorency has waited too long" in label.toolTip()


def test_and_n_more_opens_every_alert_with_its_actions(
        qtbot, banner: AlertBanner, desk_session: Session, clock: FakeClock) -> None:
    for surname in ("Chen", "Berg", "Holm", "Dahl"):
        a_waiting_guest(desk_session, surname)
        clock.advance(seconds=30)
    clock.advance(minutes=15)
    banner.check_now()
    qtbot.mouseClick(banner.more_button, Qt.MouseButton.LeftButton)
    dialog = banner.all_dialog
    assert dialog is not None and dialog.isVisible()
    texts = dialog.texts()
    assert len(texts) == 4 and all("has waited too long" in text for text in texts)
    assert [line.button.text() for line in dialog.lines] == ["Acknowledge…"] * 4
    dialog.accept()


def test_the_most_urgent_alert_shows_and_an_old_promise_waits_behind(
        qtbot, banner: AlertBanner, desk_session: Session, clock: FakeClock,
        team: dict) -> None:
    import datetime as dt

    from vipdesk.domain.complaints import FeedbackInput, Promise
    from vipdesk.domain.vocabulary import Category, FeedbackKind
    from vipdesk.services import complaints
    for surname in ("Ahl", "Bo"):
        complaints.log_feedback(desk_session, FeedbackInput(
            kind=FeedbackKind.COMPLAINT, category=Category.NOISE, guest_words=f"Loud {surname}",
            promise=Promise(clock.now() + dt.timedelta(minutes=1), team["desk"].id, "Call")))
    clock.advance(hours=2)
    a_waiting_guest(desk_session, "Chen")
    clock.advance(minutes=15)
    banner.check_now()
    assert "Mrs Karen Chen has waited too long" in banner.shown_texts()[0]
    assert "1 more" in banner.more_button.text()


def test_the_desk_adds_a_note_to_an_escalation_and_the_duty_manager_closes_it(
        qtbot, banner: AlertBanner, desk_session: Session, clock: FakeClock,
        team: dict) -> None:
    """Seen: the agent acknowledged the manager's escalation and it vanished from the
    manager's banner. The agent gets no Acknowledge button there, only a note."""
    from tests.conftest import MANAGER_PIN
    from vipdesk.services import staff
    a_waiting_guest(desk_session)
    tick_for(banner, clock, 20 * 60)
    assert "Duty manager" in lines(banner)
    assert banner.acknowledge_buttons() == []
    [note] = banner.note_buttons()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EscalationNoteDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.note.setPlainText("Seated her by the window with a tea")
        dialog.ok_button.click()

    QTimer.singleShot(0, answer)
    note.click()
    qtbot.waitUntil(lambda: "Note from Dina Desk" in lines(banner))
    assert "Seated her by the window" in lines(banner)
    assert WaitingEntry.get().acknowledged_at is None, "still the manager's"
    assert staff.sign_in(desk_session, team["manager"].id, MANAGER_PIN).ok
    banner.refresh()
    assert len(banner.acknowledge_buttons()) == 1 and banner.note_buttons() == []


def test_an_acknowledged_guest_still_waiting_comes_back_and_chimes(
        qtbot, banner: AlertBanner, desk_session: Session, clock: FakeClock,
        chimes: Chimes) -> None:
    """Seen: acknowledged at 16 minutes, still waiting at 37, and no banner."""
    from vipdesk.services import waiting
    a_waiting_guest(desk_session)
    tick_for(banner, clock, 16 * 60)
    waiting.acknowledge_alert(desk_session, WaitingEntry.get().id, "", ["drink"])
    banner.refresh()
    assert lines(banner) == "No alerts" and chimes.count == 1
    tick_for(banner, clock, 15 * 60)  # 31 minutes
    assert "Duty manager: Mrs Karen Chen" in lines(banner)
    assert chimes.count == 2
    tick_for(banner, clock, 6 * 60)
    assert "Duty manager: Mrs Karen Chen" in lines(banner), "still there at 37 minutes"


def test_the_lock_screen_strip_shows_waiting_guests_first_by_initials(
        qtbot, desk_session: Session, clock: FakeClock) -> None:
    from vipdesk.domain.complaints import FeedbackInput
    from vipdesk.domain.vocabulary import Category, FeedbackKind, Severity
    from vipdesk.services import complaints
    for words in ("Rude staff", "Lost bag"):
        complaints.log_feedback(desk_session, FeedbackInput(
            kind=FeedbackKind.COMPLAINT, category=Category.STAFF, guest_words=words,
            severity=Severity.HIGH, escalate=True))
    a_waiting_guest(desk_session)
    clock.advance(minutes=16)
    private = AlertBanner(desk_session, DeskEvents(), private=True)
    qtbot.addWidget(private)
    private.refresh()
    assert private.shown_texts()[0] == "Guest K. C. waiting 16 min: see to them now."
    assert "Chen" not in " ".join(private.shown_texts()) + private.more_label.text()
    assert private.more_label.text() == "and 1 more, escalations among them"
    assert not private.acknowledge_buttons() and not private.note_buttons()
