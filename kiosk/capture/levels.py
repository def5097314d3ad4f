"""Signal statistics computed on the writer thread: level-meter blocks, RMS/peak, verdict."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

FULL_SCALE = 32768.0
SILENCE_DBFS = -120.0  # what digital silence reports instead of -inf (JSON has no -inf)
NOISE_WINDOW_S = 0.3
SPEECH_TOP_FRACTION = 0.1  # "how loud the talking was": power mean of the loudest 10% of blocks


def to_dbfs(amplitude: float) -> float:
    if amplitude <= 0:
        return SILENCE_DBFS
    return max(SILENCE_DBFS, 20.0 * math.log10(amplitude / FULL_SCALE))


@dataclass
class Summary:
    frames: int
    rms_dbfs: float
    peak_dbfs: float
    noise_floor_dbfs: float
    speech_dbfs: float
    clipped_fraction: float


class SignalStats:
    """Accumulates int16 audio chunk by chunk; `add` returns the (rms, peak) dBFS of each complete
    level block (1/level_hz s of audio), so the meter rate is defined per second of captured
    audio, not wall time."""

    def __init__(self, samplerate: int, level_hz: float):
        self.block = max(1, int(round(samplerate / max(level_hz, 1e-3))))
        self.noise_blocks = max(1, int(NOISE_WINDOW_S * samplerate) // self.block)
        self.frames = 0
        self._samples = 0
        self._sumsq = 0.0
        self._peak = 0
        self._clipped = 0
        self._pending = np.zeros(0, dtype=np.int16)
        self.block_rms: list[float] = []

    def add(self, chunk: np.ndarray) -> list[tuple[float, float]]:
        if chunk.size == 0:
            return []
        self.frames += chunk.shape[0]
        # Mono mix for the meter; all channels count for the totals.
        x = chunk.astype(np.int32)
        self._samples += x.size
        self._sumsq += float(np.sum(np.square(x, dtype=np.float64)))
        self._peak = max(self._peak, int(np.max(np.abs(x))))
        self._clipped += int(np.count_nonzero((x >= 32767) | (x <= -32768)))
        mono = x.mean(axis=1) if x.ndim == 2 else x
        buf = np.concatenate([self._pending, mono]) if self._pending.size else mono
        n = buf.size // self.block
        self._pending = buf[n * self.block:]
        if n == 0:
            return []
        blocks = buf[: n * self.block].reshape(n, self.block).astype(np.float64)
        rms = np.sqrt(np.mean(np.square(blocks), axis=1))
        peak = np.max(np.abs(blocks), axis=1)
        levels = [(to_dbfs(r), to_dbfs(p)) for r, p in zip(rms.tolist(), peak.tolist())]
        self.block_rms.extend(r for r, _ in levels)
        return levels

    def summary(self) -> Summary:
        rms = math.sqrt(self._sumsq / self._samples) if self._samples else 0.0
        rms_db = to_dbfs(rms)
        head = self.block_rms[: self.noise_blocks]
        # Quietest block in the first 300 ms: a citizen who starts talking at once still leaves
        # a gap before the first word, so the minimum estimates the room, not the voice.
        noise = min(head) if head else rms_db
        speech = _loudest_power_mean(self.block_rms) if self.block_rms else rms_db
        return Summary(
            frames=self.frames,
            rms_dbfs=round(rms_db, 2),
            peak_dbfs=round(to_dbfs(self._peak), 2),
            noise_floor_dbfs=round(noise, 2),
            speech_dbfs=round(speech, 2),
            clipped_fraction=self._clipped / self._samples if self._samples else 0.0,
        )


def _loudest_power_mean(block_dbfs: list[float]) -> float:
    # Power mean, so a long silent tail after a short question barely lowers it, while a
    # single click (one block) is outweighed by the rest of the loudest tenth.
    top = np.sort(np.asarray(block_dbfs))[-max(1, int(len(block_dbfs) * SPEECH_TOP_FRACTION)):]
    return to_dbfs(FULL_SCALE * math.sqrt(float(np.mean(10 ** (top / 10)))))


def verdict(s: Summary, samplerate: int, audio: Any) -> str:
    """ok | too_short | clipping | too_quiet, first match wins.

    too_quiet: overall RMS below quiet_floor_dbfs, or the speech level (loudest tenth of the
    meter blocks) less than quiet_margin_db above the noise floor (first 300 ms).
    Clipping is checked before quietness because a clipped signal held from the first frame
    has no quiet lead-in, so its "noise floor" equals the signal.
    """
    if s.frames / samplerate < audio.min_seconds:
        return "too_short"
    if s.clipped_fraction > audio.clip_fraction_max:
        return "clipping"
    if s.rms_dbfs < audio.quiet_floor_dbfs or s.speech_dbfs < s.noise_floor_dbfs + audio.quiet_margin_db:
        return "too_quiet"
    return "ok"
