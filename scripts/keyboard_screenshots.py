"""Screenshots of the on-screen keyboard for docs/screens/keyboard_*.png, taken as a citizen would
meet it: a private Xvfb + matchbox, the real Qt virtual keyboard, real taps (xdotool), xwd + convert.

    .venv/bin/python scripts/keyboard_screenshots.py [OUT_DIR]     (default docs/screens)

Needs the test packages (scripts/setup.sh --test: xvfb, matchbox, xdotool, x11-apps, imagemagick).
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.ui.x_kiosk import XKiosk  # noqa: E402
from tests.xdisplay import x_display  # noqa: E402

SAMPLES = {"fa": "چرا پارک محله‌ی ما هنوز بازسازی نشده است؟", "ar": "متى سيتم إصلاح الطريق؟",
           "en": "when will the park reopen?"}
LANG_BUTTONS = {"fa": "langFa", "ar": "langAr", "en": "langEn"}
SHORT_IDLE = {"KIOSK_IDLE_TIMEOUT_S": "5", "KIOSK_UI_IDLE_TEXT_S": "6", "KIOSK_UI_IDLE_COUNTDOWN_S": "120"}


def citizen(k: XKiosk, lang: str, out: Path, suffix: str, overlay: bool, phone: bool) -> None:
    """Attract → consent (draw) → Type: a few letters tapped on the keyboard, then the rest."""
    k.tap_widget(LANG_BUTTONS[lang])
    k.tap_widget("attractStart")
    k.wait(lambda s: s["screen"] == "screen_consent")
    for name in ("scopeDraw", "ageConfirm", "consentAgree"):
        k.tap_widget(name)
    k.wait(lambda s: s["screen"] == "screen_choose")
    k.tap_widget("modeText")
    k.wait(lambda s: s["screen"] == "screen_text" and s["im_visible"], what="keyboard")
    for ch in SAMPLES[lang][:6]:
        k.tap_key(ch)
    k.run(f"window.flow.text.input.insertPlainText({SAMPLES[lang][6:]!r})")
    time.sleep(0.8)
    k.screenshot(out / f"keyboard_{lang}{suffix}.png")
    if overlay:
        k.wait(lambda s: s["overlay"], 20, "the idle question")
        time.sleep(0.5)
        k.screenshot(out / f"keyboard_idle_{lang}.png")
        k.tap_widget("idleStay")
        k.wait(lambda s: not s["overlay"] and s["im_visible"], 5, "still here")
    if phone:
        k.tap_widget("textContinue")
        k.wait(lambda s: s["screen"] == "screen_topic")
        k.tap_widget("topic_green_space")
        k.wait(lambda s: s["screen"] == "screen_draw" and s["im_visible"], what="phone pad")
        time.sleep(0.8)
        k.screenshot(out / f"keyboard_{lang}_phone.png")
    k.run("window.flow.reset('screenshots')")
    k.wait(lambda s: s["screen"] == "screen_attract")


def staff(k: XKiosk, out: Path) -> None:
    k.run("window.flow.set_language('fa'); window.staff_mode.enter('admin')")
    k.wait(lambda s: s["screen"] == "staffScreen")
    k.tap_widget("searchBox")
    k.wait(lambda s: s["im_visible"] and s["margin"] > 0, what="keyboard over the queue")
    scroll = k.ask("where('staffScroll')")
    k.xdotool("mousemove", str(scroll["x"]), str(scroll["y"]))
    for _ in range(15):
        k.xdotool("click", "5")  # down to the action bar
    time.sleep(0.8)
    k.screenshot(out / "keyboard_staff_queue_fa.png")
    k.run("window.staff_mode.screen.tabs.setCurrentWidget(window.staff_mode.screen.usb)")
    k.tap_widget("exportTarget")
    k.wait(lambda s: s["im_visible"] and s["focus"] == "exportTarget", what="keyboard for the path")
    time.sleep(0.8)
    k.screenshot(out / "keyboard_staff_usb_fa.png")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    runs = [("1280x800", ("fa", "ar", "en"), "", True), ("1920x1080", ("fa",), "_1920", False),
            ("1080x1920", ("fa",), "_portrait", False)]
    for size, langs, suffix, full in runs:
        with tempfile.TemporaryDirectory() as tmp, x_display(f"{size}x24") as display:
            (Path(tmp) / "data").mkdir()
            k = XKiosk(display, Path(tmp) / "data", SHORT_IDLE)
            try:
                k.wait(lambda s: s["screen"] == "screen_attract", 20)
                for lang in langs:
                    citizen(k, lang, out, suffix, overlay=full and lang == "fa", phone=full and lang in ("fa", "ar"))
                if full:
                    staff(k, out)
            finally:
                k.close()
    print(f"keyboard screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
