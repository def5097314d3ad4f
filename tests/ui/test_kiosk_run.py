"""`kiosk run` as systemd starts it: recovery before the first citizen, fullscreen under a window manager, and a clean
exit on SIGTERM (a real process on a private Xvfb with matchbox)."""
from __future__ import annotations

import signal
import time

import pytest

from kiosk.store import open_store
from tests.xdisplay import start_kiosk_run, x_display

pytestmark = pytest.mark.timeout(120)


def test_kiosk_run_recovers_goes_fullscreen_and_stops_cleanly_on_sigterm(settings, tmp_path):
    store = open_store(settings)
    abandoned = store.create_draft("text", "fa", "v1", ["record"])  # as if the power was cut mid-journey
    with x_display() as display:
        proc, _geometry = start_kiosk_run(display, settings.data_dir, tmp_path)
        try:
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
