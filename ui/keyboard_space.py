"""Room for the on-screen keyboard: the window's content moves above it, screens compact to fit.

Qt's virtual keyboard (desktop mode) is a separate window over the lower part of the screen; it
does not move anything out of its way. `KeyboardSpace` gives the window layout a bottom margin the
height the keyboard covers, so the current screen only gets the area above it, and removes the
margin when the keyboard hides. `CompactWhenShort` lets a screen with text fields fit that area.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QStackedWidget, QWidget

FITS = "fitsAboveKeyboard"  # page property: the page lays itself out in the height left above the keyboard
COMPACT_BELOW = 700  # px of screen height: only reached while the keyboard shows (≈400 / ≈480 px)
# Over the theme (ui/style.qss) while compact: a screen's own style sheet wins over the app's.
# Buttons stay 62 px tall (48 + padding + border), fields 62 px, the title a size smaller.
COMPACT_QSS = """
QPushButton { min-height: 48px; padding: 4px 32px; }
QLabel[cls="title"] { font-size: 32px; }
QLabel[cls="body"], QLabel[cls="error"] { font-size: 22px; }
QLineEdit { min-height: 44px; padding: 6px 12px; }
QPlainTextEdit { padding: 8px; }
"""


def covered_height(window: QRect, keyboard: QRect) -> int:
    """How many pixels at the bottom of `window` lie under `keyboard` (both in global coordinates)."""
    overlap = window.intersected(keyboard)
    if overlap.isEmpty():
        return 0
    return window.y() + window.height() - overlap.y()


def keyboard_cover(window: QWidget, input_method) -> int:
    """How many pixels at the bottom of `window` the on-screen keyboard covers now (0 when hidden)."""
    if not input_method.isVisible():
        return 0
    # The desktop keyboard reports its rectangle in its own full-screen window, i.e. relative to
    # the screen, not to our window (seen under Xvfb with the window moved and resized).
    keyboard = input_method.keyboardRectangle().toAlignedRect()
    screen = window.screen()
    if screen is not None:
        keyboard.translate(screen.geometry().topLeft())
    top_left = window.mapToGlobal(window.rect().topLeft())
    return covered_height(QRect(top_left, window.size()), keyboard)


class KeyboardSpace(QObject):
    """Keeps `layout`'s bottom margin equal to the part of `window` the keyboard covers.

    With `pages`, only while the current page has the FITS property: a page that cannot shrink
    (staff screens need ~720 px) stays whole under the keyboard rather than squeezed into overlap.
    `input_method` is QGuiApplication.inputMethod() (or anything with the same signals and getters).
    """

    def __init__(self, window: QWidget, layout: QLayout, pages: QStackedWidget | None = None,
                 input_method=None):
        super().__init__(window)
        self.window, self.layout, self.pages = window, layout, pages
        # The window keeps the screen's size: the tallest page's minimum plus the keyboard's margin
        # must not make the layout grow the window below the screen's edge.
        layout.setSizeConstraint(QLayout.SetNoConstraint)
        self.input_method = input_method or QGuiApplication.inputMethod()
        self.input_method.keyboardRectangleChanged.connect(self.update)
        self.input_method.visibleChanged.connect(self.update)
        window.installEventFilter(self)  # the covered part changes when the window moves or resizes
        if pages is not None:
            pages.currentChanged.connect(self.update)
        # A window deleted with the keyboard up drops its layout first, then the focused field,
        # which hides the keyboard: stop listening before that reaches update().
        layout.destroyed.connect(self._detach)

    def _detach(self) -> None:
        self.layout = None
        self.input_method.keyboardRectangleChanged.disconnect(self.update)
        self.input_method.visibleChanged.disconnect(self.update)

    def covered(self) -> int:
        page = self.pages.currentWidget() if self.pages is not None else None
        if self.pages is not None and not (page and page.property(FITS)):
            return 0
        return keyboard_cover(self.window, self.input_method)

    def update(self) -> None:
        if self.layout is None:  # the window is being deleted
            return
        margins = self.layout.contentsMargins()
        height = min(self.covered(), max(0, self.window.height() - 1))
        if margins.bottom() != height:
            margins.setBottom(height)
            self.layout.setContentsMargins(margins)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Resize, QEvent.Move):
            self.update()
        return False


class CompactWhenShort(QObject):
    """Below COMPACT_BELOW px tall, `screen` gets COMPACT_QSS, less margin and spacing, no `optional`."""

    def __init__(self, screen: QWidget, optional: tuple[QWidget, ...] = (), body: QLayout | None = None):
        super().__init__(screen)
        self.page, self.optional = screen, optional
        self.outer, self.body = screen.layout(), body
        self.roomy = (self.outer.contentsMargins(), self.outer.spacing(),
                      body.spacing() if body is not None else 0)
        self.compact = False
        screen.setProperty(FITS, True)
        screen.installEventFilter(self)

    def apply(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        margins, spacing, body_spacing = self.roomy
        self.page.setStyleSheet(COMPACT_QSS if compact else "")
        if compact:
            self.outer.setContentsMargins(margins.left(), 10, margins.right(), 10)
            self.outer.setSpacing(8)
            if self.body is not None:
                self.body.setSpacing(6)
        else:
            self.outer.setContentsMargins(margins)
            self.outer.setSpacing(spacing)
            if self.body is not None:
                self.body.setSpacing(body_spacing)
        for widget in self.optional:
            widget.setVisible(not compact)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Resize:
            self.apply(self.page.height() < COMPACT_BELOW)
        return False
