"""USB export: every undelivered envelope copied to a folder, each verified by read-back, plus a
signed index so the office can see the stick is complete and came from this kiosk.

`export_envelopes(settings, target, progress)` is what the staff panel's button runs (through
ui.tasks.run_task); `kiosk export --to DIR` wraps it with a rich progress bar.
"""
from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from cryptography.exceptions import InvalidSignature

from kiosk.store import open_store
from kiosk.store.audit import utc_now
from kiosk.sync import encryption_guard, heartbeat, outbox
from kiosk.sync.destinations import DeliveryError, FolderDestination, read_back_sha256
from kiosk.sync.envelope import EnvelopeError, sha256_hex
from kiosk.sync.keys import fingerprint_of, load_signing_key, parse_public_key, public_key_b64
from kiosk.sync.worker import outbox_lock

log = logging.getLogger("kiosk.sync.export")

INDEX_FORMAT = "citizen-tribune-export-index"
INDEX_VERSION = 1
# progress(done, total, submission_id or None): called after each verified copy and once at the start.
ExportProgress = Callable[[int, int, str | None], None]


class ExportError(RuntimeError):
    """The export could not start (no key, target missing); the message is for staff."""


@dataclass
class ExportResult:
    total: int = 0
    exported: int = 0
    errors: list[str] = field(default_factory=list)
    index_path: Path | None = None
    held: int = 0  # personal data not copied: no office recipient to encrypt to
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"total": self.total, "exported": self.exported, "errors": self.errors,
                "index": str(self.index_path) if self.index_path else None, "held": self.held,
                "warnings": self.warnings}


def export_envelopes(settings, target: str | Path, progress: ExportProgress | None = None, *,
                     mark_sent: bool = False) -> ExportResult:
    """Copy all undelivered envelopes to target. mark_sent: the stick is this site's delivery
    route, so each verified copy counts as delivered (otherwise items stay pending for sync)."""
    target = Path(target)
    result = ExportResult()
    with outbox_lock(settings, wait=True):  # never build an envelope while a sync pass builds it
        store = open_store(settings)
        try:
            key = load_signing_key(settings)
        except Exception as exc:  # noqa: BLE001 - SigningKeyError carries the words
            raise ExportError(str(exc)) from None
        dest = FolderDestination(target)
        try:
            dest.prepare()
        except DeliveryError as exc:
            raise ExportError(str(exc)) from None
        ids = outbox.pending_ids(store, settings)
        held = set(encryption_guard.held_ids(store, settings, ids))
        ids = [sid for sid in ids if sid not in held]  # a stick is a delivery too: personal data waits
        result.held = len(held)
        if held:
            result.warnings.append(encryption_guard.held_message(len(held)))
        result.total = len(ids)
        if progress:
            progress(0, result.total, None)
        entries = []
        for sid in ids:
            try:
                env = outbox.ensure_envelope(store, settings, sid, key)
                receipt = dest.deliver(env.object_key, env.path, env.sha256, env.size)
            except DeliveryError as exc:
                result.errors.append(str(exc))
                break  # a full or pulled stick fails every further copy the same way
            except (OSError, ValueError) as exc:
                result.errors.append(f"{sid}: {exc}")
                continue
            outbox.record_delivery(store, env, f"export:{target}", receipt.key, kind="export",
                                   mark_sent=mark_sent)
            entries.append({"submission_id": sid, "key": receipt.key, "sha256": env.sha256, "size": env.size})
            result.exported += 1
            if progress:
                progress(result.exported, result.total, sid)
        if result.exported and not encryption_guard.encrypting(settings):
            result.warnings.append(encryption_guard.plaintext_message(result.exported))
        if result.total:
            try:
                result.index_path = _write_index(settings, target, key, entries)
            except OSError as exc:
                result.errors.append(f"the index could not be written: {exc.strerror or exc}")
        try:  # the stick carries this kiosk's latest signed status to the office's fleet view
            heartbeat.send(settings, dest, store, key)
        except Exception as exc:  # noqa: BLE001 - a heartbeat never fails an export
            log.warning("no heartbeat on the export: %s", exc)
    return result


def _write_index(settings, target: Path, key, entries: list[dict]) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    base = outbox.kiosk_prefix(settings) + f"exports/{stamp}-INDEX.json"
    index = {"format": INDEX_FORMAT, "version": INDEX_VERSION, "kiosk_id": settings.kiosk_id,
             "exported_at": utc_now(), "envelopes": entries, "index_key": base,
             "signer": {"algorithm": "ed25519", "public_key": public_key_b64(key.public_key()),
                        "fingerprint": fingerprint_of(key.public_key())}}
    data = json.dumps(index, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    sig = key.sign(data)
    dest = FolderDestination(target)
    for name, blob in ((base, data), (base + ".sig", sig)):
        staging = outbox.envelopes_dir(settings) / (Path(name).name)
        staging.parent.mkdir(parents=True, exist_ok=True)
        staging.write_bytes(blob)
        try:
            dest.deliver(name, staging, sha256_hex(blob), len(blob))
        except DeliveryError as exc:
            raise OSError(str(exc)) from None
        finally:
            staging.unlink(missing_ok=True)
    return target.joinpath(*base.split("/"))


def verify_export_index(index_path: str | Path, trusted_keys: Iterable | None = None) -> dict:
    """For the office: check the index signature and that every listed envelope is on the stick.

    Returns the index; raises EnvelopeError (bad_signature, unknown_kiosk, manifest_mismatch)."""
    index_path = Path(index_path)
    data = index_path.read_bytes()
    sig = index_path.with_name(index_path.name + ".sig").read_bytes()
    index = json.loads(data)
    public = parse_public_key(index["signer"]["public_key"])
    try:
        public.verify(sig, data)
    except InvalidSignature:
        raise EnvelopeError("bad_signature", "the export index signature does not verify") from None
    if trusted_keys is not None:
        raws = {base64.b64decode(public_key_b64(parse_public_key(k))) for k in trusted_keys}
        if base64.b64decode(index["signer"]["public_key"]) not in raws:
            raise EnvelopeError("unknown_kiosk", "the export index was signed by an unknown key")
    root = index_path.parents[len(index["index_key"].split("/")) - 1]  # keys are relative to the stick
    for entry in index["envelopes"]:
        path = root.joinpath(*entry["key"].split("/"))
        if not path.exists() or read_back_sha256(path) != (entry["sha256"], entry["size"]):
            raise EnvelopeError("manifest_mismatch", f"{entry['key']} is missing or differs from the index")
    return index
