"""The two lounges of one database, built once per test that asks (each test its own)."""

from __future__ import annotations

import pytest

from tests.scoping.two_lounges import LoungeCast, build
from vipdesk.clock import FakeClock
from vipdesk.services.session import Session


@pytest.fixture
def lounges(session: Session, clock: FakeClock) -> tuple[LoungeCast, LoungeCast]:
    """A and B, filled; ``session`` is left at A with nobody signed in."""
    return build(session, clock)
