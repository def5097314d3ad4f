"""Builders shared by the staff tests: real submissions through the real store."""
from __future__ import annotations

import json
import uuid

from kiosk.store.audit import utc_now


def make_submitted(store, text: str = "سلام، پرسش من درباره‌ی ترافیک است", kind: str = "text",
                   topic: str | None = "traffic", audio_path: str | None = None):
    draft = store.create_draft(kind, "fa", "2026-11-1", ["record", "broadcast", "draw"])
    fields = {"text": text, "topic": topic}
    if kind == "voice":
        fields |= {"audio_path": audio_path or "/nonexistent.wav", "duration_ms": 1000}
    store.update_draft(draft.id, **fields)
    return store.submit(draft.id)


def bulk_insert(db, n: int, kiosk_id: str = "kiosk-bench") -> None:
    """n submitted rows straight through SQL (fast; no audit events, like an imported backlog)."""
    from kiosk.text import search_key
    statuses = ("submitted", "submitted", "approved", "rejected", "sent")
    now = utc_now()
    rows = []
    for i in range(n):
        text = f"پرسش شماره {i} درباره‌ی پارک و ترافیک"
        stamp = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{(i // 60) % 60:02d}.000Z"
        rows.append((uuid.uuid4().hex, f"{i // 10000:04d}-{i % 10000:04d}", kiosk_id,
                     "voice" if i % 3 == 0 else "text", statuses[i % len(statuses)], stamp, now, stamp, "fa",
                     text, text, "{}", search_key(text), "2026-11-1", json.dumps(["record"]),
                     ("traffic", "culture", "other")[i % 3]))
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO submissions (id, ticket, kiosk_id, kind, status, created_at, updated_at, submitted_at,"
            " language, text, text_display, text_stripped, search_key, consent_version, consent_scopes, topic)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)


def open_screen(qtbot, settings, store, role: str = "moderator", size: tuple[int, int] = (1280, 800)):
    """A shown, started StaffScreen whose first queue page has arrived."""
    from ui.staff.screen import StaffScreen
    screen = StaffScreen(settings, store, role)
    screen.resize(*size)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.moderation.model.loaded, timeout=10000):
        screen.start()
    return screen


# Keys the core stores; none may reach a screen as such (whole fields: "Traffic" is a word, "traffic" a key).
RAW_KEYS = ("traffic", "green_space", "public_transport", "cleanliness", "fa", "ar", "en", "broadcast", "draw",
            "record", "offensive", "off_topic", "unintelligible", "duplicate", "submitted", "approved", "rejected",
            "voice", "text", "moderator", "admin", "staff_login", "status_approved", "status_rejected",
            "status_submitted", "kiosk_exit", "setting_changed", "microphone", "last_delivery", "kiosk_id", "ticket",
            "search", "topic", "scope", "new", "selected", "ok", "too_quiet", "no_device", "h_microphone")
_FIELD_SPLIT = r"\n|·|، |, |: |=|\(|\)|—|\u2066|\u2069|\u200e|  "


def visible_texts(root) -> list[str]:
    """Every word a person can see under `root`: labels, buttons, tabs, headers, combo items, list and
    table cells, placeholders, plain-text panes, spin-box prefixes."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLabel,
                                   QLineEdit, QListView, QPlainTextEdit, QTabWidget)
    texts = []
    for w in [root, *root.findChildren(object)]:
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
        elif isinstance(w, QPlainTextEdit):
            texts += [w.toPlainText(), w.placeholderText()]
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractSpinBox):
            texts.append(w.text())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m, top = w.model(), QModelIndex()
            columns = 1 if isinstance(w, QListView) else m.columnCount(top)
            texts += [str(m.headerData(c, Qt.Horizontal) or "") for c in range(columns) if columns > 1]
            texts += [str(m.index(r, c).data() or "") for r in range(min(m.rowCount(top), 50)) for c in range(columns)]
    return [t for t in texts if t]


def raw_keys_in(texts: list[str]) -> list[tuple[str, str]]:
    import re
    found = []
    for text in texts:
        fields = {f.strip(" .…:") for f in re.split(_FIELD_SPLIT, text)}
        found += [(key, text) for key in RAW_KEYS if key in fields or ("_" in key and key in text)]
    return found
