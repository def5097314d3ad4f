"""Start-up recovery on real files: drafts go, unfinished transcodes resume, missing audio is flagged."""
from pathlib import Path

import numpy as np
import soundfile as sf

from kiosk.capture import sha256_file
from kiosk.recovery import recover
from kiosk.store import open_store
from kiosk.store.audit import verify_chain


def _wav(path, seconds=2.0):
    t = np.arange(int(16000 * seconds)) / 16000
    sf.write(str(path), (0.3 * np.sin(2 * np.pi * 220 * t)).astype("float32"), 16000, subtype="PCM_16")
    return path


def _voice(store, settings, wav_name, status="submitted"):
    settings.media_dir.mkdir(parents=True, exist_ok=True)
    d = store.create_draft("voice", "fa", "v1", ["record"])
    wav = settings.media_dir / wav_name
    if wav_name:
        _wav(wav)
    store.update_draft(d.id, audio_path=str(wav), audio_sha256="x", duration_ms=2000, transcode_state="pending")
    store.submit(d.id)
    if status == "approved":
        store.transition(d.id, "approved", "moderator")
    return d.id


def test_drafts_are_deleted_with_their_audio_and_audited(settings):
    store = open_store(settings)
    settings.media_dir.mkdir(parents=True)
    d = store.create_draft("voice", "fa", "v1", ["record"])
    wav = _wav(settings.media_dir / f"{d.id}.wav")
    store.update_draft(d.id, audio_path=str(wav))
    stray = settings.media_dir / "killed-mid-recording.wav.part"
    stray.write_bytes(b"RIFF....")
    report = recover(settings)
    assert report.drafts_deleted == 1 and report.stray_files_removed == 1
    assert store.count() == 0 and not wav.exists() and not stray.exists()
    events = store.db.execute("SELECT actor, action FROM audit").fetchall()
    assert ("recovery", "draft_deleted") in events and verify_chain(store.db).ok


def test_unfinished_transcode_resumes(settings):
    store = open_store(settings)
    sid = _voice(store, settings, "a.wav", status="approved")
    report = recover(settings)
    assert report.transcodes_resumed == 1
    sub = store.get(sid)
    assert sub.transcode_state == "done" and sub.audio_path.endswith(".ogg")
    assert sub.audio_sha256 == sha256_file(sub.audio_path)
    assert abs(sub.duration_ms - 2000) <= 50
    assert not (settings.media_dir / "a.wav").exists()
    assert recover(settings).transcodes_resumed == 0  # idempotent


def test_crash_after_wav_removed_but_before_row_updated(settings):
    store = open_store(settings)
    sid = _voice(store, settings, "b.wav")
    from kiosk.capture import transcode_to_opus
    result = transcode_to_opus(settings.media_dir / "b.wav")  # the row still says pending
    recover(settings)
    sub = store.get(sid)
    assert sub.transcode_state == "done" and sub.audio_sha256 == result.sha256


def test_missing_audio_is_flagged_never_dropped(settings):
    store = open_store(settings)
    sid = _voice(store, settings, "c.wav")
    (settings.media_dir / "c.wav").unlink()
    report = recover(settings)
    assert report.flagged == [sid]
    sub = store.get(sid)
    assert sub.status == "submitted" and "missing" in sub.attention
    # Told once: the next starts neither write nor audit it again (46,794 such items cost 15 s of
    # every start before), and once the audio is back the transcode is tried again.
    events = store.db.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    assert recover(settings).flagged == [] and recover(settings).flagged == []
    assert store.db.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == events
    _wav(settings.media_dir / "c.wav")
    assert recover(settings).transcodes_resumed == 1 and store.get(sid).transcode_state == "done"


def test_unreadable_audio_is_flagged(settings):
    store = open_store(settings)
    sid = _voice(store, settings, "d.wav")
    (settings.media_dir / "d.wav").write_bytes(b"not audio at all")
    recover(settings)
    assert store.get(sid).attention


def test_a_recording_no_row_points_at_is_swept(settings):
    """Crash between the recorder's rename and the draft's attach: the WAV is complete, the draft
    has no audio_path. Recovery must not leave the citizen's voice behind."""
    store = open_store(settings)
    settings.media_dir.mkdir(parents=True)
    d = store.create_draft("voice", "fa", "v1", ["record"])
    orphan = _wav(settings.media_dir / f"{d.id}.wav")          # renamed, never attached
    half_transcode = settings.media_dir / "0123abcd.ogg.part"
    half_transcode.write_bytes(b"OggS")
    kept = _voice(store, settings, "kept.wav")
    report = recover(settings)
    assert not orphan.exists() and not half_transcode.exists()
    assert report.stray_files_removed == 2 and store.count() == 1
    assert Path(store.get(kept).audio_path).exists()
