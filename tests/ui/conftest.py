"""Citizen-flow fixtures: a kiosk window on a fresh data dir, driven by object names."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.fakemic import fake_mic  # noqa: F401  (fixture)


class Driver:
    """Taps widgets by objectName the way a citizen would (they must be visible and enabled)."""

    def __init__(self, qtbot, window):
        self.qtbot, self.window = qtbot, window

    def w(self, name: str) -> QWidget:
        found = self.window.findChild(QWidget, name)
        assert found is not None, f"no widget named {name}"
        return found

    def tap(self, name: str, timeout: int = 5000) -> None:
        widget = self.w(name)
        self.qtbot.waitUntil(lambda: widget.isVisible() and widget.isEnabled(), timeout=timeout)
        self.qtbot.mouseClick(widget, Qt.LeftButton)

    def screen(self) -> str:
        return self.window.stack.currentWidget().objectName()

    def wait_screen(self, key: str, timeout: int = 10000) -> None:
        self.qtbot.waitUntil(lambda: self.screen() == f"screen_{key}", timeout=timeout)

    def start(self, lang: str = "fa", broadcast: bool = False, draw: bool = False) -> None:
        self.tap({"fa": "langFa", "ar": "langAr", "en": "langEn"}[lang])
        self.tap("attractStart")
        self.wait_screen("consent")
        if broadcast:
            self.tap("scopeBroadcast")
        if draw:
            self.tap("scopeDraw")
        self.tap("ageConfirm")
        self.tap("consentAgree")
        self.wait_screen("choose")

    def type_text(self, text: str) -> None:
        self.tap("modeText")
        self.wait_screen("text")
        self.w("textInput").insertPlainText(text)
        self.tap("textContinue")
        self.wait_screen("topic")


def make_window(qtbot, settings, monkeypatch):
    from ui.app import create_kiosk_window
    from ui.screens.record_controller import RecordController
    monkeypatch.setattr(RecordController, "COUNTDOWN_STEP_MS", 20)
    window = create_kiosk_window(settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def kiosk(qtbot, settings, monkeypatch):
    window = make_window(qtbot, settings, monkeypatch)
    yield Driver(qtbot, window)
    window.flow.reset("test-end")
    window.allow_exit()
    window.close()


def media_files(settings) -> list:
    return sorted(p.name for p in settings.media_dir.glob("*")) if settings.media_dir.exists() else []
