"""mic_test and doctor checks, with a working fake mic, with no device, and without PortAudio."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from kiosk.capture import NoInputDevice, Recorder, audio_doctor_checks, mic_test, resolve_device
from kiosk.diskspace import disk_status, free_mb
from tests.capture.helpers import with_
from tests.fakemic import silence, speech, square_wave

pytestmark = pytest.mark.timeout(120)

NO_MIC = "No microphone is connected. Plug in the USB microphone and run `kiosk doctor` again."


@pytest.mark.parametrize("kind, verdict", [("speech", "ok"), ("silence", "too_quiet"),
                                           ("square", "clipping")])
def test_mic_test_verdicts_and_cleanup(fake_mic, audio, tmp_path, kind, verdict):
    src = {"speech": lambda: speech(tmp_path), "silence": lambda: silence(4),
           "square": lambda: square_wave(4)}[kind]()
    fake_mic.install(src)
    work = tmp_path / "work"
    work.mkdir()
    out = mic_test(audio, 2.0, work)
    assert set(out) >= {"duration_s", "rms_dbfs", "peak_dbfs", "overflows", "verdict"}
    assert out["verdict"] == verdict
    assert out["duration_s"] == pytest.approx(2.0)
    assert isinstance(out["overflows"], int) and out["detail"]
    json.dumps(out)  # the CLI prints it as JSON
    assert list(work.iterdir()) == []  # what it recorded is gone


def test_no_device(fake_mic, audio, tmp_path):
    fake_mic.install_no_device()
    with pytest.raises(NoInputDevice) as e:
        resolve_device(audio)
    assert e.value.staff_message == NO_MIC
    with pytest.raises(NoInputDevice):
        Recorder(audio, stop_free_mb=0).start(tmp_path / "x.wav")
    assert list(tmp_path.glob("x.wav*")) == []

    out = mic_test(audio, 1.0, tmp_path)
    assert out["verdict"] == "no_device" and out["detail"] == NO_MIC
    assert out["duration_s"] == 0.0
    json.dumps(out)

    checks = {c["name"]: c for c in audio_doctor_checks(audio)}
    assert checks["portaudio"]["ok"] and "PortAudio" in checks["portaudio"]["detail"]
    assert not checks["microphone"]["ok"]
    assert checks["microphone"]["detail"] == NO_MIC


def test_doctor_sees_a_mic_plugged_in_after_start(fake_mic, audio, tmp_path):
    fake_mic.install_no_device()
    assert not {c["name"]: c for c in audio_doctor_checks(audio)}["microphone"]["ok"]
    # "Plug in" the mic without telling PortAudio; the doctor must re-scan by itself.
    fake_mic.install(np.concatenate([silence(0.5), square_wave(1, amplitude=8000)]), reinit=False)
    checks = {c["name"]: c for c in audio_doctor_checks(with_(audio, device="fake_usb"))}
    assert checks["microphone"]["ok"]
    assert "fake_usb_mic" in checks["microphone"]["detail"]


def test_recorder_finds_a_mic_plugged_in_after_start(fake_mic, audio, tmp_path):
    fake_mic.install_no_device()
    with pytest.raises(NoInputDevice):
        resolve_device(audio, rescan=False)
    fake_mic.install(np.concatenate([silence(0.5), square_wave(3, amplitude=8000)]), reinit=False)
    rec = Recorder(with_(audio, max_seconds=2.0), stop_free_mb=0)
    rec.start(tmp_path / "late.wav")
    assert rec.wait(60).verdict == "ok"
    assert rec.wait_closed(10)


def test_without_portaudio_library(tmp_path, audio):
    # libportaudio2 missing makes `import sounddevice` fail; block the import in a child process.
    code = (
        "import sys, json; sys.modules['sounddevice'] = None\n"
        "from kiosk.config import load_settings\n"
        "from kiosk.capture import audio_doctor_checks, mic_test, Recorder, NoInputDevice\n"
        f"a = load_settings(data_dir={str(tmp_path / 'd')!r}, environ={{}}).audio\n"
        "try:\n"
        f"    Recorder(a, 0).start({str(tmp_path / 'r.wav')!r}); raised = None\n"
        "except NoInputDevice as e:\n"
        "    raised = e.staff_message\n"
        f"print(json.dumps([audio_doctor_checks(a), mic_test(a, 1, {str(tmp_path)!r}), raised]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    checks, mic, raised = json.loads(out.stdout)
    assert [c["name"] for c in checks] == ["portaudio", "microphone"]
    assert not checks[0]["ok"] and "libportaudio2" in checks[0]["detail"]
    assert not checks[1]["ok"]
    assert mic["verdict"] == "no_device" and "libportaudio2" in mic["detail"]
    assert "libportaudio2" in raised


def test_disk_status_thresholds(tmp_path):
    free = free_mb(tmp_path)
    assert free > 0
    assert disk_status(tmp_path, warn_mb=0, stop_mb=0) == "ok"
    assert disk_status(tmp_path, warn_mb=free * 2 + 1, stop_mb=0) == "warn"
    assert disk_status(tmp_path, warn_mb=free * 2 + 1, stop_mb=free * 2 + 1) == "stop"
    assert free_mb(tmp_path / "not" / "yet" / "made") == pytest.approx(free, rel=0.01)
