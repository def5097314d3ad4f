"""The kiosk's identity: an id created once per data dir, kept across restarts and shared by every
process that starts on that data dir (the kiosk, its sync timer, a staff member's CLI)."""
from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

from kiosk.settings_schema import ConfigError


def kiosk_id_of(data_dir: Path) -> str:
    """Created once per data dir so the kiosk keeps its identity across restarts.

    Two processes starting on a new data dir at once must agree: the id is written to a
    private temporary file, then linked into place, which fails if another process won; the
    loser reads the winner's id."""
    path = data_dir / "kiosk_id"
    existing = _read_kiosk_id(path)
    if existing:
        return existing
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ConfigError([f"{data_dir}: the data folder is a file, not a folder; "
                           "give --data-dir (or KIOSK_DATA_DIR) a folder"]) from None
    except NotADirectoryError:
        raise ConfigError([f"{data_dir}: not a folder (a file is in the way); "
                           "give --data-dir (or KIOSK_DATA_DIR) a folder"]) from None
    if not data_dir.is_dir():
        raise ConfigError([f"{data_dir}: the data folder is a file, not a folder; "
                           "give --data-dir (or KIOSK_DATA_DIR) a folder"])
    kid = "kiosk-" + uuid.uuid4().hex[:12]
    fd, tmp = tempfile.mkstemp(prefix=".kiosk_id-", suffix=".part", dir=data_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(kid + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # atomic and exclusive: never replaces a winner's id
        except FileExistsError:
            winner = _read_kiosk_id(path)
            if winner:
                return winner
            os.replace(tmp, path)  # an empty file from an older, non-atomic version
            return kid
    finally:
        Path(tmp).unlink(missing_ok=True)
    return kid


def _read_kiosk_id(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return ""
    except NotADirectoryError:
        raise ConfigError([f"{path.parent}: not a folder (a file is in the way); "
                           "give --data-dir (or KIOSK_DATA_DIR) a folder"]) from None
