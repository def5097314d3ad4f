"""Shared fixtures. Qt runs offscreen; every test gets its own data dir and settings."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from kiosk.config import load_settings  # noqa: E402


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def settings(data_dir):
    """Settings on a fresh data dir, ignoring any KIOSK_* variables of the machine running the tests."""
    return load_settings(data_dir=data_dir, environ={})


@pytest.fixture
def store(settings):
    from kiosk.store import open_store
    return open_store(settings)


def pytest_addoption(parser):
    # Here, not in tests/faults/conftest.py: pytest reads options only from the top-level conftest.
    group = parser.getgroup("faults", "fault campaigns (tests/faults, marker `faults`)")
    group.addoption("--fault-trials", type=int, default=None, metavar="N",
                    help="kills per fault campaign (default: a few, bounded for CI; also TRIBUNE_FAULT_TRIALS)")
    group.addoption("--fault-seed", type=int, default=None, metavar="SEED",
                    help="replay the campaigns of an earlier run (also TRIBUNE_FAULT_SEED; printed at the end)")
