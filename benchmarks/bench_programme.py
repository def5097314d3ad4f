"""Programme figures: publishing the ticket-status site for 100,000 tickets (full, then incremental
after 100 changes) vs writing the same number of small files with plain Python; looking one ticket
up in headless Chromium (HMAC in WebCrypto + one fetch) vs loading the page alone."""
from __future__ import annotations

import functools
import http.server
import shutil
import tempfile
import threading
import time
import uuid
from datetime import date
from pathlib import Path

from benchmarks.common import figure

TICKETS = 100_000
CHANGES = 100


def _library(tmp: Path):
    from kiosk.office import keys
    from kiosk.office.library import open_library
    from kiosk.store.tickets import new_ticket
    lib = open_library(tmp / "office")
    keys.generate(lib.keys_dir)
    now = "2026-11-26T12:00:00.000Z"
    tickets = set()
    while len(tickets) < TICKETS:
        tickets.add(new_ticket())
    rows = [(uuid.uuid4().hex, t, "kiosk-bench", "text", now, now, "approved", '["broadcast"]', now)
            for t in sorted(tickets)]
    from kiosk.office.database import write_transaction
    with write_transaction(lib.db):
        lib.db.executemany("INSERT INTO items (id, ticket, kiosk_id, kind, created_at, submitted_at, kiosk_status,"
                           " consent_scopes, imported_at) VALUES (?,?,?,?,?,?,?,?,?)", rows)
    return lib, [r[1] for r in rows]


def _plain_files(folder: Path, count: int) -> float:
    start = time.perf_counter()
    for i in range(count):
        path = folder / f"{i % 256:02x}" / f"{i:032x}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b'{"v": 1, "entries": [{"stage": "received", "received": "2026-11-26"}]}')
    return time.perf_counter() - start


def _publish_figures(tmp: Path) -> tuple[list[str], object, list[str]]:
    from kiosk.office.publish import FolderTarget, publish
    from kiosk.office.shows import Shows
    lib, tickets = _library(tmp)
    start = time.perf_counter()
    full = publish(lib, FolderTarget(tmp / "site"))
    full_s = time.perf_counter() - start
    assert full.published == TICKETS, full
    shows = Shows(lib.db)
    show = shows.create(date(2026, 12, 3))
    shows.add(show, tickets[:CHANGES])
    start = time.perf_counter()
    incremental = publish(lib, FolderTarget(tmp / "site"))
    incremental_s = time.perf_counter() - start
    assert incremental.published == CHANGES, incremental
    plain_s = _plain_files(tmp / "plain", TICKETS)
    plain_changes_s = _plain_files(tmp / "plain-changes", CHANGES)
    return [figure(f"programme.publish_{TICKETS // 1000}k_full", full_s, "s",
                   "plain Python writing the same number of small files", plain_s),
            figure(f"programme.publish_incremental_{CHANGES}_changes", incremental_s, "s",
                   f"plain Python writing {CHANGES} small files", plain_changes_s),
            figure("programme.publish_incremental_vs_full", incremental_s, "s", "the full publish", full_s)], lib, tickets


def _lookup_figure(tmp: Path, ticket: str) -> str | None:
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        return None
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait
    handler = functools.partial(_Quiet, directory=str(tmp / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--no-first-run", f"--user-data-dir={tmp / 'chromium'}"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(driver), options=options)
    url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
    try:
        browser.get(url)  # warm: fonts, script, site key in the cache
        page_times, lookup_times = [], []
        for _ in range(5):
            start = time.perf_counter()
            browser.get(url + "?r=" + str(time.time()))
            page_times.append(time.perf_counter() - start)
            box = browser.find_element("id", "ticketInput")
            start = time.perf_counter()
            box.send_keys(ticket)
            browser.find_element("id", "lookupButton").click()
            WebDriverWait(browser, 20).until(
                lambda b: b.find_element("id", "ticketStatus").get_attribute("data-stage") == "selected")
            lookup_times.append(time.perf_counter() - start)
        lookup, page = sorted(lookup_times)[2] * 1000, sorted(page_times)[2] * 1000
        return figure("programme.status_lookup_chromium", lookup, "ms", "loading the page itself", page)
    finally:
        browser.quit()
        server.shutdown()
        server.server_close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        lines, _lib, tickets = _publish_figures(Path(tmp))
        lookup = _lookup_figure(Path(tmp), tickets[0])
        lines.append(lookup or "programme.status_lookup_chromium: skipped (chromium/chromedriver not installed)")
        return lines
