"""Send, then the process is killed (SIGKILL) before or while the receipt appears: the submission
is either fully there (submitted, with its text, consent and ticket) or not submitted at all."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.config import load_settings
from kiosk.store import open_database, open_store
from kiosk.store.audit import verify_chain

REPO = Path(__file__).resolve().parents[2]

CHILD = r"""
import os, signal, sys, threading, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QCheckBox, QPlainTextEdit, QPushButton
from kiosk.config import load_settings
from ui.app import create_kiosk_window
mode, delay = sys.argv[2], float(sys.argv[3])
app = QApplication([])
w = create_kiosk_window(load_settings(data_dir=sys.argv[1], environ={}, ui__fullscreen=False))
w.show()
find = lambda cls, name: w.findChild(cls, name)
def die():
    os.kill(os.getpid(), signal.SIGKILL)
if mode == "on_submitted":
    w.flow.submitted.connect(lambda sub: die())  # committed, receipt not yet shown
find(QPushButton, "attractStart").click()
find(QCheckBox, "ageConfirm").setChecked(True)
find(QCheckBox, "scopeBroadcast").setChecked(True)
find(QPushButton, "consentAgree").click()
find(QPushButton, "modeText").click()
find(QPlainTextEdit, "textInput").setPlainText("پرسش پیش از خاموشی")
find(QPushButton, "textContinue").click()
find(QPushButton, "topicSkip").click()
if mode == "after_delay":
    threading.Timer(delay, die).start()
find(QPushButton, "submitButton").click()
deadline = time.monotonic() + 20
while time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.001)
print("not killed", flush=True)
"""


def _run_child(data_dir: Path, mode: str, delay: float = 0.0) -> int:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), mode, str(delay)], cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    return proc.returncode


def _whole_or_absent(data_dir: Path) -> str:
    settings = load_settings(data_dir=data_dir, environ={})
    store = open_store(settings)
    submitted = store.list(status="submitted")
    assert verify_chain(open_database(settings.db_path)).ok
    if not submitted:
        return "absent"
    (sub,) = submitted
    assert sub.text == "پرسش پیش از خاموشی" and sub.text_display
    assert sub.scopes == ["broadcast", "record"] and sub.consent_version == settings.consent_version
    assert sub.submitted_at and len(sub.ticket) == 9
    return "whole"


@pytest.mark.timeout(120)
def test_killed_right_after_commit_keeps_the_submission(tmp_path):
    _run_child(tmp_path, "on_submitted")
    assert _whole_or_absent(tmp_path) == "whole"


@pytest.mark.timeout(240)
@pytest.mark.parametrize("delay", [0.0, 0.002, 0.01, 0.05])
def test_killed_at_any_moment_of_send_is_whole_or_absent(tmp_path, delay):
    _run_child(tmp_path, "after_delay", delay)
    assert _whole_or_absent(tmp_path) in ("whole", "absent")
