"""Starting the desk: the Qt application, first-run set-up, the main window.

The first window shows before the database code loads: the opening window
(:mod:`vipdesk.gui.opening_window`) is painted while a worker checks and upgrades the file
(and, with ``--demo``, builds the demo lounge). So this module imports no database code at
the top: peewee, the models, the migrations and the services load on that worker.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from vipdesk import __version__
from vipdesk.clock import Clock
from vipdesk.desk_log import log, start_log, stop_log
from vipdesk.domain.message import Message
from vipdesk.gui.application import application_for_desk
from vipdesk.gui.centre_dialogs import centre_dialogs
from vipdesk.gui.style import apply_style
from vipdesk.storage.paths import Target, is_url, real_target
from vipdesk.storage.server_url import shown

if TYPE_CHECKING:
    from vipdesk.gui.desk_settings import DeskSettings
    from vipdesk.gui.main_window import MainWindow
    from vipdesk.gui.opening_window import OpeningWindow
    from vipdesk.gui.single_instance import SingleInstance
    from vipdesk.services.session import Session
    from vipdesk.services.setup import LoungeRef

CHORES_AFTER_MS = 3000


def speak_remembered_language() -> None:
    """Speak the language this PC's sign-in screen last spoke (English at the first start):
    the windows before the database is read cannot ask the lounge for its language."""
    from vipdesk.gui.desk_language import remembered_language
    from vipdesk.gui.language import use_language
    use_language(remembered_language())


def refuse_to_start(text: Message | str,
                    icon: QMessageBox.Icon = QMessageBox.Icon.Critical) -> int:
    """One line on standard error (English, for IT and the log) and a message box (in the
    desk's language): the desk does not open."""
    from vipdesk.gui.language import in_language
    print(str(text), file=sys.stderr)
    shown_text = in_language(text) if isinstance(text, Message) else text
    box = QMessageBox(icon, "VIP Desk", shown_text, QMessageBox.StandardButton.Ok)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # IT copies it
    box.exec()
    return 1


def run_desk(target: Target, clock: Clock, *, kiosk: bool = False,
             prepare: Callable[[], None] | None = None) -> int:
    """Open the desk on ``target`` (an SQLite file or a PostgreSQL URL, as
    :func:`vipdesk.storage.paths.resolve_target` gives it); the exit status for the process.

    A path is resolved to the database file's real path first, once: the lock, the log
    and the backups folder are those of the file, however it was reached (a symlink); a URL
    is passed on untouched, and shown and logged without its password.
    ``prepare`` makes the file first, on the worker behind the opening window (``--demo``)."""
    db_path = real_target(target)
    app = application_for_desk()
    app.setApplicationName("VIP Desk")
    speak_remembered_language()  # before the first window, a refusal to start's too
    apply_style(app)
    centre_dialogs(app)  # a kiosk has no window manager to place them
    from vipdesk.gui.single_instance import SingleInstance
    instance = SingleInstance(db_path, app)
    if not instance.acquire():
        instance.ask_first_to_show()
        return refuse_to_start(instance.refusal(), QMessageBox.Icon.Information)
    from vipdesk.gui.stop_signal import StopOnSignal
    stop_signal = StopOnSignal(app)
    stop_signal.install()  # a shutdown's SIGTERM ends the desk here, through the finally
    start_log(db_path)
    log.info("VIP Desk %s starting on %s", __version__, shown(db_path))
    try:
        return _open_and_run(app, instance, db_path, clock, kiosk=kiosk, prepare=prepare)
    finally:
        stop_signal.uninstall()
        instance.release()
        log.info("VIP Desk stopped")
        stop_log()


def _show(window: QWidget, kiosk: bool) -> None:
    if kiosk:
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()


def _check_on_worker(db_path: Target, prepare: Callable[[], None] | None) -> Callable[[], None]:
    def work() -> None:
        if prepare is not None:
            prepare()
        from vipdesk.storage.database import check_and_upgrade
        check_and_upgrade(db_path)
    return work


def _cannot_open(opening: OpeningWindow, db_path: Target, error: BaseException) -> int:
    from vipdesk.storage.open_problem import open_problem
    log.error("cannot open the database", exc_info=error)
    opening.close()
    return refuse_to_start(open_problem(db_path, error))


def _open_and_run(app: QApplication, instance: SingleInstance, db_path: Target, clock: Clock, *,
                  kiosk: bool, prepare: Callable[[], None] | None = None) -> int:
    from vipdesk.gui.opening_window import OpeningWindow
    opening = OpeningWindow(demo=prepare is not None)
    from vipdesk.gui.after_paint import after_first_paint
    from vipdesk.gui.cjk_font import register_cjk_font
    after_first_paint(opening, register_cjk_font)  # ~20 ms, while the worker checks the file
    _show(opening, kiosk)
    failed = opening.run(_check_on_worker(db_path, prepare))  # the window paints meanwhile
    if failed is not None:
        return _cannot_open(opening, db_path, failed)
    from vipdesk.gui.desk_settings import DeskSettings, desk_name
    from vipdesk.services import setup
    from vipdesk.services.pin_key import load_pin_key
    from vipdesk.services.session import ServiceError, Session
    from vipdesk.storage.database import open_checked
    from vipdesk.storage.pin_key import resolve_key_path
    db = None
    try:
        db = open_checked(db_path)
        session = Session(db=db, clock=clock)
        desk = DeskSettings()
        session.desk = desk_name(desk)  # on every audit row, the first run's too
        lounges = setup.lounges(session)  # the first read: a damaged file may fail here
    except Exception as error:  # noqa: BLE001 (any failure to open: a message, never a trace)
        if db is not None:
            db.close()
        return _cannot_open(opening, db_path, error)
    try:
        load_pin_key(session, resolve_key_path(),  # old PINs are keyed here too
                     None if is_url(db_path) else Path(db_path))
    except ServiceError as problem:  # the key file, or the database refused the keying
        log.error("cannot use the PIN key: %s", problem)
        db.close()
        opening.close()
        return refuse_to_start(problem.message)
    from vipdesk.gui.safety_net import SafetyNet
    safety_net = SafetyNet()  # from here on, an unforeseen error is a message and a log line
    safety_net.install()
    try:
        lounge_id = _lounge_of_this_desk(session, lounges, desk, db_path)
        if lounge_id is None:
            return 1
        session.lounge_id = lounge_id
        try:
            from vipdesk.gui.main_window import MainWindow
            window = MainWindow(session, kiosk=kiosk)  # reads staff, occupancy, alerts
        except Exception as error:  # noqa: BLE001 (a damaged page beyond the first read)
            from vipdesk.storage.open_problem import open_problem
            log.error("cannot open the desk", exc_info=error)
            opening.close()
            return refuse_to_start(open_problem(db_path, error))
        safety_net.window = window
        safety_net.connection_watch = window.connection_watch
        _start_desk(app, instance, window, db_path, kiosk=kiosk)
        opening.close()
        return app.exec()
    finally:
        safety_net.uninstall()
        db.close()


def _lounge_of_this_desk(session: Session, lounges: list[LoungeRef], desk: DeskSettings,
                         db_path: Target) -> int | None:
    """The lounge this desk serves, remembered for its next start; None if the person at
    the desk cancelled. An empty database: the first run, as for a single kiosk. One lounge:
    that one. Several: the one this desk remembers on this database, else the chooser's."""
    from vipdesk.gui.desk_settings import serve_lounge, served_lounge
    remembered = served_lounge(desk, db_path)
    if not lounges:
        lounge_id = _first_run(session)
    elif len(lounges) == 1:
        lounge_id = lounges[0].id
    elif any(lounge.id == remembered for lounge in lounges):
        return remembered
    else:
        lounge_id = _choose_lounge(lounges)
    if lounge_id is not None:
        serve_lounge(desk, db_path, lounge_id)
    return lounge_id


def _first_run(session: Session) -> int | None:
    """The lounge set up by the first-run dialog; None if it was cancelled."""
    from vipdesk.gui.first_run_dialog import FirstRunDialog
    dialog = FirstRunDialog(session)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
        return None
    if dialog.created is None:  # the dialog is accepted only once the lounge is saved
        log.error("first run accepted, but no lounge was set up")
        return None
    return dialog.created.id


def _choose_lounge(lounges: list[LoungeRef]) -> int | None:
    """The lounge chosen in the chooser; None if it was closed."""
    from vipdesk.gui.lounge_chooser import LoungeChooser
    chooser = LoungeChooser(lounges)
    if chooser.exec() != LoungeChooser.DialogCode.Accepted or chooser.chosen is None:
        return None
    log.info("this desk serves the lounge %s (id %s) from now on",
             chooser.chosen.name, chooser.chosen.id)
    return chooser.chosen.id


def _start_desk(app: QApplication, instance: SingleInstance, window: MainWindow,
                db_path: Target, *, kiosk: bool) -> None:
    """The desk's window on screen, answering a second start, its clock running, and its
    housekeeping chores due once it is shown."""
    from vipdesk.gui.housekeeping import Housekeeping
    from vipdesk.gui.single_instance import bring_to_front
    instance.activate_requested.connect(lambda: bring_to_front(window))
    window.events.start()
    chores = Housekeeping(window.session, db_path, window)
    chores.problem.connect(lambda text: window.note.warning(text, seconds=60))
    app.aboutToQuit.connect(chores.stop)
    QTimer.singleShot(CHORES_AFTER_MS, chores, chores.start)  # after the desk is on screen
    _show(window, kiosk)
