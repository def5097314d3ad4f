"""A really full disk for tests: a small tmpfs mounted in a temp dir (skipped where mounting is
refused, i.e. not root), and a filler file that takes every free block."""
from __future__ import annotations

import errno
import os
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


@contextmanager
def tiny_disk(where: Path, size: str = "4m") -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)


def fill(disk: Path, leave_kb: int = 0) -> Path:
    """Take all free space but about `leave_kb`; returns the filler (unlink it to free the space)."""
    filler = disk / f"filler-{len(list(disk.glob('filler-*')))}"
    free_kb = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize // 1024
    with open(filler, "wb") as fh:
        try:
            for _ in range(max(0, free_kb - leave_kb)):
                fh.write(b"\0" * 1024)
            fh.flush()
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
    return filler
