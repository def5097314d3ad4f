"""What an id taken from an envelope may look like, and paths built from such ids.

An envelope is signed by a kiosk, but the office builds file names from its ids: a strict pattern
keeps `..`, slashes and dots out, and `inside` proves the resulting path stays in its folder.
"""
from __future__ import annotations

import re
from pathlib import Path

KIOSK_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")  # e.g. kiosk-1a2b3c4d5e6f
SUBMISSION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")  # uuid hex
TICKET = re.compile(r"^[0-9]{4}-[0-9]{4}$")


def inside(folder: Path, *parts: str) -> Path:
    """folder/parts… resolved (links followed); ValueError unless it lies strictly inside folder."""
    base = Path(folder).resolve()
    target = base.joinpath(*parts).resolve()
    if target == base or not target.is_relative_to(base):
        raise ValueError(f"{'/'.join(parts)!r} leaves {base}")
    return target
