"""Small helpers shared by the benchmark modules."""
from __future__ import annotations

import statistics
import time
from typing import Callable


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time in seconds of fn() over `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def figure(name: str, value: float, unit: str, baseline_name: str, baseline: float) -> str:
    ratio = value / baseline if baseline else float("inf")
    return f"{name}: {value:.3f} {unit} vs {baseline_name} {baseline:.3f} {unit} (ratio {ratio:.2f})"
