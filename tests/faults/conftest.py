"""Fault campaigns: real child processes killed with SIGKILL at random moments (marker `faults`).

Bounded for CI by default; `--fault-trials N` (or TRIBUNE_FAULT_TRIALS) runs N kills per campaign,
`--fault-seed S` (or TRIBUNE_FAULT_SEED) replays a run. The figures are printed at the end.
"""
from __future__ import annotations

import os
import random

import pytest

from tests.faults.campaign import FIGURES, Knobs
from tests.fakemic import fake_mic  # noqa: F401 - fixture
from tests.s3server import aws_env, moto_server  # noqa: F401 - shared fixtures


def _knobs(config) -> Knobs:
    trials = config.getoption("--fault-trials")
    if trials is None and os.environ.get("TRIBUNE_FAULT_TRIALS"):
        trials = int(os.environ["TRIBUNE_FAULT_TRIALS"])
    seed = config.getoption("--fault-seed")
    if seed is None:
        seed = int(os.environ.get("TRIBUNE_FAULT_SEED") or random.SystemRandom().randrange(1, 10**6))
    return Knobs(trials, seed)


_KNOBS = pytest.StashKey[Knobs]()


def pytest_configure(config):
    config.stash[_KNOBS] = _knobs(config)


@pytest.fixture(scope="session")
def knobs(pytestconfig) -> Knobs:
    return pytestconfig.stash[_KNOBS]


def pytest_collection_modifyitems(config, items):
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here + os.sep):
            item.add_marker(pytest.mark.faults)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not FIGURES:
        return
    knobs = config.stash[_KNOBS]
    terminalreporter.section("fault campaigns")
    terminalreporter.write_line(f"faults.seed: {knobs.seed} (replay with --fault-seed {knobs.seed})")
    for name, figures in FIGURES.items():
        terminalreporter.write_line(figures.line(name))
