"""USB tab: removable media from the mount table, export of approved items to a folder with a progress
bar fed by a queued signal, plain-words results, audit; a missing folder said in words."""
from __future__ import annotations

import threading

import pyrage
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton

from kiosk.staff.usb import removable_media
from kiosk.store import open_store
from kiosk.store.audit import recent_events
from kiosk.sync.export import verify_export_index
from kiosk.sync.keys import init_key, public_key
from tests.staff.helpers import open_screen
from tests.sync.helpers import make_approved

pytestmark = pytest.mark.timeout(120)


def test_removable_media_from_the_mount_table(tmp_path):
    stick = tmp_path / "media" / "staff" / "USB STICK"
    stick.mkdir(parents=True)
    mounts = tmp_path / "mounts"
    root = str(tmp_path / "media") + "/"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n"
                      f"/dev/sdb1 {str(stick).replace(' ', chr(92) + '040')} vfat rw 0 0\n"
                      f"tmpfs {root}other-user tmpfs rw 0 0\n", encoding="latin-1")
    media = removable_media(mounts, roots=(root,))
    assert [m.path for m in media] == [tmp_path / "media" / "other-user", stick]
    assert media[1].free_mb and media[1].free_mb > 0
    assert removable_media(tmp_path / "no-such-file") == []


@pytest.fixture
def screen(qtbot, settings, store):
    settings.delivery.office_recipients = [str(pyrage.x25519.Identity.generate().to_public())]
    init_key(settings)
    s = open_screen(qtbot, settings, store)
    s.tabs.setCurrentWidget(s.usb)
    qtbot.waitUntil(lambda: s.usb.rescan.isEnabled(), timeout=10000)  # the media scan came back
    yield s
    s.lock()


def _export(qtbot, s, target):
    s.findChild(QLineEdit, "exportTarget").setText(str(target))
    with qtbot.waitSignal(s.usb.finished, timeout=60000) as finished:
        qtbot.mouseClick(s.findChild(QPushButton, "exportUsb"), Qt.LeftButton)
        assert not s.usb.export_btn.isEnabled()  # running on a worker; the screen stays live
    return finished.args[0]


def test_export_to_a_folder_with_progress_and_words(qtbot, screen, settings, tmp_path):
    ids = make_approved(settings, 3)
    stick = tmp_path / "stick"
    stick.mkdir()
    bar = screen.findChild(QProgressBar, "exportProgress")
    seen, threads = [], set()
    screen.usb._relay.progress.connect(lambda done, total: threads.add(threading.get_ident()))
    bar.valueChanged.connect(seen.append)
    result = _export(qtbot, screen, stick)
    assert result.exported == 3 and result.total == 3 and result.errors == []
    assert bar.maximum() == 3 and bar.value() == 3 and seen[-1] == 3
    assert threads == {threading.get_ident()}  # progress reached the bar on the GUI thread
    words = screen.findChild(QLabel, "exportResult").text()
    assert words == f"۳ از ۳ پرسش روی \u2066{stick}\u2069 کپی و بررسی شد."  # the path isolated: never reordered
    index = verify_export_index(result.index_path, trusted_keys=[public_key(settings)])
    assert sorted(e["submission_id"] for e in index["envelopes"]) == sorted(ids)
    store = open_store(settings)
    assert {store.get(i).status for i in ids} == {"approved"}  # still pending for the network
    event = recent_events(store.db, 1)[0]
    assert event["action"] == "envelopes_exported" and event["actor"] == "moderator"
    assert event["detail"]["exported"] == 3 and event["detail"]["mark_sent"] is False

    # The stick as the only route: a second export marks them sent; then nothing is left.
    screen.usb.mark_sent.setChecked(True)
    result = _export(qtbot, screen, stick)
    assert result.exported == 3 and {store.get(i).status for i in ids} == {"sent"}
    assert screen.usb.result.text().endswith("این موارد ارسال‌شده حساب شدند.")
    result = _export(qtbot, screen, stick)
    assert result.total == 0 and screen.usb.result.text().startswith("چیزی برای کپی نیست")


def test_missing_folder_is_said_in_words(qtbot, screen, settings, tmp_path):
    make_approved(settings, 1)
    outcome = _export(qtbot, screen, tmp_path / "pulled-out")
    assert isinstance(outcome, Exception)
    assert screen.usb.result.text().startswith("کپی شروع نشد: ")
    assert screen.usb.export_btn.isEnabled() and screen.usb.progress.value() == 0


def test_without_an_office_key_personal_data_is_not_copied_and_the_tab_says_why(qtbot, screen, settings, tmp_path):
    from PySide6.QtWidgets import QApplication
    from ui.app import setup_application
    setup_application(QApplication.instance(), "fa")  # compiles a stale .qm first
    settings.delivery.office_recipients = []
    make_approved(settings, 2, scopes=("record", "draw"))
    stick = tmp_path / "stick"
    stick.mkdir()
    result = _export(qtbot, screen, stick)
    assert (result.total, result.exported, result.held) == (0, 0, 2)
    words = screen.findChild(QLabel, "exportResult").text()
    assert "۲ پرسش دارای شماره تلفن یا نام کپی نشد" in words and "چیزی برای کپی نیست" not in words
    assert list(stick.rglob("*.zip")) == []
