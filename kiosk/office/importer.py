"""Import envelopes into the office library from S3, a shared folder or a USB export.

Per envelope: download → kiosk.sync.envelope.verify_envelope (decrypt, zip safety, Ed25519
signature against trusted kiosks, every manifest hash) → kiosk pinning → media file → one DB
transaction. Anything refused goes to <office dir>/quarantine/ with its reason and nothing of it
enters the library. Names already seen are skipped without downloading, so a second run adds nothing.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from kiosk.fileio import write_durably
from kiosk.office.keys import OfficeKeyError, load_identity
from kiosk.office.library import Library
from kiosk.sync.envelope import MAX_BYTES, MAX_MEMBERS, EnvelopeError, verify_envelope

Progress = Callable[[int, int, str], None]  # done, total, current name
ENVELOPE_SUFFIXES = (".zip", ".zip.age")
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_KIOSK = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_TICKET = re.compile(r"^\d{4}-\d{4}$")


class ImportFailed(RuntimeError):
    """The source cannot be used at all (no bucket, no folder, no office key…)."""


@dataclass
class ImportReport:
    source: str
    listed: int = 0
    new: int = 0
    imported: list[dict] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    quarantined: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)  # not recorded: tried again next time
    indexes: list[dict] = field(default_factory=list)  # signed USB export indexes found and checked

    def as_dict(self) -> dict:
        return {"source": self.source, "listed": self.listed, "new": self.new, "imported": self.imported,
                "duplicates": self.duplicates, "quarantined": self.quarantined, "failed": self.failed,
                "indexes": self.indexes}

    def summary(self) -> str:
        text = (f"{self.source}: {self.listed} envelopes, {self.new} new; imported {len(self.imported)}, "
                f"already in the library {len(self.duplicates)}, quarantined {len(self.quarantined)}")
        text += f", could not read {len(self.failed)} (tried again next time)" if self.failed else ""
        bad = [i for i in self.indexes if not i["ok"]]
        if self.indexes:
            text += f"; export indexes checked {len(self.indexes)}, failed {len(bad)}"
            text += "".join(f"\n  {i['name']}: {i['message']}" for i in bad)
        return text


# ---- sources ------------------------------------------------------------------------------------
class FolderSource:
    """A shared folder or the kiosk's USB export: every *.zip / *.zip.age below it (not *.part)."""

    def __init__(self, root: Path):
        self.root = Path(root)
        if not self.root.is_dir():
            raise ImportFailed(f"{self.root} is not a folder (stick not mounted?)")

    def describe(self) -> str:
        return f"folder:{self.root}"

    def list(self) -> Iterator[tuple[str, int]]:
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and not path.is_symlink() and path.name.endswith(ENVELOPE_SUFFIXES):
                yield path.relative_to(self.root).as_posix(), path.stat().st_size

    def read(self, name: str, max_bytes: int) -> bytes:
        with open(self.root / name, "rb") as fh:
            return fh.read(max_bytes + 1)

    def check_export_indexes(self, trusted: list[str]) -> list[dict]:
        """A kiosk's USB export carries a signed index: it tells a stick that lost or altered an
        envelope on the way (each envelope is verified on its own as well)."""
        from kiosk.sync.envelope import EnvelopeError
        from kiosk.sync.export import verify_export_index
        results = []
        for path in sorted(self.root.rglob("*-INDEX.json")):
            name = path.relative_to(self.root).as_posix()
            try:
                index = verify_export_index(path, trusted_keys=trusted)
            except EnvelopeError as exc:
                results.append({"name": name, "ok": False, "reason": exc.reason_code, "message": str(exc)})
            except (OSError, ValueError, KeyError, IndexError) as exc:
                results.append({"name": name, "ok": False, "reason": "not_an_envelope",
                                "message": f"unreadable export index: {exc}"})
            else:
                results.append({"name": name, "ok": True, "reason": "", "message": "",
                                "envelopes": len(index["envelopes"])})
        return results


class S3Source:
    def __init__(self, bucket: str, prefix: str, endpoint_url: str | None = None, region: str | None = None,
                 client=None):
        import boto3
        import botocore.config
        self.bucket, self.prefix = bucket, prefix.strip("/")
        config = botocore.config.Config(retries={"mode": "standard", "max_attempts": 5},
                                        s3={"addressing_style": "path"} if endpoint_url else {},
                                        request_checksum_calculation="when_required",
                                        response_checksum_validation="when_required")
        self.client = client or boto3.session.Session(region_name=region or "us-east-1").client(
            "s3", endpoint_url=endpoint_url or None, config=config)
        self.label = f"s3://{bucket}/{self.prefix}" + (f" at {endpoint_url}" if endpoint_url else "")

    def describe(self) -> str:
        return self.label

    def list(self) -> Iterator[tuple[str, int]]:
        from kiosk.sync.s3 import classify
        try:
            pages = self.client.get_paginator("list_objects_v2").paginate(
                Bucket=self.bucket, Prefix=self.prefix + "/" if self.prefix else "")
            for page in pages:
                for obj in page.get("Contents", []):
                    if obj["Key"].endswith(ENVELOPE_SUFFIXES):
                        yield obj["Key"], obj["Size"]
        except Exception as exc:  # noqa: BLE001 - boto errors become words
            mapped = classify(exc, f"listing {self.label}")
            raise ImportFailed(str(mapped or exc)) from None

    def read(self, name: str, max_bytes: int) -> bytes:
        reply = self.client.get_object(Bucket=self.bucket, Key=name)
        try:
            data = reply["Body"].read(max_bytes + 1)
        finally:
            reply["Body"].close()
        # read(amt) returns what arrived when the connection closes early; a short read is a
        # transfer failure (tried again next time), not a damaged envelope to quarantine.
        promised = min(int(reply.get("ContentLength") or 0), max_bytes + 1)
        if len(data) < promised:
            raise ConnectionError(f"{len(data)} of {promised} bytes arrived before the connection closed")
        return data


def open_source(source: str, endpoint_url: str | None = None, region: str | None = None):
    if source.startswith("s3://"):
        bucket, _, prefix = source[5:].partition("/")
        if not bucket:
            raise ImportFailed("an S3 source looks like s3://bucket/prefix")
        return S3Source(bucket, prefix, endpoint_url, region)
    return FolderSource(Path(source).expanduser())


# ---- import -------------------------------------------------------------------------------------
def _quarantine(lib: Library, report: ImportReport, name: str, blob: bytes | None, digest: str,
                reason: str, message: str) -> None:
    folder = lib.quarantine_dir
    folder.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", name)[-150:]
    if blob is not None:
        (folder / safe).write_bytes(blob)
    (folder / (safe + ".reason.json")).write_text(json.dumps(
        {"name": name, "sha256": digest, "reason": reason, "message": message}, ensure_ascii=False, indent=1),
        encoding="utf-8")
    lib.record_envelope(name, digest, "quarantined", reason)
    report.quarantined.append({"name": name, "reason": reason, "message": message})


def _write_media(lib: Library, kiosk_id: str, item_id: str, member: str, data: bytes) -> str:
    ext = "".join(c for c in Path(member).suffix.lower() if c.isalnum())[:8] or "bin"
    rel = Path("media") / kiosk_id / f"{item_id}.{ext}"
    target = lib.root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    write_durably(target, data)
    return rel.as_posix()


def _values(doc: dict, verified) -> dict:
    """The library row from submission.json; ValueError when a field is unusable."""
    sid, ticket, kiosk_id = str(doc.get("id", "")), str(doc.get("ticket", "")), str(doc.get("kiosk_id", ""))
    if not (_ID.match(sid) and _TICKET.match(ticket) and _KIOSK.match(kiosk_id)):
        raise ValueError("id, ticket or kiosk id is malformed")
    consent, moderation = doc.get("consent") or {}, doc.get("moderation") or {}
    scopes = consent.get("scopes") or []
    if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
        raise ValueError("consent scopes are malformed")
    text = doc.get("text") or {}
    contact = doc.get("contact") or {}
    audio = doc.get("audio") or {}
    return {
        "id": sid, "ticket": ticket, "kiosk_id": kiosk_id, "kind": str(doc.get("kind") or "text"),
        "language": doc.get("language"), "created_at": str(doc.get("created_at") or ""),
        "submitted_at": doc.get("submitted_at"), "kiosk_status": str(moderation.get("outcome") or ""),
        "topic": doc.get("topic"), "text": text.get("raw"), "consent_version": consent.get("version"),
        "consent_scopes": scopes, "constructive": int(bool(moderation.get("constructive"))),
        "personal_data": int(bool(moderation.get("personal_data"))),
        # Contact details only ever serve the draw: kept only with the draw scope.
        "phone": contact.get("phone") if "draw" in scopes else None,
        "contact_name": contact.get("name") if "draw" in scopes else None,
        "audio_sha256": audio.get("sha256"), "audio_bytes": audio.get("size"),
        "duration_ms": audio.get("duration_ms"),
        "metadata": {"moderation": moderation, "signer": verified.signer_fingerprint,
                     "built_at": verified.manifest.get("built_at"), "encrypted": verified.encrypted},
    }


def import_one(lib: Library, name: str, blob: bytes, identity, trusted: list[str], report: ImportReport,
               max_bytes: int = MAX_BYTES, max_members: int = MAX_MEMBERS) -> None:
    digest = hashlib.sha256(blob).hexdigest()
    try:
        verified = verify_envelope(blob, [identity], trusted, max_bytes=max_bytes, max_members=max_members)
    except EnvelopeError as exc:
        _quarantine(lib, report, name, blob, digest, exc.reason_code, exc.message)
        return
    doc = verified.submission
    pinned = lib.db.execute("SELECT kiosk_id, name FROM kiosks WHERE public_key = ?",
                            [verified.signer_public_key]).fetchone()
    claimed = verified.manifest.get("kiosk_id")
    if pinned and pinned[0] and pinned[0] != claimed:
        _quarantine(lib, report, name, blob, digest, "unknown_kiosk",
                    f"the key of {pinned[1]} (kiosk {pinned[0]}) signed an envelope claiming kiosk {claimed}")
        return
    try:
        values = _values(doc, verified)
    except (ValueError, TypeError, AttributeError) as exc:
        _quarantine(lib, report, name, blob, digest, "bad_submission", f"submission.json: {exc}")
        return
    if lib.has_item(values["id"]):
        lib.record_envelope(name, digest, "duplicate", None, values["id"])
        report.duplicates.append(name)
        return
    media = None
    if verified.audio:
        member, data = verified.audio
        values["audio_file"] = media = _write_media(lib, values["kiosk_id"], values["id"], member, data)
    try:
        lib.add_item(values, name, digest)
        if pinned and not pinned[0]:
            lib.db.execute("UPDATE kiosks SET kiosk_id = ? WHERE public_key = ? AND kiosk_id IS NULL",
                           [claimed, verified.signer_public_key])
    except Exception:
        if media:
            (lib.root / media).unlink(missing_ok=True)
        raise
    report.imported.append({"name": name, "id": values["id"], "ticket": values["ticket"],
                            "kiosk_id": values["kiosk_id"]})


def import_from(lib: Library, source: str | FolderSource | S3Source, *, endpoint_url: str | None = None,
                region: str | None = None, progress: Progress | None = None, max_bytes: int = MAX_BYTES,
                max_members: int = MAX_MEMBERS) -> ImportReport:
    src = open_source(source, endpoint_url, region) if isinstance(source, str) else source
    try:
        identity = load_identity(lib.keys_dir)
    except OfficeKeyError as exc:
        raise ImportFailed(str(exc)) from None
    trusted = list(lib.trusted_kiosks())
    report = ImportReport(src.describe())
    if isinstance(src, FolderSource):
        report.indexes = src.check_export_indexes(trusted)
    listing = list(src.list())
    report.listed = len(listing)
    seen = lib.seen_names()
    todo = [(n, s) for n, s in listing if n not in seen]
    report.new = len(todo)
    for done, (name, size) in enumerate(todo):
        if progress:
            progress(done, len(todo), name)
        if size > max_bytes:  # refused before downloading a byte of it
            _quarantine(lib, report, name, None, "", "too_large", f"{size} bytes (at most {max_bytes})")
            continue
        try:
            blob = src.read(name, max_bytes)
        except Exception as exc:  # noqa: BLE001 - network or medium trouble: not the envelope's fault
            report.failed.append({"name": name, "message": f"{type(exc).__name__}: {exc}"})
            continue
        import_one(lib, name, blob, identity, trusted, report, max_bytes, max_members)
    if progress:
        progress(len(todo), len(todo), "")
    return report
