"""Where the lounge database lives: ``--db``, ``$VIPDESK_DB`` or the per-user data folder.

Apart from :mod:`vipdesk.storage.database` so the desk can find its file, take its lock and
show its first window before the database code (peewee, the models, the migrations) loads.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENV_VAR = "VIPDESK_DB"


def default_path() -> Path:
    """The platform's per-user data folder, e.g. ~/.local/share/VIPDesk/vipdesk.sqlite3."""
    import platformdirs

    return Path(platformdirs.user_data_dir("VIPDesk", appauthor=False)) / "vipdesk.sqlite3"


def resolve_path(cli_value: str | None, environ: Mapping[str, str] | None = None) -> Path:
    """``--db`` wins over ``VIPDESK_DB``, which wins over the per-user default."""
    variables: Mapping[str, str] = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser()
    if variables.get(ENV_VAR):
        return Path(variables[ENV_VAR]).expanduser()
    return default_path()


def real_path(path: Path) -> Path:
    """The database file's own path, symlinks resolved: one database has one lock, one log
    and one backups folder however it is reached (``--db`` through a link, ``$VIPDESK_DB``)."""
    return Path(os.path.realpath(Path(path).expanduser()))


def make_private_folder(folder: Path) -> None:
    """Make ``folder`` (and its parents) if missing; the folder itself readable by its owner
    only, as it holds guests' personal data. An existing folder is left as IT set it."""
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
