"""The whole loop of the programme: a citizen types a question at the kiosk and keeps the receipt;
staff approve it; it is delivered signed and encrypted; the office imports it, plans it in a show,
marks it answered live and publishes; the citizen's phone browser, given the code from the receipt
in Persian digits, shows "answered live" with the Jalali date."""
from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading

import pytest

from kiosk.office.importer import import_from
from kiosk.store import open_store
from kiosk.sync.worker import sync_once
from kiosk.text import normalize_digits
from tests.office.test_status_site import _QuietHandler, browser, persian, type_ticket, wait_for_stage  # noqa: F401
from tests.ui.conftest import Driver, make_window

pytestmark = pytest.mark.timeout(180)


def office_cli(office, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "kiosk.cli", "office", "--office-dir", str(office.root), *args],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_receipt_to_answered_live_in_the_citizens_browser(qtbot, monkeypatch, office, kiosk_settings, tmp_path,
                                                          browser):
    window = make_window(qtbot, kiosk_settings, monkeypatch)
    kiosk = Driver(qtbot, window)
    try:
        kiosk.start("fa", broadcast=True)
        kiosk.type_text("چرا پارک محله‌ی ما شب‌ها تاریک است؟")
        kiosk.tap("topic_green_space")
        kiosk.wait_screen("review")
        kiosk.tap("submitButton")
        kiosk.wait_screen("receipt")
        on_receipt = kiosk.w("ticketLabel").text()  # what the citizen takes home, in Persian digits
    finally:
        window.flow.reset("test-end")
        window.allow_exit()
        window.close()
    ticket = normalize_digits(on_receipt)
    store = open_store(kiosk_settings)
    sub = store.list(status="submitted")[0]
    store.transition(sub.id, "approved", actor="staff")
    assert sync_once(kiosk_settings).sent == 1
    report = import_from(office, str(kiosk_settings.delivery_folder))
    assert len(report.imported) == 1 and office.get(ticket)["text"] == "چرا پارک محله‌ی ما شب‌ها تاریک است؟"

    show = office_cli(office, "show", "create", "--date", "1405-09-12", "--time", "20:00", "--json")
    show_id = show.split(":")[1].strip(" }\n")
    office_cli(office, "show", "add", show_id, on_receipt)  # the clerk may type it in Persian digits too
    office_cli(office, "show", "answered", show_id, on_receipt)
    site = tmp_path / "site"
    office_cli(office, "publish", "--to", str(site), "--json")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        type_ticket(browser, f"http://127.0.0.1:{server.server_address[1]}/index.html", persian(ticket))
        status = wait_for_stage(browser, "answered")
        assert "پاسخ داد" in status.text and "آذر" in status.text, status.text
    finally:
        server.shutdown()
        server.server_close()
