"""Fixtures more than one module of service tests asks for."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.clock import FakeClock
from vipdesk.domain.vocabulary import Role
from vipdesk.storage.models import Lounge, Staff


@pytest.fixture
def desk_staff(lounge: Lounge, clock: FakeClock) -> Staff:
    """A front-desk agent who joined long before the history the retention tests build."""
    return Staff.create(lounge=lounge, name="Dina Desk", role=Role.FRONT_DESK,
                        created_at=clock.now() - dt.timedelta(days=400))
