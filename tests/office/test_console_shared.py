"""pytest-qt: two consoles on one library (both engines) see each other's tags after a refresh, and a
console plays a recording kept in the media bucket (read on a worker when the question is opened)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QTableView

from kiosk.office.importer import FolderSource, import_from
from kiosk.office.library import open_library
from tests.office.test_shared_library import _add_office_setting, _envelope

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def app(qtbot):
    from ui.app import setup_application
    return setup_application(QApplication.instance(), "en")


def test_two_consoles_share_tags_and_play_media_from_the_bucket(app, qtbot, office, kiosk_settings, moto_server,
                                                                 bucket, tmp_path):
    from ui.office.console import OfficeConsole
    _add_office_setting(office.root, media_url=f"s3://{bucket}/office", media_endpoint_url=moto_server)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "1.zip.age").write_bytes(_envelope(kiosk_settings, 1, b"RIFF" + bytes(4000)))
    (inbox / "2.zip.age").write_bytes(_envelope(kiosk_settings, 2))
    desk = open_library(office.root)
    assert len(import_from(desk, FolderSource(inbox)).imported) == 2
    consoles = [OfficeConsole(office.root) for _ in range(2)]
    for console in consoles:
        qtbot.addWidget(console)
        qtbot.waitUntil(lambda c=console: c.model.rowCount() == 2)
    first, second = consoles
    row = next(i for i, r in enumerate(first.model.rows) if r["audio_file"])
    assert first.model.rows[row]["audio_path"] is None  # nothing read from the bucket for the page
    first.findChild(QTableView, "officeTable").setCurrentIndex(first.model.index(row, 0))
    qtbot.waitUntil(lambda: first.detail.play.isEnabled(), timeout=20000)  # fetched on a worker, then playable
    with qtbot.waitSignal(first.refreshed, timeout=10000):
        first.findChild(QCheckBox, "tagSelected").setChecked(True)
    with qtbot.waitSignal(second.refreshed, timeout=10000):
        second.refresh()
    tagged = next(r for r in second.model.rows if r["id"] == first.model.rows[row]["id"])
    assert tagged["selected"] == 1
    desk.close()
