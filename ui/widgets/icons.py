"""Icons on the citizen's main buttons, for people who read little: assets/icons/*.svg.

The SVGs draw in `currentColor`; each is rendered in the text colour of its button's role (the
theme in ui/style.qss), plus a dark grey for the disabled state, so it keeps the text's contrast.
Which button gets which icon is decided here by objectName, so the screens need no change.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[2] / "assets" / "icons"
BUTTON_ICONS = {"attractStart": "start", "consentAgree": "agree", "modeVoice": "speak", "modeText": "type",
                "submitButton": "send", "recordStart": "record", "recordStop": "stop", "listenButton": "listen"}
# Text colours of the roles in ui/style.qss; the rest have white text.
ROLE_COLOURS = {"secondary": "#0b3d2e", "chip": "#0b3d2e", "language": "#0b3d2e", "listen": "#0b3d2e",
                "quiet": "#7a1e16"}
DISABLED_COLOUR = "#3a3a3a"
ICON_SIZES = {"mode": 96, "hero": 56, "stop": 56}
DEFAULT_SIZE = 40
WIDTH = 1.3  # the pixmap is this much wider than high: room between icon and words


def _pixmap(svg: bytes, colour: str, size: int, ratio: float) -> QPixmap:
    """The icon centred in a wider transparent pixmap: QPushButton has no icon-to-text spacing."""
    renderer = QSvgRenderer(QByteArray(svg.replace(b"currentColor", colour.encode())))
    pixmap = QPixmap(int(size * WIDTH * ratio), int(size * ratio))
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(size * (WIDTH - 1) / 2 * ratio, 0, size * ratio, size * ratio))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@lru_cache(maxsize=None)
def icon(name: str, colour: str = "#ffffff", size: int = DEFAULT_SIZE) -> QIcon:
    """The icon `name` (assets/icons/<name>.svg) in `colour`, with its disabled look."""
    svg = (ICON_DIR / f"{name}.svg").read_bytes()  # a few hundred bytes, read once per colour
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if app else 1.0
    result = QIcon()
    result.addPixmap(_pixmap(svg, colour, size, ratio), QIcon.Normal)
    result.addPixmap(_pixmap(svg, DISABLED_COLOUR, size, ratio), QIcon.Disabled)
    return result


def apply_button_icon(button, role: str) -> None:
    """Give a citizen button its icon when its objectName is one of BUTTON_ICONS."""
    name = BUTTON_ICONS.get(button.objectName())
    if name is None:
        return
    size = ICON_SIZES.get(role, DEFAULT_SIZE)
    button.setIcon(icon(name, ROLE_COLOURS.get(role, "#ffffff"), size))
    button.setIconSize(QSize(round(size * WIDTH), size))
    button.setProperty("iconName", name)  # for tests and screenshots
