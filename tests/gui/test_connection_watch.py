"""The server gone for a while: one calm strip, nothing typed lost, the desk carries on."""

from __future__ import annotations

import peewee
import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import DESK_PIN
from tests.helpers import engine
from vipdesk.gui.connection_watch import ConnectionWatch
from vipdesk.gui.main_window import MainWindow
from vipdesk.gui.safety_net import SafetyNet
from vipdesk.services import staff
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff

LOST_WORDS = "Connection to the lounge database lost, retrying"


def connection_lost() -> peewee.DatabaseError:
    """A server's dropped connection as peewee hands it on (psycopg's error as context)."""
    import psycopg
    original = psycopg.OperationalError("server closed the connection unexpectedly")
    wrapped = peewee.OperationalError(original)
    wrapped.__context__ = original
    return wrapped


@pytest.fixture
def window(qtbot, session: Session, team: dict[str, Staff]) -> MainWindow:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok
    main.on_signed_in()
    return main


@pytest.fixture
def net(window: MainWindow):  # type: ignore[no-untyped-def]
    safety_net = SafetyNet(window)
    safety_net.connection_watch = window.connection_watch
    yield safety_net
    safety_net.connection_watch = None


def test_a_lost_connection_is_one_strip_not_a_message_box(
        qtbot, window: MainWindow, net: SafetyNet) -> None:
    watch = window.connection_watch
    assert not watch.isVisible()
    window.desk_screen().ui.scanEdit.setText("M1KJAERGAARD")  # the agent was typing
    with qtbot.waitSignal(watch.lost):
        net.handle(peewee.OperationalError, connection_lost(), None)
    net.handle(peewee.OperationalError, connection_lost(), None)  # the next tick fails too
    assert watch.isVisible() and LOST_WORDS in watch.label.text()
    assert "was not done: please do it again" in watch.not_done.text(), "never dropped silently"
    assert net.box is None, "no message box for a server that is away"
    assert window.session.server_away, "the desk's actions now fail at once, not after 10 s"
    assert window.desk_screen().ui.scanEdit.text() == "M1KJAERGAARD"
    assert watch.label.width() <= window.width()


def test_any_other_error_is_still_a_message(window: MainWindow, net: SafetyNet) -> None:
    net.handle(ValueError, ValueError("a bug"), None)
    assert net.box is not None and net.box.isVisible()
    assert not window.connection_watch.isVisible()
    net.box.accept()


@pytest.mark.skipif(not engine.ON_POSTGRES, reason="a server to lose and find again")
def test_the_desk_carries_on_when_the_server_answers_again(
        qtbot, window: MainWindow, net: SafetyNet, session: Session) -> None:
    import psycopg
    watch: ConnectionWatch = window.connection_watch
    backend = session.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(str(session.db.database), autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", (backend,))  # as a restart does
    with pytest.raises(peewee.DatabaseError) as raised:
        session.db.execute_sql("SELECT 1")
    with qtbot.waitSignal(watch.back, timeout=10_000):
        net.handle(type(raised.value), raised.value, None)
        assert watch.isVisible()
        watch.probe()  # the timer's first try, now rather than in two seconds
    assert not watch.isVisible() and not watch.is_lost and not session.server_away
    assert session.db.execute_sql("SELECT 1").fetchone()[0] == 1, "a new connection"
    QApplication.processEvents()


@pytest.mark.skipif(not engine.ON_POSTGRES, reason="a server to lose and find again")
def test_the_strip_shows_as_soon_as_the_change_listener_loses_the_server(
        qtbot, window: MainWindow, session: Session) -> None:
    import psycopg
    watch = window.connection_watch
    listener = window.changes.listener
    assert listener is not None and listener.listening.wait(10), "the desk follows changes"
    with qtbot.waitSignal(watch.lost, timeout=10_000), psycopg.connect(
            str(session.db.database), autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                      " WHERE query LIKE 'LISTEN %' AND datname = current_database()")
    assert watch.isVisible(), "before any action of this desk failed"
    assert not watch.not_done.isVisible(), "nothing of the agent's failed"
    with qtbot.waitSignal(watch.back, timeout=10_000):
        watch.probe()
    assert not watch.isVisible()
