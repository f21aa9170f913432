"""SQLite over a network share is refused: its locks do not hold across PCs.

Two desks on one file on an NFS or SMB share would each believe they hold the write lock,
and the file is damaged on the first busy morning (SQLite's own advice: "use a client/server
database"). So before a desk or a command opens an SQLite file, :func:`refuse_network_share`
looks where the file lives: on Linux the mount table (``/proc/self/mountinfo``) says the file
system of the longest mount point over the file's folder; on Windows a UNC path
(``\\\\server\\share``) or a drive letter Windows calls remote. Several desks use PostgreSQL.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath
from typing import NamedTuple

from vipdesk.storage.paths import real_path

MOUNTINFO = Path("/proc/self/mountinfo")
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs", "afs", "ncpfs", "ceph",
    "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "lustre"})
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive


class Share(NamedTuple):
    """Where a network share holding the database is: its file system and its source."""

    kind: str
    source: str


class OnNetworkShare(Exception):
    """The SQLite file is on a network share; the message says what to do instead."""

    def __init__(self, path: Path, share: Share) -> None:
        super().__init__(
            f"The database is on a network share ({path}: {share.kind} {share.source}). SQLite "
            "cannot be shared safely over a network: for several desks use a PostgreSQL server "
            '(see README, "Several desks").')
        self.share = share


def refuse_network_share(path: Path, mountinfo: str | None = None) -> None:
    """Raise :class:`OnNetworkShare` when ``path`` (made or not yet) is on a network share.
    ``mountinfo`` is the mount table's text (tests give their own); None reads this PC's."""
    if (share := network_share_of(path, mountinfo)) is not None:
        raise OnNetworkShare(path, share)


def network_share_of(path: Path, mountinfo: str | None = None) -> Share | None:
    """The network share ``path`` is on, or None for a local disk (or when nobody can say)."""
    if sys.platform == "win32" and mountinfo is None:
        return _windows_share(path)
    folder = _existing_folder(path)
    if mountinfo is None:
        try:
            mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # no mount table (not Linux): nothing to say
    best: tuple[str, Share] | None = None
    for mount_point, share in _mounts(mountinfo):
        if _is_under(folder, mount_point) and (best is None or len(mount_point) >= len(best[0])):
            best = (mount_point, share)
    if best is None or best[1].kind not in NETWORK_FILE_SYSTEMS:
        return None
    return best[1]


def _existing_folder(path: Path) -> str:
    """The real path of the nearest folder over ``path`` that exists (a new file's folder
    may not exist yet)."""
    folder = real_path(Path(path)).parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return str(folder)


def _mounts(mountinfo: str) -> list[tuple[str, Share]]:
    """(mount point, file system) for each line of ``/proc/self/mountinfo``: ``ID PARENT
    MAJ:MIN ROOT MOUNT-POINT OPTIONS [OPTIONAL...] - TYPE SOURCE SUPER-OPTIONS``."""
    mounts = []
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields or len(fields) < 5:
            continue
        after = fields[fields.index("-") + 1:]
        if len(after) < 2:
            continue
        mounts.append((_unescape(fields[4]), Share(after[0], _unescape(after[1]))))
    return mounts


def _unescape(field: str) -> str:
    """The kernel writes a space in a path as ``\\040`` (and tab, newline, backslash so)."""
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def _is_under(folder: str, mount_point: str) -> bool:
    return mount_point == "/" or folder == mount_point or folder.startswith(mount_point + "/")


def windows_share(path: PureWindowsPath, drive_type: Callable[[str], int]) -> Share | None:
    """A UNC path's share, or a drive letter ``drive_type`` (GetDriveTypeW) calls remote."""
    if path.drive.startswith("\\\\"):
        return Share("UNC path", path.drive)
    if path.drive and drive_type(f"{path.drive}\\") == DRIVE_REMOTE:
        return Share("network drive", path.drive)
    return None


def _windows_share(path: Path) -> Share | None:  # pragma: no cover (Windows only)
    import ctypes
    kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 (Windows only)
    return windows_share(PureWindowsPath(os.path.abspath(path)), kernel32.GetDriveTypeW)
