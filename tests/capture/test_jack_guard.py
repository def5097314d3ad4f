"""A process killed while PortAudio probed JACK must not stall every later kiosk start.

The archive holds a real /dev/shm/jack_db-<uid> left behind by a python process killed (with gdb's
help) while libjack held its Berkeley DB mutex: with it in place, every PortAudio initialisation of
the user waits on that dead lock (here about 18 s each; the fake mic re-initialises PortAudio for
every test, which added up to a CI run that never finished). The guard removes it first.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.capture.jack_guard import clear_stale_jack_metadata, jack_server_running
from tests.fakemic import poison_jack_metadata

SHM_DIR = Path("/dev/shm") / f"jack_db-{os.getuid()}"


@pytest.mark.timeout(120)
def test_kiosk_starts_portaudio_despite_a_lock_left_by_a_killed_process():
    assert poison_jack_metadata() == SHM_DIR
    poisoned_region = (SHM_DIR / "__db.001").read_bytes()
    try:
        child = subprocess.run(
            [sys.executable, "-c", "from kiosk.capture import list_input_devices as d; d(); print('started')"],
            capture_output=True, text=True, timeout=60)
        assert child.returncode == 0 and "started" in child.stdout, child.stderr[-2000:]
        region = SHM_DIR / "__db.001"
        assert not (region.exists() and region.read_bytes() == poisoned_region), "the dead lock is still there"
    finally:
        shutil.rmtree(SHM_DIR, ignore_errors=True)  # never leave a poisoned lock for later tests


def test_metadata_is_kept_while_a_jack_server_runs(tmp_path):
    proc = tmp_path / "proc"
    (proc / "4242").mkdir(parents=True)
    (proc / "4242" / "comm").write_text("jackd\n")
    assert jack_server_running(proc)
    (proc / "4242" / "comm").write_text("python3\n")
    assert not jack_server_running(proc)


def test_clear_removes_only_this_users_directory(tmp_path):
    mine, other = tmp_path / f"jack_db-{os.getuid()}", tmp_path / "jack_db-12345"
    mine.mkdir()
    other.mkdir()
    if jack_server_running():
        pytest.skip("a JACK server is running here")
    assert clear_stale_jack_metadata(tmp_path) and not mine.exists() and other.exists()
    assert not clear_stale_jack_metadata(tmp_path)
