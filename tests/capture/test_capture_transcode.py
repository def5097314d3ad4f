"""WAV → Opus: duration verified before the WAV goes, sha256 reported, safe to re-run."""
from __future__ import annotations

import hashlib
import shutil

import pytest
import soundfile as sf

from kiosk.capture import Recorder, TranscodeError, sha256_file, transcode_to_opus
from tests.capture.helpers import SR, best_alignment, with_
from tests.fakemic import speech

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def wav(tmp_path):
    src = speech(tmp_path)
    path = tmp_path / "media" / "q.wav"
    path.parent.mkdir()
    sf.write(str(path), src, SR, subtype="PCM_16")
    return path


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_recorded_wav_transcodes_and_wav_goes_after_verification(fake_mic, audio, tmp_path):
    src = speech(tmp_path)
    fake_mic.install(src)
    rec = Recorder(with_(audio, max_seconds=len(src) / SR), stop_free_mb=0)
    rec.start(tmp_path / "q.wav")
    result = rec.wait(60)
    assert rec.wait_closed(10)
    wav_frames = sf.info(str(result.path)).frames
    wav_size = result.path.stat().st_size

    t = transcode_to_opus(result.path)
    assert t.path == tmp_path / "q.ogg" and not result.path.exists()
    assert not (tmp_path / "q.ogg.part").exists()
    assert abs(t.duration_ms - wav_frames * 1000 // SR) <= 50
    info = sf.info(str(t.path))
    assert (info.format, info.subtype, info.samplerate) == ("OGG", "OPUS", SR)
    assert t.sha256 == _sha(t.path) == sha256_file(t.path)
    assert t.path.stat().st_size < wav_size / 4
    decoded, _ = sf.read(str(t.path), dtype="int16")
    assert best_alignment(decoded, src)[1] > 0.8  # lossy, but still the same speech


def test_rerun_is_idempotent(wav):
    first = transcode_to_opus(wav)
    again = transcode_to_opus(wav)  # recovery calls it again after a crash
    assert again == first
    assert _sha(first.path) == first.sha256


def test_crash_between_rename_and_wav_delete(wav, tmp_path):
    keep = tmp_path / "copy.wav"
    shutil.copy(wav, keep)
    first = transcode_to_opus(wav)
    shutil.copy(keep, wav)  # as if the process died before deleting the WAV
    again = transcode_to_opus(wav)
    assert again == first and not wav.exists()


def test_crash_mid_encode_leaves_part_that_is_redone(wav):
    part = wav.with_name("q.ogg.part")
    part.write_bytes(b"OggS half an encode")
    t = transcode_to_opus(wav)
    assert not part.exists() and not wav.exists()
    assert t.sha256 == _sha(t.path)


def test_corrupt_ogg_with_wav_present_is_redone(wav):
    ogg = wav.with_suffix(".ogg")
    ogg.write_bytes(b"not an ogg file at all")
    t = transcode_to_opus(wav)
    assert sf.info(str(t.path)).subtype == "OPUS" and not wav.exists()


def test_duration_mismatch_keeps_the_wav(wav):
    before = _sha(wav)
    with pytest.raises(TranscodeError) as e:
        transcode_to_opus(wav, tolerance_ms=-1)  # no output can pass: exercises the refusal
    assert "WAV kept" in str(e.value) and "original WAV file was kept" in e.value.staff_message
    assert wav.exists() and _sha(wav) == before
    assert not wav.with_suffix(".ogg").exists()
    assert not wav.with_name("q.ogg.part").exists()


def test_nothing_to_transcode(tmp_path):
    with pytest.raises(TranscodeError):
        transcode_to_opus(tmp_path / "missing.wav")
    (tmp_path / "gone.ogg").write_bytes(b"junk")
    with pytest.raises(TranscodeError):
        transcode_to_opus(tmp_path / "gone.wav")
    assert (tmp_path / "gone.ogg").exists()  # unreadable, but not ours to delete blindly
