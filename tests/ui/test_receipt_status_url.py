"""[ui] status_url: the receipt's QR opens the ticket's page on the public status site."""
from __future__ import annotations

import pytest

from kiosk.config import ConfigError, load_settings
from kiosk.text import normalize_digits
from tests.ui.conftest import Driver, make_window
from ui.widgets.qr import qr_pixmap

URL = "https://status.example.org/q/#{ticket}"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_qr_encodes_the_status_address_and_the_receipt_prints_it(qtbot, data_dir, monkeypatch, lang):
    settings = load_settings(data_dir=data_dir, environ={}, ui={"status_url": URL})
    window = make_window(qtbot, settings, monkeypatch)
    kiosk = Driver(qtbot, window)
    try:
        kiosk.start(lang)
        kiosk.type_text("پرسش درباره‌ی پارک")
        kiosk.tap("topic_traffic")
        kiosk.wait_screen("review")
        kiosk.tap("submitButton")
        kiosk.wait_screen("receipt")
        ticket = normalize_digits(kiosk.w("ticketLabel").text())
        shown = kiosk.w("ticketQr").pixmap().toImage()
        assert shown == qr_pixmap(f"https://status.example.org/q/#{ticket}", 220).toImage()
        assert shown != qr_pixmap(ticket, 220).toImage()
        address = kiosk.w("statusAddress")
        assert address.isVisible() and address.text() == "\u2066status.example.org/q\u2069"
        kiosk.tap("doneButton")
        kiosk.wait_screen("attract")
        assert address.text() == ""
    finally:
        window.flow.reset("test-end")
        window.allow_exit()
        window.close()


def test_without_a_status_url_the_qr_holds_the_ticket(kiosk, settings):
    kiosk.start("fa")
    kiosk.type_text("پرسش")
    kiosk.tap("topic_traffic")
    kiosk.wait_screen("review")
    kiosk.tap("submitButton")
    kiosk.wait_screen("receipt")
    ticket = normalize_digits(kiosk.w("ticketLabel").text())
    assert kiosk.w("ticketQr").pixmap().toImage() == qr_pixmap(ticket, 220).toImage()
    assert not kiosk.w("statusAddress").isVisible()


@pytest.mark.parametrize("bad", ["status.example.org/#{ticket}", "https://example.org/status/"])
def test_a_status_url_without_scheme_or_ticket_is_refused_in_words(data_dir, bad):
    with pytest.raises(ConfigError, match="ui.status_url"):
        load_settings(data_dir=data_dir, environ={}, ui={"status_url": bad})
