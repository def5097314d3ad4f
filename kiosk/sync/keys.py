"""The kiosk's Ed25519 signing key: created once by `kiosk keys init`, kept 0600 in the data dir.

Public key encoding (what the office registers): base64 (standard alphabet, padded) of the raw
32-byte Ed25519 public key. Fingerprint (short, for the staff health panel): the first 16 hex
digits of SHA-256 over those 32 raw bytes.
"""
from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.fileio import write_durably

KEY_FILE_NAME = "kiosk_signing_key.pem"


class SigningKeyError(RuntimeError):
    """The signing key is missing, unreadable or would be overwritten; the message says what to do."""


def key_path(settings) -> Path:
    return settings.data_dir / KEY_FILE_NAME


def public_key_b64(public: Ed25519PublicKey | bytes) -> str:
    raw = public if isinstance(public, bytes) else public.public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def fingerprint_of(public: Ed25519PublicKey | bytes | str) -> str:
    """First 16 hex digits of SHA-256 of the raw public key (accepts the base64 text form too)."""
    if isinstance(public, str):
        public = base64.b64decode(public, validate=True)
    raw = public if isinstance(public, bytes) else public.public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def parse_public_key(value: str | bytes | Ed25519PublicKey) -> Ed25519PublicKey:
    """Accept the documented base64 text, 32 raw bytes, or a key object."""
    if isinstance(value, Ed25519PublicKey):
        return value
    raw = base64.b64decode(value, validate=True) if isinstance(value, str) else value
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def init_key(settings, force: bool = False) -> str:
    """Create the signing key; returns the public key (base64). Refuses to replace one unless force."""
    path = key_path(settings)
    if path.exists() and not force:
        raise SigningKeyError(f"A signing key already exists at {path}. The office trusts it by its public key; "
                        "replace it only with --force, then give the office the new public key.")
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    write_durably(path, pem, mode=0o600)
    return public_key_b64(key.public_key())


def load_signing_key(settings) -> Ed25519PrivateKey:
    path = key_path(settings)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SigningKeyError("This kiosk has no signing key yet: run `kiosk keys init` and give the printed "
                        "public key to the communications office.") from None
    except OSError as exc:
        raise SigningKeyError(f"Cannot read the signing key {path}: {exc.strerror or exc}") from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except ValueError as exc:
        raise SigningKeyError(f"The signing key file {path} is damaged ({exc}); restore it from backup "
                        "or create a new one with `kiosk keys init --force`.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(f"{path} does not hold an Ed25519 key")
    return key


def public_key(settings) -> str:
    return public_key_b64(load_signing_key(settings).public_key())


def public_key_fingerprint(settings) -> str | None:
    """For the staff health panel: None when no key exists yet (never raises for a missing key)."""
    try:
        return fingerprint_of(load_signing_key(settings).public_key())
    except SigningKeyError:
        return None
