"""Translations complete; theme contrast >= 7:1; touch targets >= 60 px; nothing clipped."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QLineEdit, QPushButton

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "assets" / "i18n"


def _untranslated(ts: Path) -> list[str]:
    bad = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            tr = m.find("translation")
            text = "".join(tr.itertext()) if tr is not None else ""
            if tr is None or not text.strip() or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                bad.append(f"{name}: {m.find('source').text!r}")
    return bad


FAMILIES = ("kiosk", "staff", "office", "office_report", "status")


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_no_untranslated_strings(family, lang):
    bad = _untranslated(I18N / f"{family}_{lang}.ts")
    assert not bad, f"untranslated in {family}_{lang}.ts:\n" + "\n".join(bad)


@pytest.mark.timeout(180)
@pytest.mark.parametrize("family", FAMILIES)
def test_lupdate_finds_nothing_unfinished_or_vanished(tmp_path, family):
    """lupdate over the family's sources (ui.i18n.TRANSLATION_SOURCES), into a temp copy of each .ts,
    leaves no unfinished message (every string in the code is translated) and no vanished/obsolete one."""
    from ui.i18n import FAMILIES as ALL, lupdate_command
    assert set(ALL) == set(FAMILIES)
    copies = []
    for lang in ("fa", "ar", "en"):
        shutil.copy(I18N / f"{family}_{lang}.ts", tmp_path / f"{family}_{lang}.ts")
        copies.append(tmp_path / f"{family}_{lang}.ts")
    command = [c for c in lupdate_command(family, copies) if c != "-no-obsolete"]  # keep vanished ones visible
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    for ts in copies:
        bad = _untranslated(ts)
        assert not bad, f"{ts.name} is stale (run scripts/update-translations.sh and translate):\n" + "\n".join(bad)


def test_numerus_messages_have_every_plural_form():
    """Counts read right in each language: English one/many, Arabic's six forms, Persian's one."""
    for family, lang, forms in [(f, lang, n) for f in FAMILIES for lang, n in (("en", 2), ("ar", 6), ("fa", 1))]:
        for m in ET.parse(I18N / f"{family}_{lang}.ts").getroot().iter("message"):
            if m.get("numerus") == "yes":
                found = [f.text for f in m.find("translation").iter("numerusform")]
                assert len(found) == forms and all(found), (family, lang, m.find("source").text)


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_theme_text_contrast_at_least_7_to_1():
    qss = (REPO / "ui" / "style.qss").read_text(encoding="utf-8")
    checked = 0
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", qss, flags=re.S)):
        fg = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body)
        bg = re.search(r"background-color:\s*(#[0-9a-fA-F]{6})", body)
        if not fg:
            continue
        back = bg.group(1) if bg else "#ffffff"
        hi, lo = sorted((_luminance(fg.group(1)), _luminance(back)), reverse=True)
        ratio = (hi + 0.05) / (lo + 0.05)
        assert ratio >= 7, f"{selector.strip()}: {fg.group(1)} on {back} is {ratio:.1f}:1"
        checked += 1
    assert checked >= 15


def _walk_screens(kiosk):
    """Yield every citizen screen with its typical content, as the screenshot script does."""
    f = kiosk.window.flow
    kiosk.start("fa", broadcast=True, draw=True)
    yield "choose"
    f.choose.set_voice_available(False, "no_mic")
    yield "choose-no-mic"
    f.chosen("voice")
    yield "record"
    f.record.show_state("review")
    f.record.say("device_lost")
    yield "record-review"
    f.record.show_state("unavailable")
    f.record.say("disk_full")
    yield "record-unavailable"
    kiosk.tap("recordBack")
    kiosk.type_text("پرسش " * 200)
    yield "topic"
    kiosk.tap("topic_public_transport")
    kiosk.w("phoneInput").setText("12")
    kiosk.tap("drawContinue")
    yield "draw-error"
    kiosk.w("phoneInput").setText("09123456789")
    kiosk.tap("drawContinue")
    yield "review"
    f.receipt.show_ticket("1234-5675")
    f.go(f.receipt)
    yield "receipt"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
@pytest.mark.parametrize("lang", ["fa", "en", "ar"])
def test_touch_targets_and_nothing_clipped(kiosk, qtbot, size, lang):
    window = kiosk.window
    window.resize(*size)
    window.flow.set_language(lang)
    problems = []
    for name in _walk_screens(kiosk):
        window.flow.set_language(lang)
        qtbot.wait(10)
        screen = window.stack.currentWidget()
        if (window.width(), window.height()) != size or screen.minimumSizeHint().height() > size[1]:
            problems.append(f"{name}: does not fit {size} (needs {screen.minimumSizeHint().toTuple()})")
        for w in screen.findChildren(QAbstractButton) + screen.findChildren(QLineEdit):
            if not w.isVisible():
                continue
            if w.height() < 60:
                problems.append(f"{name}/{w.objectName()}: {w.height()} px high")
            if isinstance(w, QPushButton) and w.sizeHint().width() > w.width() + 1:
                problems.append(f"{name}/{w.objectName()}: text needs {w.sizeHint().width()} px, has {w.width()}")
            if isinstance(w, QCheckBox) and w.sizeHint().width() > w.width() + 1:
                problems.append(f"{name}/{w.objectName()}: clipped")
        for label in screen.findChildren(QLabel):
            if label.isVisible() and label.wordWrap() and label.text():
                need = label.heightForWidth(label.width())
                if need > label.height() + 1:
                    problems.append(f"{name}/{label.objectName()}: needs {need} px high, has {label.height()}")
            if label.isVisible() and not label.visibleRegion().boundingRect().contains(label.rect()):
                problems.append(f"{name}/{label.objectName()}: partly outside the screen")
    assert not problems, "\n".join(problems)
