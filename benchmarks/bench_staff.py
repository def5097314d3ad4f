"""Staff queue at 100,000 items: open to first paint and a status filter, each vs the same query
in the sqlite3 shell; waveform peaks of a 2-minute recording vs reading the file whole."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.common import best_of, figure
from benchmarks.seed import seed_submissions

ROWS = 100_000
_SQL = ("SELECT id, ticket, status, kind, created_at, topic, duration_ms, substr(text_display, 1, 120),"
        " constructive, personal_data, language FROM submissions WHERE {where}"
        " ORDER BY created_at DESC, id DESC LIMIT 200; SELECT COUNT(*) FROM submissions WHERE {where};")


def _first_paint_ms(db_path, flt, repeat: int = 5) -> float:
    """A new model and view each time: query off-thread, rows in, viewport painted."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QTableView

    from ui.staff.queue_model import QueueModel
    times = []
    for _ in range(repeat):
        model = QueueModel(db_path)
        view = QTableView()
        view.resize(1200, 800)
        view.setModel(model)
        view.show()
        loop = QEventLoop()
        model.loaded.connect(loop.quit)
        QTimer.singleShot(30000, loop.quit)
        start = time.perf_counter()
        model.set_filter(flt)
        loop.exec()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
        model.close()
        view.deleteLater()
    return sorted(times)[len(times) // 2] * 1000


def _shell_ms(db_path, where: str) -> float:
    cmd = ["sqlite3", str(db_path), _SQL.format(where=where)]
    return best_of(lambda: subprocess.run(cmd, check=True, capture_output=True), 5) * 1000


def _queue_lines(tmp: Path) -> list[str]:
    from PySide6.QtWidgets import QApplication

    from kiosk.config import load_settings
    from kiosk.staff.queue_query import QueueFilter
    from kiosk.store import open_database
    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the views
    settings = load_settings(data_dir=tmp, environ={})
    open_database(settings.db_path).close()  # all migrations, including the staff indexes
    seed_submissions(settings.db_path, ROWS, settings.kiosk_id)
    lines = []
    if not shutil.which("sqlite3"):
        return ["staff.queue: skipped (no sqlite3 shell)"]
    _shell_ms(settings.db_path, "status != 'draft'")  # warm the page cache
    open_ms = _first_paint_ms(settings.db_path, QueueFilter(status=None))
    lines.append(figure(f"staff.queue_open_{ROWS // 1000}k_first_paint", open_ms, "ms",
                        "sqlite3 shell same page+count", _shell_ms(settings.db_path, "status != 'draft'")))
    filt_ms = _first_paint_ms(settings.db_path, QueueFilter(status="approved"))
    lines.append(figure(f"staff.queue_filter_status_{ROWS // 1000}k_first_paint", filt_ms, "ms",
                        "sqlite3 shell same page+count", _shell_ms(settings.db_path, "status = 'approved'")))
    return lines


def _peaks_lines(tmp: Path) -> list[str]:
    import soundfile as sf

    from kiosk.staff.peaks import cached_peaks, compute_peaks
    rate, seconds = 16000, 120
    rng = np.random.default_rng(1)
    signal = (0.3 * np.sin(2 * np.pi * 200 * np.arange(rate * seconds) / rate)
              + 0.05 * rng.standard_normal(rate * seconds)).astype(np.float32)
    wav = tmp / "two-minutes.wav"
    sf.write(str(wav), signal, rate, subtype="PCM_16")

    def naive():
        data, _ = sf.read(str(wav), dtype="float32")
        return data.min(), data.max()

    t_peaks = best_of(lambda: compute_peaks(wav), 5)
    t_read = best_of(naive, 5)
    cache = tmp / "peaks-cache"
    cached_peaks(wav, cache)
    t_cached = best_of(lambda: cached_peaks(wav, cache), 5)
    return [figure("staff.peaks_2min_wav_compute", t_peaks * 1000, "ms", "soundfile read whole + min/max",
                   t_read * 1000),
            figure("staff.peaks_2min_wav_cached", t_cached * 1000, "ms", "compute", t_peaks * 1000)]


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        lines = _queue_lines(Path(tmp))
    with tempfile.TemporaryDirectory() as tmp:
        lines += _peaks_lines(Path(tmp))
    return lines
