"""Qt Virtual Keyboard: only Persian, Arabic and English, following the citizen's language.

The keyboard keeps its settings in one process-wide object that Qt exposes only as the QML
singleton `VirtualKeyboardSettings`; a Widgets app reaches it through a small hidden QML engine.
Without the keyboard (QT_IM_MODULE unset, offscreen tests) everything here is a no-op.
"""
from __future__ import annotations

import os

from PySide6.QtCore import Q_ARG, QEvent, QLocale, QMetaObject, QObject, Qt
from PySide6.QtGui import QGuiApplication

KEYBOARD_LOCALES = {"fa": "fa_FA", "ar": "ar_AR", "en": "en_US"}  # the keyboard's layout names
ACTIVE_LOCALES = ["fa_FA", "ar_AR", "en_US"]  # what its language key offers, in this order
_ATTR = "_kiosk_keyboard_settings"

_QML = b"""
import QtQml
import QtQuick.VirtualKeyboard.Settings
QtObject {
    function apply(active, locale, other) {
        VirtualKeyboardSettings.activeLocales = active
        if (other !== "" && VirtualKeyboardSettings.locale === locale)
            VirtualKeyboardSettings.locale = other  // same value again would not notify the keyboard
        VirtualKeyboardSettings.locale = locale
    }
}
"""


def keyboard_in_use(app) -> bool:
    """True when Qt loaded the virtual keyboard as input method: on a real display, asked for."""
    modules = os.environ.get("QT_IM_MODULES") or os.environ.get("QT_IM_MODULE") or ""
    first = modules.split(";")[0].strip()
    return (app is not None and first == "qtvirtualkeyboard"
            and app.platformName() not in ("offscreen", "minimal", "minimalegl"))


def settings_object(app) -> QObject:
    """The hidden QML object bound to VirtualKeyboardSettings (one engine per application)."""
    held = getattr(app, _ATTR, None)
    if held is None:
        from PySide6.QtQml import QQmlComponent, QQmlEngine
        engine = QQmlEngine(app)  # lives with the application; it owns no window
        component = QQmlComponent(engine)
        component.setData(_QML, "kiosk_keyboard_settings.qml")
        obj = component.create()
        if obj is None:
            errors = "; ".join(e.toString() for e in component.errors())
            raise RuntimeError(f"virtual keyboard settings unavailable: {errors}")
        obj.setParent(engine)
        # Keep the Python wrappers: PySide deletes an engine whose wrapper dies, parent or not.
        held = (engine, obj)
        setattr(app, _ATTR, held)
    return held[1]


def configure_keyboard(app, language: str) -> bool:
    """Limit the keyboard to fa/ar/en and show `language`'s layout; False when it is not in use.

    Called on every language change, also when the language stays the same: a citizen may have
    switched the keyboard with its language key, and the next one must get the kiosk's language.
    """
    if not keyboard_in_use(app):
        return False
    locale = KEYBOARD_LOCALES.get(language, KEYBOARD_LOCALES["fa"])
    # The language key changes the keyboard's layout but not the setting: when the keyboard shows
    # another language than the setting says, step through another locale so the change registers.
    drifted = QGuiApplication.inputMethod().locale().name() != QLocale(locale).name()
    other = next(x for x in ACTIVE_LOCALES if x != locale) if drifted else ""
    QMetaObject.invokeMethod(settings_object(app), "apply", Q_ARG("QVariant", ACTIVE_LOCALES),
                             Q_ARG("QVariant", locale), Q_ARG("QVariant", other))
    return True



def open_keyboard(field) -> None:
    """Focus `field` and show the on-screen keyboard for it (its hints pick the layout: the phone
    field gets the digits pad). Qt opens the keyboard by itself only on a tap's release; after a
    focus change made by the program it must be asked. Without the keyboard this only focuses."""
    field.setFocus(Qt.OtherFocusReason)
    if field.hasFocus():
        QGuiApplication.inputMethod().show()


def path_input(field) -> None:
    """A field for a path, typed in Latin letters as it is: while it has focus the keyboard shows its
    English layout, and afterwards the layout it showed before (staff no longer hunt for the globe
    key); no capital letter put first by itself, no word prediction."""
    field.setInputMethodHints(field.inputMethodHints() | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                              | Qt.ImhLatinOnly)
    field.installEventFilter(_LatinWhileFocused(field))


class _LatinWhileFocused(QObject):
    def __init__(self, field):
        super().__init__(field)
        self._before: str | None = None  # the language whose layout comes back at focus out

    def eventFilter(self, watched, event) -> bool:
        app = QGuiApplication.instance()
        if event.type() == QEvent.FocusIn and keyboard_in_use(app):
            shown = QGuiApplication.inputMethod().locale().name()
            self._before = next((code for code in KEYBOARD_LOCALES if shown.startswith(code)), "fa")
            configure_keyboard(app, "en")
        elif event.type() == QEvent.FocusOut and self._before is not None:
            configure_keyboard(app, self._before)
            self._before = None
        return False
