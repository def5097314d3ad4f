"""The health panel reads the kiosk's real OutboxWorker (window.outbox) and says its state in words."""
from __future__ import annotations

import pyrage
import pytest

from kiosk.store import open_store
from kiosk.sync.keys import init_key
from kiosk.sync.worker import OutboxWorker
from tests.staff.fakes import HookWindow
from tests.sync.helpers import make_approved
from ui.staff import install_staff_mode
from ui.staff.health import detail_text

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def worker(settings, tmp_path):
    settings.delivery.path = str(tmp_path / "office-share")
    (tmp_path / "office-share").mkdir()
    settings.delivery.office_recipients = [str(pyrage.x25519.Identity.generate().to_public())]
    init_key(settings)
    w = OutboxWorker(settings)
    yield w
    w.stop(timeout=30)


def _pass(qtbot, worker, before):
    worker.wake()
    qtbot.waitUntil(lambda: worker.status().last_run_at not in (None, before) and not worker.status().busy,
                    timeout=60000)


def _health(qtbot, mode):
    screen = mode.screen
    with qtbot.waitSignal(screen.health.refreshed, timeout=30000):
        if screen.tabs.currentWidget() is screen.health:
            screen.health.refresh()
        else:
            screen.tabs.setCurrentWidget(screen.health)
    return {r["name"]: (r, detail_text(r)) for r in screen.health.rows}


def test_health_panel_reads_window_outbox_status(qtbot, settings, worker, tmp_path):
    ids = make_approved(settings, 2)
    window = HookWindow()
    qtbot.addWidget(window)
    mode = install_staff_mode(window, settings)
    window.outbox = worker  # set after staff mode, as the kiosk process does
    worker.start()
    _pass(qtbot, worker, None)
    assert {open_store(settings).get(i).status for i in ids} == {"sent"}
    mode.enter("moderator")
    rows = _health(qtbot, mode)
    delivered, words = rows["last_delivery"]
    assert delivered["ok"] and delivered["value"]["source"] == "worker"
    assert words.startswith("آخرین ارسال موفق") and "در انتظار" not in words
    assert rows["last_error"][0]["ok"] and rows["last_error"][1] == "خطایی نیست."

    # The share goes away: the next pass fails and the panel says so, with the worker's words.
    settings.delivery.path = str(tmp_path / "unplugged")
    make_approved(settings, 1)
    _pass(qtbot, worker, worker.status().last_run_at)
    error = worker.status().last_error
    assert error and not worker.status().healthy
    rows = _health(qtbot, mode)
    failed, words = rows["last_error"]
    assert failed["ok"] is False and error in words
    assert words.startswith(("از ", "ارسال متوقف است"))  # retrying, or stopped for a person
    assert "۱ مورد در انتظار ارسال" in rows["last_delivery"][1]
    mode.leave()


def test_health_without_worker_reads_the_tables(qtbot, settings, worker):
    make_approved(settings, 1)
    worker.run_once()  # a pass in this thread; no window.outbox
    window = HookWindow()
    qtbot.addWidget(window)
    mode = install_staff_mode(window, settings)
    mode.enter("moderator")
    rows = _health(qtbot, mode)
    assert rows["last_delivery"][0]["value"]["source"] == "tables"
    assert rows["last_delivery"][0]["ok"] and rows["last_delivery"][1].startswith("آخرین ارسال موفق")
    mode.leave()


def test_an_older_health_snapshot_finishing_late_does_not_cover_the_newer(qtbot, settings, monkeypatch):
    """Opening the staff screen refreshes the panel and so does showing its tab: when the first
    snapshot finished last, the panel showed the state from before (CI saw "no error" after a failed
    pass). The snapshot of the kiosk's health runs for real; the first one is only held back."""
    import threading
    import ui.staff.health as health_ui
    from kiosk.store import prepare_database
    prepare_database(settings.db_path)
    real, first_may_finish, calls, done = health_ui.take_snapshot, threading.Event(), [], []

    def snapshot_in_order_asked(settings, outbox_status=None):
        calls.append(outbox_status)
        if len(calls) == 1:
            first_may_finish.wait(10)
        rows = real(settings, outbox_status)
        done.append(len(calls))
        return rows

    monkeypatch.setattr(health_ui, "take_snapshot", snapshot_in_order_asked)
    states = iter([{"last_error": None, "healthy": True}, {"last_error": "share unplugged", "healthy": False}])
    panel = health_ui.HealthPanel(settings, outbox_status=lambda: next(states))
    qtbot.addWidget(panel)
    panel.refresh()  # before the failure
    with qtbot.waitSignal(panel.refreshed, timeout=10000):
        panel.refresh()  # after it
    first_may_finish.set()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=10000)
    qtbot.wait(300)  # its result, posted as it returned, reaches the GUI thread
    assert "share unplugged" in detail_text({r["name"]: r for r in panel.rows}["last_error"])
