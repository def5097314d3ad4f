"""Envelopes: the Debian `age` CLI decrypts them, the manifest verifies, tampering is refused."""
from __future__ import annotations

import io
import json
import subprocess
import zipfile

import pyrage
import pytest

from kiosk.store import open_store
from kiosk.sync import outbox
from kiosk.sync.envelope import EnvelopeError, verify_envelope
from kiosk.sync.keys import init_key, load_signing_key, public_key
from tests.sync.helpers import make_approved, make_settings

pytestmark = pytest.mark.timeout(60)


def _envelope(settings, sid):
    return outbox.ensure_envelope(open_store(settings), settings, sid, load_signing_key(settings))


def test_age_cli_decrypts_and_manifest_verifies(keyed_settings, office_identity, tmp_path):
    sid = make_approved(keyed_settings)[0]
    env = _envelope(keyed_settings, sid)
    assert env.path.name.endswith(".zip.age") and env.object_key.endswith(f"/{sid}.zip.age")
    identity_file = tmp_path / "office.key"
    identity_file.write_text(str(office_identity) + "\n")
    plain = subprocess.run(["age", "--decrypt", "-i", str(identity_file), str(env.path)],
                           capture_output=True, check=True, timeout=30).stdout
    names = zipfile.ZipFile(io.BytesIO(plain)).namelist()
    assert names == ["submission.json", "audio.wav", "MANIFEST.json", "MANIFEST.json.sig"]
    # The decrypted zip verifies on its own, and the encrypted file verifies with the identity.
    trusted = {keyed_settings.kiosk_id: public_key(keyed_settings)}
    assert verify_envelope(plain, trusted_keys=trusted).submission["id"] == sid
    verified = verify_envelope(env.path, identities=[str(office_identity)], trusted_keys=trusted)
    assert verified.encrypted and verified.trusted
    assert verified.audio[1] == (keyed_settings.media_dir / f"{sid}.wav").read_bytes()
    assert verified.submission["contact"]["phone"] == "09121234567"


def test_retry_reuses_the_same_bytes(keyed_settings):
    sid = make_approved(keyed_settings)[0]
    first = _envelope(keyed_settings, sid)
    data = first.path.read_bytes()
    again = _envelope(keyed_settings, sid)
    assert again == first and again.path.read_bytes() == data


def test_no_phone_without_draw_scope(keyed_settings, office_identity):
    sid = make_approved(keyed_settings, scopes=("record", "broadcast"))[0]
    doc = verify_envelope(_envelope(keyed_settings, sid).path, identities=[office_identity]).submission
    assert "contact" not in doc and doc["consent"]["scopes"] == ["broadcast", "record"]
    assert "09121234567" not in json.dumps(doc)


def _plain_envelope(data_dir):
    settings = make_settings(data_dir)
    init_key(settings)
    sid = make_approved(settings)[0]
    return settings, _envelope(settings, sid).path.read_bytes()


def _rezip(plain: bytes, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(plain))
    members = {n: src.read(n) for n in src.namelist()}
    change(members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def test_flipped_byte_fails(keyed_settings, office_identity, data_dir):
    sid = make_approved(keyed_settings)[0]
    data = bytearray(_envelope(keyed_settings, sid).path.read_bytes())
    data[len(data) // 2] ^= 0x01
    with pytest.raises(EnvelopeError) as exc:
        verify_envelope(bytes(data), identities=[office_identity])
    assert exc.value.reason_code == "decrypt_failed"


def test_flipped_byte_in_plain_zip_fails(tmp_path):
    _settings, plain = _plain_envelope(tmp_path / "k")
    data = bytearray(plain)
    data[200] ^= 0x01  # inside submission.json's compressed data
    with pytest.raises(EnvelopeError) as exc:
        verify_envelope(bytes(data))
    assert exc.value.reason_code in ("manifest_mismatch", "bad_signature")


def test_swapped_audio_fails(tmp_path):
    _settings, plain = _plain_envelope(tmp_path / "k")
    other = tmp_path / "other.wav"
    from tests.sync.helpers import write_wav
    write_wav(other, seed=99)
    swapped = _rezip(plain, lambda m: m.update({"audio.wav": other.read_bytes()}))
    with pytest.raises(EnvelopeError) as exc:
        verify_envelope(swapped)
    assert exc.value.reason_code == "manifest_mismatch"


def test_edited_manifest_breaks_signature(tmp_path):
    _settings, plain = _plain_envelope(tmp_path / "k")

    def edit(m):
        manifest = json.loads(m["MANIFEST.json"])
        manifest["files"][1]["sha256"] = "0" * 64
        m["MANIFEST.json"] = json.dumps(manifest).encode()
    with pytest.raises(EnvelopeError) as exc:
        verify_envelope(_rezip(plain, edit))
    assert exc.value.reason_code == "bad_signature"


def test_forged_kiosk_is_unknown(tmp_path):
    genuine, _ = _plain_envelope(tmp_path / "genuine")
    _forger, forged = _plain_envelope(tmp_path / "forger")
    with pytest.raises(EnvelopeError) as exc:
        verify_envelope(forged, trusted_keys=[public_key(genuine)])
    assert exc.value.reason_code == "unknown_kiosk"
    assert verify_envelope(forged).trusted is False


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "sub/dir.txt", "C:evil"])
def test_unsafe_members_refused(tmp_path, name):
    _settings, plain = _plain_envelope(tmp_path / "k")
    with pytest.raises(EnvelopeError) as exc:
        verify_envelope(_rezip(plain, lambda m: m.update({name: b"x"})))
    assert exc.value.reason_code == "unsafe_member"


def test_limits_and_garbage(tmp_path, office_identity):
    _settings, plain = _plain_envelope(tmp_path / "k")
    for blob, code, kwargs in [
        (plain[: len(plain) // 2], "truncated", {}),
        (b"hello world", "not_an_envelope", {}),
        (b"", "truncated", {}),
        (plain, "too_large", {"max_bytes": 100}),
        (_rezip(plain, lambda m: m.update({f"x{i}": b"" for i in range(10)})), "too_large", {}),
        (pyrage.encrypt(plain, [pyrage.x25519.Identity.generate().to_public()]), "decrypt_failed",
         {"identities": [office_identity]}),
        (pyrage.encrypt(plain, [office_identity.to_public()]), "decrypt_failed", {}),
    ]:
        with pytest.raises(EnvelopeError) as exc:
            verify_envelope(blob, **kwargs)
        assert exc.value.reason_code == code, (code, exc.value)


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_a_second_member_of_the_same_name_is_refused(tmp_path):
    """zipfile keeps the last of two same-named members: a forged submission.json appended after
    the signed one must not slip past the manifest."""
    _settings, plain = _plain_envelope(tmp_path / "k")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain)) as src, zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            zf.writestr(info, src.read(info))
        zf.writestr("submission.json", b'{"id": "forged"}')
    with pytest.raises(EnvelopeError) as exc:
        verify_envelope(out.getvalue())
    assert exc.value.reason_code == "unsafe_member"
