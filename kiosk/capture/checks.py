"""`kiosk mic-test` and the audio part of `kiosk doctor`: answers in words staff can act on."""

from __future__ import annotations

import copy
import dataclasses
import uuid
from pathlib import Path
from typing import Any

from . import devices
from .errors import CaptureError, NoInputDevice
from .files import part_path
from .levels import SILENCE_DBFS
from .recorder import Recorder


def _with(audio: Any, **changes: Any) -> Any:
    try:
        return dataclasses.replace(audio, **changes)
    except TypeError:  # not a dataclass: a shallow copy serves the same purpose
        clone = copy.copy(audio)
        for k, v in changes.items():
            setattr(clone, k, v)
        return clone


def mic_test(audio_settings: Any, seconds: float, tmp_dir: str | Path) -> dict:
    """Record `seconds` from the configured input, judge it, delete it.

    Returns {"duration_s", "rms_dbfs", "peak_dbfs", "overflows", "verdict", "detail", "message_id"} with
    verdict ok | too_quiet | clipping | no_device; "detail" is a sentence for staff (English, for the
    CLI), "message_id" its stable id for the staff screen to translate. Levels
    are numbers even for no_device (-120 dBFS, digital silence) so callers can format them.
    """
    # No tail and no minimum: the test is a fixed-length sample, not a citizen's question.
    a = _with(audio_settings, max_seconds=float(seconds), min_seconds=0.0, tail_seconds=0.0)
    wav = Path(tmp_dir) / f"mic-test-{uuid.uuid4().hex}.wav"
    rec = Recorder(a, stop_free_mb=0)
    try:
        try:
            rec.start(wav)
        except NoInputDevice as e:
            return {"duration_s": 0.0, "rms_dbfs": SILENCE_DBFS, "peak_dbfs": SILENCE_DBFS,
                    "overflows": 0, "verdict": "no_device", "detail": e.staff_message,
                    "message_id": e.message_id, "message_params": e.message_params}
        res = rec.wait(float(seconds) + 30.0) or rec.stop()
        rec.wait_closed(5)  # the CLI exits right after; PortAudio dislikes exiting mid-close
    finally:
        wav.unlink(missing_ok=True)
        part_path(wav).unlink(missing_ok=True)
    if res is None or res.device_lost:
        return {"duration_s": res.duration_ms / 1000 if res else 0.0,
                "rms_dbfs": res.rms_dbfs if res else SILENCE_DBFS,
                "peak_dbfs": res.peak_dbfs if res else SILENCE_DBFS,
                "overflows": res.overflows if res else 0, "verdict": "no_device",
                "detail": (res.error.staff_message if res and res.error
                           else CaptureError.staff_message),
                "message_id": res.error.message_id if res and res.error else CaptureError.message_id,
                "message_params": res.error.message_params if res and res.error else {}}
    detail = {
        "ok": "The microphone works and the level is good.",
        "too_quiet": "The microphone hears almost nothing. Check it is not muted, speak closer, "
                     "or raise the input volume.",
        "clipping": "The sound is too loud and distorts. Lower the input volume or move the "
                    "microphone away from the speaker.",
    }.get(res.verdict, res.verdict)
    return {"duration_s": res.duration_ms / 1000, "rms_dbfs": res.rms_dbfs,
            "peak_dbfs": res.peak_dbfs, "overflows": res.overflows, "verdict": res.verdict,
            "detail": detail, "message_id": f"mic_{res.verdict}"}


def audio_doctor_checks(audio_settings: Any) -> list[dict]:
    """Checks `portaudio` (library loads) and `microphone` (configured input resolves)."""
    try:
        version = devices.portaudio_version()
    except NoInputDevice as e:
        return [
            {"name": "portaudio", "ok": False, "detail": e.staff_message, "message": e.message},
            {"name": "microphone", "ok": False,
             "detail": "Cannot look for a microphone until the audio library is installed.",
             "message": {"id": "mic_needs_library"}},
        ]
    checks = [{"name": "portaudio", "ok": True, "detail": f"Audio library loaded ({version})."}]
    devices.rescan_devices()  # a mic plugged in since start-up is invisible until re-scanned
    try:
        index = devices.resolve_device(audio_settings, rescan=False)
        dev = next(d for d in devices.list_input_devices() if d.index == index)
        checks.append({"name": "microphone", "ok": True,
                       "detail": f"Microphone ready: “{dev.name}” (device {dev.index}, "
                                 f"{audio_settings.samplerate} Hz).",
                       "message": {"id": "mic_ready", "params": {"name": dev.name, "index": dev.index,
                                                                 "rate": audio_settings.samplerate}}})
    except NoInputDevice as e:
        checks.append({"name": "microphone", "ok": False, "detail": e.staff_message, "message": e.message})
    return checks
