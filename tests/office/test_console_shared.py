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


def test_the_presenter_plays_a_recording_from_the_bucket(app, qtbot, office, kiosk_settings, moto_server, bucket,
                                                         tmp_path):
    from datetime import date

    from PySide6.QtWidgets import QPushButton

    from kiosk.office.shows import Shows
    from kiosk.store.tickets import new_ticket
    from kiosk.sync import envelope as env
    from kiosk.sync.keys import load_signing_key
    from tests.office.envelopes import document, signed
    from ui.office.presenter_window import open_presenter_window
    _add_office_setting(office.root, media_url=f"s3://{bucket}/office", media_endpoint_url=moto_server)
    studio = open_library(office.root)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    doc = document(kiosk_settings.kiosk_id, 1, ticket=new_ticket(),
                   consent={"version": "v1", "scopes": ["record", "broadcast"]})
    (inbox / "1.zip.age").write_bytes(signed(doc, load_signing_key(kiosk_settings),
                                             env.parse_recipients(kiosk_settings.delivery.office_recipients),
                                             ("audio.wav", b"RIFF" + bytes(4000))))
    assert len(import_from(studio, FolderSource(inbox)).imported) == 1
    shows = Shows(studio.db)
    show = shows.create(date(2026, 12, 5), "live")
    shows.add(show, [doc["ticket"]])
    view = open_presenter_window(studio, show, False, "en", lambda t: t or "-", fullscreen=False)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.findChild(QPushButton, "presenterPlay").isEnabled(), timeout=20000)
    studio.close()
