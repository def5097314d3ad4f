"""The staff CLI through the real `kiosk` entry point, and the audit chain under sqlite3-shell tampering."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.store import open_store
from tests.staff.helpers import make_submitted

KIOSK = str(Path(sys.executable).parent / "kiosk")


def kiosk(data_dir, *args, stdin: str | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    return subprocess.run([KIOSK, "--data-dir", str(data_dir), *args], input=stdin, capture_output=True,
                          text=True, timeout=60, env=env)


@pytest.mark.timeout(120)
def test_cli_moderation_is_applied_and_audited_as_cli(settings, store):
    a, b, c = make_submitted(store), make_submitted(store), make_submitted(store)
    d = settings.data_dir
    assert kiosk(d, "queue", "approve", a.ticket).returncode == 0
    r = kiosk(d, "queue", "reject", b.id, "--reason", "off_topic")
    assert r.returncode == 0 and "rejected" in r.stdout
    assert kiosk(d, "queue", "flag", c.id, "--constructive").returncode == 0
    assert kiosk(d, "queue", "flag", c.id, "--personal").returncode == 0
    assert kiosk(d, "queue", "flag", c.id, "--personal", "--unset").returncode == 0
    fresh = open_store(settings)
    assert fresh.get(a.id).status == "approved" and fresh.get(b.id).moderation_reason == "off_topic"
    assert fresh.get(c.id).constructive == 1 and fresh.get(c.id).personal_data == 0
    events = json.loads(kiosk(d, "audit", "list", "--limit", "5", "--json").stdout)
    assert {e["actor"] for e in events} == {"cli"}
    # Expected failures: words and exit 1 / 2, never a traceback.
    again = kiosk(d, "queue", "approve", a.id)
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert kiosk(d, "queue", "approve", "no-such").returncode == 1
    assert kiosk(d, "queue", "flag", c.id).returncode == 2
    assert kiosk(d, "queue", "reject", c.id, "--reason", " ").returncode == 2


@pytest.mark.timeout(120)
def test_set_pin_reads_stdin_never_argv(settings):
    d = settings.data_dir
    r = kiosk(d, "staff", "set-pin", "--role", "admin", stdin="۲۴۶۸۰۱\n")
    assert r.returncode == 0, r.stderr
    assert kiosk(d, "staff", "set-pin", "--role", "admin", "2468").returncode == 2  # no PIN in argv
    assert kiosk(d, "staff", "set-pin", "--role", "moderator", stdin="12\n").returncode == 2
    status = json.loads(kiosk(d, "staff", "status", "--json").stdout)
    assert status["roles_with_pin"] == ["admin"] and status["locked_for_s"] == 0
    from kiosk.staff.auth import StaffAuth
    assert StaffAuth(open_store(settings).db, settings.staff).check("246801").role == "admin"
    assert b"246801" not in settings.db_path.read_bytes()


@pytest.mark.timeout(120)
def test_audit_verify_fails_after_sqlite3_shell_edit(settings, store):
    from kiosk.staff.moderation import Moderator
    sub = make_submitted(store)
    Moderator(store, "moderator").reject(sub.id, "offensive")
    store.db.conn.close()
    assert kiosk(settings.data_dir, "audit", "verify").returncode == 0
    edit = subprocess.run(["sqlite3", str(settings.db_path),
                           "UPDATE audit SET detail = '{\"from\":\"submitted\",\"reason\":\"test\",\"to\":\"rejected\"}'"
                           " WHERE action = 'status_rejected';"], capture_output=True, text=True, timeout=30)
    assert edit.returncode == 0, edit.stderr
    r = kiosk(settings.data_dir, "audit", "verify")
    assert r.returncode == 1 and "broken" in r.stderr
