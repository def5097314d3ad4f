"""Two real `kiosk office import` processes (the console and a scheduled job) on the same folder:
both exit 0 and every envelope enters the library exactly once, with its media and one audit event."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from kiosk.office.library import open_library
from kiosk.store.audit import verify_chain
from kiosk.sync import envelope as env
from kiosk.sync.keys import load_signing_key
from tests.office.envelopes import document, signed

pytestmark = pytest.mark.timeout(300)
ENVELOPES = 120


def test_two_imports_at_once_import_each_envelope_exactly_once(office, kiosk_settings, tmp_path):
    key, recipients = load_signing_key(kiosk_settings), env.parse_recipients(kiosk_settings.delivery.office_recipients)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(ENVELOPES):
        audio = ("audio.wav", b"RIFF" + n.to_bytes(4, "big") * 256) if n % 2 else None
        (inbox / f"{n:04d}.zip.age").write_bytes(signed(document(kiosk_settings.kiosk_id, n), key, recipients, audio))
    command = [sys.executable, "-m", "kiosk.cli", "office", "import", str(inbox), "--office-dir", str(office.root),
               "--json"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [(p.communicate(timeout=240), p.returncode) for p in runs]
    reports = []
    for (stdout, stderr), code in outs:
        assert code == 0 and "Traceback" not in stderr, stderr[-3000:]
        reports.append(json.loads(stdout))
    imported = Counter(i["name"] for r in reports for i in r["imported"])
    assert len(imported) == ENVELOPES and set(imported.values()) == {1}
    assert not [q for r in reports for q in r["quarantined"]]
    lib = open_library(office.root)
    assert lib.count() == ENVELOPES
    events = Counter(r[0] for r in lib.db.execute("SELECT action FROM audit"))
    assert events["imported"] == ENVELOPES
    outcomes = Counter(r[0] for r in lib.db.execute("SELECT outcome FROM envelopes"))
    assert outcomes == {"imported": ENVELOPES}
    assert verify_chain(lib.db).ok
    for item in lib.items():
        assert (lib.media_path(item) is None) == (int(item["ticket"][-4:]) % 2 == 0)
        if lib.media_path(item):
            assert env.sha256_hex(lib.media_path(item).read_bytes()) == item["audio_sha256"]
    assert not list(office.root.rglob("*.part"))
    # The next run (any of them) finds nothing new and exits 0.
    again = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and json.loads(again.stdout)["new"] == 0
