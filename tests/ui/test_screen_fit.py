"""Attract screen details: language buttons stay put across languages, the throttle notice says
how long to wait (in the language's digits), and text grows with a 1920x1080 screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from kiosk.store import open_store

pytestmark = pytest.mark.timeout(60)


def _geometry(kiosk, name):
    w = kiosk.w(name)
    return w.mapTo(kiosk.window, QPoint(0, 0)), w.size()


def test_language_buttons_do_not_move_when_the_language_changes(kiosk, qtbot):
    names = ("langFa", "langAr", "langEn")
    kiosk.tap("langFa")
    fa = [_geometry(kiosk, n) for n in names]
    kiosk.tap("langEn")
    en = [_geometry(kiosk, n) for n in names]
    kiosk.tap("langAr")
    ar = [_geometry(kiosk, n) for n in names]
    assert fa == en == ar
    assert fa[0][0].x() < fa[1][0].x() < fa[2][0].x()  # fa · ar · en from left to right


@pytest.mark.parametrize("lang,digits", [("fa", "۱۸"), ("en", "18"), ("ar", "١٨")])
def test_throttle_says_how_long_to_wait(kiosk, settings, lang, digits):
    from datetime import timedelta
    settings.ui.min_interval_s = 20
    store = open_store(settings)
    d = store.create_draft("text", "fa", "v1", ["record"])
    store.update_draft(d.id, text="a question")
    store.submit(d.id)
    flow = kiosk.window.flow
    submitted = store.get(d.id).submitted_at
    from kiosk.throttle import parse_utc
    flow.session.now = lambda: parse_utc(submitted) + timedelta(seconds=2.5)  # 17.5 s to wait
    kiosk.tap({"fa": "langFa", "ar": "langAr", "en": "langEn"}[lang])
    kiosk.tap("attractStart")
    notice = kiosk.w("attractNotice")
    assert kiosk.screen() == "screen_attract" and notice.isVisible()
    assert digits in notice.text(), notice.text()
    if lang == "en":
        assert "18 seconds" in notice.text()


def test_hourly_cap_says_minutes(kiosk, settings):
    from datetime import timedelta
    from kiosk.throttle import parse_utc
    settings.ui.min_interval_s, settings.ui.max_per_hour = 0, 1
    store = open_store(settings)
    d = store.create_draft("text", "fa", "v1", ["record"])
    store.update_draft(d.id, text="a question")
    store.submit(d.id)
    submitted = parse_utc(store.get(d.id).submitted_at)
    kiosk.window.flow.session.now = lambda: submitted + timedelta(minutes=59, seconds=30)
    kiosk.tap("langEn")
    kiosk.tap("attractStart")
    assert "in 1 minute." in kiosk.w("attractNotice").text()


def test_text_scales_with_the_screen(kiosk, qtbot):
    window = kiosk.window
    sizes = {}
    for size in ((1280, 800), (1920, 1080)):
        window.resize(*size)
        qtbot.waitUntil(lambda: window.size().height() == size[1])
        sizes[size] = {n: kiosk.w(n).font().pixelSize() for n in ("attractTitle", "attractInvitation")}
        sizes[size]["start"] = kiosk.w("attractStart").height()
    small, large = sizes[(1280, 800)], sizes[(1920, 1080)]
    for key in small:
        assert large[key] == pytest.approx(small[key] * 1080 / 800, rel=0.05), (key, small, large)
