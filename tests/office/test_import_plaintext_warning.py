"""`kiosk office import` warns about envelopes that arrived unencrypted (a kiosk with no recipient)."""
from __future__ import annotations

import json

import pytest

from kiosk.cli import main
from kiosk.sync.keys import init_key
from kiosk.sync.worker import sync_once
from tests.sync.helpers import make_approved, make_settings

pytestmark = pytest.mark.timeout(120)


def _import(capsys, office, share, *extra):
    code = main(["office", "--office-dir", str(office.root), "import", str(share), *extra])
    return code, capsys.readouterr().out


def test_plaintext_envelope_is_imported_with_a_warning(office, data_dir, tmp_path, capsys):
    share = tmp_path / "plain-share"
    share.mkdir()
    settings = make_settings(data_dir, delivery={"path": str(share)})  # no office recipient
    office.trust(init_key(settings), settings.kiosk_id)
    sid = make_approved(settings, 1, scopes=("record",))[0]
    assert sync_once(settings).sent == 1
    code, out = _import(capsys, office, share, "--json")
    report = json.loads(out)
    assert code == 0 and [i["id"] for i in report["imported"]] == [sid]
    assert len(report["warnings"]) == 1 and f"{sid}.zip was not encrypted" in report["warnings"][0]
    assert {"source", "listed", "new", "imported", "duplicates", "quarantined", "failed", "indexes"} <= set(report)
    make_approved(settings, 1, scopes=("record",))
    sync_once(settings)
    code, out = _import(capsys, office, share)
    assert code == 0 and "WARNING:" in out and "not encrypted" in out


def test_encrypted_envelopes_bring_no_warning(office, kiosk_settings, capsys):
    make_approved(kiosk_settings, 1, scopes=("record", "draw"))
    assert sync_once(kiosk_settings).sent == 1
    code, out = _import(capsys, office, kiosk_settings.delivery_folder, "--json")
    report = json.loads(out)
    assert code == 0 and len(report["imported"]) == 1 and report["warnings"] == []
