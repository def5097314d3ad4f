"""S3-compatible destination (MinIO, Ceph, cloud): PUT with SHA-256, multipart when large, HEAD to verify.

Only plain S3 calls every compatible server knows. Request retries are botocore's ("standard"
mode: 5xx, throttling, resets, timeouts); the outbox worker retries whole items later.
Servers may accept a wrong checksum without complaint, so after upload the HEAD is checked
ourselves: size, our SHA-256 in the metadata, and the ETag where it is the usual MD5 form.
"""
from __future__ import annotations

import base64
import hashlib
import logging
import re
from pathlib import Path

import boto3
import botocore.config
import botocore.exceptions
import botocore.session

from kiosk.sync.destinations import (DeliveryError, PermanentDeliveryError, Progress, Receipt,
                                     TransientDeliveryError)

log = logging.getLogger("kiosk.sync.s3")

MAX_ATTEMPTS = 5
PERMANENT_CODES = {
    "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "NoSuchBucket", "AllAccessDisabled",
    "InvalidBucketName", "AccountProblem", "InvalidToken", "ExpiredToken", "403", "404",
}
LISTING_SLACK = 16  # extra keys per page, for objects of earlier passes between ours
_MD5_ETAG = re.compile(r"[0-9a-f]{32}(-\d+)?")


def _b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode("ascii")


def classify(exc: Exception, what: str):
    """Turn a boto error into words for staff, permanent when retrying cannot help."""
    if isinstance(exc, botocore.exceptions.NoCredentialsError):
        return PermanentDeliveryError("no S3 credentials: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY "
                                      "or [delivery] profile")
    if isinstance(exc, botocore.exceptions.ClientError):
        err = exc.response.get("Error", {})
        code = str(err.get("Code", ""))
        if code in PERMANENT_CODES:
            words = {"NoSuchBucket": "the bucket does not exist", "404": "the bucket does not exist",
                     "InvalidAccessKeyId": "the access key is not known to the server",
                     "SignatureDoesNotMatch": "the secret key is wrong",
                     "AccessDenied": "access denied (check the key's permissions on the bucket)",
                     "403": "access denied (check the credentials and the bucket's permissions)"}.get(code, code)
            return PermanentDeliveryError(f"{what}: {words}")
        return TransientDeliveryError(f"{what}: the server answered {code or 'an error'} "
                                      f"({err.get('Message') or 'no details'})")
    if isinstance(exc, (botocore.exceptions.EndpointConnectionError, botocore.exceptions.ConnectTimeoutError)):
        return TransientDeliveryError(f"{what}: cannot reach the server (network down?)")
    if isinstance(exc, botocore.exceptions.BotoCoreError):
        return TransientDeliveryError(f"{what}: {exc}")
    return None


def _lean_botocore_session():
    """A botocore session whose responses leave timestamps as the server's text: the kiosk never
    reads LastModified, and parsing it (dateutil) was most of the CPU a read-back listing took."""
    session = botocore.session.get_session()
    session.get_component("response_parser_factory").set_parser_defaults(timestamp_parser=str)
    return session


def _put_without_continue(request, **_):
    """botocore asks before every PUT body for "100 Continue" and reads that answer one byte per
    system call (27 of them): a round trip and ~0.35 ms of CPU per envelope. A single PUT is below
    the multipart threshold, so sending it at once risks little; multipart parts keep the question."""
    if "Expect" in request.headers:
        del request.headers["Expect"]


class S3Destination:
    def __init__(self, client, bucket: str, own_prefix: str, multipart_threshold: int, label: str):
        self.client, self.bucket, self.own_prefix = client, bucket, own_prefix
        self.part_size = multipart_threshold  # >= 5 MiB by the settings' range, as S3 requires
        self.label = label

    @classmethod
    def from_settings(cls, settings, own_prefix: str) -> "S3Destination":
        """own_prefix: this kiosk's part of the bucket (kiosk.sync.outbox.kiosk_prefix), the only
        part whose unfinished uploads it ever cleans up."""
        d = settings.delivery
        if not d.bucket:
            raise PermanentDeliveryError("[delivery] kind is \"s3\" but no bucket is set")
        config = botocore.config.Config(
            connect_timeout=d.timeout_s, read_timeout=d.timeout_s,
            retries={"mode": "standard", "max_attempts": MAX_ATTEMPTS},
            max_pool_connections=max(10, 2 * d.parallelism),
            # Path-style and no automatic CRC trailers: what every S3-compatible server understands.
            s3={"addressing_style": "path"} if d.endpoint_url else {},
            request_checksum_calculation="when_required", response_checksum_validation="when_required",
        )
        try:
            session = boto3.session.Session(botocore_session=_lean_botocore_session(),
                                             profile_name=d.profile or None, region_name=d.region or None)
            client = session.client("s3", endpoint_url=d.endpoint_url or None, config=config)
            client.meta.events.register("before-sign.s3.PutObject", _put_without_continue)
        except botocore.exceptions.ProfileNotFound:
            raise PermanentDeliveryError(f"[delivery] profile {d.profile!r} is not in the AWS config") from None
        except ValueError as exc:
            raise PermanentDeliveryError(f"[delivery] endpoint_url is not usable: {exc}") from None
        label = f"s3://{d.bucket}" + (f" at {d.endpoint_url}" if d.endpoint_url else "")
        return cls(client, d.bucket, own_prefix, d.multipart_threshold_mb * 1024 * 1024, label)

    def describe(self) -> str:
        return self.label

    def _call(self, what: str, fn, **kwargs):
        try:
            return fn(**kwargs)
        except Exception as exc:  # noqa: BLE001 - classified below or re-raised untouched
            mapped = classify(exc, what)
            if mapped is None:
                raise
            raise mapped from None

    def prepare(self) -> None:
        self._call(f"bucket {self.bucket}", self.client.head_bucket, Bucket=self.bucket)
        try:
            self.abort_orphans()
        except TransientDeliveryError as exc:  # housekeeping only: the next pass sweeps again
            log.warning("could not clean up unfinished uploads: %s", exc)

    def abort_orphans(self) -> int:
        """Abort multipart uploads left under this kiosk's own prefix (a crash or kill mid-upload)."""
        aborted, kwargs = 0, {"Bucket": self.bucket, "Prefix": self.own_prefix}
        while True:
            page = self._call("listing unfinished uploads", self.client.list_multipart_uploads, **kwargs)
            for up in page.get("Uploads", []):
                if up["Key"].startswith(self.own_prefix):
                    self._abort(up["Key"], up["UploadId"])
                    aborted += 1
            if not page.get("IsTruncated"):
                return aborted
            kwargs.update(KeyMarker=page.get("NextKeyMarker", ""), UploadIdMarker=page.get("NextUploadIdMarker", ""))

    def _expected_etag(self, path: Path, size: int) -> str:
        if size <= self.part_size:
            return hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
        digests = []
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(self.part_size), b""):
                digests.append(hashlib.md5(chunk, usedforsecurity=False).digest())
        return hashlib.md5(b"".join(digests), usedforsecurity=False).hexdigest() + f"-{len(digests)}"

    def _matches(self, key: str, path: Path, sha256: str, size: int) -> tuple[bool, str]:
        try:
            head = self.client.head_object(Bucket=self.bucket, Key=key)
        except botocore.exceptions.ClientError as exc:
            if str(exc.response.get("Error", {}).get("Code")) in ("404", "NoSuchKey", "NotFound"):
                return False, "not there"
            raise classify(exc, f"checking {key}") from None
        except Exception as exc:  # noqa: BLE001
            mapped = classify(exc, f"checking {key}")
            if mapped is None:
                raise
            raise mapped from None
        if head.get("ContentLength") != size:
            return False, f"{head.get('ContentLength')} bytes instead of {size}"
        if head.get("Metadata", {}).get("sha256") != sha256:
            return False, "its recorded SHA-256 differs"
        etag = str(head.get("ETag", "")).strip('"')
        if _MD5_ETAG.fullmatch(etag) and etag != self._expected_etag(path, size):
            return False, "its content hash (ETag) differs"
        return True, "ok"

    def upload(self, key: str, path: Path, sha256: str, size: int, progress: Progress | None = None,
               *, retry: bool = True) -> bool:
        """Send the envelope; False when a retry finds an earlier upload already there and verified
        (a lost answer may hide an upload that worked: look before sending again). An upload that
        returns True is not delivered until read back (deliver, or verify_listed for a batch)."""
        if retry and self._matches(key, path, sha256, size)[0]:
            return False
        meta = {"sha256": sha256}
        if size <= self.part_size:
            data = path.read_bytes()
            self._call(f"uploading {key}", self.client.put_object, Bucket=self.bucket, Key=key, Body=data,
                       Metadata=meta, ContentMD5=_b64(hashlib.md5(data, usedforsecurity=False).digest()),
                       ChecksumSHA256=_b64(bytes.fromhex(sha256)), ContentType="application/octet-stream")
            if progress:
                progress(size)
        else:
            self._multipart(key, path, meta, progress)
        return True

    def deliver(self, key: str, path: Path, sha256: str, size: int, progress: Progress | None = None,
                *, retry: bool = True) -> Receipt:
        if self.upload(key, path, sha256, size, progress, retry=retry):
            ok, why = self._matches(key, path, sha256, size)
            if not ok:
                raise TransientDeliveryError(f"{key} did not verify after upload: {why}")
        return Receipt(self.describe(), key, sha256, size)

    def verify_listed(self, items: list[tuple[str, Path, str, int]]) -> dict[str, str]:
        """Read many uploads back through listings of their folders: size and the MD5 ETag of each
        object as stored, one request per 1,000 objects instead of a HEAD each. Returns {key: why}
        for the ones that did not verify; an object whose ETag is not the MD5 form gets the HEAD."""
        folders: dict[str, dict[str, tuple[Path, str, int]]] = {}
        for key, path, sha256, size in items:
            folders.setdefault(key.rsplit("/", 1)[0] + "/", {})[key] = (path, sha256, size)
        problems: dict[str, str] = {}
        for folder, wanted in folders.items():
            listed = self._listing(folder, min(wanted), max(wanted), len(wanted))
            for key, (path, sha256, size) in wanted.items():
                obj = listed.get(key)
                etag = str((obj or {}).get("ETag", "")).strip('"')
                if obj is None:
                    problems[key] = "not there"
                elif obj.get("Size") != size:
                    problems[key] = f"{obj.get('Size')} bytes instead of {size}"
                elif not _MD5_ETAG.fullmatch(etag):
                    ok, why = self._matches(key, path, sha256, size)
                    if not ok:
                        problems[key] = why
                elif etag != self._expected_etag(path, size):
                    problems[key] = "its content hash (ETag) differs"
        return problems

    def _listing(self, folder: str, first: str, last: str, expected: int) -> dict[str, dict]:
        """The objects of folder from first to last (keys come sorted), in pages about the size of
        what is expected there: a run of a few keys is not read back with a thousand after it."""
        out: dict[str, dict] = {}
        kwargs = {"Bucket": self.bucket, "Prefix": folder, "StartAfter": first[:-1],
                  "MaxKeys": min(1000, expected + LISTING_SLACK)}
        while True:
            page = self._call(f"reading back {folder}", self.client.list_objects_v2, **kwargs)
            contents = page.get("Contents", [])
            out.update((o["Key"], o) for o in contents)
            if not page.get("IsTruncated") or not contents or contents[-1]["Key"] >= last:
                return out
            kwargs["ContinuationToken"] = page["NextContinuationToken"]

    def _multipart(self, key: str, path: Path, meta: dict, progress: Progress | None) -> None:
        up = self._call(f"starting upload of {key}", self.client.create_multipart_upload, Bucket=self.bucket,
                        Key=key, Metadata=meta, ChecksumAlgorithm="SHA256", ContentType="application/octet-stream")
        upload_id, parts, done = up["UploadId"], [], 0
        try:
            with open(path, "rb") as fh:
                for number, chunk in enumerate(iter(lambda: fh.read(self.part_size), b""), start=1):
                    checksum = _b64(hashlib.sha256(chunk).digest())
                    res = self._call(f"uploading part {number} of {key}", self.client.upload_part,
                                     Bucket=self.bucket, Key=key, UploadId=upload_id, PartNumber=number,
                                     Body=chunk, ChecksumSHA256=checksum,
                                     ContentMD5=_b64(hashlib.md5(chunk, usedforsecurity=False).digest()))
                    parts.append({"PartNumber": number, "ETag": res["ETag"], "ChecksumSHA256": checksum})
                    done += len(chunk)
                    if progress:
                        progress(done)
            self._call(f"completing upload of {key}", self.client.complete_multipart_upload, Bucket=self.bucket,
                       Key=key, UploadId=upload_id, MultipartUpload={"Parts": parts})
        except BaseException:
            try:  # leave no half upload behind (a later prepare() sweeps what this misses)
                self._abort(key, upload_id)
            except DeliveryError as exc:
                log.warning("could not abort the upload of %s: %s", key, exc)
            raise

    def _abort(self, key: str, upload_id: str) -> None:
        try:
            self.client.abort_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload_id)
        except botocore.exceptions.ClientError as exc:
            if exc.response.get("Error", {}).get("Code") != "NoSuchUpload":  # a retried abort already worked
                raise classify(exc, "aborting an unfinished upload") from None
        except botocore.exceptions.BotoCoreError as exc:
            raise classify(exc, "aborting an unfinished upload") from None

    def close(self) -> None:
        self.client.close()
