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

_CONTEXT = "Saving"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def refusal_text(refused: FileRefused) -> str:
    """One translated sentence naming the path and why the desk will not use it."""
    texts = {
        Refusal.NO_FOLDER: _tr("The folder %2 does not exist."),
        Refusal.DIRECTORY: _tr("%1 is a folder. Choose a file name inside it."),
        Refusal.DEVICE: _tr("%1 is a device, not a file. Choose a file."),
        Refusal.FIFO: _tr("%1 is a pipe (FIFO), not a file. Choose a file."),
        Refusal.SOCKET: _tr("%1 is a socket, not a file. Choose a file."),
        Refusal.SYMLINK: _tr("%1 is a link to another file. The desk does not write through "
                             "links: choose the file itself."),
        Refusal.NOT_A_FILE: _tr("%1 is not a regular file. Choose a file."),
        Refusal.DATABASE: _tr("%1 is a database. The desk never writes over a database: "
                              "choose another name."),
        Refusal.DATABASE_OPEN: _tr("A database is open at %1 (%2 is beside it). "
                                   "Choose another name."),
        Refusal.DATABASE_PART: _tr("%1 belongs to the database %2. Choose another name."),
        Refusal.UNCHECKED: _tr("%1 cannot be read to make sure it is not a database (%2). "
                               "Choose another name."),
        Refusal.EXISTS: _tr("%1 already exists. Choose another name."),
        Refusal.SAME_FILE: _tr("%1 is the same file as %2. Choose another name."),
        Refusal.TOO_LARGE: _tr("%1 is larger than %2: too large for this. "
                               "Is it the right file?"),
    }
    return texts[refused.refusal].replace("%1", str(refused.path)).replace("%2", refused.detail)


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
    QMessageBox.warning(parent, _tr("Not saved"), not_saved.replace("%1", why))
    return False
