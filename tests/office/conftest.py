"""Office fixtures: the delivery tests' moto S3 server and AWS isolation, an office with keys and a
kiosk it trusts (real Ed25519 key, real age recipient).

Every test that uses `office` runs twice: on the SQLite file and on a real PostgreSQL server
(tests/pgserver.py, one per session, a fresh schema per test). The URL is written to the office
dir's office.toml, so `open_library(office.root)` and `kiosk office … --office-dir` in a
subprocess reach the same library."""
from __future__ import annotations

import pytest

from kiosk.office import keys
from kiosk.office.office_config import CONFIG_FILE
from kiosk.office.library import open_library
from kiosk.sync.keys import init_key
from tests.pgserver import PostgresServer
from tests.s3server import aws_env, bucket, moto_server  # noqa: F401 - shared fixtures
from tests.sync.helpers import make_settings


@pytest.fixture(scope="session")
def pg_server():
    server = PostgresServer()
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def office_engine(request):
    return request.param


def office_root(tmp_path, request, engine: str, name: str = "office"):
    """An office dir whose library is on `engine` (a fresh PostgreSQL schema for postgresql)."""
    root = tmp_path / name
    root.mkdir(parents=True, exist_ok=True)
    if engine == "postgresql":
        url = request.getfixturevalue("pg_server").fresh_url()
        (root / CONFIG_FILE).write_text(f'[office]\ndatabase_url = "{url}"\n', encoding="utf-8")
    return root


@pytest.fixture
def office(tmp_path, request, office_engine, monkeypatch):
    monkeypatch.delenv("KIOSK_OFFICE_DATABASE_URL", raising=False)
    lib = open_library(office_root(tmp_path, request, office_engine))
    keys.generate(lib.keys_dir)
    yield lib
    lib.close()


@pytest.fixture
def kiosk_settings(data_dir, office):
    """A kiosk delivering to a folder, encrypting to the office, trusted by it."""
    recipient = keys.load_public(office.keys_dir).recipient
    settings = make_settings(data_dir, delivery={"office_recipients": [recipient],
                                                 "path": str(data_dir.parent / "share")})
    (data_dir.parent / "share").mkdir()
    office.trust(init_key(settings), settings.kiosk_id)
    return settings
