"""Room for the on-screen keyboard, offscreen: the window's margin logic and the screens' fit.

The real keyboard cannot load offscreen (tests/ui/test_virtual_keyboard.py checks it on Xvfb);
here a stand-in input method reports a keyboard rectangle the way the desktop keyboard does
(relative to the screen), and the real window, layout and screens do the rest.
"""
from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QObject, QRect, QRectF, Signal
from PySide6.QtWidgets import QWidget

from ui.keyboard_space import KeyboardSpace, covered_height


class StandInInputMethod(QObject):
    """What KeyboardSpace reads from QGuiApplication.inputMethod(), settable."""

    keyboardRectangleChanged = Signal()
    visibleChanged = Signal()

    def __init__(self):
        super().__init__()
        self._rect, self._visible = QRectF(), False

    def keyboardRectangle(self) -> QRectF:
        return self._rect

    def isVisible(self) -> bool:
        return self._visible

    def show_keyboard(self, rect: QRect) -> None:
        self._rect, self._visible = QRectF(rect), True
        self.keyboardRectangleChanged.emit()
        self.visibleChanged.emit()

    def hide_keyboard(self) -> None:
        self._visible = False
        self.visibleChanged.emit()


def test_covered_height():
    window = QRect(0, 0, 1280, 800)
    assert covered_height(window, QRect(0, 400, 1280, 400)) == 400
    assert covered_height(window, QRect(0, 800, 1280, 400)) == 0  # below the window
    assert covered_height(window, QRect()) == 0
    assert covered_height(QRect(100, 50, 1000, 700), QRect(0, 480, 1920, 600)) == 270  # moved window
    assert covered_height(QRect(0, 0, 1280, 300), QRect(0, 400, 1280, 400)) == 0  # window above it


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


@pytest.mark.timeout(60)
@pytest.mark.parametrize("size, keyboard_height", [((1280, 800), 400), ((1920, 1080), 600)])
def test_screens_fit_above_keyboard(kiosk, qtbot, size, keyboard_height):
    window = kiosk.window
    shiboken6.delete(window.keyboard_space)  # the real input method's stand-in takes over
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    im = StandInInputMethod()
    space = KeyboardSpace(window, window.layout(), window.stack, im)
    # The desktop keyboard spans the screen's width at its bottom; here: the window's bottom.
    top_left = window.mapToGlobal(window.rect().topLeft()) - window.screen().geometry().topLeft()
    keyboard = QRect(top_left.x(), top_left.y() + size[1] - keyboard_height, size[0], keyboard_height)
    im.show_keyboard(keyboard)  # over a page that cannot shrink (attract here, staff screens): no room made
    assert window.layout().contentsMargins().bottom() == 0 and space.covered() == 0
    kiosk.start("fa", draw=True)
    kiosk.tap("modeText")
    kiosk.wait_screen("text")  # the text screen fits above the keyboard: room made on arrival
    qtbot.waitUntil(lambda: window.layout().contentsMargins().bottom() == keyboard_height)
    im.hide_keyboard()
    qtbot.waitUntil(lambda: window.layout().contentsMargins().bottom() == 0)
    kiosk.w("textInput").insertPlainText("پرسش")

    def fits(names, field, min_field):
        keyboard_top = window.mapToGlobal(window.rect().topLeft()).y() + size[1] - keyboard_height
        qtbot.waitUntil(lambda: window.layout().contentsMargins().bottom() == keyboard_height)
        qtbot.waitUntil(lambda: _global(kiosk.w(names[0])).bottom() < keyboard_top)
        for name in names:
            rect = _global(kiosk.w(name))
            assert kiosk.w(name).isVisible() and rect.bottom() < keyboard_top, (name, rect, keyboard_top)
            assert rect.height() >= 60, (name, rect)
        assert kiosk.w(field).height() >= min_field

    im.show_keyboard(keyboard)
    fits(["textContinue", "textBack", "textCancel"], "textInput", 110)
    assert space.covered() == keyboard_height
    im.hide_keyboard()
    qtbot.waitUntil(lambda: window.layout().contentsMargins().bottom() == 0)
    qtbot.waitUntil(lambda: kiosk.w("textPrompt").isVisible())  # roomy again
    assert kiosk.w("textContinue").height() >= 72

    kiosk.tap("textContinue")
    kiosk.wait_screen("topic")
    kiosk.tap("topic_green_space")
    kiosk.wait_screen("draw")
    kiosk.w("phoneInput").setText("0912 345")
    kiosk.tap("drawContinue")  # the error line shows too: the fullest this screen gets
    qtbot.waitUntil(lambda: kiosk.w("phoneError").isVisible())
    im.show_keyboard(keyboard)
    fits(["drawContinue", "drawBack", "drawCancel", "phoneInput", "nameInput"], "phoneInput", 60)
    error, name_label = _global(kiosk.w("phoneError")), _global(kiosk.w("nameLabel"))
    assert not error.intersects(name_label) and not error.intersects(_global(kiosk.w("phoneInput")))
    im.hide_keyboard()
    qtbot.waitUntil(lambda: window.layout().contentsMargins().bottom() == 0)
    qtbot.waitUntil(lambda: kiosk.w("drawPrompt").isVisible())
