"""`kiosk office settings publish FILE.toml --to TARGET`: sign a settings bundle for every kiosk.

The version is strictly increasing: one more than both the library's record and whatever bundle
is at the target already, taken inside one write transaction so two publishes never share one.
TARGET is what `kiosk office import` reads (a folder `<root>/<prefix>` or `s3://bucket/prefix`);
the bundle goes to its `_settings/` folder, where kiosks look after each outbox pass.
"""
from __future__ import annotations

import json
import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kiosk.fileio import write_durably
from kiosk.office.keys import load_signing_key
from kiosk.settings_bundle import BUNDLE_NAME, SIG_NAME, BundleRefused, check_values, sign_bundle
from kiosk.store.audit import append_event
from kiosk.store.db import write_transaction


class PublishFailed(RuntimeError):
    """The file, the key or the target cannot be used; the message says what to fix."""


class _Folder:
    def __init__(self, root: Path):
        self.dir = Path(root) / "_settings"

    def get(self, name: str) -> bytes | None:
        try:
            return (self.dir / name).read_bytes()
        except FileNotFoundError:
            return None

    def put(self, name: str, data: bytes) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        write_durably(self.dir / name, data)


class _S3:
    def __init__(self, target: str, endpoint_url: str | None, region: str | None):
        from kiosk.office.importer import S3Source
        src = S3Source(*self._split(target), endpoint_url, region)
        self.client, self.bucket = src.client, src.bucket
        self.prefix = (src.prefix + "/" if src.prefix else "") + "_settings/"

    @staticmethod
    def _split(target: str) -> tuple[str, str]:
        bucket, _, prefix = target[5:].partition("/")
        if not bucket:
            raise PublishFailed("an S3 target looks like s3://bucket/prefix")
        return bucket, prefix

    def get(self, name: str) -> bytes | None:
        import botocore.exceptions
        try:
            return self.client.get_object(Bucket=self.bucket, Key=self.prefix + name)["Body"].read(1 << 20)
        except botocore.exceptions.ClientError as exc:
            if str(exc.response.get("Error", {}).get("Code")) in ("404", "NoSuchKey", "NotFound"):
                return None
            raise

    def put(self, name: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.bucket, Key=self.prefix + name, Body=data,
                               ContentType="application/json")


def read_values(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            values = tomllib.load(fh)
    except FileNotFoundError:
        raise PublishFailed(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise PublishFailed(f"{path}: not valid TOML: {exc}") from None
    try:
        check_values(values)
    except BundleRefused as exc:
        raise PublishFailed(f"{path}: {exc.message}") from None
    return values


def _version_at(target) -> int:
    data = target.get(BUNDLE_NAME)
    try:
        version = json.loads(data).get("version") if data else 0
    except (ValueError, AttributeError):
        version = 0
    return version if isinstance(version, int) else 0


def publish(lib, toml_path: Path, target: str, *, endpoint_url: str | None = None, region: str | None = None,
            valid_days: float = 30.0, now: datetime | None = None) -> dict:
    values = read_values(Path(toml_path))
    try:
        key = load_signing_key(lib.keys_dir)
    except Exception as exc:  # noqa: BLE001 - OfficeKeyError and unreadable files alike
        raise PublishFailed(str(exc)) from None
    dest = _S3(target, endpoint_url, region) if target.startswith("s3://") else _Folder(Path(target).expanduser())
    remote = _version_at(dest)
    now = now or datetime.now(timezone.utc)
    with write_transaction(lib.db):
        row = lib.db.execute("SELECT value FROM meta WHERE key = 'settings_version'").fetchone()
        version = max(int(row[0]) if row else 0, remote) + 1
        data, sig = sign_bundle(values, version, key, now, timedelta(days=valid_days))
        lib.db.execute("INSERT INTO meta (key, value) VALUES ('settings_version', ?)"
                       " ON CONFLICT(key) DO UPDATE SET value = excluded.value", [str(version)])
        append_event(lib.db, "office", "settings_published", None, {"version": version, "target": target})
    copy = lib.root / "settings" / f"bundle-{version}.json"  # what was published, for the record
    copy.parent.mkdir(parents=True, exist_ok=True)
    write_durably(copy, data)
    write_durably(copy.with_name(copy.name + ".sig"), sig)
    dest.put(BUNDLE_NAME, data)
    dest.put(SIG_NAME, sig)
    return {"version": version, "expires_at": json.loads(data)["expires_at"], "target": target}



def published_topic_labels(lib) -> dict[str, dict[str, str]]:
    """Topic names (fa/ar/en) from every bundle this office published, newest winning: the console
    names a topic a bundle added with them, never by its raw key."""
    labels: dict[str, dict[str, str]] = {}
    folder = lib.root / "settings"
    found = [(int(p.stem.split("-", 1)[1]), p) for p in folder.glob("bundle-*.json")
             if p.stem.split("-", 1)[1].isdigit()] if folder.is_dir() else []
    for _version, path in sorted(found):
        try:
            labels.update(json.loads(path.read_bytes())["settings"].get("topic_labels", {}))
        except (OSError, ValueError, KeyError, AttributeError):
            continue
    return labels
