"""Issue 10 item 8: citizens keep submitting while a 300-item sync writes its receipts.

The submits run in another process (as `kiosk run` beside `kiosk sync`), the sync here with its
delivery threads. With sqlite-utils' deferred BEGIN, a submit that read before a receipt committed
failed at once with "database is locked"; with BEGIN IMMEDIATE it waits its turn: 0 failures.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kiosk.sync.worker import sync_once
from tests.sync.helpers import make_approved

pytestmark = pytest.mark.timeout(600)

_SUBMITTER = r"""
import json, sys, time
from pathlib import Path
from kiosk.config import load_settings
from kiosk.store import open_store
settings = load_settings(data_dir=sys.argv[1], environ={})
store = open_store(settings)
stop, ready = Path(sys.argv[2]), Path(sys.argv[3])
ok, failures = 0, []
ready.touch()
while not stop.exists():
    try:
        d = store.create_draft("text", "fa", settings.consent_version, ["record"])
        store.update_draft(d.id, text=f"پرسش هم‌زمان {ok}", topic="traffic")
        store.submit(d.id)
        store.transition(d.id, "rejected", actor="staff")  # so the sync never waits for these
        ok += 1
    except Exception as exc:
        failures.append(f"{type(exc).__name__}: {exc}")
print(json.dumps({"ok": ok, "failures": failures}))
"""


def test_submits_during_a_300_item_sync_never_fail(keyed_settings, tmp_path):
    keyed_settings.delivery.parallelism = 4
    ids = make_approved(keyed_settings, 300, voice=False)
    stop, ready = tmp_path / "stop", tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", _SUBMITTER, str(keyed_settings.data_dir), str(stop), str(ready)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while not ready.exists():
            assert proc.poll() is None, proc.stderr.read()
        result = sync_once(keyed_settings)
    finally:
        stop.touch()
        out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err[-2000:]
    submits = json.loads(out)
    assert result.sent == len(ids) and result.errors == []
    assert submits["ok"] > 0
    assert submits["failures"] == []
