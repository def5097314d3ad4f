"""Crash-safe recorder: PortAudio callback → queue → writer thread → WAV `.part` → rename.

Threads: PortAudio's callback thread only copies frames into a queue (it must never block);
one writer thread per recording writes the WAV, computes levels and finalizes; a short-lived
closer thread closes the stream so a wedged driver can never delay the result.
`on_level` and `on_finished` are called on the writer thread: the UI must marshal them.
"""

from __future__ import annotations

import errno
import logging
import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ..diskspace import free_mb
from . import devices
from .errors import CaptureError, DeviceLost, DiskBelowFloor, NoInputDevice
from .files import commit, open_crash_safe_wav, part_path, update_header
from .levels import SignalStats, verdict

log = logging.getLogger(__name__)

_END = object()  # queued by PortAudio's finished_callback: no more frames will come
_MAX_BATCH = 256  # queue items merged per write; fewer header rewrites when data arrives fast
_SYNC_EVERY_S = 1.0  # bounds what a power cut (not a crash) can lose


@dataclass
class RecordingResult:
    path: Path
    duration_ms: int
    overflows: int
    rms_dbfs: float
    peak_dbfs: float
    noise_floor_dbfs: float
    clipped_fraction: float
    verdict: str  # ok | too_short | too_quiet | clipping
    device_lost: bool = False
    speech_dbfs: float = 0.0  # loudest tenth of the meter blocks; compared with the floor
    error: CaptureError | None = None  # DeviceLost, DiskBelowFloor, ... (recording kept anyway)


class _Take:
    """State of one recording, shared by the callback, writer and caller threads.
    Plain int/bool attributes: each is written by one thread, and the GIL makes that atomic."""

    def __init__(self, path: Path, cap: int):
        self.path = path
        self.part = part_path(path)
        self.q: queue.SimpleQueue = queue.SimpleQueue()
        self.cap = cap  # frames the callback may still accept in total
        self.captured = 0
        self.overflows = 0
        self.frames_written = 0
        self.stop_requested = False
        self.cancelled = False
        self.device_lost = False
        self.error: CaptureError | None = None
        self.stream: Any = None
        self.file: Any = None
        self.done = threading.Event()
        self.result: RecordingResult | None = None


class Recorder:
    def __init__(self, audio_settings: Any, stop_free_mb: float,
                 on_level: Callable[[float, float], None] | None = None,
                 on_finished: Callable[[RecordingResult], None] | None = None,
                 *, stall_seconds: float = 3.0):
        self._audio = audio_settings
        self._stop_free_mb = stop_free_mb
        self._on_level = on_level
        self._on_finished = on_finished
        self._stall_s = stall_seconds
        self._take: _Take | None = None
        self._closer: threading.Thread | None = None
        self._lock = threading.Lock()

    # --- public API -------------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        t = self._take
        return t is not None and not t.done.is_set()

    @property
    def frames_written(self) -> int:
        return self._take.frames_written if self._take else 0

    @property
    def seconds_written(self) -> float:
        return self.frames_written / self._audio.samplerate

    def start(self, wav_path: str | Path) -> None:
        """Begin recording into `<wav_path>.part`. Raises DiskBelowFloor, NoInputDevice."""
        with self._lock:
            if self.recording:
                raise CaptureError("start() while already recording")
            if self._closer is not None:
                self._closer.join(timeout=5)
            path = Path(wav_path)
            path.parent.mkdir(parents=True, exist_ok=True)
            free = free_mb(path.parent)
            if free < self._stop_free_mb:
                raise DiskBelowFloor(f"{free:.0f} MB free on {path.parent}, "
                                     f"floor is {self._stop_free_mb} MB")
            a = self._audio
            sd = devices.sounddevice()
            take = _Take(path, int(round(a.max_seconds * a.samplerate)))
            try:
                take.file, auto = open_crash_safe_wav(take.part, a.samplerate, a.channels)
            except Exception as e:  # read-only or full disk, bad permissions
                raise self._write_error(e, take) from e
            try:
                take.stream = self._open_stream(sd, take)
                devices.stream_opened()
                writer = threading.Thread(target=self._writer, args=(take, auto),
                                          name="capture-writer", daemon=True)
                self._take = take
                writer.start()
                take.stream.start()
            except BaseException as e:
                take.cap = 0
                take.cancelled = True
                if self._take is take:  # writer is running: let it clean up
                    take.q.put(_END)
                    take.done.wait(5)
                else:
                    take.file.close()
                    take.part.unlink(missing_ok=True)
                    if take.stream is not None:
                        self._close_stream(take)
                if isinstance(e, CaptureError):
                    raise
                sd_err = getattr(sd, "PortAudioError", ())
                if isinstance(e, sd_err):
                    raise NoInputDevice(f"cannot start the microphone: {e}") from e
                raise

    def request_stop(self) -> None:
        """Ask to stop without waiting: tail_seconds more audio is kept, then on_finished runs."""
        t = self._take
        if t is None or t.done.is_set():
            return
        t.stop_requested = True
        tail = int(round(self._audio.tail_seconds * self._audio.samplerate))
        t.cap = min(t.cap, t.captured + tail)

    def stop(self, timeout: float | None = None) -> RecordingResult | None:
        """Stop (keeping the tail), finalize, and return the result; also returns the result of
        a recording that already auto-stopped. None if nothing was recorded or it was cancelled."""
        t = self._take
        if t is None:
            return None
        self.request_stop()
        if timeout is None:
            timeout = self._audio.tail_seconds + self._stall_s + 30.0
        if not t.done.wait(timeout):
            raise CaptureError(f"recorder did not finish within {timeout:.0f} s")
        return t.result

    def wait(self, timeout: float | None = None) -> RecordingResult | None:
        """Wait for the recording to end on its own (max_seconds, device lost); no stop."""
        t = self._take
        if t is None or not t.done.wait(timeout):
            return None
        return t.result

    def cancel(self) -> None:
        """Stop at once and delete what was recorded (a draft the citizen abandoned)."""
        t = self._take
        if t is None:
            return
        t.cancelled = True
        t.cap = 0
        if not t.done.wait(self._stall_s + 30.0):
            raise CaptureError("recorder did not stop after cancel")
        t.path.unlink(missing_ok=True)  # if it had already finalized on its own

    def wait_closed(self, timeout: float = 5.0) -> bool:
        """True once the last stream is closed (call before exit: PortAudio may hang at exit
        on a stream still open)."""
        c = self._closer
        if c is not None:
            c.join(timeout)
            return not c.is_alive()
        return not self.recording

    # --- internals ----------------------------------------------------------------------------
    def _open_stream(self, sd: Any, take: _Take) -> Any:
        a = self._audio
        stop_exc = sd.CallbackStop

        def callback(indata, frames, _time, status):
            if status.input_overflow:
                take.overflows += 1
            room = take.cap - take.captured
            if room <= 0:
                raise stop_exc
            if frames >= room:
                take.q.put(indata[:room].copy())
                take.captured += room
                raise stop_exc
            take.q.put(indata.copy())
            take.captured += frames

        def finished():
            take.q.put(_END)

        def open_once():
            return sd.InputStream(device=devices.resolve_device(a), samplerate=a.samplerate,
                                  channels=a.channels, dtype="int16", latency="high",
                                  callback=callback, finished_callback=finished)
        try:
            return open_once()
        except sd.PortAudioError:
            # A mic that was unplugged and re-plugged gets a new index: re-scan once.
            if not devices.rescan_devices():
                raise
            return open_once()

    def _writer(self, take: _Take, auto_header: bool) -> None:
        stats = SignalStats(self._audio.samplerate, self._audio.level_hz)
        last_data = last_sync = time.monotonic()
        ended = False
        try:
            while not ended and not take.cancelled:
                try:
                    item = take.q.get(timeout=0.2)
                except queue.Empty:
                    if take.captured >= take.cap:
                        ended = True  # the callback took its last frames; END may come late
                        break
                    if time.monotonic() - last_data > self._stall_s:
                        take.device_lost = True  # no frames and no end: the driver is wedged
                        break
                    continue
                batch = [item]
                while len(batch) < _MAX_BATCH and batch[-1] is not _END:
                    try:
                        batch.append(take.q.get_nowait())
                    except queue.Empty:
                        break
                if batch[-1] is _END:
                    ended = True
                    batch.pop()
                if not batch:
                    continue
                data = batch[0] if len(batch) == 1 else np.concatenate(batch)
                take.file.buffer_write(data.tobytes(), dtype="int16")
                if not auto_header:
                    update_header(take.file)
                take.frames_written += data.shape[0]
                last_data = time.monotonic()
                self._publish(stats.add(data))
                if last_data - last_sync > _SYNC_EVERY_S:
                    take.file.flush()  # sf_write_sync → fsync
                    last_sync = last_data
        except Exception as e:  # libsndfile reports a short write (disk full) as AssertionError
            take.error = self._write_error(e, take)
        if ended and take.captured < take.cap and not take.cancelled:
            take.device_lost = True  # the stream ended on its own: unplugged or driver error
        take.cap = 0  # the callback stops at its next call whatever happened above
        self._finalize(take, stats)

    def _write_error(self, e: Exception, take: _Take) -> CaptureError:
        try:
            full = getattr(e, "errno", None) == errno.ENOSPC or \
                free_mb(take.path.parent) < max(1.0, self._stop_free_mb)
        except OSError:
            full = False
        log.error("writing %s failed: %r", take.part, e)
        return (DiskBelowFloor if full else CaptureError)(f"writing {take.part} failed: {e!r}")

    def _publish(self, levels: list[tuple[float, float]]) -> None:
        if self._on_level is None:
            return
        for rms, peak in levels:
            try:
                self._on_level(rms, peak)
            except Exception:
                log.exception("on_level callback failed")

    def _finalize(self, take: _Take, stats: SignalStats) -> None:
        try:
            take.file.close()  # writes the final header
        except Exception as e:
            take.error = take.error or CaptureError(f"closing WAV failed: {e}")
        result = None
        if take.cancelled:
            take.part.unlink(missing_ok=True)
        else:
            if take.device_lost and take.error is None:
                take.error = DeviceLost("input stream stopped delivering audio mid-recording")
            try:
                commit(take.part, take.path)
            except OSError as e:  # the .part stays; recovery at start will find it
                take.error = take.error or CaptureError(f"finalizing WAV failed: {e}")
            s = stats.summary()
            sr = self._audio.samplerate
            result = RecordingResult(
                path=take.path if take.path.exists() else take.part,
                duration_ms=s.frames * 1000 // sr, overflows=take.overflows,
                rms_dbfs=s.rms_dbfs, peak_dbfs=s.peak_dbfs, noise_floor_dbfs=s.noise_floor_dbfs,
                clipped_fraction=s.clipped_fraction, verdict=verdict(s, sr, self._audio),
                device_lost=take.device_lost, speech_dbfs=s.speech_dbfs, error=take.error)
        take.result = result
        closer = threading.Thread(target=self._close_stream, args=(take,),
                                  name="capture-closer", daemon=True)
        self._closer = closer
        closer.start()
        take.done.set()
        if result is not None and self._on_finished is not None:
            try:
                self._on_finished(result)
            except Exception:
                log.exception("on_finished callback failed")

    @staticmethod
    def _close_stream(take: _Take) -> None:
        try:
            if take.stream.active:
                take.stream.abort()
            take.stream.close()
        except Exception:
            log.exception("closing the input stream failed")
        finally:
            devices.stream_closed()
