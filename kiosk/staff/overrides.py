"""Admin-only runtime settings (idle timeout, moderation on/off, volume).

They are applied to the live Settings object and kept in the database table staff_overrides,
so they survive a restart: `apply_overrides` re-applies them when staff mode is installed.
Values are validated by the same rules as the TOML file; each change is audited.
"""
from __future__ import annotations

import json

from kiosk.config import ConfigError, _apply
from kiosk.store.audit import append_event, utc_now
from kiosk.store.db import write_transaction

# key → (section or None, field)
RUNTIME_KEYS = {"idle_timeout_s": (None, "idle_timeout_s"), "moderation": (None, "moderation"),
                "audio.volume": ("audio", "volume")}


def _set(settings, key: str, value) -> None:
    if key not in RUNTIME_KEYS:
        raise ConfigError([f"{key}: not a runtime setting; one of {', '.join(RUNTIME_KEYS)}"])
    section, name = RUNTIME_KEYS[key]
    problems: list[str] = []
    _apply(settings, {section: {name: value}} if section else {name: value}, "staff override", False, problems)
    if problems:
        raise ConfigError(problems)


def current(settings) -> dict:
    out = {}
    for key, (section, name) in RUNTIME_KEYS.items():
        out[key] = getattr(getattr(settings, section) if section else settings, name)
    return out


def set_override(db, settings, key: str, value, actor: str) -> None:
    old = current(settings).get(key)
    _set(settings, key, value)  # validates before anything is stored
    with write_transaction(db):
        db.execute("INSERT INTO staff_overrides (key, value, set_at) VALUES (?, ?, ?)"
                   " ON CONFLICT(key) DO UPDATE SET value = excluded.value, set_at = excluded.set_at",
                   [key, json.dumps(value), utc_now()])
        append_event(db, actor, "setting_changed", None, {"key": key, "from": old, "to": value})


def apply_overrides(db, settings) -> list[str]:
    """Apply stored overrides to settings; returns problems (a bad stored value is skipped)."""
    problems = []
    for key, raw in db.execute("SELECT key, value FROM staff_overrides ORDER BY key").fetchall():
        try:
            _set(settings, key, json.loads(raw))
        except (ConfigError, ValueError) as exc:
            problems.append(str(exc))
    return problems
