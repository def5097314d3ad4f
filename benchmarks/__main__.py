"""Runs every benchmarks/bench_*.py module's run() and prints one line per figure.

Each figure is printed next to a baseline measured in the same run, with their ratio, so the
numbers mean something on any machine.
"""
from __future__ import annotations

import argparse
import compileall
import importlib
import os
import pkgutil
import sys
import time
import traceback
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("-k", dest="only", action="append", default=[],
                        help="run only modules whose name contains this (repeatable)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    here = Path(__file__).parent
    # The kiosk as installed, with its byte-code (scripts/setup.sh compiles it too): with
    # PYTHONDONTWRITEBYTECODE set, every process measured would compile its modules again.
    for package in ("kiosk", "ui"):
        compileall.compile_dir(str(here.parent / package), quiet=1)
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if args.only:
        names = [n for n in names if any(k in n for k in args.only)]
    failed = 0
    for name in names:
        start = time.perf_counter()
        try:
            lines = importlib.import_module(f"benchmarks.{name}").run()
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            failed += 1
            print(f"{name}: FAILED", flush=True)
            traceback.print_exc()
            continue
        for line in lines:
            print(line, flush=True)
        print(f"  ({name} took {time.perf_counter() - start:.1f} s)", file=sys.stderr, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
