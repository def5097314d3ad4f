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


def child_cpu(cmd: list[str], repeat: int = 3) -> float:
    """Median CPU seconds (user + system) a command uses, children included: on a shared machine
    this moves less with the load than wall time does."""
    import resource
    import subprocess
    times = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, check=True, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times)
