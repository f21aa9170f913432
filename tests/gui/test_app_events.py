"""The desk's app-wide listeners share one event filter and hear only what they want.

Every Python event filter on the application costs a crossing into Python for every event
of every widget; with the scanner, the idle lock and the dialog centrer each installed on
their own, building the Settings screen took five times as long as with none.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from vipdesk.gui.app_events import app_events
from vipdesk.gui.centre_dialogs import DialogCentrer
from vipdesk.gui.form_types import SettingsForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.idle_lock import IdleLock
from vipdesk.gui.main_window import MainWindow
from vipdesk.gui.scanner import ScanDetector
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often each app-wide listener was asked about an event."""
    counts: Counter[str] = Counter()
    for cls in (ScanDetector, IdleLock, DialogCentrer):
        original = cls.eventFilter

        def counting(self: QObject, watched: QObject, event: QEvent, *,
                     name: str = cls.__name__, original=original) -> bool:
            counts[name] += 1
            return original(self, watched, event)
        monkeypatch.setattr(cls, "eventFilter", counting)
    return counts


def test_building_a_screen_asks_no_app_wide_listener(
        qtbot, session: Session, team: dict[str, Staff], heard: Counter[str]) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    heard.clear()

    host = QWidget()
    qtbot.addWidget(host)
    load_form(SettingsForm, host)
    host.show()
    QApplication.processEvents()

    assert heard["ScanDetector"] == 0  # no key was pressed
    assert heard["IdleLock"] == 0  # nor a button or the mouse


def test_keys_still_reach_the_scanner_and_the_idle_lock(
        qtbot, session: Session, team: dict[str, Staff], heard: Counter[str]) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    heard.clear()

    qtbot.keyClick(field, Qt.Key.Key_A)

    assert heard["ScanDetector"] >= 2  # press and release
    assert heard["IdleLock"] >= 1


def test_a_listener_is_forgotten_with_its_owner(qtbot) -> None:
    shared = app_events()
    owner = QObject()
    calls: list[QEvent.Type] = []
    shared.listen(owner, (QEvent.Type.Show,), lambda _w, e: calls.append(e.type()) or False)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    assert calls
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    calls.clear()

    widget.hide()
    widget.show()

    assert calls == []


def test_there_is_one_shared_filter_however_many_desks_are_built(
        qtbot, session: Session, team: dict[str, Staff]) -> None:
    for _ in range(2):
        window = MainWindow(session)
        qtbot.addWidget(window)
    assert app_events() is app_events()
    assert len(QApplication.instance().findChildren(type(app_events()))) == 1
