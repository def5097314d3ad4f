"""Staff mode inside the real kiosk window: gesture by touch, PIN, lock back to attract."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QPushButton, QWidget

from kiosk.staff.auth import StaffAuth
from kiosk.store import open_store

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def window(qtbot, settings):
    from ui.app import create_kiosk_window
    settings.staff.hold_s = 0.5
    StaffAuth(open_store(settings).db, settings.staff).set_pin("admin", "246813", "test")
    w = create_kiosk_window(settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.flow.reset("test-end")
    w.allow_exit()
    w.close()


def test_corner_covers_no_citizen_control(qtbot, window):
    corner = window.findChild(QWidget, "staffCorner")
    zone = corner.geometry()
    assert zone.topLeft() == QPoint(0, 0)
    for screen in window.flow.screens:
        window.stack.setCurrentWidget(screen)
        qtbot.wait(10)
        for b in screen.findChildren(QAbstractButton):
            if b.isVisible():
                assert not QRect(b.mapTo(window, QPoint(0, 0)), b.size()).intersects(zone), b.objectName()
    window.flow.reset("test")


def test_gesture_pin_and_lock_in_the_kiosk_window(qtbot, window):
    corner = window.findChild(QWidget, "staffCorner")
    for _ in range(5):
        qtbot.mouseClick(corner, Qt.LeftButton, pos=QPoint(20, 20))
    with qtbot.waitSignal(corner.requested, timeout=5000):
        qtbot.mousePress(corner, Qt.LeftButton, pos=QPoint(20, 20))
    qtbot.mouseRelease(corner, Qt.LeftButton, pos=QPoint(20, 20))
    pad = window.stack.currentWidget()
    assert pad.objectName() == "pinPad"
    for d in "246813":
        qtbot.mouseClick(pad.findChild(QPushButton, f"pinDigit{d}"), Qt.LeftButton)
    with qtbot.waitSignal(window.staff_mode.pin_checked, timeout=10000):
        qtbot.mouseClick(pad.findChild(QPushButton, "pinOk"), Qt.LeftButton)
    screen = window.stack.currentWidget()
    assert screen.objectName() == "staffScreen"
    # Fits the 1280×800 kiosk screen: the window did not have to grow to hold it.
    assert window.size().toTuple() == (1280, 800)
    assert screen.minimumSizeHint().height() <= screen.height() <= 800
    with qtbot.waitSignal(window.staff_mode.signed_out, timeout=5000):
        qtbot.mouseClick(window.findChild(QPushButton, "staffLock"), Qt.LeftButton)
    assert window.stack.currentWidget() is window.flow.attract


def test_admin_runtime_settings_reach_the_live_kiosk(qtbot, window, settings):
    from PySide6.QtWidgets import QCheckBox, QSlider, QSpinBox
    mode = window.staff_mode
    mode.open_pad()
    for d in "246813":
        qtbot.mouseClick(mode.pad.findChild(QPushButton, f"pinDigit{d}"), Qt.LeftButton)
    with qtbot.waitSignal(mode.pin_checked, timeout=10000):
        qtbot.mouseClick(mode.pad.findChild(QPushButton, "pinOk"), Qt.LeftButton)
    screen = mode.screen
    screen.findChild(QSpinBox, "adminIdle").setValue(45)
    screen.findChild(QCheckBox, "adminModeration").setChecked(False)
    screen.findChild(QSlider, "adminVolume").setValue(30)
    before = (settings.idle_timeout_s, settings.moderation, settings.audio.volume)
    with qtbot.waitSignal(mode.settings_changed, timeout=5000) as changed:
        qtbot.mouseClick(screen.findChild(QPushButton, "adminApply"), Qt.LeftButton)
    live = changed.args[0]
    assert (live.idle_timeout_s, live.moderation, live.audio.volume) == (45, "off", 30)
    assert mode.settings is live
    # A new object for the outbox; the one it may be reading right now is left as it was.
    assert (settings.idle_timeout_s, settings.moderation, settings.audio.volume) == before
    assert window.flow.idle._idle.interval() == 45_000
    # Kept across a restart: a new window on fresh settings from the same data dir.
    from kiosk.config import load_settings
    from ui.app import create_kiosk_window
    fresh = load_settings(data_dir=settings.data_dir, environ={})
    w2 = create_kiosk_window(fresh)
    qtbot.addWidget(w2)
    restored = w2.staff_mode.settings
    assert (restored.idle_timeout_s, restored.moderation, restored.audio.volume) == (45, "off", 30)
    assert w2.flow.idle._idle.interval() == 45_000
    w2.flow.reset("test-end")
    w2.allow_exit()
    w2.close()
