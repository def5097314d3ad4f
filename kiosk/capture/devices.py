"""PortAudio access: lazy import, device listing, resolving the configured microphone, re-scan.

sounddevice is imported lazily so the rest of the kiosk (and `kiosk doctor`) still runs when
libportaudio2 is missing; that case surfaces as `PortAudioMissing`.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from .errors import NoInputDevice, PortAudioMissing
from .jack_guard import clear_stale_jack_metadata

# PortAudio is process-global state; re-initialising it closes every open stream, so re-scans
# are refused while a recorder holds a stream (see `stream_opened`/`stream_closed`).
_pa_lock = threading.RLock()
_open_streams = 0


def sounddevice() -> ModuleType:
    """Import sounddevice, turning a missing libportaudio2 into a staff-readable error."""
    try:
        if "sounddevice" not in sys.modules:  # its import initialises PortAudio
            clear_stale_jack_metadata()
        import sounddevice as sd
    except (OSError, ImportError) as e:
        raise PortAudioMissing(f"cannot load PortAudio: {e}") from e
    return sd


def portaudio_version() -> str:
    return sounddevice().get_portaudio_version()[1]


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    max_input_channels: int
    default_samplerate: float
    hostapi: str
    is_default: bool


def rescan_devices() -> bool:
    """Re-read PortAudio's device list (it is read once at import). Returns False if a stream
    is open, because re-initialising would kill it; callers just keep the old list then."""
    sd = sounddevice()
    with _pa_lock:
        if _open_streams:
            return False
        sd._terminate()
        clear_stale_jack_metadata()
        sd._initialize()
        return True


def stream_opened() -> None:
    global _open_streams
    with _pa_lock:
        _open_streams += 1


def stream_closed() -> None:
    global _open_streams
    with _pa_lock:
        _open_streams = max(0, _open_streams - 1)


def _default_input_index(sd: ModuleType) -> int:
    try:
        return int(sd.query_devices(kind="input")["index"])
    except sd.PortAudioError:  # "Error querying device -1": no default input
        return -1


def list_input_devices() -> list[InputDevice]:
    sd = sounddevice()
    with _pa_lock:
        default = _default_input_index(sd)
        apis = sd.query_hostapis()
        out = []
        for d in sd.query_devices():
            if d["max_input_channels"] > 0:
                out.append(InputDevice(
                    index=int(d["index"]),
                    name=str(d["name"]),
                    max_input_channels=int(d["max_input_channels"]),
                    default_samplerate=float(d["default_samplerate"]),
                    hostapi=str(apis[d["hostapi"]]["name"]),
                    is_default=int(d["index"]) == default,
                ))
        return out


def _describe(devices: list[InputDevice]) -> str:
    if not devices:
        return "no input devices are connected"
    return "available inputs: " + "; ".join(
        f"[{d.index}] {d.name}{' (default)' if d.is_default else ''}" for d in devices)


def _pick(audio: Any, devices: list[InputDevice]) -> InputDevice:
    want = audio.device
    if isinstance(want, str) and want.strip().lstrip("-").isdigit():
        want = int(want)  # an index that came through TOML/env as text
    if want is None or want == "":
        for d in devices:
            if d.is_default:
                return d
        raise NoInputDevice(
            f"no default microphone ({_describe(devices)})",
            "No microphone is connected. Plug in the USB microphone and run `kiosk doctor` again.",
        )
    if isinstance(want, int):
        for d in devices:
            if d.index == want:
                return d
        raise NoInputDevice(
            f"configured audio.device={want} is not an input ({_describe(devices)})",
            f"The microphone set in the settings (number {want}) is not connected. "
            f"Plug it in, or change audio.device. Found: {_describe(devices)}.",
        )
    needle = str(want).casefold()
    exact = [d for d in devices if d.name.casefold() == needle]
    partial = [d for d in devices if needle in d.name.casefold()]
    if exact or partial:
        return (exact or partial)[0]
    raise NoInputDevice(
        f"no input device name contains {want!r} ({_describe(devices)})",
        f"The microphone named “{want}” in the settings is not connected. Check the USB cable, "
        f"or change audio.device. Found: {_describe(devices)}.",
    )


def resolve_device(audio: Any, *, rescan: bool = True) -> int:
    """audio.device (None, index, or name substring) -> PortAudio device index.

    If it is not found and `rescan` is true, PortAudio is re-initialised once, because a mic
    plugged in after start-up is invisible until then.
    """
    try:
        dev = _pick(audio, list_input_devices())
    except NoInputDevice:
        if not (rescan and rescan_devices()):
            raise
        dev = _pick(audio, list_input_devices())
    sd = sounddevice()
    try:
        sd.check_input_settings(device=dev.index, channels=audio.channels, dtype="int16",
                                samplerate=audio.samplerate)
    except (sd.PortAudioError, ValueError) as e:
        raise NoInputDevice(
            f"{dev.name!r} cannot record {audio.samplerate} Hz x{audio.channels} int16: {e}",
            f"The microphone “{dev.name}” cannot record in the format the kiosk needs "
            f"({audio.samplerate} Hz). Set audio.device to “default” or another input, "
            "then run `kiosk doctor`.",
        ) from e
    return dev.index
