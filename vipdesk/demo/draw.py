"""Weighted random choice, precomputed: the generator draws it millions of times for a year."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """Items with weights; ``pick`` draws one from the generator's own random source."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        if len(items) != len(weights) or not items:
            raise ValueError("Weighted needs as many weights as items, and at least one.")
        self._items = tuple(items)
        self._cumulative = tuple(itertools.accumulate(weights))

    def pick(self, rng: random.Random) -> T:
        return self._items[bisect.bisect(self._cumulative, rng.random() * self._cumulative[-1])]
