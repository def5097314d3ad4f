"""The installed PySide6 must not leak references on Signal.emit() (6.12.0 does, and aborts 3.11).

The level meter emits 25 times a second for the whole day, so a leak of one reference per emit
kills the kiosk within minutes; this runs in a child so an abort fails the test, not the suite.
"""
import subprocess
import sys

CHILD = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
class Source(QObject):
    level = Signal(float, float)
app = QCoreApplication([])
src = Source()
src.level.connect(lambda rms, peak: None)
before = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(5000):
    src.level.emit(-20.0, -6.0)
after = sys.getrefcount(True), sys.getrefcount(None)
print(after[0] - before[0], after[1] - before[1])
"""


def test_signal_emit_keeps_reference_counts():
    run = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    true_delta, none_delta = map(int, run.stdout.split())
    assert abs(true_delta) < 50 and abs(none_delta) < 50, run.stdout
