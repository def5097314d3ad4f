"""Waveform peaks (min/max per bucket) for the detail pane, read in blocks and cached as .npy.

The cache key is the file's path, size and mtime, so a transcoded replacement gets new peaks.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np
import soundfile as sf

from kiosk.fileio import unique_part

BUCKETS = 1000
_BLOCK = 1 << 16


def compute_peaks(audio_path: str | os.PathLike, buckets: int = BUCKETS) -> np.ndarray:
    """float32 array (buckets, 2) of min and max in [-1, 1]; short files give fewer buckets."""
    with sf.SoundFile(str(audio_path)) as f:
        frames = f.frames
        if frames <= 0:
            return np.zeros((0, 2), dtype=np.float32)
        buckets = max(1, min(buckets, frames))
        out = np.empty((buckets, 2), dtype=np.float32)
        out[:, 0], out[:, 1] = np.inf, -np.inf
        pos = 0
        for block in f.blocks(blocksize=_BLOCK, dtype="float32", always_2d=True):
            mono = block[:, 0] if block.shape[1] == 1 else block.mean(axis=1)
            # Sample i belongs to bucket floor(i * buckets / frames); runs of equal ids are contiguous.
            ids = np.minimum((np.arange(pos, pos + len(mono), dtype=np.int64) * buckets) // frames, buckets - 1)
            starts = np.concatenate(([0], np.flatnonzero(np.diff(ids)) + 1))
            rows = ids[starts]
            out[rows, 0] = np.minimum(out[rows, 0], np.minimum.reduceat(mono, starts))
            out[rows, 1] = np.maximum(out[rows, 1], np.maximum.reduceat(mono, starts))
            pos += len(mono)
        out[~np.isfinite(out)] = 0.0
    return out


def cache_path(audio_path: str | os.PathLike, cache_dir: str | os.PathLike) -> Path:
    st = os.stat(audio_path)
    key = hashlib.sha256(f"{Path(audio_path).resolve()}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:24]
    return Path(cache_dir) / f"{key}.peaks.npy"


def cached_peaks(audio_path: str | os.PathLike, cache_dir: str | os.PathLike, buckets: int = BUCKETS) -> np.ndarray:
    path = cache_path(audio_path, cache_dir)
    if path.exists():
        try:
            return np.load(path, allow_pickle=False)
        except (OSError, ValueError):
            path.unlink(missing_ok=True)
    peaks = compute_peaks(audio_path, buckets)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = unique_part(path)  # two staff windows may draw the same recording at once
    with os.fdopen(fd, "wb") as fh:
        np.save(fh, peaks, allow_pickle=False)
    os.replace(tmp, path)
    return peaks
