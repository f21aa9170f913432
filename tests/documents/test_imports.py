"""The documents print plain data: they import neither the services, nor storage, nor peewee
(nor the GUI), and one service alone builds a welcome card. Read from the source, like
``bench/code_health.py``; nothing is imported."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "vipdesk"
NOT_FOR_DOCUMENTS = ("vipdesk.services", "vipdesk.storage", "vipdesk.gui", "vipdesk.cli",
                     "vipdesk.demo", "peewee", "PySide6")


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, with the names it takes (``module.name``) too."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_documents_import_no_services_storage_or_peewee() -> None:
    wrong = {f"{path.name}: {module}"
             for path in (PACKAGE / "documents").glob("*.py")
             for module in imported(path)
             if module.startswith(NOT_FOR_DOCUMENTS)}
    assert not wrong


def test_one_service_builds_the_welcome_card() -> None:
    builder = "vipdesk.documents.welcome_card.render_welcome_card"
    callers = sorted(str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
                     if builder in imported(path))
    assert callers == ["services/welcome_cards.py"]
