"""Durable file steps shared by capture, delivery and the office: fsync, atomic rename, hashing.

Kept free of audio and network imports so any part of the core can use it cheaply.
"""
from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path


def fsync_path(path: Path) -> None:
    # fsync flushes the inode whichever descriptor is used, so a fresh read-only one is enough.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def commit(tmp: Path, final: Path) -> Path:
    """fsync `tmp`, rename it over `final`, fsync the directory: after this returns, a power cut
    leaves either nothing or the whole file under `final`."""
    fsync_path(tmp)
    os.replace(tmp, final)
    fsync_dir(final.parent)
    return final


def unique_part(path: Path, mode: int = 0o644) -> tuple[int, Path]:
    """A new `<name>.<random>.part` beside `path`, opened O_EXCL with its final mode (umask applies):
    two processes writing the same file never share, truncate or delete each other's temp file."""
    for _ in range(100):
        tmp = path.with_name(f"{path.name}.{secrets.token_hex(6)}.part")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def write_durably(path: Path, data: bytes, mode: int = 0o644, *, sync_dir: bool = True) -> None:
    """A unique .part created with its final mode (a secret is never readable by others), fsync,
    rename, fsync dir. Concurrent writers of the same path each rename a whole file; the last wins.
    sync_dir=False leaves the directory's fsync to the caller, who does it once for many files
    before anything refers to them."""
    fd, tmp = unique_part(Path(path), mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:  # a full disk: no half-written .part is left behind
        tmp.unlink(missing_ok=True)
        raise
    if sync_dir:
        fsync_dir(Path(path).parent)


def write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Whole file or the old one, but no fsync: for facts rewritten every minute (a heartbeat copy,
    a "last checked" time), where losing the latest write to a power cut costs nothing."""
    fd, tmp = unique_part(Path(path), mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def sha256_file(path: str | os.PathLike, bufsize: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(bufsize):
            h.update(chunk)
    return h.hexdigest()
