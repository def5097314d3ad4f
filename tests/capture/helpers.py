"""Helpers shared by the capture tests."""
from __future__ import annotations

import dataclasses

import numpy as np

SR = 16000


def with_(audio, **changes):
    return dataclasses.replace(audio, **changes)


def best_alignment(recorded: np.ndarray, source: np.ndarray, max_lag: int = SR) -> tuple[int, float]:
    """(lag, normalized cross-correlation) maximizing the NCC of recorded[lag:] vs source."""
    r = recorded.astype(np.float64)
    s = source.astype(np.float64)
    n = 1 << int(np.ceil(np.log2(len(r) + len(s))))
    xc = np.fft.irfft(np.fft.rfft(r, n) * np.conj(np.fft.rfft(s, n)), n)
    lags = np.r_[0:max_lag + 1, -max_lag:0]
    lag = int(lags[np.argmax(xc[lags])])
    a, b = (r[lag:], s) if lag >= 0 else (r, s[-lag:])
    m = min(len(a), len(b))
    a, b = a[:m], b[:m]
    return lag, float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))
