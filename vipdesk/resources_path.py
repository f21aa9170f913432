"""Where ``resources/`` (fonts, icons, sounds, translations) lives.

The folder sits at the top of the checkout (the design card) and ships inside an
installed copy as the package ``vipdesk.resources`` (pyproject maps it there), so
code asks this one helper instead of building paths from ``__file__`` itself.
"""

from __future__ import annotations

import functools
import importlib
from pathlib import Path


@functools.cache
def resources_root() -> Path:
    """The installed ``vipdesk.resources`` if there is one, else the checkout's ``resources/``."""
    try:
        package = importlib.import_module("vipdesk.resources")
    except ModuleNotFoundError:
        package = None
    # ``resources/`` has no __init__.py, so the installed copy is a namespace package:
    # its ``__path__`` lists the real directories (importlib.resources.files() would
    # give a MultiplexedPath, which is no use to code that opens files by name).
    for entry in getattr(package, "__path__", ()):
        if Path(entry).is_dir():
            return Path(entry)
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of ``resources/<parts...>``, e.g. ``resource_path("fonts", "x.ttf")``."""
    return resources_root().joinpath(*parts)
