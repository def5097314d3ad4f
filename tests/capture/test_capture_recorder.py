"""Recorder against real PortAudio + the fake ALSA mic: content, verdicts, levels, stop/cancel."""
from __future__ import annotations

import threading

import numpy as np
import pytest
import soundfile as sf

from kiosk.capture import (DeviceLost, DiskBelowFloor, NoInputDevice, Recorder, list_input_devices,
                           resolve_device)
from tests.capture.helpers import SR, best_alignment, with_
from tests.fakemic import silence, speech, square_wave, tone

pytestmark = pytest.mark.timeout(120)


def record_fast(audio, path, **kw):
    """Record with the fast fake mic until max_seconds auto-stops it."""
    rec = Recorder(audio, stop_free_mb=0, **kw)
    rec.start(path)
    result = rec.wait(60)
    assert result is not None, "recording did not auto-stop"
    assert rec.wait_closed(10)
    return result


def test_recorded_audio_matches_the_source(fake_mic, audio, tmp_path):
    src = speech(tmp_path)
    fake_mic.install(src)
    a = with_(audio, max_seconds=len(src) / SR + 0.5)
    result = record_fast(a, tmp_path / "out" / "q.wav")

    assert result.path == tmp_path / "out" / "q.wav"
    assert not (tmp_path / "out" / "q.wav.part").exists()
    data, sr = sf.read(result.path, dtype="int16")
    assert sr == SR and data.ndim == 1
    assert len(data) == int(round(a.max_seconds * SR))
    assert result.duration_ms == len(data) * 1000 // SR
    lag, ncc = best_alignment(data, src)
    assert ncc >= 0.99, (lag, ncc)
    assert result.verdict == "ok" and not result.device_lost and result.error is None
    assert result.overflows == 0
    assert -40 < result.rms_dbfs < -3 and result.peak_dbfs > result.rms_dbfs
    assert result.noise_floor_dbfs < -80  # espeak's output is padded with digital silence


def test_named_device_is_resolved_by_substring(fake_mic, audio, tmp_path):
    fake_mic.install(np.concatenate([silence(0.5), tone(3)]))
    names = [d.name for d in list_input_devices()]
    assert "fake_usb_mic" in names and "default" in names
    a = with_(audio, device="FAKE_USB", max_seconds=2.0)
    assert list_input_devices()[names.index("fake_usb_mic")].index == resolve_device(a)
    assert record_fast(a, tmp_path / "n.wav").verdict == "ok"


@pytest.mark.parametrize("device", ["no such mic", 97])
def test_unknown_configured_device_lists_what_exists(fake_mic, audio, device):
    fake_mic.install(tone(1))
    with pytest.raises(NoInputDevice) as e:
        resolve_device(with_(audio, device=device))
    assert "fake_usb_mic" in str(e.value) and "fake_usb_mic" in e.value.staff_message


def test_silent_source_is_too_quiet(fake_mic, audio, tmp_path):
    fake_mic.install(silence(5))
    result = record_fast(with_(audio, max_seconds=3.0), tmp_path / "s.wav")
    assert result.verdict == "too_quiet"
    assert result.rms_dbfs < audio.quiet_floor_dbfs


def test_constant_hum_without_speech_is_too_quiet(fake_mic, audio, tmp_path):
    # Loud enough overall, but nothing rises above the floor heard in the first 300 ms.
    fake_mic.install(tone(5, freq=100, dbfs=-30))
    result = record_fast(with_(audio, max_seconds=3.0), tmp_path / "h.wav")
    assert result.rms_dbfs > audio.quiet_floor_dbfs
    assert result.verdict == "too_quiet"


def test_loud_square_wave_is_clipping(fake_mic, audio, tmp_path):
    fake_mic.install(square_wave(4))
    result = record_fast(with_(audio, max_seconds=3.0), tmp_path / "c.wav")
    assert result.verdict == "clipping"
    assert result.clipped_fraction > audio.clip_fraction_max
    assert result.peak_dbfs > -0.01


def test_half_second_clip_is_too_short(fake_mic, audio, tmp_path):
    src = speech(tmp_path, lead_s=0.0, tail_s=0.0)
    fake_mic.install(src)
    result = record_fast(with_(audio, max_seconds=0.5), tmp_path / "t.wav")
    assert result.duration_ms == 500
    assert result.verdict == "too_short"


def test_level_callback_rate_per_second_of_audio(fake_mic, audio, tmp_path):
    """The fake mic runs faster than real time, so the rate is counted per second of *captured
    audio*: level callbacks / (duration_ms / 1000). With a real mic that equals calls/second."""
    fake_mic.install(speech(tmp_path))
    levels, threads = [], set()

    def on_level(rms, peak):
        levels.append((rms, peak))
        threads.add(threading.current_thread().name)

    result = record_fast(with_(audio, max_seconds=6.0), tmp_path / "l.wav", on_level=on_level)
    rate = len(levels) / (result.duration_ms / 1000)
    assert rate >= 20 and rate >= audio.level_hz
    assert all(-120 <= r <= p <= 0 for r, p in levels)
    assert max(p for _, p in levels) == pytest.approx(result.peak_dbfs, abs=0.01)
    assert threading.main_thread().name not in threads


def test_auto_stop_calls_on_finished_from_worker_thread(fake_mic, audio, tmp_path):
    fake_mic.install(tone(4))
    got, where = [], []
    done = threading.Event()

    def on_finished(result):
        got.append(result)
        where.append(threading.current_thread() is threading.main_thread())
        done.set()

    rec = Recorder(with_(audio, max_seconds=2.0), stop_free_mb=0, on_finished=on_finished)
    rec.start(tmp_path / "a.wav")
    assert done.wait(60)
    assert got[0].duration_ms == 2000 and where == [False]
    assert rec.stop() is got[0]  # stop() after auto-stop returns the same result
    assert rec.wait_closed(10)


def test_stop_keeps_the_tail(fake_mic, audio, tmp_path):
    fake_mic.install_paced(tone(10), loop=True)
    a = with_(audio, tail_seconds=0.5)
    rec = Recorder(a, stop_free_mb=0)
    rec.start(tmp_path / "tail.wav")
    while rec.frames_written < SR:  # paced: about one real second
        threading.Event().wait(0.05)
    before = rec.frames_written
    result = rec.stop()
    assert rec.wait_closed(10)
    frames = sf.info(str(result.path)).frames
    assert result.duration_ms == frames * 1000 // SR
    assert frames >= before + int(a.tail_seconds * SR)
    assert not result.device_lost


def test_cancel_deletes_the_draft(fake_mic, audio, tmp_path):
    fake_mic.install_paced(tone(10), loop=True)
    rec = Recorder(audio, stop_free_mb=0, on_finished=lambda r: pytest.fail("no result on cancel"))
    rec.start(tmp_path / "draft.wav")
    while rec.frames_written == 0:
        threading.Event().wait(0.05)
    rec.cancel()
    assert rec.wait_closed(10)
    assert list(tmp_path.glob("draft.wav*")) == []


def test_refuses_to_start_below_disk_floor(fake_mic, audio, tmp_path):
    fake_mic.install(tone(1))
    rec = Recorder(audio, stop_free_mb=10**12)  # more than any disk here has free
    with pytest.raises(DiskBelowFloor) as e:
        rec.start(tmp_path / "d.wav")
    assert "disk" in e.value.staff_message.lower()
    assert list(tmp_path.glob("d.wav*")) == []


def test_stalled_device_is_reported_lost_and_audio_kept(fake_mic, audio, tmp_path):
    fake_mic.install_paced(tone(30), loop=True)
    finished = threading.Event()
    rec = Recorder(audio, stop_free_mb=0, on_finished=lambda r: finished.set(), stall_seconds=1.0)
    rec.start(tmp_path / "lost.wav")
    while rec.frames_written < SR // 2:
        threading.Event().wait(0.05)
    fake_mic.pause()  # the FIFO stays open but silent: PortAudio's read blocks, like a dead mic
    assert finished.wait(60)
    result = rec.stop()
    assert result.device_lost and isinstance(result.error, DeviceLost)
    assert "kept" in result.error.staff_message
    data, _ = sf.read(result.path, dtype="int16")
    assert len(data) >= SR // 2 and len(data) == rec.frames_written
    assert np.abs(data).max() > 1000
    fake_mic.resume()
    assert rec.wait_closed(30)


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MB tmpfs (about 30 s of WAV); skipped where mounting is not allowed."""
    import subprocess
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=True)


def test_disk_full_mid_recording_keeps_what_fit(fake_mic, audio, tiny_disk):
    fake_mic.install(tone(60))
    finished = threading.Event()
    rec = Recorder(with_(audio, max_seconds=60.0), stop_free_mb=0,
                   on_finished=lambda r: finished.set())
    rec.start(tiny_disk / "full.wav")
    assert finished.wait(60)
    result = rec.stop()
    assert rec.wait_closed(10)
    assert isinstance(result.error, DiskBelowFloor)
    data, _ = sf.read(str(result.path), dtype="int16")
    assert 10 * SR < len(data) < 60 * SR
    assert len(data) >= rec.frames_written  # plus whatever part of the failed write fit
