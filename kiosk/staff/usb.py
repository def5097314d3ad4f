"""USB export for the staff panel: which removable media are mounted, and an audited export.

Removable media are whatever the desktop automounter put under /media or /run/media (read from
/proc/self/mounts, so an empty mount-point folder is not offered).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kiosk.diskspace import free_mb
from kiosk.store import connect
from kiosk.store.audit import append_event
from kiosk.store.db import write_transaction

MEDIA_ROOTS = ("/media/", "/run/media/")


@dataclass(frozen=True)
class Medium:
    path: Path
    free_mb: float | None  # None: could not be read (pulled out meanwhile)


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes (\040 …).
    return field.encode("latin-1").decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")


def removable_media(mounts_file: str | os.PathLike = "/proc/self/mounts",
                    roots: tuple[str, ...] = MEDIA_ROOTS) -> list[Medium]:
    try:
        lines = Path(mounts_file).read_text(encoding="latin-1").splitlines()
    except OSError:
        return []
    found: list[Medium] = []
    for line in lines:
        fields = line.split()
        if len(fields) < 2:
            continue
        point = _unescape(fields[1])
        if not any(point.startswith(r) for r in roots) or any(m.path == Path(point) for m in found):
            continue
        try:
            free = free_mb(point)
        except OSError:
            free = None
        found.append(Medium(Path(point), free))
    return sorted(found, key=lambda m: str(m.path))


def export_for_staff(settings, target: str | os.PathLike, actor: str, progress=None, *, mark_sent: bool = False):
    """kiosk.sync.export.export_envelopes, then one audit event naming the role (worker side)."""
    from kiosk.sync.export import export_envelopes
    result = export_envelopes(settings, target, progress, mark_sent=mark_sent)
    db = connect(settings.db_path)  # export_envelopes has just checked and migrated it
    try:
        with write_transaction(db):
            append_event(db, actor, "envelopes_exported", None,
                         {"target": str(target), "exported": result.exported, "total": result.total,
                          "errors": len(result.errors), "mark_sent": mark_sent})
    finally:
        db.close()
    return result
