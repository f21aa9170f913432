"""The shared test data beside the repository (``../shared/data``): read, or skip saying so.

A clone on its own, without the shared folder next to it, still runs the suite; the
tests that need this data are skipped with the path they looked for.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def shared_file(name: str) -> Path:
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is not here: the shared test data was not checked out")
    return path


def naughty_strings() -> list[str]:
    """Every string of the Big List of Naughty Strings."""
    return json.loads(shared_file("blns.json").read_text(encoding="utf-8"))
