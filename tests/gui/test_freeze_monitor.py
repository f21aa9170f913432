"""The freeze monitor sees the GUI thread held, and no freeze while the loop turns."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from vipdesk.gui.freeze_monitor import FreezeMonitor


def hold_the_gui_thread(seconds: float) -> None:
    """A slot that works without returning to the event loop: a frozen desk."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        pass


def test_a_slot_that_holds_the_gui_thread_is_one_long_gap(qtbot) -> None:
    done: list[bool] = []

    def slow_slot() -> None:
        hold_the_gui_thread(0.15)
        done.append(True)

    with FreezeMonitor() as monitor:
        QTimer.singleShot(20, slow_slot)
        qtbot.waitUntil(lambda: bool(done), timeout=2000)
        qtbot.wait(20)  # the loop turns again after it
    assert monitor.longest_gap_ms >= 150
    assert len(monitor.gaps_over(100)) == 1
    assert not monitor.running


def test_an_event_loop_left_to_turn_shows_no_freeze(qtbot) -> None:
    with FreezeMonitor() as monitor:
        qtbot.wait(150)
    assert len(monitor.gaps) >= 5  # it ticked
    assert monitor.longest_gap_ms < 100  # 5 ms a tick; generous for a busy shared machine


def test_work_done_inside_the_block_counts_without_the_loop_turning(qtbot) -> None:
    monitor = FreezeMonitor()
    monitor.start()
    hold_the_gui_thread(0.12)  # nothing lets the loop turn before stop()
    monitor.stop()
    assert monitor.longest_gap_ms >= 120
    monitor.start()  # a new watch forgets the last one
    monitor.stop()
    assert monitor.longest_gap_ms < 120
