"""What the kiosk does at start, after a crash or a power cut.

- Drafts (never confirmed by a citizen) are deleted with their audio: privacy first, audited.
- Submitted voice items whose Opus transcode did not finish resume it.
- A submitted item whose audio is missing or unreadable is flagged for staff, never dropped.
- Stray `.part` recordings that belong to no row are removed (a draft killed mid-recording).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.config import Settings
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


def _audio_readable(path: Path) -> bool:
    import soundfile
    try:
        info = soundfile.info(str(path))
    except Exception:  # noqa: BLE001 - any failure to read means staff must look at it
        return False
    return info.frames > 0


def recover(settings: Settings) -> RecoveryReport:
    from kiosk.capture import sha256_file, transcode_to_opus

    report = RecoveryReport()
    store = open_store(settings)
    for draft in store.drafts():
        store.delete_draft(draft.id, reason="abandoned at restart", actor="recovery")
        report.drafts_deleted += 1

    pending = [s for s in store.list(status="submitted") + store.list(status="approved")
               if s.kind == "voice" and s.transcode_state != "done"]
    for sub in pending:
        wav = Path(sub.audio_path) if sub.audio_path else None
        opus = wav.with_suffix(".ogg") if wav else None
        if wav and wav.exists() and _audio_readable(wav):
            try:
                result = transcode_to_opus(wav)
            except Exception as exc:  # noqa: BLE001 - keep the WAV; staff can still listen to it
                store.set_attention(sub.id, f"transcode failed: {exc}", actor="recovery")
                report.flagged.append(sub.id)
                continue
            store.record_media(sub.id, str(result.path), result.sha256, result.duration_ms, "done",
                               actor="recovery")
            report.transcodes_resumed += 1
        elif opus and opus.exists() and _audio_readable(opus):
            # Crashed after the WAV was removed but before the row was updated.
            import soundfile
            info = soundfile.info(str(opus))
            store.record_media(sub.id, str(opus), sha256_file(opus), int(round(info.duration * 1000)),
                               "done", actor="recovery")
            report.transcodes_resumed += 1
        else:
            store.set_attention(sub.id, "audio file missing or unreadable", actor="recovery")
            report.flagged.append(sub.id)

    for sub in store.list(status="submitted") + store.list(status="approved"):
        if sub.kind == "voice" and sub.transcode_state == "done" and not sub.attention:
            if not (sub.audio_path and Path(sub.audio_path).exists()):
                store.set_attention(sub.id, "audio file missing", actor="recovery")
                report.flagged.append(sub.id)

    known = {Path(s.audio_path).name for s in store.list() if s.audio_path}
    if settings.media_dir.exists():
        for part in settings.media_dir.glob("*.part"):
            if part.name[: -len(".part")] not in known:
                part.unlink(missing_ok=True)
                report.stray_files_removed += 1
    return report
