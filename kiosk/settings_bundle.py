"""Office-signed settings bundles: what an office may change on every kiosk, and how a kiosk trusts it.

Wire form, beside the envelopes at `<prefix>/_settings/`: `bundle.json` (canonical JSON: format,
version, issued_at, expires_at, settings) and `bundle.json.sig` (base64 Ed25519 signature of those
exact bytes by the office key of `kiosk office keygen`). A kiosk verifies against `[delivery]
office_signing_key` and refuses unsigned, tampered, older, replayed (a used version with other
bytes), expired or out-of-allow-list bundles; each refusal is one audit event. The last trusted
bundle and the highest accepted version live in <data_dir>/settings_bundle/, so a restart cannot
roll back. Only an allow-list can be set: never delivery, keys or credentials (TUF-style: sign,
version, expire).
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature

from kiosk.fileio import write_atomically, write_durably

FORMAT = "citizen-tribune-settings/1"
BUNDLE_NAME, SIG_NAME = "bundle.json", "bundle.json.sig"
LANGS = ("fa", "ar", "en")
BUILTIN_TOPICS = ("traffic", "cleanliness", "green_space", "public_transport", "culture", "other")
# Settings fields a bundle may set (section → keys; "" is the top level). Nothing else, ever.
ALLOWED_SETTINGS = {
    "": ("consent_version", "idle_timeout_s"),
    "ui": ("topics", "idle_countdown_s", "receipt_timeout_s", "min_interval_s", "max_per_hour"),
    "retention": ("sent_media_days", "rejected_days"),
}
EXTRAS = ("topic_labels", "consent_text", "programme", "answered_live")
_DATE, _TIME = re.compile(r"^\d{4}-\d{2}-\d{2}$"), re.compile(r"^\d{2}:\d{2}$")
_TOPIC = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


class BundleRefused(ValueError):
    """reason: unsigned | bad_signature | malformed | older | replayed | expired | not_allowed | bad_value."""

    def __init__(self, reason: str, message: str, version: int | None = None):
        super().__init__(message)
        self.reason, self.message, self.version = reason, message, version


@dataclass(frozen=True)
class Bundle:
    version: int
    issued_at: str
    expires_at: str
    settings: dict
    sha256: str

    def expired(self, now: datetime) -> bool:
        return _parse_time(self.expires_at) <= now

    def topic_label(self, key: str, lang: str) -> str | None:
        return (self.settings.get("topic_labels", {}).get(key) or {}).get(lang)

    def consent_text(self, lang: str) -> str | None:
        return self.settings.get("consent_text", {}).get(lang)

    @property
    def programme(self) -> list[dict]:
        return list(self.settings.get("programme", []))

    @property
    def answered_live(self) -> int | None:
        return self.settings.get("answered_live")


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _parse_time(text: str) -> datetime:
    return datetime.fromisoformat(str(text).replace("Z", "+00:00"))


# ---- checking what a bundle sets ------------------------------------------------------------
def check_values(values: dict) -> None:
    """Raise BundleRefused (not_allowed / bad_value) unless every key is on the allow-list and fits."""
    from kiosk.settings_schema import Settings, apply_values
    overlay: dict[str, Any] = {}
    for key, value in values.items():
        if key in EXTRAS:
            continue
        if key in ALLOWED_SETTINGS and key:
            if not isinstance(value, dict):
                raise BundleRefused("bad_value", f"{key} must be a table")
            for sub in value:
                if sub not in ALLOWED_SETTINGS[key]:
                    raise BundleRefused("not_allowed", f"{key}.{sub} cannot be set by a settings bundle")
            overlay[key] = value
        elif key in ALLOWED_SETTINGS[""]:
            overlay[key] = value
        else:
            raise BundleRefused("not_allowed", f"{key} cannot be set by a settings bundle")
    problems: list[str] = []
    apply_values(Settings(), overlay, "bundle", False, problems)
    if problems:
        raise BundleRefused("bad_value", "; ".join(problems))
    _check_extras(values)


def _three(value: Any, what: str) -> None:
    if not isinstance(value, dict) or any(not isinstance(value.get(lang), str) or not value[lang].strip()
                                          for lang in LANGS):
        raise BundleRefused("bad_value", f"{what} needs a text in each of fa, ar and en")


def _check_extras(values: dict) -> None:
    labels = values.get("topic_labels", {})
    if not isinstance(labels, dict):
        raise BundleRefused("bad_value", "topic_labels must be a table")
    for key, texts in labels.items():
        _three(texts, f"topic_labels.{key}")
    for key in values.get("ui", {}).get("topics", []):
        if not _TOPIC.match(key):
            raise BundleRefused("bad_value", f"topic key {key!r}: lower-case letters, digits and _ only")
        if key not in BUILTIN_TOPICS and key not in labels:
            raise BundleRefused("bad_value", f"new topic {key!r} needs topic_labels.{key} in fa, ar and en")
    if "consent_text" in values:
        _three(values["consent_text"], "consent_text")
        if "consent_version" not in values:
            raise BundleRefused("bad_value", "a new consent_text needs its own consent_version")
    shows = values.get("programme", [])
    if not isinstance(shows, list) or len(shows) > 100:
        raise BundleRefused("bad_value", "programme is a list of at most 100 shows")
    for i, show in enumerate(shows):
        if not isinstance(show, dict) or not _DATE.match(str(show.get("date", ""))) \
                or not _TIME.match(str(show.get("time", ""))):
            raise BundleRefused("bad_value", f"programme[{i}] needs date = \"YYYY-MM-DD\" and time = \"HH:MM\"")
        try:
            datetime.fromisoformat(f"{show['date']}T{show['time']}")
        except ValueError:
            raise BundleRefused("bad_value", f"programme[{i}]: no such date or time") from None
        _three(show.get("title"), f"programme[{i}].title")
    answered = values.get("answered_live", 0)
    if not isinstance(answered, int) or isinstance(answered, bool) or answered < 0:
        raise BundleRefused("bad_value", "answered_live is a whole number >= 0")


# ---- signing (office) and verifying (kiosk) ---------------------------------------------------
def sign_bundle(values: dict, version: int, signing_key, issued_at: datetime,
                valid_for: timedelta) -> tuple[bytes, bytes]:
    check_values(values)
    body = {"format": FORMAT, "version": int(version), "issued_at": _iso(issued_at),
            "expires_at": _iso(issued_at + valid_for), "settings": values}
    data = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return data, base64.b64encode(signing_key.sign(data)) + b"\n"


def verify_bundle(data: bytes, sig: bytes | None, office_key: str) -> Bundle:
    """Signature, format and allow-list; not version or expiry (the caller knows its state)."""
    from kiosk.sync.keys import parse_public_key
    if not sig or not sig.strip():
        raise BundleRefused("unsigned", "the settings bundle has no signature")
    try:
        parse_public_key(office_key.strip()).verify(base64.b64decode(sig.strip(), validate=True), data)
    except (InvalidSignature, ValueError):
        raise BundleRefused("bad_signature", "the settings bundle's signature does not verify with the "
                                             "office key (tampered, or signed by another key)") from None
    try:
        body = json.loads(data)
        version = body["version"]
        if body.get("format") != FORMAT or not isinstance(version, int) or version < 1:
            raise ValueError("unknown format or version")
        _parse_time(body["issued_at"]), _parse_time(body["expires_at"])
        values = body["settings"]
        if not isinstance(values, dict):
            raise ValueError("settings is not a table")
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleRefused("malformed", f"the settings bundle cannot be read: {exc}") from None
    try:
        check_values(values)
    except BundleRefused as exc:
        exc.version = version
        raise
    return Bundle(version, body["issued_at"], body["expires_at"], values, hashlib.sha256(data).hexdigest())


# ---- the kiosk's copy ---------------------------------------------------------------------------
def bundle_dir(settings) -> Path:
    return settings.data_dir / "settings_bundle"


def load_state(settings) -> dict:
    """state.json (durable: versions and the last refusal) + checked.json (last_checked only)."""
    folder = bundle_dir(settings)
    try:
        state = json.loads((folder / "state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {"active_version": None, "active_sha256": None, "last_refused": None}
    try:
        state["last_checked"] = json.loads((folder / "checked.json").read_text(encoding="utf-8"))["last_checked"]
    except (OSError, ValueError, KeyError, TypeError):
        state["last_checked"] = None
    return state


def save_state(settings, state: dict, durable: bool = True) -> None:
    """The time of the check is rewritten every pass without fsync (losing it costs nothing); the
    versions only when they change, durably, so a power cut can never open a rollback."""
    folder = bundle_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(folder / "checked.json", json.dumps({"last_checked": state.get("last_checked")}).encode())
    if durable:
        kept = {k: v for k, v in state.items() if k != "last_checked"}
        write_durably(folder / "state.json", json.dumps(kept, indent=1).encode("utf-8"))


def read_active(settings) -> Bundle | None:
    """The stored bundle, verified again (the key may have changed); None when absent or untrusted."""
    key = settings.delivery.office_signing_key
    folder = bundle_dir(settings)
    if not key or not (folder / BUNDLE_NAME).exists():
        return None
    try:
        sig = (folder / SIG_NAME).read_bytes()
        return verify_bundle((folder / BUNDLE_NAME).read_bytes(), sig, key)
    except (OSError, BundleRefused):
        return None


def overlay(settings, bundle: Bundle) -> None:
    """Set the bundle's values on settings (the kiosk calls this between citizen sessions only)."""
    values = bundle.settings
    for key in ALLOWED_SETTINGS[""]:
        if key in values:
            setattr(settings, key, values[key])
    for section in ("ui", "retention"):
        for key, value in values.get(section, {}).items():
            setattr(getattr(settings, section), key, list(value) if isinstance(value, list) else value)
    settings.settings_bundle = bundle


def overlay_active_bundle(settings) -> Bundle | None:
    bundle = read_active(settings)
    if bundle is not None:
        overlay(settings, bundle)
    return bundle


def status(settings, now: datetime | None = None) -> dict:
    """`kiosk settings status --json`; plus whether the active one expired (it is kept, and said so)."""
    state = load_state(settings)
    out = {"active_version": state.get("active_version"), "last_checked": state.get("last_checked"),
           "last_refused": ({"version": state["last_refused"].get("version"),
                             "reason": state["last_refused"].get("reason")} if state.get("last_refused") else None)}
    active = read_active(settings)
    out["active_expired"] = bool(active and active.expired(now or datetime.now(timezone.utc)))
    out["office_key_configured"] = bool(settings.delivery.office_signing_key)
    return out


def doctor_check(settings) -> dict:
    # `message`: an id and params the staff health panel says in the staff language (ui/staff/health_words.py)
    if not settings.delivery.office_signing_key:
        return {"name": "settings_bundle", "ok": True,
                "detail": "no [delivery] office_signing_key: office settings bundles are ignored",
                "message": {"id": "bundle_no_key", "params": {}}}
    st = status(settings)
    detail = f"office settings bundle version {st['active_version'] or 'none yet'}"
    message = {"id": "bundle_active" if st["active_version"] else "bundle_none", "params":
               {"version": st["active_version"] or 0}}
    if st["active_expired"]:
        detail += " (expired: kept until the office publishes a new one)"
        message["id"] = "bundle_expired"
    if st["last_refused"]:
        detail += f"; last refused: version {st['last_refused']['version']} ({st['last_refused']['reason']})"
    return {"name": "settings_bundle", "ok": not st["active_expired"], "detail": detail, "message": message}


def accept_or_refuse(settings, store, data: bytes | None, sig: bytes | None, now: datetime) -> dict:
    """One pull: returns {"outcome": "none"|"unchanged"|"applied"|"refused"|"no_key", ...}.
    Writes the new bundle durably before the state; audits every new refusal and each acceptance."""
    from kiosk.store.audit import append_event
    from kiosk.store.db import write_transaction
    state = load_state(settings)
    state["last_checked"] = _iso(now)
    if not settings.delivery.office_signing_key:
        save_state(settings, state, durable=False)
        return {"outcome": "no_key"}
    if data is None:
        save_state(settings, state, durable=False)
        return {"outcome": "none"}
    digest = hashlib.sha256(data).hexdigest()
    # A refusal is remembered by body and signature together: a body read while the office was
    # still writing its signature is judged again once both are there.
    pair = hashlib.sha256(data + b"\0" + (sig or b"")).hexdigest()
    last_refused = state.get("last_refused") or {}
    if digest == state.get("active_sha256"):
        if read_active(settings) is None:  # our copy was lost or damaged: keep this verified one again
            _keep(settings, data, sig)
        save_state(settings, state, durable=False)
        return {"outcome": "unchanged"}
    if pair == last_refused.get("sha256"):
        save_state(settings, state, durable=False)
        return {"outcome": "refused", "reason": last_refused.get("reason"), "version": last_refused.get("version")}
    active = state.get("active_version") or 0
    try:
        bundle = verify_bundle(data, sig, settings.delivery.office_signing_key)
        if bundle.version < active:
            raise BundleRefused("older", f"version {bundle.version} is older than the active {active}")
        if bundle.version == active:
            raise BundleRefused("replayed", f"version {bundle.version} is already used by another bundle")
        if bundle.expired(now):
            raise BundleRefused("expired", f"version {bundle.version} expired at {bundle.expires_at}; "
                                           f"keeping version {active or 'none'}")
    except BundleRefused as exc:
        version = exc.version if exc.version is not None else _claimed_version(data)
        state["last_refused"] = {"version": version, "reason": exc.reason, "message": exc.message,
                                 "sha256": pair, "at": _iso(now)}
        with write_transaction(store.db):
            append_event(store.db, "sync", "settings_bundle_refused", None,
                         {"version": version, "reason": exc.reason, "message": exc.message})
        save_state(settings, state)
        return {"outcome": "refused", "reason": exc.reason, "version": version}
    _keep(settings, data, sig)
    state.update(active_version=bundle.version, active_sha256=digest)
    with write_transaction(store.db):
        append_event(store.db, "sync", "settings_bundle_accepted", None,
                     {"version": bundle.version, "sha256": digest, "expires_at": bundle.expires_at})
    save_state(settings, state)
    return {"outcome": "applied", "version": bundle.version}


def _keep(settings, data: bytes, sig: bytes | None) -> None:
    folder = bundle_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    write_durably(folder / SIG_NAME, sig or b"")
    write_durably(folder / BUNDLE_NAME, data)


def _claimed_version(data: bytes) -> int | None:
    try:
        version = json.loads(data).get("version")
        return version if isinstance(version, int) else None
    except (ValueError, AttributeError):
        return None


def next_show(shows: list[dict], now_local: datetime) -> dict | None:
    """The first show (local date and time, as the office wrote them) that has not started yet."""
    upcoming = []
    for show in shows:
        try:
            at = datetime.fromisoformat(f"{show['date']}T{show['time']}")
        except (KeyError, ValueError):
            continue
        if at >= now_local.replace(tzinfo=None):
            upcoming.append((at, show))
    return min(upcoming, key=lambda pair: pair[0])[1] if upcoming else None
