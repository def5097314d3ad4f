"""The Qt Virtual Keyboard offers only fa/ar/en, follows the citizen's language and leaves Continue
visible above it (real Xvfb, 1280x800 and 1920x1080).

The keyboard cannot load offscreen, so the kiosk window runs in a subprocess on its own Xvfb
(-displayfd, never a fixed display) with QT_IM_MODULE=qtvirtualkeyboard; the subprocess reads the
keyboard's settings back through a QML engine of its own and prints them as JSON.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.xdisplay import x_display
from PySide6.QtCore import QLibraryInfo

from ui.virtual_keyboard import ACTIVE_LOCALES, configure_keyboard, keyboard_in_use

REPO = Path(__file__).resolve().parents[2]
PLUGIN = (Path(QLibraryInfo.path(QLibraryInfo.PluginsPath)) / "platforminputcontexts"
          / "libqtvirtualkeyboardplugin.so")

CHILD = r'''
import json, os, sys, time
import shiboken6
from PySide6.QtCore import QMetaObject, QObject, Q_RETURN_ARG, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import load_settings
from ui.app import create_kiosk_window
from ui.keyboard_layouts import use_kiosk_layouts

use_kiosk_layouts(os.path.join(sys.argv[1], "keyboard_layouts"))  # as `kiosk run`: before the app
app = QApplication(sys.argv[:1])
engine = QQmlEngine()
component = QQmlComponent(engine)
component.setData(b"""import QtQml
import QtQuick.VirtualKeyboard.Settings
QtObject { function read() { return {"activeLocales": VirtualKeyboardSettings.activeLocales,
                                     "locale": VirtualKeyboardSettings.locale} } }""", "reader.qml")
reader = component.create()
assert reader is not None, [e.toString() for e in component.errors()]
im = QGuiApplication.inputMethod()


def wait(pred, seconds=10.0):
    end = time.monotonic() + seconds
    while not pred() and time.monotonic() < end:
        QTest.qWait(20)
    return pred()


def read():
    v = QMetaObject.invokeMethod(reader, "read", Q_RETURN_ARG("QVariant"))
    v = v.toVariant() if hasattr(v, "toVariant") else v
    return {"activeLocales": list(v["activeLocales"]), "locale": str(v["locale"]),
            "im": im.locale().name()}


def margin():
    return window.layout().contentsMargins().bottom()


def fit(button):
    """With the keyboard shown: where it starts and where `button` ends (global pixels)."""
    wait(lambda: margin() > 0)
    QTest.qWait(100)  # let the screen lay itself out in the remaining height
    top = (im.keyboardRectangle().toAlignedRect().translated(window.screen().geometry().topLeft())
           .top())
    w = window.findChild(QWidget, button)
    g = w.rect()
    return {"keyboard_top": top, "margin": margin(),
            "window_bottom": window.mapToGlobal(window.rect().bottomLeft()).y(),
            "button_top": w.mapToGlobal(g.topLeft()).y(), "button_bottom": w.mapToGlobal(g.bottomLeft()).y(),
            "visible": w.isVisible()}


def tap(name):
    w = window.findChild(QWidget, name)
    assert wait(lambda: w.isVisible() and w.isEnabled()), name
    QTest.mouseClick(w, Qt.LeftButton)


windows = []  # keep the windows' wrappers: PySide invalidates their items' wrappers with them


def keyboard_item():
    """The keyboard's QML root item (what its language key changes) in the input panel window."""
    windows.extend(w for w in QGuiApplication.topLevelWindows() if isinstance(w, QQuickWindow))
    todo = [w.contentItem() for w in windows]
    while todo:
        item = todo.pop()
        meta = item.metaObject()
        if meta.indexOfProperty("localeIndex") >= 0 and meta.indexOfProperty("availableLocaleIndices") >= 0:
            return item
        todo.extend(item.childItems())
    return None


window = create_kiosk_window(load_settings(data_dir=sys.argv[1]))
width, height = map(int, sys.argv[2].split("x"))
window.resize(width, height)
window.show()
assert wait(window.isVisible)
window.activateWindow()  # no window manager here: take the X input focus, or the keyboard never shows
assert wait(window.isActiveWindow)
out = {"platform": app.platformName(), "start": read()}
for lang in ("ar", "en", "fa"):
    tap({"fa": "langFa", "ar": "langAr", "en": "langEn"}[lang])
    QTest.qWait(50)
    out[lang] = read()

# Arabic citizen on the text screen: the keyboard shows and speaks Arabic.
tap("langAr")
tap("attractStart")
tap("scopeDraw")
tap("ageConfirm")
tap("consentAgree")
tap("modeText")
assert wait(lambda: window.stack.currentWidget().objectName() == "screen_text")
window.findChild(QWidget, "textInput").setFocus()
im.show()
out["shown"] = wait(im.isVisible)
out["text_fit"] = fit("textContinue")
wait(lambda: im.locale().name().startswith("ar"))  # the keyboard's QML loads after it is first shown
out["text_ar"] = read()
for lang, prefix in (("en", "en"), ("fa", "fa"), ("ar", "ar")):  # switched while it shows
    window.flow.set_language(lang)
    wait(lambda: im.locale().name().startswith(prefix), 5)
    out["shown_" + lang] = read()

# The citizen picks Persian with the keyboard's language key; the kiosk's language stays Arabic.
kb = keyboard_item()
out["found_keyboard"] = kb is not None
if kb is not None:
    indices = kb.property("availableLocaleIndices")
    indices = indices.toVariant() if hasattr(indices, "toVariant") else indices
    out["offered"] = []
    for i in indices:  # what the language key offers: the keyboard's own active locale list
        kb.setProperty("localeIndex", int(i))
        out["offered"].append(kb.property("locale"))
    kb.setProperty("localeIndex", int(indices[out["offered"].index("fa_FA")]))
    wait(lambda: im.locale().name().startswith("fa"), 5)
    out["drifted"] = read()
    window.flow.set_language("ar")  # same language again: the next Arabic citizen gets Arabic
    wait(lambda: im.locale().name() == out["text_ar"]["im"], 5)
    out["restored"] = read()

im.hide()
out["hidden"] = wait(lambda: not im.isVisible())
wait(lambda: margin() == 0)
out["text_margin_hidden"] = margin()

# The draw screen, keyboard up: its Continue stays above it too.
window.findChild(QWidget, "textInput").setPlainText("سؤال")
tap("textContinue")
tap("topic_green_space")
assert wait(lambda: window.stack.currentWidget().objectName() == "screen_draw")
window.findChild(QWidget, "phoneInput").setFocus()
im.show()
out["draw_shown"] = wait(im.isVisible)
out["draw_fit"] = fit("drawContinue")
im.hide()
wait(lambda: not im.isVisible())
wait(lambda: margin() == 0)
out["draw_margin_hidden"] = margin()
# Deleted with the keyboard up (its field goes, the keyboard hides): no late margin update.
im.show()
wait(lambda: margin() > 0)
window.allow_exit()
shiboken6.delete(window)
QTest.qWait(300)
print(json.dumps(out), flush=True)
os._exit(0)  # this checks settings; interpreter teardown order of these globals is not the kiosk's
'''


@pytest.fixture(scope="module", params=["1280x800", "1920x1080"])
def xvfb(request):
    if not PLUGIN.exists():
        pytest.skip("Qt Virtual Keyboard plugin missing (install PySide6-Addons)")
    with x_display(f"{request.param}x24", window_manager=False) as display:
        yield display, request.param


def _run_child(display: str, size: str, tmp_path: Path) -> dict:
    script = tmp_path / "vk_child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_IM_MODULE="qtvirtualkeyboard",
               PYTHONPATH=str(REPO))
    proc = subprocess.run([sys.executable, str(script), str(tmp_path / "data"), size], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert proc.returncode == 0 and lines, f"child failed ({proc.returncode}):\n{proc.stderr[-3000:]}"
    return {**json.loads(lines[-1]), "stderr": proc.stderr}


@pytest.fixture(scope="module")
def child(xvfb, tmp_path_factory) -> dict:
    """One kiosk run per screen size; both tests read its report."""
    return _run_child(*xvfb, tmp_path_factory.mktemp("vk"))


@pytest.mark.timeout(180)
def test_keyboard_limited_and_following_language(child):
    out = child
    assert out["platform"] == "xcb"
    expected = {"fa": ("fa_FA", "fa"), "ar": ("ar_AR", "ar"), "en": ("en_US", "en")}
    assert out["start"]["activeLocales"] == ACTIVE_LOCALES and out["start"]["locale"] == "fa_FA"
    for lang, (locale, im_language) in expected.items():
        for stage in (lang, "shown_" + lang):  # tapped on the attract screen; while the keyboard shows
            assert out[stage]["activeLocales"] == ACTIVE_LOCALES, (stage, out[stage])
            assert out[stage]["locale"] == locale, (stage, out[stage])
        # What the keyboard itself reports (its layout's locale: fa_IR, ar_EG, en_US).
        assert out["shown_" + lang]["im"].split("_")[0] == im_language, (lang, out["shown_" + lang])
    assert out["shown"] and out["hidden"]
    assert out["text_ar"]["locale"] == "ar_AR" and out["text_ar"]["im"].startswith("ar")
    assert out["found_keyboard"], "keyboard item not found in the input panel window"
    assert sorted(out["offered"]) == sorted(ACTIVE_LOCALES), out["offered"]  # its language key
    assert out["drifted"]["im"].startswith("fa"), out["drifted"]  # the language key really switched
    assert out["restored"]["im"].startswith("ar"), out["restored"]  # and the kiosk switched it back


@pytest.mark.timeout(180)
def test_continue_stays_above_keyboard(child):
    """Keyboard up on the text and draw screens: the window's content ends where it starts."""
    out = child
    assert out["shown"] and out["draw_shown"]
    for stage in ("text_fit", "draw_fit"):
        fit = out[stage]
        assert fit["visible"], (stage, fit)
        assert fit["button_bottom"] < fit["keyboard_top"], (stage, fit)  # nothing of it under the keyboard
        assert fit["button_bottom"] - fit["button_top"] + 1 >= 60, (stage, fit)  # still a touch target
        assert fit["margin"] == fit["window_bottom"] + 1 - fit["keyboard_top"], (stage, fit)
    assert out["text_margin_hidden"] == 0 and out["draw_margin_hidden"] == 0
    for module in ("keyboard_space.py", "idle.py"):  # nothing raised in them as the window went
        assert module not in out["stderr"], out["stderr"][-3000:]


def test_no_op_offscreen(qapp, monkeypatch):
    """Offscreen (every other test) the keyboard is not loaded: nothing is created on the app."""
    monkeypatch.setenv("QT_IM_MODULE", "qtvirtualkeyboard")
    assert qapp.platformName() == "offscreen"
    assert not keyboard_in_use(qapp)
    assert configure_keyboard(qapp, "ar") is False
    assert getattr(qapp, "_kiosk_keyboard_settings", None) is None
