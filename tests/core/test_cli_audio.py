"""`kiosk mic-test` and `kiosk doctor` as a person runs them, through the fake ALSA microphone."""
import json
import subprocess
import sys

import pyrage
import pytest

from tests.fakemic import fake_mic, silence, speech  # noqa: F401 - fixture

pytestmark = pytest.mark.timeout(120)


def kiosk(data_dir, env, *args):
    return subprocess.run([sys.executable, "-m", "kiosk.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=90)


def test_mic_test_reports_the_speech_level_and_deletes_the_recording(fake_mic, settings, tmp_path):
    fake_mic.install_paced(speech(tmp_path))
    run = kiosk(settings.data_dir, fake_mic.env(), "mic-test", "--seconds", "3", "--json")
    out = json.loads(run.stdout)
    assert set(out) >= {"duration_s", "rms_dbfs", "peak_dbfs", "overflows", "verdict"}
    assert out["verdict"] == "ok" and run.returncode == 0, out
    assert -40 < out["rms_dbfs"] < -3 and out["peak_dbfs"] <= 0 and out["duration_s"] >= 2.5
    leftovers = [p for p in settings.data_dir.rglob("*") if p.suffix in (".wav", ".part", ".ogg")]
    assert leftovers == []


def test_mic_test_silent_source_is_too_quiet(fake_mic, settings):
    fake_mic.install_paced(silence(4.0))
    run = kiosk(settings.data_dir, fake_mic.env(), "mic-test", "--seconds", "2", "--json")
    assert json.loads(run.stdout)["verdict"] == "too_quiet" and run.returncode == 1


def test_doctor_explains_a_missing_microphone_in_plain_words(fake_mic, settings):
    fake_mic.install_no_device()
    run = kiosk(settings.data_dir, fake_mic.env(), "doctor")
    assert run.returncode == 1
    assert "[FAIL] microphone: No microphone is connected. Plug in the USB microphone" in run.stdout
    mic = kiosk(settings.data_dir, fake_mic.env(), "mic-test", "--json")
    assert json.loads(mic.stdout)["verdict"] == "no_device"


def test_doctor_passes_with_a_microphone(fake_mic, settings, tmp_path):
    fake_mic.install(speech(tmp_path))
    office = str(pyrage.x25519.Identity.generate().to_public())  # encrypted delivery: nothing to warn about
    run = kiosk(settings.data_dir, fake_mic.env() | {"KIOSK_DELIVERY_OFFICE_RECIPIENTS": office}, "doctor", "--json")
    checks = {c["name"]: c for c in json.loads(run.stdout)["checks"]}
    assert all(c["ok"] for c in checks.values()), checks
    assert run.returncode == 0


def test_mic_test_removes_what_a_killed_mic_test_left(fake_mic, settings, tmp_path):
    fake_mic.install_paced(speech(tmp_path))
    stale = settings.data_dir / ".mic-test-999999999-abcd"   # no such process
    old_style = settings.data_dir / ".mic-test-k2j4h5"       # left by a version without the pid
    for d in (stale, old_style):
        d.mkdir()
        (d / "mic-test-1.wav.part").write_bytes(b"RIFF ambient sound")
    run = kiosk(settings.data_dir, fake_mic.env(), "mic-test", "--seconds", "1", "--json")
    assert run.returncode in (0, 1), run.stderr
    assert list(settings.data_dir.glob(".mic-test-*")) == []


def test_the_heartbeat_reports_the_microphone_as_the_last_check_found_it(fake_mic, settings, tmp_path):
    from datetime import datetime, timezone
    from kiosk.store import open_store
    from kiosk.sync.heartbeat import build_status
    fake_mic.install_no_device()
    kiosk(settings.data_dir, fake_mic.env(), "doctor")
    mic = build_status(settings, open_store(settings), datetime.now(timezone.utc), None)["microphone"]
    assert mic["ok"] is False and "No microphone" in mic["detail"] and mic["checked_at"]
    fake_mic.install(speech(tmp_path))
    kiosk(settings.data_dir, fake_mic.env(), "doctor")
    assert build_status(settings, open_store(settings), datetime.now(timezone.utc), None)["microphone"]["ok"]
