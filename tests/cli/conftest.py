"""Fixtures more than one module of command-line tests asks for (a module may define its own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vipdesk.services.session import Session
from vipdesk.storage.models import Staff


@pytest.fixture
def desk_db(session: Session, team: dict[str, Staff], db_path: Path) -> Path:
    """A lounge with its team, closed as when no desk runs."""
    session.db.close()
    return db_path
