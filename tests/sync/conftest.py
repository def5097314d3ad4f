"""Fixtures for delivery tests: real moto S3 server on 127.0.0.1 (OS-chosen port), real age keys,
real approved submissions made through the store API with a real WAV file."""
from __future__ import annotations

import re

import pyrage
import pytest

from kiosk.sync.keys import init_key
from tests.sync.helpers import make_settings, s3_client


@pytest.fixture(scope="session")
def moto_server():
    from moto.server import ThreadedMotoServer
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture(autouse=True)
def aws_env(monkeypatch):
    # moto accepts any credentials; real ones must never be picked up from the machine.
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", "/nonexistent")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")


@pytest.fixture
def office_identity():
    return pyrage.x25519.Identity.generate()


@pytest.fixture
def bucket(moto_server, request):
    name = ("tribune-" + re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()))[:50].strip("-")
    client = s3_client(moto_server)
    client.create_bucket(Bucket=name)
    return name


@pytest.fixture
def keyed_settings(data_dir, office_identity):
    settings = make_settings(data_dir, delivery={"office_recipients": [str(office_identity.to_public())]})
    init_key(settings)
    return settings
