"""Office figures: importing 1,000 envelopes from a moto S3 server (download + decrypt + verify +
store, per envelope) vs a plain download of the same objects; the draw over 1,000,000 entrants
(hash + strict parse + selection) vs hashing the entrant file once."""
from __future__ import annotations

import logging
import os
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from benchmarks.common import best_of, figure

ENVELOPES = 1000
ENTRANTS = 1_000_000
AUDIO_BYTES = 24_000  # about 8 s of Opus speech


def _submission(kiosk_id: str, n: int):
    from kiosk.store.submissions import Submission
    now = "2026-11-26T12:00:00.000Z"
    return Submission({
        "id": uuid.uuid4().hex, "ticket": f"{n // 10000:04d}-{n % 10000:04d}", "kiosk_id": kiosk_id,
        "kind": "voice", "language": "fa", "created_at": now, "submitted_at": now, "consent_version": "1",
        "consent_scopes": '["broadcast", "draw", "record"]', "moderated_by": "staff", "moderated_at": now,
        "constructive": 1, "personal_data": 0, "topic": "traffic", "text": f"پرسش {n}", "text_display": f"پرسش {n}",
        "duration_ms": 8000, "phone": f"0912{n:07d}", "contact_name": None})


def _import_figure(tmp: Path) -> str:
    import boto3
    from moto.server import ThreadedMotoServer
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from kiosk.office import keys
    from kiosk.office.importer import S3Source, import_from
    from kiosk.office.library import open_library
    from kiosk.sync.envelope import build_envelope, parse_recipients
    from kiosk.sync.keys import public_key_b64

    lib = open_library(tmp / "office")
    office_keys = keys.generate(lib.keys_dir)
    kiosk_key = Ed25519PrivateKey.generate()
    lib.trust(public_key_b64(kiosk_key.public_key()), "kiosk-bench")
    recipients = parse_recipients([office_keys.recipient])
    audio = tmp / "audio.opus"
    audio.write_bytes(os.urandom(AUDIO_BYTES))
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one access-log line per request otherwise
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        client = boto3.client("s3", endpoint_url=f"http://{host}:{port}", region_name="us-east-1",
                              aws_access_key_id="testing", aws_secret_access_key="testing")
        client.create_bucket(Bucket="office-bench")
        keys_ = []
        for n in range(ENVELOPES):
            sub = _submission("kiosk-bench", n)
            blob = build_envelope(sub, "approved", audio, kiosk_key, recipients, "2026-11-26T12:00:00Z")
            key = f"ct/kiosk-bench/2026/11/26/{sub.id}.zip.age"
            client.put_object(Bucket="office-bench", Key=key, Body=blob)
            keys_.append(key)

        def download_all():
            for key in keys_:
                client.get_object(Bucket="office-bench", Key=key)["Body"].read()
        t_plain = best_of(download_all, 1)
        start = time.perf_counter()
        report = import_from(lib, S3Source("office-bench", "ct", client=client))
        t_import = time.perf_counter() - start
        assert len(report.imported) == ENVELOPES, report.summary()
    finally:
        server.stop()
    return figure(f"office.import_{ENVELOPES}_envelopes_s3_per_envelope", t_import / ENVELOPES * 1000, "ms",
                  "plain S3 download per envelope", t_plain / ENVELOPES * 1000)


def _draw_figures() -> list[str]:
    import hashlib
    from kiosk.office import draw as d
    entrants = [d.Entrant(f"{(i % 9_000_000) // 10000:04d}-{i % 10000:04d}", f"kiosk-{i // 9_000_000}")
                for i in range(ENTRANTS)]
    data = d.entrants_bytes(entrants, date(2026, 11, 1), date(2026, 11, 30))
    commitment = d.commitment_of(data)
    witnesses = ["نماینده شورا ۱۲۳۴", "خبرنگار 5678", "بازرسی 9012"]
    t_draw = best_of(lambda: d.run_draw(data, commitment, witnesses, "beacon", 10, 5), 3)
    t_hash = best_of(lambda: hashlib.sha256(data).hexdigest(), 3)
    seed = d.derive_seed(commitment, witnesses)
    t_select = best_of(lambda: d.shuffle_prefix(ENTRANTS, seed, 15), 3)
    return [figure(f"office.draw_{ENTRANTS // 1000}k_entrants_10_winners_5_reserves", t_draw * 1000, "ms",
                   "sha256 of the entrant file once", t_hash * 1000),
            figure("office.draw_selection_only_15_picks", t_select * 1000, "ms",
                   "sha256 of the entrant file once", t_hash * 1000)]


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        lines = [_import_figure(Path(tmp))]
    return lines + _draw_figures()
