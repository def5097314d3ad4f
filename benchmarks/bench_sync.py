"""Delivery to moto S3: `sync_once` of N approved voice submissions (build envelope, Ed25519 sign,
age-encrypt, PUT with SHA-256, HEAD verify, receipt + `sent` in one transaction) vs a plain boto3
`upload_file` of the same zips unencrypted with the same number of threads, and vs
`aws s3 cp --recursive` of those zips.

The AWS CLI is installed by the benchmark into its own venv in a cache dir (BENCH_CACHE_DIR, default
~/.cache/citizen-tribune-benchmarks), never into the project's venv, where it would pin botocore.
moto runs in a child process so CPU time is the kiosk's own. N defaults to 1000 (BENCH_SYNC_N); the
three measurements alternate over 3 rounds (BENCH_SYNC_ROUNDS) and the medians are compared.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from benchmarks.common import figure

N = int(os.environ.get("BENCH_SYNC_N", "1000"))
ROUNDS = int(os.environ.get("BENCH_SYNC_ROUNDS", "3"))
THREADS = 8
_SERVER = ("from moto.server import ThreadedMotoServer; import sys, time\n"
           "s = ThreadedMotoServer(ip_address='127.0.0.1', port=0, verbose=False); s.start()\n"
           "print('%s:%s' % s.get_host_and_port(), flush=True); sys.stdin.read()\n")


def _seed(settings, n: int, seed: int = 1) -> list[Path]:
    """n approved voice items with their WAVs; returns the WAVs (the plain baseline zips them)."""
    import numpy as np
    import soundfile as sf
    from kiosk.store import open_store
    store = open_store(settings)
    settings.media_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    wavs = []
    for i in range(n):
        sub = store.create_draft("voice", "fa", settings.consent_version, ["record", "draw"])
        path = settings.media_dir / f"{sub.id}.wav"
        # ~3 s of 8 kHz noise ≈ 48 kB: about what 15 s of the Opus the kiosk sends would weigh.
        sf.write(str(path), (rng.standard_normal(24000) * 3000).astype("int16"), 8000, subtype="PCM_16")
        store.update_draft(sub.id, text=f"پرسش {i}", audio_path=str(path), duration_ms=3000, phone="0912")
        store.submit(sub.id)
        store.transition(sub.id, "approved", actor="bench")
        wavs.append(path)
    return wavs


@contextmanager
def moto_server() -> Iterator[tuple[str, dict]]:
    """A moto S3 server in a child process (its CPU is not the kiosk's), on a port of its own;
    yields its endpoint and the environment (fixed test credentials) for boto3 and the AWS CLI."""
    env = os.environ | {"AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench",
                        "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent"}
    os.environ.update({k: env[k] for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_CONFIG_FILE",
                                           "AWS_SHARED_CREDENTIALS_FILE")})
    server = subprocess.Popen([sys.executable, "-c", _SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        yield "http://" + server.stdout.readline().strip(), env
    finally:
        server.stdin.close()
        server.wait(30)


def aws_cli() -> Path | None:
    """The `aws` command of a throw-away venv under the cache dir, made on first use (None offline)."""
    cache = Path(os.environ.get("BENCH_CACHE_DIR") or Path.home() / ".cache" / "citizen-tribune-benchmarks")
    venv = cache / "awscli-venv"
    aws = venv / "bin" / "aws"
    if not aws.exists():
        import venv as venvmod
        venvmod.create(venv, with_pip=True, clear=True)
        done = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "awscli"], capture_output=True, text=True)
        if done.returncode != 0 or not aws.exists():
            print(f"bench_sync: could not install the AWS CLI: {done.stderr[-500:]}", file=sys.stderr)
            return None
    return aws


def _zip_plain(wavs: list[Path], folder: Path) -> list[Path]:
    import zipfile
    folder.mkdir()
    files = []
    for wav in wavs:
        z = folder / (wav.stem + ".zip")
        with zipfile.ZipFile(z, "w") as zf:
            zf.write(wav, "audio.wav")
        files.append(z)
    return files


def run() -> list[str]:
    """ROUNDS rounds, each: N fresh items delivered by the kiosk, then the same WAVs as plain zips
    by boto3 and by the AWS CLI, one after the other; medians over the rounds, so a moment of load
    on a shared machine does not decide the ratio."""
    import boto3
    import pyrage
    from kiosk.config import load_settings
    from kiosk.sync.keys import init_key
    from kiosk.sync.worker import sync_once
    kiosk_s, kiosk_cpu, plain_s, plain_cpu, cli_s = [], [], [], [], []
    with moto_server() as (endpoint, env):
        client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
        for b in ("bench-sync", "bench-plain"):
            client.create_bucket(Bucket=b)
        aws = aws_cli()
        with tempfile.TemporaryDirectory() as tmp:
            office = pyrage.x25519.Identity.generate()
            settings = load_settings(data_dir=Path(tmp) / "kiosk", environ={}, delivery={
                "kind": "s3", "endpoint_url": endpoint, "bucket": "bench-sync", "parallelism": THREADS,
                "office_recipients": [str(office.to_public())]})
            init_key(settings)
            config = Path(tmp) / "aws-config"
            # The same number of requests in flight as the kiosk's delivery threads (the CLI's default is 10).
            config.write_text(f"[default]\ns3 =\n  max_concurrent_requests = {THREADS}\n", encoding="utf-8")
            for r in range(ROUNDS):
                wavs = _seed(settings, N, seed=r + 1)
                cpu0, t0 = time.process_time(), time.perf_counter()
                result = sync_once(settings)
                kiosk_s.append(time.perf_counter() - t0)
                kiosk_cpu.append(time.process_time() - cpu0)
                if result.sent != N:
                    raise RuntimeError(f"only {result.sent} of {N} delivered: {result.errors[:3]}")
                # Baseline: the same submissions as plain (unencrypted, unsigned-by-us) zips.
                files = _zip_plain(wavs, Path(tmp) / f"plain{r}")
                cpu0, t0 = time.process_time(), time.perf_counter()
                with ThreadPoolExecutor(THREADS) as pool:
                    list(pool.map(lambda p: client.upload_file(str(p), "bench-plain", f"plain{r}/{p.name}"), files))
                plain_s.append(time.perf_counter() - t0)
                plain_cpu.append(time.process_time() - cpu0)
                if aws is not None:
                    cmd = [str(aws), "s3", "cp", "--recursive", "--only-show-errors", "--endpoint-url", endpoint,
                           str(Path(tmp) / f"plain{r}"), f"s3://bench-plain/cli{r}/"]
                    t0 = time.perf_counter()
                    subprocess.run(cmd, check=True, env=env | {"AWS_DEFAULT_REGION": "us-east-1",
                                                              "AWS_CONFIG_FILE": str(config)})
                    cli_s.append(time.perf_counter() - t0)
    med = statistics.median
    lines = []
    if cli_s:
        lines.append(figure(f"sync.s3_{N}_envelopes_vs_aws_cli", med(kiosk_s), "s",
                            f"aws s3 cp --recursive of the same zips unencrypted (medians of {ROUNDS} rounds)",
                            med(cli_s)))
    return lines + [
        figure(f"sync.s3_{N}_envelopes_signed_encrypted_verified", med(kiosk_s), "s",
               "boto3 upload_file of the same zips unencrypted", med(plain_s)),
        figure("sync.cpu_per_envelope", med(kiosk_cpu) / N * 1000, "ms", "boto3 upload_file per file",
               med(plain_cpu) / N * 1000),
    ]
