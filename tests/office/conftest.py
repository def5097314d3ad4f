"""Office fixtures: the delivery tests' moto S3 server and AWS isolation, an office with keys and a
kiosk it trusts (real Ed25519 key, real age recipient)."""
from __future__ import annotations

import pytest

from kiosk.office import keys
from kiosk.office.library import open_library
from kiosk.sync.keys import init_key
from tests.s3server import aws_env, bucket, moto_server  # noqa: F401 - shared fixtures
from tests.sync.helpers import make_settings


@pytest.fixture
def office(tmp_path):
    lib = open_library(tmp_path / "office")
    keys.generate(lib.keys_dir)
    return lib


@pytest.fixture
def kiosk_settings(data_dir, office):
    """A kiosk delivering to a folder, encrypting to the office, trusted by it."""
    recipient = keys.load_public(office.keys_dir).recipient
    settings = make_settings(data_dir, delivery={"office_recipients": [recipient],
                                                 "path": str(data_dir.parent / "share")})
    (data_dir.parent / "share").mkdir()
    office.trust(init_key(settings), settings.kiosk_id)
    return settings
