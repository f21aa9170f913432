"""After a sign-in, the screens the person may open are built while the desk is quiet, so
the first open of each is as quick as the next (issue 12: 150-250 ms each on a year)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ADMIN_PIN, DESK_PIN
from tests.gui.test_main_window import sign_in, window  # noqa: F401 (the fixture)
from vipdesk.domain.permissions import allows
from vipdesk.gui import screens_ahead
from vipdesk.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screens_ahead, "START_AFTER_MS", 0)
    monkeypatch.setattr(screens_ahead, "NEXT_AFTER_MS", 0)
    monkeypatch.setattr(screens_ahead, "QUIET_S", 0.0)


def allowed_keys(window: MainWindow) -> set[str]:  # noqa: F811
    role = window.session.staff.role
    return {spec.key for spec in window.specs if allows(role, spec.permission)}


def test_the_screens_a_person_may_open_are_built_ahead_and_nothing_else_changes(
        qtbot, window: MainWindow) -> None:  # noqa: F811
    sign_in(qtbot, window, "Astrid Admin", ADMIN_PIN)
    desk = window.current_screen()
    assert desk is window.screens["desk"]

    qtbot.waitUntil(lambda: set(window.screens) == allowed_keys(window), timeout=10_000)

    assert window.current_screen() is desk  # built, not shown
    assert window.nav_buttons["desk"].isChecked()


def test_nothing_is_built_for_a_role_that_may_not_open_it(
        qtbot, window: MainWindow) -> None:  # noqa: F811
    sign_in(qtbot, window, "Dina Desk", DESK_PIN)
    qtbot.waitUntil(lambda: set(window.screens) == allowed_keys(window), timeout=10_000)
    qtbot.wait(50)
    assert "staff" not in window.screens and "settings" not in window.screens


def test_while_the_agent_types_nothing_is_built(
        qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:  # noqa: F811
    monkeypatch.setattr(screens_ahead, "QUIET_S", 3600.0)  # never quiet enough
    sign_in(qtbot, window, "Astrid Admin", ADMIN_PIN)
    built = set(window.screens)
    qtbot.keyClick(window.current_screen(), Qt.Key.Key_Shift)
    qtbot.wait(100)
    assert set(window.screens) == built
