"""Where the office keeps the citizens' recordings: a folder in the office dir (one desk), or an S3
bucket (`[office] media_url = "s3://bucket/prefix"`) that every desk and the studio machine read.

The library stores the same relative name either way (media/<kiosk id>/<id>.<ext>); in a bucket
it is the object key under the prefix. A desk reads a bucket object into a private temp copy
(owner-only, removed when the process ends) on a worker thread, for playback and the waveform;
withdrawal deletes the object itself and this process's copy.
"""
from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
import threading
from pathlib import Path

from kiosk.fileio import write_durably
from kiosk.office.ids import inside


@functools.cache
def _process_copies() -> Path:
    """One private folder per process: worker threads open libraries of their own (and drop them
    after each task), while the copy they read must outlive them until the player is done."""
    folder = Path(tempfile.mkdtemp(prefix="office-media-"))  # 0700: this user only
    atexit.register(shutil.rmtree, folder, True)
    return folder


_CLIENTS_LOCK = threading.Lock()


def _shared_client(endpoint_url: str | None, region: str):
    """One S3 client per endpoint and process: workers open a library per task, and botocore
    must not build clients on several threads at once (a client, once built, is thread-safe)."""
    with _CLIENTS_LOCK:
        return _client(endpoint_url, region)


@functools.cache
def _client(endpoint_url: str | None, region: str):
    import boto3
    import botocore.config
    config = botocore.config.Config(retries={"mode": "standard", "max_attempts": 5},
                                    s3={"addressing_style": "path"} if endpoint_url else {},
                                    request_checksum_calculation="when_required",
                                    response_checksum_validation="when_required")
    return boto3.session.Session(region_name=region).client("s3", endpoint_url=endpoint_url, config=config)


class MediaError(RuntimeError):
    """The media store cannot be used (bad media_url, bucket unreachable, …)."""


class FolderMedia:
    remote = False

    def __init__(self, root: Path):
        self.root = Path(root)

    def describe(self) -> str:
        return f"folder:{self.root / 'media'}"

    def put(self, rel: str, data: bytes) -> None:
        parts = rel.split("/")
        target = inside(self.root / parts[0], *parts[1:])  # media/ itself may link to another disk
        target.parent.mkdir(parents=True, exist_ok=True)
        write_durably(target, data)

    def local_path(self, rel: str) -> Path:
        return self.root / rel

    def get(self, rel: str) -> bytes:
        return (self.root / rel).read_bytes()

    def delete(self, rel: str) -> None:
        (self.root / rel).unlink(missing_ok=True)

    def close(self) -> None:
        pass


class S3Media:
    remote = True

    def __init__(self, url: str, endpoint_url: str | None = None, region: str | None = None, client=None):
        bucket, _, prefix = url[len("s3://"):].partition("/")
        if not url.startswith("s3://") or not bucket:
            raise MediaError(f"media_url looks like s3://bucket/prefix, not {url!r}")
        self.bucket, self.prefix = bucket, prefix.strip("/")
        self.client = client or _shared_client(endpoint_url or None, region or "us-east-1")
        self._cache = _process_copies() / f"{self.bucket}-{self.prefix.replace('/', '_')}"

    def describe(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}"

    def key(self, rel: str) -> str:
        if rel.startswith("/") or ".." in rel.split("/"):
            raise MediaError(f"not a media name: {rel!r}")
        return f"{self.prefix}/{rel}" if self.prefix else rel

    def put(self, rel: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.bucket, Key=self.key(rel), Body=data)

    def get(self, rel: str) -> bytes:
        body = self.client.get_object(Bucket=self.bucket, Key=self.key(rel))["Body"]
        try:
            return body.read()
        finally:
            body.close()

    def local_path(self, rel: str) -> Path:
        """A private copy for playback and the waveform, read once per process (call on a worker)."""
        parts = rel.split("/")
        target = inside(self._cache, *parts)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            write_durably(target, self.get(rel), mode=0o600)
        return target

    def cached(self, rel: str) -> Path | None:
        path = self._cache / rel
        return path if path.is_file() else None

    def delete(self, rel: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self.key(rel))
        cached = self._cache / rel
        if cached.is_file():
            cached.unlink()

    def close(self) -> None:
        pass  # the copies are the process's (see _process_copies)


def open_media(root: Path, media_url: str = "", endpoint_url: str = "", region: str = ""):
    if not media_url:
        return FolderMedia(root)
    if media_url.startswith("s3://"):
        return S3Media(media_url, endpoint_url or None, region or None)
    raise MediaError(f"media_url is s3://bucket/prefix (or empty for the office dir's media folder), "
                     f"not {media_url!r}")
