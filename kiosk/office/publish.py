"""`kiosk office publish`: the static ticket-status site, to a folder or an S3 bucket (static website).

The site is the page (assets/status_site: HTML, script, style, the Vazirmatn font and its licence),
`site.json` (the site key the page hashes tickets with) and one record per ticket. The library
remembers what it last wrote to each target (publications table), so a republish writes only the
records that changed and deletes those of withdrawn questions.
"""
from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from kiosk.office.status_records import NOT_SELECTED_REASONS, RECORD_DIR, build_records, site_key
from kiosk.office.database import write_transaction

SITE_ASSETS = Path(__file__).resolve().parents[2] / "assets" / "status_site"
I18N_DIR = SITE_ASSETS.parent / "i18n"
SITE_LANGUAGES = ("fa", "ar", "en")
FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf", "OFL.txt")
_TYPES = {".json": "application/json", ".js": "text/javascript", ".css": "text/css", ".ttf": "font/ttf",
          ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


class PublishError(RuntimeError):
    """The target cannot be written (no such bucket, a file where a folder should be, …)."""


@dataclass
class PublishReport:
    target: str
    published: int = 0  # ticket records written, removed, left as they were
    removed: int = 0
    unchanged: int = 0
    assets: int = 0  # page files written (the page, script, fonts, site key, words)

    def as_dict(self) -> dict:
        return {"published": self.published, "removed": self.removed, "unchanged": self.unchanged,
                "assets": self.assets}


class FolderTarget:
    def __init__(self, root: Path):
        self.root = Path(root).expanduser()
        if self.root.exists() and not self.root.is_dir():
            raise PublishError(f"{self.root} is a file, not a folder")
        self.label = str(self.root.resolve())

    def put(self, name: str, data: bytes) -> None:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".publish-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)  # a web server reads it
        os.replace(tmp, path)

    def delete(self, name: str) -> None:
        (self.root / name).unlink(missing_ok=True)


class S3Target:
    def __init__(self, url: str, endpoint_url: str | None = None, region: str | None = None, client=None):
        from kiosk.office.importer import S3Source  # same client settings as the import
        bucket, _, prefix = url[5:].partition("/")
        if not bucket:
            raise PublishError("an S3 target looks like s3://bucket/prefix")
        self.bucket, self.prefix = bucket, prefix.strip("/")
        self.client = client or S3Source(bucket, self.prefix, endpoint_url, region).client
        self.label = f"s3://{bucket}/{self.prefix}"

    def _key(self, name: str) -> str:
        return f"{self.prefix}/{name}" if self.prefix else name

    def put(self, name: str, data: bytes) -> None:
        kind = _TYPES.get(Path(name).suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"
        # Records change when a question moves on: browsers must ask again rather than cache.
        self.client.put_object(Bucket=self.bucket, Key=self._key(name), Body=data, ContentType=kind,
                               CacheControl="no-cache")

    def delete(self, name: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(name))


def open_target(target: str, endpoint_url: str | None = None, region: str | None = None):
    if target.startswith("s3://"):
        return S3Target(target, endpoint_url, region)
    return FolderTarget(Path(target))


def site_strings(i18n_dir: Path = I18N_DIR) -> dict[str, dict[str, str]]:
    """The page's words from the Qt Linguist files (status_<lang>.ts), as {lang: {source: text}}."""
    out = {}
    for lang in SITE_LANGUAGES:
        tree = ElementTree.parse(i18n_dir / f"status_{lang}.ts")
        out[lang] = {m.findtext("source"): m.findtext("translation") for m in tree.iter("message")
                     if m.findtext("translation") and m.find("translation").get("type") != "unfinished"}
    return out


def site_files(key: bytes, fonts_dir: Path) -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in sorted(SITE_ASSETS.iterdir()) if p.is_file()}
    files["strings.json"] = json.dumps(site_strings(), ensure_ascii=False, sort_keys=True).encode()
    for name in FONT_FILES:
        if (fonts_dir / name).exists():
            files[f"fonts/{name}"] = (fonts_dir / name).read_bytes()
    files["site.json"] = json.dumps({"v": 1, "key": key.hex(), "reasons": list(NOT_SELECTED_REASONS)}).encode()
    return files


def minutes_files(lib) -> dict[str, bytes]:
    """The signed minutes of every draw that was run: public by design, linked from the records."""
    files = {}
    for draw_id, minutes_file in lib.db.execute("SELECT id, minutes_file FROM draws WHERE minutes_file IS NOT NULL"):
        folder = (lib.root / minutes_file).parent
        for name in ("minutes.json", "minutes.html"):
            if (folder / name).exists():
                files[f"draws/{draw_id}/{name}"] = (folder / name).read_bytes()
    return files



def publish(lib, target, progress=None) -> PublishReport:
    """Writes what changed since the last publish to the same target, deletes what went away."""
    report = PublishReport(target.label)
    key = site_key(lib.keys_dir)
    wanted = site_files(key, SITE_ASSETS.parents[0] / "fonts")
    wanted.update(minutes_files(lib))
    wanted.update(build_records(lib, key))
    known = dict(lib.db.execute("SELECT record, content_sha256 FROM publications WHERE target = ?", [target.label]))
    done: list[tuple[str, str | None]] = []  # recorded in batches: a crash only means rewriting a few

    def flush() -> None:
        with write_transaction(lib.db):
            for name, digest in done:
                if digest is None:
                    lib.db.execute("DELETE FROM publications WHERE target = ? AND record = ?", [target.label, name])
                else:
                    lib.db.execute("INSERT INTO publications (target, record, content_sha256) VALUES (?,?,?)"
                                   " ON CONFLICT(target, record) DO UPDATE SET content_sha256 = excluded.content_sha256",
                                   [target.label, name, digest])
        done.clear()

    try:
        for i, (name, data) in enumerate(wanted.items()):
            digest = hashlib.sha256(data).hexdigest()
            is_record = name.startswith(RECORD_DIR + "/")
            if known.get(name) == digest:
                report.unchanged += is_record
                continue
            target.put(name, data)
            done.append((name, digest))
            if is_record:
                report.published += 1
            else:
                report.assets += 1
            if len(done) >= 1000:
                flush()
            if progress:
                progress(i + 1, len(wanted), name)
        for name in sorted(set(known) - set(wanted)):
            target.delete(name)
            done.append((name, None))
            report.removed += name.startswith(RECORD_DIR + "/")
        flush()
    except OSError as exc:
        raise PublishError(f"could not write to {target.label}: {exc.strerror or exc}") from None
    except Exception as exc:  # noqa: BLE001 - boto errors become words
        from kiosk.sync.s3 import classify
        mapped = classify(exc, f"publishing to {target.label}")
        if mapped is None:
            raise
        raise PublishError(str(mapped)) from None
    return report
