"""The alert banner: one chime per new alert, the acknowledgement dialog, the escalation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.services.test_board import arrive
from vipdesk.clock import FakeClock
from vipdesk.domain.vocabulary import SpaceKind
from vipdesk.gui.alert_banner import TICKS_PER_CHECK, AcknowledgeDialog, AlertBanner
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
    from PySide6.QtWidgets import QLabel
    return " | ".join(label.text() for label in banner.findChildren(QLabel))


def test_no_alert_at_14_59_then_exactly_one_chime_across_many_ticks(
        banner: AlertBanner, desk_session: Session, events: DeskEvents, clock: FakeClock,
        chimes: Chimes) -> None:
    a_waiting_guest(desk_session)
    tick_for(banner, clock, 14 * 60 + 55)  # the last check before 15:00 is at 14:55
    assert (chimes.count, banner.isHidden()) == (0, True)
    tick_for(banner, clock, 5)  # 15:00
    assert chimes.count == 1
    assert not banner.isHidden() and "Mrs Karen Chen has waited too long" in lines(banner)
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
    qtbot.waitUntil(banner.isHidden)
    wait = WaitingEntry.get()
    assert (wait.acknowledged_with, wait.acknowledgement) == (
        "drink", "Brought her a tea; a seat within 5 minutes")
    assert wait.acknowledged_by_id == desk_session.staff.id
    assert banner.isHidden()
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
