"""Reading a lounge database file as it lies on disk, without the desk's models."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def lounge_names(path: Path) -> list[str]:
    """The lounges' names in the database at ``path`` (a restore changed the file, or not)."""
    connection = sqlite3.connect(path)
    try:
        return [name for name, in connection.execute("SELECT name FROM lounge")]
    finally:
        connection.close()
