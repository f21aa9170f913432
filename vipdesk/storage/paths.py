"""Where the lounge database lives: ``--db``, ``$VIPDESK_DB`` or the per-user data folder.

A database is a target: an SQLite file's path (a single kiosk), or a ``postgresql://`` URL
(several desks on one server). :func:`target_of` is the one place that turns the text of
``--db`` or ``$VIPDESK_DB`` into one: a :class:`~pathlib.Path` for a file, the URL itself,
untouched, for a server (:mod:`vipdesk.storage.server_url` shows it without its password).

Apart from :mod:`vipdesk.storage.database` so the desk can find its file, take its lock and
show its first window before the database code (peewee, the models, the migrations) loads.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENV_VAR = "VIPDESK_DB"
SCHEMES = ("postgresql://", "postgres://")

Target = Path | str  # an SQLite file's path, ":memory:", or a postgresql:// URL


def data_folder() -> Path:
    """The platform's per-user data folder, e.g. ~/.local/share/VIPDesk."""
    import platformdirs

    return Path(platformdirs.user_data_dir("VIPDesk", appauthor=False))


def default_path() -> Path:
    """The default database file, e.g. ~/.local/share/VIPDesk/vipdesk.sqlite3."""
    return data_folder() / "vipdesk.sqlite3"


def is_url(target: Target) -> bool:
    """Whether the target names a PostgreSQL server rather than an SQLite file."""
    return isinstance(target, str) and target.strip().lower().startswith(SCHEMES)


def target_of(text: str) -> Target:
    """A ``--db`` or ``$VIPDESK_DB`` value as a target: a URL stays the text it was."""
    if is_url(text):
        return text.strip()
    return Path(text).expanduser()


def resolve_target(cli_value: str | None, environ: Mapping[str, str] | None = None) -> Target:
    """``--db`` wins over ``VIPDESK_DB``, which wins over the per-user default file."""
    variables: Mapping[str, str] = os.environ if environ is None else environ
    if cli_value:
        return target_of(cli_value)
    if variables.get(ENV_VAR):
        return target_of(variables[ENV_VAR])
    return default_path()


def real_path(path: Path) -> Path:
    """The database file's own path, symlinks resolved: one database has one lock, one log
    and one backups folder however it is reached (``--db`` through a link, ``$VIPDESK_DB``)."""
    return Path(os.path.realpath(Path(path).expanduser()))


def real_target(target: Target) -> Target:
    """A file's :func:`real_path`; a URL unchanged."""
    return target if is_url(target) else real_path(Path(target))


def make_private_folder(folder: Path) -> None:
    """Make ``folder`` (and its parents) if missing; the folder itself readable by its owner
    only, as it holds guests' personal data. An existing folder is left as IT set it."""
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
