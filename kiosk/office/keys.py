"""The office's two keys: an age identity (kiosks encrypt to its recipient) and an Ed25519 signing
key (the draw minutes are signed with it). Both private files are created with mode 0600 and never
overwritten: replacing the age identity would make every envelope still on its way unreadable.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.fileio import write_durably
from kiosk.sync.keys import public_key_b64


class OfficeKeyError(RuntimeError):
    """A key is missing, unreadable or would be overwritten."""


@dataclass(frozen=True)
class OfficeKeys:
    recipient: str          # age1… for [delivery] office_recipients in each kiosk's settings
    signing_public: str  # base64 of the raw Ed25519 key that signs the draw minutes (as kiosk keys)


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_durably(path, data, mode=0o600)
    os.chmod(path, 0o600)  # in case a umask or ACL widened it


def generate(keys_dir: Path) -> OfficeKeys:
    identity_path, signing_path = keys_dir / "office.age", keys_dir / "office-signing.pem"
    existing = [p.name for p in (identity_path, signing_path) if p.exists()]
    if existing:
        raise OfficeKeyError(f"office keys already exist in {keys_dir} ({', '.join(existing)}); "
                        "they are never overwritten — move them away first if you really mean to")
    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    signing = Ed25519PrivateKey.generate()
    _write_private(identity_path, f"# public key: {recipient}\n{identity}\n".encode("ascii"))
    _write_private(signing_path, signing.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    pub = public_key_b64(signing.public_key())
    (keys_dir / "office.age.pub").write_text(recipient + "\n", encoding="ascii")
    (keys_dir / "office-signing.pub").write_text(pub + "\n", encoding="ascii")
    return OfficeKeys(recipient, pub)


def load_identity(keys_dir: Path) -> pyrage.x25519.Identity:
    path = keys_dir / "office.age"
    try:
        lines = path.read_text(encoding="ascii").splitlines()
    except OSError:
        raise OfficeKeyError(f"no office age identity at {path}; run `kiosk office keygen` first") from None
    secret = next((ln.strip() for ln in lines if ln.strip().startswith("AGE-SECRET-KEY-")), None)
    if secret is None:
        raise OfficeKeyError(f"{path} holds no AGE-SECRET-KEY line")
    return pyrage.x25519.Identity.from_str(secret)


def load_signing_key(keys_dir: Path) -> Ed25519PrivateKey:
    path = keys_dir / "office-signing.pem"
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError:
        raise OfficeKeyError(f"no office signing key at {path}; run `kiosk office keygen` first") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise OfficeKeyError(f"{path} is not an Ed25519 key")
    return key


def load_public(keys_dir: Path) -> OfficeKeys | None:
    try:
        return OfficeKeys((keys_dir / "office.age.pub").read_text(encoding="ascii").strip(),
                          (keys_dir / "office-signing.pub").read_text(encoding="ascii").strip())
    except OSError:
        return None
