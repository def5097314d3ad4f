"""The outbox at rest on a 100,000-item kiosk database: CPU of one idle pass of the kiosk's own
OutboxWorker (folder destination, nothing due, retention finds nothing), vs the least an idle pass
must do (the due-items query on a kept connection); and the split this relies on: a cheap connect()
vs the check-and-migrate done once at process start."""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import best_of, figure
from benchmarks.seed import seed_submissions

ROWS = 100_000
PASSES = 10


def _settle(settings) -> None:
    """Every approved item already delivered (a receipt of today), so nothing is due and
    retention has nothing to purge: the kiosk on a quiet afternoon."""
    from kiosk.store import open_database
    from kiosk.store.audit import utc_now
    db = open_database(settings.db_path)
    now = utc_now()
    with db.conn:
        db.execute("INSERT INTO deliveries (submission_id, destination, object_key, sha256, size, delivered_at,"
                   " kind) SELECT id, 'folder:bench', id, '', 0, ?, 'sync' FROM submissions"
                   " WHERE status IN ('approved', 'sent')", [now])
        db.execute("UPDATE submissions SET status = 'sent', sent_at = ? WHERE status = 'approved'", [now])
        db.execute("UPDATE submissions SET moderated_at = ?, updated_at = ? WHERE status = 'rejected'", [now, now])
    db.close()


def run() -> list[str]:
    from kiosk.config import load_settings
    from kiosk.store import connect, open_database, open_store
    from kiosk.sync import outbox
    from kiosk.sync.keys import init_key
    from kiosk.sync.worker import OutboxWorker
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=Path(tmp) / "kiosk", environ={})
        init_key(settings)
        seed_submissions(settings.db_path, ROWS, settings.kiosk_id)
        _settle(settings)
        worker = OutboxWorker(settings)
        try:
            first = worker.run_once()
            if first.errors or first.sent or first.purged:
                raise RuntimeError(f"the pass was not idle: {first}")
            cpu = []
            for _ in range(PASSES):
                c0 = time.process_time()
                worker.run_once()
                cpu.append(time.process_time() - c0)
        finally:
            worker.stop()
        store = open_store(settings)
        c0 = time.process_time()
        for _ in range(PASSES):
            outbox.pending_ids(store, settings, due_only=True)
        query = (time.process_time() - c0) / PASSES
        t_open = best_of(lambda: open_database(settings.db_path).close(), 5)
        t_connect = best_of(lambda: connect(settings.db_path).close(), 5)
    return [
        figure(f"outbox.idle_pass_cpu_{ROWS // 1000}k", statistics.median(cpu) * 1000, "ms CPU",
               "due-items query on a kept connection", query * 1000),
        figure(f"store.connect_{ROWS // 1000}k", t_connect * 1000, "ms", "open_database (check + migrate)",
               t_open * 1000),
    ]


if __name__ == "__main__":
    for line in run():
        print(line)
