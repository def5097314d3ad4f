"""Writes docs/screens/<lang>-<size>-<screen>.png for every citizen screen, in fa and en
(and ar with --all-languages), at 1280x800 and 1920x1080, offscreen.

    .venv/bin/python scripts/screenshots.py [--out docs/screens] [--all-languages]

Screens are reached the way a citizen reaches them (by object names), so what you see is what
a citizen sees; no microphone is needed (the review screen shows a typed question).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SAMPLE = {"fa": "چرا پارک محله‌ی ما هنوز بازسازی نشده است؟ قرار بود ۱۴۰۳ تمام شود.",
          "ar": "متى سيتم إصلاح الطريق المؤدي إلى السوق القديم؟",
          "en": "When will the park in our neighbourhood be renovated?"}
SIZES = ((1280, 800), (1920, 1080))


def capture(window, app, name: str, lang: str, size, out: Path) -> Path:
    app.processEvents()
    path = out / f"{lang}-{size[0]}x{size[1]}-{name}.png"
    window.grab().save(str(path))
    return path


def walk(window, app, lang: str, size, out: Path) -> list[Path]:
    from PySide6.QtWidgets import QPushButton, QCheckBox, QPlainTextEdit, QLineEdit
    from kiosk.media import Recording
    f = window.flow
    find = lambda cls, name: window.findChild(cls, name)  # noqa: E731
    shots = []
    window.resize(*size)
    f.reset("screenshots")
    find(QPushButton, {"fa": "langFa", "ar": "langAr", "en": "langEn"}[lang]).click()
    shots.append(capture(window, app, "01-attract", lang, size, out))
    find(QPushButton, "attractStart").click()
    find(QPushButton, "consentAgree").click()  # grey Agree: the hint names the missing box
    shots.append(capture(window, app, "02a-consent-agree-grey", lang, size, out))
    find(QCheckBox, "scopeDraw").setChecked(True)
    find(QCheckBox, "ageConfirm").setChecked(True)
    shots.append(capture(window, app, "02-consent", lang, size, out))
    find(QPushButton, "consentAgree").click()
    f.choose.set_voice_available(True)
    shots.append(capture(window, app, "03-choose", lang, size, out))
    f.choose.set_voice_available(False, "no_mic")
    shots.append(capture(window, app, "03b-choose-no-mic", lang, size, out))
    f.chosen("voice")
    shots.append(capture(window, app, "04-record-ready", lang, size, out))
    f.record.show_state("recording")
    f.record.say("recording")
    f.record.meter.set_level(-18, -6)
    f.record.show_times(12, 108)
    shots.append(capture(window, app, "05-record-recording", lang, size, out))
    f.record.show_state("review")
    f.record.say("too_quiet")
    f.record.show_times(14, None)
    shots.append(capture(window, app, "06-record-review", lang, size, out))
    f.record.playback.show_playing(True)
    f.record.playback.progress.setValue(400)
    shots.append(capture(window, app, "06b-record-playing", lang, size, out))
    f.record.playback.show_playing(False)
    find(QPushButton, "recordBack").click()
    find(QPushButton, "modeText").click()
    find(QPlainTextEdit, "textInput").setPlainText(SAMPLE[lang])
    shots.append(capture(window, app, "07-text", lang, size, out))
    find(QPushButton, "textContinue").click()
    shots.append(capture(window, app, "08-topic", lang, size, out))
    find(QPushButton, "topic_green_space").click()
    find(QLineEdit, "phoneInput").setText("0912 345")
    find(QPushButton, "drawContinue").click()
    shots.append(capture(window, app, "09-draw-error", lang, size, out))
    find(QLineEdit, "phoneInput").setText("۰۹۱۲ ۳۴۵ ۶۷۸۹")
    find(QPushButton, "drawContinue").click()
    shots.append(capture(window, app, "10-review", lang, size, out))
    find(QPushButton, "reviewCancel").click()  # work to lose: the kiosk asks once
    shots.append(capture(window, app, "10b-review-discard", lang, size, out))
    find(QPushButton, "discardNo").click()
    state = f.session.state
    saved = state.kind, state.recording
    state.kind, state.recording = "voice", Recording(Path(tempfile.gettempdir()) / "take.wav", "", 14000)
    f.review.show_summary(state)
    f.review.playback.show_playing(True)
    f.review.playback.progress.setValue(650)
    shots.append(capture(window, app, "10c-review-voice-playing", lang, size, out))
    f.review.playback.set_take(None)
    state.kind, state.recording = saved
    f.idle.left = window.settings.ui.idle_countdown_s
    f.overlay.show_countdown(f.idle.left)
    shots.append(capture(window, app, "11-idle", lang, size, out))
    f.overlay.hide()
    f.receipt.show_ticket("1234-5675")
    f.go(f.receipt)
    shots.append(capture(window, app, "12-receipt", lang, size, out))
    f.reset("screenshots")
    return shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs" / "screens"))
    parser.add_argument("--all-languages", action="store_true", help="also Arabic")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication
    from kiosk.config import load_settings
    from ui.app import create_kiosk_window
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=tmp, environ={}, ui__fullscreen=False)
        window = create_kiosk_window(settings)
        window.show()
        langs = ("fa", "en", "ar") if args.all_languages else ("fa", "en")
        count = 0
        for lang in langs:
            for size in SIZES:
                count += len(walk(window, app, lang, size, out))
        window.allow_exit()
        window.close()
    print(f"wrote {count} screenshots to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
