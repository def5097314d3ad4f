"""Data at rest: only the kiosk's own user can read what the kiosk keeps.

Every process of the kiosk (the fullscreen app, `kiosk sync`, a staff member's CLI) sets the
umask to 077 before it writes anything, so each file is 0600 and each folder 0700 whatever umask
the session had (022 on most systems made the database, recordings and envelopes world-readable).
What an earlier version left readable is closed up at start: the data folder and its top level by
every command, the whole tree (media, envelopes, outbox) when the kiosk itself starts.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_UMASK = 0o077
PRIVATE_FILE, PRIVATE_DIR = 0o600, 0o700


def private_umask() -> None:
    os.umask(PRIVATE_UMASK)


def lock_down(data_dir: str | os.PathLike, *, deep: bool = False) -> int:
    """chmod the data folder 0700 and what is in it 0600/0700 (its top level, or everything when
    `deep`). Symlinks are left alone. Returns how many modes were changed."""
    root = Path(data_dir)
    if not root.is_dir():
        return 0
    changed = _restrict(root)
    entries = root.rglob("*") if deep else root.iterdir()
    for path in entries:
        changed += _restrict(path)
    return changed


def _restrict(path: Path) -> int:
    try:
        st = path.lstat()
    except FileNotFoundError:
        return 0
    if stat.S_ISLNK(st.st_mode):
        return 0
    want = PRIVATE_DIR if stat.S_ISDIR(st.st_mode) else PRIVATE_FILE
    if stat.S_IMODE(st.st_mode) & 0o077 == 0:
        return 0
    try:
        os.chmod(path, stat.S_IMODE(st.st_mode) & want)
    except OSError:
        return 0  # not ours (a mounted stick): the doctor check says so
    return 1


def readable_by_others(data_dir: str | os.PathLike) -> list[Path]:
    """The data folder and top-level entries that group or others may read (for `kiosk doctor`)."""
    root = Path(data_dir)
    if not root.is_dir():
        return []
    return [p for p in [root, *root.iterdir()]
            if not p.is_symlink() and stat.S_IMODE(p.lstat().st_mode) & 0o077]
