"""The health panel's encryption row in the staff's words: why items wait and what to do."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.staff import health
from kiosk.store import open_store
from tests.sync.helpers import make_approved
from ui.app import setup_application
from ui.staff.health import detail_text, row_name

pytestmark = pytest.mark.timeout(60)


def test_encryption_row_in_persian_and_english(qapp, settings):
    make_approved(settings, 1, scopes=("record", "draw"))
    row = {r["name"]: r for r in health.snapshot(settings, open_store(settings).db)}["encryption"]
    setup_application(QApplication.instance(), "fa")
    try:
        assert row_name("encryption") == "رمزنگاری" and row["ok"] is False
        words = detail_text(row)
        assert words.startswith("کلید دفتر تنظیم نشده است") and "۱ پرسش دارای شماره تلفن" in words
        assert "\u2066kiosk office keygen\u2069" in words
        setup_application(QApplication.instance(), "en")
        assert detail_text(row).startswith("No office key is set") and row_name("encryption") == "Encryption"
    finally:
        setup_application(QApplication.instance(), "fa")
