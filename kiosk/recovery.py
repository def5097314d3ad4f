"""What the kiosk does at start, after a crash or a power cut.

- Drafts (never confirmed by a citizen) are deleted with their audio: privacy first, audited.
- Submitted voice items whose Opus transcode did not finish resume it (kiosk.media).
- A submitted item whose audio is missing or unreadable is flagged for staff, never dropped.
- Every media file no row points at is removed (a draft killed mid-recording, a recording
  renamed into place but never attached to its draft).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.config import Settings
from kiosk.media import resume_media
from kiosk.store import connect_store, open_store


@dataclass
class RecoveryReport:
    drafts_deleted: int = 0
    transcodes_resumed: int = 0
    flagged: list[str] = field(default_factory=list)
    stray_files_removed: int = 0

    def summary(self) -> str:
        return (f"recovery: {self.drafts_deleted} abandoned drafts deleted, "
                f"{self.transcodes_resumed} transcodes resumed, {len(self.flagged)} items flagged for staff, "
                f"{self.stray_files_removed} stray files removed")


def recover(settings: Settings, *, prepared: bool = False) -> RecoveryReport:
    """prepared: this process has checked and migrated the database already (the kiosk's start)."""
    report = RecoveryReport()
    store = connect_store(settings) if prepared else open_store(settings)
    for draft in store.drafts():
        store.delete_draft(draft.id, reason="abandoned at restart", actor="recovery")
        report.drafts_deleted += 1
    media = resume_media(store)  # the same transcode rule as after Send
    report.transcodes_resumed, report.flagged = media.resumed, media.flagged
    # every media file no row points at (a .part killed mid-take, a take renamed but never attached)
    report.stray_files_removed = _sweep_unreferenced_media(settings, store)
    return report


def _sweep_unreferenced_media(settings: Settings, store) -> int:
    """Remove every media file no row points at: a `.part` killed mid-recording, and a finished
    WAV whose draft never got its audio_path (a crash between the recorder's rename and the
    attach), a half-written transcode. A citizen's voice must not outlive its row."""
    if not settings.media_dir.is_dir():
        return 0
    known = store.audio_file_names()
    removed = 0
    for path in sorted(settings.media_dir.rglob("*")):
        name = path.name[: -len(".part")] if path.name.endswith(".part") else path.name
        if path.is_file() and name not in known:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
