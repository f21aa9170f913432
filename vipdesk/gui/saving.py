"""Saving a file from a screen, and what the screens say when a path is refused.

Every save goes through :mod:`vipdesk.storage.guarded_files`: whole, owner-only,
renamed into place. The save dialog has already asked before overwriting, so an
existing regular file may be replaced; a folder, device, FIFO, link or any
database never is. The refusals are translated here, once, for every screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vipdesk.storage.guarded_files import FileRefused, Refusal, Replace, write_file


def refusal_text(refused: FileRefused) -> str:
    """One translated sentence naming the path and why the desk will not use it."""
    translate = QCoreApplication.translate
    texts = {
        Refusal.NO_FOLDER: translate("Saving", "The folder {detail} does not exist."),
        Refusal.DIRECTORY: translate("Saving", "{path} is a folder. Choose a file name inside it."),
        Refusal.DEVICE: translate("Saving", "{path} is a device, not a file. Choose a file."),
        Refusal.FIFO: translate("Saving", "{path} is a pipe (FIFO), not a file. Choose a file."),
        Refusal.SOCKET: translate("Saving", "{path} is a socket, not a file. Choose a file."),
        Refusal.SYMLINK: translate("Saving", "{path} is a link to another file. The desk does "
                                   "not write through links: choose the file itself."),
        Refusal.NOT_A_FILE: translate("Saving", "{path} is not a regular file. Choose a file."),
        Refusal.DATABASE: translate("Saving", "{path} is a database. The desk never writes over "
                                    "a database: choose another name."),
        Refusal.DATABASE_OPEN: translate("Saving", "A database is open at {path} ({detail} is "
                                         "beside it). Choose another name."),
        Refusal.DATABASE_PART: translate("Saving", "{path} belongs to the database {detail}. "
                                         "Choose another name."),
        Refusal.UNCHECKED: translate("Saving", "{path} cannot be read to make sure it is not a "
                                     "database ({detail}). Choose another name."),
        Refusal.EXISTS: translate("Saving", "{path} already exists. Choose another name."),
        Refusal.SAME_FILE: translate("Saving", "{path} is the same file as {detail}. "
                                     "Choose another name."),
        Refusal.TOO_LARGE: translate("Saving", "{path} is larger than {detail}: too large for "
                                     "this. Is it the right file?"),
    }
    return texts[refused.refusal].format(path=refused.path, detail=refused.detail)


def save_file(parent: QWidget, content: bytes, path: Path, not_saved: str) -> bool:
    """Write ``content`` to ``path`` as the save dialog chose it; a refusal, a full disk or a
    read-only folder gets a warning (``not_saved`` with ``%1`` for why), not a crash."""
    try:
        write_file(path, content, Replace.FILE)
    except FileRefused as refused:
        why = refusal_text(refused)
    except OSError as problem:
        why = str(problem) if not problem.strerror else problem.strerror + (
            f" ({problem.filename})" if problem.filename else "")
    else:
        return True
    QMessageBox.warning(parent, QCoreApplication.translate("Saving", "Not saved"),
                        not_saved.replace("%1", why))
    return False
