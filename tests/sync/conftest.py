"""Fixtures for delivery tests: real moto S3 server on 127.0.0.1 (OS-chosen port), real age keys,
real approved submissions made through the store API with a real WAV file."""
from __future__ import annotations

import pyrage
import pytest

from kiosk.sync.keys import init_key
from tests.s3server import aws_env, bucket, moto_server  # noqa: F401 - shared fixtures
from tests.sync.helpers import make_settings


@pytest.fixture
def office_identity():
    return pyrage.x25519.Identity.generate()


@pytest.fixture
def keyed_settings(data_dir, office_identity):
    settings = make_settings(data_dir, delivery={"office_recipients": [str(office_identity.to_public())]})
    init_key(settings)
    return settings
