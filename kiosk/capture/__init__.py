"""Audio capture: microphone → crash-safe WAV → verified Opus; levels, mic test, doctor checks.

Qt-free. Callbacks (`on_level`, `on_finished`) arrive on worker threads.
"""

from .checks import audio_doctor_checks, mic_test
from .devices import InputDevice, list_input_devices, portaudio_version, rescan_devices, resolve_device
from .errors import (CaptureError, DeviceLost, DiskBelowFloor, NoInputDevice, PortAudioMissing,
                     TranscodeError)
from .files import finalize_partial, sha256_file
from .recorder import Recorder, RecordingResult
from .transcode import TranscodeResult, transcode_to_opus

__all__ = [
    "CaptureError", "DeviceLost", "DiskBelowFloor", "InputDevice", "NoInputDevice",
    "PortAudioMissing", "Recorder", "RecordingResult", "TranscodeError", "TranscodeResult",
    "audio_doctor_checks", "finalize_partial", "list_input_devices", "mic_test",
    "portaudio_version", "rescan_devices", "resolve_device", "sha256_file", "transcode_to_opus",
]
