"""Capture while delivering, in one process, as on the kiosk: a 3-minute take on the fake ALSA mic
fed at real time (a FIFO) while `sync_once` sends 1,000 signed, encrypted envelopes to moto S3 on
the delivery threads. Figure: input overflows of that take, vs overflows of a 20-second take with
nothing else running (both should be 0). SECONDS / BENCH_SYNC_N change the length and the load."""
from __future__ import annotations

import dataclasses
import os
import tempfile
import threading
import time
from pathlib import Path

SECONDS = int(os.environ.get("BENCH_TAKE_SECONDS", "180"))
BASELINE_SECONDS = 20
N = int(os.environ.get("BENCH_SYNC_N", "1000"))


def _take(audio, path: Path, seconds: int, during=None) -> tuple[int, float]:
    """(overflows, seconds the delivery took) of one take; `during` runs on a thread meanwhile."""
    from kiosk.capture import Recorder
    rec = Recorder(dataclasses.replace(audio, max_seconds=seconds + 5.0), stop_free_mb=0)
    rec.start(path)
    worker, spent = None, [0.0]
    if during is not None:
        def run():
            t0 = time.perf_counter()
            during()
            spent[0] = time.perf_counter() - t0
        worker = threading.Thread(target=run, name="bench-sync")
        worker.start()
    deadline = time.monotonic() + seconds * 3 + 60
    while rec.frames_written < seconds * audio.samplerate:
        if time.monotonic() > deadline:
            raise RuntimeError("the paced fake mic fell behind")
        time.sleep(0.05)
    result = rec.stop()
    rec.wait_closed(10)
    if worker is not None:
        worker.join()
    return result.overflows, spent[0]


def run() -> list[str]:
    import pyrage

    from benchmarks.bench_sync import _seed, moto_server
    from kiosk.config import load_settings
    from kiosk.sync.keys import init_key
    from kiosk.sync.worker import sync_once
    from tests.fakemic import FakeMic, speech
    with moto_server() as (endpoint, _env):
        import boto3
        boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1").create_bucket(Bucket="bench-take")
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            office = pyrage.x25519.Identity.generate()
            settings = load_settings(data_dir=tmp / "kiosk", environ={}, delivery={
                "kind": "s3", "endpoint_url": endpoint, "bucket": "bench-take",
                "office_recipients": [str(office.to_public())]})  # the kiosk's default parallelism
            init_key(settings)
            _seed(settings, N)
            mic = FakeMic(tmp)
            try:
                mic.install_paced(speech(tmp))
                alone, _ = _take(settings.audio, tmp / "alone.wav", BASELINE_SECONDS)
                result: dict = {}
                during, spent = _take(settings.audio, tmp / "during.wav", SECONDS,
                                      lambda: result.update(r=sync_once(settings)))
            finally:
                mic.uninstall()
            if result["r"].sent != N:
                raise RuntimeError(f"only {result['r'].sent} of {N} delivered: {result['r'].errors[:3]}")
    return [f"capture.overflows_{SECONDS}s_take_during_{N}_envelope_sync_same_process: {during} overflows "
            f"vs {BASELINE_SECONDS}s take alone {alone} overflows (goal 0; the sync took {spent:.1f} s)"]


if __name__ == "__main__":
    for line in run():
        print(line)
