"""Finds the windows the `ui` package provides, without the core importing `ui`.

The ui package announces its entry points in pyproject.toml (group `citizen_tribune.gui`);
the core only knows their names, so the layering stays ui → kiosk and a head-less install
(no ui) gets a clear message instead of an ImportError.
"""
from __future__ import annotations

from importlib.metadata import entry_points
from typing import Callable

GROUP = "citizen_tribune.gui"


class NoGui(RuntimeError):
    pass


def load(name: str) -> Callable[..., int]:
    for ep in entry_points(group=GROUP):
        if ep.name == name:
            return ep.load()
    raise NoGui(f"this installation has no '{name}' window (package 'ui' not installed); "
                "run scripts/setup.sh to install it")
