"""Durable file steps: crash-safe WAV, fsync of file and directory, atomic rename, hashing."""

from __future__ import annotations

import os
from pathlib import Path

import soundfile as sf

from kiosk.fileio import commit, fsync_dir, fsync_path, sha256_file  # noqa: F401 - re-exported

PART = ".part"
# From sndfile.h; soundfile's cffi binding does not export these two constants.
_SFC_UPDATE_HEADER_NOW = 0x1060
_SFC_SET_UPDATE_HEADER_AUTO = 0x1061


def part_path(path: Path) -> Path:
    return path.with_name(path.name + PART)


def open_crash_safe_wav(path: Path, samplerate: int, channels: int) -> tuple[sf.SoundFile, bool]:
    """Open a 16-bit WAV for writing whose header is rewritten after every write, so a killed
    process leaves a file that reads back up to its last write. Returns (file, auto) where
    auto=False means the caller must call `update_header` itself."""
    f = sf.SoundFile(str(path), mode="w", samplerate=samplerate, channels=channels,
                     format="WAV", subtype="PCM_16")
    ok = sf._snd.sf_command(f._file, _SFC_SET_UPDATE_HEADER_AUTO, sf._ffi.NULL, sf._snd.SF_TRUE)
    return f, ok == sf._snd.SF_TRUE


def update_header(f: sf.SoundFile) -> None:
    sf._snd.sf_command(f._file, _SFC_UPDATE_HEADER_NOW, sf._ffi.NULL, 0)


def finalize_partial(part: str | os.PathLike) -> Path | None:
    """Recovery after a crash: turn `x.wav.part` into `x.wav` if it holds readable audio,
    else delete it. Returns the final path, or None if nothing usable was there."""
    part = Path(part)
    if not part.name.endswith(PART):
        raise ValueError(f"not a .part file: {part}")
    final = part.with_name(part.name[: -len(PART)])
    try:
        frames = sf.info(str(part)).frames
    except (sf.LibsndfileError, RuntimeError):
        frames = 0
    if frames <= 0:
        part.unlink(missing_ok=True)
        return None
    return commit(part, final)
