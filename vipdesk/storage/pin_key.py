"""The PIN key file: 32 random bytes, owner-only, kept apart from the database and its backups.

The key is what makes a stolen database or backup useless for guessing PINs
(:mod:`vipdesk.domain.pin`), so it lives where backups never go: the per-user
config folder (``~/.config/VIPDesk/pin.key`` on Linux), not the data folder
the database and its ``backups/`` live in. Where the platform has one folder
for both (Windows, macOS) it is a sibling, ``VIPDesk-key``. ``$VIPDESK_PIN_KEY``
names another file (for IT, and for the tests).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import stat
from pathlib import Path

import platformdirs

from vipdesk.domain.pin import KEY_BYTES, PinKey
from vipdesk.storage.guarded_files import fsync_folder

ENV_VAR = "VIPDESK_PIN_KEY"
KEY_FILE = "pin.key"


class PinKeyFileError(Exception):
    """The key file is there but cannot be used; the message says what is wrong."""


def default_key_path() -> Path:
    config = Path(platformdirs.user_config_dir("VIPDesk", appauthor=False))
    data = Path(platformdirs.user_data_dir("VIPDesk", appauthor=False))
    if config == data:  # Windows and macOS keep config and data in one folder
        config = config.with_name("VIPDesk-key")
    return config / KEY_FILE


def resolve_key_path(environ: dict[str, str] | os._Environ[str] | None = None) -> Path:
    """``$VIPDESK_PIN_KEY`` if set, else the per-user default."""
    environ = os.environ if environ is None else environ
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    return default_key_path()


def is_within(path: Path, folder: Path) -> bool:
    """Whether ``path`` is ``folder`` or lies under it, by their real locations."""
    real, real_folder = path.expanduser().resolve(), folder.expanduser().resolve()
    return real == real_folder or real_folder in real.parents


def read_key(path: Path) -> PinKey | None:
    """The key in ``path``; None when there is no such file. A key file others could read
    is made owner-only again."""
    try:
        with open(path, "rb") as file:
            mode = os.fstat(file.fileno()).st_mode
            secret = file.read(KEY_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise PinKeyFileError(f"The PIN key file {path} cannot be read: "
                              f"{error.strerror or error}.") from error
    if len(secret) != KEY_BYTES:
        raise PinKeyFileError(f"The PIN key file {path} is not a VIP Desk PIN key "
                              f"(it has {len(secret)} bytes, a key has {KEY_BYTES}).")
    if os.name == "posix" and stat.S_IMODE(mode) & 0o077:
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
    return PinKey(secret)


def _private_folder(folder: Path) -> None:
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def _write_new(path: Path, key: PinKey) -> None:
    """Write ``key`` to a file that must not exist yet, owner-only, flushed to disk."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(descriptor, key.secret)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def create_key(path: Path) -> PinKey:
    """A new random key in a new file at ``path`` (folder 0700, file 0600).
    If another process made it a moment ago, that key is the one."""
    _private_folder(path.parent)
    key = PinKey.new()
    try:
        _write_new(path, key)
    except FileExistsError:
        found = read_key(path)
        if found is None:
            raise
        return found
    fsync_folder(path.parent)
    return key


def key_at(path: Path) -> PinKey:
    """The key in ``path``, made there if there is none yet (for a new database: the demo)."""
    return read_key(path) or create_key(path)


def staged_path(path: Path) -> Path:
    return path.with_name(path.name + ".new")


def stage_key(path: Path, key: PinKey) -> Path:
    """Write ``key`` beside ``path`` under a temporary name, to be put in place by
    :func:`install_staged` once the database agrees: a failed recovery leaves the old key."""
    _private_folder(path.parent)
    staged = staged_path(path)
    staged.unlink(missing_ok=True)  # an earlier recovery that stopped half-way
    _write_new(staged, key)
    return staged


def aside_path(path: Path, now: dt.datetime) -> Path:
    return path.with_name(f"{path.name}.replaced-{now:%Y%m%dT%H%M%S}")


def install_staged(staged: Path, path: Path, now: dt.datetime) -> Path | None:
    """Put a staged key in place; the key it replaces is kept aside (returned), never deleted."""
    aside = None
    if path.exists():
        aside = aside_path(path, now)
        os.replace(path, aside)
    os.replace(staged, path)
    fsync_folder(path.parent)
    return aside
