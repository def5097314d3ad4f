"""A zip bomb is refused before it is unpacked: the zip directory and the signed manifest are
checked first, and members are streamed with a cap. Peak memory is measured in a real
`import_from` in a subprocess (ru_maxrss), so zlib's own buffers count too."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.office import keys
from kiosk.sync import envelope as env
from kiosk.sync.keys import public_key_b64

pytestmark = pytest.mark.timeout(300)
BOMB = 256 * 1024 * 1024  # unpacked size of each bomb member; ~250 kB packed
_MEASURE = """
import json, resource, sys
from kiosk.office.importer import FolderSource, import_from
from kiosk.office.library import open_library
lib, source = open_library(sys.argv[1]), FolderSource(sys.argv[2])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
report = import_from(lib, source)
grew = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"grew_kib": grew, "quarantined": report.quarantined, "imported": report.imported}))
"""


def _bomb_zip(path: Path, bomb_member: str, key, kiosk_id: str) -> None:
    """A zip whose `bomb_member` unpacks to BOMB zero bytes; the manifest lists it honestly and is
    signed by `key` (unless the manifest itself is the bomb)."""
    sid = "b0mb"
    doc = json.dumps({"id": sid, "kiosk_id": kiosk_id, "ticket": "0000-0001"}).encode()
    files = [{"name": env.SUBMISSION_JSON, "sha256": env.sha256_hex(doc), "size": len(doc)}]
    if bomb_member != env.MANIFEST:
        files.append({"name": bomb_member, "sha256": "0" * 64, "size": BOMB})
    manifest = json.dumps({"format": env.FORMAT, "version": 1, "kiosk_id": kiosk_id, "submission_id": sid,
                           "built_at": "2026-11-26T12:00:00Z", "files": files,
                           "signer": {"algorithm": "ed25519", "public_key": public_key_b64(key.public_key())}}).encode()
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(env.SUBMISSION_JSON, doc)
        info = zipfile.ZipInfo(bomb_member, (2026, 11, 26, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as fh:
            for _ in range(BOMB // len(chunk)):
                fh.write(chunk)
        if bomb_member != env.MANIFEST:
            zf.writestr(env.MANIFEST, manifest)
        zf.writestr(env.SIGNATURE, key.sign(manifest))


def test_zip_bombs_are_quarantined_without_being_unpacked(office, kiosk_settings, tmp_path):
    recipient = [keys.load_public(office.keys_dir).recipient]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    stranger = Ed25519PrivateKey.generate()
    cases = {"forged.zip.age": ("audio.wav", stranger), "manifest.zip.age": (env.MANIFEST, stranger)}
    for name, (member, key) in cases.items():
        plain = tmp_path / (name + ".zip")
        _bomb_zip(plain, member, key, kiosk_settings.kiosk_id)
        assert plain.stat().st_size < 2 * 1024 * 1024
        (inbox / name).write_bytes(pyrage.encrypt(plain.read_bytes(), env.parse_recipients(recipient)))
    run = subprocess.run([sys.executable, "-c", _MEASURE, str(office.root), str(inbox)], capture_output=True,
                         text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout)
    print(f"bomb import: 2 envelopes of {BOMB >> 20} MiB unpacked each, peak memory grew "
          f"{result['grew_kib'] / 1024:.1f} MiB")
    assert result["grew_kib"] < 48 * 1024, f"peak memory grew by {result['grew_kib'] // 1024} MiB"
    assert {q["name"]: q["reason"] for q in result["quarantined"]} == {
        "forged.zip.age": "unknown_kiosk", "manifest.zip.age": "too_large"}
    assert not result["imported"]
