"""The envelope: one submission as a signed zip, age-encrypted to the office (docs/envelope.md).

Building is the kiosk's side; `verify_envelope` is shared with the office import, so it takes
plain bytes or a path and raises `EnvelopeError(reason_code, message)` for anything it refuses.
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import stat
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable, Mapping

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.sync.keys import fingerprint_of, parse_public_key, public_key_b64

FORMAT = "citizen-tribune-envelope"
SUBMISSION_FORMAT = "citizen-tribune-submission"
FORMAT_VERSION = 1
SUBMISSION_JSON, MANIFEST, SIGNATURE = "submission.json", "MANIFEST.json", "MANIFEST.json.sig"
AGE_MAGIC = b"age-encryption.org/v1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_MEMBERS = 8
MAX_BYTES = 512 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024  # a manifest lists at most MAX_MEMBERS files: a few hundred bytes each
MAX_SUBMISSION_BYTES = 1024 * 1024  # text and metadata only; the audio is its own member
SIGNATURE_BYTES = 64  # a raw Ed25519 signature
_CHUNK = 64 * 1024
REASON_CODES = ("decrypt_failed", "bad_signature", "unknown_kiosk", "manifest_mismatch", "unsafe_member",
                "too_large", "truncated", "not_an_envelope")


class EnvelopeError(Exception):
    """An envelope was refused. reason_code is one of REASON_CODES; message is for people."""

    def __init__(self, reason_code: str, message: str):
        super().__init__(f"{reason_code}: {message}")
        self.reason_code, self.message = reason_code, message


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


# ---- building ---------------------------------------------------------------------------------
def parse_recipients(values: Iterable[str]) -> list:
    """age recipients from settings (`age1…`, or `ssh-ed25519 …`); ValueError names the bad one."""
    out = []
    for text in values:
        text = text.strip()
        try:
            out.append(pyrage.ssh.Recipient.from_str(text) if text.startswith("ssh-")
                       else pyrage.x25519.Recipient.from_str(text))
        except Exception:  # noqa: BLE001 - pyrage raises its own RecipientError/ValueError
            raise ValueError(f"[delivery] office_recipients: {text[:24]!r}… is not an age recipient "
                             "(expected age1… from the office's `age-keygen`)") from None
    return out


def envelope_suffix(settings) -> str:
    return ".zip.age" if settings.delivery.office_recipients else ".zip"


def audio_member_name(audio_path: str | Path) -> str:
    ext = "".join(c for c in Path(audio_path).suffix.lower() if c.isalnum())[:8]
    return f"audio.{ext or 'bin'}"


def submission_document(sub, status_at_build: str) -> dict:
    """What leaves the kiosk: phone and name only when the citizen gave the "draw" scope."""
    row = sub.row
    scopes = json.loads(row["consent_scopes"])
    doc: dict[str, Any] = {
        "format": SUBMISSION_FORMAT, "version": FORMAT_VERSION,
        "id": row["id"], "ticket": row["ticket"], "kiosk_id": row["kiosk_id"], "kind": row["kind"],
        "language": row["language"], "created_at": row["created_at"], "submitted_at": row["submitted_at"],
        "consent": {"version": row["consent_version"], "scopes": scopes},
        "moderation": {
            "outcome": "approved" if status_at_build == "approved" else "not_moderated",
            "by": row["moderated_by"], "at": row["moderated_at"],
            "constructive": bool(row["constructive"]), "personal_data": bool(row["personal_data"]),
        },
        "topic": row["topic"],
        "text": ({"raw": row["text"], "display": row["text_display"]} if row["text"] is not None else None),
        "audio": None,
    }
    if "draw" in scopes:
        doc["contact"] = {"phone": row["phone"], "name": row["contact_name"]}
    return doc


def _zip_time(iso: str) -> tuple:
    try:
        t = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        return (max(t.year, 1980), t.month, t.day, t.hour, t.minute, t.second)
    except (ValueError, AttributeError):
        return (1980, 1, 1, 0, 0, 0)


def build_envelope(sub, status_at_build: str, audio_path: Path | None, signing_key: Ed25519PrivateKey,
                   recipients: list, built_at: str) -> bytes:
    """The envelope bytes: a signed zip, age-encrypted when recipients are given."""
    doc = submission_document(sub, status_at_build)
    members: list[tuple[str, bytes, int]] = []
    if audio_path is not None:
        audio = audio_path.read_bytes()
        name = audio_member_name(audio_path)
        doc["audio"] = {"member": name, "sha256": sha256_hex(audio), "size": len(audio),
                        "duration_ms": sub.row["duration_ms"]}
        members.append((name, audio, zipfile.ZIP_STORED))  # already compressed (Opus); not worth the CPU
    members.insert(0, (SUBMISSION_JSON, _json_bytes(doc), zipfile.ZIP_DEFLATED))
    public = signing_key.public_key()
    manifest = {
        "format": FORMAT, "version": FORMAT_VERSION, "kiosk_id": sub.row["kiosk_id"],
        "submission_id": sub.row["id"], "built_at": built_at,
        "signer": {"algorithm": "ed25519", "public_key": public_key_b64(public),
                   "fingerprint": fingerprint_of(public)},
        "files": [{"name": n, "sha256": sha256_hex(d), "size": len(d)} for n, d, _ in members],
    }
    manifest_bytes = _json_bytes(manifest)
    members.append((MANIFEST, manifest_bytes, zipfile.ZIP_DEFLATED))
    members.append((SIGNATURE, signing_key.sign(manifest_bytes), zipfile.ZIP_STORED))
    buf = io.BytesIO()
    stamp = _zip_time(sub.row["created_at"])
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data, method in members:
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = method
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, data)
    plain = buf.getvalue()
    return pyrage.encrypt(plain, recipients) if recipients else plain


# ---- verifying --------------------------------------------------------------------------------
@dataclass
class VerifiedEnvelope:
    manifest: dict
    submission: dict
    members: dict[str, bytes]
    signer_public_key: str
    signer_fingerprint: str
    trusted: bool  # False only when verify_envelope was called without trusted_keys
    encrypted: bool

    @property
    def audio(self) -> tuple[str, bytes] | None:
        info = self.submission.get("audio")
        return (info["member"], self.members[info["member"]]) if info else None


def _identities(values) -> list:
    out = []
    for value in values or []:
        if isinstance(value, str):
            try:
                value = pyrage.x25519.Identity.from_str(value.strip())
            except Exception:  # noqa: BLE001
                raise EnvelopeError("decrypt_failed", "an office identity is not a valid age secret key") from None
        out.append(value)
    return out


def _load(data: bytes | str | Path, max_bytes: int) -> bytes:
    if isinstance(data, (bytes, bytearray, memoryview)):
        blob = bytes(data)
    else:
        path = Path(data)
        try:
            if path.stat().st_size > max_bytes:
                raise EnvelopeError("too_large", f"{path.name} is larger than {max_bytes} bytes")
            blob = path.read_bytes()
        except OSError as exc:
            raise EnvelopeError("truncated", f"cannot read {path}: {exc.strerror or exc}") from None
    if len(blob) > max_bytes:
        raise EnvelopeError("too_large", f"the envelope is larger than {max_bytes} bytes")
    return blob


def _safe_name(info: zipfile.ZipInfo) -> bool:
    name = info.filename
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name or "/" in name:
        return False  # the format is flat: no folders, no absolute paths, no drive letters
    if name in (".", "..") or "\x00" in name:
        return False
    return not stat.S_ISLNK(info.external_attr >> 16)


def _check_directory(infos: list[zipfile.ZipInfo], max_members: int, max_bytes: int) -> None:
    """Everything the central directory alone can tell, before a byte is decompressed."""
    if len(infos) > max_members:
        raise EnvelopeError("too_large", f"{len(infos)} members (at most {max_members})")
    if sum(i.file_size for i in infos) > max_bytes:
        raise EnvelopeError("too_large", f"members unpack to more than {max_bytes} bytes")
    seen: set[str] = set()
    for info in infos:
        if not _safe_name(info) or info.filename in seen:
            raise EnvelopeError("unsafe_member", f"member {info.filename!r} is not allowed in an envelope")
        seen.add(info.filename)
    for name, cap in ((MANIFEST, MAX_MANIFEST_BYTES), (SIGNATURE, SIGNATURE_BYTES)):
        info = next((i for i in infos if i.filename == name), None)
        if info is not None and info.file_size > cap:
            raise EnvelopeError("too_large", f"{name} declares {info.file_size} bytes (at most {cap})")


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, code: str) -> tuple[bytes, str]:
    """The member's bytes and SHA-256, decompressed in chunks and never beyond `cap` (nor beyond the
    size its header declares): a zip bomb costs one chunk of memory, not its unpacked size."""
    digest, chunks, total = hashlib.sha256(), [], 0
    limit = min(cap, info.file_size)
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(min(_CHUNK, limit + 1 - total)):
                total += len(chunk)
                if total > limit:
                    raise EnvelopeError("too_large" if total > cap else code,
                                        f"member {info.filename} unpacks to more than it declares")
                digest.update(chunk)
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise EnvelopeError(code, f"member {info.filename} is damaged ({exc})") from None
    if total != info.file_size:
        raise EnvelopeError(code, f"member {info.filename} has the wrong size")
    return b"".join(chunks), digest.hexdigest()


def _trusted(trusted_keys, kiosk_id: str, signer_raw: bytes) -> bool:
    if isinstance(trusted_keys, Mapping):
        keys = trusted_keys.get(kiosk_id, [])
        keys = [keys] if isinstance(keys, (str, bytes, Ed25519PublicKey)) else list(keys)
    else:
        keys = list(trusted_keys)
    raws = {parse_public_key(k).public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            for k in keys}
    return signer_raw in raws


def verify_envelope(data: bytes | str | Path, identities: Iterable | None = None,
                    trusted_keys: Mapping[str, Any] | Iterable | None = None, *,
                    max_bytes: int = MAX_BYTES, max_members: int = MAX_MEMBERS) -> VerifiedEnvelope:
    """Decrypt (when age-encrypted), check zip safety, the Ed25519 signature and every manifest hash.

    Order matters against zip bombs: the zip directory (member count, names, declared sizes) first,
    then only MANIFEST.json and its signature are unpacked (each capped) and checked, and only a
    signed, trusted manifest lets the other members be unpacked, streamed, hashed and capped at the
    size it lists.

    identities: age secret keys (`AGE-SECRET-KEY-1…` text or pyrage identities) of the office.
    trusted_keys: {kiosk_id: public key or [keys]} or an iterable of public keys (base64 of the raw
    32 bytes, raw bytes, or Ed25519PublicKey). None checks only that the envelope is self-consistent
    under the key it names, and the result says trusted=False.
    Raises EnvelopeError with one of REASON_CODES.
    """
    blob = _load(data, max_bytes)
    encrypted = blob.startswith(AGE_MAGIC)
    if encrypted:
        ids = _identities(identities)
        if not ids:
            raise EnvelopeError("decrypt_failed", "the envelope is encrypted and no office identity was given")
        try:
            blob = pyrage.decrypt(blob, ids)
        except pyrage.DecryptError as exc:
            raise EnvelopeError("decrypt_failed", f"cannot decrypt with the given identities ({exc})") from None
    if not blob:
        raise EnvelopeError("truncated", "the envelope is empty")
    if not blob.startswith(ZIP_MAGIC):
        raise EnvelopeError("not_an_envelope", "neither an age file nor a zip archive")
    try:
        zf = zipfile.ZipFile(io.BytesIO(blob))
    except (zipfile.BadZipFile, EOFError):
        raise EnvelopeError("truncated", "the zip archive is incomplete (cut off in transfer?)") from None
    with zf:
        _check_directory(zf.infolist(), max_members, max_bytes)  # duplicates included
        infos = {i.filename: i for i in zf.infolist()}
        if MANIFEST not in infos:
            raise EnvelopeError("not_an_envelope", f"no {MANIFEST}")
        if SIGNATURE not in infos:
            raise EnvelopeError("bad_signature", f"no {SIGNATURE}")
        # Authenticate before unpacking anything else: only the two small members are read first.
        manifest_bytes, _ = _read_capped(zf, infos[MANIFEST], MAX_MANIFEST_BYTES, "bad_signature")
        signature, _ = _read_capped(zf, infos[SIGNATURE], SIGNATURE_BYTES, "bad_signature")
        manifest, public, kiosk_id = _parse_manifest(manifest_bytes)
        try:
            public.verify(signature, manifest_bytes)
        except InvalidSignature:
            raise EnvelopeError("bad_signature", "the manifest signature does not verify") from None
        signer_raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        if trusted_keys is not None and not _trusted(trusted_keys, kiosk_id, signer_raw):
            raise EnvelopeError("unknown_kiosk", f"kiosk {kiosk_id} signed with key {fingerprint_of(signer_raw)}, "
                                "which is not among the trusted keys")
        listed = _listed_files(manifest, infos, max_bytes)
        members = {MANIFEST: manifest_bytes, SIGNATURE: signature}
        for name, entry in listed.items():
            data, digest = _read_capped(zf, infos[name], entry["size"], "manifest_mismatch")
            if digest != entry["sha256"]:
                raise EnvelopeError("manifest_mismatch", f"{name} does not match its manifest hash")
            members[name] = data
    submission = _check_submission(manifest, members)
    return VerifiedEnvelope(manifest, submission, members, base64.b64encode(signer_raw).decode("ascii"),
                            fingerprint_of(signer_raw), trusted_keys is not None, encrypted)


def _parse_manifest(manifest_bytes: bytes) -> tuple[dict, Ed25519PublicKey, str]:
    try:
        manifest = json.loads(manifest_bytes)
        signer = manifest["signer"]
        public = parse_public_key(signer["public_key"])
        kiosk_id = str(manifest["kiosk_id"])
    except (ValueError, KeyError, TypeError):
        raise EnvelopeError("not_an_envelope", f"{MANIFEST} is not a readable manifest") from None
    if manifest.get("format") != FORMAT or manifest.get("version") != FORMAT_VERSION:
        raise EnvelopeError("not_an_envelope", f"unsupported format {manifest.get('format')!r} "
                            f"version {manifest.get('version')!r}")
    return manifest, public, kiosk_id


def _listed_files(manifest: dict, infos: dict[str, zipfile.ZipInfo], max_bytes: int) -> dict[str, dict]:
    """The signed file list, checked against the zip directory before any member is unpacked."""
    try:
        listed = {f["name"]: f for f in manifest["files"]}
    except (KeyError, TypeError):
        raise EnvelopeError("manifest_mismatch", "the manifest has no file list") from None
    present = set(infos) - {MANIFEST, SIGNATURE}
    if set(listed) != present:
        raise EnvelopeError("manifest_mismatch", f"members {sorted(present)} differ from the manifest "
                            f"{sorted(listed)}")
    for name, entry in listed.items():
        size = entry.get("size") if isinstance(entry, dict) else None
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= max_bytes:
            raise EnvelopeError("manifest_mismatch", f"{name} has no usable size in the manifest")
        if size != infos[name].file_size:
            raise EnvelopeError("manifest_mismatch", f"{name} is not the size the manifest lists")
    if SUBMISSION_JSON not in listed:
        raise EnvelopeError("manifest_mismatch", f"no {SUBMISSION_JSON}")
    if listed[SUBMISSION_JSON]["size"] > MAX_SUBMISSION_BYTES:
        raise EnvelopeError("too_large", f"{SUBMISSION_JSON} is larger than {MAX_SUBMISSION_BYTES} bytes")
    return listed


def _check_submission(manifest: dict, members: dict[str, bytes]) -> dict:
    try:
        doc = json.loads(members[SUBMISSION_JSON])
    except ValueError:
        raise EnvelopeError("manifest_mismatch", f"{SUBMISSION_JSON} is not JSON") from None
    if not isinstance(doc, dict):
        raise EnvelopeError("manifest_mismatch", f"{SUBMISSION_JSON} is not a JSON object")
    if doc.get("id") != manifest.get("submission_id") or doc.get("kiosk_id") != manifest.get("kiosk_id"):
        raise EnvelopeError("manifest_mismatch", "submission.json names another submission or kiosk")
    audio = doc.get("audio")
    if audio and (not isinstance(audio, dict) or not isinstance(audio.get("member"), str)
                  or audio.get("member") not in members
                  or audio.get("member") in (MANIFEST, SIGNATURE, SUBMISSION_JSON)
                  or audio.get("sha256") != sha256_hex(members[audio["member"]])):
        raise EnvelopeError("manifest_mismatch", "the audio file is not the one submission.json names")
    return doc
