"""Shared pieces of the fault campaigns: the trial count and seed, a real child process killed with
SIGKILL at a random moment, the acknowledgements it wrote before dying, the checks every campaign
makes after a kill, and the figures printed at the end of the session (tests/faults/conftest.py).

A child acknowledges through an append-only file, one line per event, flushed after each commit:
`do <state> <id>` before an operation, `ok <state> <id>` once it committed. After the kill an id is
in its acknowledged state, or in the state of the one operation it had begun (which may or may not
have committed before the kill).
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.store import open_database
from kiosk.store.audit import verify_chain
from kiosk.store.db import integrity_report

REPO = Path(__file__).resolve().parents[2]
KIOSK = [sys.executable, "-m", "kiosk.cli"]
FIGURES: dict[str, "Tally"] = {}


@dataclass
class Tally:
    """What one campaign saw; every campaign asserts lost == duplicated == corrupt == 0."""
    trials: int = 0
    lost: int = 0
    duplicated: int = 0
    corrupt: int = 0
    notes: dict[str, int] = field(default_factory=dict)

    def line(self, name: str) -> str:
        extra = "".join(f", {v} {k}" for k, v in self.notes.items())
        return (f"faults.{name}: {self.trials} trials, {self.lost} lost, {self.duplicated} duplicated, "
                f"{self.corrupt} corrupt{extra}")


def tally(name: str) -> Tally:
    return FIGURES.setdefault(name, Tally())


@dataclass
class Knobs:
    """--fault-trials / TRIBUNE_FAULT_TRIALS scales every campaign; --fault-seed / TRIBUNE_FAULT_SEED replays."""
    trials: int | None
    seed: int

    def count(self, default: int) -> int:
        return self.trials if self.trials is not None else default

    def rng(self, campaign: str) -> random.Random:
        return random.Random(f"{self.seed}:{campaign}")


def child_env(**extra: str) -> dict[str, str]:
    """The machine's environment minus any KIOSK_* setting, plus the repository on the path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    return env | {"PYTHONPATH": str(REPO)} | extra


@dataclass
class Run:
    returncode: int
    killed: bool
    stdout: str
    stderr: str


def run_killed(cmds: list[list[str]], env: dict[str, str], kill_after_s: float, workdir: Path,
               ready: list[Path] = (), ready_timeout_s: float = 60) -> list[Run]:
    """Start every command at once; once each `ready` file is non-empty (at once without any), wait
    `kill_after_s` and SIGKILL those still running. Output goes to files: a killed child leaves
    everything it flushed."""
    workdir.mkdir(parents=True, exist_ok=True)
    procs = []
    try:
        for n, cmd in enumerate(cmds):
            with open(workdir / f"stdout.{n}", "wb") as o, open(workdir / f"stderr.{n}", "wb") as e:
                procs.append(subprocess.Popen(cmd, cwd=REPO, env=env, stdout=o, stderr=e))
        deadline = time.monotonic() + ready_timeout_s
        while not all(p.exists() and p.stat().st_size for p in ready):
            if any(proc.poll() is not None for proc in procs) or time.monotonic() > deadline:
                break
            time.sleep(0.02)
        end = time.monotonic() + kill_after_s
        while time.monotonic() < end and any(proc.poll() is None for proc in procs):
            time.sleep(min(0.01, max(0.0, end - time.monotonic())))
        killed = [proc.poll() is None for proc in procs]
        for proc, kill in zip(procs, killed):
            if kill:
                os.kill(proc.pid, signal.SIGKILL)
    finally:
        for proc in procs:  # SIGKILLed above, or the test failed before: never leave one running
            if proc.poll() is None:
                proc.kill()
            proc.wait(30)
    return [Run(proc.returncode, kill, (workdir / f"stdout.{n}").read_text(errors="replace"),
                (workdir / f"stderr.{n}").read_text(errors="replace"))
            for n, (proc, kill) in enumerate(zip(procs, killed))]


class AckLog:
    """The child's side: append `do`/`ok` lines to a file, flushed and fsynced before going on."""

    def __init__(self, path: str | os.PathLike):
        self.fh = open(path, "a", buffering=1, encoding="utf-8")

    def write(self, verb: str, state: str, sid: str) -> None:
        self.fh.write(f"{verb} {state} {sid}\n")
        self.fh.flush()

    def do(self, state: str, sid: str) -> None:
        self.write("do", state, sid)

    def ok(self, state: str, sid: str) -> None:
        self.write("ok", state, sid)


def acknowledged(path: Path) -> dict[str, set[str]]:
    """{id: states it may be in now}: its last acknowledged state, plus the state of an operation
    it had begun without acknowledging (killed before or after that commit)."""
    states: dict[str, set[str]] = {}
    if not path.exists():
        return states
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3:
            continue  # the last line, cut by the kill
        verb, state, sid = parts
        if verb == "ok":
            states[sid] = {state}
        elif sid in states:
            states[sid] = states[sid] | {state}
    return states


def database_verdict(db_path: Path) -> list[str]:
    """Problems of a database after a kill: integrity check, the audit hash chain, `kiosk audit verify`."""
    problems = []
    db = open_database(db_path, migrate=False)
    try:
        full = "; ".join(str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall()[:3])
        if full != "ok" or integrity_report(db) != "ok":
            problems.append(f"integrity_check: {full}")
        chain = verify_chain(db)
        if not chain.ok:
            problems.append(f"audit chain: {chain.message()}")
    finally:
        db.conn.close()
    return problems


def audit_verify_cli(data_dir: Path) -> list[str]:
    done = subprocess.run([*KIOSK, "--data-dir", str(data_dir), "audit", "verify"], cwd=REPO,
                          env=child_env(), capture_output=True, text=True, timeout=120)
    return [] if done.returncode == 0 else [f"kiosk audit verify exit {done.returncode}: {done.stdout}{done.stderr}"]
