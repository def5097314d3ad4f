"""WAV → Ogg/Opus after a recording, verified before the WAV is deleted; safe to re-run."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import soundfile as sf

from .errors import TranscodeError
from .files import commit, fsync_dir, part_path, sha256_file

TOLERANCE_MS = 50
_BLOCK_S = 10


@dataclass(frozen=True)
class TranscodeResult:
    path: Path
    sha256: str
    duration_ms: int


def _decoded_ms(path: Path) -> int | None:
    """Duration by decoding every frame (not the header), so a truncated stream is caught.
    None if the file cannot be read at all."""
    try:
        with sf.SoundFile(str(path)) as f:
            frames = sum(len(b) for b in f.blocks(blocksize=f.samplerate * _BLOCK_S,
                                                   dtype="float32"))
            return frames * 1000 // f.samplerate
    except (sf.LibsndfileError, RuntimeError, OSError):
        return None


def _encode(wav: Path, out: Path) -> None:
    with sf.SoundFile(str(wav)) as src, sf.SoundFile(
            str(out), mode="w", samplerate=src.samplerate, channels=src.channels,
            format="OGG", subtype="OPUS") as dst:
        for block in src.blocks(blocksize=src.samplerate * _BLOCK_S, dtype="float32"):
            dst.write(block)


def transcode_to_opus(wav_path: str | os.PathLike,
                      tolerance_ms: int = TOLERANCE_MS) -> TranscodeResult:
    """Encode `x.wav` to `x.ogg` (Opus), check the decoded duration equals the WAV's within
    `tolerance_ms`, and only then delete the WAV. On mismatch the WAV stays and TranscodeError
    is raised. Re-running after a crash at any step finishes the job or returns the result."""
    wav = Path(wav_path)
    ogg = wav.with_suffix(".ogg")
    part = part_path(ogg)
    part.unlink(missing_ok=True)  # an encode cut short by a crash: start over

    wav_ms = _decoded_ms(wav) if wav.exists() else None
    if ogg.exists():
        ogg_ms = _decoded_ms(ogg)
        if wav_ms is None:  # crashed after the WAV was deleted, or the WAV was lost
            if ogg_ms is None:
                raise TranscodeError(f"{ogg.name} is unreadable and {wav.name} is gone")
            return TranscodeResult(ogg, sha256_file(ogg), ogg_ms)
        if ogg_ms is not None and abs(ogg_ms - wav_ms) <= tolerance_ms:
            return _done(wav, ogg, ogg_ms)  # crashed between rename and WAV delete
        ogg.unlink()  # unreadable or wrong: the WAV (if any) is the source of truth
    if wav_ms is None:
        raise TranscodeError(f"no readable source: {wav} missing or unreadable, no {ogg.name}")

    try:
        _encode(wav, part)
    except (sf.LibsndfileError, RuntimeError, OSError) as e:
        part.unlink(missing_ok=True)
        raise TranscodeError(f"encoding {wav.name} failed: {e}") from e
    ogg_ms = _decoded_ms(part)
    if ogg_ms is None or abs(ogg_ms - wav_ms) > tolerance_ms:
        part.unlink(missing_ok=True)
        raise TranscodeError(f"{ogg.name} decodes to {ogg_ms} ms but {wav.name} is {wav_ms} ms; "
                             "WAV kept")
    commit(part, ogg)
    return _done(wav, ogg, ogg_ms)


def _done(wav: Path, ogg: Path, ogg_ms: int) -> TranscodeResult:
    digest = sha256_file(ogg)
    wav.unlink(missing_ok=True)
    fsync_dir(ogg.parent)
    return TranscodeResult(ogg, digest, ogg_ms)
