"""The office library on PostgreSQL vs SQLite, same machine, same run: importing 1,000 envelopes from
a moto S3 server; the console's first page (rows, total, per-day and per-topic counts, filter
lists) at 100,000 questions; and two `kiosk office import` processes at once vs one on PostgreSQL.

PostgreSQL is a private server (tests/pgserver.py: initdb in a temp dir, Unix socket only)."""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.common import best_of, figure

ENVELOPES = 1000
ITEMS = 100_000


def _library(root: Path, url: str | None):
    from kiosk.office.library import open_library
    root.mkdir(parents=True, exist_ok=True)
    if url:
        (root / "office.toml").write_text(f'[office]\ndatabase_url = "{url}"\n', encoding="utf-8")
    return open_library(root)


class _Envelopes:
    """1,000 signed, encrypted text envelopes in a moto bucket, from one kiosk key."""

    def __init__(self):
        import boto3
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from moto.server import ThreadedMotoServer
        from kiosk.office import keys
        from kiosk.sync.envelope import parse_recipients
        from tests.office.envelopes import document, signed
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        self.server.start()
        host, port = self.server.get_host_and_port()
        self.endpoint = f"http://{host}:{port}"
        self.client = boto3.client("s3", endpoint_url=self.endpoint, region_name="us-east-1",
                                   aws_access_key_id="testing", aws_secret_access_key="testing")
        self.client.create_bucket(Bucket="office-bench")
        self.keys_dir = Path(tempfile.mkdtemp(prefix="bench-office-keys-"))
        office = keys.generate(self.keys_dir)
        self.kiosk_key = Ed25519PrivateKey.generate()
        recipients = parse_recipients([office.recipient])
        for n in range(ENVELOPES):
            blob = signed(document("kiosk-bench", n, ticket=f"{n // 10000:04d}-{n % 10000:04d}"), self.kiosk_key,
                          recipients)
            self.client.put_object(Bucket="office-bench", Key=f"in/{n:04d}.zip.age", Body=blob)

    def office(self, root: Path, url: str | None):
        import shutil
        from kiosk.sync.keys import public_key_b64
        lib = _library(root, url)
        shutil.copytree(self.keys_dir, lib.keys_dir, dirs_exist_ok=True)
        lib.trust(public_key_b64(self.kiosk_key.public_key()), "kiosk-bench")
        return lib

    def import_seconds(self, lib) -> float:
        from kiosk.office.importer import S3Source, import_from
        start = time.perf_counter()
        report = import_from(lib, S3Source("office-bench", "in", client=self.client))
        assert len(report.imported) == ENVELOPES, report.summary()
        return time.perf_counter() - start

    def processes_seconds(self, root: Path, processes: int) -> float:
        env = {**os.environ, "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
        command = [sys.executable, "-m", "kiosk.cli", "office", "import", "s3://office-bench/in", "--endpoint-url",
                   self.endpoint, "--office-dir", str(root), "--json"]
        start = time.perf_counter()
        runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
                for _ in range(processes)]
        imported = sum(len(json.loads(run.communicate()[0])["imported"]) for run in runs)
        assert imported == ENVELOPES, imported
        return time.perf_counter() - start

    def stop(self):
        self.server.stop()


def _seed_items(lib) -> None:
    from kiosk import text as textmod
    topics = ["traffic", "cleanliness", "green_space", "public_transport", "culture", None]
    rows = []
    for n in range(ITEMS):
        at = f"2026-{(n % 12) + 1:02d}-{(n % 28) + 1:02d}T{n % 24:02d}:{n % 60:02d}:00.000Z"
        text = f"پرسش شماره {n} دربارهٔ خیابان"
        rows.append((uuid.uuid4().hex, f"{n // 10000:04d}-{n % 10000:04d}", f"kiosk-{n % 7}", "text", "fa", at, at,
                     "approved", topics[n % 6], text, text, textmod.search_key(text), '["broadcast", "record"]',
                     at, n % 5 == 0))
    sql = ("INSERT INTO items (id, ticket, kiosk_id, kind, language, created_at, submitted_at, kiosk_status, topic,"
           " text, text_display, search_key, consent_scopes, imported_at, selected) VALUES"
           " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    from kiosk.office.database import write_transaction
    with write_transaction(lib.db):
        for start in range(0, len(rows), 5000):
            lib.db.executemany(sql, rows[start:start + 5000])


def _first_page_seconds(root: Path) -> float:
    from kiosk.office.library import ItemFilter, open_library
    from ui.office.queries import query
    lib = open_library(root)
    return best_of(lambda: query(lib, ItemFilter()), 3)


def run() -> list[str]:
    from tests.pgserver import PostgresServer
    server = PostgresServer().start()
    envelopes = _Envelopes()
    lines = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            t_sqlite = envelopes.import_seconds(envelopes.office(tmp / "imp-sqlite", None))
            t_pg = envelopes.import_seconds(envelopes.office(tmp / "imp-pg", server.fresh_database_url()))
            lines.append(figure(f"office_pg.import_{ENVELOPES}_envelopes_s3_postgresql", t_pg, "s",
                                "the same on SQLite", t_sqlite))
            for name, url in (("page-sqlite", None), ("page-pg", server.fresh_database_url())):
                _seed_items(_library(tmp / name, url))
            t_page_sqlite = _first_page_seconds(tmp / "page-sqlite")
            t_page_pg = _first_page_seconds(tmp / "page-pg")
            lines.append(figure(f"office_pg.console_first_page_{ITEMS // 1000}k_items_postgresql", t_page_pg * 1000,
                                "ms", "the same on SQLite", t_page_sqlite * 1000))
            one, two = tmp / "one", tmp / "two"
            envelopes.office(one, server.fresh_database_url())
            envelopes.office(two, server.fresh_database_url())
            t_one = envelopes.processes_seconds(one, 1)
            t_two = envelopes.processes_seconds(two, 2)
            lines.append(figure(f"office_pg.two_importers_{ENVELOPES}_envelopes_postgresql", t_two, "s",
                                "one importer", t_one))
    finally:
        envelopes.stop()
        server.stop()
    return lines
