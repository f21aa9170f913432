"""Starting the desk: the Qt application, first-run set-up, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from vipdesk.clock import Clock
from vipdesk.gui.style import apply_style
from vipdesk.resources_path import resource_path
from vipdesk.services import setup
from vipdesk.services.session import Session
from vipdesk.storage.database import open_database


CHORES_AFTER_MS = 3000


def install_translator(app: QApplication) -> None:
    """Load ``vipdesk_<locale>.qm`` if we ship one for the machine's language."""
    translator = QTranslator(app)
    if translator.load(QLocale(), "vipdesk", "_", str(resource_path("translations"))):
        app.installTranslator(translator)


def run_desk(db_path: Path, clock: Clock, *, kiosk: bool = False) -> int:
    """Open the desk on ``db_path``; returns the exit status for the process."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("VIP Desk")
    install_translator(app)
    apply_style(app)
    from vipdesk.gui.single_instance import SingleInstance, bring_to_front
    instance = SingleInstance(db_path, app)
    if not instance.acquire():
        instance.ask_first_to_show()
        print(instance.refusal(), file=sys.stderr)
        QMessageBox.information(None, "VIP Desk", instance.refusal())
        return 1
    app.aboutToQuit.connect(instance.release)
    db = open_database(db_path)
    session = Session(db=db, clock=clock)
    lounge = setup.find_lounge(session)
    if lounge is None:
        from vipdesk.gui.first_run_dialog import FirstRunDialog
        if FirstRunDialog(session).exec() != FirstRunDialog.DialogCode.Accepted:
            return 1
        lounge = setup.find_lounge(session)
    session.lounge_id = lounge.id
    from vipdesk.gui.main_window import MainWindow
    window = MainWindow(session, kiosk=kiosk)
    instance.activate_requested.connect(lambda: bring_to_front(window))
    window.events.start()
    from vipdesk.gui.housekeeping import Housekeeping
    chores = Housekeeping(session, db_path, window)
    chores.problem.connect(lambda text: window.statusBar().showMessage(text, 60_000))
    app.aboutToQuit.connect(chores.stop)
    QTimer.singleShot(CHORES_AFTER_MS, chores.start)  # after the desk is on screen
    if kiosk:
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    status = app.exec()
    db.close()
    return status
