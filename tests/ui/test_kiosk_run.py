"""`kiosk run` as systemd starts it: recovery first, fullscreen under a window manager, and a clean
exit on SIGTERM (a real process on a private Xvfb with matchbox)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from kiosk.store import open_store
from tests.xdisplay import x_display

pytestmark = pytest.mark.timeout(120)


def _window_geometry(display: str) -> str:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True, timeout=10).stdout
    # The top-level kiosk window (Qt also makes a 1x1 helper window with the same title).
    return next((line for line in tree.splitlines() if '"Citizen Tribune": ("' in line), "")


def test_kiosk_run_recovers_goes_fullscreen_and_stops_cleanly_on_sigterm(settings, tmp_path):
    store = open_store(settings)
    abandoned = store.create_draft("text", "fa", "v1", ["record"])  # as if the power was cut mid-journey
    with x_display() as display:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path))
        proc = subprocess.Popen([sys.executable, "-m", "kiosk.cli", "--data-dir", str(settings.data_dir), "run"],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline, geometry = time.monotonic() + 60, ""
            while time.monotonic() < deadline and "1280x800+0+0" not in geometry:
                assert proc.poll() is None, proc.stderr.read()
                time.sleep(0.5)
                geometry = _window_geometry(display)
            assert "1280x800+0+0" in geometry, f"kiosk window not fullscreen: {geometry!r}"
            time.sleep(1)
            proc.send_signal(signal.SIGTERM)
            out, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert proc.returncode == 0, err[-3000:]
    assert "recovery: 1 abandoned drafts deleted" in err
    assert store.count() == 0 and abandoned.ticket
    assert (settings.data_dir / "kiosk_signing_key.pem").exists()
