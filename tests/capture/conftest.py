"""Capture tests run real PortAudio against the fake ALSA microphone in tests/fakemic.py."""
from __future__ import annotations

import pytest

from tests.fakemic import fake_mic  # noqa: F401  (fixture)


@pytest.fixture
def audio(tmp_path):
    from kiosk.config import load_settings
    return load_settings(data_dir=tmp_path / "data", environ={}).audio
