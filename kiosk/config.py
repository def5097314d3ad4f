"""One typed Settings object: defaults < TOML file < KIOSK_* environment < explicit overrides.

The object is built once by `load_settings` and passed to whatever needs it; nothing reads
configuration from module globals.
"""
from __future__ import annotations

import copy
import dataclasses
import os
import tomllib
from pathlib import Path
from typing import Any

# The settings' shape and checks live in kiosk.settings_schema; these names stay importable from here.
from kiosk.settings_schema import (DEFAULT_DATA_DIR, LANGUAGES, NOT_FROM_FILES, REPO_ROOT,  # noqa: F401
                                   SECTION_TYPES, AudioSettings, ConfigError, DeliverySettings, DiskSettings,
                                   RetentionSettings, Settings, StaffSettings, UISettings, apply_values)

NON_SETTING_VARIABLES = frozenset({"KIOSK_CONFIG", "KIOSK_DATA_DIR", "KIOSK_OFFICE_DIR", "KIOSK_DEBUG",
                                   "KIOSK_SCREENSHOTS", "KIOSK_SCREEN"})


def _environment_setting(name: str) -> tuple[str | None, str] | None:
    """KIOSK_AUDIO_DEVICE → ("audio", "device"); None when the name is no setting at all."""
    key = name[len("KIOSK_"):].lower()
    section = next((s for s in SECTION_TYPES if key.startswith(s + "_")), None)
    if section:
        sub = key[len(section) + 1:]
        known = {f.name for f in dataclasses.fields(SECTION_TYPES[section])}
        return (section, sub) if sub in known else None
    known = {f.name for f in dataclasses.fields(Settings)} - {"config_file", "kiosk_id", "data_dir"}
    known -= set(SECTION_TYPES)
    return (None, key) if key in known else None


def unknown_environment(environ: dict[str, str] | None = None) -> list[str]:
    """KIOSK_* variables that name no setting: ignored, and said in `config check` and `doctor`
    (a typo like KIOSK_LANGAUGE would otherwise silently do nothing)."""
    env = os.environ if environ is None else environ
    return sorted(n for n in env if n.startswith("KIOSK_") and n not in NON_SETTING_VARIABLES
                  and not n.startswith("KIOSK_OFFICE_")  # the office's settings (kiosk.office.office_config)
                  and _environment_setting(n) is None)


def _environment_values(environ: dict[str, str]) -> dict:
    """KIOSK_LANGUAGE=ar → language; KIOSK_AUDIO_DEVICE=2 → [audio] device. Variables that name no
    setting are skipped here (see `unknown_environment`): they never stop a command."""
    out: dict = {}
    for name, raw in environ.items():
        # KIOSK_OFFICE_*: the office's own settings (kiosk.office.office_config), not the kiosk's.
        if not name.startswith("KIOSK_") or name in NON_SETTING_VARIABLES or name.startswith("KIOSK_OFFICE_"):
            continue
        where = _environment_setting(name)
        if where is None:
            continue
        section, key = where
        if section:
            out.setdefault(section, {})[key] = raw
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
        elif key in SECTION_TYPES and isinstance(value, dict):
            out.setdefault(key, {}).update(value)
        else:
            out[key] = value
    return out


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
        except IsADirectoryError:
            raise ConfigError([f"{cfg}: is a folder; --config (or KIOSK_CONFIG) names a .toml file"]) from None
        except PermissionError:
            raise ConfigError([f"{cfg}: cannot read the configuration file (permission denied)"]) from None
        except UnicodeDecodeError as exc:
            raise ConfigError([f"{cfg}: not UTF-8 text (byte {exc.start}); save the file as UTF-8"]) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError([f"{cfg}: not valid TOML: {exc}"]) from None
        settings.config_file = cfg
        file_data_dir = file_values.pop("data_dir", None)
        if file_data_dir is not None:
            settings.data_dir = (cfg.parent / str(file_data_dir)).resolve()
        apply_values(settings, file_values, str(cfg), False, problems)
    env_values = _environment_values(env)
    apply_values(settings, env_values, "environment KIOSK_*", True, problems)
    over = _overrides_to_values(overrides)
    over.pop("data_dir", None)
    apply_values(settings, over, "override", False, problems)
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
        from kiosk.identity import kiosk_id_of
        settings.kiosk_id = kiosk_id_of(settings.data_dir)
        from kiosk.settings_bundle import overlay_active_bundle
        overlay_active_bundle(settings)  # the last trusted office bundle, re-verified
    return settings


def with_values(settings: Settings, values: dict, source: str = "override") -> Settings:
    """A validated copy of settings with values applied ({"idle_timeout_s": 90, "audio": {"volume": 35}});
    the original is never changed, since other threads (the outbox) may be reading it. Raises ConfigError."""
    changed = copy.deepcopy(settings)
    problems: list[str] = []
    apply_values(changed, values, source, False, problems)
    if problems:
        raise ConfigError(problems)
    return changed


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
        if f.name == "settings_bundle":
            bundle = settings.settings_bundle
            out[f.name] = bundle.version if bundle is not None else None
            continue
        value = getattr(settings, f.name)
        out[f.name] = ({k: conv(v) for k, v in dataclasses.asdict(value).items()}
                       if dataclasses.is_dataclass(value) else conv(value))
    return out
