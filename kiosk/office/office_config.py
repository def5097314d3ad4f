"""Where the office library lives: `[office]` in <office dir>/office.toml, overridden by the
environment (KIOSK_OFFICE_DATABASE_URL, KIOSK_OFFICE_MEDIA_URL, …). Empty database_url: the SQLite
file in the office dir (one desk). A postgresql:// URL: one library for several desks."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

CONFIG_FILE = "office.toml"


class OfficeConfigError(ValueError):
    pass


@dataclass(frozen=True)
class OfficeConfig:
    database_url: str = ""        # postgresql://role@host/db?sslmode=verify-full ; empty: SQLite
    media_url: str = ""           # s3://bucket/prefix ; empty: <office dir>/media
    media_endpoint_url: str = ""  # an S3-compatible server (MinIO, …); empty: AWS
    media_region: str = ""


def load_office_config(root: Path, environ: dict[str, str] | None = None) -> OfficeConfig:
    env = os.environ if environ is None else environ
    values: dict[str, str] = {}
    path = Path(root) / CONFIG_FILE
    if path.exists():
        try:
            section = tomllib.loads(path.read_text(encoding="utf-8")).get("office", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise OfficeConfigError(f"{path}: not valid TOML: {exc}") from None
        for f in fields(OfficeConfig):
            if f.name in section:
                if not isinstance(section[f.name], str):
                    raise OfficeConfigError(f"{path}: [office] {f.name} is a string")
                values[f.name] = section[f.name]
    for f in fields(OfficeConfig):
        if env.get(f"KIOSK_OFFICE_{f.name.upper()}"):
            values[f.name] = env[f"KIOSK_OFFICE_{f.name.upper()}"]
    return OfficeConfig(**values)
