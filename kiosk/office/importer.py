"""Import envelopes into the office library from S3, a shared folder or a USB export.

Per envelope: download → kiosk.sync.envelope.verify_envelope (decrypt, zip safety, Ed25519
signature by the key pinned to the kiosk id it claims, every manifest hash) → submission.json
checked field by field → media file → one DB transaction. Anything refused goes to
<office dir>/quarantine/ with its reason and nothing of it enters the library; the run goes on.
An envelope is remembered by name and by how the source listed it (size + ETag or mtime): an
unchanged one is skipped without downloading, a changed one (a truncated copy since completed)
is read again. Two imports may run at once: each envelope enters the library exactly once.
"""
from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from kiosk.fileio import write_durably
from kiosk.office.database import RefusedValue
from kiosk.office.ids import inside
from kiosk.office.keys import OfficeKeyError, load_identity
from kiosk.office.library import DuplicateItem, Library, TicketTaken
from kiosk.office.submission import BadSubmission, library_values
from kiosk.sync.envelope import MAX_BYTES, MAX_MEMBERS, EnvelopeError, verify_envelope
from kiosk.sync.heartbeat import STATUS_NAME

Progress = Callable[[int, int, str], None]  # done, total, current name
ENVELOPE_SUFFIXES = (".zip", ".zip.age")


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
    warnings: list[str] = field(default_factory=list)  # e.g. a kiosk that sends plaintext envelopes
    heartbeats: list[dict] = field(default_factory=list)  # kiosk heartbeats read (kiosk.office.fleet)

    def as_dict(self) -> dict:
        return {"source": self.source, "listed": self.listed, "new": self.new, "imported": self.imported,
                "duplicates": self.duplicates, "quarantined": self.quarantined, "failed": self.failed,
                "indexes": self.indexes, "warnings": self.warnings, "heartbeats": self.heartbeats}

    def summary(self) -> str:
        text = (f"{self.source}: {self.listed} envelopes, {self.new} new; imported {len(self.imported)}, "
                f"already in the library {len(self.duplicates)}, quarantined {len(self.quarantined)}")
        text += f", could not read {len(self.failed)} (tried again next time)" if self.failed else ""
        bad = [i for i in self.indexes if not i["ok"]]
        if self.indexes:
            text += f"; export indexes checked {len(self.indexes)}, failed {len(bad)}"
            text += "".join(f"\n  {i['name']}: {i['message']}" for i in bad)
        text += "".join(f"\n  WARNING: {w}" for w in self.warnings)
        refused = [h for h in self.heartbeats if not h["ok"]]
        if self.heartbeats:
            text += f"; heartbeats read {len(self.heartbeats) - len(refused)}, refused {len(refused)}"
            text += "".join(f"\n  heartbeat {h['name']} refused: {h['reason']} — {h['message']}" for h in refused)
        return text


# ---- sources ------------------------------------------------------------------------------------
class FolderSource:
    """A shared folder or the kiosk's USB export: every *.zip / *.zip.age below it (not *.part)."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.heartbeats: list[tuple[str, str]] = []  # (name, file time) of each _status.json listed
        if not self.root.is_dir():
            raise ImportFailed(f"{self.root} is not a folder (stick not mounted?)")

    def describe(self) -> str:
        return f"folder:{self.root}"

    def list(self) -> Iterator[tuple[str, int, str]]:
        """(name, size, listing): a copy still growing or rewritten lists differently."""
        self.heartbeats = []
        for path in sorted(self.root.rglob("*")):
            if path.name == STATUS_NAME and path.is_file() and not path.is_symlink():
                self.heartbeats.append((path.relative_to(self.root).as_posix(), _file_time(path)))
            elif path.is_file() and not path.is_symlink() and path.name.endswith(ENVELOPE_SUFFIXES):
                st = path.stat()
                yield path.relative_to(self.root).as_posix(), st.st_size, f"size={st.st_size} mtime_ns={st.st_mtime_ns}"

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
        self.heartbeats: list[tuple[str, str]] = []  # (key, LastModified) of each _status.json listed
        config = botocore.config.Config(retries={"mode": "standard", "max_attempts": 5},
                                        s3={"addressing_style": "path"} if endpoint_url else {},
                                        request_checksum_calculation="when_required",
                                        response_checksum_validation="when_required")
        self.client = client or boto3.session.Session(region_name=region or "us-east-1").client(
            "s3", endpoint_url=endpoint_url or None, config=config)
        self.label = f"s3://{bucket}/{self.prefix}" + (f" at {endpoint_url}" if endpoint_url else "")

    def describe(self) -> str:
        return self.label

    def list(self) -> Iterator[tuple[str, int, str]]:
        from kiosk.sync.s3 import classify
        try:
            pages = self.client.get_paginator("list_objects_v2").paginate(
                Bucket=self.bucket, Prefix=self.prefix + "/" if self.prefix else "")
            self.heartbeats = []
            for page in pages:
                for obj in page.get("Contents", []):
                    if obj["Key"].endswith("/" + STATUS_NAME):
                        self.heartbeats.append((obj["Key"], _utc_text(obj["LastModified"])))
                    elif obj["Key"].endswith(ENVELOPE_SUFFIXES):
                        yield obj["Key"], obj["Size"], f"size={obj['Size']} etag={obj.get('ETag', '')}"
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


def _utc_text(dt) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _file_time(path: Path) -> str:
    return _utc_text(datetime.fromtimestamp(path.stat().st_mtime, timezone.utc))


def open_source(source: str, endpoint_url: str | None = None, region: str | None = None):
    if source.startswith("s3://"):
        bucket, _, prefix = source[5:].partition("/")
        if not bucket:
            raise ImportFailed("an S3 source looks like s3://bucket/prefix")
        return S3Source(bucket, prefix, endpoint_url, region)
    return FolderSource(Path(source).expanduser())


# ---- import -------------------------------------------------------------------------------------
def _quarantine(lib: Library, report: ImportReport, name: str, blob: bytes | None, digest: str,
                reason: str, message: str, listing: str | None = None) -> None:
    folder = lib.quarantine_dir
    folder.mkdir(parents=True, exist_ok=True)
    # a/b.zip and a_b.zip must not share a file, nor two versions of one name: both hashes in it.
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", name)[-120:].lstrip(".") or "envelope"
    name_hash = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    stem = f"{safe}.{name_hash}.{digest[:10] or 'unread'}"
    if blob is not None:
        write_durably(inside(folder, stem), blob)
    write_durably(inside(folder, stem + ".reason.json"), json.dumps(
        {"name": name, "sha256": digest, "reason": reason, "message": message}, ensure_ascii=False,
        indent=1).encode("utf-8"))
    lib.record_envelope(name, digest, "quarantined", reason, listing=listing)
    report.quarantined.append({"name": name, "reason": reason, "message": message, "file": f"quarantine/{stem}"})


def _write_media(lib: Library, kiosk_id: str, item_id: str, member: str, data: bytes) -> str:
    """media/<kiosk id>/<id>.<ext>, in the office dir (proven inside media/: the ids are checked
    already, this is the second lock) or the media bucket."""
    ext = "".join(c for c in Path(member).suffix.lower() if c.isascii() and c.isalnum())[:8] or "bin"
    rel = f"media/{kiosk_id}/{item_id}.{ext}"
    lib.media.put(rel, data)
    return rel


def _unreferenced(lib: Library, media: str) -> bool:
    return lib.db.execute("SELECT 1 FROM items WHERE audio_file = ?", [media]).fetchone() is None


def import_one(lib: Library, name: str, blob: bytes, identity, trusted: dict[str, list[str]],
               report: ImportReport, max_bytes: int = MAX_BYTES, max_members: int = MAX_MEMBERS,
               listing: str | None = None) -> None:
    """trusted: kiosk id → its pinned public keys (Library.keys_by_kiosk): a key speaks only for
    the kiosk id it was trusted as."""
    digest = hashlib.sha256(blob).hexdigest()
    try:
        verified = verify_envelope(blob, [identity], trusted, max_bytes=max_bytes, max_members=max_members)
    except EnvelopeError as exc:
        _quarantine(lib, report, name, blob, digest, exc.reason_code, exc.message, listing)
        return
    try:
        values = library_values(verified.submission, verified.signer_fingerprint,
                                verified.manifest.get("built_at"), verified.encrypted)
    except BadSubmission as exc:
        _quarantine(lib, report, name, blob, digest, "bad_submission", f"submission.json: {exc}", listing)
        return
    if lib.has_item(values["id"]):
        lib.record_envelope(name, digest, "duplicate", None, values["id"], listing)
        report.duplicates.append(name)
        return
    media = None
    try:
        if verified.audio:
            member, data = verified.audio
            values["audio_file"] = media = _write_media(lib, values["kiosk_id"], values["id"], member, data)
        lib.add_item(values, name, digest, listing)
    except DuplicateItem:  # another import added it meanwhile; the media file is the same bytes
        lib.record_envelope(name, digest, "duplicate", None, values["id"], listing)
        report.duplicates.append(name)
        return
    except (TicketTaken, *RefusedValue, ValueError, OverflowError) as exc:  # a field validation missed
        if media and _unreferenced(lib, media):
            lib.media.delete(media)
        _quarantine(lib, report, name, blob, digest, "bad_submission", f"submission.json: {exc}", listing)
        return
    except BaseException:
        if media and _unreferenced(lib, media):
            lib.media.delete(media)
        raise
    report.imported.append({"name": name, "id": values["id"], "ticket": values["ticket"],
                            "kiosk_id": values["kiosk_id"]})
    if not verified.encrypted:
        report.warnings.append(f"{name} was not encrypted (plain zip): kiosk {values['kiosk_id']} has no office "
                               "recipient set; give it the recipient from `kiosk office keygen`")


STALE_PART_SECONDS = 3600


def _sweep_stale_parts(lib: Library) -> None:
    """Temp files of an import that was killed: unique per writer, so nobody else overwrites them.
    Only old ones go; a recent one may belong to an import running right now."""
    cutoff = time.time() - STALE_PART_SECONDS
    for folder in (lib.media_dir, lib.quarantine_dir):
        for part in folder.rglob("*.part") if folder.is_dir() else ():
            try:
                if part.is_file() and part.stat().st_mtime < cutoff:
                    part.unlink()
            except OSError:
                pass  # gone already (another import swept it) or not ours to remove


def _to_read(lib: Library, listing: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """Listings not seen before. Rows recorded before listings were kept skip by name, except
    quarantined ones: those are read again (a truncated copy may be complete by now)."""
    seen = lib.seen_listings()
    legacy = {n for n, v in seen if v is None} - {r[0] for r in lib.db.execute(
        "SELECT name FROM envelopes WHERE listing IS NULL AND outcome = 'quarantined'")}
    return [(n, s, v) for n, s, v in listing if (n, v) not in seen and n not in legacy]


def _read_and_import(lib: Library, src, report: ImportReport, name: str, size: int, version: str, identity,
                     trusted: dict[str, list[str]], max_bytes: int, max_members: int) -> None:
    if size > max_bytes:  # refused before downloading a byte of it
        _quarantine(lib, report, name, None, "", "too_large", f"{size} bytes (at most {max_bytes})", version)
        return
    try:
        blob = src.read(name, max_bytes)
    except Exception as exc:  # noqa: BLE001 - network or medium trouble: not the envelope's fault
        report.failed.append({"name": name, "message": f"{type(exc).__name__}: {exc}"})
        return
    if lib.note_listing(name, hashlib.sha256(blob).hexdigest(), version):  # same bytes, listed anew
        return
    import_one(lib, name, blob, identity, trusted, report, max_bytes, max_members, version)


def import_from(lib: Library, source: str | FolderSource | S3Source, *, endpoint_url: str | None = None,
                region: str | None = None, progress: Progress | None = None, max_bytes: int = MAX_BYTES,
                max_members: int = MAX_MEMBERS) -> ImportReport:
    src = open_source(source, endpoint_url, region) if isinstance(source, str) else source
    try:
        identity = load_identity(lib.keys_dir)
    except OfficeKeyError as exc:
        raise ImportFailed(str(exc)) from None
    trusted = lib.keys_by_kiosk()
    _sweep_stale_parts(lib)
    report = ImportReport(src.describe())
    if isinstance(src, FolderSource):
        report.indexes = src.check_export_indexes([k for keys in trusted.values() for k in keys])
    listing = list(src.list())
    report.listed = len(listing)
    todo = _to_read(lib, listing)
    report.new = len(todo)
    for done, (name, size, version) in enumerate(todo):
        if progress:
            progress(done, len(todo), name)
        # An import running at once is reading it right now (PostgreSQL), or has recorded it: next one.
        with lib.db.claim(f"import:{name}") as ours:
            if ours and not lib.listing_recorded(name, version):
                _read_and_import(lib, src, report, name, size, version, identity, trusted, max_bytes, max_members)
    from kiosk.office.fleet import import_heartbeats
    report.heartbeats = import_heartbeats(lib, src, trusted)
    if progress:
        progress(len(todo), len(todo), "")
    return report
