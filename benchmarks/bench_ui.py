"""Citizen UI figures: cold start to the attract screen painted (vs a bare PySide6 window started
the same way; the kiosk through ui.app.start_kiosk_window, the start `kiosk run` makes: its integrity
check and recovery follow on a worker once the event loop runs, before Start is let through), tap-to-next-screen latency (vs a bare stacked widget), and RSS after 500 simulated
journeys vs after 10. Everything offscreen; each process gets its own temporary data dir."""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import figure

REPO = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("BENCH_UI_ROUNDS", "5"))

_START = r"""
import sys, os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
if sys.argv[1] == "kiosk":
    from kiosk.config import load_settings
    from ui.app import start_kiosk_window  # what `kiosk run` does before its event loop
    w = start_kiosk_window(load_settings(data_dir=sys.argv[2], environ={}, ui__fullscreen=False))
else:
    w = QLabel("Citizen and Mayor")
w.resize(1280, 800)
w.show()
w.grab()  # paints the whole window once
print("painted", flush=True)
if sys.argv[1] == "kiosk":
    while w.flow is None or w.flow.start_held:  # journey built, then the check and recovery on a worker
        app.processEvents()
        time.sleep(0.002)
    print("ready", flush=True)
    w.outbox.stop(timeout=10)
"""

_JOURNEYS = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QPlainTextEdit, QPushButton
from kiosk.config import load_settings
from ui.app import create_kiosk_window
app = QApplication([])
s = load_settings(data_dir=sys.argv[1], environ={}, ui__fullscreen=False, ui__min_interval_s=0,
                  ui__max_per_hour=100000)
w = create_kiosk_window(s)
w.resize(1280, 800)
w.show()
f = w.flow
find = lambda cls, name: w.findChild(cls, name)
def rss_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
def until(cond):
    deadline = time.monotonic() + 10
    while not cond():
        app.processEvents()
        if time.monotonic() > deadline:
            raise SystemExit("journey stuck")
def journey(i):
    find(QPushButton, ("langFa", "langAr", "langEn")[i % 3]).click()
    find(QPushButton, "attractStart").click()
    find(QCheckBox, "ageConfirm").setChecked(True)
    find(QPushButton, "consentAgree").click()
    find(QPushButton, "modeText").click()
    find(QPlainTextEdit, "textInput").setPlainText(f"پرسش شمارهٔ {i} دربارهٔ پارک محله")
    find(QPushButton, "textContinue").click()
    find(QPushButton, "topicSkip").click()
    find(QPushButton, "submitButton").click()
    until(lambda: f.current is f.receipt)
    w.grab()
    find(QPushButton, "doneButton").click()
    app.processEvents()
    # exec() is not running here, so deleteLater() objects would pile up: do what the loop does.
    app.sendPostedEvents(None, QEvent.DeferredDelete)
marks = {int(a) for a in sys.argv[2:]}
for i in range(1, max(marks) + 1):
    journey(i)
    if i in marks:
        print(i, rss_kb(), flush=True)
"""


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}


def _cold_start(kind: str, seeded: Path | None = None) -> float:
    return _cold_start_times(kind, seeded)[0]


def _cold_start_times(kind: str, seeded: Path | None = None) -> tuple[float, float | None]:
    """Seconds to the first screen painted and, for the kiosk, to Start let through (integrity check
    and recovery done). seeded: a kiosk data dir to start on (its database copied in first)."""
    with tempfile.TemporaryDirectory() as tmp:
        if seeded is not None:
            for name in ("kiosk.db", "kiosk_id"):
                shutil.copy2(seeded / name, Path(tmp) / name)
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", _START, kind, tmp], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, env=_env(), cwd=REPO)
        line = proc.stdout.readline()
        painted = time.perf_counter() - t0
        ready = None
        if kind == "kiosk" and proc.stdout.readline().strip() == "ready":
            ready = time.perf_counter() - t0
        proc.wait(timeout=120)
        if line.strip() != "painted" or (kind == "kiosk" and ready is None):
            raise RuntimeError(f"{kind} did not paint or get ready")
        return painted, ready


def _tap_latency() -> tuple[float, float]:
    """Median ms from a tap on Start to the consent screen painted; baseline: a bare stack."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStackedWidget, QWidget
    app = QApplication.instance() or QApplication([])
    from kiosk.config import load_settings
    from ui.app import create_kiosk_window
    with tempfile.TemporaryDirectory() as tmp:
        w = create_kiosk_window(load_settings(data_dir=tmp, environ={}, ui__fullscreen=False))
        w.resize(1280, 800)
        w.show()
        start, back = w.findChild(QWidget, "attractStart"), w.findChild(QWidget, "consentBack")
        kiosk_ms = []
        for _ in range(40):
            app.processEvents()
            t0 = time.perf_counter()
            QTest.mouseClick(start, Qt.LeftButton)
            w.stack.currentWidget().repaint()
            kiosk_ms.append((time.perf_counter() - t0) * 1000)
            QTest.mouseClick(back, Qt.LeftButton)
        w.allow_exit()
        w.close()
    stack = QStackedWidget()
    page1, page2 = QPushButton("Start"), QLabel("Before you start")
    stack.addWidget(page1)
    stack.addWidget(page2)
    page1.clicked.connect(lambda: stack.setCurrentWidget(page2))
    stack.resize(1280, 800)
    stack.show()
    bare_ms = []
    for _ in range(40):
        stack.setCurrentWidget(page1)
        app.processEvents()
        t0 = time.perf_counter()
        QTest.mouseClick(page1, Qt.LeftButton)
        stack.currentWidget().repaint()
        bare_ms.append((time.perf_counter() - t0) * 1000)
    stack.close()
    return statistics.median(kiosk_ms), statistics.median(bare_ms)


def _seeded_dir(tmp: Path, rows: int = 100_000) -> Path:
    from benchmarks.seed import seed_submissions
    from kiosk.config import load_settings
    settings = load_settings(data_dir=tmp, environ={})
    seed_submissions(settings.db_path, rows, settings.kiosk_id)
    return tmp


def _journey_rss(marks=(10, 500, 1000, 2000)) -> dict[int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", _JOURNEYS, tmp, *map(str, marks)], capture_output=True,
                             text=True, env=_env(), cwd=REPO, timeout=900)
        if out.returncode != 0:
            raise RuntimeError(out.stderr[-2000:])
        return {int(a): int(b) for a, b in (line.split() for line in out.stdout.split("\n") if line.strip())}


def run() -> list[str]:
    """The three cold starts alternate over ROUNDS rounds (BENCH_UI_ROUNDS), after the 100k database
    is seeded, and their medians are compared: measured in separate blocks (the bare window before
    the seeding, the 100k starts right after it) the 100k ratio moved between 1.59 and 2.05 across
    runs on this shared machine."""
    bare_runs, kiosk_runs, times = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        seeded = _seeded_dir(Path(tmp))
        # The seed's voice items point at files that do not exist: the first start flags each for
        # staff (tens of thousands of audited writes), once; the figures are for the starts after.
        from kiosk.config import load_settings
        from kiosk.recovery import recover
        recover(load_settings(data_dir=seeded, environ={}))
        for _ in range(ROUNDS):
            bare_runs.append(_cold_start("bare"))
            kiosk_runs.append(_cold_start("kiosk"))
            times.append(_cold_start_times("kiosk", seeded))
    bare, kiosk = statistics.median(bare_runs), statistics.median(kiosk_runs)
    kiosk_100k = statistics.median(t[0] for t in times)
    ready_100k = statistics.median(t[1] for t in times)
    tap, bare_tap = _tap_latency()
    rss = _journey_rss()
    return [
        figure("ui cold start to attract painted", kiosk, "s", "bare PySide6 window", bare),
        figure("ui cold start to attract painted, 100k-item database", kiosk_100k, "s", "bare PySide6 window",
               bare),
        figure("ui cold start to Start let through (check + recovery), 100k-item database", ready_100k, "s",
               "attract painted", kiosk_100k),
        figure("ui tap Start to consent painted", tap, "ms", "bare stacked widget", bare_tap),
        figure("ui RSS after 500 journeys", rss[500] / 1024, "MiB", "after 10 journeys", rss[10] / 1024),
        # Growth that stops is caches filling (SQLite pages, glyphs), growth that goes on is a leak.
        figure("ui RSS after 2000 journeys", rss[2000] / 1024, "MiB", "after 1000 journeys", rss[1000] / 1024),
    ]
