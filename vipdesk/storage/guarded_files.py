"""Files the desk writes and reads: never over what must not be replaced, nor from a non-file.

Every file the desk writes (a report's PDF or CSV, a welcome card, a handover,
a backup) goes to a temporary file in the target's folder, owner-only (it holds
guests' personal data), flushed, and is then renamed into place, so a crash
leaves the old file or the whole new one. Before anything is written the target
is looked at without following links (``lstat``). Refused, each with one line
for a person naming the path and why:

- a folder, a device, a FIFO, a socket, a symbolic link (a dangling one too);
- any SQLite database (its 16-byte header), and any file a database is open at:
  a ``-wal``, ``-shm`` or ``-journal`` beside it, or the desk's ``<path>.lock``;
  also such a side file itself;
- an existing regular file, unless the caller allows it (:class:`Replace`);
- two outputs that name one file (one resolved path, or one file by
  ``os.path.samefile``: hard links too).

The final rename cannot replace what appeared after the check when replacing is
not allowed: the file is hard-linked into place, which fails if the name is
taken (where a file system has no hard links, the check just before the rename
stands).

Reading (the departures CSV) refuses anything that is not a regular file before
opening it, and reads at most a stated number of bytes: a FIFO or a device can
neither hang the desk nor fill its memory.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Final

SQLITE_HEADER: Final = b"SQLite format 3\x00"
DATABASE_PARTS: Final = ("-wal", "-shm", "-journal", ".lock")
_NO_FOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)
_NO_BLOCK: Final = getattr(os, "O_NONBLOCK", 0)
_BINARY: Final = getattr(os, "O_BINARY", 0)
_NO_HARD_LINKS: Final = frozenset(
    {errno.EPERM, errno.EXDEV, errno.ENOSYS, errno.EMLINK,
     getattr(errno, "ENOTSUP", errno.EPERM), getattr(errno, "EOPNOTSUPP", errno.EPERM)})


class Refusal(enum.Enum):
    """Why a path was refused: the screens translate it, the CLI prints :attr:`FileRefused.why`."""

    NO_FOLDER = "no folder"
    DIRECTORY = "directory"
    DEVICE = "device"
    FIFO = "fifo"
    SOCKET = "socket"
    SYMLINK = "symlink"
    NOT_A_FILE = "not a file"  # anything else that is not a regular file
    DATABASE = "database"
    DATABASE_OPEN = "database open"
    DATABASE_PART = "database part"
    UNCHECKED = "unchecked"  # cannot be read to make sure it is no database
    EXISTS = "exists"
    SAME_FILE = "same file"
    TOO_LARGE = "too large"


class Replace(enum.Enum):
    """What an output may replace; never a folder, device, FIFO, socket, link or open database."""

    NOTHING = "nothing"
    FILE = "file"  # an existing regular file that is no database: --force, a save dialog's "yes"
    OWN_BACKUP = "own backup"  # also a closed database: the backup rotation's own names


class FileRefused(Exception):
    """A path the desk will not write (or read); nothing was written. One line for a person."""

    def __init__(self, path: Path, refusal: Refusal, detail: str = "", *,
                 reading: bool = False) -> None:
        super().__init__(path, refusal, detail)
        self.path, self.refusal, self.detail, self.reading = Path(path), refusal, detail, reading

    @property
    def why(self) -> str:
        """The reason in English, for the command line and the logs."""
        return _WHY[self.refusal].format(detail=self.detail)

    def __str__(self) -> str:
        return f"cannot {'read' if self.reading else 'write'} {self.path}: {self.why}"


_WHY: Final = {
    Refusal.NO_FOLDER: "the folder {detail} does not exist",
    Refusal.DIRECTORY: "it is a folder; name a file",
    Refusal.DEVICE: "it is a device, not a file",
    Refusal.FIFO: "it is a pipe (FIFO), not a file",
    Refusal.SOCKET: "it is a socket, not a file",
    Refusal.SYMLINK: "it is a symbolic link; the desk does not write through links, "
                     "name the file itself",
    Refusal.NOT_A_FILE: "it is not a regular file",
    Refusal.DATABASE: "it is an SQLite database; the desk never writes over a database",
    Refusal.DATABASE_OPEN: "a database is open there ({detail} beside it)",
    Refusal.DATABASE_PART: "it belongs to the database {detail}",
    Refusal.UNCHECKED: "it cannot be read to make sure it is not a database ({detail})",
    Refusal.EXISTS: "it already exists",
    Refusal.SAME_FILE: "it is the same file as {detail}",
    Refusal.TOO_LARGE: "it is larger than {detail}",
}


def not_a_file(mode: int) -> Refusal | None:
    """What a non-regular file is (from ``st_mode``), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return Refusal.SYMLINK
    if stat.S_ISDIR(mode):
        return Refusal.DIRECTORY
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Refusal.DEVICE
    if stat.S_ISFIFO(mode):
        return Refusal.FIFO
    if stat.S_ISSOCK(mode):
        return Refusal.SOCKET
    return Refusal.NOT_A_FILE


# ---------------------------------------------------------------------------
# Writing


def check_output(path: Path, replace: Replace = Replace.NOTHING) -> None:
    """Raise :class:`FileRefused` unless ``path`` may be written (see the module's list)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FileRefused(path, Refusal.NO_FOLDER, str(path.parent))
    _refuse_database_parts(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as error:
        raise FileRefused(path, Refusal.UNCHECKED, error.strerror or str(error)) from None
    refusal = not_a_file(info.st_mode)
    if refusal is not None:
        raise FileRefused(path, refusal)
    if replace is not Replace.OWN_BACKUP and _is_database(path):
        raise FileRefused(path, Refusal.DATABASE)
    if replace is Replace.NOTHING:
        raise FileRefused(path, Refusal.EXISTS)


def check_outputs(paths: Sequence[Path], replace: Replace = Replace.NOTHING) -> None:
    """:func:`check_output` for each, and no two naming one file."""
    for number, path in enumerate(paths):
        check_output(path, replace)
        for earlier in paths[:number]:
            if _same_file(earlier, path):
                raise FileRefused(path, Refusal.SAME_FILE, str(earlier))


def write_file(path: Path, content: bytes, replace: Replace = Replace.NOTHING) -> Path:
    """Check, write ``content`` beside ``path`` owner-only, flush and rename into place."""
    path = Path(path)
    check_output(path, replace)
    temporary = temporary_beside(path)
    try:
        with temporary.open("r+b") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        place(temporary, path, replace)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def temporary_beside(path: Path) -> Path:
    """An empty owner-only file ``.<name>.….part`` in ``path``'s folder: the rename is atomic."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    return Path(name)


def place(temporary: Path, path: Path, replace: Replace = Replace.NOTHING) -> None:
    """Rename a flushed ``temporary`` (in ``path``'s folder) to ``path``, checking it again
    first; then flush the folder, so a power cut keeps the new name."""
    check_output(path, replace)
    if replace is Replace.NOTHING:
        try:
            os.link(temporary, path)  # fails if the name was taken meanwhile
        except FileExistsError:
            raise FileRefused(path, Refusal.EXISTS) from None
        except OSError as error:
            if error.errno not in _NO_HARD_LINKS:
                raise
            os.replace(temporary, path)  # no hard links here: the check above stands
        else:
            temporary.unlink(missing_ok=True)
    else:
        os.replace(temporary, path)
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename in this folder durable; Windows cannot open a folder and needs no such step."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _refuse_database_parts(path: Path) -> None:
    for part in DATABASE_PARTS:
        beside = Path(f"{path}{part}")
        if os.path.lexists(beside):
            raise FileRefused(path, Refusal.DATABASE_OPEN, beside.name)
        if path.name.endswith(part) and len(path.name) > len(part):
            owner = path.with_name(path.name[:-len(part)])
            if _looks_like_database(owner):
                raise FileRefused(path, Refusal.DATABASE_PART, str(owner))


def _is_database(path: Path) -> bool:
    """Starts with SQLite's header; read without following a link or waiting on a pipe."""
    try:
        handle = os.open(path, os.O_RDONLY | _NO_FOLLOW | _NO_BLOCK | _BINARY)
    except OSError as error:
        raise FileRefused(path, Refusal.UNCHECKED, error.strerror or str(error)) from None
    try:
        refusal = not_a_file(os.fstat(handle).st_mode)
        if refusal is not None:
            raise FileRefused(path, refusal)
        return os.read(handle, len(SQLITE_HEADER)) == SQLITE_HEADER
    finally:
        os.close(handle)


def _looks_like_database(path: Path) -> bool:
    try:
        return os.path.isfile(path) and _is_database(path)
    except FileRefused:
        return False


def _same_file(one: Path, other: Path) -> bool:
    if one.resolve() == other.resolve():
        return True
    with contextlib.suppress(OSError):
        return os.path.samefile(one, other)
    return False


# ---------------------------------------------------------------------------
# Reading


def read_small_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; :class:`FileRefused` otherwise.

    A link to a regular file is read (reading through a link replaces nothing).
    What is no regular file is refused before it is opened, and the read stops at
    ``limit + 1`` bytes whatever the file claims its size is.
    """
    path = Path(path)
    info = os.stat(path)
    refusal = not_a_file(info.st_mode)
    if refusal is not None:
        raise FileRefused(path, refusal, reading=True)
    too_large = FileRefused(path, Refusal.TOO_LARGE, f"{limit:,} bytes", reading=True)
    if info.st_size > limit:
        raise too_large
    handle = os.open(path, os.O_RDONLY | _NO_BLOCK | _BINARY)
    try:
        refusal = not_a_file(os.fstat(handle).st_mode)  # swapped since the look?
        if refusal is not None:
            raise FileRefused(path, refusal, reading=True)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(handle, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(handle)
    if size > limit:
        raise too_large
    return b"".join(chunks)
