"""Data at rest: whatever the session's umask, the kiosk's files are 0600 and its folders 0700."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from kiosk.privacy import lock_down
from tests.sync.helpers import make_approved

pytestmark = pytest.mark.timeout(60)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def kiosk(data_dir, *args, env=None):
    return subprocess.run([sys.executable, "-m", "kiosk.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, preexec_fn=lambda: os.umask(0o022))


def test_files_written_by_the_cli_are_private_under_umask_022(keyed_settings, data_dir):
    old = os.umask(0o022)
    try:
        make_approved(keyed_settings, 2)
    finally:
        os.umask(old)
    os.chmod(keyed_settings.db_path, 0o644)  # as an older version left them (the store now makes 0600)
    os.chmod(data_dir, 0o755)
    assert mode(keyed_settings.db_path) & 0o044 and mode(data_dir) & 0o055
    env = {**os.environ, "KIOSK_DELIVERY_OFFICE_RECIPIENTS": ",".join(keyed_settings.delivery.office_recipients)}
    run = kiosk(data_dir, "sync", "--once", env=env)
    assert run.returncode == 0, run.stderr
    assert mode(data_dir) == 0o700 and mode(keyed_settings.db_path) == 0o600  # closed up at start
    written = [p for p in data_dir.rglob("*") if p.is_file() and "media" not in p.parts]
    assert any(p.suffix == ".age" for p in written)
    assert {p.name: oct(mode(p)) for p in written if mode(p) & 0o077} == {}
    doctor = kiosk(data_dir, "doctor", "--json")
    assert "private to the kiosk user" in doctor.stdout


def test_the_kiosk_start_closes_up_the_whole_tree(keyed_settings, data_dir):
    old = os.umask(0o022)
    try:
        make_approved(keyed_settings, 1)
    finally:
        os.umask(old)
    media = next(keyed_settings.media_dir.iterdir())
    os.chmod(keyed_settings.db_path, 0o644)  # as an older version left it (the store now makes 0600)
    assert mode(media) == 0o644
    assert lock_down(data_dir, deep=True) >= 3
    assert mode(media) == 0o600 and mode(keyed_settings.media_dir) == 0o700
    assert lock_down(data_dir, deep=True) == 0
