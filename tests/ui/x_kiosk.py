"""The kiosk on a real X display, driven the way a citizen would: real taps and keys (xdotool).

`XKiosk` starts the kiosk window in a child process (the virtual keyboard cannot load offscreen and
needs a process whose environment is set before the QApplication exists, as `kiosk run` does) on a
private Xvfb + matchbox. The child answers one JSON line per command read on stdin: `eval EXPR`
(with `where(name)`, `key(text)`, `keys()`, `state()` and `window` in scope) or `exec STATEMENTS`,
the code sent as a JSON string.
Where things are is asked from the child; what the citizen does goes through X (`tap`, `type_keys`).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

CHILD = r'''
import json, os, sys, traceback
from pathlib import Path
from PySide6.QtCore import QRect, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import load_settings
from ui import app as kiosk_app

settings = load_settings(data_dir=sys.argv[1])
kiosk_app._prepare_environment(settings)  # what `kiosk run` does before the QApplication exists
app = QApplication(sys.argv[:1])
window = kiosk_app.create_kiosk_window(settings)
window.showFullScreen()
window.setGeometry(window.screen().geometry())
im = QGuiApplication.inputMethod()
quick_windows = []  # keep wrappers: PySide invalidates their items' wrappers with them


def rect_of(widget):
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def shown_rect(w):
    """The part of `w` its ancestors (a scroll area's viewport) leave on screen, global pixels."""
    shown = QRect(*rect_of(w))
    parent = w.parentWidget()
    while parent is not None:
        shown = shown.intersected(QRect(*rect_of(parent)))
        parent = parent.parentWidget()
    return shown


def where(name):
    """Centre and rectangle of what shows of widget `name` (global pixels)."""
    w = window.findChild(QWidget, name)
    if w is None:
        return None
    shown = shown_rect(w)
    return {"x": shown.center().x(), "y": shown.center().y(), "rect": rect_of(w),
            "shown": [shown.x(), shown.y(), shown.width(), shown.height()],
            "visible": w.isVisible() and not shown.isEmpty(), "enabled": w.isEnabled()}


def keyboard_rect():
    if not im.isVisible():
        return None
    r = im.keyboardRectangle().toAlignedRect().translated(window.screen().geometry().topLeft())
    return [r.x(), r.y(), r.width(), r.height()]


def _key_items():
    quick_windows[:] = [w for w in QGuiApplication.topLevelWindows() if isinstance(w, QQuickWindow)]
    found, todo = [], [w.contentItem() for w in quick_windows if w.isVisible()]
    while todo:
        item = todo.pop()
        meta = item.metaObject()
        if (meta.indexOfProperty("keyType") >= 0 and meta.indexOfProperty("displayText") >= 0
                and item.isVisible() and item.width() > 0):
            found.append(item)
        todo.extend(c for c in item.childItems() if c.isVisible())
    return found


def keys():
    """The text of every key of the keyboard's current layer (what a citizen can tap at once)."""
    return sorted({str(i.property("text")) for i in _key_items() if i.property("text")})


def key(text):
    """Centre of the visible key that types `text` (or shows it), in global pixels."""
    for item in _key_items():
        if text in (item.property("text"), item.property("displayText")):
            p = item.mapToGlobal(item.width() / 2, item.height() / 2)
            return {"x": round(p.x()), "y": round(p.y())}
    return None


def state():
    overlay = window.flow.overlay
    card = overlay.findChild(QWidget, "idleCard")
    focus = QApplication.focusWidget()
    return {"screen": window.stack.currentWidget().objectName(), "im_visible": im.isVisible(),
            "keyboard": keyboard_rect(), "im_locale": im.locale().name(),
            "overlay": overlay.isVisible(), "card": rect_of(card) if overlay.isVisible() else None,
            "text": window.flow.text.input.toPlainText(), "phone": window.flow.draw.phone.text(),
            "focus": focus.objectName() if focus else None, "language": kiosk_app.current_language(),
            "margin": window.layout().contentsMargins().bottom(),
            "window": rect_of(window)}


def serve():
    line = sys.stdin.readline()
    if not line:
        app.exit(0)
        return
    verb, _, rest = line.rstrip("\n").partition(" ")
    rest = json.loads(rest)  # the code, as a JSON string (one line whatever it holds)
    try:
        if verb == "eval":
            answer = {"ok": True, "value": eval(rest, globals())}
        else:
            exec(rest, globals())
            answer = {"ok": True, "value": None}
    except Exception:
        answer = {"ok": False, "error": traceback.format_exc()}
    print(json.dumps(answer, default=str), flush=True)


notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Read)
notifier.activated.connect(serve)
QTimer.singleShot(0, window.raise_)
print(json.dumps({"ok": True, "value": "ready"}), flush=True)
app.exec()
window.allow_exit()
os._exit(0)  # the keyboard can crash at interpreter teardown; what the test checks is done
'''


class XKiosk:
    """A kiosk child on `display`; `ask` talks to it, `tap`/`type_keys` act through X like a person."""

    def __init__(self, display: str, data_dir: Path, env: dict[str, str] | None = None):
        if not shutil.which("xdotool"):
            pytest.skip("xdotool is not installed (Debian package xdotool)")
        self.display = display
        script = Path(data_dir).parent / "x_kiosk_child.py"
        script.write_text(CHILD, encoding="utf-8")
        child_env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND", "KIOSK_"))}
        child_env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(REPO), **(env or {}))
        self.stderr_path = Path(data_dir).parent / "x_kiosk_child.err"
        self._stderr = open(self.stderr_path, "w", encoding="utf-8")
        self.proc = subprocess.Popen([sys.executable, str(script), str(data_dir)], cwd=REPO, env=child_env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
                                     text=True, bufsize=1)
        assert self._read() == "ready", self.stderr()

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")[-4000:]

    def _read(self):
        line = self.proc.stdout.readline()
        while line and not line.startswith("{"):
            line = self.proc.stdout.readline()
        assert line, f"kiosk child died:\n{self.stderr()}"
        answer = json.loads(line)
        assert answer["ok"], answer.get("error")
        return answer["value"]

    def ask(self, expression: str):
        self.proc.stdin.write(f"eval {json.dumps(expression)}\n")
        self.proc.stdin.flush()
        return self._read()

    def run(self, statements: str) -> None:
        self.proc.stdin.write(f"exec {json.dumps(statements)}\n")
        self.proc.stdin.flush()
        self._read()

    def state(self) -> dict:
        return self.ask("state()")

    def wait(self, predicate, seconds: float = 10.0, what: str = ""):
        """Polls the child's state until `predicate(state)` holds; returns that state."""
        end = time.monotonic() + seconds
        st = self.state()
        while not predicate(st):
            assert time.monotonic() < end, f"timed out waiting for {what}: {st}"
            time.sleep(0.1)
            st = self.state()
        return st

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": self.display}, check=True,
                       timeout=20, capture_output=True)

    def tap(self, x: int, y: int) -> None:
        # No --sync: it waits for the pointer to move, forever (15 s) when it is already there.
        self.xdotool("mousemove", str(x), str(y), "click", "1")

    def tap_widget(self, name: str, seconds: float = 10.0) -> None:
        end = time.monotonic() + seconds
        spot = self.ask(f"where({name!r})")
        while not (spot and spot["visible"] and spot["enabled"]):
            assert time.monotonic() < end, f"{name} not tappable: {spot}"
            time.sleep(0.1)
            spot = self.ask(f"where({name!r})")
        self.tap(spot["x"], spot["y"])

    def tap_key(self, text: str, seconds: float = 10.0) -> None:
        """Taps the on-screen keyboard's key that types `text`."""
        end = time.monotonic() + seconds
        spot = self.ask(f"key({text!r})")
        while spot is None:
            assert time.monotonic() < end, f"no key {text!r} on the keyboard: {self.ask('keys()')}"
            time.sleep(0.1)
            spot = self.ask(f"key({text!r})")
        self.tap(spot["x"], spot["y"])

    def screenshot(self, path: Path) -> Path:
        """The whole X screen (keyboard included) as PNG: xwd, then ImageMagick's convert."""
        dump = subprocess.run(["xwd", "-root", "-silent", "-display", self.display], check=True,
                              capture_output=True, timeout=30).stdout
        subprocess.run(["convert", "xwd:-", str(path)], input=dump, check=True, timeout=60)
        return path

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=15)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        self._stderr.close()
