"""The kiosk's start (`kiosk run`): the attract screen comes before the integrity check of the
database and the crash recovery, which finish on a worker; Start waits for them, and a damaged
database still ends the kiosk with words and exit code 1."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

import kiosk.recovery
from kiosk.store import open_store
from tests.dbdamage import damaged_database
from ui.app import start_kiosk_window

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def recovering(monkeypatch):
    """The check and recovery of a big database take a while: recovery waits until this is set."""
    go_on = threading.Event()
    real_recover = kiosk.recovery.recover

    def slow_recover(*args, **kwargs):
        go_on.wait(10)
        return real_recover(*args, **kwargs)

    monkeypatch.setattr(kiosk.recovery, "recover", slow_recover)
    yield go_on
    go_on.set()


def test_the_attract_screen_comes_first_and_a_start_tapped_meanwhile_waits_for_recovery(qtbot, settings,
                                                                                       recovering):
    store = open_store(settings)
    abandoned = store.create_draft("text", "fa", "v1", ["record"])  # a journey cut by a power loss
    older = settings.data_dir / "staff-exports" / "older-version.csv"  # left by an older version, umask 022
    older.parent.mkdir()
    older.write_text("x")
    os.chmod(older, 0o644)
    window = start_kiosk_window(settings)
    qtbot.addWidget(window)
    try:
        window.show()
        start = window.findChild(QPushButton, "attractStart")
        assert window.flow is None and start.isVisible()  # painted before the journey is built
        qtbot.waitUntil(lambda: window.flow is not None, timeout=10000)
        assert window.flow.current is window.flow.attract
        # Built after the window was shown: the staff corner must be there for a real tap too.
        corner = window.findChild(QWidget, "staffCorner")
        assert corner.isVisible() and QApplication.widgetAt(corner.mapToGlobal(corner.rect().center())) is corner
        qtbot.mouseClick(start, Qt.LeftButton)
        assert window.flow.current is window.flow.attract  # kept, not lost: the start is finishing
        notice = window.findChild(QLabel, "attractNotice")
        assert notice.isVisible() and "لحظه" in notice.text()  # the citizen is told, in Persian
        recovering.set()
        qtbot.waitUntil(lambda: window.flow.current is window.flow.consent, timeout=10000)
        assert not notice.isVisible()
        assert window.outbox is not None  # delivery starts once the database has passed
        assert store.count() == 0 and abandoned.id  # recovery ran before the citizen went on
        assert stat.S_IMODE(older.stat().st_mode) == 0o600  # the whole tree closed up, off the GUI thread
    finally:
        recovering.set()
        outbox = getattr(window, "outbox", None)
        if outbox is not None:
            outbox.stop(timeout=10)


def test_a_new_data_dir_is_prepared_on_a_worker_and_taps_meanwhile_are_kept(qtbot, settings, recovering):
    """A new data dir (or an upgrade) needs the whole preparation: it runs on the worker with the
    recovery, the journey is built on the schema it made, and Start and a language tapped on the
    attract screen meanwhile are honoured."""
    assert not settings.db_path.exists()
    window = start_kiosk_window(settings)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(settings.db_path.exists, timeout=10000)  # the worker is preparing it
        assert window.flow is None  # the GUI thread did not wait for it
        qtbot.mouseClick(window.findChild(QPushButton, "langEn"), Qt.LeftButton)
        qtbot.mouseClick(window.findChild(QPushButton, "attractStart"), Qt.LeftButton)
        notice = window.findChild(QLabel, "attractNotice")
        assert notice.isVisible() and "moment" in notice.text()  # told in the language just chosen
        recovering.set()
        qtbot.waitUntil(lambda: window.flow is not None and window.flow.current is window.flow.consent,
                        timeout=10000)
        assert QApplication.instance().layoutDirection() == Qt.LeftToRight  # English kept
        assert window.outbox is not None
    finally:
        recovering.set()
        outbox = getattr(window, "outbox", None)
        if outbox is not None:
            outbox.stop(timeout=10)


def test_a_damaged_database_still_stops_the_kiosk_with_words(settings, tmp_path):
    raw = damaged_database(open_store(settings), settings)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND", "DISPLAY"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    run = subprocess.run([sys.executable, "-m", "kiosk.cli", "--data-dir", str(settings.data_dir), "run"],
                         env=env, capture_output=True, text=True, timeout=90)
    assert run.returncode == 1, run.stderr[-2000:]
    assert "damaged" in run.stderr and "Traceback" not in run.stderr
    assert list(settings.data_dir.glob("kiosk.db.corrupt-*"))  # a copy kept for support
    assert settings.db_path.read_bytes() == raw  # never re-created or written over
