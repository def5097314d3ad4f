"""Voice journeys killed with SIGKILL at random moments (mid-take, mid-rename, mid-transcode), then
start-up recovery: every acknowledged submission keeps a readable recording matching its hash, no
draft and no `.part` remains, and no media file is left that no row refers to."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import soundfile as sf

from kiosk.capture import sha256_file
from kiosk.config import load_settings
from kiosk.recovery import recover
from kiosk.store import open_store
from tests.faults.campaign import acknowledged, child_env, database_verdict, run_killed, tally
from tests.fakemic import speech

DEFAULT_TRIALS = 5


def _kill_journey(data_dir: Path, workdir: Path, seed: str, kill_after_s: float, kill_at: str = ""):
    """One child on the fake mic installed by the caller (its HOME is in the environment)."""
    ack = workdir / "acks"
    cmd = [sys.executable, "-m", "tests.faults.child_capture", str(data_dir), str(ack), seed, kill_at]
    (run,) = run_killed([cmd], child_env(), kill_after_s, workdir, ready=[ack])
    assert run.killed or run.returncode == -9, f"the journey stopped on its own: {run.stderr[-2000:]}"
    return acknowledged(ack)


def _orphans(settings) -> tuple[list[Path], list[Path]]:
    """Media files no row refers to: (WAVs of a draft that no longer exists — issue 10 item 12 — , others)."""
    store = open_store(settings)
    try:
        referenced = {Path(r[0]) for r in store.db.execute("SELECT audio_path FROM submissions") if r[0]}
        ids = {r[0] for r in store.db.execute("SELECT id FROM submissions")}
    finally:
        store.db.conn.close()
    files = [p for p in settings.media_dir.glob("*") if p.is_file()] if settings.media_dir.exists() else []
    orphans = [p for p in files if p not in referenced and p.suffix != ".part"]  # .part: checked apart
    item12 = [p for p in orphans if p.suffix == ".wav" and p.stem not in ids]
    return item12, [p for p in orphans if p not in item12]


def _check_acknowledged(settings, acks) -> tuple[set[str], set[str]]:
    """(lost, corrupt): an acknowledged submission missing, not submitted, or without its audio;
    audio that does not read back or does not match its recorded hash."""
    lost, corrupt = set(), set()
    store = open_store(settings)
    try:
        for sid, states in acks.items():
            row = store.db.execute("SELECT status, audio_path, audio_sha256, transcode_state, attention"
                                   " FROM submissions WHERE id = ?", [sid]).fetchone()
            if row is None or row[0] not in states or not row[1] or not Path(row[1]).exists():
                lost.add(sid)
                continue
            try:
                readable = sf.info(row[1]).frames > 0
            except (sf.LibsndfileError, RuntimeError):
                readable = False
            if not readable or sha256_file(row[1]) != row[2] or row[3] != "done" or row[4]:
                corrupt.add(sid)
    finally:
        store.db.conn.close()
    return lost, corrupt


@pytest.mark.timeout(900)
def test_voice_journeys_killed_at_random_leave_whole_recordings_or_nothing(fake_mic, tmp_path, knobs):
    fake_mic.install_paced(speech(tmp_path), loop=True)  # real time: kills land mid-take
    rng, figures = knobs.rng("capture_kill"), tally("capture_kill")
    data_dir = tmp_path / "data"
    settings = load_settings(data_dir=data_dir, environ={})
    open_store(settings).db.conn.close()
    acks: dict[str, set[str]] = {}
    lost, corrupt, broken, item12 = set(), set(), [], set()
    for trial in range(knobs.count(DEFAULT_TRIALS)):
        acks |= _kill_journey(data_dir, tmp_path / f"trial{trial}", f"{knobs.seed}:{trial}",
                              rng.uniform(0.0, 7.0))
        figures.trials += 1
        recover(settings)  # the kiosk's next start
        broken += [f"trial {trial}: {p}" for p in database_verdict(settings.db_path)]
        leftovers = list(settings.media_dir.glob("*.part")) if settings.media_dir.exists() else []
        known_orphans, orphans = _orphans(settings)
        broken += [f"trial {trial}: left behind {p.name}" for p in leftovers + orphans]
        item12 |= {p.name for p in known_orphans}
        still_drafts = open_store(settings).count(status="draft")
        broken += [f"trial {trial}: {still_drafts} drafts after recovery"] if still_drafts else []
        for found, ids in zip((lost, corrupt), _check_acknowledged(settings, acks)):
            found |= ids
    figures.lost, figures.corrupt = len(lost), len(corrupt) + len(broken)
    figures.notes["acknowledged recordings"] = len(acks)
    figures.notes["orphaned WAVs (issue 10 item 12)"] = len(item12)
    assert not broken, "\n".join(broken[:20])
    assert not lost and not corrupt, (sorted(lost), sorted(corrupt))
    assert not item12, f"recovery left recordings no row points at: {sorted(item12)}"


@pytest.mark.timeout(300)
def test_killed_between_rename_and_attach_leaves_no_recording(fake_mic, tmp_path):
    fake_mic.install_paced(speech(tmp_path), loop=True)
    settings = load_settings(data_dir=tmp_path / "data", environ={})
    _kill_journey(settings.data_dir, tmp_path / "run", "after-rename", 60.0, "after_rename")
    assert list(settings.media_dir.glob("*.wav")), "the kill came too early to test anything"
    recover(settings)
    assert open_store(settings).count(status="draft") == 0
    item12, others = _orphans(settings)
    assert item12 + others == []
