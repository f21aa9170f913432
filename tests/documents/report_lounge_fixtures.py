"""The lounge the report tests share, as fixtures a test module names, and the morning
its reports are printed.

Not a conftest.py: its ``lounge`` would then shadow the root conftest's ``lounge``
for every test in this folder. A test module names them
(``lounge = report_lounge_fixtures.lounge``) and gets a lounge database of its own
(``shared`` is module-scoped), which each test binds the models to again.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from tests.report_fixtures import Cast, ReportLounge, reader, report_lounge
from vipdesk.clock import FakeClock
from vipdesk.storage.models import Lounge

UTC = dt.UTC
Report = TypeVar("Report")


@pytest.fixture(scope="module")
def shared() -> Iterator[ReportLounge]:
    """One lounge for the module; each test writes and reads its own day, a week apart."""
    with tempfile.TemporaryDirectory() as folder:
        lounge = report_lounge(Path(folder) / "lounge.sqlite3")
        yield lounge
        lounge.db.close()


@pytest.fixture
def lounge(shared: ReportLounge) -> Lounge:
    shared.bind()
    return shared.lounge


@pytest.fixture
def cast(shared: ReportLounge, lounge: Lounge) -> Cast:
    return shared.cast


def printed_next_morning(build: Callable[..., Report], lounge: Lounge, clock: FakeClock,
                         day: dt.date) -> Report:
    """``day``'s report as ``build`` makes it at 08:00 the next morning (Copenhagen, in winter)."""
    clock.set(dt.datetime.combine(day + dt.timedelta(days=1), dt.time(7), tzinfo=UTC))
    return build(reader(lounge, clock), day, printed_by="Mads Manager")
