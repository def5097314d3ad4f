"""`kiosk queue list --status submitted --json` at 100,000 rows vs the sqlite3 shell on the same query."""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import best_of, child_cpu, figure
from benchmarks.seed import seed_submissions

ROWS = 100_000


def run() -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        from kiosk.config import load_settings
        settings = load_settings(data_dir=data, environ={})
        seed_submissions(settings.db_path, ROWS, settings.kiosk_id)
        kiosk = [sys.executable, "-m", "kiosk.cli", "--data-dir", str(data), "queue", "list",
                 "--status", "submitted", "--json"]
        sql = ("SELECT * FROM submissions WHERE status = 'submitted' ORDER BY created_at DESC, id DESC;")
        shell = ["sqlite3", "-json", str(settings.db_path), sql]
        subprocess.run(kiosk, check=True, capture_output=True)  # warm the page cache
        if shutil.which("sqlite3"):
            t_kiosk = best_of(lambda: subprocess.run(kiosk, check=True, capture_output=True), 3)
            t_shell = best_of(lambda: subprocess.run(shell, check=True, capture_output=True), 3)
            lines.append(figure(f"store.queue_list_submitted_{ROWS // 1000}k_json", t_kiosk * 1000, "ms",
                                "sqlite3 -json shell", t_shell * 1000))
            lines.append(figure(f"store.queue_list_submitted_{ROWS // 1000}k_json_cpu", child_cpu(kiosk) * 1000,
                                "ms CPU", "sqlite3 -json shell", child_cpu(shell) * 1000))
        from kiosk.store import open_store
        store = open_store(settings)
        t_api = best_of(lambda: store.list(status="submitted"), 3)
        t_raw = best_of(lambda: store.db.execute(sql).fetchall(), 3)
        lines.append(figure(f"store.list_submitted_{ROWS // 1000}k_api", t_api * 1000, "ms",
                            "raw sqlite3 fetchall", t_raw * 1000))
    return lines
