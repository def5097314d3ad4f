"""Free-space checks shared by capture (refuse to record) and the health panel."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Literal

DiskStatus = Literal["ok", "warn", "stop"]


def _existing_ancestor(path: Path) -> Path:
    # The data directory may not exist yet on first boot; measure the volume it will live on.
    p = Path(path).absolute()
    while not p.exists() and p != p.parent:
        p = p.parent
    return p


def free_mb(path: str | os.PathLike) -> float:
    """Free space in MiB available to this (unprivileged) process on the volume holding `path`."""
    return shutil.disk_usage(_existing_ancestor(Path(path))).free / (1024 * 1024)


def disk_status(path: str | os.PathLike, warn_mb: float, stop_mb: float) -> DiskStatus:
    free = free_mb(path)
    if free < stop_mb:
        return "stop"
    if free < warn_mb:
        return "warn"
    return "ok"
