"""The staff screen over a real store: moderation by touch, revealed text, waveform, health, 100k model."""
from __future__ import annotations

import os

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton, QTableView

from kiosk.staff.queue_query import QueueFilter
from kiosk.store.audit import recent_events, verify_chain
from kiosk.text import reveal_invisible
from tests.fakemic import fake_mic  # noqa: F401  (fixture)
from tests.staff.helpers import bulk_insert, make_submitted, open_screen
from ui.staff.queue_model import QueueModel

pytestmark = pytest.mark.timeout(120)
HOSTILE = "invoice\u202efdp.exe \u200bسلام\u200d شهردار\u2067؟"


def _wav(path, seconds=2.0, rate=16000):
    t = np.arange(int(seconds * rate)) / rate
    sf.write(str(path), (0.5 * np.sin(2 * np.pi * 220 * t)).astype(np.float32), rate, subtype="PCM_16")
    return path


@pytest.fixture
def screen(qtbot, settings, store, tmp_path):
    voice = make_submitted(store, text=None, kind="voice", audio_path=str(_wav(tmp_path / "q.wav")))
    hostile = make_submitted(store, text=HOSTILE)
    plain = make_submitted(store, text="پارک محله تمیز نیست")
    s = open_screen(qtbot, settings, store, size=(1400, 900))
    s.ids = {"voice": voice.id, "hostile": hostile.id, "plain": plain.id}
    return s


def _select(qtbot, s, sid):
    model = s.moderation.model
    row = next(i for i, r in enumerate(model.rows) if r["id"] == sid)
    table = s.findChild(QTableView, "moderationTable")
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(model.index(row, 0)).center())
    assert s.moderation.detail.sid == sid


def test_text_shows_invisible_characters_never_reordered(qtbot, screen):
    _select(qtbot, screen, screen.ids["hostile"])
    text = screen.findChild(QPlainTextEdit, "detailText")
    shown = text.toPlainText()
    assert shown == reveal_invisible(HOSTILE)
    assert "⟦U+202E⟧" in shown and "⟦U+200B⟧" in shown and "⟦U+2067⟧" in shown
    assert not any(ch in shown for ch in "\u202e\u200b\u2067")
    assert "سلام\u200d" in shown  # a joiner is ordinary Persian: shown as it is, never as a tag
    assert shown.index("invoice") < shown.index("fdp.exe")  # logical order kept
    option = text.document().defaultTextOption()  # it begins with a Latin word: it reads left to right
    assert option.alignment() & Qt.AlignLeft and option.textDirection() == Qt.LeftToRight
    _select(qtbot, screen, screen.ids["plain"])  # Persian reads right to left, right-aligned
    option = text.document().defaultTextOption()
    assert option.alignment() & Qt.AlignRight and option.textDirection() == Qt.RightToLeft


def test_approve_reject_flag_undo_by_touch(qtbot, screen, store):
    click = lambda name: qtbot.mouseClick(screen.findChild(QPushButton, name), Qt.LeftButton)  # noqa: E731
    before = len(recent_events(store.db, 1000))
    _select(qtbot, screen, screen.ids["plain"])
    click("approveButton")
    assert store.get(screen.ids["plain"]).status == "approved"
    click("flagConstructive")
    assert store.get(screen.ids["plain"]).constructive == 1
    _select(qtbot, screen, screen.ids["hostile"])
    screen.findChild(QComboBox, "rejectReason").setCurrentText("off_topic")
    click("rejectButton")
    assert store.get(screen.ids["hostile"]).status == "rejected"
    assert store.get(screen.ids["hostile"]).moderation_reason == "off_topic"
    click("flagPersonal")
    assert store.get(screen.ids["hostile"]).personal_data == 1
    events = recent_events(store.db, 4)
    assert len(recent_events(store.db, 1000)) == before + 4 and {e["actor"] for e in events} == {"moderator"}
    click("undoButton")
    assert store.get(screen.ids["hostile"]).personal_data == 0
    click("undoButton")
    assert store.get(screen.ids["hostile"]).status == "submitted"
    row = next(r for r in screen.moderation.model.rows if r["id"] == screen.ids["hostile"])
    assert row["status"] == "submitted"
    assert verify_chain(store.db).ok


def test_waveform_peaks_computed_off_thread_and_cached(qtbot, screen, settings):
    wave = screen.moderation.detail.waveform
    assert wave.objectName() == "detailWaveform"
    with qtbot.waitSignal(wave.loaded, timeout=10000):
        _select(qtbot, screen, screen.ids["voice"])
    assert len(wave.peaks) > 100 and wave.peaks[:, 1].max() == pytest.approx(0.5, abs=0.01)
    assert list((settings.data_dir / "cache" / "peaks").glob("*.peaks.npy"))
    assert screen.findChild(QPushButton, "detailPlay").isEnabled()


def test_filters_and_search(qtbot, screen):
    box = screen.findChild(QComboBox, "filterKind")
    with qtbot.waitSignal(screen.moderation.model.loaded, timeout=10000):
        box.setCurrentIndex(box.findData("voice"))
    assert [r["id"] for r in screen.moderation.model.rows] == [screen.ids["voice"]]
    with qtbot.waitSignal(screen.moderation.model.loaded, timeout=10000):
        box.setCurrentIndex(0)
    with qtbot.waitSignal(screen.moderation.model.loaded, timeout=10000):
        screen.moderation.search.setText("پارك")  # Arabic kaf finds Persian keh
    assert [r["id"] for r in screen.moderation.model.rows] == [screen.ids["plain"]]


def test_health_panel(qtbot, screen):
    panel = screen.health
    assert panel.objectName() == "healthPanel"
    with qtbot.waitSignal(panel.refreshed, timeout=30000):
        panel.refresh()
    names = {r["name"] for r in panel.rows}
    assert {"microphone", "disk", "database", "queue", "oldest_unsent", "last_delivery", "last_error",
            "clock", "version", "kiosk_id", "public_key"} <= names
    assert panel.value("queue")["value"]["submitted"] == 3
    assert panel.value("database")["ok"]


@pytest.mark.timeout(300)
def test_model_over_100k_rows_fetches_a_bounded_first_page(qtbot, settings, store):
    bulk_insert(store.db, 100_000)
    model = QueueModel(settings.db_path, page_size=200)
    with qtbot.waitSignal(model.loaded, timeout=30000):
        model.set_filter(QueueFilter(status=None))
    assert model.rowCount() == 200 and model.total == 100_000 and model.canFetchMore()
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.setModel(model)
    view.show()
    qtbot.wait(200)
    assert model.rowCount() <= 400
    with qtbot.waitSignal(model.loaded, timeout=30000):
        model.fetchMore()
    assert model.rowCount() in (400, 600)
    ids = [r["id"] for r in model.rows]
    assert len(set(ids)) == len(ids)
    with qtbot.waitSignal(model.loaded, timeout=30000):
        model.set_filter(QueueFilter(status="approved"))
    assert model.rowCount() == 200 and model.total == 20_000
    model.close()


def _fits(screen) -> list[str]:
    """Visible widgets of the current tab that stick out of the screen (or are squeezed below their minimum)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget
    bad = []
    if screen.minimumSizeHint().height() > screen.height() or screen.minimumSizeHint().width() > screen.width():
        bad.append(f"screen minimum {screen.minimumSizeHint().toTuple()} > {screen.size().toTuple()}")
    for w in [screen.tabs.currentWidget(), *screen.tabs.currentWidget().findChildren(QWidget)]:
        if w.isVisible() and w.objectName():
            box = QRect(w.mapTo(screen, w.rect().topLeft()), w.size())
            if not screen.rect().contains(box):
                bad.append(f"{w.objectName()} {box.getRect()}")
    return bad


@pytest.mark.timeout(240)
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_screenshots(qtbot, settings, store, tmp_path, fake_mic, lang):
    """Every tab fits 1280×800 and 1920×1080; writes docs/screens/staff_*.png (Persian, 1280×800),
    staff_*_1920.png and staff_*_en.png when KIOSK_SCREENSHOTS names that folder (else into tmp)."""
    from PySide6.QtWidgets import QApplication

    from tests.fakemic import speech
    from ui.app import setup_application
    from ui.staff.entry import PinPad
    setup_application(QApplication.instance(), lang)
    tag = "" if lang == "fa" else f"_{lang}"
    fake_mic.install_paced(speech(tmp_path))  # the health tab shows a live level
    out = os.environ.get("KIOSK_SCREENSHOTS") or str(tmp_path)
    make_submitted(store, text=None, kind="voice", audio_path=str(_wav(tmp_path / "q.wav", 6.0)))
    make_submitted(store, text=HOSTILE)
    arabic = make_submitted(store, text="هل يمكن تحسين الطريق الكبير؟", topic="public_transport")
    for text in ("اتوبوس خط ۱۲ دیر می‌آید", "پارک محله تمیز نیست", "پیشنهاد سازنده برای فرهنگ‌سرا"):
        make_submitted(store, text=text, topic="culture")
    shown = make_submitted(store, text="می‌خواهم بدانم ویژه‌برنامه‌ی «شهروند و شهردار» کی پخش می‌شود؟")
    pad = PinPad()
    qtbot.addWidget(pad)
    pad.resize(480, 640)
    pad.press("1")
    pad.show_error({"fa": "رمز نادرست است. ۴ بار دیگر مانده.", "en": "Wrong PIN. 4 tries left."}[lang])
    assert pad.grab().save(os.path.join(out, f"staff_pinpad{tag}.png"))
    s = open_screen(qtbot, settings, store, "admin")
    _select(qtbot, s, arabic.id)
    qtbot.mouseClick(s.findChild(QPushButton, "approveButton"), Qt.LeftButton)  # the status line says so
    _select(qtbot, s, shown.id)
    sizes = ((1280, 800, ""), (1920, 1080, "_1920")) if lang == "fa" else ((1280, 800, ""),)
    for width, height, suffix in sizes:
        s.resize(width, height)
        s.tabs.setCurrentWidget(s.moderation)
        qtbot.wait(50)
        assert _fits(s) == [], (width, "queue")
        assert s.grab().save(os.path.join(out, f"staff_queue{suffix}{tag}.png"))
        with qtbot.waitSignal(s.health.refreshed, timeout=30000):
            s.tabs.setCurrentWidget(s.health)
        qtbot.waitUntil(lambda: s.health.meter.meter.rms_dbfs > -35, timeout=30000)  # mid-word
        assert _fits(s) == [], (width, "health")
        assert s.grab().save(os.path.join(out, f"staff_health{suffix}{tag}.png"))
        for name, tab in (("usb", s.usb), ("admin", s.admin), ("audit", s.audit)):
            s.tabs.setCurrentWidget(tab)
            qtbot.wait(50)
            assert _fits(s) == [], (width, name)
            assert s.grab().save(os.path.join(out, f"staff_{name}{suffix}{tag}.png"))
    s.lock()
    qtbot.waitUntil(lambda: s.health.meter.idle, timeout=30000)
