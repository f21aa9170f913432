"""The benches' shared measuring: a call timed over runs, and a percentile of the times."""

from __future__ import annotations

import time
from collections.abc import Callable


def timed(call: Callable[[], object], runs: int, warm_up: int = 0) -> list[float]:
    """Milliseconds of each of ``runs`` calls, after ``warm_up`` calls not counted."""
    for _ in range(warm_up):
        call()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(samples: list[float], fraction: float) -> float:
    """The sample ``fraction`` of the way up the sorted samples (the nearest one)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def p95(samples: list[float]) -> float:
    return percentile(samples, 0.95)
