"""Complete citizen journeys driven by object names: typed and spoken, in fa, ar and en."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kiosk.store import open_store
from kiosk.text import clean, normalize_digits
from tests.ui.conftest import media_files

QUESTIONS = {"fa": "چرا پارک محله‌ی ما هنوز بازسازی نشده؟ قرار بود ۱۴۰۳ تمام شود",
             "ar": "متى سيتم إصلاح الطريق؟ وعدتم بذلك سنة ٢٠٢٤",
             "en": "When will the park be renovated? It was promised for 2024"}
PHONES = {"fa": "۰۹۱۲ ۳۴۵ ۶۷۸۹", "ar": "٠٩١٢٣٤٥٦٧٨٩", "en": "+98 912 345 6789"}


def _finish_and_check_receipt(kiosk, store):
    kiosk.tap("submitButton")
    kiosk.wait_screen("receipt")
    shown = kiosk.w("ticketLabel").text()
    subs = store.list(status="submitted")
    assert len(subs) == 1
    assert normalize_digits(shown) == subs[0].ticket
    assert kiosk.w("ticketQr").pixmap() is not None and not kiosk.w("ticketQr").pixmap().isNull()
    return subs[0]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_typed_journey_with_draw(kiosk, settings, lang):
    store = open_store(settings)
    kiosk.start(lang, broadcast=True, draw=True)
    kiosk.type_text(QUESTIONS[lang])
    kiosk.tap("topic_traffic")
    kiosk.wait_screen("draw")
    kiosk.w("phoneInput").setText("0912")
    kiosk.tap("drawContinue")
    assert kiosk.w("phoneError").isVisible() and kiosk.screen() == "screen_draw"
    kiosk.w("phoneInput").setText(PHONES[lang])
    kiosk.tap("drawContinue")
    kiosk.wait_screen("review")
    sub = _finish_and_check_receipt(kiosk, store)
    assert sub.kind == "text" and sub.language == lang
    assert sub.consent_version == settings.consent_version
    assert sub.scopes == ["broadcast", "draw", "record"]
    assert sub.text == QUESTIONS[lang]
    assert sub.text_display == clean(QUESTIONS[lang]).display
    assert (sub.topic, sub.phone) == ("traffic", "09123456789")
    kiosk.tap("doneButton")
    kiosk.wait_screen("attract")
    assert kiosk.window.flow.session.state.language == "fa"
    assert kiosk.w("ticketLabel").text() == ""  # nothing left for the next person


@pytest.mark.timeout(90)
@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_voice_journey_through_fake_mic(fake_mic, qtbot, kiosk, settings, tmp_path, lang):
    from tests.fakemic import speech
    settings.audio.max_seconds = 6
    fake_mic.install(speech(tmp_path))
    store = open_store(settings)
    kiosk.start(lang)
    kiosk.tap("modeVoice", timeout=15000)
    kiosk.wait_screen("record")
    kiosk.tap("recordStart")
    # The fake mic delivers faster than real time: the recording reaches its cap on its own.
    qtbot.waitUntil(lambda: kiosk.w("recordContinue").isVisible(), timeout=30000)
    assert kiosk.w("levelMeter").updates >= 20 * 5  # >= 20 levels per second of audio
    rec = kiosk.window.flow.session.state.recording
    assert rec is not None and rec.path.exists() and rec.duration_ms >= 5000
    kiosk.tap("recordContinue")
    kiosk.wait_screen("topic")
    kiosk.tap("topicSkip")
    kiosk.wait_screen("review")
    sub = _finish_and_check_receipt(kiosk, store)
    assert sub.kind == "voice" and sub.language == lang and sub.scopes == ["record"]
    qtbot.waitUntil(lambda: store.get(sub.id).transcode_state == "done", timeout=30000)
    final = store.get(sub.id)
    assert final.audio_path.endswith(".ogg")
    assert final.audio_sha256 == hashlib.sha256(Path(final.audio_path).read_bytes()).hexdigest()
    assert media_files(settings) == [Path(final.audio_path).name]  # the WAV is gone


@pytest.mark.timeout(60)
def test_re_record_replaces_the_take(fake_mic, qtbot, kiosk, settings, tmp_path):
    from tests.fakemic import speech
    settings.audio.max_seconds = 5
    fake_mic.install(speech(tmp_path))
    kiosk.start("fa")
    kiosk.tap("modeVoice", timeout=15000)
    kiosk.tap("recordStart")
    qtbot.waitUntil(lambda: kiosk.w("reRecord").isVisible(), timeout=30000)
    kiosk.tap("reRecord")
    assert kiosk.w("recordStart").isVisible() and media_files(settings) == []
    kiosk.tap("recordStart")
    qtbot.waitUntil(lambda: kiosk.w("playBack").isVisible(), timeout=30000)
    kiosk.tap("playBack")  # no sound card here: must not crash
    assert len(media_files(settings)) == 1
