"""One typed Settings object: defaults < TOML file < KIOSK_* environment < explicit overrides.

The object is built once by `load_settings` and passed to whatever needs it; nothing reads
configuration from module globals.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_origin, get_type_hints

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = REPO_ROOT / "recordings"
LANGUAGES = ("fa", "ar", "en")


class ConfigError(ValueError):
    """A setting is unknown or has a bad value; the message names file, key and allowed values."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def _choice(*values: str) -> dict:
    return {"choices": values}


def _range(lo: float | None = None, hi: float | None = None) -> dict:
    return {"range": (lo, hi)}


@dataclass
class AudioSettings:
    device: str | int | None = None
    samplerate: int = field(default=16000, metadata=_range(8000, 48000))
    channels: int = field(default=1, metadata=_range(1, 2))
    max_seconds: float = field(default=120.0, metadata=_range(5, 600))
    min_seconds: float = field(default=1.5, metadata=_range(0.1, 30))
    tail_seconds: float = field(default=0.5, metadata=_range(0, 5))
    quiet_margin_db: float = field(default=10.0, metadata=_range(0, 60))
    quiet_floor_dbfs: float = field(default=-50.0, metadata=_range(-120, 0))
    clip_fraction_max: float = field(default=0.01, metadata=_range(0, 1))
    level_hz: int = field(default=25, metadata=_range(20, 100))
    volume: int = field(default=80, metadata=_range(0, 100))


@dataclass
class DiskSettings:
    warn_free_mb: int = field(default=1000, metadata=_range(0, None))
    stop_free_mb: int = field(default=200, metadata=_range(0, None))


@dataclass
class UISettings:
    fullscreen: bool = True
    hide_cursor: bool = False
    idle_countdown_s: int = field(default=15, metadata=_range(3, 600))
    receipt_timeout_s: int = field(default=15, metadata=_range(3, 600))
    text_max_chars: int = field(default=2000, metadata=_range(10, 100000))
    topics: list[str] = field(
        default_factory=lambda: ["traffic", "cleanliness", "green_space", "public_transport", "culture", "other"]
    )
    min_interval_s: int = field(default=20, metadata=_range(0, 3600))
    max_per_hour: int = field(default=60, metadata=_range(1, 100000))
    # The public ticket-status page, e.g. "https://example.org/status/#{ticket}": the receipt's QR
    # then opens the ticket's status; empty: the QR holds the ticket code alone.
    status_url: str = ""


@dataclass
class StaffSettings:
    corner_taps: int = field(default=5, metadata=_range(3, 20))
    tap_window_s: float = field(default=3.0, metadata=_range(0.5, 30))
    hold_s: float = field(default=2.0, metadata=_range(0.5, 30))
    lock_idle_s: int = field(default=120, metadata=_range(10, 3600))
    max_wrong_pins: int = field(default=5, metadata=_range(1, 100))
    lockout_base_s: int = field(default=60, metadata=_range(1, 86400))
    reject_reasons: list[str] = field(
        default_factory=lambda: ["offensive", "off_topic", "unintelligible", "duplicate", "test"]
    )


@dataclass
class DeliverySettings:
    kind: str = field(default="folder", metadata=_choice("folder", "s3"))
    path: str = ""  # empty: <data_dir>/outbox
    endpoint_url: str = ""
    bucket: str = ""
    prefix: str = "citizen-tribune"
    region: str = "us-east-1"
    profile: str = ""
    office_recipients: list[str] = field(default_factory=list)
    parallelism: int = field(default=2, metadata=_range(1, 32))
    multipart_threshold_mb: int = field(default=8, metadata=_range(5, 5000))
    timeout_s: float = field(default=30.0, metadata=_range(1, 3600))
    interval_s: float = field(default=30.0, metadata=_range(1, 86400))


@dataclass
class RetentionSettings:
    sent_media_days: float = field(default=7.0, metadata=_range(0, 3650))
    rejected_days: float = field(default=30.0, metadata=_range(0, 3650))


@dataclass
class Settings:
    data_dir: Path = DEFAULT_DATA_DIR
    config_file: Path | None = None
    kiosk_id: str = ""  # created once and stored in the data dir
    language: str = field(default="fa", metadata=_choice(*LANGUAGES))
    idle_timeout_s: int = field(default=60, metadata=_range(5, 3600))
    moderation: str = field(default="required", metadata=_choice("required", "off"))
    consent_version: str = "2026-11-1"
    audio: AudioSettings = field(default_factory=AudioSettings)
    disk: DiskSettings = field(default_factory=DiskSettings)
    ui: UISettings = field(default_factory=UISettings)
    staff: StaffSettings = field(default_factory=StaffSettings)
    delivery: DeliverySettings = field(default_factory=DeliverySettings)
    retention: RetentionSettings = field(default_factory=RetentionSettings)

    @property
    def db_path(self) -> Path:
        return self.data_dir / "kiosk.db"

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    @property
    def outbox_dir(self) -> Path:
        return self.data_dir / "outbox"

    @property
    def delivery_folder(self) -> Path:
        return Path(self.delivery.path) if self.delivery.path else self.outbox_dir

    @property
    def moderation_required(self) -> bool:
        return self.moderation == "required"


_SECTION_TYPES = {
    "audio": AudioSettings,
    "disk": DiskSettings,
    "ui": UISettings,
    "staff": StaffSettings,
    "delivery": DeliverySettings,
    "retention": RetentionSettings,
}


def _describe_allowed(f: dataclasses.Field, typ: Any) -> str:
    meta = f.metadata
    if "choices" in meta:
        return "one of " + ", ".join(repr(c) for c in meta["choices"])
    if "range" in meta:
        lo, hi = meta["range"]
        kind = "an integer" if typ is int else "a number"
        if hi is None:
            return f"{kind} >= {lo}"
        return f"{kind} from {lo} to {hi}"
    if typ is bool:
        return "true or false"
    if get_origin(typ) is list:
        return "a list of strings"
    if typ == (str | int | None):
        return "a device name (text) or index (integer)"
    return "text"


def _coerce(raw: Any, typ: Any, from_text: bool) -> Any:
    """Convert raw into typ; text from the environment is parsed, TOML values must already fit."""
    if typ is bool:
        if isinstance(raw, bool):
            return raw
        if from_text and str(raw).strip().lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
            return str(raw).strip().lower() in ("1", "true", "yes", "on")
        raise ValueError
    if typ is int:
        if isinstance(raw, bool):
            raise ValueError
        if isinstance(raw, int):
            return raw
        if from_text or isinstance(raw, str):
            return int(str(raw).strip())
        raise ValueError
    if typ is float:
        if isinstance(raw, bool):
            raise ValueError
        if isinstance(raw, (int, float)):
            return float(raw)
        if from_text or isinstance(raw, str):
            return float(str(raw).strip())
        raise ValueError
    if get_origin(typ) is list:
        if isinstance(raw, str) and from_text:
            return [p.strip() for p in raw.split(",") if p.strip()]
        if isinstance(raw, (list, tuple)) and all(isinstance(x, str) for x in raw):
            return list(raw)
        raise ValueError
    if typ == (str | int | None):
        if raw is None or raw == "":
            return None
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        text = str(raw).strip()
        return int(text) if text.isdigit() else text
    if typ is Path or typ == (Path | None):
        return Path(str(raw)).expanduser()
    if isinstance(raw, str) or (from_text and raw is not None):
        return str(raw)
    raise ValueError


def _apply(obj: Any, values: dict, source: str, from_text: bool, problems: list[str], prefix: str = "") -> None:
    hints = get_type_hints(type(obj))
    fields = {f.name: f for f in dataclasses.fields(obj)}
    for key, raw in values.items():
        where = f"{source}: {prefix}{key}"
        if key in _SECTION_TYPES and not prefix:
            if not isinstance(raw, dict):
                problems.append(f"{where}: expected a [{key}] table")
                continue
            _apply(getattr(obj, key), raw, source, from_text, problems, prefix=f"{key}.")
            continue
        f = fields.get(key)
        if f is None or (not prefix and key in ("config_file", "kiosk_id")):
            allowed = sorted(k for k in fields if k not in ("config_file", "kiosk_id"))
            problems.append(f"{where}: unknown setting; known keys here: {', '.join(allowed)}")
            continue
        typ = hints[key]
        try:
            value = _coerce(raw, typ, from_text)
        except (ValueError, TypeError):
            problems.append(f"{where}: bad value {raw!r}; allowed: {_describe_allowed(f, typ)}")
            continue
        meta = f.metadata
        bad = ("choices" in meta and value not in meta["choices"]) or (
            "range" in meta
            and ((meta["range"][0] is not None and value < meta["range"][0])
                 or (meta["range"][1] is not None and value > meta["range"][1]))
        )
        if bad:
            problems.append(f"{where}: bad value {raw!r}; allowed: {_describe_allowed(f, typ)}")
            continue
        setattr(obj, key, value)


def _environment_values(environ: dict[str, str]) -> dict:
    """KIOSK_LANGUAGE=ar → language; KIOSK_AUDIO_DEVICE=2 → [audio] device."""
    out: dict = {}
    skip = {"KIOSK_CONFIG", "KIOSK_DATA_DIR"}
    for name, raw in environ.items():
        # KIOSK_OFFICE_*: the office's own settings (kiosk.office.office_config), not the kiosk's.
        if not name.startswith("KIOSK_") or name in skip or name.startswith("KIOSK_OFFICE_"):
            continue
        key = name[len("KIOSK_"):].lower()
        section = next((s for s in _SECTION_TYPES if key.startswith(s + "_")), None)
        if section:
            out.setdefault(section, {})[key[len(section) + 1:]] = raw
        else:
            out[key] = raw
    return out


def _overrides_to_values(overrides: dict) -> dict:
    """Accept `idle_timeout_s=5`, `audio={"device": 1}` and `audio__device=1` alike."""
    out: dict = {}
    for key, value in overrides.items():
        if "__" in key:
            section, sub = key.split("__", 1)
            out.setdefault(section, {})[sub] = value
        elif key in _SECTION_TYPES and isinstance(value, dict):
            out.setdefault(key, {}).update(value)
        else:
            out[key] = value
    return out


def _kiosk_id(data_dir: Path) -> str:
    """Created once per data dir so the kiosk keeps its identity across restarts."""
    path = data_dir / "kiosk_id"
    if path.exists():
        text = path.read_text(encoding="utf-8").strip()
        if text:
            return text
    data_dir.mkdir(parents=True, exist_ok=True)
    kid = "kiosk-" + uuid.uuid4().hex[:12]
    tmp = path.with_suffix(".part")
    tmp.write_text(kid + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return kid


def load_settings(data_dir: str | Path | None = None, config_file: str | Path | None = None,
                  *, environ: dict[str, str] | None = None, create: bool = True, **overrides: Any) -> Settings:
    """Build the Settings used everywhere. Raises ConfigError listing every problem at once."""
    env = dict(os.environ if environ is None else environ)
    settings = Settings()
    problems: list[str] = []
    cfg = config_file or env.get("KIOSK_CONFIG") or None
    if cfg:
        cfg = Path(cfg).expanduser()
        try:
            with open(cfg, "rb") as fh:
                file_values = tomllib.load(fh)
        except FileNotFoundError:
            raise ConfigError([f"{cfg}: configuration file not found"]) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError([f"{cfg}: not valid TOML: {exc}"]) from None
        settings.config_file = cfg
        file_data_dir = file_values.pop("data_dir", None)
        if file_data_dir is not None:
            settings.data_dir = (cfg.parent / str(file_data_dir)).resolve()
        _apply(settings, file_values, str(cfg), False, problems)
    env_values = _environment_values(env)
    _apply(settings, env_values, "environment KIOSK_*", True, problems)
    over = _overrides_to_values(overrides)
    over.pop("data_dir", None)
    _apply(settings, over, "override", False, problems)
    if problems:
        raise ConfigError(problems)
    chosen_dir = data_dir or env.get("KIOSK_DATA_DIR")
    if chosen_dir:
        settings.data_dir = Path(chosen_dir).expanduser().resolve()
    if settings.audio.min_seconds >= settings.audio.max_seconds:
        raise ConfigError(["audio.min_seconds must be smaller than audio.max_seconds"])
    url = settings.ui.status_url
    if url and (not url.startswith(("https://", "http://")) or "{ticket}" not in url):
        raise ConfigError([f"ui.status_url: bad value {url!r}; allowed: empty, or an http(s) address with "
                           "{ticket} where the ticket code goes, e.g. https://example.org/status/#{ticket}"])
    if create:
        settings.kiosk_id = _kiosk_id(settings.data_dir)
    return settings


def settings_as_dict(settings: Settings) -> dict:
    """Plain dict of the effective settings (paths as text), for `kiosk config show`."""
    def conv(value: Any) -> Any:
        if isinstance(value, Path):
            return str(value)
        if isinstance(value, list):
            return [conv(v) for v in value]
        return value
    out = {}
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        out[f.name] = ({k: conv(v) for k, v in dataclasses.asdict(value).items()}
                       if dataclasses.is_dataclass(value) else conv(value))
    return out
