"""Where envelopes go. One small interface; an envelope counts as delivered only after read-back.

    dest.prepare()                          reachable? clean up our own half-finished uploads
    dest.deliver(key, path, sha256, size, retry=…)   -> Receipt, or raises DeliveryError
                                            (retry=False skips looking for an earlier copy first)
    dest.describe()                         e.g. "s3://bucket" or "folder:/media/stick"
"""
from __future__ import annotations

import errno
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol

from kiosk.fileio import fsync_dir

CHUNK = 1 << 20
Progress = Callable[[int], None]  # bytes written so far for the current envelope


class DeliveryError(Exception):
    """A delivery failed; the message is for staff. permanent: retrying will not help until fixed."""

    permanent = False


class TransientDeliveryError(DeliveryError):
    pass


class PermanentDeliveryError(DeliveryError):
    permanent = True


@dataclass(frozen=True)
class Receipt:
    destination: str
    key: str
    sha256: str
    size: int


class Destination(Protocol):
    def describe(self) -> str: ...
    def prepare(self) -> None: ...
    def deliver(self, key: str, path: Path, sha256: str, size: int, progress: Progress | None = None,
                *, retry: bool = True) -> Receipt: ...
    def close(self) -> None: ...


def _words(exc: OSError, where: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return f"the destination {where} is full"
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
        return f"the destination {where} disappeared (stick pulled out or share unmounted?)"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"cannot write to {where}: {exc.strerror} (read-only or wrong permissions)"
    if exc.errno == errno.EIO:
        return f"input/output error on {where} (faulty or removed medium)"
    return f"cannot write to {where}: {exc.strerror or exc}"


def read_back_sha256(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        # Drop our cached pages so the read-back comes from the medium, not from memory.
        os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class FolderDestination:
    """A shared folder or a USB stick: .part, fsync, rename, fsync dir, read back, compare."""

    def __init__(self, root: Path, *, create_root: bool = False, own_prefix: str = ""):
        # own_prefix: only this kiosk's part of a shared folder is ever cleaned up.
        self.root, self.create_root, self.own_prefix = Path(root), create_root, own_prefix

    def describe(self) -> str:
        return f"folder:{self.root}"

    def prepare(self) -> None:
        if self.create_root:
            try:
                self.root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise TransientDeliveryError(_words(exc, self.root)) from None
        if not self.root.is_dir():
            raise TransientDeliveryError(f"the destination folder {self.root} is not there "
                                         "(stick not inserted or share not mounted?)")
        own = self.root.joinpath(*[p for p in self.own_prefix.split("/") if p])
        if own != self.root and own.is_dir():
            for part in own.rglob("*.part"):  # left by a copy that was interrupted
                part.unlink(missing_ok=True)

    def deliver(self, key: str, path: Path, sha256: str, size: int, progress: Progress | None = None,
                *, retry: bool = True) -> Receipt:
        target = self.root.joinpath(*key.split("/"))
        if not self.root.is_dir():
            raise TransientDeliveryError(f"the destination folder {self.root} is not there")
        tmp = target.with_name(target.name + ".part")
        try:
            if retry and target.exists() and read_back_sha256(target) == (sha256, size):
                return Receipt(self.describe(), key, sha256, size)  # an earlier try got there
            target.parent.mkdir(parents=True, exist_ok=True)
            written = 0
            with open(path, "rb") as src, open(tmp, "wb") as dst:
                for chunk in iter(lambda: src.read(CHUNK), b""):
                    dst.write(chunk)
                    written += len(chunk)
                    if progress:
                        progress(written)
                dst.flush()
                os.fsync(dst.fileno())
            os.replace(tmp, target)
            fsync_dir(target.parent)
            got = read_back_sha256(target)
        except OSError as exc:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            raise TransientDeliveryError(_words(exc, self.root)) from None
        if got != (sha256, size):
            target.unlink(missing_ok=True)
            raise TransientDeliveryError(f"the copy at {target} reads back differently "
                                         f"({got[1]} bytes, sha256 {got[0][:12]}…); medium faulty?")
        return Receipt(self.describe(), key, sha256, size)

    def close(self) -> None:
        pass
