"""Hand-made envelopes for the hostile-input tests: any submission document, signed by any key."""
from __future__ import annotations

import io
import json
import uuid
import zipfile

import pyrage

from kiosk.sync import envelope as env
from kiosk.sync.keys import public_key_b64


def document(kiosk_id: str, n: int = 1, **fields) -> dict:
    doc = {"format": env.SUBMISSION_FORMAT, "version": 1, "id": uuid.uuid4().hex, "ticket": f"0000-{n:04d}",
           "kiosk_id": kiosk_id, "kind": "text", "language": "fa", "created_at": "2026-11-26T12:00:00.000Z",
           "submitted_at": "2026-11-26T12:00:01.000Z", "consent": {"version": "v1", "scopes": ["record"]},
           "moderation": {"outcome": "approved", "by": "staff", "at": "2026-11-26T12:01:00.000Z",
                          "constructive": False, "personal_data": False},
           "topic": "traffic", "text": {"raw": f"پرسش {n}", "display": f"پرسش {n}"}, "audio": None}
    doc.update(fields)
    return doc


def zipped(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name, (2026, 11, 26, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def signed(doc: dict, key, recipients, audio: tuple[str, bytes] | None = None) -> bytes:
    """A well-formed envelope of `doc` (json.dumps, so lone surrogates survive as \\ud800 escapes)."""
    members = {env.SUBMISSION_JSON: None}
    if audio:
        doc = dict(doc, audio={"member": audio[0], "sha256": env.sha256_hex(audio[1]), "size": len(audio[1]),
                               "duration_ms": 1000})
        members[audio[0]] = audio[1]
    members[env.SUBMISSION_JSON] = json.dumps(doc).encode()
    manifest = {"format": env.FORMAT, "version": env.FORMAT_VERSION, "kiosk_id": doc["kiosk_id"],
                "submission_id": doc["id"], "built_at": "2026-11-26T12:00:00Z",
                "signer": {"algorithm": "ed25519", "public_key": public_key_b64(key.public_key()), "fingerprint": "x"},
                "files": [{"name": n, "sha256": env.sha256_hex(d), "size": len(d)} for n, d in members.items()]}
    mbytes = json.dumps(manifest).encode()
    plain = zipped({**members, env.MANIFEST: mbytes, env.SIGNATURE: key.sign(mbytes)})
    return pyrage.encrypt(plain, recipients) if recipients else plain
