"""The office's settings bundle on the citizen screens: applied between sessions only (topics and
consent change on screen, each submission keeps the consent version it was given under), and the
attract screen's next live show in Jalali with Persian digits (a fake clock, no sleeping)."""
from __future__ import annotations

from datetime import datetime

from kiosk.config import load_settings
from kiosk.office import keys
from kiosk.office.library import open_library
from kiosk.office.settings_publish import publish
from kiosk.store import open_store
from kiosk.sync.keys import init_key
from kiosk.sync.worker import sync_once
from tests.ui.conftest import Driver, make_window


BUNDLE = """
consent_version = "2026-12-1"
answered_live = 1280
[ui]
topics = ["water", "traffic"]
[topic_labels.water]
fa = "آب و فاضلاب"
ar = "المياه"
en = "Water"
[consent_text]
fa = "متن تازه رضایت برای این هفته"
ar = "نص الموافقة الجديد"
en = "This week's consent text"
[[programme]]
date = "2026-11-30"
time = "20:00"
title = { fa = "شهروند و شهردار", ar = "المواطن والعمدة", en = "Citizen and Mayor" }
[[programme]]
date = "2026-12-07"
time = "20:00"
title = { fa = "برنامه بعدی", ar = "البرنامج التالي", en = "Next programme" }
"""


def test_bundle_applies_between_sessions_only(qtbot, tmp_path, monkeypatch):
    office = open_library(tmp_path / "office")
    pub = keys.generate(office.keys_dir)
    share = tmp_path / "share"
    share.mkdir()
    settings = load_settings(data_dir=tmp_path / "data", environ={},
                             ui={"min_interval_s": 0},
                             delivery={"path": str(share), "office_signing_key": pub.signing_public})
    init_key(settings)
    window = make_window(qtbot, settings, monkeypatch)
    kiosk = Driver(qtbot, window)
    try:
        kiosk.start("fa")  # a citizen agrees under the old consent version...
        source = tmp_path / "bundle.toml"
        source.write_text(BUNDLE, encoding="utf-8")
        publish(office, source, str(share / "citizen-tribune"))
        sync_once(settings)  # ...while the outbox pass accepts the office's new bundle
        window.flow.bundles.check()
        qtbot.waitUntil(lambda: window.flow.bundles.pending is not None, timeout=5000)
        kiosk.type_text("پرسش درباره خیابان")
        assert window.findChild(type(kiosk.w("topic_traffic")), "topic_water") is None  # never mid-journey
        kiosk.tap("topic_traffic")
        kiosk.wait_screen("review")
        kiosk.tap("submitButton")
        kiosk.wait_screen("receipt")
        kiosk.tap("doneButton")
        kiosk.wait_screen("attract")
        water = kiosk.w("topic_water")  # applied now, between sessions, named in Persian
        assert water.text() == "آب و فاضلاب"
        assert kiosk.w("attractAnsweredCount").isVisibleTo(window)

        kiosk.start("en")
        assert kiosk.w("consentText").text() == "This week's consent text"
        kiosk.type_text("About the water")
        assert kiosk.w("topic_water").text() == "Water"
        kiosk.tap("topic_water")
        kiosk.wait_screen("review")
        kiosk.tap("submitButton")
        kiosk.wait_screen("receipt")
        versions = [(s.topic, s.consent_version) for s in open_store(settings).list(status="submitted")]
        assert sorted(versions) == [("traffic", "2026-11-1"), ("water", "2026-12-1")]
    finally:
        window.flow.reset("test-end")
        window.allow_exit()
        window.close()


def test_attract_shows_the_next_show_in_jalali_with_persian_digits(qtbot):
    from PySide6.QtWidgets import QApplication
    from ui.app import apply_language, setup_application
    from ui.screens.attract import AttractScreen
    app = setup_application(QApplication.instance(), "fa")
    shows = [{"date": "2026-11-23", "time": "20:00", "title": {"fa": "گذشته", "ar": "x", "en": "past"}},
             {"date": "2026-12-07", "time": "21:30", "title": {"fa": "بعدی", "ar": "التالي", "en": "later"}},
             {"date": "2026-11-30", "time": "20:00", "title": {"fa": "شهروند و شهردار", "ar": "المواطن",
                                                             "en": "Citizen and Mayor"}}]
    screen = AttractScreen(now=lambda: datetime(2026, 11, 29, 9, 0))
    qtbot.addWidget(screen)
    screen.set_programme(shows, 128)
    text = screen.findChild(type(screen.notice), "attractNextShow").text()
    assert "پاسخ زنده بعدی" in text
    assert "دوشنبه ۹ آذر" in text and "\u2066۲۰:۰۰\u2069" in text  # Jalali, Persian digits, isolated
    assert "شهروند و شهردار" in text
    count = screen.findChild(type(screen.notice), "attractAnsweredCount").text()
    assert "۱۲۸" in count and "128" not in count
    screen.programme.now = lambda: datetime(2026, 11, 30, 21, 0)  # that show is over: the next one
    screen.programme.refresh()
    assert "۱۶ آذر" in screen.findChild(type(screen.notice), "attractNextShow").text()
    screen.programme.now = lambda: datetime(2026, 11, 29, 9, 0)
    apply_language(app, "en")
    try:
        label = screen.findChild(type(screen.notice), "attractNextShow")
        qtbot.waitUntil(lambda: label.text().startswith("Next"), timeout=3000)
        text = label.text()
        assert text.startswith("Next live answers: Monday 30 November") and "Citizen and Mayor" in text
    finally:
        apply_language(app, "fa")


def test_topic_chips_follow_the_citizens_language(kiosk):
    """Failed before TopicScreen.entered retranslated: an English journey showed Persian chips."""
    kiosk.start("en")
    kiosk.type_text("About the park")
    assert kiosk.w("topic_traffic").text() == "Traffic"
