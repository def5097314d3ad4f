"""The public ticket-status site: what is published (never text or phone), incremental republish,
withdrawal, S3 read-back, and the page itself in a real headless Chromium over loopback HTTP."""
from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from kiosk.office.channels import add_question
from kiosk.office.publish import FolderTarget, S3Target, publish
from kiosk.office.shows import Shows
from kiosk.office.status_records import record_name, site_key
from kiosk.store.tickets import new_ticket
from tests.office.helpers import add_item
from tests.sync.helpers import s3_client

pytestmark = pytest.mark.timeout(180)
SECRET_TEXT = "پرسش محرمانهٔ شهروند دربارهٔ کوچه"
SECRET_PHONE = "09127654321"


@pytest.fixture
def programme(office):
    """Four questions at four stages; the answered one was answered live on 2026-12-03 (1405/09/12)."""
    shows = Shows(office.db)
    show = shows.create(date(2026, 12, 3), "شهروند و شهردار", "20:00")
    answered = add_item(office, 1, ticket=new_ticket(), text=SECRET_TEXT, phone=SECRET_PHONE)
    planned = add_item(office, 2, ticket=new_ticket())
    received = add_item(office, 3, ticket=new_ticket())
    refused = add_item(office, 4, ticket=new_ticket())
    insta = add_question(office.db, "instagram", "پرسش اینستاگرام", handle="@someone", draw=True)
    shows.add(show, [answered["ticket"], planned["ticket"]])
    shows.mark_answered(show, answered["ticket"], at=datetime(2026, 12, 3, 17, 5, tzinfo=timezone.utc))
    shows.set_outcome(refused["ticket"], "referred")
    return {"lib": office, "show": show, "answered": answered, "planned": planned, "received": received,
            "refused": refused, "insta": insta}


def read_record(root: Path, lib, ticket: str) -> dict:
    return json.loads((root / record_name(site_key(lib.keys_dir), ticket)).read_text())


def test_records_say_the_stage_and_nothing_personal(programme, tmp_path):
    lib, site = programme["lib"], tmp_path / "site"
    report = publish(lib, FolderTarget(site))
    assert report.published == 5 and report.removed == 0
    entry = read_record(site, lib, programme["answered"]["ticket"])["entries"][0]
    assert entry["stage"] == "answered" and entry["answered_at"].startswith("2026-12-03")
    assert entry["show"] == {"date": "2026-12-03", "time": "20:00", "title": "شهروند و شهردار"}
    assert read_record(site, lib, programme["planned"]["ticket"])["entries"][0]["stage"] == "selected"
    assert read_record(site, lib, programme["received"]["ticket"])["entries"][0]["stage"] == "received"
    refused = read_record(site, lib, programme["refused"]["ticket"])["entries"][0]
    assert refused["stage"] == "not_selected" and refused["reason"] == "referred"
    # nothing in the tree holds a question's text, a phone, a handle, a ticket or an internal id
    blob = b"".join(p.read_bytes() for p in site.rglob("*") if p.is_file())
    for secret in (SECRET_TEXT, SECRET_PHONE, "@someone", "پرسش اینستاگرام", programme["answered"]["id"],
                   "kiosk-aaaa", programme["answered"]["ticket"], programme["insta"]["ticket"]):
        assert secret.encode() not in blob, secret
    assert not any("ticket" in p.name for p in site.rglob("*"))


def test_republish_writes_only_what_changed_and_withdrawal_removes(programme, tmp_path):
    lib, site = programme["lib"], tmp_path / "site"
    publish(lib, FolderTarget(site))
    again = publish(lib, FolderTarget(site))
    assert (again.published, again.removed, again.unchanged, again.assets) == (0, 0, 5, 0)
    Shows(lib.db).mark_answered(programme["show"], programme["planned"]["ticket"])
    lib.withdraw(programme["received"]["ticket"])
    changed = publish(lib, FolderTarget(site))
    assert (changed.published, changed.removed, changed.unchanged) == (1, 1, 3)
    assert not (site / record_name(site_key(lib.keys_dir), programme["received"]["ticket"])).exists()
    assert read_record(site, lib, programme["planned"]["ticket"])["entries"][0]["stage"] == "answered"


def test_published_to_s3_and_read_back(programme, moto_server, bucket, aws_env):
    lib = programme["lib"]
    client = s3_client(moto_server)
    report = publish(lib, S3Target(f"s3://{bucket}/status", client=client))
    assert report.published == 5
    key = "status/" + record_name(site_key(lib.keys_dir), programme["answered"]["ticket"])
    obj = client.get_object(Bucket=bucket, Key=key)
    assert json.loads(obj["Body"].read())["entries"][0]["stage"] == "answered"
    assert obj["ContentType"] == "application/json"
    page = client.get_object(Bucket=bucket, Key="status/index.html")
    assert page["ContentType"].startswith("text/html") and b"ticketStatus" in page["Body"].read()
    lib.withdraw(programme["answered"]["ticket"])
    assert publish(lib, S3Target(f"s3://{bucket}/status", client=client)).removed == 1
    with pytest.raises(client.exceptions.NoSuchKey):
        client.get_object(Bucket=bucket, Key=key)


# ---- the page in a real browser -----------------------------------------------------------------
@pytest.fixture
def served(programme, tmp_path):
    site = tmp_path / "site"
    publish(programme["lib"], FolderTarget(site))
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html", programme
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver")
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("Debian's chromium and chromium-driver are not installed (scripts/setup.sh --test)")
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=412,915", f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(flag)
    b = webdriver.Chrome(service=Service(driver), options=options)
    yield b
    b.quit()


def wait_for_stage(browser, stage=None):
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(browser, 20).until(
        lambda b: b.find_element("id", "ticketStatus").get_attribute("data-stage") not in ("", None)
        and (stage is None or b.find_element("id", "ticketStatus").get_attribute("data-stage") == stage))
    return browser.find_element("id", "ticketStatus")


def type_ticket(browser, url, text):
    browser.get(url)
    box = browser.find_element("id", "ticketInput")
    box.clear()
    box.send_keys(text)
    browser.find_element("id", "lookupButton").click()


def persian(code: str) -> str:
    return code.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def test_typing_a_ticket_in_persian_digits_shows_answered_live_with_the_jalali_date(served, browser):
    url, prog = served
    type_ticket(browser, url, persian(prog["answered"]["ticket"]))
    status = wait_for_stage(browser, "answered")
    assert status.get_attribute("data-draw") == "none"
    text = status.text
    assert "پاسخ داد" in text and "آذر" in text and "۱۴۰۵" in text and "۱۲" in text, text
    assert "/" not in browser.current_url.split("#")[-1]


def test_unknown_and_mistyped_codes_each_have_their_own_message(served, browser):
    url, prog = served
    unknown = new_ticket()
    type_ticket(browser, url, unknown.replace("-", ""))
    first = wait_for_stage(browser, "unknown").text
    code = prog["planned"]["ticket"]
    typo = code[:-1] + str((int(code[-1]) + 3) % 10)
    type_ticket(browser, url, typo)
    second = wait_for_stage(browser, "invalid").text
    assert first != second and "رقم آخر" in second and "هنوز" in first


def test_the_qr_fragment_shows_status_without_typing_in_english(served, browser):
    url, prog = served
    browser.get(f"{url}?lang=en#{prog['planned']['ticket']}")
    status = wait_for_stage(browser, "selected")
    assert "planned for the live programme" in status.text and "20:00" in status.text
    browser.get(f"{url}?lang=en#{prog['insta']['ticket']}")
    assert wait_for_stage(browser, "received").get_attribute("data-draw") == "none"


def test_draw_outcome_and_signed_minutes_are_published(programme, tmp_path):
    from kiosk.office import draws
    lib, site = programme["lib"], tmp_path / "site"
    prepared = draws.prepare(lib, date(2020, 1, 1), date.today())
    minutes, _json, _html = draws.run(lib, prepared.commitment, ["witness"], None, 1, 1)
    publish(lib, FolderTarget(site))
    winner, reserve = minutes["winners"][0]["ticket"], minutes["reserves"][0]["ticket"]
    won = read_record(site, lib, winner)["entries"][0]
    assert won["draw"] == "winner" and (site / won["minutes"]).exists()
    assert json.loads((site / won["minutes"]).with_suffix(".json").read_text())["seed"] == minutes["seed"]
    assert read_record(site, lib, reserve)["entries"][0]["draw"] == "reserve"
    entered = {programme[k]["ticket"] for k in ("answered", "planned", "received", "refused", "insta")} - {winner, reserve}
    assert {read_record(site, lib, t)["entries"][0]["draw"] for t in entered} == {"entered"}


def test_the_page_shows_a_winner_with_the_minutes_link(programme, tmp_path, browser):
    from kiosk.office import draws
    lib = programme["lib"]
    prepared = draws.prepare(lib, date(2020, 1, 1), date.today())
    minutes, _json, _html = draws.run(lib, prepared.commitment, ["witness"], None, 1)
    site = tmp_path / "site"
    publish(lib, FolderTarget(site))
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
        browser.get(f"{url}#{minutes['winners'][0]['ticket']}")
        status = wait_for_stage(browser)
        assert status.get_attribute("data-draw") == "winner" and "برنده" in status.text
        link = browser.find_element("id", "minutesLink")
        browser.get(link.get_attribute("href"))
        assert minutes["seed"] in browser.page_source
    finally:
        server.shutdown()
        server.server_close()
