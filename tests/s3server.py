"""moto's real S3 server on 127.0.0.1 (OS-chosen port) and AWS isolation, shared by the delivery,
office and fault tests. Import the fixtures into a conftest:

    from tests.s3server import aws_env, bucket, moto_server  # noqa: F401 - shared fixtures
"""
from __future__ import annotations

import logging
import re
import uuid

import pytest

from tests.sync.helpers import s3_client

FAKE_AWS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent"}


@pytest.fixture(scope="session")
def moto_server():
    from moto.server import ThreadedMotoServer
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request drowns a failure
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture(autouse=True)
def aws_env(monkeypatch):
    # moto accepts any credentials; real ones must never be picked up from the machine.
    for name, value in FAKE_AWS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@pytest.fixture
def bucket(moto_server, request):
    # The test's name, cut to fit, plus a unique tail: long names of two parametrised runs (sqlite,
    # postgresql) would otherwise cut to one bucket and see each other's objects.
    name = ("tribune-" + re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()))[:50].strip("-")
    name = f"{name}-{uuid.uuid4().hex[:8]}"
    client = s3_client(moto_server)
    client.create_bucket(Bucket=name)
    return name
