"""What the kiosk does at start, after a crash or a power cut.

- Drafts (never confirmed by a citizen) are deleted with their audio: privacy first, audited.
- Submitted voice items whose Opus transcode did not finish resume it.
- A submitted item whose audio is missing or unreadable is flagged for staff, never dropped.
- Every media file no row points at is removed (a draft killed mid-recording, a recording
  renamed into place but never attached to its draft).
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

    report.stray_files_removed = _sweep_unreferenced_media(settings, store)
    return report


def _sweep_unreferenced_media(settings: Settings, store) -> int:
    """Remove every media file no row points at: a `.part` killed mid-recording, and a finished
    WAV whose draft never got its audio_path (a crash between the recorder's rename and the
    attach), a half-written transcode. A citizen's voice must not outlive its row."""
    rows = store.db.execute("SELECT audio_path FROM submissions WHERE audio_path IS NOT NULL")
    known = {Path(path).name for (path,) in rows}
    removed = 0
    if not settings.media_dir.is_dir():
        return 0
    for path in sorted(settings.media_dir.rglob("*")):
        name = path.name[: -len(".part")] if path.name.endswith(".part") else path.name
        if path.is_file() and name not in known:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
