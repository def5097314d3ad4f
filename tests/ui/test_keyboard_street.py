"""The on-screen keyboard as a citizen and staff meet it: real Xvfb + matchbox, the real Qt virtual
keyboard, real taps and keys through xdotool (tests/ui/x_kiosk.py), 1280x800, short idle times.

- it opens by itself on the Type screen and, as a digits pad, with the phone field;
- the Persian layout has every letter on its main layer, a half-space key and Persian digits;
- the "Are you still there?" card sits above it, typing and any tap answer it, the draft stays;
- on staff screens it hides neither the field typed in nor the action bar, and Lock works in RTL.
"""
from __future__ import annotations

import time

import pytest

from tests.ui.x_kiosk import XKiosk
from tests.xdisplay import x_display

PERSIAN_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیئ"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ZWNJ = "\u200c"
SHORT_IDLE = {"KIOSK_IDLE_TIMEOUT_S": "5", "KIOSK_UI_IDLE_TEXT_S": "5", "KIOSK_UI_IDLE_COUNTDOWN_S": "120"}

pytestmark = pytest.mark.timeout(240)


@pytest.fixture(scope="module")
def display():
    with x_display("1280x800x24", window_manager=True) as name:
        yield name


@pytest.fixture
def kiosk(display, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    started = []

    def start(env: dict[str, str] | None = None) -> XKiosk:
        started.append(XKiosk(display, data, env))
        started[-1].wait(lambda s: s["screen"] == "screen_attract", what="attract screen")
        return started[-1]

    yield start
    for k in started:
        k.close()


def _to_text_screen(k: XKiosk, lang: str = "fa", draw: bool = True) -> dict:
    k.tap_widget({"fa": "langFa", "ar": "langAr", "en": "langEn"}[lang])
    k.tap_widget("attractStart")
    k.wait(lambda s: s["screen"] == "screen_consent", what="consent")
    if draw:
        k.tap_widget("scopeDraw")
    k.tap_widget("ageConfirm")
    k.tap_widget("consentAgree")
    k.wait(lambda s: s["screen"] == "screen_choose", what="choose")
    k.tap_widget("modeText")
    return k.wait(lambda s: s["screen"] == "screen_text", what="text screen")


def _above(rect: list[int], keyboard: list[int]) -> bool:
    """Entirely above the keyboard's top edge (global pixels: x, y, width, height)."""
    return rect[1] + rect[3] <= keyboard[1]


def test_keyboard_opens_by_itself_with_the_persian_layout_and_phone_pad(kiosk):
    k = kiosk()
    _to_text_screen(k, "fa")
    # Nobody taps the field: the screen that says "use the keyboard on the screen" opens it.
    st = k.wait(lambda s: s["im_visible"], what="keyboard opening by itself on the Type screen")
    assert st["focus"] == "textInput" and st["im_locale"].startswith("fa")
    main_layer = set(k.ask("keys()"))
    assert set(PERSIAN_LETTERS) <= main_layer, sorted(set(PERSIAN_LETTERS) - main_layer)
    assert ZWNJ in main_layer
    for ch in "پژثظضئ" + ZWNJ + "ها":
        k.tap_key(ch)
    k.wait(lambda s: s["text"] == "پژثظضئ" + ZWNJ + "ها", 5, "the letters typed")
    k.tap_key("۱۲۳؟")  # the digits and punctuation layer
    k.wait(lambda s: PERSIAN_DIGITS[0] in k.ask("keys()"), 5, "the digits layer")
    digits_layer = set(k.ask("keys()"))
    assert set(PERSIAN_DIGITS) <= digits_layer and not set(ARABIC_INDIC_DIGITS) & digits_layer
    k.tap_key("۴")
    k.tap_key("۲")
    k.wait(lambda s: s["text"].endswith("۴۲"), 5, "Persian digits typed")
    k.tap_key("الفبا")  # back to the letters
    k.wait(lambda s: "پ" in k.ask("keys()"), 5, "the letters layer")

    # English and Arabic keep Qt's own layouts.
    k.run("window.flow.set_language('en')")
    k.wait(lambda s: s["im_locale"].startswith("en") and "q" in k.ask("keys()"), 10, "English layout")
    k.run("window.flow.set_language('ar')")
    k.wait(lambda s: s["im_locale"].startswith("ar") and "ض" in k.ask("keys()"), 10, "Arabic layout")
    k.run("window.flow.set_language('fa')")
    k.wait(lambda s: s["im_locale"].startswith("fa") and "پ" in k.ask("keys()"), 10, "Persian again")

    k.tap_widget("textContinue")
    k.wait(lambda s: s["screen"] == "screen_topic", what="topic")
    k.tap_widget("topic_green_space")
    # The phone field is focused and its pad is up, in Persian digits, without a tap.
    st = k.wait(lambda s: s["screen"] == "screen_draw" and s["im_visible"], what="phone pad by itself")
    assert st["focus"] == "phoneInput"
    pad = set(k.ask("keys()"))
    assert set(PERSIAN_DIGITS) <= pad and not set(PERSIAN_LETTERS) & pad, pad
    assert k.ask("window.flow.draw.phone.placeholderText()").replace("\u200e", "") == "\u2066۰۹۱۲ ۳۴۵ ۶۷۸۹\u2069"
    for ch in "۰۹۱۲۳۴۵۶۷۸۹":
        k.tap_key(ch)
    k.wait(lambda s: s["phone"] == "۰۹۱۲۳۴۵۶۷۸۹", 5, "the number typed on the pad")
    k.tap_widget("drawContinue")
    k.wait(lambda s: s["screen"] == "screen_review", what="the Persian-digit number accepted")


def test_arabic_phone_pad_has_arabic_indic_digits(kiosk):
    """Qt's Arabic layout has no dialpad: its fallback typed Latin digits next to Arabic words."""
    k = kiosk()
    _to_text_screen(k, "ar")
    k.wait(lambda s: s["im_visible"] and s["im_locale"].startswith("ar"), what="the Arabic keyboard")
    for ch in "سؤال":
        k.tap_key(ch)
    k.wait(lambda s: s["text"] == "سؤال", 5, "the Arabic letters typed")
    k.tap_widget("textContinue")
    k.wait(lambda s: s["screen"] == "screen_topic", what="topic")
    k.tap_widget("topic_green_space")
    k.wait(lambda s: s["screen"] == "screen_draw" and s["im_visible"], what="phone pad by itself")
    pad = set(k.ask("keys()"))
    assert set(ARABIC_INDIC_DIGITS) <= pad and not set("0123456789") & pad, pad
    for ch in "٠٩١٢٣٤٥٦٧٨٩":
        k.tap_key(ch)
    k.wait(lambda s: s["phone"] == "٠٩١٢٣٤٥٦٧٨٩", 5, "the number typed on the pad")
    k.tap_widget("drawContinue")
    k.wait(lambda s: s["screen"] == "screen_review", what="the Arabic-Indic number accepted")


def test_idle_card_above_keyboard_and_typing_counts(kiosk):
    k = kiosk(SHORT_IDLE)
    _to_text_screen(k, "fa", draw=False)
    k.wait(lambda s: s["im_visible"], what="keyboard")
    # Typing on the real keyboard for more than twice the idle time: never asked.
    k.run("asked = []; window.flow.idle.expired.connect(lambda: asked.append(state()['text']))")
    start = time.monotonic()
    while time.monotonic() - start < 11:
        k.tap_key("س")
        time.sleep(0.4)
    assert k.ask("asked") == [], "asked 'are you still there?' while typing"
    typed = k.state()["text"]
    assert typed and set(typed) == {"س"}

    st = k.wait(lambda s: s["overlay"], 15, "the question after a pause")
    assert st["im_visible"] and st["focus"] == "textInput"  # the keyboard stays up over the draft
    stay = k.ask("where('idleStay')")
    assert _above(st["card"], st["keyboard"]), (st["card"], st["keyboard"])
    assert _above(stay["rect"], st["keyboard"]) and stay["visible"]

    k.tap_key("ب")  # typing answers the question (and is typed)
    k.wait(lambda s: not s["overlay"] and s["text"] == typed + "ب", 5, "typing answers")

    st = k.wait(lambda s: s["overlay"], 15, "asked again")
    card = st["card"]
    k.tap(card[0] + 30, card[1] + 30)  # the card itself, beside its button
    k.wait(lambda s: not s["overlay"], 5, "a tap on the card answers")

    k.wait(lambda s: s["overlay"], 15, "asked a third time")
    k.tap_widget("idleStay")
    st = k.wait(lambda s: not s["overlay"], 5, "still here")
    st = k.wait(lambda s: s["im_visible"], 5, "keyboard back after 'still here'")
    assert st["focus"] == "textInput" and st["text"] == typed + "ب" and st["screen"] == "screen_text"


def test_staff_keyboard_leaves_fields_and_actions_reachable_and_lock_works_in_rtl(kiosk):
    k = kiosk()
    k.run("window.staff_mode.enter('admin')")
    k.wait(lambda s: s["screen"] == "staffScreen", what="staff screen")
    assert k.ask("where('staffCorner')")["visible"] is False  # no invisible zone over staff controls
    lock = k.ask("where('staffLock')")
    assert lock["rect"][0] < 120 and lock["rect"][1] < 120  # in fa (RTL) it is in the corner zone
    k.tap(lock["x"], lock["y"])
    k.wait(lambda s: s["screen"] == "screen_attract", 5, "Lock tapped at its visible centre locks")
    assert k.ask("where('staffCorner')")["visible"]  # and the corner is back for the next time

    k.run("window.staff_mode.enter('admin')")
    k.wait(lambda s: s["screen"] == "staffScreen", what="staff screen again")
    k.tap_widget("searchBox")  # Qt opens the keyboard on the tap's release
    st = k.wait(lambda s: s["im_visible"] and s["margin"] > 0, what="keyboard over the queue")
    search = k.ask("where('searchBox')")
    assert search["visible"] and _above(search["shown"], st["keyboard"]) and search["shown"] == search["rect"]
    # The action bar: scroll the staff screen with the wheel; it comes up above the keyboard.
    scroll = k.ask("where('staffScroll')")
    k.xdotool("mousemove", str(scroll["x"]), str(scroll["y"]))
    for _ in range(15):
        k.xdotool("click", "5")
    for name in ("approveButton", "rejectButton", "flagConstructive", "undoButton"):
        button = k.ask(f"where({name!r})")
        assert button["visible"] and button["shown"] == button["rect"], (name, button)
        assert _above(button["rect"], st["keyboard"]), (name, button, st["keyboard"])

    k.run("window.staff_mode.screen.tabs.setCurrentWidget(window.staff_mode.screen.usb)")
    k.tap_widget("exportTarget")
    st = k.wait(lambda s: s["im_visible"] and s["focus"] == "exportTarget", what="keyboard for the USB path")
    time.sleep(0.3)
    target = k.ask("where('exportTarget')")
    assert target["shown"] == target["rect"] and _above(target["rect"], st["keyboard"]), (target, st)
    # A path is typed in Latin letters: the English layout while the field has focus, typed for real.
    k.wait(lambda s: s["im_locale"].startswith("en") and "q" in k.ask("keys()"), 10, "English layout for the path")
    k.run("window.staff_mode.screen.usb.target.clear()")
    for ch in "usb":
        k.tap_key(ch)
    k.wait(lambda s: k.ask("window.staff_mode.screen.usb.target.text()") == "usb", 5, "the path typed")
    k.run("window.staff_mode.screen.tabs.setCurrentWidget(window.staff_mode.screen.moderation)")
    k.tap_widget("searchBox")
    k.wait(lambda s: s["focus"] == "searchBox" and s["im_locale"].startswith("fa") and "پ" in k.ask("keys()"),
           10, "the Persian layout back for the search box")
