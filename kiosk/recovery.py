"""What the kiosk does at start, after a crash or a power cut.

- Drafts (never confirmed by a citizen) are deleted with their audio: privacy first, audited.
- Submitted voice items whose Opus transcode did not finish resume it (kiosk.media).
- A submitted item whose audio is missing or unreadable is flagged for staff, never dropped.
- Stray `.part` recordings that belong to no row are removed (a draft killed mid-recording).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.config import Settings
from kiosk.media import resume_media
from kiosk.store import open_store


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


def recover(settings: Settings) -> RecoveryReport:
    report = RecoveryReport()
    store = open_store(settings)
    for draft in store.drafts():
        store.delete_draft(draft.id, reason="abandoned at restart", actor="recovery")
        report.drafts_deleted += 1
    media = resume_media(store, settings.media_dir)  # the same transcode rule as after Send
    report.transcodes_resumed, report.flagged = media.resumed, media.flagged
    report.stray_files_removed = media.stray_files_removed
    return report
