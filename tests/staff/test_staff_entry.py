"""The hidden corner driven with QTest mouse events, the PIN pad, lockout and idle lock."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.staff.auth import StaffAuth
from kiosk.store import open_store
from kiosk.store.audit import recent_events
from tests.staff.fakes import HookWindow
from ui.staff.entry import StaffCorner
from ui.staff.mode import StaffMode

pytestmark = pytest.mark.timeout(60)


class Clock:
    t = 100.0

    def __call__(self):
        return self.t


@pytest.fixture
def corner(qtbot, settings):
    settings.staff.hold_s = 0.5  # the hold is real time for the widget's timer; keep tests quick
    host = QWidget()
    host.resize(800, 600)
    qtbot.addWidget(host)
    clock = Clock()
    c = StaffCorner(settings.staff, host, "top_left", 120, clock=clock)
    host.show()
    qtbot.waitExposed(host)
    return host, c, clock


def _taps(qtbot, widget, clock, n=5, gap=0.3, pos=QPoint(20, 20)):
    for _ in range(n):
        qtbot.mousePress(widget, Qt.LeftButton, pos=pos)
        clock.t += 0.05
        qtbot.mouseRelease(widget, Qt.LeftButton, pos=pos)
        clock.t += gap


def test_right_gesture_opens(qtbot, corner):
    host, c, clock = corner
    assert c.geometry().topLeft() == QPoint(0, 0)
    _taps(qtbot, c, clock)
    with qtbot.waitSignal(c.requested, timeout=3000):
        qtbot.mousePress(c, Qt.LeftButton, pos=QPoint(30, 30))
        clock.t += 0.6
    qtbot.mouseRelease(c, Qt.LeftButton, pos=QPoint(30, 30))


@pytest.mark.parametrize("case", ["slow", "wrong_corner", "no_hold", "short_hold"])
def test_wrong_gestures_do_not_open(qtbot, corner, case):
    host, c, clock = corner
    opened = []
    c.requested.connect(lambda: opened.append(1))
    if case == "wrong_corner":
        _taps(qtbot, host, clock, pos=QPoint(780, 580))  # the opposite corner: the host gets them
        qtbot.mousePress(host, Qt.LeftButton, pos=QPoint(780, 580))
    else:
        _taps(qtbot, c, clock, gap=0.9 if case == "slow" else 0.3)  # 5 taps over 4.6 s when slow
        if case != "no_hold":
            qtbot.mousePress(c, Qt.LeftButton, pos=QPoint(20, 20))
            if case == "short_hold":
                clock.t += 0.2
                qtbot.mouseRelease(c, Qt.LeftButton, pos=QPoint(20, 20))
    clock.t += 0.6
    qtbot.wait(900)
    assert not opened


# ---- PIN pad in staff mode ---------------------------------------------------------------
@pytest.fixture
def mode(qtbot, settings):
    StaffAuth(open_store(settings).db, settings.staff).set_pin("admin", "246813", "test")
    StaffAuth(open_store(settings).db, settings.staff).set_pin("moderator", "1357", "test")
    window = HookWindow()
    qtbot.addWidget(window)
    quits = []
    m = StaffMode(window, settings, quit_app=lambda: quits.append(1))
    m.quits = quits
    window.show()
    return m


def enter_pin(qtbot, mode, pin):
    """Taps the digits and OK, then waits for the check (scrypt runs on a worker)."""
    pad = mode.pad
    for d in pin:
        qtbot.mouseClick(pad.findChild(QPushButton, f"pinDigit{d}"), Qt.LeftButton)
    with qtbot.waitSignal(mode.pin_checked, timeout=10000):
        qtbot.mouseClick(pad.findChild(QPushButton, "pinOk"), Qt.LeftButton)


def test_pad_shows_persian_digits_and_signs_in(qtbot, mode):
    mode.open_pad()
    pad = mode.window.stack.currentWidget()
    assert pad.objectName() == "pinPad"
    assert [pad.findChild(QPushButton, f"pinDigit{i}").text() for i in range(10)] == list("۰۱۲۳۴۵۶۷۸۹")
    enter_pin(qtbot, mode, "1357")
    assert mode.window.stack.currentWidget().objectName() == "staffScreen"
    assert mode.screen.role == "moderator" and mode.screen.admin is None
    assert mode.window.calls[0] == "discard_draft"


def test_pin_is_checked_off_the_gui_thread_with_the_pad_disabled(qtbot, mode):
    mode.open_pad()
    pad = mode.pad
    for d in "246813":
        qtbot.mouseClick(pad.findChild(QPushButton, f"pinDigit{d}"), Qt.LeftButton)
    with qtbot.waitSignal(mode.pin_checked, timeout=10000) as checked:
        qtbot.mouseClick(pad.findChild(QPushButton, "pinOk"), Qt.LeftButton)
        # Back on the GUI thread at once: the pad waits, disabled, and ignores more taps.
        assert mode.screen is None
        assert not any(b.isEnabled() for b in pad.findChildren(QPushButton))
        assert pad.error.text()
        qtbot.mouseClick(pad.findChild(QPushButton, "pinDigit1"), Qt.LeftButton)
        assert pad.pin == ""
    assert checked.args == ["ok"] and mode.screen is not None and mode.screen.role == "admin"
    assert all(b.isEnabled() for b in pad.findChildren(QPushButton))


def test_lockout_refuses_correct_pin_and_survives_restart(qtbot, mode, settings):
    mode.open_pad()
    pad = mode.pad
    for _ in range(settings.staff.max_wrong_pins):
        enter_pin(qtbot, mode, "0000")
    error = pad.findChild(type(pad.error), "pinError")
    assert error.text() and mode.auth.locked_for() > 0
    enter_pin(qtbot, mode, "246813")
    assert mode.screen is None and mode.window.stack.currentWidget() is pad
    # Restart: a new window and controller on the same data dir.
    window2 = HookWindow()
    qtbot.addWidget(window2)
    mode2 = StaffMode(window2, settings, quit_app=lambda: None)
    mode2.open_pad()
    enter_pin(qtbot, mode2, "246813")
    assert mode2.screen is None and mode2.pad.error.text()
    actions = [e["action"] for e in recent_events(open_store(settings).db, 20)]
    assert actions.count("staff_pin_refused") == 2 and "staff_lockout" in actions


def test_idle_lock_discards_draft_then_shows_attract(qtbot, mode, settings):
    mode.open_pad()
    enter_pin(qtbot, mode, "246813")
    assert mode.screen is not None
    # Below the settings floor on purpose (a quick test), and only now: the PIN check alone
    # (scrypt N=2^15) may take longer than this on a loaded machine, and the pad would time out.
    settings.staff.lock_idle_s = 0.3
    mode.screen.touch()
    mode.window.calls.clear()
    with qtbot.waitSignal(mode.signed_out, timeout=5000):
        pass
    assert mode.window.calls == ["discard_draft", "show_citizen_flow"]
    assert mode.window.stack.currentWidget() is mode.window.attract


def test_lock_button_and_admin_exit(qtbot, mode):
    mode.open_pad()
    enter_pin(qtbot, mode, "246813")
    screen = mode.screen
    assert screen.admin is not None
    exit_btn = screen.findChild(QPushButton, "exitKiosk")
    qtbot.mouseClick(exit_btn, Qt.LeftButton)
    assert mode.quits == [1] and mode.window.exit_allowed
    assert recent_events(mode.store.db, 1)[0]["action"] == "kiosk_exit"
    assert recent_events(mode.store.db, 1)[0]["actor"] == "admin"


def test_lock_button(qtbot, mode):
    mode.open_pad()
    enter_pin(qtbot, mode, "1357")
    with qtbot.waitSignal(mode.signed_out, timeout=3000):
        qtbot.mouseClick(mode.screen.findChild(QPushButton, "staffLock"), Qt.LeftButton)
    assert mode.screen is None
