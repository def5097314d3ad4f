"""kiosk.media without Qt: takes through the fake ALSA mic (real PortAudio), the start tone kept
out of the take and the verdict, attach, submit, transcode, and resume after a SIGKILL."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from kiosk.fileio import sha256_file
from kiosk.media import MediaService, TranscodeState, finish_transcode
from kiosk.recovery import recover
from kiosk.session import CitizenSession
from kiosk.store import open_store
from kiosk.sync.outbox import pending_ids
from tests.capture.helpers import SR, best_alignment
from tests.fakemic import fake_mic, silence, speech, tone  # noqa: F401  (fixture)

pytestmark = pytest.mark.timeout(120)
REPO = Path(__file__).resolve().parents[2]


def start_tone_heard() -> np.ndarray:
    """What the mic hears of the countdown tone: the shipped start.wav, at full level."""
    data, rate = sf.read(str(REPO / "assets" / "sounds" / "start.wav"), dtype="int16")
    assert rate == SR
    return data


def voice_session(settings) -> tuple[CitizenSession, str]:
    session = CitizenSession(settings)
    session.set_consent(False, False, True)
    return session, session.choose("voice")


def take(session: CitizenSession, sid: str):
    """Start, let the fast fake mic reach max_seconds, stop: as the record screen does."""
    assert session.media.start_take(sid) is None
    session.media._recorder.wait(60)
    result = session.media.stop_take(sid)
    session.take_stopped(result)
    return result


def test_silent_take_with_the_start_tone_is_too_quiet(fake_mic, settings):
    fake_mic.install(np.concatenate([start_tone_heard(), silence(6)]))
    settings.audio.max_seconds = 3
    session, sid = voice_session(settings)
    result = take(session, sid)
    assert result.verdict == "too_quiet"
    assert result.recording.duration_ms == 3000  # max_seconds of what follows the tone
    # Control: the same source recorded from the first frame (the tone in the take) passes the
    # check, which is what let silent takes through before.
    from kiosk.capture import Recorder
    rec = Recorder(settings.audio, 0)
    rec.start(settings.media_dir / "control.wav")
    assert rec.wait(60).verdict == "ok"


def test_take_keeps_the_speech_after_the_tone_and_attaches_it(fake_mic, settings, tmp_path):
    voice = speech(tmp_path, lead_s=0.2)
    src = np.concatenate([start_tone_heard(), silence(0.4), voice])
    fake_mic.install(src)
    session, sid = voice_session(settings)
    skip = int(round(session.media.lead_in_s() * SR))
    settings.audio.max_seconds = (len(src) - skip) / SR
    result = take(session, sid)
    assert result.verdict == "ok"
    data, _ = sf.read(result.recording.path, dtype="int16")
    lag, ncc = best_alignment(data, src[skip:])
    assert lag == 0 and ncc >= 0.99  # exactly what followed the tone and its echo
    row = open_store(settings).get(sid)
    assert row.audio_path == str(result.recording.path)
    assert row.audio_sha256 == sha256_file(result.recording.path) == result.recording.sha256


def test_leaving_while_the_take_is_saved_leaves_nothing(fake_mic, settings):
    fake_mic.install(np.concatenate([start_tone_heard(), tone(5)]))
    settings.audio.max_seconds = 2
    session, sid = voice_session(settings)
    assert session.media.start_take(sid) is None
    session.drop_draft("cancel")  # the citizen tapped Cancel while the take was finishing
    assert session.media.stop_take(sid).recording is None
    assert list(settings.media_dir.iterdir()) == [] and open_store(settings).count() == 0


def test_submit_then_transcode_and_the_outbox_waits_for_it(fake_mic, settings, tmp_path):
    settings.moderation = "off"  # submitted items are deliverable at once
    fake_mic.install(np.concatenate([start_tone_heard(), silence(0.4), speech(tmp_path)]))
    settings.audio.max_seconds = 3
    session, sid = voice_session(settings)
    wav = take(session, sid).recording.path
    store = open_store(settings)
    sub = session.submit()
    assert store.get(sid).transcode_state == TranscodeState.PENDING
    assert pending_ids(store, settings) == []  # the office never gets the interim WAV
    assert session.media.finish(sub.id) is TranscodeState.DONE
    final = store.get(sid)
    assert final.audio_path.endswith(".ogg") and final.audio_sha256 == sha256_file(final.audio_path)
    assert not wav.exists() and pending_ids(store, settings) == [sid]


def test_a_failed_transcode_delivers_the_wav(settings):
    settings.moderation = "off"
    store = open_store(settings)
    media = MediaService(settings, None)
    d = store.create_draft("voice", "fa", "v1", ["record"])
    wav = media.wav_path(d.id)
    sf.write(str(wav), (0.3 * np.sin(np.arange(SR * 2) / 10)).astype("float32"), SR, subtype="PCM_16")
    store.update_draft(d.id, audio_path=str(wav), audio_sha256=sha256_file(wav), duration_ms=2000)
    media.submit(store, d.id, "voice")
    wav.with_suffix(".ogg").mkdir()  # the Opus cannot be written (a directory is in its way)
    assert finish_transcode(store, store.get(d.id)) is TranscodeState.FAILED
    sub = store.get(d.id)
    assert sub.audio_path == str(wav) and sub.audio_sha256 == sha256_file(wav) and wav.exists()
    assert pending_ids(store, settings) == [d.id] and not sub.attention
    assert recover(settings).transcodes_resumed == 0  # failed is final, not retried at every start


CHILD = r"""
import os, signal, sys
from kiosk.config import load_settings
from kiosk.session import CitizenSession
settings = load_settings(data_dir=sys.argv[1], environ={}, audio__max_seconds=float(sys.argv[3]))
session = CitizenSession(settings)
session.set_consent(False, False, True)
sid = session.choose("voice")
assert session.media.start_take(sid) is None
print(sid, flush=True)
if sys.argv[2] == "after_send":
    session.media._recorder.wait(60)
    session.take_stopped(session.media.stop_take(sid))
    session.submit()  # Send committed; killed before the transcode could run
    os.kill(os.getpid(), signal.SIGKILL)
sys.stdin.readline()  # mid-take: the parent kills us here
"""


def _child(fake_mic, settings, mode: str, max_seconds: float) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(settings.data_dir), mode, str(max_seconds)],
                            cwd=REPO, env={**fake_mic.env(), "PYTHONPATH": str(REPO)},
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_resume_after_a_kill_between_send_and_transcode(fake_mic, settings, tmp_path):
    fake_mic.install(np.concatenate([start_tone_heard(), silence(0.4), speech(tmp_path)]))
    proc = _child(fake_mic, settings, "after_send", 5.0)
    out, err = proc.communicate(timeout=90)
    assert proc.returncode == -signal.SIGKILL, err
    sid = out.split()[0]
    store = open_store(settings)
    assert store.get(sid).transcode_state == TranscodeState.PENDING
    report = recover(settings)
    assert report.transcodes_resumed == 1 and report.flagged == []
    sub = store.get(sid)
    assert sub.transcode_state == TranscodeState.DONE and sub.audio_sha256 == sha256_file(sub.audio_path)
    assert sorted(p.name for p in settings.media_dir.iterdir()) == [f"{sid}.ogg"]


def test_resume_after_a_kill_mid_take_leaves_nothing(fake_mic, settings, tmp_path):
    fake_mic.install_paced(speech(tmp_path), loop=True)
    proc = _child(fake_mic, settings, "mid_take", 60.0)
    try:
        sid = proc.stdout.readline().strip()
        part = settings.media_dir / f"{sid}.wav.part"
        deadline = time.monotonic() + 30
        while not (part.exists() and part.stat().st_size > 44 + SR):  # a second of audio written
            assert time.monotonic() < deadline and proc.poll() is None, proc.stderr.read()
            time.sleep(0.1)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    report = recover(settings)
    assert report.drafts_deleted == 1 and report.stray_files_removed == 1
    assert list(settings.media_dir.iterdir()) == [] and open_store(settings).count() == 0
