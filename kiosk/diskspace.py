"""Free-space checks shared by capture (refuse to record) and the health panel."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
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


def is_disk_full(exc: BaseException) -> bool:
    """ENOSPC/EDQUOT from a file write, or SQLite's "database or disk is full"."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return isinstance(exc, sqlite3.OperationalError) and "disk is full" in str(exc)


def disk_full_message(where: str | os.PathLike | None = None) -> str:
    """The same words everywhere (CLI, sync, staff and citizen screens' logs) for a full disk."""
    at = f" ({where})" if where else ""
    return (f"The disk is full{at}; nothing was half-written. Free space (deliver or export the "
            "queue, remove old exports or logs), then try again; `kiosk doctor` shows the free space.")


def plain_os_error(exc: BaseException) -> str:
    """Words for a failed file operation that a person can act on; the full disk first."""
    filename = getattr(exc, "filename", None)
    where = f" ({filename})" if filename else ""
    if is_disk_full(exc):
        return disk_full_message(filename)
    if getattr(exc, "errno", None) == errno.EROFS:
        return f"the disk is read-only{where}. Check the disk (it may need a repair), then try again."
    if getattr(exc, "errno", None) in (errno.EACCES, errno.EPERM):
        return f"permission denied{where}. The kiosk user must own this file or folder."
    return f"{getattr(exc, 'strerror', None) or exc}{where}."
