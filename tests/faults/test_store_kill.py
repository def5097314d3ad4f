"""Store writers killed with SIGKILL at random moments: after every kill the database passes
`PRAGMA integrity_check` and `kiosk audit verify`, and every acknowledged id is in its acknowledged
state (or the one it was moving to), with its text, exactly once in the audit chain."""
from __future__ import annotations

import sys
from collections import Counter

import pytest

from kiosk.config import load_settings
from kiosk.recovery import recover
from kiosk.store import open_store
from tests.faults.campaign import acknowledged, audit_verify_cli, child_env, database_verdict, run_killed, tally
from tests.faults.child_store import expected_text

WRITERS = 2  # at once, on the same database, like the kiosk's GUI thread and a staff SSH session
DEFAULT_ROUNDS = 12


def _check(settings, acks: dict[str, set[str]]) -> tuple[set[str], set[str], set[str]]:
    """Ids (lost, duplicated, corrupt): not in an acknowledged state, submitted twice in the audit
    chain, or with a text other than the one written."""
    store = open_store(settings)
    try:
        rows = {r[0]: (r[1], r[2]) for r in store.db.execute("SELECT id, status, text FROM submissions")}
        submits = Counter(r[0] for r in store.db.execute(
            "SELECT submission_id FROM audit WHERE action = 'status_submitted'"))
    finally:
        store.db.conn.close()
    lost = {sid for sid, states in acks.items() if rows.get(sid, ("absent",))[0] not in states}
    corrupt = {sid for sid in acks if sid in rows and rows[sid][1] != expected_text(sid)}
    duplicated = {sid for sid, n in submits.items() if n > 1}  # an undo is its own event, not a submit
    return lost, duplicated, corrupt


@pytest.mark.timeout(900)
def test_store_writers_killed_at_random_keep_every_acknowledged_commit(tmp_path, knobs):
    rng, figures = knobs.rng("store_kill"), tally("store_kill")
    data_dir = tmp_path / "data"
    settings = load_settings(data_dir=data_dir, environ={})
    open_store(settings).db.conn.close()  # created once here: first-start races are issue 10 item 13
    acks: dict[str, set[str]] = {}
    lost, duplicated, corrupt, broken = set(), set(), set(), []
    for round_no in range(knobs.count(DEFAULT_ROUNDS)):
        round_dir = tmp_path / f"round{round_no}"
        ack_files = [round_dir / f"acks.{n}" for n in range(WRITERS)]
        cmds = [[sys.executable, "-m", "tests.faults.child_store", str(data_dir), str(f),
                 f"{knobs.seed}:{round_no}:{n}"] for n, f in enumerate(ack_files)]
        runs = run_killed(cmds, child_env(), rng.uniform(0.0, 1.5), round_dir, ready=ack_files)
        for run in runs:
            assert run.killed, f"a writer stopped on its own (exit {run.returncode}): {run.stderr[-2000:]}"
        figures.trials += len(runs)
        for f in ack_files:
            acks.update(acknowledged(f))
        broken += [f"round {round_no}: {p}" for p in database_verdict(settings.db_path) + audit_verify_cli(data_dir)]
        recover(settings)  # what the kiosk does at its next start: the killed drafts go
        for found, ids in zip((lost, duplicated, corrupt), _check(settings, acks)):
            found |= ids
    figures.lost, figures.duplicated, figures.corrupt = len(lost), len(duplicated), len(corrupt) + len(broken)
    figures.notes["acknowledged ids"] = len(acks)
    assert len(acks) > knobs.count(DEFAULT_ROUNDS), "the writers hardly wrote anything before the kills"
    assert not broken, "\n".join(broken[:20])
    assert not lost, {sid: sorted(acks[sid]) for sid in sorted(lost)[:20]}
    assert not corrupt and not duplicated, (sorted(corrupt)[:20], sorted(duplicated)[:20])
