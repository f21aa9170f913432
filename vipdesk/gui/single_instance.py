"""One desk per PC and database: a second copy brings the first to the front and leaves.

Two copies of the desk on one database would each think they own the lounge
board and the fatigue timers, and the second would meet "database is locked"
at the worst moment. So the desk holds a :class:`QLockFile` on ``<db path>.lock``
(owner-only) for as long as it runs, and listens on a :class:`QLocalServer` whose name
is a hash of the database path. Both take the file's real path (symlinks resolved), so
a database reached through a link is still one database. A second copy finds the lock
taken, sends "activate" to the first (which emits :attr:`SingleInstance.activate_requested`
and raises its window), prints one line, and exits before it opens the database.

The lock is long-lived, so it has no stale time: it is stale only when the
process that wrote it is gone (a crash or power cut), and then the next desk
takes it over. A different database has a different lock and a different
server name, so two lounges' desks run side by side.

A PostgreSQL database has no file on this PC: its lock is in the user's data folder and
both names come from its URL without the password
(:func:`vipdesk.storage.server_url.server_key`), so a URL typed with or without it, or
with ``postgres://``, is still one database. Desks on other PCs are not this rule's
business: the server serves them all.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.storage.paths import Target, is_url, make_private_folder, real_path
from vipdesk.storage.server_url import database_key, local_file, shown

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 1000


def lock_path(target: Target) -> Path:
    """``<real db path>.lock``: beside the database file itself (symlinks resolved), so every
    copy of the desk finds the same one however it names the database. For a server
    database, a file in the user's data folder named after its URL without the password."""
    if is_url(target):
        return local_file(str(target), ".lock")
    return Path(f"{real_path(Path(target))}.lock")


def server_name(target: Target) -> str:
    """A local-socket name for this database: the same database always gives the same name."""
    return "vipdesk-" + hashlib.sha256(database_key(target).encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    """Holds this database for the desk, and hears a second copy asking to be shown."""

    activate_requested = Signal()

    def __init__(self, target: Target, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target = target if is_url(target) else Path(target)
        self.name = server_name(self.target)
        self._lock = QLockFile(str(lock_path(self.target)))
        self._lock.setStaleLockTime(0)  # long-lived: stale only when its process is gone
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the database for this desk.

        False when another copy, or a folder the desk cannot write, stops it."""
        if self._lock.isLocked():
            return True
        try:  # on a new PC the per-user data folder does not exist yet
            make_private_folder(lock_path(self.target).parent)
        except OSError:
            return False  # refusal() says the lock file cannot be written there
        if not self._lock.tryLock(0):
            return False
        with contextlib.suppress(OSError):  # a file system without modes: it still locks
            os.chmod(lock_path(self.target), 0o600)  # it names the PC and the process
        # A socket file left behind by a copy that crashed would make listen() fail.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        # Without the server a second copy cannot bring us forward, but the lock
        # still keeps it out: keep running rather than refuse to start.
        self._server = server if server.listen(self.name) else None
        return True

    def release(self) -> None:
        """Give the database up (at quit); the next copy of the desk may take it."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def ask_first_to_show(self, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
        """Ask the copy that holds the database to come to the front; True when it was told.

        Blocks for at most about ``2 * timeout_ms``: call it at start-up, before
        any window exists.
        """
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(QByteArray(ACTIVATE))
        delivered = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return delivered

    def refusal(self) -> Message:
        """One line for the second copy to print (``str()``: English) and show (in the
        desk's language, :func:`vipdesk.gui.language.in_language`) before it exits."""
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()
            pid = info[0] or None  # (pid, host name, application name)
            if pid:
                return Message(QT_TRANSLATE_NOOP(
                    "Messages", "VIP Desk is already open on {path} (process {pid}); use "
                    "that window."), {"path": shown(self.target), "pid": str(pid)})
            return Message(QT_TRANSLATE_NOOP(
                "Messages", "VIP Desk is already open on {path}; use that window."),
                {"path": shown(self.target)})
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "VIP Desk cannot start on {path}: it cannot write its lock file "
            "{lock} there (the folder is read-only, full or cannot be made). Nothing was "
            "changed. Please ask IT to check the folder."),
            {"path": shown(self.target), "lock": str(lock_path(self.target))})

    @Slot()
    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.canReadLine() and bytes(socket.readLine().data()) == ACTIVATE:
            self.activate_requested.emit()
            socket.disconnectFromServer()


def bring_to_front(window: QWidget) -> None:
    """Show the desk window on top and give it the keyboard (connect to activate_requested)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
