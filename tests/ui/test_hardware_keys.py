"""A stray USB keyboard on the kiosk: key presses never crash or log a traceback, and Escape,
Alt+F4 and the platform's Close shortcut do not leave the citizen screens."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time

import pytest
from PySide6.QtCore import Qt

from tests.xdisplay import start_kiosk_run, window_geometry, x_display

KEYS = [(Qt.Key_A, Qt.NoModifier), (Qt.Key_Escape, Qt.NoModifier), (Qt.Key_F4, Qt.AltModifier),
        (Qt.Key_W, Qt.ControlModifier), (Qt.Key_Return, Qt.NoModifier), (Qt.Key_Space, Qt.NoModifier),
        (Qt.Key_5, Qt.NoModifier), (Qt.Key_Q, Qt.ControlModifier)]


def test_key_presses_are_harmless_on_every_citizen_screen(kiosk, qtbot):
    # pytest-qt fails the test on any exception raised inside a Qt event handler.
    for screen in ("attract", "consent"):
        if screen == "consent":
            kiosk.tap("attractStart")
            kiosk.wait_screen("consent")
        for key, mods in KEYS:
            qtbot.keyClick(kiosk.window, key, mods)
        assert kiosk.screen() == f"screen_{screen}" and kiosk.window.isVisible()


@pytest.mark.timeout(120)
def test_real_key_presses_on_the_running_kiosk(settings, tmp_path):
    """xdotool on a private Xvfb with matchbox: typing, Escape and Alt+F4 on `kiosk run`."""
    if not shutil.which("xdotool"):
        pytest.skip("xdotool is not installed (scripts/setup.sh --test installs it)")
    with x_display() as display:
        proc, geometry = start_kiosk_run(display, settings.data_dir, tmp_path)
        try:
            window_id = geometry.split()[0]
            xenv = {**os.environ, "DISPLAY": display}
            subprocess.run(["xdotool", "windowactivate", "--sync", window_id], env=xenv, timeout=20)
            for keys in (["a", "b", "Return", "space", "5"], ["Escape"], ["alt+F4"], ["ctrl+w"], ["ctrl+q"]):
                subprocess.run(["xdotool", "key", "--delay", "50", *keys], env=xenv, check=True, timeout=20)
            time.sleep(2)  # the kiosk handles the events on its loop; nothing to wait for otherwise
            assert proc.poll() is None, "the kiosk left after a key press"
            assert "1280x800+0+0" in window_geometry(display), "the kiosk window went away"
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert proc.returncode == 0, err[-3000:]
    assert "Traceback" not in err and "Error" not in err, err[-3000:]
