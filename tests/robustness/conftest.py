"""The naughty strings and the tally every input test keeps of them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.shared_data import naughty_strings
from tests.robustness.blns_helpers import Tally


@pytest.fixture(scope="module")
def strings() -> list[str]:
    return naughty_strings()


@pytest.fixture
def tally(request: pytest.FixtureRequest) -> Iterator[Tally]:
    result = Tally()
    yield result
    print(f"\n{request.node.name}\n{result.summary()}")
    assert not result.failures, "\n".join(result.failures[:40])
    # A field that kept nothing was not really tried (its form refused for another reason).
    assert not [name for name, field in result.fields.items() if not field.saved], result.summary()
