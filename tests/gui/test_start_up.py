"""Opening the desk on a database it cannot use: a message that says what to do, no traceback.

``run_desk`` is called as ``main.py`` calls it; the message box it shows is read and
closed by a timer, as a person would (``tests/helpers/desk_start.py``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import vipdesk.gui.app as app_module
from tests.helpers import engine
from tests.helpers.desk_start import start
from vipdesk.clock import FakeClock
from vipdesk.storage.backup import backup_name, backup_to, default_backup_folder
from vipdesk.storage.database import open_database


def make_backup(lounge_db: Path, when: dt.datetime) -> Path:
    folder = default_backup_folder(lounge_db)
    folder.mkdir(exist_ok=True)
    return backup_to(lounge_db, folder / backup_name(when))


def test_a_damaged_database_is_left_alone_and_the_newest_backup_is_named(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_path: Path, lounge, db,
        clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> None:
    make_backup(db_path, clock.now() - dt.timedelta(days=2))
    newest = make_backup(db_path, clock.now() - dt.timedelta(hours=3))
    db.close()
    damaged = b"this is not what VIP Desk wrote" * 200
    db_path.write_bytes(damaged)

    status, seen = start(qapp, db_path, clock, monkeypatch)

    assert status == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert seen == [err.strip()], "the same words on screen and on standard error"
    assert "is damaged or is not a VIP Desk database" in err
    assert "Nothing was changed" in err
    assert "23 Nov 2026 05:00 UTC" in err
    assert f'vipdesk --db "{db_path}" restore "{newest}"' in err
    assert db_path.read_bytes() == damaged
    log = db_path.with_suffix(".log").read_text(encoding="utf-8")
    assert "cannot open the database" in log and "VIP Desk stopped" in log


def test_a_damaged_database_without_backups_says_so(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_path: Path, clock: FakeClock,
        capsys: pytest.CaptureFixture[str]) -> None:
    db_path.write_bytes(b"\x00" * 4096)
    status, _ = start(qapp, db_path, clock, monkeypatch)
    assert status == 1
    assert f"There is no backup in {default_backup_folder(db_path)}" in capsys.readouterr().err


def test_a_database_from_a_newer_desk_is_refused_unchanged(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_path: Path, db,
        clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> None:
    db.execute_sql("INSERT INTO schema_migration (name, applied) VALUES "
                   "('9999_from_the_future', '2030-01-01 00:00:00')")
    db.close()
    before = db_path.read_bytes()
    status, _ = start(qapp, db_path, clock, monkeypatch)
    assert status == 1
    err = capsys.readouterr().err
    assert "newer VIP Desk" in err and "9999_from_the_future" in err and "Traceback" not in err
    assert db_path.read_bytes() == before


def test_a_new_database_opens_the_first_run_set_up_and_the_log_records_the_day(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        clock: FakeClock) -> None:
    db_path = tmp_path / "new" / "vipdesk.sqlite3"
    status, seen = start(qapp, db_path, clock, monkeypatch)
    assert status == 1, "set-up cancelled: the desk does not open"
    assert seen == ["VIP Desk — set up your lounge"]
    log = db_path.with_suffix(".log").read_text(encoding="utf-8")
    assert "starting on" in log and log.rstrip().endswith("VIP Desk stopped")
    assert open_database(db_path).table_exists("lounge"), "the database was made on first run"


def test_a_damaged_page_met_while_building_the_desk_is_refused_with_the_restore_advice(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_path: Path, lounge, db,
        clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> None:
    """Only the lounge row is read before the window is built; the staff list may be the
    first page to be found damaged."""
    import sqlite3

    from vipdesk.gui import main_window

    def damaged(*_args, **_kwargs) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(main_window.MainWindow, "__init__", damaged)
    db.close()
    status, seen = start(qapp, db_path, clock, monkeypatch)
    assert status == 1
    err = capsys.readouterr().err
    assert "the file is damaged" in err and "Traceback" not in err
    assert seen == [err.strip()]
    assert "cannot open the desk" in db_path.with_suffix(".log").read_text(encoding="utf-8")


def test_the_open_desk_has_its_safety_net_and_gives_the_hook_back_at_quit(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_path: Path, lounge, db,
        clock: FakeClock) -> None:
    """The event loop is not entered (a quit would end every later test's waiting too):
    ``exec`` looks at the hook and returns, as when the desk is closed."""
    import sys

    from tests.helpers.qt import delete_later_now
    from vipdesk.gui.main_window import MainWindow
    from vipdesk.gui.safety_net import SafetyNet

    before, during = sys.excepthook, []
    db.close()
    monkeypatch.setattr(app_module, "apply_style", lambda app: None)
    monkeypatch.setattr(type(qapp), "exec", lambda self=None: during.append(sys.excepthook) or 0)
    assert app_module.run_desk(db_path, clock) == 0
    assert isinstance(getattr(during[0], "__self__", None), SafetyNet)
    assert sys.excepthook is before
    for window in qapp.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.close()
            window.deleteLater()  # its chores' timers with it
    delete_later_now()


def test_a_database_with_a_trigger_of_its_own_is_refused_through_a_symlink_too(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, clock: FakeClock,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The desk names what is not ours; its log and backups are the real file's, not the link's."""
    import sqlite3

    real = tmp_path / "lounge" / "vipdesk.sqlite3"
    real.parent.mkdir()
    open_database(real).close()
    with sqlite3.connect(real) as connection:
        connection.execute("CREATE TRIGGER silent_audit BEFORE INSERT ON audit_event "
                           "BEGIN SELECT RAISE(IGNORE); END")
    connection.close()
    link = tmp_path / "shortcut" / "desk.sqlite3"
    link.parent.mkdir()
    link.symlink_to(real)
    before = real.read_bytes()

    status, seen = start(qapp, link, clock, monkeypatch)

    assert status == 1
    err = capsys.readouterr().err
    assert seen == [err.strip()]
    assert err.startswith(f"VIP Desk cannot open its database {real}: It is not the database "
                          "VIP Desk makes: it has an extra trigger silent_audit. "
                          "Nothing was changed.\n")
    assert f"There is no backup in {real.parent / 'backups'}" in err
    assert real.read_bytes() == before
    assert "VIP Desk stopped" in real.with_suffix(".log").read_text(encoding="utf-8")
    assert not link.with_suffix(".log").exists()


def test_a_lost_pin_key_is_said_at_start_up_and_no_new_key_is_made(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_path: Path, team, db,
        clock: FakeClock, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Not "wrong PIN" for everyone: the desk says the key file is missing, where it belongs,
    and how IT starts again."""
    missing = tmp_path_factory.mktemp("kiosk-config") / "VIPDesk" / "pin.key"
    monkeypatch.setenv("VIPDESK_PIN_KEY", str(missing))
    db.close()
    status, seen = start(qapp, db_path, clock, monkeypatch)
    assert status == 1
    err = capsys.readouterr().err
    assert seen == [err.strip()], "the same words on screen and on standard error"
    assert f"The PIN key file {missing} is missing" in err
    assert f'vipdesk --db "{db_path}" recover-pins --admin NAME' in err
    assert "Wrong PIN" not in err and not missing.exists()


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's per-user data folder (a server database's lock and log go there)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def test_the_desk_opens_on_the_database_main_py_is_given(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db_target: Path | str, lounge, db,
        clock: FakeClock, data_home: Path) -> None:
    """On the SQLite run a file, on the PostgreSQL run a URL, through ``--db`` as main.py
    reads it: the desk's window is built on it, and its log names it without a password."""
    from tests.helpers.qt import delete_later_now
    from vipdesk.cli.main import build_parser
    from vipdesk.desk_log import log_path
    from vipdesk.gui.main_window import MainWindow
    from vipdesk.storage.paths import resolve_target
    from vipdesk.storage.server_url import shown

    db.close()
    target = resolve_target(build_parser().parse_args(["--db", str(db_target)]).db)
    assert target == db_target
    windows: list[str] = []
    monkeypatch.setattr(app_module, "apply_style", lambda app: None)
    monkeypatch.setattr(type(qapp), "exec", lambda self=None: windows.extend(
        w.session.lounge.name for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)) or 0)
    assert app_module.run_desk(target, clock) == 0
    assert windows == ["Nordic Lounge"]
    text = log_path(target).read_text(encoding="utf-8")
    assert f"starting on {shown(target)}\n" in text and "VIP Desk stopped" in text
    for window in qapp.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.close()
            window.deleteLater()
    delete_later_now()


def test_a_server_nobody_answers_is_said_calmly_and_never_with_its_password(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, clock: FakeClock,
        data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vipdesk.desk_log import log_path
    url = "postgresql://vipdesk:s3cret@127.0.0.1:1/vipdesk"
    status, seen = start(qapp, url, clock, monkeypatch)
    assert status == 1
    err = capsys.readouterr().err
    assert seen == [err.strip()], "the same words on screen and on standard error"
    assert err.startswith("Cannot reach the lounge database server at 127.0.0.1:1: "
                          "Connection refused. Nothing was changed.")
    log = log_path(url)
    assert log.parent == data_home / "VIPDesk" / "servers"
    text = log.read_text(encoding="utf-8")
    assert "starting on postgresql://vipdesk:***@127.0.0.1:1/vipdesk" in text
    assert "s3cret" not in err + text


@pytest.mark.skipif(not engine.ON_POSTGRES, reason="needs the PostgreSQL server of the PG run")
def test_a_database_the_server_does_not_have_is_said_with_the_command_that_makes_it(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, clock: FakeClock,
        data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, seen = start(qapp, engine.url_of("pg_desk_not_made"), clock, monkeypatch)
    assert status == 1
    assert "does not exist on the server" in seen[0]
    assert "ask IT to create it: createdb --owner vipdesk pg_desk_not_made" in seen[0]
