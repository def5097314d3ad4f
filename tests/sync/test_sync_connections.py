"""The outbox keeps its database connections: passes after the first open none (issue 11 item 2)."""
from __future__ import annotations

import logging
import sqlite3

import pytest

from kiosk.sync.worker import OutboxWorker
from tests.sync.helpers import make_approved, sent_events

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def connects(monkeypatch):
    """Counts every sqlite3 connection opened while the test runs (the real connect underneath)."""
    opened: list[str] = []
    real = sqlite3.connect

    def counting(*args, **kwargs):
        opened.append(str(args[0] if args else kwargs.get("database")))
        return real(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", counting)
    return opened


def test_outbox_passes_open_no_connection_after_the_first(keyed_settings, connects):
    keyed_settings.delivery.parallelism = 3
    first_ids = make_approved(keyed_settings, 2)
    worker = OutboxWorker(keyed_settings)
    try:
        assert worker.run_once().sent == 2
        assert connects  # the first pass checked the database and connected its threads
        mark = len(connects)
        for _ in range(3):  # idle passes
            assert worker.run_once().as_json()["errors"] == []
        assert len(connects) == mark, "an idle pass opened a database connection"
        later_ids = make_approved(keyed_settings, 5)
        mark = len(connects)
        assert worker.run_once().sent == 5  # a busy pass on all delivery threads
        assert worker.run_once().sent == 0
        assert len(connects) == mark, "a pass after the first opened a new database connection"
    finally:
        worker.stop()
    assert sent_events(keyed_settings) == {i: 1 for i in first_ids + later_ids}


def test_a_failing_status_read_is_logged_not_swallowed(keyed_settings, caplog, monkeypatch):
    from kiosk.sync import outbox
    worker = OutboxWorker(keyed_settings)

    def broken(*_a, **_k):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(outbox, "oldest_pending_at", broken)
    try:
        with caplog.at_level(logging.ERROR, logger="kiosk.sync"):
            worker.run_once()
    finally:
        worker.stop()
    assert any("oldest pending" in r.getMessage() and r.exc_info for r in caplog.records)


def test_worker_takes_new_runtime_settings_between_passes(keyed_settings):
    """Staff overrides reach the outbox as a new Settings object (update_settings), never by
    changing the object a pass is reading."""
    from kiosk.staff.overrides import set_override
    from kiosk.store import open_store
    ids = make_approved(keyed_settings, 1, approve=False)  # submitted, waiting for moderation
    worker = OutboxWorker(keyed_settings)
    try:
        assert worker.run_once().sent == 0
        live = set_override(open_store(keyed_settings).db, keyed_settings, "moderation", "off", "admin")
        assert keyed_settings.moderation_required  # the worker's object is untouched...
        assert worker.run_once().sent == 0
        worker.update_settings(live)  # ...until it is handed the new one
        assert worker.run_once().sent == 1
    finally:
        worker.stop()
    assert sent_events(keyed_settings) == {ids[0]: 1}
