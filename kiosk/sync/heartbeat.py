"""The kiosk's signed heartbeat and its settings-bundle pull, run after every outbox pass.

`<prefix>/<kiosk-id>/_status.json` (+ `_status.json.sig`, base64 Ed25519 by the kiosk signing key)
says how the kiosk is: versions, clock, uptime, counts per status, oldest unsent age, disk, the
microphone as the last doctor/mic check found it, the last delivery error in words. Counts and
states only: no citizen data. The latest copy stays in <data_dir>/heartbeat/ for the USB export.
Nothing here may stop a delivery: `after_pass` catches and logs everything.
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import time
from datetime import datetime, timezone
from pathlib import Path

from kiosk import __version__
from kiosk.fileio import write_atomically, write_durably

log = logging.getLogger("kiosk.sync.heartbeat")
FORMAT = "citizen-tribune-status/1"
STATUS_NAME, SIG_NAME = "_status.json", "_status.json.sig"
_STARTED = time.monotonic()  # this process's start, for uptime
UNSENT = ("submitted", "approved")


def heartbeat_dir(settings) -> Path:
    return settings.data_dir / "heartbeat"


def status_key(settings) -> str:
    from kiosk.sync.outbox import kiosk_prefix
    return kiosk_prefix(settings) + STATUS_NAME


def settings_key(settings, name: str) -> str:
    prefix = settings.delivery.prefix.strip("/")
    return (prefix + "/" if prefix else "") + "_settings/" + name


# ---- microphone state (written by doctor and the staff mic check) -------------------------------
def record_mic_state(settings, ok: bool | None, detail: str) -> None:
    try:
        heartbeat_dir(settings).mkdir(parents=True, exist_ok=True)
        write_durably(heartbeat_dir(settings) / "microphone.json", json.dumps(
            {"ok": ok, "detail": detail, "checked_at": _iso(datetime.now(timezone.utc))}).encode("utf-8"))
    except OSError as exc:
        log.warning("could not record the microphone state: %s", exc)


def _mic_state(settings) -> dict:
    try:
        return json.loads((heartbeat_dir(settings) / "microphone.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"ok": None, "detail": "not checked yet", "checked_at": None}


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


# ---- the status ---------------------------------------------------------------------------------
def build_status(settings, store, now: datetime, last_error: str | None) -> dict:
    from kiosk.diskspace import free_mb
    counts = store.counts_by_status()
    counts.pop("draft")
    oldest = store.db.execute("SELECT MIN(submitted_at) FROM submissions WHERE status IN (?, ?)", list(UNSENT)).fetchone()[0]
    oldest_s = max(0, int(now.timestamp() - datetime.fromisoformat(oldest.replace("Z", "+00:00")).timestamp())) \
        if oldest else None
    try:
        disk = round(free_mb(settings.data_dir))
    except OSError:
        disk = None
    bundle = settings.settings_bundle
    return {"format": FORMAT, "kiosk_id": settings.kiosk_id, "software_version": __version__,
            "settings_version": bundle.version if bundle is not None else None,
            "consent_version": settings.consent_version, "utc": _iso(now),
            "uptime_s": int(time.monotonic() - _STARTED), "counts": counts,
            "pending": counts["submitted"] + counts["approved"], "oldest_unsent_s": oldest_s,
            "disk_free_mb": disk, "disk_warn_mb": settings.disk.warn_free_mb,
            "microphone": _mic_state(settings), "last_delivery_error": last_error,
            "heartbeat_s": settings.delivery.heartbeat_s, "backlog_warn_s": settings.delivery.backlog_warn_s}


def write_local(settings, status: dict, signing_key) -> tuple[Path, Path]:
    """Sign and keep the latest status in the data dir (what the destination and a USB export get)."""
    data = json.dumps(status, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    sig = base64.b64encode(signing_key.sign(data)) + b"\n"
    folder = heartbeat_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(folder / STATUS_NAME, data)  # rewritten every pass: no fsync needed
    write_atomically(folder / SIG_NAME, sig)
    return folder / STATUS_NAME, folder / SIG_NAME


def send(settings, dest, store, signing_key, last_error: str | None = None,
         now: datetime | None = None) -> int:
    """Build, sign, keep and deliver one heartbeat; returns the bytes sent. Raises on failure."""
    status = build_status(settings, store, now or datetime.now(timezone.utc), last_error)
    paths = write_local(settings, status, signing_key)
    key = status_key(settings)
    sent = 0
    for path, name in ((paths[1], key + ".sig"), (paths[0], key)):  # signature first: never a lone body
        data = path.read_bytes()
        dest.deliver(name, path, hashlib.sha256(data).hexdigest(), len(data), retry=False)
        sent += len(data)
    return sent


# ---- reading the office's bundle from the destination --------------------------------------------
def fetch(dest, key: str) -> bytes | None:
    """Bytes of key at the destination, None when it is not there."""
    from kiosk.sync.destinations import FolderDestination
    if isinstance(dest, FolderDestination):
        try:
            return dest.root.joinpath(*key.split("/")).read_bytes()
        except FileNotFoundError:
            return None
    import botocore.exceptions
    try:
        body = dest.client.get_object(Bucket=dest.bucket, Key=key)["Body"]
    except botocore.exceptions.ClientError as exc:
        if str(exc.response.get("Error", {}).get("Code")) in ("404", "NoSuchKey", "NotFound"):
            return None
        raise
    try:
        return body.read(1 << 20)
    finally:
        body.close()


def pull_bundle(settings, dest, store, now: datetime | None = None) -> dict:
    from kiosk.settings_bundle import BUNDLE_NAME, SIG_NAME as BUNDLE_SIG, accept_or_refuse
    if not settings.delivery.office_signing_key:
        return accept_or_refuse(settings, store, None, None, now or datetime.now(timezone.utc))
    data = fetch(dest, settings_key(settings, BUNDLE_NAME))
    sig = fetch(dest, settings_key(settings, BUNDLE_SIG)) if data is not None else None
    return accept_or_refuse(settings, store, data, sig, now or datetime.now(timezone.utc))


def after_pass(settings, store, dest, signing_key, result) -> None:
    """The outbox worker's hook: bundle first (the heartbeat then shows its version), then the
    heartbeat. Failures are logged and noted in the result's words, never raised."""
    try:
        pull_bundle(settings, dest, store)
    except Exception as exc:  # noqa: BLE001 - a bundle problem never blocks deliveries
        log.warning("settings bundle not checked: %s", exc)
    first = next((e for e in result.errors if e["permanent"]), result.errors[0] if result.errors else None)
    try:
        send(settings, dest, store, signing_key, first["error"] if first else None)
    except Exception as exc:  # noqa: BLE001
        log.warning("heartbeat not sent: %s", exc)


def beat_between_passes(settings, store) -> None:
    """`[delivery] heartbeat_s` shorter than the pass interval: a heartbeat on its own."""
    from kiosk.sync.keys import load_signing_key
    from kiosk.sync.outbox import make_destination
    try:
        dest = make_destination(settings)
        try:
            dest.prepare()
            send(settings, dest, store, load_signing_key(settings))  # the worker's kept connection
        finally:
            dest.close()
    except Exception as exc:  # noqa: BLE001
        log.warning("heartbeat not sent: %s", exc)
