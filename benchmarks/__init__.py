"""Figures that are not pass/fail. Run all with `python -m benchmarks` (or `-k NAME` for some)."""
