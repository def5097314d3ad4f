"""Helpers for delivery tests: settings, approved submissions with real WAV files, S3 client."""
from __future__ import annotations

import numpy as np
import soundfile as sf

from kiosk.config import load_settings
from kiosk.store import open_store


def s3_client(endpoint: str):
    import boto3
    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                        aws_access_key_id="testing", aws_secret_access_key="testing")


def make_settings(data_dir, **overrides):
    return load_settings(data_dir=data_dir, environ={}, **overrides)


def write_wav(path, seconds: float = 1.0, seed: int = 0):
    rng = np.random.default_rng(seed)
    samples = (rng.standard_normal(int(16000 * seconds)) * 3000).astype(np.int16)
    sf.write(str(path), samples, 16000, subtype="PCM_16")
    return path


def make_approved(settings, n: int = 1, *, voice: bool = True, scopes=("record", "draw"),
                  seconds: float = 1.0, approve: bool = True) -> list[str]:
    store = open_store(settings)
    ids = []
    for i in range(n):
        sub = store.create_draft("voice" if voice else "text", "fa", settings.consent_version, list(scopes))
        fields = {"text": f"پرسش شماره {i}", "topic": "traffic", "phone": "09121234567",
                  "contact_name": "مریم"}
        if voice:
            settings.media_dir.mkdir(parents=True, exist_ok=True)
            fields["audio_path"] = str(write_wav(settings.media_dir / f"{sub.id}.wav", seconds, seed=i))
            fields["duration_ms"] = int(seconds * 1000)
        store.update_draft(sub.id, **fields)
        store.submit(sub.id)
        if approve:
            store.transition(sub.id, "approved", actor="staff")
        ids.append(sub.id)
    return ids


def sent_events(settings) -> dict[str, int]:
    store = open_store(settings)
    rows = store.db.execute("SELECT submission_id, COUNT(*) FROM audit WHERE action = 'status_sent'"
                            " GROUP BY submission_id").fetchall()
    return {r[0]: r[1] for r in rows}


def first_worker_pass(settings, on_status=None):
    """Run a real OutboxWorker until its first pass is over; returns its status then (it is stopped)."""
    import time
    from kiosk.sync.worker import OutboxWorker
    worker = OutboxWorker(settings, on_status=on_status)
    worker.start()
    try:
        deadline = time.monotonic() + 30
        while worker.status().last_run_at is None and time.monotonic() < deadline:
            time.sleep(0.05)
        return worker.status(), worker
    finally:
        worker.stop(timeout=10)
