"""The running ``QApplication``, typed as one.

Qt declares ``QApplication.instance()`` as returning the core base class (or nothing), so
every caller would repeat the same check; the desk's windows need the widgets application.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def the_application() -> QApplication:
    """The application the desk's widgets live in; an error if there is none yet."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("VIP Desk's windows need a running QApplication")
    return app


def application_for_desk() -> QApplication:
    """The running application, or a new one named after the process (first run)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication(sys.argv[:1])
