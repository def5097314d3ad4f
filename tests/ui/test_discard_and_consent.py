"""Cancel asks once before a citizen's work is deleted; Back from Choose keeps the consent ticks;
a grey Agree says which box is missing."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.store import open_store
from tests.ui.conftest import media_files

pytestmark = pytest.mark.timeout(60)


def _to_review(kiosk, lang="en"):
    kiosk.start(lang, draw=False)
    kiosk.type_text("When will the park open?")
    kiosk.tap("topic_culture")
    kiosk.wait_screen("review")
    QApplication.sendPostedEvents()  # the language change is a posted event: let it arrive


def test_cancel_on_review_asks_and_no_keeps_everything(kiosk, settings):
    _to_review(kiosk)
    kiosk.tap("reviewCancel")
    ask = kiosk.w("discardConfirm")
    assert ask.isVisible() and kiosk.w("discardQuestion").text() == "Discard your question?"
    for name in ("discardYes", "discardNo"):  # large touch targets
        assert kiosk.w(name).height() >= 100 and kiosk.w(name).accessibleName()
    kiosk.tap("discardNo")
    assert not ask.isVisible() and kiosk.screen() == "screen_review"
    assert open_store(settings).count() == 1  # nothing was deleted
    kiosk.tap("submitButton")  # and it can still be sent
    kiosk.wait_screen("receipt")


def test_cancel_on_review_yes_deletes(kiosk, settings):
    _to_review(kiosk)
    kiosk.tap("reviewCancel")
    kiosk.tap("discardYes")
    kiosk.wait_screen("attract")
    assert open_store(settings).count() == 0 and media_files(settings) == []


@pytest.mark.parametrize("lang,question", [("fa", "پرسش شما پاک شود؟"),
                                           ("ar", "هل تريد حذف سؤالك؟")])
def test_the_question_is_translated(kiosk, lang, question):
    _to_review(kiosk, lang)
    kiosk.tap("reviewCancel")
    words = [kiosk.w(n).text() for n in ("discardQuestion", "discardDetail", "discardYes", "discardNo")]
    assert words[0] == question and all(words) and not any(w.isascii() for w in words), words


def test_back_from_choose_keeps_the_consent_ticks(kiosk):
    kiosk.start("en", broadcast=True, draw=True)
    kiosk.tap("chooseBack")
    kiosk.wait_screen("consent")
    assert [kiosk.w(n).isChecked() for n in ("scopeBroadcast", "scopeDraw", "ageConfirm")] == [True] * 3
    kiosk.tap("consentAgree")  # straight on, nothing to tick again
    kiosk.wait_screen("choose")
    kiosk.tap("chooseBack")
    kiosk.tap("consentBack")  # leaving for the start clears them for the next person
    kiosk.wait_screen("attract")
    kiosk.tap("attractStart")
    assert not any(kiosk.w(n).isChecked() for n in ("scopeBroadcast", "scopeDraw", "ageConfirm"))


def test_grey_agree_names_the_missing_box(kiosk):
    kiosk.tap("langEn")
    kiosk.tap("attractStart")
    kiosk.wait_screen("consent")
    hint, age = kiosk.w("consentHint"), kiosk.w("ageConfirm")
    assert hint.isVisible() and age.text() in hint.text()
    assert kiosk.w("consentAgree").property("ready") is False
    kiosk.tap("consentAgree")
    assert kiosk.screen() == "screen_consent" and age.property("missing") is True
    assert QApplication.focusWidget() is age
    kiosk.tap("ageConfirm")
    assert not hint.isVisible() and kiosk.w("consentAgree").property("ready") is True
    assert age.property("missing") is False
    kiosk.tap("consentAgree")
    kiosk.wait_screen("choose")
