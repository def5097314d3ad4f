"""Admin-only runtime settings (idle timeout, moderation on/off, volume).

Each change gives a new Settings object (kiosk.config.with_values); the one other threads hold is
never changed under them: staff mode passes the new one on with its settings_changed signal.
They are kept in the database table staff_overrides, so they survive a restart: `with_stored_overrides`
applies them when staff mode is installed. Values are validated by the same rules as the TOML file;
each change is audited.
"""
from __future__ import annotations

import json

from kiosk.config import ConfigError, with_values
from kiosk.store.audit import append_event, utc_now
from kiosk.store.db import write_transaction

# key → (section or None, field)
RUNTIME_KEYS = {"idle_timeout_s": (None, "idle_timeout_s"), "moderation": (None, "moderation"),
                "audio.volume": ("audio", "volume")}


def overridden(settings, key: str, value):
    """A validated copy of settings with one runtime key changed. Raises ConfigError."""
    if key not in RUNTIME_KEYS:
        raise ConfigError([f"{key}: not a runtime setting; one of {', '.join(RUNTIME_KEYS)}"])
    section, name = RUNTIME_KEYS[key]
    return with_values(settings, {section: {name: value}} if section else {name: value}, "staff override")


def current(settings) -> dict:
    out = {}
    for key, (section, name) in RUNTIME_KEYS.items():
        out[key] = getattr(getattr(settings, section) if section else settings, name)
    return out


def set_override(db, settings, key: str, value, actor: str):
    """Store and audit one change; returns the new settings (settings itself is left as it was)."""
    old = current(settings).get(key)
    changed = overridden(settings, key, value)  # validates before anything is stored
    with write_transaction(db):
        db.execute("INSERT INTO staff_overrides (key, value, set_at) VALUES (?, ?, ?)"
                   " ON CONFLICT(key) DO UPDATE SET value = excluded.value, set_at = excluded.set_at",
                   [key, json.dumps(value), utc_now()])
        append_event(db, actor, "setting_changed", None, {"key": key, "from": old, "to": value})
    return changed


def with_stored_overrides(db, settings):
    """(settings with the stored overrides, problems); a bad stored value is skipped and named."""
    problems = []
    for key, raw in db.execute("SELECT key, value FROM staff_overrides ORDER BY key").fetchall():
        try:
            settings = overridden(settings, key, json.loads(raw))
        except (ConfigError, ValueError) as exc:
            problems.append(str(exc))
    return settings, problems
