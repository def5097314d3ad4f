"""Tapping Type on a full disk: the citizen is told in words, nothing raises inside a Qt slot."""
from __future__ import annotations

import pytest

from kiosk.store import open_store
from tests.diskfull import fill, tiny_disk


@pytest.fixture
def data_dir(tmp_path):  # the kiosk's data dir on a small disk of its own
    with tiny_disk(tmp_path / "disk") as disk:
        yield disk / "data"


@pytest.mark.timeout(60)
def test_type_on_a_full_disk_is_said_in_words(fake_mic, qtbot, kiosk, settings, data_dir):
    fake_mic.install_no_device()
    kiosk.tap("langEn")
    kiosk.start("en")
    reason = kiosk.w("voiceUnavailable")
    qtbot.waitUntil(lambda: reason.text() and "…" not in reason.text(), timeout=15000)  # check over
    fill(data_dir.parent)
    kiosk.tap("modeText")  # an exception in this slot would fail the test (pytest-qt captures it)
    qtbot.waitUntil(lambda: "ask the staff" in reason.text() and reason.isVisible(), timeout=10000)
    assert kiosk.screen() == "screen_choose"
    for filler in data_dir.parent.glob("filler-*"):
        filler.unlink()
    assert open_store(settings).count() == 0  # no half-made draft
